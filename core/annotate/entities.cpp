#include "core/annotate/entities.h"

#include <algorithm>
#include <unordered_set>

#include "core/annotate/canonical.h"
#include "core/annotate/currencies.h"
#include "core/annotate/entity_mention.h"
#include "core/annotate/gazetteer.h"
#include "core/annotate/scan.h"

namespace parallax::annotate {
namespace {

bool isUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// A product code: "A100", "H20", "GB200", "R1", "V3" (1-3 capital letters then digits) or "910B" (3+ digits
// then one capital letter).
bool isCodeToken(const Tok& t) {
    if (t.kind != TokKind::Alnum) return false;
    std::string_view s = t.text;
    std::size_t k = 0;
    while (k < s.size() && (isUpperAscii(s[k]) || isLowerAscii(s[k]))) ++k;
    std::size_t letters = k;
    while (k < s.size() && isDigit(s[k])) ++k;
    std::size_t digits = k - letters;
    std::string_view rest = s.substr(k);
    if (letters >= 1 && letters <= 3 && digits >= 1 && rest.empty()) {
        for (std::size_t q = 0; q < letters; ++q)
            if (!isUpperAscii(s[q])) return false;
        return true;
    }
    return letters == 0 && digits >= 3 && rest.size() == 1 && isUpperAscii(rest[0]);
}

// A version after a family name: "2.5", "3", "910B", "4o", "V3", "R1". Numbers up to three digits or with a dot.
bool isVersionToken(const Tok& t) {
    if (t.kind == TokKind::Number) return t.text.find(',') == std::string_view::npos &&
                                          (t.text.find('.') != std::string_view::npos || t.text.size() <= 4);
    if (t.kind != TokKind::Alnum) return false;
    return isDigit(t.text[0]) || (t.text.size() >= 2 && isDigit(t.text[1])) || isCodeToken(t);
}

bool gapIsSpace(std::string_view text, const Tok& a, const Tok& b) {
    if (b.start < a.end) return false;
    std::string_view gap = text.substr(a.end, b.start - a.end);
    return gap.find('\n') == std::string_view::npos && gap.find_first_not_of(" \t") == std::string_view::npos;
}

// Legal forms after a company name ("Ltd", "Inc", "Co"): they do not change which company is meant.
bool isLegalForm(std::string_view w) {
    static const std::unordered_set<std::string_view> forms = {"Co",  "Inc", "Ltd", "Corp", "Corporation", "Limited",
                                                               "LLC", "PLC", "plc", "AG",   "SA",          "GmbH",
                                                               "Company"};
    return forms.count(w) > 0;
}

bool capitalized(const Tok& t) { return (t.kind == TokKind::Word || t.kind == TokKind::Alnum) && startsUpper(t.text); }

class Finder {
public:
    Finder(std::string_view text, const std::vector<Tok>& toks, const std::vector<Sentence>& sentences,
           const std::vector<Span>& exclude)
        : m_text(text), m_toks(toks), m_g(Gazetteer::instance()) {
        markExcluded(exclude);
        markSentenceStarts(sentences);
        markDatelines();
        markTitleLines();
        const CurrencyTable& currencies = CurrencyTable::instance();
        for (std::size_t i = 0; i < m_toks.size(); ++i) {
            // "HK" in "HK$4.35 billion" and "US" in "US$5 million" belong to a currency symbol
            if (auto sym = currencies.symbolAt(m_text, m_toks[i].start); sym && sym->length > m_toks[i].text.size())
                m_excluded[i] = true;
            if (!m_sentenceStart[i] && !m_titleLine[i] && capitalized(m_toks[i]))
                m_midCapitalized.insert(std::string(m_toks[i].text));
        }
    }

