// Sentence views for the claim extractors. The fallbacks (names, dates, sentences) are deliberately
// plain: they let claims come out of text the other annotators have not reached, and they step aside as
// soon as real entities and times are there.
#include "core/annotate/claims_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/annotate/demonyms.h"
#include "core/util/ascii.h"

namespace parallax::annotate::claims {

namespace {

// util/ascii.h rather than <cctype>: a call per byte, and the C locale, which Qt sets from the environment in the
// GUI (under a Latin-1 locale <cctype> would take UTF-8 bytes for letters and "lower" them).
bool isAsciiDigit(unsigned char c) { return util::ascii::isDigit(static_cast<char>(c)); }
bool isAsciiUpper(unsigned char c) { return util::ascii::isUpper(static_cast<char>(c)); }
bool isAsciiSpace(unsigned char c) { return util::ascii::isSpace(static_cast<char>(c)); }
char asciiLowerByte(unsigned char c) { return util::ascii::toLower(static_cast<char>(c)); }
bool isAsciiAlnum(unsigned char c) { return util::ascii::isAlnum(static_cast<char>(c)); }

/// Length of a special UTF-8 punctuation sequence at text[i] and the ASCII it reads as; 0 if none.
std::size_t specialAt(std::string_view text, std::size_t i, char& as) {
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80) {
        unsigned char third = static_cast<unsigned char>(text[i + 2]);
        if (third == 0x98 || third == 0x99) { as = '\''; return 3; }
        if (third == 0x9C || third == 0x9D) { as = '"'; return 3; }
        if (third == 0x93 || third == 0x94) { as = '-'; return 3; }
        if (third == 0xA6) { as = '.'; return 3; }
        if (third >= 0x80 && third <= 0x8F) { as = ' '; return 3; }  // spaces of various widths
        as = '?';
        return 3;
    }
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        as = ' ';
        return 2;
    }
    return 0;
}

bool wordByteAt(std::string_view text, std::size_t i) {
    char as = 0;
    if (specialAt(text, i, as) != 0) return false;
    auto c = static_cast<unsigned char>(text[i]);
    return isAsciiAlnum(c) || c >= 0x80;
}

}  // namespace

std::vector<Word> splitWords(std::string_view text, Span range) {
    std::vector<Word> out;
    std::size_t i = range.start;
    const std::size_t end = std::min(range.end, text.size());
    // About one word or mark per five bytes of news text: room made once instead of by doubling.
    if (end > i) out.reserve((end - i) / 5 + 4);
    while (i < end) {
        char as = 0;
        std::size_t special = specialAt(text, i, as);
        auto c = static_cast<unsigned char>(text[i]);
        if (special == 0 && (isAsciiSpace(c) || c < 0x20)) { ++i; continue; }
        if (special != 0 && as == ' ') { i += special; continue; }
        if (special != 0 || !(isAsciiAlnum(c) || c >= 0x80)) {
            std::size_t len = special != 0 ? special : 1;
            char p = special != 0 ? as : static_cast<char>(c);
            // Possessive 's after a word: its own word so that names end before it.
            if (p == '\'' && i + len < end && (text[i + len] == 's' || text[i + len] == 'S') &&
                (i + len + 1 >= end || !wordByteAt(text, i + len + 1)) && !out.empty() && !out.back().punct) {
                out.push_back({{i, i + len + 1}, "'s", false, false, true});
                i += len + 1;
                continue;
            }
            out.push_back({{i, i + len}, std::string(1, p), false, false, true});
            i += len;
            continue;
        }
        std::size_t j = i;
        std::string lower;
        bool digit = false;
        while (j < end) {
            if (wordByteAt(text, j)) {
                auto b = static_cast<unsigned char>(text[j]);
                digit = digit || isAsciiDigit(b);
                lower.push_back(asciiLowerByte(b));
                ++j;
                continue;
            }
            std::size_t len = specialAt(text, j, as);
            char p = len != 0 ? as : text[j];
            if (len == 0) len = 1;
            bool nextIsWord = j + len < end && wordByteAt(text, j + len);
            if (!nextIsWord) break;
            if (p == '-' && len == 1) { lower.push_back('-'); j += len; continue; }
            if (p == '.' && len == 1 && j > i) {
                auto prev = static_cast<unsigned char>(text[j - 1]);
                auto next = static_cast<unsigned char>(text[j + 1]);
                bool digits = isAsciiDigit(prev) && isAsciiDigit(next);
                bool initials = isAsciiUpper(prev) && isAsciiUpper(next) && (j + 2 >= end || !isAsciiAlnum(static_cast<unsigned char>(text[j + 2])));
                if (digits || initials) { lower.push_back('.'); j += len; continue; }
                break;
            }
            if (p == '\'') {
                // "can't" stays one word; "Huawei's" splits before the apostrophe.
                bool possessive = (text[j + len] == 's' || text[j + len] == 'S') &&
                                  (j + len + 1 >= end || !wordByteAt(text, j + len + 1));
                if (possessive) break;
                lower.push_back('\'');
                j += len;
                continue;
            }
            break;
        }
        Word w{{i, j}, std::move(lower), isAsciiUpper(c), digit, false};
        out.push_back(std::move(w));
        i = j;
    }
    return out;
}

