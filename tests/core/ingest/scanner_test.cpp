#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "core/ingest/decode.h"
#include "core/ingest/scanner.h"
#include "temp_dir.h"

namespace parallax::ingest {
namespace {
namespace fs = std::filesystem;
using testing::TempDir;

const char* kArticle = "A headline\n\nThe body of a short article, with a full sentence.\n";

const SkippedFile* findSkipped(const ScanResult& r, std::string_view relativeContains) {
    for (const auto& s : r.skipped)
        if (s.path.find(relativeContains) != std::string::npos) return &s;
    return nullptr;
}

std::vector<std::string> relatives(const ScanResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.files) out.push_back(f.relative);
    return out;
}

TEST(Scanner, FindsEachFormatRecursivelyAndSorted) {
    TempDir dir;
    dir.write("b.txt", kArticle);
    dir.write("a.md", "# Title\n\nText.\n");
    dir.write("sub/page.html", "<html><body><p>x</p></body></html>");
    dir.write("sub/page.HTM", "<p>y</p>");
    dir.write("sub/deeper/saved.mhtml", "MIME-Version: 1.0\r\n\r\nx");
    dir.write("sub/deeper/paper.pdf", "%PDF-1.4\n");
    dir.write("notes.markdown", "text");
    dir.write("image.png", "\x89PNG");
    auto r = scanFolder(dir.path());
    EXPECT_EQ(relatives(r), (std::vector<std::string>{"a.md", "b.txt", "notes.markdown", "sub/deeper/paper.pdf",
                                                      "sub/deeper/saved.mhtml", "sub/page.HTM", "sub/page.html"}));
    EXPECT_TRUE(r.skipped.empty());
    auto md = std::find_if(r.files.begin(), r.files.end(), [](const FoundFile& f) { return f.relative == "a.md"; });
    ASSERT_NE(md, r.files.end());
    EXPECT_EQ(md->format, SourceFormat::Markdown);
    EXPECT_EQ(md->size, 15u);
    EXPECT_GT(md->mtime, 0);
    EXPECT_EQ(r.files[3].format, SourceFormat::Pdf);
    EXPECT_EQ(r.files[4].format, SourceFormat::Mhtml);
    EXPECT_EQ(r.files[5].format, SourceFormat::Html);
}

TEST(Scanner, SkipsHiddenEntriesAndSavedPageAssetFolders) {
    TempDir dir;
    dir.write("page.html", "<p>x</p>");
    dir.write("page_files/inner.html", "<p>tracking frame</p>");
    dir.write("case_files/notes.txt", kArticle);  // no "case.html" beside it: a real folder
    dir.write(".hidden.txt", kArticle);
    dir.write(".git/HEAD.txt", kArticle);
    auto r = scanFolder(dir.path());
    EXPECT_EQ(relatives(r), (std::vector<std::string>{"case_files/notes.txt", "page.html"}));
}

TEST(Scanner, EmptyFileIsSkippedWithReason) {
    TempDir dir;
    dir.write("empty.txt", "");
    dir.write("ok.txt", kArticle);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    const auto* s = findSkipped(r, "empty.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->reason, "empty file");
}

TEST(Scanner, HugeFileIsSkippedWithoutReadingIt) {
    TempDir dir;
    dir.write("ok.txt", kArticle);
    auto huge = dir.write("huge.txt", "");
    // A sparse 500 MB file: costs no disk space, and the scan must not read it.
    ASSERT_EQ(::truncate(huge.c_str(), 500ll * 1024 * 1024), 0);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    const auto* s = findSkipped(r, "huge.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_NE(s->reason.find("too large (500 MB"), std::string::npos) << s->reason;
    EXPECT_NE(s->reason.find("limit is 64 MB"), std::string::npos) << s->reason;
}

TEST(Scanner, LoadRechecksTheSizeLimit) {
    TempDir dir;
    auto p = dir.write("grows.txt", kArticle);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    ASSERT_EQ(::truncate(p.c_str(), 2ll * 1024 * 1024), 0);
    ScanOptions small;
    small.maxFileBytes = 1024 * 1024;
    auto loaded = loadFile(r.files[0], small);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find("too large"), std::string::npos);
}

TEST(Scanner, UnreadableFileIsSkipped) {
    TempDir dir;
    dir.write("ok.txt", kArticle);
    auto secret = dir.write("secret.txt", kArticle);
    ::chmod(secret.c_str(), 0);
    if (::geteuid() != 0) {
        auto r = scanFolder(dir.path());
        const auto* s = findSkipped(r, "secret.txt");
        ASSERT_NE(s, nullptr);
        EXPECT_NE(s->reason.find("unreadable"), std::string::npos) << s->reason;
        EXPECT_EQ(r.files.size(), 1u);
        return;
    }
    // root reads any file, so the permission check is run in a child that drops to an unprivileged user.
    ::chmod(dir.path().c_str(), 0755);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        auto r = scanFolder(dir.path());
        const auto* s = findSkipped(r, "secret.txt");
        const bool ok = s && s->reason.find("unreadable") != std::string::npos && r.files.size() == 1;
        ::_exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 3) GTEST_SKIP() << "running as root and cannot drop to an unprivileged user";
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the unprivileged scan did not report secret.txt as unreadable";
}

TEST(Scanner, SpecialFilesAreNotRead) {
    TempDir dir;
    dir.write("ok.txt", kArticle);
    auto fifo = dir.path() / "pipe.txt";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    auto r = scanFolder(dir.path());  // must not block on the FIFO
    const auto* s = findSkipped(r, "pipe.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->reason, "not a regular file");
}

TEST(Scanner, SymlinkLoopsTerminateAndFilesAreFoundOnce) {
    TempDir dir;
    dir.write("a/one.txt", kArticle);
    dir.write("b/two.txt", kArticle);
    fs::create_directory_symlink("..", dir.path() / "a" / "up");       // a/up -> root: a cycle
    fs::create_directory_symlink(dir.path() / "a", dir.path() / "a" / "self");
    fs::create_directory_symlink(dir.path() / "b", dir.path() / "c");  // a second way into b
    fs::create_symlink(dir.path() / "a" / "one.txt", dir.path() / "link.txt");
    fs::create_symlink(dir.path() / "missing.txt", dir.path() / "dangling.txt");
    auto r = scanFolder(dir.path());
    auto rel = relatives(r);
    EXPECT_EQ(std::count(rel.begin(), rel.end(), "a/one.txt") + std::count(rel.begin(), rel.end(), "link.txt"), 1);
    const auto twos = std::count_if(rel.begin(), rel.end(), [](const std::string& s) {
        return s.find("two.txt") != std::string::npos;
    });
    EXPECT_EQ(twos, 1);
    const auto* s = findSkipped(r, "dangling.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->reason, "broken symbolic link");
    // the two links back to enclosing folders are named as loops; the second way into b is not a loop
    for (const char* loop : {"a/up", "a/self"}) {
        const auto* l = findSkipped(r, loop);
        ASSERT_NE(l, nullptr) << loop;
        EXPECT_NE(l->reason.find("symbolic link loop"), std::string::npos) << l->reason;
    }
    EXPECT_EQ(r.skipped.size(), 3u);  // dangling.txt, a/up, a/self: nothing for c
}

TEST(Scanner, LinksThatLeadToEachOtherAreReportedAsALoop) {
    TempDir dir;
    dir.write("news.txt", kArticle);
    fs::create_symlink(dir.path() / "ping", dir.path() / "pong");  // no extension: it could be a folder
    fs::create_symlink(dir.path() / "pong", dir.path() / "ping");
    auto r = scanFolder(dir.path());
    EXPECT_EQ(r.files.size(), 1u);
    for (const char* link : {"ping", "pong"}) {
        const auto* s = findSkipped(r, link);
        ASSERT_NE(s, nullptr) << link;
        EXPECT_NE(s->reason.find("symbolic link loop"), std::string::npos) << s->reason;
    }
}

TEST(Scanner, InvalidUtf8FileNameIsShownWithReplacementButRead) {
    TempDir dir;
    dir.write("caf\xE9.txt", kArticle);  // Latin-1 byte in a file name
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    EXPECT_EQ(r.files[0].relative, "caf\xEF\xBF\xBD.txt");
    auto loaded = loadFile(r.files[0]);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->bytes, kArticle);
}

TEST(Scanner, FileThatVanishesBetweenScanAndLoad) {
    TempDir dir;
    auto p = dir.write("gone.txt", kArticle);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    fs::remove(p);
    auto loaded = loadFile(r.files[0]);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error(), "vanished since the scan");
}

TEST(Scanner, FileThatChangesBetweenScanAndLoadIsReadAsItIsNow) {
    TempDir dir;
    dir.write("news.txt", kArticle);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    const std::string now = std::string(kArticle) + "A correction was appended later.\n";
    dir.write("news.txt", now);
    auto loaded = loadFile(r.files[0]);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->bytes, now);
    EXPECT_EQ(loaded->file.size, now.size());
    EXPECT_EQ(loaded->hash, hashHex(now));

    dir.write("news.txt", "");
    auto emptied = loadFile(r.files[0]);
    ASSERT_FALSE(emptied.ok());
    EXPECT_EQ(emptied.error(), "empty file");
}

TEST(Scanner, BinaryFileWithTextExtensionFailsToDecode) {
    TempDir dir;
    // sizeof - 1: every byte of the literal, embedded NULs included, and not one past its end
    static constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    std::string png(kPng, sizeof kPng - 1);
    dir.write("photo.txt", png);
    auto r = scanFolder(dir.path());
    ASSERT_EQ(r.files.size(), 1u);
    auto loaded = loadFile(r.files[0]);
    ASSERT_TRUE(loaded.ok());
    auto decoded = decodeToUtf8(loaded->bytes);
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().find("binary"), std::string::npos);
}

