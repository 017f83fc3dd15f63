#include "core/extract/header.h"

#include <algorithm>
#include <set>
#include <vector>

#include "core/extract/dates.h"
#include "core/extract/line_scanners.h"
#include "core/extract/textutil.h"
#include "core/knowledge/resources.h"

namespace parallax::extract {

namespace {

std::string cleanTitleSpaces(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string trim(std::string_view s) {
    const std::size_t a = s.find_first_not_of(" \t|\xC2\xB7");
    if (a == std::string_view::npos) return {};
    const std::size_t b = s.find_last_not_of(" \t|,.;:");
    return std::string(s.substr(a, b - a + 1));
}

/// Looks like a person's name or a list of names: capitalised words, a few connectors.
bool looksLikeNames(std::string_view s) {
    if (s.empty() || s.size() > 80) return false;
    std::size_t count = 0;
    std::size_t capitalised = 0;
    static const std::set<std::string> connectors = {"and", "&", "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"};
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
        if (i == start) break;
        std::string w(s.substr(start, i - start));
        ++count;
        if (connectors.count(w)) continue;
        const auto c = static_cast<unsigned char>(w[0]);
        if ((c >= 'A' && c <= 'Z') || c >= 0xC0) ++capitalised;
        else return false;
    }
    return count >= 1 && count <= 9 && capitalised >= 1;
}

bool startsWithCi(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != prefix[i]) return false;
    }
    return true;
}

/// Splits "Jane Doe | Example News" or "Jane Doe, Example News" into names and an outlet.
BylineLine splitNamesAndOutlet(std::string rest) {
    BylineLine b;
    // "Jane Doe · April 18, 2025 · 7 min read": a dot or bullet ends the names whatever follows it.
    for (std::string_view sep : {" \xC2\xB7 ", " \xE2\x80\xA2 "}) {
        const std::size_t p = rest.find(sep);
        if (p == std::string::npos || p == 0) continue;
        std::string tail = trim(std::string_view(rest).substr(p + sep.size()));
        if (const std::size_t next = tail.find(sep); next != std::string::npos) tail = trim(tail.substr(0, next));
        b.name = trim(std::string_view(rest).substr(0, p));
        if (wordCount(tail) <= 6) b.outlet = tail;
        return b;
    }
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", "}) {
        const std::size_t p = rest.find(sep);
        if (p == std::string::npos) continue;
        std::string tail = trim(std::string_view(rest).substr(p + sep.size()));
        std::string head = trim(std::string_view(rest).substr(0, p));
        // "By Jane Doe, John Roe and Ann Poe": after a comma only a known outlet or a domain is an outlet.
        if (sep == ", " && !knownOutlet(tail) && !parseDomainLine(tail)) continue;
        if (!tail.empty() && wordCount(tail) <= 6) {
            b.name = head;
            b.outlet = tail;
            return b;
        }
    }
    b.name = trim(rest);
    return b;
}

}  // namespace

std::optional<BylineLine> parseBylineLine(std::string_view line) {
    std::string t = trim(line);
    if (t.size() > 160) return std::nullopt;
    std::string rest;
    bool matched = false;
    for (std::string_view prefix : {"by ", "written by ", "words by ", "reporting by ", "author: ", "authors: ",
                                    "posted by ", "story by "}) {
        if (startsWithCi(t, prefix)) {
            rest = t.substr(prefix.size());
            matched = true;
            break;
        }
    }
    for (std::string_view prefix : {"\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A", "\xE4\xBD\x9C\xE8\x80\x85:", "\xE8\xAE\xB0\xE8\x80\x85\xEF\xBC\x9A"}) {
        if (!matched && t.compare(0, prefix.size(), prefix) == 0) {  // 作者： / 记者：
            rest = trim(t.substr(prefix.size()));
            return BylineLine{rest, {}};
        }
    }
    if (!matched) {
        std::string lower = t;
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (lower == "by") return BylineLine{};
        return std::nullopt;
    }
    BylineLine b = splitNamesAndOutlet(trim(rest));
    // Drop a trailing date or time ("By Jane Doe, 9 January 2025"): keep only the name words.
    if (!looksLikeNames(b.name)) return std::nullopt;
    if (b.outlet.size() > 0 && (b.outlet.find_first_of("0123456789") != std::string::npos)) b.outlet.clear();
    return b;
}