int monthNumber(std::string_view w) {
    static constexpr std::array<std::string_view, 12> full = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
    static constexpr std::array<std::string_view, 12> abbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    for (std::size_t m = 0; m < 12; ++m) {
        if (w == full[m] || w == abbr[m] || (m == 8 && w == "sept")) return static_cast<int>(m) + 1;
    }
    return 0;
}

namespace {

bool isYear(const Word& w) {
    if (w.lower.size() != 4 || !std::all_of(w.lower.begin(), w.lower.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
        return false;
    int y = std::stoi(w.lower);
    return y >= 1900 && y <= 2100;
}

bool isDay(const Word& w) {
    std::string digits;
    for (char c : w.lower) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) digits.push_back(c);
        else if (digits.empty()) return false;
    }
    if (digits.empty() || digits.size() > 2) return false;
    std::string rest = w.lower.substr(digits.size());
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
    int d = std::stoi(digits);
    return d >= 1 && d <= 31;
}

std::string twoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

/// Dates written out in words [i, ...): "20 January 2025", "January 20, 2025", "November", "in 2024".
/// Returns the number of words used (0 when none) and the value.
std::size_t parseDateAt(const std::vector<Word>& w, std::size_t i, std::string& value) {
    std::size_t k = i;
    int day = 0;
    if (k < w.size() && isDay(w[k]) && k + 1 < w.size() && monthNumber(w[k + 1].lower) != 0) {
        day = std::stoi(w[k].lower);
        ++k;
    }
    if (k < w.size() && monthNumber(w[k].lower) != 0 && w[k].capital) {
        // "May" is also a modal verb: only as a date with a day or year beside it.
        bool may = w[k].lower == "may";
        int month = monthNumber(w[k].lower);
        ++k;
        if (day == 0 && k < w.size() && isDay(w[k])) { day = std::stoi(w[k].lower); ++k; }
        if (k < w.size() && w[k].lower == "," && k + 1 < w.size() && isYear(w[k + 1])) ++k;
        int year = 0;
        if (k < w.size() && isYear(w[k])) { year = std::stoi(w[k].lower); ++k; }
        if (may && day == 0 && year == 0) return 0;
        value = (year != 0 ? std::to_string(year) : std::string("XXXX")) + "-" + twoDigits(month);
        if (day != 0) value += "-" + twoDigits(day);
        return k - i;
    }
    if (i > 0 && i < w.size() && isYear(w[i]) && (w[i - 1].lower == "in" || w[i - 1].lower == "since" || w[i - 1].lower == "by")) {
        value = w[i].lower;
        return 1;
    }
    return 0;
}

bool nameStopWord(const std::string& lower) {
    static const std::vector<std::string> stops = {
        "the", "a", "an", "in", "on", "at", "for", "of", "and", "or", "but", "however", "this", "that", "these",
        "those", "it", "its", "he", "she", "they", "we", "i", "as", "while", "when", "after", "before", "with",
        "from", "by", "to", "despite", "although", "if", "is", "was", "are", "were", "what", "why", "how", "who",
        "q", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "ms", "mrs",
        "dr", "his", "her", "their", "our", "my", "according", "still", "also", "furthermore", "moreover"};
    return std::find(stops.begin(), stops.end(), lower) != stops.end();
}

bool pureNumber(const std::string& lower) {
    return !lower.empty() && std::all_of(lower.begin(), lower.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.' || c == ',';
    });
}