TEST(Scanner, MissingFolderAndPlainFileAreReported) {
    TempDir dir;
    auto r = scanFolder(dir.path() / "nope");
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_NE(r.skipped[0].reason.find("cannot open folder"), std::string::npos);
    auto file = dir.write("x.txt", kArticle);
    auto r2 = scanFolder(file);
    ASSERT_EQ(r2.skipped.size(), 1u);
    EXPECT_EQ(r2.skipped[0].reason, "not a folder");
}

TEST(Scanner, CancelledScanStopsEarly) {
    TempDir dir;
    for (int i = 0; i < 20; ++i) dir.write("d" + std::to_string(i) + "/a.txt", kArticle);
    CancelToken token;
    token.cancel();
    auto r = scanFolder(dir.path(), {}, &token);
    EXPECT_TRUE(r.files.empty());
}

TEST(Scanner, InspectFileDescribesOneFile) {
    TempDir dir;
    auto p = dir.write("story.markdown", "# T\n");
    auto f = inspectFile(p);
    ASSERT_TRUE(f.ok()) << f.error();
    EXPECT_EQ(f->format, SourceFormat::Markdown);
    EXPECT_EQ(f->relative, "story.markdown");
    EXPECT_FALSE(inspectFile(dir.path() / "none.txt").ok());
    EXPECT_EQ(formatForPath("X.XHTML"), SourceFormat::Html);
    EXPECT_EQ(formatForPath("a.mht"), SourceFormat::Mhtml);
    EXPECT_FALSE(formatForPath("a.docx").has_value());
}

TEST(Scanner, HashIsFnv1a64) {
    EXPECT_EQ(hashHex(""), "cbf29ce484222325");  // the FNV-1a 64 offset basis
    EXPECT_EQ(hashHex("a"), "af63dc4c8601ec8c");  // published FNV-1a 64 test vector
    EXPECT_NE(hashHex("article one"), hashHex("article two"));
}

}  // namespace
}  // namespace parallax::ingest
