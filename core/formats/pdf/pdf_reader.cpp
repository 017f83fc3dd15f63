#include "core/formats/pdf/pdf_reader.h"

#include <ctime>
#include <map>
#include <memory>

#include "core/formats/pdf/poppler_loader.h"
#include "core/formats/text/paragraphs.h"
#include "core/util/ascii.h"

namespace parallax::formats::pdf {

namespace {

constexpr std::size_t kEdgeLines = 2;  // lines at each page edge checked for running heads and footers

std::vector<std::string> lines(const std::string& page) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= page.size()) {
        std::size_t nl = page.find('\n', start);
        if (nl == std::string::npos) nl = page.size();
        std::string l = page.substr(start, nl - start);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        out.push_back(std::move(l));
        start = nl + 1;
    }
    return out;
}

/// Digits folded so that "Page 3 of 9" and "Page 4 of 9" count as the same running footer.
std::string edgeKey(const std::string& line) {
    std::string k;
    for (char c : text::collapseSpaces(line)) k += (c >= '0' && c <= '9') ? '#' : c;
    return k;
}

bool usefulTitle(const std::string& title) {
    if (title.empty() || title.size() > 300) return false;
    std::string lower;
    for (char c : title) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    // Word processors and printers put file names and placeholders here.
    for (const char* junk : {".doc", ".pdf", ".htm", ".indd", ".tex", ".txt", "untitled", "microsoft word", "powerpoint"})
        if (lower.find(junk) != std::string::npos) return false;
    return true;
}

std::string isoDay(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

}  // namespace

bool isPageNumber(std::string_view line) {
    using namespace util::ascii;
    // The bytes of the old pattern's class [-\xE2\x80\x93 ]: a hyphen, a space, or any byte of an en dash.
    auto dashOrSpace = [](char c) { return c == '-' || c == ' ' || c == '\xE2' || c == '\x80' || c == '\x93'; };
    auto number = [&](std::size_t i) {  // \d{1,4} followed by no further digit: its end, or npos
        const std::size_t end = skipWhile(line, i, isDigit);
        return (end > i && end - i <= 4) ? end : std::string_view::npos;
    };
    if (line.size() >= 40) return false;
    std::size_t i = skipWhile(line, 0, isSpace);
    if (startsWithNoCase(line, i, "page")) {
        const std::size_t w = skipWhile(line, i + 4, isSpace);
        if (w == i + 4) return false;
        i = w;
    }
    i = number(skipWhile(line, i, dashOrSpace));
    if (i == std::string_view::npos) return false;
    i = skipWhile(line, i, dashOrSpace);
    if (startsWithNoCase(line, i, "of") || startsWithNoCase(line, i, "/")) {
        i = number(skipWhile(line, i + (line[i] == '/' ? 1 : 2), isSpace));
        if (i == std::string_view::npos) return false;
    }
    return skipWhile(line, i, isSpace) == line.size();
}

std::string joinPages(const std::vector<std::string>& pages) {
    std::vector<std::vector<std::string>> pageLines;
    for (const auto& p : pages) {
        auto ls = lines(p);
        // Trim blank lines at the page edges so the edge positions mean something.
        while (!ls.empty() && text::collapseSpaces(ls.back()).empty()) ls.pop_back();
        std::size_t first = 0;
        while (first < ls.size() && text::collapseSpaces(ls[first]).empty()) ++first;
        pageLines.emplace_back(ls.begin() + static_cast<std::ptrdiff_t>(first), ls.end());
    }
    std::map<std::string, std::size_t> edgeCounts;
    for (const auto& ls : pageLines) {
        std::map<std::string, bool> seen;
        for (std::size_t i = 0; i < ls.size(); ++i)
            if (i < kEdgeLines || i + kEdgeLines >= ls.size()) seen[edgeKey(ls[i])] = true;
        for (const auto& [k, _] : seen) ++edgeCounts[k];
    }
    const std::size_t n = pageLines.size();
    std::string out;
    for (const auto& ls : pageLines) {
        for (std::size_t i = 0; i < ls.size(); ++i) {
            const bool edge = i < kEdgeLines || i + kEdgeLines >= ls.size();
            if (edge && isPageNumber(ls[i])) continue;
            const std::string key = edgeKey(ls[i]);
            if (edge && n >= 3 && !key.empty() && edgeCounts[key] * 2 >= n) continue;  // running head/footer
            out += ls[i];
            out += '\n';
        }
        out += '\n';  // a page break usually ends a line, not necessarily a paragraph: the wrap logic decides
    }
    return out;
}

Result<ReadOutput> PdfReader::read(const ingest::LoadedFile& file) const {
    if (file.bytes.substr(0, 1024).find("%PDF-") == std::string::npos) return Error{"not a PDF file (no %PDF header)"};
    auto content = readPdfContent(file.bytes);
    if (!content) return Error{content.error()};
    const std::vector<std::string>& pages = content->pages;
    ReadOutput out;
    out.encoding = "PDF";
    text::ParagraphOptions options;
    options.wrapped = true;
    out.page.blocks = text::splitParagraphs(joinPages(pages), options);
    if (out.page.blocks.empty()) return Error{"PDF has no text layer (scanned images need OCR)"};

    if (const std::string title = text::collapseSpaces(content->title); usefulTitle(title))
        out.page.meta.titles.push_back({title, "PDF Title"});
    if (const std::string author = text::collapseSpaces(content->author); !author.empty())
        out.page.meta.bylines.push_back({author, "PDF Author"});
    if (const std::time_t created = content->created; created > 0)
        out.page.meta.published.push_back({isoDay(created), "PDF creation date (when the file was saved)"});
    out.page.mainContentExtracted = false;
    return out;
}

}  // namespace parallax::formats::pdf