namespace {

bool isRoleWord(std::string_view w) {
    static const std::set<std::string, std::less<>> roles = {
        "editor", "reporter", "correspondent", "writer", "columnist", "contributor", "producer", "staff",
        "journalist", "analyst", "critic", "photographer", "intern", "chief", "senior", "freelance"};
    std::string l(w);
    for (char& c : l)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return roles.count(l) > 0;
}

std::vector<std::string> splitWords(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

std::string joinWords(const std::vector<std::string>& ws, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n && i < ws.size(); ++i) out += (i ? " " : "") + ws[i];
    return out;
}

}  // namespace

std::string cleanByline(std::string_view byline, const std::string& outlet) {
    std::string b(byline);
    for (char& c : b)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    b = cleanTitleSpaces(b);
    for (std::string_view sep : {" \xE2\x80\xA2 ", " | ", " \xC2\xB7 ", " - ", " \xE2\x80\x94 "})
        if (const std::size_t p = b.find(sep); p != std::string::npos && p > 0) b = b.substr(0, p);
    if (auto by = parseBylineLine(b); by && !by->name.empty()) b = by->name;
    else if (b.size() > 3 && (b.rfind("By ", 0) == 0 || b.rfind("by ", 0) == 0 || b.rfind("BY ", 0) == 0)) b = b.substr(3);
    if (auto d = findDate(b, 2000); d && d->start > 0) b = b.substr(0, d->start);
    if (!outlet.empty()) {
        std::string lb = b;
        std::string lo = outlet;
        for (char& c : lb) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        for (char& c : lo) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (const std::size_t p = lb.find(lo); p != std::string::npos && p > 0) b = b.substr(0, p);
    }
    b = trim(b);
    // "Jane Doe, Senior Reporter" / "Ben Stone Games Editor": a job title after the name.
    if (const std::size_t comma = b.rfind(", "); comma != std::string::npos) {
        const auto tail = splitWords(b.substr(comma + 2));
        if (!tail.empty() && std::any_of(tail.begin(), tail.end(), [](const std::string& w) { return isRoleWord(w); }))
            b = trim(b.substr(0, comma));
    }
    auto ws = splitWords(b);
    if (ws.size() >= 4 && isRoleWord(ws.back())) b = joinWords(ws, ws.size() - 2);
    return trim(b);
}

std::optional<std::string> parseSourceLine(std::string_view line) {
    std::string t = trim(line);
    for (std::string_view prefix : {"source: ", "sources: ", "source : ", "via: ", "via "}) {
        if (startsWithCi(t, prefix)) {
            std::string rest = trim(std::string_view(t).substr(prefix.size()));
            if (const std::size_t comma = rest.find(','); comma != std::string::npos) rest = trim(rest.substr(0, comma));
            if (const auto domain = parseDomainLine(rest)) return domain;
            if (rest.empty() || wordCount(rest) > 5 || endsWithSentencePunctuation(rest)) return std::nullopt;
            if (rest.find("://") != std::string::npos) return std::nullopt;
            return rest;
        }
    }
    return std::nullopt;
}

