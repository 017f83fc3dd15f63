#include "core/extract/lexicon.h"

#include <algorithm>

#include "core/extract/textutil.h"
#include "core/knowledge/resources.h"

namespace parallax::extract {

namespace {

unsigned kindFromName(std::string_view name) {
    if (name == "line") return kLine;
    if (name == "contains") return kContains;
    if (name == "list") return kList;
    if (name == "end") return kEnd;
    if (name == "faq") return kFaq;
    if (name == "label") return kLabel;
    return kNone;
}

/// Does `phrase` match `text` starting at word `t`? Returns the number of text words consumed, or -1.
int matchAt(const std::vector<std::string>& phrase, std::size_t p, const std::vector<std::string_view>& text,
            std::size_t t) {
    if (p == phrase.size()) return 0;
    if (phrase[p] == "*") {
        for (std::size_t skip = 0; skip <= 3 && t + skip <= text.size(); ++skip) {
            int rest = matchAt(phrase, p + 1, text, t + skip);
            if (rest >= 0) return rest + static_cast<int>(skip);
        }
        return -1;
    }
    if (t >= text.size() || text[t] != phrase[p]) return -1;
    int rest = matchAt(phrase, p + 1, text, t + 1);
    return rest < 0 ? -1 : rest + 1;
}

constexpr std::size_t kContainsMaxWords = 40;
/// Words a whole-block phrase may leave over ("Back to top button"); see match.
constexpr std::size_t kMaxExtraWords = 2;

}  // namespace

BoilerplateLexicon::BoilerplateLexicon(const std::vector<std::string>& lines) : m_longestMatch(kContainsMaxWords) {
    for (const auto& line : lines) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const unsigned kind = kindFromName(std::string_view(line).substr(0, tab));
        if (kind == kNone) continue;
        Phrase p;
        p.kind = kind;
        // Keep "*" as a token: normalizeForMatch would drop it as punctuation.
        for (const auto& w : words(std::string_view(line).substr(tab + 1))) {
            if (w == "*") p.words.push_back(w);
            else
                for (const auto& n : words(normalizeForMatch(w))) p.words.push_back(n);
        }
        if (p.words.empty()) continue;
        if (p.kind == kLabel) {
            m_labels[p.words] |= p.kind;
            continue;
        }
        std::size_t span = 0;  // the most text words the phrase can take: "*" takes up to three
        for (const auto& w : p.words) span += w == "*" ? 3 : 1;
        m_longestMatch = std::max(m_longestMatch, span + kMaxExtraWords);
        if (p.words.front() == "*") m_anyFirst.push_back(m_phrases.size());
        else m_byFirst[p.words.front()].push_back(m_phrases.size());
        m_phrases.push_back(std::move(p));
    }
}

template <class Test>
void BoilerplateLexicon::forCandidates(std::string_view first, Test test) const {
    if (const auto it = m_byFirst.find(first); it != m_byFirst.end())
        for (const std::size_t i : it->second) test(m_phrases[i]);
    for (const std::size_t i : m_anyFirst) test(m_phrases[i]);
}

const BoilerplateLexicon& BoilerplateLexicon::standard() {
    static const BoilerplateLexicon lexicon(knowledge::dataLines("boilerplate.txt"));
    return lexicon;
}

unsigned BoilerplateLexicon::match(std::string_view text) const {
    // Running text is longer than any rule looks at: count its words, up to that length, before normalizing it.
    if (moreMatchWordsThan(text, m_longestMatch)) return kNone;
    const std::string norm = normalizeForMatch(text);
    const std::vector<std::string_view> tw = wordViews(norm);
    if (tw.empty()) {
        // Only symbols ("×", "|", "•••"): page furniture, never article text.
        return text.empty() ? kNone : kLine;
    }
    unsigned kinds = kNone;
    // The words before the first colon, for "Label: ..." rules (ASCII or full-width colon).
    std::vector<std::string> labelWords;
    std::size_t colon = text.find(':');
    if (const std::size_t wide = text.find("\uFF1A"); wide < colon) colon = wide;
    if (colon != std::string_view::npos && colon < 40 && tw.size() <= kContainsMaxWords)
        labelWords = words(normalizeForMatch(text.substr(0, colon)));
    if (!labelWords.empty())
        if (const auto it = m_labels.find(labelWords); it != m_labels.end()) kinds |= it->second;
    if (tw.size() <= kContainsMaxWords)
        for (std::size_t start = 0; start < tw.size() && !(kinds & kContains); ++start)
            forCandidates(tw[start], [&](const Phrase& p) {
                if (p.kind == kContains && matchAt(p.words, 0, tw, start) >= 0) kinds |= p.kind;
            });
    forCandidates(tw.front(), [&](const Phrase& p) {
        if (p.kind == kContains) return;
        const int used = matchAt(p.words, 0, tw, 0);
        if (used < 0) return;
        const std::size_t extra = tw.size() - static_cast<std::size_t>(used);
        // A one-word phrase must be the whole block ("Home", not "Home Secretary resigns"); longer phrases
        // allow a little more ("Back to top button", "Follow us on X", "More from Technology").
        const std::size_t allowed = p.words.size() == 1 ? 0 : (p.kind == kFaq ? 1 : kMaxExtraWords);
        if (extra <= allowed) kinds |= p.kind;
    });
    return kinds;
}

}  // namespace parallax::extract
