// Folder scan and file loading. POSIX calls are used where std::filesystem hides what went wrong
// (errno for unreadable files, device+inode for symlink loops); nothing here throws.
#include "core/ingest/scanner.h"
#include "core/util/hash.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "core/ingest/utf8.h"

namespace parallax::ingest {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string megabytes(std::uintmax_t bytes) {
    const std::uintmax_t mb = (bytes + 512 * 1024) / (1024 * 1024);
    return std::to_string(mb) + " MB";
}

std::string errnoText(int err) { return std::strerror(err); }

/// A file name for messages and ids: UTF-8, undecodable bytes shown as U+FFFD.
std::string displayName(const fs::path& p) { return sanitizeUtf8(p.native()); }

std::string relativeName(const fs::path& root, const fs::path& p) {
    std::error_code ec;
    fs::path rel = p.lexically_relative(root);
    if (rel.empty()) rel = p.filename();
    (void)ec;
    return sanitizeUtf8(rel.generic_string());
}

/// Browsers save a page's images and scripts in "<page>_files/" beside "<page>.html": not articles.
bool isSavedPageAssets(const fs::path& dir) {
    const std::string name = dir.filename().native();
    static const std::string suffix = "_files";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    std::error_code ec;
    for (const char* ext : {".html", ".htm", ".xhtml", ".HTML", ".HTM", ".mhtml", ".mht", ".shtml"})
        if (fs::exists(dir.parent_path() / (stem + ext), ec)) return true;
    return false;
}

bool isHidden(const fs::path& p) {
    const std::string name = p.filename().native();
    return !name.empty() && name[0] == '.';
}

struct DirKey {
    dev_t dev;
    ino_t ino;
    auto operator<=>(const DirKey&) const = default;
};

FoundFile describe(const fs::path& path, const std::string& relative, SourceFormat format, const struct stat& st) {
    FoundFile f;
    f.path = path;
    f.relative = relative;
    f.format = format;
    f.size = static_cast<std::uintmax_t>(st.st_size);
    f.mtime = static_cast<std::int64_t>(st.st_mtime);
    return f;
}

/// Checks one candidate file; returns the reason it cannot be used, or an empty string.
std::string problemWith(const fs::path& path, const struct stat& st, const ScanOptions& options) {
    if (!S_ISREG(st.st_mode)) return "not a regular file";
    if (st.st_size == 0) return "empty file";
    if (static_cast<std::uintmax_t>(st.st_size) > options.maxFileBytes)
        return "too large (" + megabytes(static_cast<std::uintmax_t>(st.st_size)) + "; the limit is " +
               megabytes(options.maxFileBytes) + ")";
    // The permission check open() would make, with the effective ids as open() uses, without opening: a rescan
    // asks this of every file, and opening and closing 10k files was 5% of a warm rescan's CPU. A file that fails
    // to open for another reason is reported when it is read.
    if (::faccessat(AT_FDCWD, path.c_str(), R_OK, AT_EACCESS) != 0) return "unreadable: " + errnoText(errno);
    return {};
}

class Walker {
public:
    Walker(fs::path root, const ScanOptions& options, const CancelToken* cancel)
        : m_root(std::move(root)), m_options(options), m_cancel(cancel) {}

    ScanResult run() {
        struct stat st {};
        if (::stat(m_root.c_str(), &st) != 0) {
            m_result.skipped.push_back({displayName(m_root), "cannot open folder: " + errnoText(errno)});
            return std::move(m_result);
        }
        if (!S_ISDIR(st.st_mode)) {
            m_result.skipped.push_back({displayName(m_root), "not a folder"});
            return std::move(m_result);
        }
        walk(m_root, st);
        std::sort(m_result.files.begin(), m_result.files.end(),
                  [](const FoundFile& a, const FoundFile& b) { return a.relative < b.relative; });
        return std::move(m_result);
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }

    void skip(const fs::path& p, std::string reason) {
        m_result.skipped.push_back({relativeName(m_root, p), std::move(reason)});
    }

    // Iterative depth-first walk; a directory reached twice (a symlink loop, or two links to one folder)
    // is entered once, keyed on device+inode of the resolved directory.
    void walk(const fs::path& start, const struct stat& startStat) {
        std::vector<fs::path> pending{start};
        m_seen.insert({startStat.st_dev, startStat.st_ino});
        while (!pending.empty() && !cancelled()) {
            fs::path dir = std::move(pending.back());
            pending.pop_back();
            std::error_code ec;
            fs::directory_iterator it(dir, fs::directory_options::none, ec);
            if (ec) {
                if (dir != m_root) skip(dir, "folder unreadable: " + ec.message());
                continue;
            }
            std::vector<fs::path> subdirs;
            for (; it != fs::directory_iterator(); it.increment(ec)) {
                if (ec || cancelled()) break;
                visit(it->path(), subdirs);
            }
            if (ec) skip(dir, "folder could not be listed completely: " + ec.message());
            // Reverse so that the stack pops folders in name order (the result is sorted anyway).
            std::sort(subdirs.rbegin(), subdirs.rend());
            for (auto& s : subdirs) pending.push_back(std::move(s));
        }
    }

