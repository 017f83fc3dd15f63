#include "core/annotate/numbers.h"

#include <cmath>
#include <cstdlib>
#include <string_view>

namespace parallax::annotate {
namespace {

struct Scale {
    std::string_view word;
    double factor;
};

// Scale words after a figure or a number word; "bn"/"mn" as in "€20bn", "$5mn".
constexpr Scale kScaleWords[] = {
    {"hundred", 1e2},  {"thousand", 1e3}, {"million", 1e6},  {"millions", 1e6}, {"billion", 1e9},
    {"billions", 1e9}, {"trillion", 1e12}, {"bn", 1e9},      {"mn", 1e6},       {"mln", 1e6},
    {"bln", 1e9},      {"tn", 1e12},       {"trn", 1e12},    {"crore", 1e7},    {"lakh", 1e5},
};

double scaleWord(const std::string& lower) {
    for (const auto& s : kScaleWords)
        if (lower == s.word) return s.factor;
    return 0;
}

double letterScale(const std::string& lower) {
    if (lower == "k") return 1e3;
    if (lower == "m") return 1e6;
    if (lower == "b") return 1e9;
    if (lower == "t") return 1e12;
    return 0;
}

double cjkScale(std::string_view c) {
    if (c == "十") return 10;
    if (c == "百") return 1e2;
    if (c == "千") return 1e3;
    if (c == "万" || c == "萬") return 1e4;
    if (c == "亿" || c == "億") return 1e8;
    return 0;
}

int cjkDigit(std::string_view c) {
    static constexpr std::string_view digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int d = 0; d < 10; ++d)
        if (c == digits[d]) return d;
    if (c == "两" || c == "兩" || c == "〇") return c == "〇" ? 0 : 2;
    return -1;
}

bool isCjkNumeral(std::string_view c) { return cjkDigit(c) >= 0 || cjkScale(c) > 0; }

// "1,234.50" -> 1234.5 with the half unit of its last digit; trailing zeros of an integer are read as
// rounding, but never to more than a tenth of the value ("100" is 95-105, not 50-150).
bool parseFigure(std::string_view s, double& value, double& half) {
    std::string digits;
    int decimals = -1;
    for (char c : s) {
        if (c == ',') continue;
        if (c == '.') {
            if (decimals >= 0) return false;
            decimals = 0;
            digits.push_back('.');
            continue;
        }
        if (c < '0' || c > '9') return false;
        digits.push_back(c);
        if (decimals >= 0) ++decimals;
    }
    if (digits.empty() || digits == ".") return false;
    value = std::strtod(digits.c_str(), nullptr);
    if (decimals > 0) {
        half = 0.5 * std::pow(10.0, -decimals);
        return true;
    }
    int zeros = 0;
    for (auto it = digits.rbegin(); it != digits.rend() && *it == '0' && zeros + 1 < static_cast<int>(digits.size());
         ++it)
        ++zeros;
    half = 0.5 * std::pow(10.0, zeros);
    while (zeros > 0 && half > value * 0.1) {
        --zeros;
        half = 0.5 * std::pow(10.0, zeros);
    }
    return true;
}

// Applies scale words/characters after a figure; returns the combined factor and advances `j`.
double trailingScale(const std::vector<Tok>& toks, std::size_t& j) {
    double factor = 1;
    // Chinese scale characters glued to the figure: 578.9亿, 3万, 1.2万亿, 5百万
    bool cjk = false;
    while (j < toks.size() && toks[j].kind == TokKind::Cjk && adjacent(toks[j - 1], toks[j])) {
        double f = cjkScale(toks[j].text);
        if (f < 100) break;  // 十 after a figure is not a scale in practice
        factor *= f;
        cjk = true;
        ++j;
    }
    if (cjk) return factor;
    if (j < toks.size() && (toks[j].kind == TokKind::Word)) {
        double f = scaleWord(toks[j].lower);
        if (f > 0) {
            factor = f;
            ++j;
            // "two hundred million", "1.5 hundred thousand" are rare but cheap to take
            if (f == 1e2 && j < toks.size()) {
                double g = scaleWord(toks[j].lower);
                if (g >= 1e3) {
                    factor *= g;
                    ++j;
                }
            }
        }
    }
    return factor;
}

std::optional<NumberMatch> englishWords(const std::vector<Tok>& toks, std::size_t i) {
    std::size_t j = i;
    double value = 0;
    const std::string& w = toks[i].lower;
    if ((w == "a" || w == "an") && i + 1 < toks.size()) {
        const std::string& next = toks[i + 1].lower;
        if (next == "dozen") {
            value = 12;
            j = i + 2;
        } else if (double f = scaleWord(next); f > 0 && next != "bn" && next != "mn") {
            value = f;
            j = i + 2;
            if (j < toks.size())
                if (double g = scaleWord(toks[j].lower); g > f) {
                    value *= g;
                    ++j;
                }
        } else {
            return std::nullopt;
        }
        NumberMatch m;
        m.value = value;
        m.halfUnit = 0.5;
        m.end = j;
        m.words = true;
        m.scaled = value >= 100;
        return m;
    }
    int n = smallNumberWord(w);
    if (n < 0) return std::nullopt;
    value = n;
    j = i + 1;
    // twenty-five
    if (n >= 20 && n % 10 == 0 && j + 1 < toks.size() && isDash(toks[j].text) && adjacent(toks[j - 1], toks[j]) &&
        adjacent(toks[j], toks[j + 1])) {
        int u = smallNumberWord(toks[j + 1].lower);
        if (u > 0 && u < 10) {
            value += u;
            j += 2;
        }
    }
    NumberMatch m;
    m.words = true;
    double factor = trailingScale(toks, j);
    m.value = value * factor;
    m.halfUnit = 0.5 * factor;
    m.scaled = factor > 1;
    m.factor = factor;
    m.end = j;
    return m;
}

}  // namespace

