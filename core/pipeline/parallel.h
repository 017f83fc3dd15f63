#pragma once
// Private to core/pipeline: a parallel for-loop over item indexes on a few std::threads.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "core/model/progress.h"

namespace parallax::pipeline {

/// Calls body(i) for i in [0, count) on up to `threads` threads, each thread taking the next index. Stops handing
/// out indexes once `cancel` is set. An exception escaping body(i) never crosses the thread: onError(i, what) is
/// called instead (from the worker thread; it must be thread-safe for distinct i).
template <typename Body, typename OnError>
void parallelFor(std::size_t count, unsigned threads, const CancelToken* cancel, Body&& body, OnError&& onError) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        while (true) {
            if (cancel && cancel->cancelled()) return;
            const std::size_t i = next.fetch_add(1);
            if (i >= count) return;
            try {
                body(i);
            } catch (const std::exception& e) {
                onError(i, std::string(e.what()));
            } catch (...) {
                onError(i, std::string("unknown exception"));
            }
        }
    };
    const std::size_t n = std::min<std::size_t>(std::max(1u, threads), count);
    if (n <= 1) {
        worker();
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(n - 1);
    for (std::size_t t = 1; t < n; ++t) pool.emplace_back(worker);
    worker();  // the calling thread works too
    for (auto& t : pool) t.join();
}

}  // namespace parallax::pipeline