void fallbackMentions(std::string_view text, SentenceView& s, const ClaimLexicon& lex) {
    const Demonyms& demonyms = Demonyms::instance();
    std::size_t i = 0;
    while (i < s.words.size()) {
        const Word& w = s.words[i];
        bool starts = !w.punct && (w.capital || (w.digit && !pureNumber(w.lower))) && !nameStopWord(w.lower) &&
                      monthNumber(w.lower) == 0 && !lex.taxonomy.phrases().match(s.lower, i) && !lex.roles.match(s.lower, i);
        // "Norwegian", "the Americans": a word for a country's people or things is no name (peopleMentions reads
        // the people as their country where they own a figure).
        if (starts && (demonyms.adjectiveAt(s.lower, i) != nullptr || demonyms.peopleAt(s.lower, i) != nullptr)) {
            const Demonyms::Form* f = demonyms.peopleAt(s.lower, i);
            if (f == nullptr) f = demonyms.adjectiveAt(s.lower, i);
            i += f->words.size();
            continue;
        }
        if (!starts) { ++i; continue; }
        std::size_t j = i + 1;
        while (j < s.words.size()) {
            const Word& n = s.words[j];
            bool more = !n.punct && (n.capital || n.digit) && !nameStopWord(n.lower) && monthNumber(n.lower) == 0 &&
                        !lex.taxonomy.phrases().match(s.lower, j) && !lex.roles.match(s.lower, j);
            if (!more) break;
            ++j;
        }
        Mention m;
        m.first = i;
        m.last = j;
        m.span = wordsSpan(s, i, j);
        m.name = wordsText(text, s, i, j);
        bool anyDigit = false;
        for (std::size_t k = i; k < j; ++k) anyDigit = anyDigit || s.words[k].digit;
        m.kind = anyDigit ? EntityKind::Product : EntityKind::Other;
        s.mentions.push_back(std::move(m));
        i = j;
    }
}

void fallbackTimes(std::string_view text, SentenceView& s) {
    for (std::size_t i = 0; i < s.words.size();) {
        std::string value;
        std::size_t used = parseDateAt(s.words, i, value);
        if (used == 0) { ++i; continue; }
        s.times.push_back({i, i + used, wordsSpan(s, i, i + used), value, wordsText(text, s, i, i + used)});
        i += used;
    }
}

std::vector<Sentence> fallbackSentences(std::string_view text) {
    std::vector<Sentence> out;
    std::size_t start = 0;
    int paragraph = 0;
    auto flush = [&](std::size_t end, bool paragraphBreak) {
        while (start < end && std::isspace(static_cast<unsigned char>(text[start])) != 0) ++start;
        if (start < end) out.push_back({{start, end}, paragraph});
        if (paragraphBreak) ++paragraph;
        start = end;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
            flush(i, true);
        } else if ((c == '.' || c == '!' || c == '?') && i + 2 < text.size() && text[i + 1] == ' ' &&
                   (std::isupper(static_cast<unsigned char>(text[i + 2])) != 0 || text[i + 2] == '"')) {
            flush(i + 1, false);
        }
    }
    flush(text.size(), false);
    return out;
}

std::size_t wordIndexAt(const SentenceView& s, std::size_t byte) {
    // Words come in text order, so their ends rise: the first word ending after `byte` by binary search.
    auto it = std::partition_point(s.words.begin(), s.words.end(), [byte](const Word& w) { return w.span.end <= byte; });
    return static_cast<std::size_t>(it - s.words.begin());
}

