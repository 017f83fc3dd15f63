#pragma once
/// @file result.h  A value or an error message (std::expected is C++23; g++ 12 lacks it).
#include <string>
#include <utility>
#include <variant>

namespace parallax {

/// Error carried by Result: a message a person can read.
struct Error {
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() & { return std::get<T>(m_v); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_v); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_v)); }
    [[nodiscard]] const std::string& error() const { return std::get<Error>(m_v).message; }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_v;
};

}  // namespace parallax
