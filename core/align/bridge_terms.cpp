#include "core/align/bridge_terms.h"

#include <algorithm>

#include "core/align/script_bridge.h"
#include "core/text/han_serial.h"

namespace parallax::align {

bool isInnerCapital(std::string_view text, const text::Token& t) {
    char first = text[t.span.start];
    if (first < 'A' || first > 'Z') return false;
    std::size_t i = t.span.start;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    if (i == 0) return false;
    char prev = text[i - 1];
    return !(prev == '.' || prev == '!' || prev == '?' || prev == '\n' || prev == ':' || prev == '"' ||
             static_cast<unsigned char>(prev) >= 0x80);  // closing quotes and CJK punctuation
}

bool nameLike(std::string_view text, const text::Token& t) {
    const std::string_view w = text.substr(t.span.start, t.span.end - t.span.start);
    if (w.size() < 2 || static_cast<unsigned char>(w[0]) >= 0x80) return false;
    bool letter = false;
    bool digit = false;
    bool innerUpper = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (c >= '0' && c <= '9') digit = true;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') letter = true;
        if (i > 0 && c >= 'A' && c <= 'Z') innerUpper = true;
    }
    if (!letter) return false;
    if (digit || innerUpper || isInnerCapital(text, t)) return true;
    auto nonLatin = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
    return (t.span.start > 0 && nonLatin(text[t.span.start - 1])) || (t.span.end < text.size() && nonLatin(text[t.span.end]));
}

void BridgeTerms::add(const std::string& key) {
    static const TermId kPrefix = termHash("n:");
    m_counts[termHash(key, kPrefix)] += 1.0F;
}

void BridgeTerms::token(const text::Token& t, bool han, bool adjacent) {
    if (!adjacent) m_previousName.clear();
    if (han) {
        m_previousName.clear();
        const std::size_t chars = t.norm.size() / 3;  // BMP ideographs are three UTF-8 bytes
        if (chars < 2 || chars > 4) return;
        const std::string key = pinyinKey(simplifiedHan(t.norm));
        if (!key.empty()) add(key);
        return;
    }
    if (!nameLike(m_text, t)) {
        m_previousName.clear();
        return;
    }
    std::string key = romanKey(t.norm);
    if (key.size() < 2) return;
    add(key);
    if (!m_previousName.empty()) add(m_previousName + key);
    m_previousName = std::move(key);
}

void BridgeTerms::entity(const std::string& written) {
    // A typographic apostrophe is the ASCII one ("Chang’e-6" romanises as "Chang'e-6" does).
    std::string name = written;
    for (std::size_t at = name.find("\u2019"); at != std::string::npos; at = name.find("\u2019", at)) name.replace(at, 3, "'");
    std::string key;
    if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        key = romanKey(name);
    else if (const auto serial = text::splitSerialName(name))  // "嫦娥六号" -> "change6", as "Chang'e-6" gives
        key = pinyinKey(simplifiedHan(serial->first)) + std::to_string(serial->second);
    else if (isHanWord(name))
        key = pinyinKey(simplifiedHan(name));
    if (key.size() < 2 || std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
    add(key);
}

std::vector<std::pair<TermId, float>> BridgeTerms::take() {
    std::vector<std::pair<TermId, float>> out(m_counts.begin(), m_counts.end());
    std::sort(out.begin(), out.end());
    m_counts.clear();
    return out;
}

}  // namespace parallax::align