/// Indexes of the spans ordered by start, so that a sentence finds the spans starting inside it by binary search
/// instead of scanning them all (sentences x entities was quadratic on long articles).
template <typename T>
std::vector<std::size_t> byStart(const std::vector<T>& items) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&items](std::size_t a, std::size_t b) { return items[a].span.start < items[b].span.start; });
    return order;
}

/// The indexes (in their original order) of the items whose span starts inside `range` (end included): the only
/// ones `range` can contain.
template <typename T>
std::vector<std::size_t> startingIn(const std::vector<T>& items, const std::vector<std::size_t>& order, Span range) {
    auto first = std::partition_point(order.begin(), order.end(),
                                      [&](std::size_t i) { return items[i].span.start < range.start; });
    auto last = std::partition_point(first, order.end(), [&](std::size_t i) { return items[i].span.start <= range.end; });
    std::vector<std::size_t> out(first, last);
    std::sort(out.begin(), out.end());  // the original order: mentions and times are pushed as before
    return out;
}

/// Fills the lookup indexes of a finished view (see SentenceView).
void indexView(SentenceView& v) {
    const std::size_t n = v.words.size();
    v.mentionLastMax.clear();
    std::size_t lastMax = 0;
    std::size_t lastEnd = 0;
    for (const Mention& m : v.mentions) {
        lastMax = std::max(lastMax, m.last);
        v.mentionLastMax.push_back(lastMax);
        lastEnd = std::max(lastEnd, m.last);
    }
    v.endingAt.assign(lastEnd + 1, 0);
    for (std::size_t k = 0; k < v.mentions.size(); ++k) {
        std::size_t& slot = v.endingAt[v.mentions[k].last];
        if (slot == 0) slot = k + 1;
    }
    for (std::size_t j = 1; j < v.endingAt.size(); ++j) {
        if (v.endingAt[j] == 0) v.endingAt[j] = v.endingAt[j - 1];  // the latest end at or before j
    }
    v.clauseFrom.assign(n + 1, 0);
    for (std::size_t k = 1; k <= n; ++k) v.clauseFrom[k] = v.lower[k - 1] == ";" ? k : v.clauseFrom[k - 1];
    v.clauseTo.assign(n + 1, n);
    for (std::size_t k = n; k-- > 0;) v.clauseTo[k] = v.lower[k] == ";" ? k : v.clauseTo[k + 1];
}

}  // namespace

