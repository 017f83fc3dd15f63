// The hand-written scanners that replaced std::regex in the extractor and the readers find exactly what the
// regular expressions found: each is compared with its old pattern (kept here, and only here) on typical lines,
// near misses and many random lines built from the pieces the pattern cares about.
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "core/extract/dates.h"
#include "core/extract/header.h"
#include "core/extract/line_scanners.h"
#include "core/formats/html/metadata.h"
#include "core/formats/pdf/pdf_reader.h"

using namespace parallax;

namespace {

// ---- the old patterns, as they were ----

std::optional<std::string> oldCopyright(const std::string& text) {
    static const std::regex re(
        "(?:\xC2\xA9|\\b[Cc]opyright(?: \xC2\xA9| \\([cC]\\))?)\\s*"
        "(?:[0-9]{4}(?:\\s*(?:-|\xE2\x80\x93)\\s*[0-9]{4})?,?\\s+)?"
        "((?:[A-Z][A-Za-z0-9&'\\-]*\\.?)(?:\\s+(?:[A-Z&][A-Za-z0-9&'\\-]*\\.?|of|and|the|for))*)",
        std::regex::ECMAScript);
    std::smatch m;
    if (!std::regex_search(text, m, re)) return std::nullopt;
    return m[1].str();
}

std::optional<std::string> oldDomain(const std::string& line) {
    static const std::regex re("^\\s*(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,12})(?:/\\S*)?\\s*$",
                               std::regex::ECMAScript | std::regex::icase);
    std::smatch m;
    if (!std::regex_match(line, m, re)) return std::nullopt;
    return m[1].str();
}

struct OldDateline {
    std::optional<std::string> date;
    std::string outlet;
    std::size_t length = 0;
    bool operator==(const OldDateline&) const = default;
};

std::optional<OldDateline> oldDateline(const std::string& head) {
    static const std::string kMonth =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    static const std::regex re(
        "^\\s*(?:[A-Z][A-Za-z .'\\-]{1,40}(?:,\\s*[A-Z][A-Za-z .]{1,30})?,?\\s+)?"
        "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?"
        "(" + kMonth + "\\s+\\d{1,2}(?:,\\s*(?:19|20)\\d\\d)?)?\\s*"
        "\\(([A-Z][A-Za-z.&' ]{1,30})\\)\\s*(?:-{1,2}|\xE2\x80\x93|\xE2\x80\x94)\\s*");
    std::smatch m;
    if (!std::regex_search(head, m, re)) return std::nullopt;
    OldDateline d;
    if (m[1].matched) d.date = m[1].str();
    d.outlet = m[2].str();
    d.length = static_cast<std::size_t>(m.length(0));
    return d;
}

std::optional<OldDateline> newDateline(const std::string& head) {
    auto m = extract::scanDateline(head);
    if (!m) return std::nullopt;
    OldDateline d;
    if (m->date) d.date = std::string(*m->date);
    d.outlet = std::string(m->outlet);
    d.length = m->length;
    return d;
}

std::vector<std::string> oldMetaKeys(const std::string& property) {
    static const std::regex re(
        R"((article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name))",
        std::regex::icase);
    std::vector<std::string> keys;
    for (auto it = std::sregex_iterator(property.begin(), property.end(), re); it != std::sregex_iterator(); ++it) {
        std::string key;
        for (char c : it->str())
            if (!std::isspace(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        keys.push_back(key);
    }
    return keys;
}

bool oldPageNumber(const std::string& line) {
    static const std::regex re("^\\s*(?:page\\s+)?[-\xE2\x80\x93 ]*\\d{1,4}[-\xE2\x80\x93 ]*(?:(?:of|/)\\s*\\d{1,4})?\\s*$",
                               std::regex::ECMAScript | std::regex::icase);
    return line.size() < 40 && std::regex_match(line, re);
}

std::optional<std::string> str(std::optional<std::string_view> v) {
    return v ? std::optional<std::string>(std::string(*v)) : std::nullopt;
}

/// Random lines of 0..n pieces: the pieces each pattern looks for, and their near misses.
std::vector<std::string> randomLines(const std::vector<std::string>& pieces, std::size_t count, std::size_t maxPieces,
                                     unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), len(0, maxPieces);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string s;
        for (std::size_t k = len(rng); k > 0; --k) s += pieces[pick(rng)];
        out.push_back(std::move(s));
    }
    return out;
}

/// Random lines that follow a shape: one option per slot (an option may be empty or a near miss), so that many
/// of them match and the rest fail late.
std::vector<std::string> shapedLines(const std::vector<std::vector<std::string>>& slots, std::size_t count,
                                     unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string s;
        for (const auto& options : slots) s += options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(rng)];
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

TEST(LineScanners, CopyrightHolderLikeThePattern) {
    const std::vector<std::string> typical = {
        "\xC2\xA9 2024 Acme Media Ltd. All rights reserved.",
        "Copyright (c) 2019-2024, Harbour Post Group",
        "Copyright \xC2\xA9 2019 \xE2\x80\x93 2025 The Bank of England and the Treasury",
        "All content copyright Northwind Daily often quoted",
        "\xC2\xA9 Reuters",
        "Photo: \xC2\xA9 2023 AFP / Getty Images",
        "mycopyright 2020 Acme",       // no word boundary before the word
        "\xC2\xA9 2020 acme media",   // no capital: no holder
        "\xC2\xA9 20201 Acme",          // five digits are not a year
        "\xC2\xA9 2020 -2021x Acme",    // a broken range
        "\xC2\xA9 2024 \xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE",  // © 2024 新华社: no Latin capital
        "Copyright \xC2\xA9 ",
        ""};
    for (const auto& t : typical) EXPECT_EQ(str(extract::scanCopyrightHolder(t)), oldCopyright(t)) << t;
    EXPECT_EQ(extract::parseCopyrightNotice("\xC2\xA9 2024 Acme Media Ltd. All rights reserved."), "Acme Media");
    EXPECT_EQ(extract::parseCopyrightNotice("\xC2\xA9 2024 \xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE"), std::nullopt);

    const std::vector<std::string> pieces = {
        "\xC2\xA9", "Copyright", "copyright", "xcopyright", " (c)", " (C)", " ", "  ", "\t", "\n", "2024", "1999",
        "202", "-", "\xE2\x80\x93", ",", ".", "Acme", "Media", "Ltd.", "of", "and", "the", "for", "often", "&",
        "O'Brien", "x", "_", "9", "\xE6\x96\xB0", "A-1"};
    for (const auto& t : randomLines(pieces, 20000, 12, 11))
        ASSERT_EQ(str(extract::scanCopyrightHolder(t)), oldCopyright(t)) << "\"" << t << "\"";
}

TEST(LineScanners, DomainLineLikeThePattern) {
    const std::vector<std::string> typical = {
        "www.example.co.uk", "  https://News.Example.com/2024/story?id=1  ", "http://www.com", "www.com",
        "example", "example.c", "example.abcdefghijklm", "a..b.com", ".example.com", "example.com.",
        "example.com/a b", "example.com extra", "sub-domain.example.org\t", "x1.y2.z3", "https://example",
        "\xE4\xBE\x8B\xE5\xAD\x90.com", ""};
    for (const auto& t : typical) EXPECT_EQ(str(extract::scanDomainLine(t)), oldDomain(t)) << t;
    EXPECT_EQ(extract::parseDomainLine("  WWW.Example.COM/path "), "example.com");
    EXPECT_EQ(extract::parseDomainLine("Read more at example.com"), std::nullopt);

    const std::vector<std::string> pieces = {"www.", "WWW.", "http://", "https://", "HTTPS://", "ftp://", "example",
                                             "co", "uk", "-", ".", "..", "1", "/", "/path", "?q=1", " ", "\t", "a",
                                             "abcdefghijklm", "x_y", "\xC3\xA9"};
    for (const auto& t : randomLines(pieces, 20000, 8, 12))
        ASSERT_EQ(str(extract::scanDomainLine(t)), oldDomain(t)) << "\"" << t << "\"";
    const std::vector<std::vector<std::string>> shape = {
        {"", " ", "\t "}, {"", "http://", "https://", "HTTP://", "http:/"}, {"", "www.", "WWW.", "www"},
        {"news.", "a-b.", "x1.", "", ".", "a..", "-."}, {"example.", "Example.", "ex_ample.", "www."},
        {"com", "co.uk", "c", "abcdefghijkl", "abcdefghijklm", "com1", "", "com."},
        {"", "/", "/path", "/a b", "?x", "/\xC3\xA9"}, {"", " ", "\n", " x"}};
    for (const auto& t : shapedLines(shape, 20000, 22))
        ASSERT_EQ(str(extract::scanDomainLine(t)), oldDomain(t)) << "\"" << t << "\"";
}

TEST(LineScanners, DatelineLikeThePattern) {
    const std::vector<std::string> typical = {
        "LONDON, Jan 9 (Reuters) - Shares rose on Thursday.",
        "WASHINGTON, D.C., March 4, 2025 (AP) -- The Senate voted.",
        "New York Jan 5 (Reuters) \xE2\x80\x93 Oil fell.",
        "Tuesday, Sept. 12 (Bloomberg) \xE2\x80\x94 Rates held.",
        "(AP) -- A storm hit the coast.",
        "  SAN FRANCISCO (Reuters) - Apple said",
        "The company said (in a statement) - nothing",
        "BEIJING, Sepember 3 (Xinhua) - x",
        "PARIS, June 31, 1899 (AFP) - x",
        "TOKYO, Dec 123 (Kyodo) - x",
        "Officials in the city of Springfield, Illinois said on Monday (local time) - no dash",
        "\xE5\x8C\x97\xE4\xBA\xAC (\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE) - x",  // 北京 (新华社): no Latin outlet
        ""};
    for (const auto& t : typical) EXPECT_EQ(newDateline(t), oldDateline(t)) << t;
    auto d = extract::findDateline("LONDON, Jan 9 (Reuters) - Shares rose.", 2025);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->outlet, "Reuters");
    ASSERT_TRUE(d->date);
    EXPECT_EQ(d->date->iso(), "2025-01-09");

