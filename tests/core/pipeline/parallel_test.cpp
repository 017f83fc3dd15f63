#include "core/pipeline/parallel.h"

#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <stdexcept>

using namespace parallax;

TEST(ParallelFor, RunsEveryIndexOnceAndTurnsExceptionsIntoErrors) {
    std::vector<int> hits(100, 0);
    std::mutex m;
    std::set<std::size_t> failed;
    pipeline::parallelFor(
        hits.size(), 4, nullptr,
        [&](std::size_t i) {
            if (i % 10 == 3) throw std::runtime_error("bad item " + std::to_string(i));
            ++hits[i];
        },
        [&](std::size_t i, const std::string& what) {
            std::lock_guard lock(m);
            failed.insert(i);
            EXPECT_EQ(what, "bad item " + std::to_string(i));
        });
    EXPECT_EQ(failed.size(), 10u);
    for (std::size_t i = 0; i < hits.size(); ++i) EXPECT_EQ(hits[i], i % 10 == 3 ? 0 : 1) << i;
}

TEST(ParallelFor, StopsHandingOutWorkWhenCancelled) {
    CancelToken cancel;
    std::atomic<int> ran{0};
    pipeline::parallelFor(
        1000, 2, &cancel,
        [&](std::size_t i) {
            ++ran;
            if (i == 5) cancel.cancel();
        },
        [](std::size_t, const std::string&) {});
    EXPECT_LT(ran.load(), 1000);
}

TEST(ParallelFor, ZeroItemsAndOneThread) {
    int ran = 0;
    pipeline::parallelFor(0, 4, nullptr, [&](std::size_t) { ++ran; }, [](std::size_t, const std::string&) {});
    EXPECT_EQ(ran, 0);
    pipeline::parallelFor(7, 1, nullptr, [&](std::size_t) { ++ran; }, [](std::size_t, const std::string&) {});
    EXPECT_EQ(ran, 7);
}
