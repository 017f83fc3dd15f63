#pragma once
/// @file ordered_parallel.h  Work on items in parallel, hand the results over in input order (extract FILE...).
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace parallax::cli {

/// Calls work(i) for i in [0, count) on `threads` worker threads and emit(i, result) on the calling thread in
/// order of i, as soon as result i and all before it are done: a batch streams out while later items are still
/// being read. Workers stay at most `window` items ahead of the output, so memory is bounded however many items
/// there are. work must not throw (catch inside and return an error value).
template <typename R, typename Work, typename Emit>
void orderedParallel(std::size_t count, unsigned threads, Work&& work, Emit&& emit, std::size_t window = 64) {
    threads = std::max(1u, threads);
    if (threads == 1 || count < 2) {
        for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
        return;
    }
    std::vector<std::optional<R>> slots(count);
    std::mutex mutex;
    std::condition_variable ready;     // a slot was filled
    std::condition_variable advanced;  // the output moved on (room in the window)
    std::size_t next = 0;              // next index a worker takes
    std::size_t emitted = 0;           // items handed to emit so far
    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                advanced.wait(lock, [&] { return next >= count || next < emitted + window; });
                if (next >= count) return;
                i = next++;
            }
            R r = work(i);
            std::lock_guard lock(mutex);
            slots[i].emplace(std::move(r));
            ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    const std::size_t n = std::min<std::size_t>(threads, count);
    pool.reserve(n);
    for (std::size_t t = 0; t < n; ++t) pool.emplace_back(worker);
    for (std::size_t i = 0; i < count; ++i) {
        std::optional<R> r;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return slots[i].has_value(); });
            r = std::move(slots[i]);
            slots[i].reset();
        }
        emit(i, std::move(*r));
        {
            std::lock_guard lock(mutex);
            emitted = i + 1;
        }
        advanced.notify_all();
    }
    for (auto& t : pool) t.join();
}

}  // namespace parallax::cli