    std::vector<Entity> run() {
        std::size_t i = 0;
        while (i < m_toks.size()) {
            if (m_excluded[i]) {
                ++i;
                continue;
            }
            std::size_t next = gazetteerAt(i);
            if (next == i) next = gluedFamilyAt(i);
            if (next == i) next = codeAt(i);
            if (next == i) next = capitalizedAt(i);
            i = next == i ? i + 1 : next;
        }
        return resolveMentions(m_text, m_toks, m_mentions);
    }

private:
    // A token is excluded when any number or date span overlaps it. Spans sorted by start with the running
    // maximum of their ends answer that for one token by a binary search: the spans starting before the
    // token ends overlap it when the furthest of their ends lies beyond the token's start. (Comparing every
    // token with every span was quadratic on long articles.)
    void markExcluded(const std::vector<Span>& exclude) {
        m_excluded.assign(m_toks.size(), false);
        if (exclude.empty()) return;
        std::vector<Span> spans(exclude);
        std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        std::vector<std::size_t> furthestEnd(spans.size());
        std::size_t furthest = 0;
        for (std::size_t k = 0; k < spans.size(); ++k) furthestEnd[k] = furthest = std::max(furthest, spans[k].end);
        for (std::size_t i = 0; i < m_toks.size(); ++i) {
            const std::size_t tokStart = m_toks[i].start, tokEnd = m_toks[i].end;
            const auto before = std::partition_point(spans.begin(), spans.end(),
                                                     [&](const Span& s) { return s.start < tokEnd; });
            if (before == spans.begin()) continue;
            m_excluded[i] = furthestEnd[static_cast<std::size_t>(before - spans.begin()) - 1] > tokStart;
        }
    }

    void markSentenceStarts(const std::vector<Sentence>& sentences) {
        m_sentenceStart.assign(m_toks.size(), false);
        if (!m_toks.empty()) m_sentenceStart[0] = true;
        if (!sentences.empty()) {
            std::size_t k = 0;
            for (const Sentence& s : sentences) {
                while (k < m_toks.size() && m_toks[k].start < s.span.start) ++k;
                if (k < m_toks.size()) m_sentenceStart[k] = true;
                // a sentence opening with a quotation mark or bracket: its first word is a sentence start too
                std::size_t q = k;
                while (q < m_toks.size() && m_toks[q].kind == TokKind::Punct && q < k + 2) ++q;
                if (q < m_toks.size()) m_sentenceStart[q] = true;
            }
            return;
        }
        for (std::size_t i = 1; i < m_toks.size(); ++i) {
            const std::string_view prev = m_toks[i - 1].text;
            bool newline = m_text.substr(m_toks[i - 1].end, m_toks[i].start - m_toks[i - 1].end).find('\n') !=
                           std::string_view::npos;
            if (newline || prev == "." || prev == "!" || prev == "?" || prev == "\"" || prev == "\u201C" ||
                prev == ":" || prev == "\u3002")
                m_sentenceStart[i] = true;
        }
    }

    // "HONG KONG - Shares of ...", "BEIJING (Reuters) — The ...": the word after a dateline opens the
    // sentence proper, so its capital says nothing about names.
    void markDatelines() {
        for (std::size_t i = 2; i < m_toks.size(); ++i) {
            const Tok& dash = m_toks[i - 1];
            const Tok& before = m_toks[i - 2];
            if (!isDash(dash.text) || adjacent(before, dash) || adjacent(dash, m_toks[i])) continue;
            bool capsWord = before.kind == TokKind::Word && before.text.size() > 1 &&
                            before.text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
            if (capsWord || before.text == ")") m_sentenceStart[i] = true;
        }
    }

    // Headlines and section titles in Title Case: there every word is capitalised, so capitalisation says
    // nothing about names (known names and codes are still found there).
    void markTitleLines() {
        m_titleLine.assign(m_toks.size(), false);
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i <= m_toks.size(); ++i) {
            bool lineEnds = i == m_toks.size() ||
                            (i > 0 && m_text.substr(m_toks[i - 1].end, m_toks[i].start - m_toks[i - 1].end).find('\n') !=
                                          std::string_view::npos);
            if (!lineEnds) continue;
            std::size_t words = 0, caps = 0;
            for (std::size_t k = lineStart; k < i; ++k) {
                if (m_toks[k].kind != TokKind::Word) continue;
                if (!startsUpper(m_toks[k].text) && m_g.isFunctionWord(m_toks[k].lower)) continue;
                ++words;
                if (startsUpper(m_toks[k].text)) ++caps;
            }
            bool endsSentence = i > lineStart && (m_toks[i - 1].text == "." || m_toks[i - 1].text == "!" ||
                                                  m_toks[i - 1].text == "?" || m_toks[i - 1].text == "\u3002");
            if (words >= 3 && caps * 4 >= words * 3 && !endsSentence)
                for (std::size_t k = lineStart; k < i; ++k) m_titleLine[k] = true;
            lineStart = i;
        }
    }

