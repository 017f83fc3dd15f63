// Chinese organisation names by suffix. The rules lean towards missing a name rather than inventing one:
// a wrong organisation becomes the subject of wrong claims, a missing one only loses claims.
#include "core/annotate/entities_zh.h"

#include <algorithm>
#include <string>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/zh_text.h"
#include "core/knowledge/resources.h"

namespace parallax::annotate {

namespace {

struct Suffix {
    std::string form;
    bool legal = false;
};

struct SuffixLexicon {
    std::vector<Suffix> suffixes;  ///< longest first
    std::vector<std::string> generic;
    std::vector<std::string> lead;  ///< longest first
    std::vector<std::string> descriptor;  ///< longest first
};

const SuffixLexicon& suffixLexicon() {
    static const SuffixLexicon lex = [] {
        SuffixLexicon l;
        for (const std::string& line : knowledge::dataLines("org-suffixes-zh.txt")) {
            std::size_t tab = line.find('\t');
            if (tab == std::string::npos) continue;
            std::string head = line.substr(0, tab);
            std::string rest = line.substr(tab + 1);
            if (head == "generic") l.generic = splitList(rest, ',');
            else if (head == "lead") l.lead = splitList(rest, ',');
            else if (head == "descriptor") l.descriptor = splitList(rest, ',');
            else l.suffixes.push_back({head, rest.find("legal") != std::string::npos});
        }
        auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
        std::stable_sort(l.suffixes.begin(), l.suffixes.end(),
                         [](const Suffix& a, const Suffix& b) { return a.form.size() > b.form.size(); });
        std::stable_sort(l.lead.begin(), l.lead.end(), longer);
        std::stable_sort(l.descriptor.begin(), l.descriptor.end(), longer);
        return l;
    }();
    return lex;
}

/// Characters that end a name on its left: function words that stand before a name in a sentence.
bool boundaryChar(char32_t c) {
    static const std::u32string chars = U"的在与和及由对据向从于是为被把让给了将称等即则又均都并也还";
    return chars.find(c) != std::u32string::npos;
}

const Suffix* suffixAt(std::string_view text, std::size_t at) {
    for (const Suffix& s : suffixLexicon().suffixes)
        if (text.compare(at, s.form.size(), s.form) == 0 && at + s.form.size() <= text.size()) return &s;
    return nullptr;
}

bool genericStem(std::string_view stem) {
    for (const std::string& g : suffixLexicon().generic) {
        if (stem == g) return true;
        bool longWord = g.size() >= 6;  // two characters or more
        if (longWord && (stem.substr(0, g.size()) == g ||
                         (stem.size() >= g.size() && stem.substr(stem.size() - g.size()) == g)))
            return true;
    }
    return false;
}

class Finder {
public:
    Finder(std::string_view text, const std::vector<Entity>& known, const std::vector<Span>& exclude)
        : m_text(text), m_blocked(text.size(), false) {
        for (const Entity& e : known) block(e.span);
        for (const Span& s : exclude) block(s);
    }

