#pragma once
// Private to core/store: the state behind Library (one connection and the mutex that serialises it).
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

#include "core/store/library.h"
#include "core/store/sqlite.h"

namespace parallax::store {

struct Library::Impl {
    Impl(Database database, std::string file) : db(std::move(database)), path(std::move(file)) {}
    mutable std::mutex mutex;
    Database db;
    std::string path;
};

inline std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace parallax::store
