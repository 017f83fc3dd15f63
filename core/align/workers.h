#pragma once
/// @file workers.h  Runs an index loop on a few threads (story clustering is one folder-wide task, so it
/// spreads its own work over the cores).
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace parallax::align {

/// Calls `f(i)` for every i in [0, n) on up to hardware_concurrency() threads (at most 8), in chunks of
/// `chunk` indices; one thread when n is small. `f` must not throw and must only write what index i owns.
template <typename F>
void forEachIndex(std::size_t n, std::size_t chunk, F f) {
    chunk = std::max<std::size_t>(1, chunk);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t from = next.fetch_add(chunk); from < n; from = next.fetch_add(chunk))
            for (std::size_t i = from, to = std::min(n, from + chunk); i < to; ++i) f(i);
    };
    std::size_t workers = std::min<std::size_t>(std::max(1U, std::thread::hardware_concurrency()), 8);
    workers = std::min(workers, (n + chunk - 1) / chunk);
    std::vector<std::thread> threads;
    try {
        for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work);
    } catch (const std::system_error&) {
        // No more threads to be had: the calling thread does the rest.
    }
    work();
    for (auto& t : threads) t.join();
}

}  // namespace parallax::align