    // Variant words or size codes after a product: "-Lite-Preview", " mini", "-7B". Returns the new end.
    std::size_t variantsAfter(std::size_t j, bool& any) const {
        any = false;
        while (j < m_toks.size()) {
            std::size_t k = j;
            bool dash = k < m_toks.size() && isDash(m_toks[k].text) && adjacent(m_toks[k - 1], m_toks[k]);
            if (dash) ++k;
            if (k >= m_toks.size() || (dash && !adjacent(m_toks[k - 1], m_toks[k]))) break;
            if (!dash && !gapIsSpace(m_text, m_toks[k - 1], m_toks[k]) && !adjacent(m_toks[k - 1], m_toks[k])) break;
            const Tok& t = m_toks[k];
            bool variantWord = m_g.isVariantWord(t.lower) && (dash || startsUpper(t.text) || t.lower == "mini");
            bool sizeCode = dash && t.kind == TokKind::Alnum && isDigit(t.text[0]);
            if (!variantWord && !sizeCode) break;
            any = true;
            j = k + 1;
        }
        return j;
    }

    std::string textOf(std::size_t begin, std::size_t end) const {
        return std::string(m_text.substr(m_toks[begin].start, m_toks[end - 1].end - m_toks[begin].start));
    }

    // family + version: "Qwen 2.5", "Ascend 910B", "GPT-4o", "DeepSeek-V3", "DeepSeek-R1-Lite-Preview"
    std::size_t familyVersion(std::size_t i, std::size_t nameEnd, const GazEntry& fam) {
        std::size_t k = nameEnd;
        if (k < m_toks.size() && isDash(m_toks[k].text) && adjacent(m_toks[k - 1], m_toks[k])) ++k;
        if (k >= m_toks.size() || m_excluded[k] || !isVersionToken(m_toks[k])) return i;
        if (k == nameEnd && !adjacent(m_toks[k - 1], m_toks[k]) && !gapIsSpace(m_text, m_toks[k - 1], m_toks[k]))
            return i;
        Mention m;
        m.begin = i;
        m.kind = EntityKind::Product;
        m.family = fam.canonical;
        m.known = true;
        std::string version(m_toks[k].text);
        addProduct(m, fam.canonical + fam.joiner + version, k + 1);
        return m.end;
    }

    // Fills canonical (preferring an alias-file product of the same name) and variants; pushes the mention.
    void addProduct(Mention& m, const std::string& name, std::size_t end) {
        m.canonical = name;
        if (const GazEntry* e = m_g.byKey(canonicalKey(name)); e && e->kind == EntityKind::Product && !e->family) {
            m.canonical = e->canonical;
            m.parent = e->parent;
            m.family.clear();
        }
        bool any = false;
        std::size_t vEnd = variantsAfter(end, any);
        if (any) {
            m.variant = true;
            m.variantBase = m.canonical;
            std::string tail = std::string(m_text.substr(m_toks[end - 1].end, m_toks[vEnd - 1].end - m_toks[end - 1].end));
            m.canonical += tail;
            end = vEnd;
        }
        m.end = end;
        m_mentions.push_back(m);
    }

