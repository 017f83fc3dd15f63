#include "core/formats/html/patterns.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/knowledge/resources.h"

namespace parallax::formats::html::patterns {

namespace {

template <std::size_t N>
bool containsAny(std::string_view s, const std::array<std::string_view, N>& words) {
    const std::string lower = toLower(s);
    for (std::string_view w : words)
        if (lower.find(w) != std::string::npos) return true;
    return false;
}

bool isWordChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0 || c == '_';
}

/// "hid" as a whole space-separated token (Readability: ^hid$| hid$| hid |^hid ).
bool hidToken(std::string_view lower) {
    for (std::size_t pos = lower.find("hid"); pos != std::string_view::npos; pos = lower.find("hid", pos + 1)) {
        const bool before = pos == 0 || lower[pos - 1] == ' ';
        const bool after = pos + 3 == lower.size() || lower[pos + 3] == ' ';
        if (before && after) return true;
    }
    return false;
}

constexpr std::array<std::string_view, 31> kUnlikely = {
    "-ad-",       "ai2html",  "banner", "breadcrumbs", "combx",      "comment",    "community", "cover-wrap",
    "disqus",     "extra",    "footer", "gdpr",        "header",     "legends",    "menu",      "related",
    "remark",     "replies",  "rss",    "shoutbox",    "sidebar",    "skyscraper", "social",    "sponsor",
    "supplemental", "ad-break", "agegate", "pagination", "pager",    "popup",      "yom-remote"};
constexpr std::array<std::string_view, 8> kMaybe = {"and",     "article", "body",     "column",
                                                    "content", "main",    "mathjax", "shadow"};
constexpr std::array<std::string_view, 13> kPositive = {"article", "body", "content", "entry", "hentry",
                                                        "h-entry", "main", "page",    "pagination", "post",
                                                        "text",    "blog", "story"};
constexpr std::array<std::string_view, 24> kNegative = {
    "-ad-",   "hidden",   "banner",   "combx", "comment",   "com-",       "contact",    "footer", "gdpr",
    "masthead", "media",  "meta",     "outbrain", "promo",  "related",    "scroll",     "share",  "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"};
constexpr std::array<std::string_view, 5> kByline = {"byline", "author", "dateline", "writtenby", "p-author"};
constexpr std::array<std::string_view, 7> kRoles = {"menu",  "menubar",     "complementary", "navigation",
                                                    "alert", "alertdialog", "dialog"};

/// Extra clutter words from resources/knowledge/html-clutter-words.txt (and the user's file), read once.
const std::vector<std::string>& clutterWords() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out;
        for (const std::string& line : knowledge::dataLines("html-clutter-words.txt")) {
            std::string w = collapseWhitespace(toLower(line));
            if (!w.empty()) out.push_back(std::move(w));
        }
        return out;
    }();
    return words;
}

bool containsClutterWord(std::string_view s) {
    const std::string lower = toLower(s);
    for (const std::string& w : clutterWords())
        if (lower.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

bool unlikelyCandidate(std::string_view s) { return containsAny(s, kUnlikely) || containsClutterWord(s); }
bool maybeCandidate(std::string_view s) { return containsAny(s, kMaybe); }
bool positive(std::string_view s) { return containsAny(s, kPositive); }
bool negative(std::string_view s) {
    return containsAny(s, kNegative) || hidToken(toLower(s)) || containsClutterWord(s);
}
bool byline(std::string_view s) { return containsAny(s, kByline); }

bool shareElement(std::string_view s) {
    const std::string lower = toLower(s);
    for (std::size_t pos = lower.find("share"); pos != std::string::npos; pos = lower.find("share", pos + 1)) {
        const bool before = pos == 0 || !isWordChar(lower[pos - 1]) || lower[pos - 1] == '_';
        if (!before) continue;
        std::size_t end = pos + 5;
        auto boundaryAt = [&](std::size_t e) { return e == lower.size() || !isWordChar(lower[e]) || lower[e] == '_'; };
        if (boundaryAt(end)) return true;
        if (lower.compare(end, 5, "daddy") == 0 && boundaryAt(end + 5)) return true;
    }
    return false;
}

bool adOrLoadingText(std::string_view text) {
    std::string t = toLower(text);
    for (std::string_view suffix : {std::string_view("\xE2\x80\xA6"), std::string_view("...")})
        if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
            const std::string stem = t.substr(0, t.size() - suffix.size());
            for (std::string_view w : {"loading", "\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD", "chargement",
                                       "cargando", "\xD0\x97\xD0\xB0\xD0\xB3\xD1\x80\xD1\x83\xD0\xB7\xD0\xBA\xD0\xB0"})
                if (stem == w) return true;
        }
    for (std::string_view w : {"ad", "advertising", "advertisement", "pub", "publicit\xC3\xA9", "werb", "werbung",
                               "\xE5\xB9\xBF\xE5\x91\x8A", "anuncio", "loading", "chargement", "cargando",
                               "\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD"})
        if (t == w) return true;
    // Cyrillic words are not lower-cased by toLower (ASCII only): compare both spellings.
    for (std::string_view w : {"\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
                               "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
                               "\xD0\x97\xD0\xB0\xD0\xB3\xD1\x80\xD1\x83\xD0\xB7\xD0\xBA\xD0\xB0"})
        if (t == w) return true;
    return false;
}

bool unlikelyRole(std::string_view role) {
    for (std::string_view r : kRoles)
        if (role == r) return true;
    return false;
}

}  // namespace parallax::formats::html::patterns
