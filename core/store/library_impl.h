#pragma once
// Private to core/store: the state behind Library (one connection and the mutex that serialises it).
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/library.h"
#include "core/store/sqlite.h"

namespace parallax::store {

struct Library::Impl {
    Impl(Database database, std::string file) : db(std::move(database)), path(std::move(file)) {}
    mutable std::mutex mutex;
    Database db;
    std::string path;

    /// A statement prepared once and reused (reset, bindings cleared): a rescan looks up one cache row per article,
    /// and preparing the same SELECT ten thousand times cost more than running it. Call with `mutex` held.
    Statement* reused(const std::string& sql) {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto st = db.prepare(sql);
            if (!st) return nullptr;
            it = statements.emplace(sql, std::move(st.value())).first;
        }
        it->second.reset();
        return &it->second;
    }

    /// The first column of the first row of a reused one-row lookup, copied out so the caller can decode it after
    /// releasing `mutex` (decoding is most of the work and runs on several threads at once).
    template <typename... Args>
    std::optional<std::string> lookup(const std::string& sql, const Args&... args) {
        std::lock_guard lock(mutex);
        Statement* st = reused(sql);
        if (!st) return std::nullopt;
        int index = 0;
        (st->bind(++index, args), ...);
        auto row = st->step();
        std::optional<std::string> out;
        if (row && row.value()) out = std::string(st->columnBlob(0));
        st->reset();  // ends the read, so a long-lived statement does not hold the WAL snapshot
        return out;
    }

    /// The data of `table`'s rows at `keys` (column `keyColumn`) and `version`, one slot per key (nullopt for a
    /// miss). Few keys: one lookup each. Many: one pass over the rows, each row's key looked up in a hash table of
    /// the wanted keys (the data of a row nobody asked for is never read, so its overflow pages are not visited).
    /// Takes `mutex`.
    std::vector<std::optional<std::string>> fetchMany(const std::string& table, const std::string& keyColumn,
                                                      const std::vector<std::string>& keys, const std::string& version);
    /// Like fetchMany, but hands each found row's data to `visit(slot, data)` (once for every slot of its key)
    /// instead of copying it out: `data` lives until `visit` returns. For callers that decode as they go.
    void visitMany(const std::string& table, const std::string& keyColumn, const std::vector<std::string>& keys,
                   const std::string& version, const std::function<void(std::size_t, std::string_view)>& visit);

private:
    // Declared after db, so destroyed before it (finalized before the connection closes).
    std::map<std::string, Statement> statements;
};

inline std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace parallax::store