    std::size_t gazetteerAt(std::size_t i) {
        auto hit = m_g.matchAt(m_toks, i);
        if (!hit) return i;
        // An alias followed by a pinyin syllable mark is only the first syllable of a longer romanised name: "Xi"
        // in "Xi'an" is the city, not the leader the alias file knows as "Xi".
        if (hit->end > i && pinyinApostropheAt(hit->end)) return i;
        // a Latin alias must end at a word boundary ("Meta" is not the start of "Metaverse")
        const GazEntry* fam = nullptr;
        const GazEntry* other = nullptr;
        for (std::size_t idx : hit->entries) {
            const GazEntry& e = m_g.entry(idx);
            if (e.family && !fam) fam = &e;
            if (!e.family && !other) other = &e;
        }
        if (fam) {
            std::size_t end = familyVersion(i, hit->end, *fam);
            if (end != i) return end;
        }
        const GazEntry& e = other ? *other : *fam;
        Mention m;
        m.begin = i;
        m.kind = e.kind;
        m.known = true;
        m.parent = e.parent;
        // "Nvidia A100": a maker followed by a product code is the product
        std::size_t j = hit->end;
        if (e.kind == EntityKind::Organization && j < m_toks.size() && !m_excluded[j] && isCodeToken(m_toks[j]) &&
            gapIsSpace(m_text, m_toks[j - 1], m_toks[j])) {
            m.kind = EntityKind::Product;
            m.parent = e.canonical;
            std::string name = e.canonical + " " + std::string(m_toks[j].text);
            if (auto code = m_g.matchAt(m_toks, j)) {
                const GazEntry& c = m_g.entry(code->entries.front());
                if (c.kind == EntityKind::Product && sameName(c.parent, e.canonical)) name = c.canonical;
            }
            addProduct(m, name, j + 1);
            return m.end;
        }
        if (e.kind == EntityKind::Product && !e.family) {
            addProduct(m, e.canonical, hit->end);
            return m.end;
        }
        m.canonical = e.canonical;
        m.end = hit->end;
        // "Tencent Cloud", "Huawei Research": an organisation word extends a known name into a unit of it
        if (e.kind == EntityKind::Organization && m.end < m_toks.size() && capitalized(m_toks[m.end]) &&
            m_g.isOrgSuffix(m_toks[m.end].text) && gapIsSpace(m_text, m_toks[m.end - 1], m_toks[m.end]) &&
            !m_g.matchAt(m_toks, m.end)) {
            // a legal form does not change which organisation is meant; a unit ("Tencent Cloud") does
            static const std::unordered_set<std::string> legal = {"Co", "Inc", "Ltd", "Corp", "Corporation", "Limited",
                                                                  "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Group",
                                                                  "Holdings", "Holding", "Company"};
            if (!legal.count(std::string(m_toks[m.end].text))) {
                m.canonical = textOf(m.begin, m.end + 1);
                m.known = false;
            }
            ++m.end;
            if (m.end < m_toks.size() && m_toks[m.end].text == "." && adjacent(m_toks[m.end - 1], m_toks[m.end]) &&
                legal.count(std::string(m_toks[m.end - 1].text)) && m_toks[m.end - 1].text.size() <= 4)
                ++m.end;  // "Co." keeps its dot
        }
        m_mentions.push_back(m);
        return m.end;
    }

    std::size_t gluedFamilyAt(std::size_t i) {
        if (m_toks[i].kind != TokKind::Alnum) return i;
        std::size_t len = 0;
        const GazEntry* fam = m_g.familyPrefix(m_toks[i].text, len);
        if (!fam) return i;
        Mention m;
        m.begin = i;
        m.kind = EntityKind::Product;
        m.family = fam->canonical;
        m.known = true;
        addProduct(m, fam->canonical + fam->joiner + std::string(m_toks[i].text.substr(len)), i + 1);
        return m.end;
    }

    std::size_t codeAt(std::size_t i) {
        if (!isCodeToken(m_toks[i])) return i;
        if (m_g.isNonName(m_toks[i].text)) return i;
        // "671B parameters" is a size, not a name
        if (i + 1 < m_toks.size() && (m_toks[i + 1].lower == "parameters" || m_toks[i + 1].lower == "tokens")) return i;
        Mention m;
        m.kind = EntityKind::Product;
        // An unknown capitalised name right before the code is part of it: "Kirin 9000S", "Hunyuan T1".
        std::size_t begin = i;
        std::size_t floor = m_mentions.empty() ? 0 : m_mentions.back().end;
        while (begin > floor && i - begin < 2) {
            const Tok& p = m_toks[begin - 1];
            if (!capitalized(p) || m_excluded[begin - 1] || m_g.isNonName(p.text) || m_g.isFunctionWord(p.lower) ||
                !gapIsSpace(m_text, p, m_toks[begin]))
                break;
            if (m_sentenceStart[begin - 1] && !m_midCapitalized.count(std::string(p.text))) break;
            --begin;
        }
        m.begin = begin;
        if (begin == i) {
            m.codeOnly = true;
            addProduct(m, std::string(m_toks[i].text), i + 1);
        } else {
            addProduct(m, textOf(begin, i + 1), i + 1);
        }
        return m.end;
    }

