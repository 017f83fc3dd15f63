#include "core/pipeline/writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <optional>
#include <thread>

#include <unistd.h>

using namespace parallax;
namespace fs = std::filesystem;

namespace {

class WriterTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("parallax-writer-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        auto lib = store::Library::open((dir / "lib.sqlite").string());
        ASSERT_TRUE(lib) << lib.error();
        library.emplace(std::move(lib).value());
    }
    void TearDown() override {
        library.reset();
        fs::remove_all(dir);
    }
    fs::path dir;
    std::optional<store::Library> library;
};

store::FileRecord record(const std::string& name) { return {name, 10, 20, "hash-" + name}; }

}  // namespace

TEST_F(WriterTest, JobsRunInOrderOnASecondConnectionAndAreOnDiskWhenFinished) {
    pipeline::BackgroundWriter writer(&*library);
    ASSERT_TRUE(writer.inBackground());
    std::vector<int> order;
    std::atomic<bool> otherConnection{true};
    for (int i = 0; i < 5; ++i)
        writer.post("job", [&, i](store::Library& l) -> Result<bool> {
            if (&l == &*library) otherConnection = false;
            order.push_back(i);  // one writer thread: no lock needed
            return l.replaceFiles({record("file" + std::to_string(i))});
        });
    std::vector<std::string> notes;
    writer.finish(notes);
    EXPECT_TRUE(notes.empty());
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(otherConnection.load());
    // The pipeline's own connection sees the last job's write.
    const auto files = library->files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files.begin()->first, "file4");
}

TEST_F(WriterTest, WaitForReturnsOnlyAfterThatJobRan) {
    pipeline::BackgroundWriter writer(&*library);
    std::atomic<bool> firstDone{false};
    const auto first = writer.post("slow", [&](store::Library&) -> Result<bool> {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        firstDone = true;
        return true;
    });
    writer.post("second", [](store::Library&) -> Result<bool> { return true; });
    writer.waitFor(first);
    EXPECT_TRUE(firstDone.load());
}

TEST_F(WriterTest, AFailedOrThrowingJobBecomesANoteAndTheNextJobsStillRun) {
    pipeline::BackgroundWriter writer(&*library);
    writer.post("could not cache things", [](store::Library&) -> Result<bool> { return Error{"disk full"}; });
    writer.post("could not index", [](store::Library&) -> Result<bool> { throw std::runtime_error("boom"); });
    std::atomic<bool> ran{false};
    writer.post("later", [&](store::Library&) -> Result<bool> {
        ran = true;
        return true;
    });
    std::vector<std::string> notes;
    writer.finish(notes);
    EXPECT_TRUE(ran.load());
    EXPECT_EQ(notes, (std::vector<std::string>{"could not cache things: disk full",
                                               "could not index: internal error: boom"}));
}

TEST_F(WriterTest, AbandoningStopsTheRunningJobAndDropsTheQueuedOnes) {
    pipeline::BackgroundWriter writer(&*library);
    ASSERT_TRUE(writer.inBackground());
    std::vector<store::FileRecord> many;
    for (int i = 0; i < 300000; ++i) many.push_back(record("f" + std::to_string(i)));
    std::atomic<bool> started{false};
    writer.post("could not record files", [&](store::Library& l) -> Result<bool> {
        started = true;
        return l.replaceFiles(many);  // hundreds of thousands of statements: still running when abandoned
    });
    std::atomic<bool> laterRan{false};
    const auto later = writer.post("later", [&](store::Library&) -> Result<bool> {
        laterRan = true;
        return true;
    });
    while (!started) std::this_thread::yield();
    writer.abandon();
    writer.waitFor(later);  // returns: the dropped job is not waited for
    writer.post("after", [&](store::Library&) -> Result<bool> {
        laterRan = true;
        return true;
    });
    std::vector<std::string> notes;
    writer.finish(notes);
    EXPECT_FALSE(laterRan.load());
    EXPECT_TRUE(notes.empty()) << notes.front();  // an abandoned job's interruption is no failure to report
    // The running job either stopped (rolled back) or, between two of its statements, ran to its end: whole or
    // nothing, never a part.
    const std::size_t kept = library->files().size();
    EXPECT_TRUE(kept == 0 || kept == many.size()) << kept;
}

TEST(BackgroundWriter, AnInMemoryLibraryIsNotWrittenAtAll) {
    auto lib = store::Library::open(":memory:");
    ASSERT_TRUE(lib) << lib.error();
    store::Library memory = std::move(lib).value();
    pipeline::BackgroundWriter writer(&memory);
    EXPECT_FALSE(writer.inBackground());
    bool ran = false;
    writer.post("job", [&](store::Library& l) -> Result<bool> {
        ran = true;
        return l.replaceFiles({record("a.txt")});
    });
    std::vector<std::string> notes;
    writer.finish(notes);
    EXPECT_FALSE(ran);
    EXPECT_TRUE(memory.files().empty());
}

TEST_F(WriterTest, WhenNoSecondConnectionOpensJobsRunInLineOnTheCallersThread) {
    // The database file was replaced by a folder after it was opened: the second connection cannot be opened.
    const fs::path file = dir / "replaced.sqlite";
    auto lib = store::Library::open(file.string());
    ASSERT_TRUE(lib) << lib.error();
    store::Library first = std::move(lib).value();
    fs::remove(file);
    fs::create_directories(file);
    pipeline::BackgroundWriter writer(&first);
    ASSERT_FALSE(writer.inBackground());
    const auto caller = std::this_thread::get_id();
    bool sameThread = false;
    writer.post("job", [&](store::Library&) -> Result<bool> {
        sameThread = std::this_thread::get_id() == caller;
        return true;
    });
    EXPECT_TRUE(sameThread);  // done when post returns
}

TEST(BackgroundWriter, WithoutALibraryNothingRuns) {
    pipeline::BackgroundWriter writer(nullptr);
    bool ran = false;
    writer.post("job", [&](store::Library&) -> Result<bool> {
        ran = true;
        return true;
    });
    std::vector<std::string> notes;
    writer.finish(notes);
    EXPECT_FALSE(ran);
    EXPECT_TRUE(notes.empty());
}
