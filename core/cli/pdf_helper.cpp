// Runs parallax-pdf on a temporary copy of the HTML, with its stderr captured for the message on failure.
#include "core/cli/pdf_helper.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/util/executable.h"

extern char** environ;

namespace parallax::cli {
namespace {

/// A temporary file holding `content`, removed when this goes out of scope.
class TempFile {
public:
    explicit TempFile(const std::string& content) {
        std::error_code ec;
        std::string pattern = (std::filesystem::temp_directory_path(ec) / "parallax-report-XXXXXX.html").string();
        int fd = mkstemps(pattern.data(), 5);
        if (fd < 0) {
            m_problem = std::string("cannot create a temporary file: ") + std::strerror(errno);
            return;
        }
        m_path = pattern;
        std::size_t done = 0;
        while (done < content.size()) {
            ssize_t n = ::write(fd, content.data() + done, content.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                m_problem = std::string("cannot write a temporary file: ") + std::strerror(errno);
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        ::close(fd);
    }
    ~TempFile() {
        if (!m_path.empty()) ::unlink(m_path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const std::string& problem() const { return m_problem; }

private:
    std::string m_path;
    std::string m_problem;
};

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    constexpr std::size_t kMax = 2000;  // the end says what went wrong; Qt may print pages of warnings first
    if (s.size() > kMax) s = "..." + s.substr(s.size() - kMax);
    return s;
}

}  // namespace

std::filesystem::path pdfHelperPath() {
    if (const char* env = std::getenv("PARALLAX_PDF_HELPER"); env && *env) return env;
    return util::executableDir() / "parallax-pdf";
}

std::string missingPdfHelper() {
    const std::filesystem::path helper = pdfHelperPath();
    if (::access(helper.c_str(), X_OK) == 0) return {};
    return "cannot print PDF: the helper " + helper.string() +
           " is missing (it is built with the Qt user interface and installed beside parallax-cli); "
           "write the report as .html instead";
}

std::string printPdfWithHelper(const std::string& html, const std::string& outPath) {
    if (std::string missing = missingPdfHelper(); !missing.empty()) return missing;
    const std::filesystem::path helper = pdfHelperPath();
    TempFile input(html);
    if (!input.problem().empty()) return input.problem();

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) return std::string("cannot run the PDF helper: ") + std::strerror(errno);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 2);
    const std::string helperName = helper.string();
    std::string in = input.path(), out = outPath;
    char* argv[] = {const_cast<char*>(helperName.c_str()), in.data(), out.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, helperName.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        return "cannot run " + helperName + ": " + std::strerror(spawned);
    }
    std::string said;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(pipeFds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        said.append(buf, static_cast<std::size_t>(n));
    }
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    std::string how = WIFSIGNALED(status) ? "was killed by signal " + std::to_string(WTERMSIG(status))
                                          : "failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
    said = trimmed(std::move(said));
    return helper.filename().string() + " " + how + (said.empty() ? "" : ": " + said);
}

}  // namespace parallax::cli
