#include "core/util/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/core/ingest/temp_dir.h"

namespace parallax::util {
namespace {
namespace fs = std::filesystem;
using testing::TempDir;

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Everything in the folder: a write must leave no temporary file behind, done or failed.
std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// Limits the size of files this process may write, as a full disk would, for the test's duration.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

TEST(AtomicFile, WritesANewFileCompletelyAndLeavesNothingElse) {
    TempDir dir;
    const std::string report(100000, 'x');
    auto r = writeFileAtomically(dir.path() / "report.json", report);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(readAll(dir.path() / "report.json"), report);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"report.json"});
}

/// The pid of a process that has ended (a child that exited and was reaped).
/// The pid of a child that has ended and been reaped; -1 (with errno) when no child could be started.
pid_t endedPid() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    if (child < 0) return -1;
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

void touch(const fs::path& p, std::chrono::minutes age) {
    std::ofstream(p) << "partial";
    fs::last_write_time(p, fs::file_time_type::clock::now() - age);
}

TEST(AtomicFile, ALeftoverOfAKilledWriterIsRemovedByTheNextWrite) {
    TempDir dir;
    const pid_t ended = endedPid();
    ASSERT_GT(ended, 0) << "could not start a child process: " << std::strerror(errno);
    ASSERT_NE(::kill(ended, 0), 0) << "the ended child's pid " << ended << " is in use again";
    const std::string dead = std::to_string(ended);
    const std::string alive = std::to_string(::getppid());
    touch(dir.path() / (".report.json.tmp-" + dead + "-0-123"), std::chrono::minutes(5));   // killed writer: removed
    touch(dir.path() / (".report.json.tmp-" + alive + "-0-456"), std::chrono::minutes(5));  // still writing: kept
    touch(dir.path() / (".report.json.tmp-" + dead + "-1-789"), std::chrono::minutes(0));   // too new to judge: kept
    touch(dir.path() / (".other.json.tmp-" + dead + "-0-123"), std::chrono::minutes(5));    // another target: kept
    touch(dir.path() / ".report.json.tmp-notapid", std::chrono::minutes(5));                // not our name: kept
    ASSERT_TRUE(writeFileAtomically(dir.path() / "report.json", std::string("{}")).ok());
    std::vector<std::string> kept{".other.json.tmp-" + dead + "-0-123", ".report.json.tmp-" + alive + "-0-456",
                                  ".report.json.tmp-" + dead + "-1-789", ".report.json.tmp-notapid", "report.json"};
    // entries() is sorted by name, and where the two pids' names sort depends on their digits ("9313" comes after
    // "11129"): the cause of the failures seen now and then in full runs, when the dead pid had more digits.
    std::sort(kept.begin(), kept.end());
    EXPECT_EQ(entries(dir.path()), kept);
}

TEST(AtomicFile, ReplacesTheOldFileAndKeepsItsPermissions) {
    TempDir dir;
    const auto target = dir.write("report.md", "old report\n");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    auto r = writeFileAtomically(target, "new report\n");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(readAll(target), "new report\n");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"report.md"});
}

TEST(AtomicFile, TheOldFileSurvivesAWriteThatFails) {
    TempDir dir;
    const auto target = dir.write("result.json", "{\"old\": true}\n");
    Result<bool> r = true;
    {
        FileSizeLimit limit(4096);
        r = writeFileAtomically(target, std::string(64 * 1024, 'n'));
    }
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("cannot write " + target.string()), std::string::npos) << r.error();
    EXPECT_EQ(readAll(target), "{\"old\": true}\n");
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"result.json"});
}

TEST(AtomicFile, TheOldFileSurvivesAProducerThatFailsHalfWay) {
    TempDir dir;
    const auto target = dir.write("report.pdf", "%PDF old");
    auto r = writeFileAtomically(target, [](const fs::path& temporary) -> Result<bool> {
        std::ofstream(temporary) << "%PDF half";
        return Error{"printer stopped"};
    });
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("printer stopped"), std::string::npos);
    EXPECT_EQ(readAll(target), "%PDF old");
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"report.pdf"});
}

TEST(AtomicFile, AProducerWritesBesideTheTargetAndItsFileReplacesIt) {
    TempDir dir;
    const auto target = dir.write("report.pdf", "%PDF old");
    fs::path used;
    auto r = writeFileAtomically(target, [&](const fs::path& temporary) -> Result<bool> {
        used = temporary;
        std::ofstream(temporary, std::ios::trunc) << "%PDF new";
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(used.parent_path(), dir.path());  // same file system, so the rename is one step
    EXPECT_EQ(used.filename().string().front(), '.');  // hidden: a folder scan never picks a leftover up
    EXPECT_EQ(readAll(target), "%PDF new");
    EXPECT_FALSE(fs::exists(used));
}

TEST(AtomicFile, AProducerWritesIntoATargetThatIsNoRegularFile) {
    // `--json /dev/stdout`: nothing to rename over, so the producer is given the target itself.
    fs::path used;
    auto r = writeFileAtomically("/dev/null", [&](const fs::path& path) -> Result<bool> {
        used = path;
        std::ofstream(path) << "{}";
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(used, fs::path("/dev/null"));
    auto failed = writeFileAtomically("/dev/null", [](const fs::path&) -> Result<bool> { return Error{"pipe closed"}; });
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().find("pipe closed"), std::string::npos);
}

TEST(AtomicFile, MissingFolderIsAnErrorNamingTheFile) {
    TempDir dir;
    auto r = writeFileAtomically(dir.path() / "no" / "such" / "out.json", "{}");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("out.json"), std::string::npos);
}

TEST(AtomicFile, ASymbolicLinkStaysALinkAndItsFileIsReplaced) {
    TempDir dir;
    const auto real = dir.write("reports/latest.html", "<p>old</p>");
    fs::create_symlink(real, dir.path() / "link.html");
    auto r = writeFileAtomically(dir.path() / "link.html", "<p>new</p>");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(fs::is_symlink(dir.path() / "link.html"));
    EXPECT_EQ(readAll(real), "<p>new</p>");
}

TEST(AtomicFile, ANamedPipeIsWrittenInPlace) {
    TempDir dir;
    const auto fifo = dir.path() / "out.fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = readAll(fifo); });
    auto r = writeFileAtomically(fifo, "streamed\n");
    reader.join();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(received, "streamed\n");
    struct stat st {};
    ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));  // not replaced by a regular file
}

}  // namespace
}  // namespace parallax::util