    bool personTitleBefore(std::size_t i) const {
        if (i == 0) return false;
        const std::string& p = m_toks[i - 1].lower;
        // "Rep. Zoe Lofgren", "Dr. Li": an abbreviated title keeps its dot
        if (p == "." && i >= 2 && adjacent(m_toks[i - 2], m_toks[i - 1]) && m_g.isPersonTitle(m_toks[i - 2].lower))
            return true;
        return m_g.isPersonTitle(p) || p == "said" || p == "says";
    }

    bool personSignalAfter(std::size_t j) const {
        if (j >= m_toks.size()) return false;
        const std::string& n = m_toks[j].lower;
        if (n == "said" || n == "says" || n == "told" || n == "added" || n == "wrote" || n == "explained" ||
            n == "noted" || n == "argued" || n == "believes" || n == "thinks")
            return true;
        if (n == "," && j + 1 < m_toks.size()) {
            const std::string& a = m_toks[j + 1].lower;
            const std::string& b = j + 2 < m_toks.size() ? m_toks[j + 2].lower : std::string();
            if (m_g.isPersonTitle(a) || a == "who" || ((a == "the" || a == "a" || a == "an") && m_g.isPersonTitle(b)))
                return true;
            // ", chief AI scientist at", ", founder of": the title may be a phrase; look a few words ahead
            for (std::size_t k = j + 1; k < std::min(m_toks.size(), j + 5); ++k)
                if (m_g.isPersonTitle(m_toks[k].lower) && (k + 1 >= m_toks.size() || m_toks[k + 1].lower == "of" ||
                                                           m_toks[k + 1].lower == "at" || m_toks[k + 1].lower == "for" ||
                                                           m_toks[k + 1].lower == ","))
                    return true;
        }
        return false;
    }

    // "North Korean", "Iranian": a short phrase ending in a capitalised non-name word that is not an acronym
    // ("Zhipu AI" is a name, "North Korean" an adjective)
    bool isDemonymPhrase(std::size_t begin, std::size_t end) const {
        const Tok& last = m_toks[end - 1];
        return end - begin <= 2 && (m_g.isNonName(last.text) || m_g.isDemonym(last.text)) &&
               last.text.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
    }

    void pushPlain(std::size_t begin, std::size_t end, EntityKind kind) {
        Mention m;
        m.begin = begin;
        m.end = end;
        m.kind = kind;
        m.canonical = textOf(begin, end);
        if (kind == EntityKind::Other && m_g.isOrgSuffix(m_toks[end - 1].text) && end - begin > 1)
            m.kind = EntityKind::Organization;
        if (end - begin == 1 && (m_g.isNonName(m_toks[begin].text) || m_g.isDemonym(m_toks[begin].text))) return;
        if (kind == EntityKind::Other && isDemonymPhrase(begin, end)) return;
        m_mentions.push_back(m);
    }

    // "Tang" opening a sentence after "Tang Jie" was named. The words of names of two or more tokens are
    // indexed as mentions are added (mentions are only ever appended), so each question costs one look-up.
    bool partOfEarlierName(std::string_view word) {
        for (; m_namePartsIndexed < m_mentions.size(); ++m_namePartsIndexed) {
            const Mention& m = m_mentions[m_namePartsIndexed];
            if (m.end - m.begin < 2) continue;
            for (std::size_t k = m.begin; k < m.end; ++k) m_nameParts.insert(m_toks[k].text);
        }
        return m_nameParts.count(word) > 0;
    }