std::optional<std::string> parseCopyrightNotice(std::string_view text) {
    if (text.size() > 2000) return std::nullopt;
    const auto holder = scanCopyrightHolder(text);
    if (!holder) return std::nullopt;
    std::vector<std::string> ws;
    const std::string name(*holder);
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < name.size() && name[i] != ' ') ++i;
        if (i > start) ws.push_back(name.substr(start, i - start));
    }
    // The name ends at its first full stop ("Example Media Ltd. Page 1 of 1"), then company forms go.
    for (std::size_t k = 0; k < ws.size(); ++k)
        if (ws[k].back() == '.') {
            ws.resize(k + 1);
            ws.back().pop_back();
            break;
        }
    static const std::set<std::string> forms = {"Ltd", "Limited", "Inc", "LLC", "PLC", "plc", "Corp", "Corporation",
                                                "Co", "GmbH", "AG", "SA", "All"};
    while (!ws.empty() && (forms.count(ws.back()) > 0 || ws.back() == "and" || ws.back() == "of" ||
                           ws.back() == "the" || ws.back() == "for"))
        ws.pop_back();
    if (ws.empty() || ws.size() > 5) return std::nullopt;
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::optional<std::string> parseDomainLine(std::string_view line) {
    if (line.size() > 200) return std::nullopt;
    const auto host = scanDomainLine(line);
    if (!host) return std::nullopt;
    std::string d(*host);
    for (char& c : d)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return d;
}

std::optional<std::string> knownOutlet(std::string_view line) {
    static const std::vector<std::string> outlets = [] {
        std::vector<std::string> v;
        for (const auto& l : knowledge::dataLines("extract-outlets.txt")) {
            std::string name = trim(l);
            if (!name.empty()) v.push_back(name);
        }
        return v;
    }();
    const std::string norm = normalizeForMatch(line);
    if (norm.empty()) return std::nullopt;
    for (const auto& o : outlets) {
        // A line "reuters" or "The Reuters" matches "Reuters"; names are compared without punctuation.
        if (normalizeForMatch(o) == norm) return trim(line);
    }
    return std::nullopt;
}

namespace {
const std::vector<std::string_view>& titleSeparators() {
    static const std::vector<std::string_view> seps = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                                       " \xC2\xB7 ", " \xC2\xBB ", " / ", ": "};
    return seps;
}

/// Same site name: equal after normalizing, or one is the other's domain ("example.com" vs "Example").
bool sameSite(const std::string& a, const std::string& b) {
    std::string na = normalizeForMatch(a);
    std::string nb = normalizeForMatch(b);
    if (na.empty() || nb.empty()) return false;
    if (na == nb) return true;
    auto squash = [](std::string s) {
        std::string out;
        for (char c : s)
            if (c != ' ') out += c;
        for (std::string_view tld : {"com", "net", "org", "co uk", "couk", "io", "news"})
            if (out.size() > tld.size() && out.compare(out.size() - tld.size(), tld.size(), tld) == 0) {
                out.resize(out.size() - tld.size());
                break;
            }
        if (out.rfind("www", 0) == 0) out = out.substr(3);
        if (out.rfind("the", 0) == 0 && out.size() > 5) out = out.substr(3);
        return out;
    };
    return squash(na) == squash(nb);
}
}  // namespace

std::string stripSiteFromTitle(const std::string& title, const std::string& site) {
    if (site.empty()) return title;
    for (std::string_view sep : titleSeparators()) {
        const std::size_t last = title.rfind(sep);
        if (last != std::string::npos && last > 0 && sameSite(title.substr(last + sep.size()), site))
            return trim(std::string_view(title).substr(0, last));
        const std::size_t first = title.find(sep);
        if (first != std::string::npos && first > 0 && sameSite(title.substr(0, first), site))
            return trim(std::string_view(title).substr(first + sep.size()));
    }
    return title;
}

std::string siteSuffixOfTitle(const std::string& title) {
    for (std::string_view sep : titleSeparators()) {
        if (sep == ": " || sep == " / ") continue;
        const std::size_t last = title.rfind(sep);
        if (last == std::string::npos || last == 0) continue;
        std::string tail = trim(std::string_view(title).substr(last + sep.size()));
        if (knownOutlet(tail) || parseDomainLine(tail)) return tail;
    }
    return {};
}

}  // namespace parallax::extract