    std::vector<Entity> run() {
        for (std::size_t i = 0; i < m_text.size();) {
            std::size_t len = 1;
            char32_t c = zh::decodeAt(m_text, i, len);
            if (zh::isHan(c) && !m_blocked[i]) {
                if (std::size_t end = tryAt(i); end > i) {
                    i = end;
                    continue;
                }
            }
            i += len;
        }
        findIntroduced();
        addRepeats();
        std::sort(m_found.begin(), m_found.end(), [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
        return m_found;
    }

private:
    void block(Span s) {
        for (std::size_t k = s.start; k < s.end && k < m_blocked.size(); ++k) m_blocked[k] = true;
    }

    /// Nothing at byte `at` can continue a noun phrase: the text ends, punctuation, a date or known name, a
    /// function word, or a verb of the claim lexicon ("表示", "发布", "募资").
    bool closedAt(std::size_t at) const {
        if (at >= m_text.size() || m_blocked[at]) return true;
        std::size_t len = 1;
        char32_t c = zh::decodeAt(m_text, at, len);
        if (!zh::isHan(c) || boundaryChar(c)) return true;
        const zh::CueLexicon& cues = zh::cueLexicon();
        for (std::string_view kind : {"speech", "event", "amount", "hedge", "negation", "qualifier"})
            if (cueStartsAt(cues, at, kind)) return true;
        return false;
    }

    /// A name whose first suffix starts at byte `at`; returns its end, or `at` when there is none.
    std::size_t tryAt(std::size_t at) {
        const Suffix* first = suffixAt(m_text, at);
        if (first == nullptr) return at;
        // The suffix chain: "能源" "科技" "股份有限公司"
        std::size_t end = at;
        std::vector<const Suffix*> chain;
        while (end < m_text.size() && !m_blocked[end]) {
            const Suffix* s = suffixAt(m_text, end);
            if (s == nullptr) break;
            chain.push_back(s);
            end += s->form.size();
        }
        // The stem: Han characters before the suffix back to a boundary
        std::size_t start = at;
        std::size_t chars = 0;
        while (start > 0 && chars <= 6) {
            std::size_t p = start - 1;
            while (p > 0 && (static_cast<unsigned char>(m_text[p]) & 0xC0) == 0x80) --p;
            std::size_t len = 1;
            char32_t c = zh::decodeAt(m_text, p, len);
            if (!zh::isHan(c) || m_blocked[p] || boundaryChar(c)) break;
            start = p;
            ++chars;
        }
        // Words that precede a name in a sentence are not part of it ("今天", "宣布", "旗下")
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (const std::string& w : suffixLexicon().lead) {
                if (at - start > w.size() + 3 && m_text.compare(start, w.size(), w) == 0) {
                    start += w.size();
                    stripped = true;
                    break;
                }
            }
        }
        std::string_view stem = m_text.substr(start, at - start);
        std::size_t stemChars = stem.size() / 3;
        if (stemChars < 2 || stemChars > 4 || genericStem(stem)) return end;
        // A suffix word inside the stem makes it a phrase ("科技能源"), not a brand
        for (std::size_t k = 0; k < stem.size(); k += 3)
            if (suffixAt(stem, k) != nullptr) return end;
        // Industry words alone ("物流", "证券") also close many noun phrases ("仓储物流机器人"): such a name
        // counts when the article repeats it or when something that cannot continue a noun follows it.
        bool legal = std::any_of(chain.begin(), chain.end(), [](const Suffix* s) { return s->legal; });
        if (!legal && !closedAt(end) && m_text.find(m_text.substr(start, end - start), end) == std::string_view::npos &&
            m_text.substr(0, start).find(m_text.substr(start, end - start)) == std::string_view::npos)
            return end;
        // The reported name drops legal forms, but keeps at least the stem
        std::size_t nameEnd = end;
        for (std::size_t k = chain.size(); k-- > 0 && chain[k]->legal;) nameEnd -= chain[k]->form.size();
        Entity e;
        e.span = {start, end};
        e.text = std::string(m_text.substr(start, end - start));
        e.canonical = std::string(m_text.substr(start, nameEnd - start));
        e.kind = EntityKind::Organization;
        m_found.push_back(e);
        block(e.span);
        return end;
    }

    /// A name introduced by what the company does ("机器人企业瀚芯机器人3月13日…") or by "以下简称“…”":
    /// it ends at a date, a known name, a clause break, a quote mark or a function word, and it must be
    /// used again in the article (a one-off phrase after "公司" is more often a noun than a name).
    void findIntroduced() {
        const zh::CueLexicon& cues = zh::cueLexicon();
        for (const std::string& d : suffixLexicon().descriptor) {
            for (std::size_t at = m_text.find(d); at != std::string_view::npos; at = m_text.find(d, at + 1)) {
                std::size_t start = at + d.size();
                if (start >= m_text.size() || m_blocked[start]) continue;
                std::size_t end = start;
                std::size_t chars = 0;
                while (end < m_text.size() && !m_blocked[end] && chars < 7) {
                    std::size_t len = 1;
                    char32_t c = zh::decodeAt(m_text, end, len);
                    if (!zh::isHan(c) || boundaryChar(c)) break;
                    // a verb or a measure starts the predicate: "星河微电子发布…", "瀚芯机器人募资…"
                    if (cueStartsAt(cues, end, "event") || cueStartsAt(cues, end, "amount")) break;
                    end += len;
                    ++chars;
                }
                if (chars < 2 || chars > 6 || end >= m_text.size()) continue;
                std::string_view name = m_text.substr(start, end - start);
                if (genericStem(name) || suffixAt(name, 0) != nullptr || startsWithWord(cues, name)) continue;
                if (m_text.find(name, end) == std::string_view::npos && m_text.rfind(name, at) == std::string_view::npos)
                    continue;
                addName(start, end);
            }
        }
        // "（以下简称“云帆”）": the short name an article goes on to use
        static constexpr std::string_view kAlias = "简称“";
        for (std::size_t at = m_text.find(kAlias); at != std::string_view::npos; at = m_text.find(kAlias, at + 1)) {
            std::size_t start = at + kAlias.size();
            std::size_t close = m_text.find("”", start);
            if (close == std::string_view::npos || close - start < 6 || close - start > 24 || m_blocked[start]) continue;
            if (!zh::hasHan(m_text.substr(start, close - start))) continue;
            addName(start, close);
        }
    }

    /// "公司表示", "公司计划": a verb or a function word after the descriptor, not a name
    static bool startsWithWord(const zh::CueLexicon& cues, std::string_view name) {
        for (std::string_view kind : {"speech", "hedge", "negation", "event", "amount", "qualifier", "anaphor", "role"}) {
            std::vector<zh::CueHit> hits = cues.find(name, 0, name.size(), kind);
            if (!hits.empty() && hits.front().start == 0) return true;
        }
        for (const std::string& w : suffixLexicon().lead)
            if (name.substr(0, w.size()) == w) return true;
        return false;
    }

    bool cueStartsAt(const zh::CueLexicon& cues, std::size_t at, std::string_view kind) const {
        std::vector<zh::CueHit> hits = cues.find(m_text, at, std::min(m_text.size(), at + 18), kind);
        return !hits.empty() && hits.front().start == at;
    }

    void addName(std::size_t start, std::size_t end) {
        for (std::size_t k = start; k < end; ++k)
            if (m_blocked[k]) return;
        Entity e;
        e.span = {start, end};
        e.text = std::string(m_text.substr(start, end - start));
        e.canonical = e.text;
        e.kind = EntityKind::Organization;
        m_found.push_back(e);
        block(e.span);
    }

    /// Later mentions of a found name where the left edge could not be told ("在云帆能源的工厂").
    void addRepeats() {
        std::vector<Entity> more;
        std::vector<std::string> names;
        for (const Entity& e : m_found) {
            if (std::find(names.begin(), names.end(), e.canonical) == names.end()) names.push_back(e.canonical);
        }
        for (const std::string& name : names) {
            for (std::size_t at = m_text.find(name); at != std::string_view::npos; at = m_text.find(name, at + 1)) {
                bool free = true;
                for (std::size_t k = at; k < at + name.size(); ++k) free = free && !m_blocked[k];
                if (!free) continue;
                Entity e;
                e.span = {at, at + name.size()};
                e.text = name;
                e.canonical = name;
                e.kind = EntityKind::Organization;
                block(e.span);
                more.push_back(e);
            }
        }
        m_found.insert(m_found.end(), more.begin(), more.end());
    }

    std::string_view m_text;
    std::vector<bool> m_blocked;
    std::vector<Entity> m_found;
};

}  // namespace

bool sameChineseOrganisation(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a.size() < 6 || !zh::hasHan(a) || b.substr(0, a.size()) != a) return false;
    // The rest of the longer name must be suffix words only
    for (std::size_t at = a.size(); at < b.size();) {
        const Suffix* s = suffixAt(b, at);
        if (s == nullptr) return false;
        at += s->form.size();
    }
    return true;
}

namespace {

/// Bytes [from, to) hold only an opening parenthesis and spaces, after the closing quotation mark of a quoted
/// name ("“摩羯”(Yagi)").
bool onlyParen(std::string_view text, std::size_t from, std::size_t to) {
    if (to < from || to - from > 9) return false;
    for (std::string_view close : {"\u201D", "\u300D", "\u300F"})
        if (text.compare(from, close.size(), close) == 0) {
            from += close.size();
            break;
        }
    if (to - from > 6) return false;
    std::string_view gap = text.substr(from, to - from);
    std::string_view paren = "(";
    std::string_view wide = "\uFF08";
    std::size_t p = gap.find(paren);
    std::size_t w = gap.find(wide);
    std::string rest(gap);
    if (p != std::string_view::npos) rest.erase(p, 1);
    else if (w != std::string_view::npos) rest.erase(w, wide.size());
    else return false;
    return rest.find_first_not_of(' ') == std::string::npos;
}

bool latinName(const Entity& e) { return !e.text.empty() && !zh::hasHan(e.text); }

}  // namespace

void linkParentheticalNames(std::string_view text, std::vector<Entity>& entities) {
    struct Link {
        std::string from;  // Latin canonical
        std::string to;    // Chinese canonical
        EntityKind kind;
    };
    std::vector<Link> links;
    for (std::size_t i = 0; i + 1 < entities.size(); ++i) {
        const Entity& a = entities[i];
        const Entity& b = entities[i + 1];
        if (b.span.start < a.span.end) continue;
        bool aLatin = latinName(a);
        bool bLatin = latinName(b);
        if (aLatin == bLatin) continue;
        const Entity& han = aLatin ? b : a;
        const Entity& latin = aLatin ? a : b;
        // An organisation glosses an organisation's name; a craft or a storm named by form (names_zh.h) a name of
        // any kind but a person or a place ("台风“摩羯”(Yagi)", "嫦娥六号(Chang'e-6)").
        const bool org = han.kind == EntityKind::Organization;
        if ((!org && han.kind != EntityKind::Other && han.kind != EntityKind::Product) || latin.kind == EntityKind::Person ||
            latin.kind == EntityKind::Place || (org && latin.kind == EntityKind::Product))
            continue;
        // "A (B)": an opening parenthesis between the two, a closing one right after the second
        std::size_t closeAt = b.span.end;
        while (closeAt < text.size() && text[closeAt] == ' ') ++closeAt;
        bool closed = text.compare(closeAt, 1, ")") == 0 || text.compare(closeAt, 3, "\uFF09") == 0;
        if (!onlyParen(text, a.span.end, b.span.start) || !closed) continue;
        std::string from = latin.canonical.empty() ? latin.text : latin.canonical;
        std::string to = han.canonical.empty() ? han.text : han.canonical;
        if (from != to) links.push_back(Link{from, to, han.kind});
    }
    for (const Link& link : links) {
        for (Entity& e : entities) {
            if ((e.canonical.empty() ? e.text : e.canonical) != link.from) continue;
            e.canonical = link.to;
            e.kind = link.kind;
        }
    }
}

std::vector<Entity> findChineseOrganisations(std::string_view text, const std::vector<Entity>& known,
                                             const std::vector<Span>& exclude) {
    if (!zh::hasHan(text)) return {};
    return Finder(text, known, exclude).run();
}

}  // namespace parallax::annotate
