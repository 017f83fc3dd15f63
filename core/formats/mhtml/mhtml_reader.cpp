#include "core/formats/mhtml/mhtml_reader.h"

#include "core/formats/html/html_reader.h"
#include "core/formats/mhtml/mime.h"
#include "core/formats/text/text_reader.h"
#include "core/ingest/decode.h"

namespace parallax::formats::mhtml {

namespace {

constexpr int kMaxNesting = 8;

/// Multipart parts may nest (multipart/alternative inside multipart/related): list the leaves.
void flatten(MimePart part, int depth, std::vector<MimePart>& out) {
    if (depth < kMaxNesting && part.mediaType().rfind("multipart/", 0) == 0 && part.param("boundary")) {
        std::string rebuilt = "Content-Type: " + part.header("content-type") + "\r\n\r\n" + part.body;
        for (auto& inner : parseMime(rebuilt).parts) flatten(std::move(inner), depth + 1, out);
        return;
    }
    out.push_back(std::move(part));
}

const MimePart* pick(const std::vector<MimePart>& parts, const std::string& type, const std::string& location) {
    const MimePart* first = nullptr;
    for (const auto& p : parts) {
        if (p.mediaType() != type) continue;
        if (!location.empty() && p.header("content-location") == location) return &p;
        if (!first) first = &p;
    }
    return first;
}

}  // namespace

Result<ReadOutput> MhtmlReader::read(const ingest::LoadedFile& file) const {
    const MimeMessage msg = parseMime(file.bytes);
    std::vector<MimePart> parts;
    for (const auto& p : msg.parts) flatten(p, 0, parts);

    auto top = [&](const std::string& name) {
        const auto it = msg.headers.find(name);
        return it == msg.headers.end() ? std::string() : it->second;
    };
    const std::string location = top("snapshot-content-location");

    Result<ReadOutput> result = Error{"no web page (text/html part) in the MHTML archive"};
    if (const MimePart* html = pick(parts, "text/html", location)) {
        const std::string url = !location.empty() ? location : html->header("content-location");
        result = html::readHtml(html->body, html->param("charset"), url);
    } else if (const MimePart* plain = pick(parts, "text/plain", location); plain && !plain->body.empty()) {
        auto decoded = ingest::decodeToUtf8(plain->body, plain->param("charset"));
        if (!decoded) return Error{decoded.error()};
        ReadOutput out;
        out.page = text::readPlainText(decoded->text);
        out.encoding = decoded->encoding;
        out.page.warnings = decoded->warnings;
        result = std::move(out);
    }
    if (!result) return result;

    ReadOutput& out = result.value();
    if (const std::string subject = decodeHeaderWords(top("subject")); !subject.empty())
        out.page.meta.titles.push_back({subject, "MHTML Subject"});
    if (!location.empty() && !out.page.meta.url) out.page.meta.url = location;
    if (const std::string date = top("date"); !date.empty())
        out.page.meta.published.push_back({date, "MHTML Date header (time the page was saved)"});
    return result;
}

}  // namespace parallax::formats::mhtml