namespace {

bool writesYear(std::string_view written) {
    for (std::size_t i = 0; i + 4 <= written.size(); ++i) {
        bool four = true;
        for (std::size_t k = i; k < i + 4; ++k) four = four && std::isdigit(static_cast<unsigned char>(written[k])) != 0;
        bool bounded = (i == 0 || std::isdigit(static_cast<unsigned char>(written[i - 1])) == 0) &&
                       (i + 4 == written.size() || std::isdigit(static_cast<unsigned char>(written[i + 4])) == 0);
        if (four && bounded) return true;
    }
    return false;
}

/// Words that tell "the Chinese" is the people doing something ("the Chinese won", "the French, who ...") and not
/// the adjective of a noun ("the Chinese carmaker").
bool actsNext(const SentenceView& v, std::size_t k) {
    if (k >= v.words.size() || v.words[k].punct) return true;
    const std::string& w = v.lower[k];
    if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return true;  // "finished", "claimed", "topped"
    static const std::array<std::string_view, 30> verbs = {
        "won", "win", "wins", "took", "take", "takes", "have", "has", "had", "are", "were", "will", "would",
        "lead", "leads", "led", "beat", "got", "get", "lost", "hold", "holds", "held", "sit", "sits", "sat",
        "remain", "remains", "who", "also"};
    return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

/// "in Paris", "at the 2024 Games", "during the Tokyo Olympics": a name after a preposition of place or time,
/// across an article, a year or other capitalised words.
bool placeOrTimeComplement(const SentenceView& v, std::size_t first) {
    for (std::size_t k = first, seen = 0; k-- > 0 && seen < 4; ++seen) {
        const std::string& w = v.lower[k];
        if (w == "in" || w == "at" || w == "during" || w == "on") return true;
        if (w != "the" && !v.words[k].digit && !v.words[k].capital) return false;
    }
    return false;
}

/// The people or the team of a country stand for it as a figure's owner: "the Americans won 42 silver medals",
/// "the Chinese finished with 40 golds", "the American team took 126 medals". Only after "the": "American
/// companies", "Chinese firms" and "a Norwegian" say where something is from, not who owns a figure. A form the
/// adjective shares ("Chinese") is the people only when a verb or a stop follows it. And only where the sentence
/// names no one else (the country itself aside): in "the Unified Team won 45 golds, while the Americans finished
/// second with 37" it tells of other Games and two teams; in "the Americans won 40 golds and the Chinese 38" the
/// second figure is not the Americans'.
void peopleMentions(SentenceView& v) {
    const Demonyms& demonyms = Demonyms::instance();
    std::vector<Mention> found;
    std::set<std::string> countries;  // every country a "the <demonym>" of the sentence writes, read or not
    for (std::size_t i = 0; i + 1 < v.words.size(); ++i) {
        if (v.lower[i] != "the" || !v.words[i + 1].capital) continue;
        const std::size_t k = i + 1;
        std::size_t end = 0;
        const Demonyms::Form* adjective = demonyms.adjectiveAt(v.lower, k);
        const Demonyms::Form* people = demonyms.peopleAt(v.lower, k);
        if (adjective != nullptr) countries.insert(adjective->country);
        if (people != nullptr) countries.insert(people->country);
        const Demonyms::Form* form = adjective;
        if (adjective != nullptr) {
            const std::size_t after = k + adjective->words.size();
            if (after < v.lower.size() && (v.lower[after] == "team" || v.lower[after] == "squad" ||
                                           v.lower[after] == "delegation" || v.lower[after] == "contingent"))
                end = after + 1;
        }
        if (end == 0 && people != nullptr && (!people->adjectiveToo || actsNext(v, k + people->words.size()))) {
            form = people;
            end = k + people->words.size();
        }
        if (end == 0) continue;
        Mention m;
        m.first = k;
        m.last = end;
        m.span = wordsSpan(v, k, end);
        m.name = form->country;
        m.kind = EntityKind::Place;
        found.push_back(std::move(m));
    }
    if (found.empty() || countries.size() > 1) return;
    // "the American Red Cross" is a name the entity finder already read; any other name may own the figure, unless
    // it only says where or when ("in Paris", "at the 2024 Games").
    for (const Mention& m : v.mentions)
        if (m.name != found.front().name && !placeOrTimeComplement(v, m.first)) return;
    for (Mention& m : found) {
        const bool covered = std::any_of(v.mentions.begin(), v.mentions.end(),
                                         [&](const Mention& n) { return n.first < m.last && n.last > m.first; });
        if (!covered) v.mentions.push_back(std::move(m));
    }
}

}  // namespace

std::vector<SentenceView> buildViews(std::string_view text, const Annotations& ann, const ClaimLexicon& lex, bool weakAnchor) {
    std::vector<Sentence> sentences = ann.sentences.empty() ? fallbackSentences(text) : ann.sentences;
    std::vector<SentenceView> views;
    views.reserve(sentences.size());
    const std::vector<std::size_t> entityOrder = byStart(ann.entities);
    const std::vector<std::size_t> timeOrder = byStart(ann.times);
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        SentenceView v;
        v.index = static_cast<int>(si);
        v.span = sentences[si].span;
        v.paragraph = sentences[si].paragraph;
        v.words = splitWords(text, v.span);
        for (const Word& w : v.words) v.lower.push_back(w.lower);
        for (std::size_t ei : startingIn(ann.entities, entityOrder, v.span)) {
            const Entity& e = ann.entities[ei];
            if (!v.span.contains(e.span) || e.span.empty()) continue;
            Mention m;
            m.first = wordIndexAt(v, e.span.start);
            m.last = wordIndexAt(v, e.span.end);
            if (m.last <= m.first) m.last = m.first + 1;
            m.span = e.span;
            m.name = e.canonical.empty() ? e.text : e.canonical;
            m.base = e.base;
            m.kind = e.kind;
            v.mentions.push_back(std::move(m));
        }
        if (ann.entities.empty()) fallbackMentions(text, v, lex);
        peopleMentions(v);
        std::sort(v.mentions.begin(), v.mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
        for (std::size_t ti : startingIn(ann.times, timeOrder, v.span)) {
            const TimeValue& t = ann.times[ti];
            if (!v.span.contains(t.span) || t.span.empty()) continue;
            TimeRef r{wordIndexAt(v, t.span.start), wordIndexAt(v, t.span.end), t.span, t.value, t.text};
            if (r.last <= r.first) r.last = r.first + 1;
            if (weakAnchor && !r.value.empty() && std::isdigit(static_cast<unsigned char>(r.value[0])) != 0 &&
                !writesYear(t.text)) {
                // Only what the words themselves say survives: the month of "in November"; "last week"
                // counted from a file time says nothing.
                bool month = false;
                for (const Word& w : splitWords(text, t.span)) month = month || monthNumber(w.lower) != 0;
                month = month || t.text.find("月") != std::string::npos;  // Chinese "3月17日" writes its month
                bool monthValue = r.value.size() >= 7 && r.value[4] == '-' && std::isdigit(static_cast<unsigned char>(r.value[5])) != 0;
                r.value = month && monthValue ? "XXXX" + r.value.substr(4) : std::string{};
            }
            if (r.value.empty()) {
                // Unresolved: keep what the words themselves say ("November" -> any year's November).
                std::vector<Word> own = splitWords(text, t.span);
                for (std::size_t k = 0; k < own.size() && r.value.empty(); ++k) (void)parseDateAt(own, k, r.value);
            }
            v.times.push_back(std::move(r));
        }
        if (ann.times.empty()) fallbackTimes(text, v);
        indexView(v);
        for (std::size_t k = v.words.size(); k-- > 0;) {
            if (v.lower[k] == "\"" || v.lower[k] == ")") continue;
            v.question = v.lower[k] == "?";
            break;
        }
        views.push_back(std::move(v));
    }
    return views;
}

Span wordsSpan(const SentenceView& s, std::size_t first, std::size_t last) {
    if (first >= s.words.size() || last <= first) return {};
    last = std::min(last, s.words.size());
    return {s.words[first].span.start, s.words[last - 1].span.end};
}

std::string wordsText(std::string_view text, const SentenceView& s, std::size_t first, std::size_t last) {
    Span sp = wordsSpan(s, first, last);
    return sp.empty() ? std::string{} : std::string(text.substr(sp.start, sp.size()));
}

const Mention* mentionAt(const SentenceView& s, std::size_t i) {
    if (s.mentionLastMax.size() == s.mentions.size()) {
        // Mentions are sorted by first word: those starting at or before i are a prefix, and the first of them
        // ending after i is where the prefix maximum of their ends first passes i.
        auto prefix = std::partition_point(s.mentions.begin(), s.mentions.end(), [i](const Mention& m) { return m.first <= i; });
        auto stop = s.mentionLastMax.begin() + (prefix - s.mentions.begin());
        auto hit = std::partition_point(s.mentionLastMax.begin(), stop, [i](std::size_t last) { return last <= i; });
        return hit == stop ? nullptr : &s.mentions[static_cast<std::size_t>(hit - s.mentionLastMax.begin())];
    }
    for (const Mention& m : s.mentions) {
        if (m.first <= i && i < m.last) return &m;
    }
    return nullptr;
}

namespace {

/// The mention with the largest end at or before word i (the first of them in order on a tie).
const Mention* lastEndingBy(const SentenceView& s, std::size_t i) {
    if (s.mentionLastMax.size() == s.mentions.size() && !s.endingAt.empty()) {
        const std::size_t k = s.endingAt[std::min(i, s.endingAt.size() - 1)];
        return k == 0 ? nullptr : &s.mentions[k - 1];
    }
    const Mention* best = nullptr;
    for (const Mention& m : s.mentions) {
        if (m.last <= i + 0 && (best == nullptr || m.last > best->last)) best = &m;
    }
    return best;
}

}  // namespace

const Mention* mentionBefore(const SentenceView& s, std::size_t i, std::size_t maxGap, bool crossCommas) {
    const Mention* best = lastEndingBy(s, i);
    if (best == nullptr || i - best->last > maxGap) return nullptr;
    for (std::size_t k = best->last; k < i; ++k) {
        const std::string& w = s.words[k].lower;
        if (w == ";" || w == ":" || w == "\"" || (!crossCommas && w == ",")) return nullptr;
    }
    return best;
}

const Mention* mentionAfter(const SentenceView& s, std::size_t i, std::size_t maxGap) {
    // Mentions are sorted by first word (buildViews), so the ones before i are a prefix to skip.
    auto from = std::partition_point(s.mentions.begin(), s.mentions.end(), [i](const Mention& m) { return m.first < i; });
    for (auto it = from; it != s.mentions.end(); ++it) {
        const Mention& m = *it;
        if (m.first < i) continue;
        if (m.first - i > maxGap) return nullptr;
        for (std::size_t k = i; k < m.first; ++k) {
            const std::string& w = s.words[k].lower;
            if (w == ";" || w == ":" || w == "\"") return nullptr;
        }
        return &m;
    }
    return nullptr;
}

bool hedgedIn(const SentenceView& s, const ClaimLexicon& lex, std::size_t first, std::size_t last) {
    last = std::min(last, s.words.size());
    for (std::size_t i = first; i < last; ++i) {
        if (lex.hedges.match(s.lower, i)) return true;
    }
    return false;
}

namespace {

/// "not", "never", "cannot", "no", "didn't": a word that denies.
bool isNegator(const std::string& w) {
    return w == "not" || w == "never" || w == "cannot" || w == "no" || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0);
}

}  // namespace