    void visit(const fs::path& p, std::vector<fs::path>& subdirs) {
        if (isHidden(p)) return;
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) {
            const int why = errno;
            // lstat succeeding means a dangling symlink; otherwise the entry vanished while we listed.
            struct stat lst {};
            if (::lstat(p.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
                // links that lead to each other never reach a file: say so whatever the name, it may be a folder
                if (why == ELOOP) skip(p, "symbolic link loop (links that lead to each other); not followed");
                else if (formatForPath(p)) skip(p, "broken symbolic link");
            } else if (formatForPath(p)) {
                skip(p, "vanished during the scan");
            }
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            if (isSavedPageAssets(p)) return;
            if (!m_seen.insert({st.st_dev, st.st_ino}).second) {
                // Already walked. A link back to a folder that encloses it is a loop and is said to be one; a
                // second way into a folder is not worth a line, its files are read once anyway.
                if (leadsToEnclosingFolder(p, st))
                    skip(p, "symbolic link loop (leads back to an enclosing folder); not followed");
                return;
            }
            subdirs.push_back(p);
            return;
        }
        auto format = formatForPath(p);
        if (!format) return;  // images, scripts, etc. are not articles and not worth a line in `skipped`
        const std::string rel = relativeName(m_root, p);
        if (std::string problem = problemWith(p, st, m_options); !problem.empty()) {
            m_result.skipped.push_back({rel, std::move(problem)});
            return;
        }
        // Two links to one file would be analysed twice; keep the first.
        if (!m_seenFiles.insert({st.st_dev, st.st_ino}).second) return;
        m_result.files.push_back(describe(p, rel, *format, st));
    }

    /// True when the folder `p` resolves to (`target`) is `p`'s own parent or one of its ancestors up to the root.
    bool leadsToEnclosingFolder(const fs::path& p, const struct stat& target) const {
        for (fs::path up = p.parent_path();; up = up.parent_path()) {
            struct stat st {};
            if (::stat(up.c_str(), &st) == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino) return true;
            if (up == m_root || !up.has_relative_path() || up == up.parent_path()) return false;
        }
    }

    fs::path m_root;
    const ScanOptions& m_options;
    const CancelToken* m_cancel;
    ScanResult m_result;
    std::set<DirKey> m_seen;
    std::set<DirKey> m_seenFiles;
};

}  // namespace

std::optional<SourceFormat> formatForPath(const fs::path& path) {
    const std::string ext = lower(path.extension().string());
    if (ext == ".txt" || ext == ".text") return SourceFormat::PlainText;
    if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") return SourceFormat::Markdown;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") return SourceFormat::Html;
    if (ext == ".mhtml" || ext == ".mht") return SourceFormat::Mhtml;
    if (ext == ".pdf") return SourceFormat::Pdf;
    return std::nullopt;
}

ScanResult scanFolder(const fs::path& folder, const ScanOptions& options, const CancelToken* cancel) {
    try {
        std::error_code ec;
        fs::path root = fs::absolute(folder, ec);
        if (ec) root = folder;
        return Walker(root.lexically_normal(), options, cancel).run();
    } catch (const std::exception& e) {  // allocation failure and the like: report, never throw
        ScanResult r;
        r.skipped.push_back({displayName(folder), std::string("scan failed: ") + e.what()});
        return r;
    }
}

Result<FoundFile> inspectFile(const fs::path& path, const ScanOptions& options) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return Error{"cannot open " + displayName(path) + ": " + errnoText(errno)};
    if (std::string problem = problemWith(path, st, options); !problem.empty()) return Error{problem};
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    if (ec) abs = path;
    return describe(abs, displayName(path.filename()), formatForPath(path).value_or(SourceFormat::PlainText), st);
}

std::string hashHex(std::string_view bytes) { return fnv1a64Hex(bytes); }

Result<LoadedFile> loadFile(const FoundFile& file, const ScanOptions& options) {
    const int fd = ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT) return Error{"vanished since the scan"};
        return Error{"unreadable: " + errnoText(err)};
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) return Error{"unreadable: " + errnoText(errno)};
    if (!S_ISREG(st.st_mode)) return Error{"not a regular file"};
    const auto size = static_cast<std::uintmax_t>(st.st_size);
    if (size > options.maxFileBytes)
        return Error{"too large (" + megabytes(size) + "; the limit is " + megabytes(options.maxFileBytes) + ")"};
    LoadedFile out;
    out.file = file;
    out.file.size = size;
    out.file.mtime = static_cast<std::int64_t>(st.st_mtime);
    try {
        out.bytes.resize(static_cast<std::size_t>(size));
        std::size_t got = 0;
        // Read until EOF rather than trusting the size: the file may be growing or shrinking right now.
        while (true) {
            if (got == out.bytes.size()) {
                if (out.bytes.size() > options.maxFileBytes) return Error{"grew beyond the size limit while read"};
                // Whether the file goes on past its size is asked with a small buffer on the stack: growing the
                // string first would zero (and keep) far more memory than a typical article has bytes.
                char more[4096];
                const ssize_t n = ::read(fd, more, sizeof more);
                if (n < 0) {
                    if (errno == EINTR) continue;
                    return Error{"read error: " + errnoText(errno)};
                }
                if (n == 0) break;
                out.bytes.append(more, static_cast<std::size_t>(n));
                got += static_cast<std::size_t>(n);
                continue;
            }
            const ssize_t n = ::read(fd, out.bytes.data() + got, out.bytes.size() - got);
            if (n < 0) {
                if (errno == EINTR) continue;
                return Error{"read error: " + errnoText(errno)};
            }
            if (n == 0) break;
            got += static_cast<std::size_t>(n);
        }
        out.bytes.resize(got);
    } catch (const std::bad_alloc&) {
        return Error{"not enough memory to read the file"};
    }
    if (out.bytes.size() > options.maxFileBytes) return Error{"grew beyond the size limit while read"};
    if (out.bytes.empty()) return Error{"empty file"};
    out.file.size = out.bytes.size();
    out.hash = hashHex(out.bytes);
    return out;
}

}  // namespace parallax::ingest
