// Month names and the tokenizer of the date scanner. The lists are how the month is printed in a date
// line ("19. August 2019", "2 de novembro de 2023", "19 августа 2019"), full names and the usual
// abbreviations; a word that is also a common word in another language ("set", "out", "gen") only counts
// next to a day and a year.
#include "core/extract/date_words.h"
#include "core/ingest/utf8.h"

#include <array>
#include <unordered_map>

#include "core/extract/textutil.h"

namespace parallax::extract {

namespace {

struct Entry {
    const char* word;
    int month;
};

// Full names (genitive forms where a language uses them in dates) and abbreviations, lower case.
constexpr Entry kMonths[] = {
    // English
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4}, {"apr", 4},
    {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8}, {"september", 9},
    {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12},
    {"dec", 12},
    // German (with Austrian Jänner)
    {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"februar", 2}, {"feber", 2}, {"märz", 3}, {"mär", 3}, {"mrz", 3},
    {"maerz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12},
    {"dez", 12},
    // French
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fév", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5}, {"giugno", 6},
    {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9}, {"ottobre", 10}, {"ott", 10},
    {"dicembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10}, {"novembro", 11}, {"dezembro", 12},
    // Dutch, Indonesian, Scandinavian
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"maret", 3}, {"mei", 5}, {"augustus", 8},
    {"agustus", 8}, {"augusti", 8}, {"desember", 12}, {"des", 12}, {"maj", 5}, {"juni", 6},
    // Finnish (nominative and the partitive of dates: "19. helmikuuta 2020")
    {"tammikuu", 1}, {"tammikuuta", 1}, {"helmikuu", 2}, {"helmikuuta", 2}, {"maaliskuu", 3},
    {"maaliskuuta", 3}, {"huhtikuu", 4}, {"huhtikuuta", 4}, {"toukokuu", 5}, {"toukokuuta", 5},
    {"kesäkuu", 6}, {"kesäkuuta", 6}, {"heinäkuu", 7}, {"heinäkuuta", 7}, {"elokuu", 8}, {"elokuuta", 8},
    {"syyskuu", 9}, {"syyskuuta", 9}, {"lokakuu", 10}, {"lokakuuta", 10}, {"marraskuu", 11},
    {"marraskuuta", 11}, {"joulukuu", 12}, {"joulukuuta", 12},
    // Polish (genitive)
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6}, {"lipca", 7},
    {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"listopada", 11}, {"grudnia", 12},
    // Russian (genitive and nominative)
    {"января", 1}, {"январь", 1}, {"янв", 1}, {"февраля", 2}, {"февраль", 2}, {"фев", 2}, {"марта", 3},
    {"март", 3}, {"апреля", 4}, {"апрель", 4}, {"апр", 4}, {"мая", 5}, {"май", 5}, {"июня", 6}, {"июнь", 6},
    {"июля", 7}, {"июль", 7}, {"августа", 8}, {"август", 8}, {"авг", 8}, {"сентября", 9}, {"сентябрь", 9},
    {"сен", 9}, {"октября", 10}, {"октябрь", 10}, {"окт", 10}, {"ноября", 11}, {"ноябрь", 11}, {"ноя", 11},
    {"декабря", 12}, {"декабрь", 12}, {"дек", 12},
    // Ukrainian (genitive)
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6}, {"липня", 7},
    {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11}, {"грудня", 12},
};

// Abbreviations that are also everyday words somewhere ("set", "out", "des", "gen", "ago", "mag"): months only
// between a day and a year.
constexpr std::array<std::string_view, 12> kNeedYear = {"set", "out", "des", "gen", "ago", "mag", "ene", "abr",
                                                        "giu", "lug", "ott", "dic"};

const std::unordered_map<std::string_view, int>& monthTable() {
    static const std::unordered_map<std::string_view, int> table = [] {
        std::unordered_map<std::string_view, int> t;
        for (const Entry& e : kMonths) t.emplace(e.word, e.month);
        return t;
    }();
    return table;
}

/// Lower case for the scripts month names use: ASCII, Latin-1 and Latin Extended-A capitals, Cyrillic.
char32_t lowerCase(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x17F && c % 2 == 0) return c + 1;  // most of Latin Extended-A pairs upper/lower
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return c;
}

int digitValue(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);  // full-width digits
    return -1;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

}  // namespace

MonthWord monthWord(std::string_view lower) {
    const auto& table = monthTable();
    const auto it = table.find(lower);
    if (it == table.end()) return {};
    bool yearless = true;
    for (std::string_view w : kNeedYear) yearless = yearless && w != lower;
    return MonthWord{it->second, yearless};
}

std::vector<DateToken> dateTokens(std::string_view text) {
    std::vector<DateToken> out;
    std::string gap;
    bool space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t at = i;
        const char32_t c = nextCodePoint(text, i);
        if (digitValue(c) >= 0) {
            DateToken t{DateToken::Kind::Number, at, at, {}, 0, gap, space};
            std::size_t j = at;
            while (j < text.size()) {
                std::size_t k = j;
                const int v = digitValue(nextCodePoint(text, k));
                if (v < 0) break;
                t.text += static_cast<char>('0' + v);
                if (t.value < 100000000) t.value = t.value * 10 + v;
                j = k;
            }
            t.end = i = j;
            out.push_back(std::move(t));
        } else if (isCjk(c)) {
            out.push_back(DateToken{DateToken::Kind::Ideograph, at, i, std::string(text.substr(at, i - at)), 0, gap, space});
        } else if (isWordChar(c)) {
            DateToken t{DateToken::Kind::Word, at, at, {}, 0, gap, space};
            std::size_t j = at;
            while (j < text.size()) {
                std::size_t k = j;
                const char32_t w = nextCodePoint(text, k);
                if (!isWordChar(w) || isCjk(w) || digitValue(w) >= 0) break;
                if (t.text.size() < 24) ingest::appendUtf8(t.text, lowerCase(w));
                j = k;
            }
            t.end = i = j;
            out.push_back(std::move(t));
        } else {
            if (isSpace(c)) space = true;
            else if (gap.size() < 4) gap.append(text.substr(at, i - at));
            continue;
        }
        gap.clear();
        space = false;
    }
    return out;
}

}  // namespace parallax::extract
