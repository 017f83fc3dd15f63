// One command-line file -> Article, through the same ingest/formats/extract stages the pipeline uses.
#include "core/cli/file_input.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"

namespace parallax::cli {
namespace {

/// A file named on the command line may have any extension; fall back on what its first bytes look like.
SourceFormat sniffFormat(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (head.rfind("%pdf-", 0) == 0) return SourceFormat::Pdf;
    if (head.find("mime-version:") != std::string::npos && head.find("multipart/related") != std::string::npos)
        return SourceFormat::Mhtml;
    if (head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos)
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

/// The scanner's rule for names it knows (so `extract` reads a file exactly as `analyze` would), else a sniff.
SourceFormat formatOf(const std::filesystem::path& p) {
    if (auto known = ingest::formatForPath(p)) return *known;
    return sniffFormat(p);
}

}  // namespace

Result<ingest::FoundFile> describeFile(const std::filesystem::path& file) {
    std::error_code ec;
    auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) return Error{"no such file: " + file.string()};
    if (std::filesystem::is_directory(status)) return Error{file.string() + " is a folder, not a file"};
    ingest::FoundFile found;
    found.path = std::filesystem::absolute(file, ec);
    if (ec) found.path = file;
    found.relative = file.filename().string();
    found.format = formatOf(file);
    found.size = std::filesystem::file_size(file, ec);
    if (ec) return Error{"cannot read the size of " + file.string() + ": " + ec.message()};
    auto mtime = std::filesystem::last_write_time(file, ec);
    if (!ec) {
        auto sys = std::chrono::file_clock::to_sys(mtime);
        found.mtime = std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
    }
    return found;
}

Result<Article> readArticleFile(const std::filesystem::path& file) {
    auto found = describeFile(file);
    if (!found) return Error{found.error()};
    return readArticle(found.value());
}

Result<Article> readArticle(const ingest::FoundFile& found) {
    auto loaded = ingest::loadFile(found);
    if (!loaded) return Error{loaded.error()};
    auto read = formats::readerFor(found.format).read(loaded.value());
    if (!read) return Error{read.error()};
    Article article = extract::buildArticle(read->page, loaded.value(), read->encoding);
    if (article.id.empty()) article.id = found.relative;
    if (article.contentHash.empty()) article.contentHash = loaded->hash;
    return article;
}

}  // namespace parallax::cli
