// Character-level Chinese helpers. The cue lexicon is a flat list searched longest form first: Chinese cue
// words are short (two to six characters) and sentences are short, so a plain scan is fast enough and
// needs no segmenter (ICU's dictionary splits unknown brand names anyway).
#include "core/annotate/zh_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_set>

#include "core/annotate/claims_lexicon.h"
#include "core/knowledge/resources.h"

namespace parallax::annotate::zh {

char32_t decodeAt(std::string_view text, std::size_t i, std::size_t& len) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = b(i);
    auto cont = [&](std::size_t n) {
        if (i + n >= text.size() + 1) return false;
        for (std::size_t k = 1; k < n; ++k)
            if (i + k >= text.size() || (b(i + k) & 0xC0) != 0x80) return false;
        return true;
    };
    if (c < 0x80) { len = 1; return c; }
    if ((c & 0xE0) == 0xC0 && cont(2)) { len = 2; return static_cast<char32_t>(((c & 0x1F) << 6) | (b(i + 1) & 0x3F)); }
    if ((c & 0xF0) == 0xE0 && cont(3)) {
        len = 3;
        return static_cast<char32_t>(((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F));
    }
    if ((c & 0xF8) == 0xF0 && cont(4)) {
        len = 4;
        return static_cast<char32_t>(((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
                                     (b(i + 3) & 0x3F));
    }
    len = 1;
    return 0xFFFD;
}

bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF); }

namespace {

/// The eight bytes at p are ASCII (no high bit set), so none of them leads a Han character.
bool eightAscii(const char* p) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, p, sizeof eight);
    return (eight & 0x8080808080808080ULL) == 0;
}

}  // namespace

bool hasHan(std::string_view text) {
    // Every Han character is a three-byte sequence led by E3..E9 or EF, and such a byte is never the
    // continuation of another character: only those bytes need decoding. The extractors ask this of every
    // sentence, mostly of English text, where no byte qualifies.
    for (std::size_t i = 0; i < text.size(); ++i) {
        while (i + 8 <= text.size() && eightAscii(text.data() + i)) i += 8;
        if (i >= text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0xE3 || c > 0xEF) continue;
        std::size_t len = 1;
        if (isHan(decodeAt(text, i, len))) return true;
    }
    return false;
}

bool isClauseBreak(char32_t c) {
    return c == U'，' || c == U'；' || c == U'。' || c == U'！' || c == U'？' || c == U'：' || c == U'、' || c == ',' ||
           c == ';' || c == '\n' || c == '!' || c == '?';
}

bool isPunctOrSpace(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

void CueLexicon::load(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::string head = line.substr(0, tab);
        std::size_t colon = head.find(':');
        std::string kind = colon == std::string::npos ? head : head.substr(0, colon);
        std::string cls = colon == std::string::npos ? std::string{} : head.substr(colon + 1);
        for (std::string& form : splitList(std::string_view(line).substr(tab + 1), ','))
            m_cues.push_back({std::move(form), kind, cls});
    }
    std::stable_sort(m_cues.begin(), m_cues.end(), [](const Cue& a, const Cue& b) { return a.form.size() > b.form.size(); });
    index();
}

void CueLexicon::index() {
    m_byKind.clear();
    for (std::size_t k = 0; k < m_cues.size(); ++k)
        m_byKind[m_cues[k].kind][static_cast<unsigned char>(m_cues[k].form.front())].push_back(k);
}

std::vector<CueHit> CueLexicon::find(std::string_view text, std::size_t from, std::size_t to, std::string_view kind) const {
    std::vector<CueHit> out;
    const auto ofKind = m_byKind.find(kind);
    if (ofKind == m_byKind.end()) return out;
    to = std::min(to, text.size());
    for (std::size_t i = from; i < to;) {
        std::size_t len = 1;
        (void)decodeAt(text, i, len);
        const Cue* hit = nullptr;
        for (std::size_t k : ofKind->second[static_cast<unsigned char>(text[i])]) {
            const Cue& c = m_cues[k];
            if (i + c.form.size() > to) continue;
            if (text.compare(i, c.form.size(), c.form) == 0) {
                hit = &c;
                break;
            }
        }
        if (hit != nullptr) {
            out.push_back({i, i + hit->form.size(), hit});
            i += hit->form.size();
        } else {
            i += len;
        }
    }
    return out;
}

bool CueLexicon::any(std::string_view text, std::size_t from, std::size_t to, std::string_view kind) const {
    return !find(text, from, to, kind).empty();
}

const CueLexicon& cueLexicon() {
    static const CueLexicon lex = [] {
        CueLexicon l;
        l.load(knowledge::dataLines("zh-claims.txt"));
        return l;
    }();
    return lex;
}

bool isSurname(std::string_view s) {
    static const std::unordered_set<std::string> names = [] {
        std::unordered_set<std::string> out;
        for (const std::string& line : knowledge::dataLines("zh-surnames.txt")) out.insert(line);
        return out;
    }();
    return names.count(std::string(s)) > 0;
}

namespace {

/// Characters that end a name: function words and verbs that follow a person in news ("张伟表示", "张伟在").
bool stopsName(char32_t c) {
    static const std::u32string stops = U"在于表称说曾是的将也已对向与和及兼等认指透介强今昨日近此该这还则并就都又被把为从后称、，。：；（）“”";
    return stops.find(c) != std::u32string::npos;
}

}  // namespace

std::string personNameAt(std::string_view text, std::size_t at, std::size_t end) {
    end = std::min(end, text.size());
    std::size_t surnameLen = 0;
    for (std::size_t n : {6U, 3U}) {  // compound surnames first
        if (at + n <= end && isSurname(text.substr(at, n))) {
            surnameLen = n;
            break;
        }
    }
    if (surnameLen == 0) return {};
    std::size_t i = at + surnameLen;
    std::size_t given = 0;
    while (i < end && given < 2) {
        std::size_t len = 1;
        char32_t c = decodeAt(text, i, len);
        if (!isHan(c) || stopsName(c)) break;
        i += len;
        ++given;
    }
    if (given == 0) return {};
    return std::string(text.substr(at, i - at));
}

std::string personNameBefore(std::string_view text, std::size_t end, std::size_t floor) {
    auto openBefore = [&](std::size_t at) {
        if (at <= floor) return true;
        std::size_t p = at - 1;
        while (p > floor && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        std::size_t len = 1;
        char32_t c = decodeAt(text, p, len);
        if (!isHan(c) || stopsName(c)) return true;
        // a title right before the name: "首席执行官张伟"
        for (const CueHit& h : cueLexicon().find(text, p >= 15 ? p - 15 : 0, at, "role"))
            if (h.end == at) return true;
        return false;
    };
    for (std::size_t back : {9U, 6U}) {
        if (end < floor + back) continue;
        std::size_t at = end - back;
        if (back == 9 && !openBefore(at)) continue;
        std::string name = personNameAt(text, at, end);
        if (name.size() == back) return name;
    }
    return {};
}

std::size_t clauseBegin(std::string_view text, std::size_t from, std::size_t at) {
    std::size_t begin = from;
    for (std::size_t i = from; i < at && i < text.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        i += len;
        if (zh::isClauseBreak(c)) begin = i;
    }
    return begin;
}

std::size_t clauseFinish(std::string_view text, std::size_t at, std::size_t to) {
    for (std::size_t i = at; i < to && i < text.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        if (zh::isClauseBreak(c)) return i;
        i += len;
    }
    return to;
}


}  // namespace parallax::annotate::zh