    // A name part after a hyphen inside the capitalised run [i, j): "Flyer" in "High-Flyer", "Royce" in
    // "Rolls-Royce", "un" in "Kim Jong-un". Returns the token after the part, or j when there is none.
    // A lower-case part is a romanised given-name syllable only after a family name and a short first
    // syllable, and never a compound head ("Santa Clara-based", "Hong Kong-listed").
    std::size_t hyphenPartAt(std::size_t i, std::size_t j) const {
        if (j + 1 >= m_toks.size() || m_excluded[j + 1]) return j;
        const Tok& dash = m_toks[j];
        const Tok& prev = m_toks[j - 1];
        const Tok& part = m_toks[j + 1];
        bool hyphen = dash.text == "-" || dash.text == "\u2010" || dash.text == "\u2011";
        if (!hyphen || prev.kind != TokKind::Word || part.kind != TokKind::Word || !adjacent(prev, dash) ||
            !adjacent(dash, part))
            return j;
        if (startsUpper(part.text)) return m_g.matchAt(m_toks, j + 1) ? j : j + 2;
        static const std::unordered_set<std::string> compoundHeads = {
            "based", "led", "run", "made", "owned", "backed", "born", "style", "like", "era", "wide", "level",
            "class", "scale", "sized", "free", "only", "bound", "linked", "listed", "funded", "focused", "centric",
            "friendly", "specific", "related", "controlled", "registered", "headquartered", "year", "old", "long"};
        bool syllable = part.text.size() <= 5 && prev.text.size() <= 5 && j - i >= 2 &&
                        part.text.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos &&
                        !compoundHeads.count(part.lower) &&
                        !(part.lower.size() > 2 && part.lower.compare(part.lower.size() - 2, 2, "ed") == 0) &&
                        !(part.lower.size() > 3 && part.lower.compare(part.lower.size() - 3, 3, "ing") == 0);
        return syllable ? j + 2 : j;
    }

    /// An apostrophe at token `j` joining the word before it to a syllable starting with a, o or e, with no
    /// space on either side: pinyin marks a syllable boundary so ("Chang'e", "Xi'an"), while English
    /// apostrophes open a possessive or a contraction ("China's", "don't", "we'll"), none starting so.
    bool pinyinApostropheAt(std::size_t j) const {
        if (j + 1 >= m_toks.size() || !isApostrophe(m_toks[j].text) || m_excluded[j + 1]) return false;
        const Tok& prev = m_toks[j - 1];
        const Tok& part = m_toks[j + 1];
        if (prev.kind != TokKind::Word || part.kind != TokKind::Word || !adjacent(prev, m_toks[j]) ||
            !adjacent(m_toks[j], part) || part.text.size() > 3)
            return false;
        const char c = part.text.front();
        return (c == 'a' || c == 'o' || c == 'e') && part.lower != "em";
    }

    /// A number of one or two digits at token j after a space, then a word for a craft or a mission:
    /// "Chang'e 6 mission", "Shenzhou 18 crew" (a bare "Toyota 5" is as often a count).
    bool spacedSerialAt(std::size_t j) const {
        if (j + 1 >= m_toks.size() || m_excluded[j]) return false;
        const Tok& num = m_toks[j];
        const Tok& next = m_toks[j + 1];
        if (num.kind != TokKind::Number || num.text.size() > 2 || num.text.find_first_not_of("0123456789") != std::string_view::npos ||
            m_toks[j - 1].kind != TokKind::Word || !gapIsSpace(m_text, m_toks[j - 1], num) || !gapIsSpace(m_text, num, next))
            return false;
        static const std::unordered_set<std::string> craftWords = {
            "mission", "missions", "probe", "spacecraft", "lander", "orbiter", "rover", "capsule", "rocket",
            "satellite", "crew", "astronauts", "launch", "flight", "module", "vessel", "ship", "submarine"};
        return craftWords.count(next.lower) > 0;
    }

