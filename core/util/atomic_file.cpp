// Write-then-rename: rename(2) replaces a directory entry in one step, so whoever opens the target sees either
// the old inode or the new one. fsync before the rename makes sure the new inode holds the bytes when the name
// points at it (without it a power cut can leave a complete name on an empty file); fsync of the folder makes
// the rename itself durable.
#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <system_error>

namespace parallax::util {
namespace fs = std::filesystem;

namespace {

std::string errnoText(int e) { return std::generic_category().message(e); }

Error failure(const fs::path& target, const std::string& why) {
    return Error{"cannot write " + target.string() + ": " + why};
}

/// Closes a descriptor on every path out of a function.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    [[nodiscard]] int get() const { return m_fd; }
    /// Closes now and reports the error close(2) may carry (NFS reports failed writes only here).
    int close() {
        const int r = ::close(m_fd);
        m_fd = -1;
        return r;
    }

private:
    int m_fd;
};

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

/// The file that will really be replaced: a symbolic link is followed so that the link survives.
fs::path resolveTarget(const fs::path& target) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        fs::path real = fs::weakly_canonical(target, ec);
        if (!ec) return real;
    }
    return target;
}

/// A new, empty, uniquely named file beside `target`. The leading dot keeps a leftover (after a kill) out of
/// folder scans; O_EXCL makes the name ours alone; mode 0666 lets the umask decide, as for any new file.
int createTemporary(const fs::path& target, fs::path& temporary) {
    static std::atomic<unsigned> counter{0};
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto tick = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
        temporary = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                           std::to_string(counter.fetch_add(1)) + "-" + std::to_string(tick % 100000));
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

/// Removes the temporary files of `target` left by writers that were killed between creating them and renaming
/// them (".report.json.tmp-PID-..."): those whose process no longer exists and that are over a minute old. The
/// age spares a writer on another machine sharing the folder, whose pid means nothing here, in all but a
/// minute-long write. Best effort: whatever cannot be read or removed stays.
void removeLeftovers(const fs::path& target) {
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    const auto old = fs::file_time_type::clock::now() - std::chrono::minutes(1);
    std::error_code ec;
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        std::size_t digits = prefix.size();
        while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
        if (digits == prefix.size() || digits - prefix.size() > 9 || digits == name.size() || name[digits] != '-')
            continue;
        const pid_t pid = static_cast<pid_t>(std::stol(name.substr(prefix.size(), digits - prefix.size())));
        if (pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours
        std::error_code statError;
        if (!it->is_regular_file(statError) || it->last_write_time(statError) > old || statError) continue;
        ::unlink(it->path().c_str());
    }
}

/// Flushes `temporary` to disk, gives it the old file's permissions and renames it over `target`.
Result<bool> commit(const fs::path& temporary, const fs::path& target, const fs::path& shownName) {
    Fd fd(::open(temporary.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) return failure(shownName, errnoText(errno));
    if (::fsync(fd.get()) != 0) return failure(shownName, "flushing to disk failed: " + errnoText(errno));
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0) (void)::fchmod(fd.get(), old.st_mode & 07777);
    if (fd.close() != 0) return failure(shownName, errnoText(errno));
    if (::rename(temporary.c_str(), target.c_str()) != 0) return failure(shownName, errnoText(errno));
    removeLeftovers(target);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    Fd folder(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() >= 0) (void)::fsync(folder.get());  // best effort: some file systems refuse it
    return true;
}

/// `/dev/stdout`, a named pipe, a terminal: there is nothing to rename over, so the bytes go in directly.
bool isSpecialFile(const fs::path& target) {
    struct stat st {};
    return ::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

Result<bool> writeInPlace(const fs::path& target, std::string_view bytes) {
    Fd fd(::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (fd.get() < 0 || !writeAll(fd.get(), bytes)) return failure(target, errnoText(errno));
    if (fd.close() != 0) return failure(target, errnoText(errno));
    return true;
}

Result<bool> runProducer(const FileProducer& produce, const fs::path& path) {
    try {
        return produce(path);
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
}

}  // namespace

Result<bool> writeFileAtomically(const fs::path& target, std::string_view bytes) {
    if (isSpecialFile(target)) return writeInPlace(target, bytes);
    const fs::path real = resolveTarget(target);
    fs::path temporary;
    Fd fd(createTemporary(real, temporary));
    if (fd.get() < 0) return failure(target, errnoText(errno));
    const bool written = writeAll(fd.get(), bytes);
    const int writeErrno = errno;
    if (fd.close() != 0 || !written) {
        const int e = written ? errno : writeErrno;
        ::unlink(temporary.c_str());
        return failure(target, errnoText(e));
    }
    auto r = commit(temporary, real, target);
    if (!r) ::unlink(temporary.c_str());
    return r;
}

Result<bool> writeFileAtomically(const fs::path& target, const FileProducer& produce) {
    if (isSpecialFile(target)) {
        // Nothing to rename over: the producer writes into it directly, as the bytes variant does.
        Result<bool> produced = runProducer(produce, target);
        return produced ? produced : failure(target, produced.error());
    }
    const fs::path real = resolveTarget(target);
    fs::path temporary;
    Fd fd(createTemporary(real, temporary));
    if (fd.get() < 0) return failure(target, errnoText(errno));
    (void)fd.close();  // the name is reserved; the producer opens it itself
    Result<bool> produced = runProducer(produce, temporary);
    if (!produced) {
        ::unlink(temporary.c_str());
        return failure(target, produced.error());
    }
    auto r = commit(temporary, real, target);
    if (!r) ::unlink(temporary.c_str());
    return r;
}

}  // namespace parallax::util
