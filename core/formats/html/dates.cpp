// Dates as pages write them in metadata and URLs -> ISO "YYYY-MM-DD".
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/formats/html/metadata.h"

namespace parallax::formats::html {

namespace {

bool validDay(int y, int m, int d) { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

int monthFromName(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) return 0;
    const std::string lower = toLower(word);
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (lower.compare(0, 3, kMonths[i]) == 0) {
            // "march"/"mar" yes, "marvel" no: the rest must continue the month's name.
            static constexpr std::array<std::string_view, 12> kFull = {
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"};
            if (lower.size() <= kFull[i].size() && kFull[i].compare(0, lower.size(), lower) == 0) return static_cast<int>(i) + 1;
            if (lower == "sept") return 9;
        }
    return 0;
}

struct Token {
    std::string text;
    bool digits;
};

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::string cur;
    int kind = 0;  // 1 digits, 2 letters
    auto push = [&] {
        if (!cur.empty()) out.push_back({cur, kind == 1});
        cur.clear();
        kind = 0;
    };
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        const int k = std::isdigit(u) != 0 ? 1 : std::isalpha(u) != 0 ? 2 : 0;
        if (k == 0 || (kind != 0 && k != kind)) push();
        if (k != 0) {
            cur += c;
            kind = k;
        }
    }
    push();
    return out;
}

}  // namespace

std::optional<std::string> normalizeDate(std::string_view text) {
    // ISO-like: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD at the start (a time part may follow).
    std::size_t b = 0;
    while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b])) != 0) ++b;
    std::string_view s = text.substr(b);
    if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) != 0) {
        int y = 0;
        int m = 0;
        int d = 0;
        char s1 = 0;
        char s2 = 0;
        if (std::sscanf(std::string(s.substr(0, 10)).c_str(), "%4d%c%2d%c%2d", &y, &s1, &m, &s2, &d) == 5 &&
            s1 == s2 && (s1 == '-' || s1 == '/' || s1 == '.') && validDay(y, m, d))
            return iso(y, m, d);
    }
    if (s.size() >= 8 && std::isdigit(static_cast<unsigned char>(s[0])) != 0) {
        // Compact YYYYMMDD (optionally followed by T or a non-digit).
        bool eight = true;
        for (std::size_t i = 0; i < 8; ++i) eight = eight && std::isdigit(static_cast<unsigned char>(s[i])) != 0;
        if (eight && (s.size() == 8 || std::isdigit(static_cast<unsigned char>(s[8])) == 0)) {
            const int y = std::stoi(std::string(s.substr(0, 4)));
            const int m = std::stoi(std::string(s.substr(4, 2)));
            const int d = std::stoi(std::string(s.substr(6, 2)));
            if (validDay(y, m, d)) return iso(y, m, d);
        }
    }
    // Written dates: "Mon, 20 Jan 2025 ...", "January 20, 2025", "20 January 2025", "Jan 20 2025".
    const auto tokens = tokenize(s);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const int month = tokens[i].digits ? 0 : monthFromName(tokens[i].text);
        if (month == 0) continue;
        // Month Day Year
        if (i + 2 < tokens.size() && tokens[i + 1].digits && tokens[i + 2].digits && tokens[i + 1].text.size() <= 2 &&
            tokens[i + 2].text.size() == 4) {
            const int d = std::stoi(tokens[i + 1].text);
            const int y = std::stoi(tokens[i + 2].text);
            if (validDay(y, month, d)) return iso(y, month, d);
        }
        // Day Month Year
        if (i >= 1 && i + 1 < tokens.size() && tokens[i - 1].digits && tokens[i + 1].digits &&
            tokens[i - 1].text.size() <= 2 && tokens[i + 1].text.size() == 4) {
            const int d = std::stoi(tokens[i - 1].text);
            const int y = std::stoi(tokens[i + 1].text);
            if (validDay(y, month, d)) return iso(y, month, d);
        }
    }
    return std::nullopt;
}

std::optional<std::string> dateFromUrl(std::string_view url) {
    // Only the path: skip "scheme://host".
    std::size_t start = url.find("://");
    start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
    if (start == std::string_view::npos) return std::nullopt;
    const std::string path(url.substr(start));
    for (std::size_t i = 0; i + 8 <= path.size(); ++i) {
        if (path[i] != '/' || std::isdigit(static_cast<unsigned char>(path[i + 1])) == 0) continue;
        int y = 0;
        int m = 0;
        int d = 0;
        char s1 = 0;
        char s2 = 0;
        const std::string rest = path.substr(i + 1, 10);
        const int got = std::sscanf(rest.c_str(), "%4d%c%2d%c%2d", &y, &s1, &m, &s2, &d);
        if (got == 5 && s1 == s2 && (s1 == '/' || s1 == '-') && validDay(y, m, d) &&
            (i + 11 >= path.size() || std::isdigit(static_cast<unsigned char>(path[i + 11])) == 0))
            return iso(y, m, d);
        if (got >= 3 && s1 == '/' && y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && rest.size() >= 7 && rest[4] == '/' &&
            std::isdigit(static_cast<unsigned char>(rest[5])) != 0 && std::isdigit(static_cast<unsigned char>(rest[6])) != 0 &&
            (rest.size() == 7 || rest[7] == '/')) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
            return std::string(buf);
        }
    }
    return std::nullopt;
}

}  // namespace parallax::formats::html
