#pragma once
/// @file progress.h  How long work reports progress and learns it should stop.
#include <atomic>
#include <cstddef>
#include <string_view>

namespace parallax {

/// Shared cancel flag, checked in loops; cancelling is a request, the worker stops at the next check.
class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

enum class Stage { Scan, Read, Annotate, Stories, Align, Conflicts, Store };
[[nodiscard]] std::string_view toString(Stage s);

/// Observer the pipeline calls from its worker threads (implementations must be thread-safe).
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    /// `done` of `total` items of `stage`; `item` names the current file when there is one.
    virtual void progress(Stage stage, std::size_t done, std::size_t total, std::string_view item) = 0;
};

}  // namespace parallax