    const std::vector<std::string> pieces = {
        "LONDON", "New York", "D.C.", "O'Hare", "St-Lo", ",", ", ", " ", "  ", "\t", "Mon", "Monday", "Tuesday,",
        "Sun", "Jan", "January", "Sept", "September", "Sep", "Sepember", "June", "Jun", "May", ".", "5", "12", "123",
        "2024", "1999", "2124", "(", ")", "(Reuters)", "(AP)", "Reuters", "A&B", "-", "--", "---",
        "\xE2\x80\x93", "\xE2\x80\x94", "x", "said", "1"};
    for (const auto& t : randomLines(pieces, 20000, 14, 13)) {
        const std::string head = t.substr(0, 160);
        ASSERT_EQ(newDateline(head), oldDateline(head)) << "\"" << head << "\"";
    }
    const std::vector<std::vector<std::string>> shape = {
        {"", " ", "\t"},
        {"", "LONDON", "New York", "ST. LOUIS", "O'Hare", "Abcdefghij Abcdefghij Abcdefghij Abcdefghij", "Jan", "Mon"},
        {"", ",", ", D.C.", ", Illinois", ",  Xy z", ", Abcdefghij Abcdefghij Abcdefghij x"}, {"", ",", " ,"},
        {"", " ", " ", "  "}, {"", "", "", "Monday", "Tue", "Thursday,", "Fri,", "Sunday ", "Mond4y"}, {" ", " ", "", "\t"},
        {"", "Jan", "January", "Sept", "September", "Sepember", "Sep", "June", "Jun", "Julys", "May", "Dec"},
        {"", "", ".", ". "}, {" ", " ", "", "  "}, {"5", "12", "", "123", "x"}, {"", "", ",", ", ", ",  "},
        {"", "2024", "1999", "2124", "19"}, {" ", " ", "", "\t"},
        {"(Reuters)", "(AP)", "(A)", "(reuters)", "(Abcdefghij Abcdefghij Abcdefghij)", "(Abcdefghij Abcdefghij Abcdefghi)",
         "(A&B's L.P.)", "Reuters)", "(Reuters"},
        {" ", " ", "", "  "}, {"-", "--", "---", "\xE2\x80\x93", "\xE2\x80\x94", "", "x"}, {"", " ", "  "}, {"", "Text", "x"}};
    for (const auto& t : shapedLines(shape, 20000, 23)) {
        const std::string head = t.substr(0, 160);
        ASSERT_EQ(newDateline(head), oldDateline(head)) << "\"" << head << "\"";
    }
}