int smallNumberWord(const std::string& w) {
    static constexpr std::string_view units[] = {
        "zero",    "one",     "two",       "three",    "four",     "five",    "six",
        "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
    static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                "ninety"};
    // Asked of every token by the time rules: most words are too short, too long or start with another letter.
    if (w.size() < 3 || w.size() > 9 || std::string_view("zotfsen").find(w[0]) == std::string_view::npos) return -1;
    for (int k = 0; k < 20; ++k)
        if (w == units[k]) return k;
    for (int k = 0; k < 8; ++k)
        if (w == tens[k]) return 20 + 10 * k;
    return -1;
}

double chineseNumeral(std::string_view text) {
    double total = 0, section = 0, number = 0;
    bool any = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = 3;  // every character handled here is a 3-byte UTF-8 sequence
        if (i + len > text.size()) return -1;
        std::string_view c = text.substr(i, len);
        i += len;
        if (int d = cjkDigit(c); d >= 0) {
            number = d;
            any = true;
            continue;
        }
        double f = cjkScale(c);
        if (f == 0) return -1;
        any = true;
        if (f == 1e8) {
            total = (total + section + number) * f;
            section = 0;
        } else if (f == 1e4) {
            total += (section + number) * f;
            section = 0;
        } else {
            section += (number == 0 ? 1 : number) * f;
        }
        number = 0;
    }
    return any ? total + section + number : -1;
}

std::optional<NumberMatch> parseNumberAt(const std::vector<Tok>& toks, std::size_t i, bool letterScales) {
    if (i >= toks.size()) return std::nullopt;
    const Tok& t = toks[i];
    if (t.kind == TokKind::Number) {
        NumberMatch m;
        if (!parseFigure(t.text, m.value, m.halfUnit)) return std::nullopt;
        std::size_t j = i + 1;
        double factor = trailingScale(toks, j);
        // "5 m" is not a scale, but "$5m" glued is handled below for Alnum; here only words/characters.
        m.value *= factor;
        m.halfUnit *= factor;
        m.scaled = factor > 1;
        m.factor = factor;
        m.end = j;
        return m;
    }
    if (t.kind == TokKind::Alnum && t.text.front() >= '0' && t.text.front() <= '9') {
        std::size_t k = 0;
        while (k < t.text.size() && ((t.text[k] >= '0' && t.text[k] <= '9') || t.text[k] == ',' || t.text[k] == '.'))
            ++k;
        std::string_view fig = t.text.substr(0, k);
        std::string suffix(t.text.substr(k));
        for (char c : suffix)
            if (c >= '0' && c <= '9') return std::nullopt;  // "4o3" is a code, not a number
        NumberMatch m;
        if (!parseFigure(fig, m.value, m.halfUnit)) return std::nullopt;
        std::string low = asciiLower(suffix);
        double f = scaleWord(low);
        if (f == 0 && letterScales) f = letterScale(low);
        if (f > 0 && low != "hundred") {
            m.value *= f;
            m.halfUnit *= f;
            m.scaled = true;
            m.factor = f;
        } else {
            m.suffix = suffix;
        }
        m.end = i + 1;
        return m;
    }
    if (t.kind == TokKind::Word) return englishWords(toks, i);
    if (t.kind == TokKind::Cjk && isCjkNumeral(t.text) && cjkScale(t.text) != 1e4 && cjkScale(t.text) != 1e8) {
        std::size_t j = i;
        std::string run;
        while (j < toks.size() && toks[j].kind == TokKind::Cjk && isCjkNumeral(toks[j].text) &&
               (j == i || adjacent(toks[j - 1], toks[j]))) {
            run += toks[j].text;
            ++j;
        }
        double v = chineseNumeral(run);
        if (v < 0) return std::nullopt;
        NumberMatch m;
        m.value = v;
        m.halfUnit = 0.5;
        m.end = j;
        m.words = true;
        m.scaled = v >= 1e4;
        return m;
    }
    return std::nullopt;
}

}  // namespace parallax::annotate
