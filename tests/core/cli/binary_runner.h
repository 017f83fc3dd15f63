#pragma once
// Runs the built parallax-cli as a separate process, with stdout and stderr captured apart.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace parallax::test_support {

struct Process {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// Runs `exe args...` through /bin/sh with XDG_DATA_HOME=<scratch>/xdg (so the default library location is used
/// without touching the real one); stderr goes to <scratch>/stderr.txt so stdout can be checked on its own.
/// `env` adds "NAME=value" settings for this run.
inline Process runProcess(const std::string& exe, const std::vector<std::string>& args,
                          const std::filesystem::path& scratch, const std::vector<std::string>& env = {}) {
    const auto errFile = scratch / "stderr.txt";
    std::string cmd = "XDG_DATA_HOME=" + shellQuote((scratch / "xdg").string());
    for (const auto& e : env) {
        const auto eq = e.find('=');
        cmd += " " + e.substr(0, eq + 1) + shellQuote(e.substr(eq + 1));  // the name bare, or sh runs it
    }
    cmd += " " + shellQuote(exe);
    for (const auto& a : args) cmd += " " + shellQuote(a);
    cmd += " 2>" + shellQuote(errFile.string());
    Process p;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe) return p;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) p.out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    p.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile);
    p.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return p;
}

}  // namespace parallax::test_support