bool negatedIn(const SentenceView& s, std::size_t first, std::size_t last) {
    last = std::min(last, s.words.size());
    for (std::size_t i = first; i < last; ++i)
        if (isNegator(s.lower[i])) return true;
    return false;
}

bool figureNegated(const SentenceView& s, std::size_t clause, std::size_t at) {
    at = std::min(at, s.words.size());
    for (std::size_t i = at; i > clause; --i) {
        const std::string& w = s.lower[i - 1];
        // A figure is denied only inside its own clause: "I cannot overstate this event, which put all 177 people
        // at risk" does not deny the 177.
        if (w == "," || w == ";" || w == ":" || w == "which" || w == "who" || w == "whose" || w == "where") return false;
        // "no fewer than 40", "not more than 12", "not just 3": bounds and emphasis, not a denial.
        if ((w == "no" || w == "not") && i < s.lower.size() &&
            (s.lower[i] == "fewer" || s.lower[i] == "less" || s.lower[i] == "more" || s.lower[i] == "only" ||
             s.lower[i] == "just" || s.lower[i] == "over" || s.lower[i] == "under"))
            continue;
        if (isNegator(w)) return true;
    }
    return false;
}

std::size_t clauseStart(const SentenceView& s, std::size_t i) {
    if (s.clauseFrom.size() == s.words.size() + 1) return s.clauseFrom[std::min(i, s.words.size())];
    std::size_t k = std::min(i, s.words.size());
    while (k > 0 && s.lower[k - 1] != ";") --k;
    return k;
}

std::size_t clauseEnd(const SentenceView& s, std::size_t i) {
    if (i < s.clauseTo.size() && s.clauseTo.size() == s.words.size() + 1) return s.clauseTo[i];
    std::size_t k = i;
    while (k < s.words.size() && s.lower[k] != ";") ++k;
    return k;
}

std::string normalizeWords(std::string_view text) {
    std::vector<Word> words = splitWords(text, {0, text.size()});
    std::string out;
    for (const Word& w : words) {
        if (w.punct) continue;
        if (!out.empty()) out.push_back(' ');
        out += w.lower;
    }
    return out;
}

}  // namespace parallax::annotate::claims