    /// A hyphen and a number of one to three digits right after token j-1 ("Chang'e-6", "Shenzhou-18"), the
    /// number not a share, a range, a score or a figure with more digits ("-19%", "-3-1", "-2.5").
    bool serialAfter(std::size_t j) const {
        if (j + 1 >= m_toks.size()) return false;
        const Tok& dash = m_toks[j];
        const Tok& num = m_toks[j + 1];
        if (dash.text != "-" && dash.text != "\u2011") return false;
        if (m_toks[j - 1].kind != TokKind::Word || !adjacent(m_toks[j - 1], dash) || !adjacent(dash, num)) return false;
        if (num.kind != TokKind::Number || num.text.size() > 3 ||
            num.text.find_first_not_of("0123456789") != std::string_view::npos)
            return false;
        if (num.end < m_text.size()) {
            const char after = m_text[num.end];
            if (after == '%' || after == '-' || after == '.' || after == '/' || after == ':' ||
                (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'))
                return after == '.' && (num.end + 1 >= m_text.size() || m_text[num.end + 1] == ' ' || m_text[num.end + 1] == '\n');
        }
        return true;
    }

    /// "Python 3.5", "Zorblat 2.1": a dotted number right after a name is its version, unless it measures
    /// something ("3.5%", "2.1 million", "3.5 metres").
    bool dottedVersionAt(std::size_t j) const {
        const Tok& v = m_toks[j];
        if (v.kind != TokKind::Number || v.text.find('.') == std::string_view::npos || v.text.find(',') != std::string_view::npos)
            return false;
        if (v.end < m_text.size() && (m_text[v.end] == '%' || m_text[v.end] == '-')) return false;
        if (j + 1 < m_toks.size() && gapIsSpace(m_text, v, m_toks[j + 1]) && m_toks[j + 1].kind == TokKind::Word &&
            !startsUpper(m_toks[j + 1].text)) {
            const std::string& next = m_toks[j + 1].lower;
            // a figure's unit or scale follows it; a version is followed by a verb, a preposition or punctuation
            static constexpr std::string_view verbsAndLinks[] = {
                "was",      "is",       "will",    "has",   "had",   "and",   "or",     "in",      "on",
                "with",     "of",       "for",     "to",    "from",  "by",    "at",     "as",      "which",
                "that",     "arrived",  "shipped", "came",  "adds",  "added", "brings", "brought", "introduced",
                "released", "launched", "became",  "ships", "comes", "went",  "goes"};
            return std::any_of(std::begin(verbsAndLinks), std::end(verbsAndLinks),
                               [&](std::string_view w) { return next == w; });
        }
        return true;
    }

    std::size_t capitalizedAt(std::size_t i) {
        const Tok& t = m_toks[i];
        if (!capitalized(t) || t.kind == TokKind::Alnum || m_titleLine[i]) return i;
        // initials and abbreviations ("D.C.", "F.B.I.", "S.") are not names by themselves
        if (t.text.size() == 1) return i;
        bool start = m_sentenceStart[i];
        if (start && (m_g.isFunctionWord(t.lower) || m_g.isNonName(t.text))) return i;
        std::size_t j = i + 1;
        std::size_t names = m_g.isNonName(t.text) ? 0 : 1;
        std::size_t joins = 0;  // hyphens inside the name: "Kim Jong-un" is three words, not four
        while (j < m_toks.size() && !m_excluded[j]) {
            const Tok& n = m_toks[j];
            if (capitalized(n) && n.kind == TokKind::Word && gapIsSpace(m_text, m_toks[j - 1], n) &&
                !m_g.matchAt(m_toks, j)) {
                names += m_g.isNonName(n.text) ? 0 : 1;
                ++j;
                continue;
            }
            // "Chang'e", "Xi'an": pinyin's syllable mark inside a romanised name
            if (pinyinApostropheAt(j)) {
                j += 2;
                joins += 2;
                continue;
            }
            // "High-Flyer", "Rolls-Royce", "Kim Jong-un": a hyphen inside a name joins its parts
            if (std::size_t part = hyphenPartAt(i, j); part > j) {
                names += m_g.isNonName(m_toks[j + 1].text) ? 0 : 1;
                ++joins;
                j = part;
                continue;
            }
            // "Shares of Hanxin Robotics", "Analysts at ...": a common noun capitalised only because it opens
            // the sentence is a generic head, not part of the name that follows ("Bank of China" keeps its
            // organisation word, and so does a word written capitalised mid-sentence elsewhere)
            if (n.lower == "of" && j == i + 1 && start && !m_g.isOrgSuffix(t.text) &&
                !m_midCapitalized.count(std::string(t.text)) && j + 1 < m_toks.size() && capitalized(m_toks[j + 1]))
                return j + 1;  // the finders start again at the name
            // "Chinese Academy of Sciences", "Bank of China", "AT&T"
            if ((n.lower == "of" || n.lower == "&" || n.lower == "for") && j + 1 < m_toks.size() &&
                capitalized(m_toks[j + 1]) && m_toks[j + 1].kind == TokKind::Word && !m_excluded[j + 1] &&
                !m_g.isFunctionWord(m_toks[j + 1].lower) && gapIsSpace(m_text, m_toks[j - 1], n)) {
                j += 2;
                ++names;
                continue;
            }
            break;
        }
        if (names == 0) return j;
        std::size_t count = j - i - joins;
        // "President", "Chief Executive" before a name are titles, not names
        bool allTitles = true;
        for (std::size_t k = i; k < j; ++k)
            if (!m_g.isPersonTitle(m_toks[k].lower)) allTitles = false;
        if (allTitles) return j;
        // "FBI Director James Comey", "DNC Chair Tom Perez": the name after the last title is a person; what
        // comes before the title is named on its own
        for (std::size_t k = j - 1; k-- > i;) {
            if (!m_g.isPersonTitle(m_toks[k].lower) || m_g.isFunctionWord(m_toks[k].lower) || j - (k + 1) > 3 ||
                !capitalized(m_toks[k]))
                continue;
            if (k > i) pushPlain(i, k, EntityKind::Other);
            pushPlain(k + 1, j, EntityKind::Person);
            m_mentions.back().personSignal = true;
            return j;
        }
        // "North Korean", "Iranian officials": a name ending in a demonym is an adjective, not an entity
        // (an acronym at the end, as in "Zhipu AI", still makes a name)
        if (isDemonymPhrase(i, j)) return j;
        // "Chang'e-6", "Shenzhou-18", "Tianwen-1": a serial number hyphenated to a name designates one craft;
        // so does one after a space when a word for a craft or a mission follows ("the Tianwen 2 probe")
        if (count <= 2 && !(count == 1 && start && m_g.isNonName(t.text)) && (serialAfter(j) || spacedSerialAt(j))) {
            Mention m;
            m.begin = i;
            m.kind = EntityKind::Product;
            addProduct(m, textOf(i, j + (spacedSerialAt(j) ? 1 : 2)), j + (spacedSerialAt(j) ? 1 : 2));
            return m.end;
        }
        // "Kirin 9000S", "Hunyuan T1": a name followed by a code is a product
        if (count <= 2 && j < m_toks.size() && ((!m_excluded[j] && isCodeToken(m_toks[j])) || dottedVersionAt(j)) &&
            gapIsSpace(m_text, m_toks[j - 1], m_toks[j]) && !(count == 1 && start && m_g.isNonName(t.text))) {
            Mention m;
            m.begin = i;
            m.kind = EntityKind::Product;
            addProduct(m, textOf(i, j + 1), j + 1);
            return m.end;
        }
        if (count == 1 && start && !m_midCapitalized.count(std::string(t.text)) && !partOfEarlierName(t.text)) return i;
        if (count == 1 && m_g.isFunctionWord(t.lower)) return i;
        Mention m;
        m.begin = i;
        m.end = j;
        m.canonical = textOf(i, j);
        if (m_g.isOrgSuffix(m_toks[j - 1].text) && count > 1) {
            m.kind = EntityKind::Organization;
            // "Hanxin Robotics Ltd" and "Hanxin Robotics" are one company: the legal form is not part of
            // the name the article goes on to use
            std::size_t nameEnd = j;
            while (nameEnd - i > 1 && isLegalForm(m_toks[nameEnd - 1].text)) --nameEnd;
            if (nameEnd > i && nameEnd < j && m_toks[nameEnd - 1].kind != TokKind::Punct)
                m.canonical = textOf(i, nameEnd);
        } else if (count <= 3 && (personTitleBefore(i) || (personSignalAfter(j) && !(i > 0 && m_toks[i - 1].lower == "the")))) {
            m.kind = EntityKind::Person;
            m.personSignal = true;
        }
        m_mentions.push_back(m);
        return j;
    }

    std::string_view m_text;
    const std::vector<Tok>& m_toks;
    const Gazetteer& m_g;
    std::vector<bool> m_excluded;
    std::vector<bool> m_sentenceStart;
    std::vector<bool> m_titleLine;
    std::unordered_set<std::string> m_midCapitalized;
    std::vector<Mention> m_mentions;
    std::unordered_set<std::string_view> m_nameParts;  ///< words of the multi-word names in m_mentions so far
    std::size_t m_namePartsIndexed = 0;                ///< how many of m_mentions are in m_nameParts
};

}  // namespace

std::vector<Entity> findEntities(std::string_view text, const std::vector<Sentence>& sentences,
                                 const std::vector<Span>& exclude) {
    return findEntities(text, scanTokens(text), sentences, exclude);
}

std::vector<Entity> findEntities(std::string_view text, const std::vector<Tok>& toks, const std::vector<Sentence>& sentences,
                                 const std::vector<Span>& exclude) {
    Finder f(text, toks, sentences, exclude);
    return f.run();
}

}  // namespace parallax::annotate