TEST(LineScanners, MetaPropertyKeysLikeThePattern) {
    const std::vector<std::string> typical = {"og:title", "OG : Title", "og:article:author", "og:title twitter:title",
                                              "dcterm:creator", "dcterms:creator", "dc:site_name", "xog:titles",
                                              "og:url", "article:published_time", "twitter: description", ""};
    for (const auto& t : typical) EXPECT_EQ(formats::html::metaPropertyKeys(t), oldMetaKeys(t)) << t;
    EXPECT_EQ(formats::html::metaPropertyKeys("og:title twitter:title"),
              (std::vector<std::string>{"og:title", "twitter:title"}));

    const std::vector<std::string> pieces = {"og", "OG", "dc", "dcterm", "dcterms", "twitter", "article", ":", " ",
                                             "\t", "title", "Title", "author", "site_name", "published_time",
                                             "creator", "description", "x", "url"};
    for (const auto& t : randomLines(pieces, 20000, 8, 14))
        ASSERT_EQ(formats::html::metaPropertyKeys(t), oldMetaKeys(t)) << "\"" << t << "\"";
}

TEST(LineScanners, PageNumberLikeThePattern) {
    const std::vector<std::string> typical = {"12", "- 3 -", "Page 4 of 9", "page 4/9", "4 / 12", "Pages 4",
                                              "Page4", "12345", "\xE2\x80\x93 7 \xE2\x80\x93", "3 of", "of 3",
                                              "  7\t", "7\t-", "Chapter 3", "", "1 2"};
    for (const auto& t : typical) EXPECT_EQ(formats::pdf::isPageNumber(t), oldPageNumber(t)) << t;
    EXPECT_TRUE(formats::pdf::isPageNumber("Page 4 of 9"));
    EXPECT_FALSE(formats::pdf::isPageNumber("Chapter 3"));

    const std::vector<std::string> pieces = {"page", "Page", "PAGE", " ", "\t", "-", "\xE2\x80\x93", "\xE2", "\x93",
                                             "1", "12", "123", "of", "OF", "/", "x", "pages"};
    for (const auto& t : randomLines(pieces, 20000, 9, 15))
        ASSERT_EQ(formats::pdf::isPageNumber(t), oldPageNumber(t)) << "\"" << t << "\"";
}
