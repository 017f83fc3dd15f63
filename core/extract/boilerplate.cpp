// Page clutter in plain-text saves has a shape more than a vocabulary: it sits before the headline or after
// the last paragraph, it comes in short lines without sentence punctuation, in runs of headlines, and it
// repeats. The lexicon names the common phrases; the other signals catch what it does not know.
#include "core/extract/boilerplate.h"

#include <map>
#include <set>
#include <string>

#include "core/extract/navigation.h"
#include "core/extract/textutil.h"

namespace parallax::extract {

namespace {

constexpr std::size_t kListMaxItems = 40;

/// Word counts and prose flags of all blocks, counted once: every pass of the cleaners asks for them.
struct BlockMeasures {
    std::vector<std::size_t> words;
    std::vector<char> prose;

    explicit BlockMeasures(const std::vector<Block>& blocks) {
        words.reserve(blocks.size());
        prose.reserve(blocks.size());
        for (const Block& b : blocks) {
            words.push_back(wordCount(b.text));
            prose.push_back(isProseOfWords(b.text, words.back()) ? 1 : 0);
        }
    }
};

/// A question of a Q&A block: "Q: ...", "– What is ...?", a short line ending in '?'.
bool questionShaped(const std::string& t, std::size_t words) {
    if (t.rfind("Q:", 0) == 0 || t.rfind("Q.", 0) == 0) return true;
    if (words > 30) return false;
    return t.size() >= 1 && (t.back() == '?' || t.compare(t.size() >= 3 ? t.size() - 3 : 0, 3, "\xEF\xBC\x9F") == 0);
}

std::set<std::string> contentWords(std::string_view text) {
    std::set<std::string> out;
    for (auto& w : words(normalizeForMatch(text)))
        if (w.size() >= 4) out.insert(std::move(w));
    return out;
}

/// Share of an answer's content words that the body already has.
double coverage(const std::set<std::string>& body, std::string_view answer) {
    const auto ws = contentWords(answer);
    if (ws.empty()) return 1.0;
    std::size_t hit = 0;
    for (const auto& w : ws) hit += body.count(w);
    return static_cast<double>(hit) / static_cast<double>(ws.size());
}

class PlainCleaner {
public:
    PlainCleaner(const std::vector<Block>& blocks, const CleanContext& context, const BoilerplateLexicon& lexicon)
        : m_blocks(blocks), m_context(context), m_lexicon(lexicon), m_keep(blocks.size(), true), m_measures(blocks) {}

    std::vector<bool> run() {
        const std::size_t bodyStart = static_cast<std::size_t>(m_context.titleIndex + 1);
        for (std::size_t i = 0; i < bodyStart && i < m_keep.size(); ++i) m_keep[i] = false;  // header and title
        for (std::size_t i = 0; i < m_context.consumed.size() && i < m_keep.size(); ++i)
            if (m_context.consumed[i]) m_keep[i] = false;
        lexiconPass(bodyStart);
        topZone(bodyStart);
        menus(bodyStart);
        questionsAndAnswers(bodyStart);
        repeats();
        headlineRuns();
        trailingZone();
        return m_keep;
    }

private:
    std::size_t size() const { return m_blocks.size(); }
    bool isProseBlock(std::size_t i) const { return m_measures.prose[i] != 0; }
    /// A line of a link list: a headline or a label, not running text.
    bool isHeadlineLike(std::size_t i) const { return !isProseBlock(i); }
    std::size_t words(std::size_t i) const { return m_measures.words[i]; }
    bool isQuestion(std::size_t i) const { return questionShaped(m_blocks[i].text, words(i)); }

    void lexiconPass(std::size_t start) {
        std::size_t totalProse = 0;
        for (std::size_t i = start; i < size(); ++i)
            if (isProseBlock(i)) totalProse += m_blocks[i].text.size();
        std::size_t proseSoFar = 0;
        for (std::size_t i = start; i < size(); ++i) {
            const Block& b = m_blocks[i];
            const unsigned kinds = m_lexicon.match(b.text);
            const bool prose = isProseBlock(i);
            if ((kinds & kEnd) && !prose && proseSoFar * 2 >= totalProse) {
                // The comment form / "related" section at the bottom: nothing after it is the article.
                for (std::size_t k = i; k < size(); ++k) m_keep[k] = false;
                return;
            }
            if ((kinds & (kList | kEnd)) && !prose) {
                m_keep[i] = false;
                std::size_t j = i + 1;
                while (j < size() && j - i <= kListMaxItems && isHeadlineLike(j) &&
                       !(m_lexicon.match(m_blocks[j].text) & kFaq)) {
                    m_keep[j] = false;
                    ++j;
                }
                i = j - 1;
                continue;
            }
            if (kinds & kFaq) m_faqHeadings.insert(i);
            if ((kinds & (kLine | kLabel)) || ((kinds & kContains) && words(i) <= 40)) m_keep[i] = false;
            if (prose) proseSoFar += b.text.size();
        }
    }

    // Between the headline and the running text sit bylines, desk names, dates, share bars and kickers.
    void topZone(std::size_t start) {
        std::size_t prose = 0;
        for (std::size_t i = start; i < size() && prose < 2; ++i) {
            const Block& b = m_blocks[i];
            if (isProseBlock(i)) {
                ++prose;
                continue;
            }
            // "They're coming anyway." is a sentence; "news desk" or "Markets" is a label.
            if (b.kind != BlockKind::ListItem && words(i) <= 5 && !endsWithSentencePunctuation(b.text))
                m_keep[i] = false;
            // "Markets | Deals | IPO Tracker", "Share: LinkedIn | X | Email": navigation and share bars.
            if (parseMenuLine(b.text)) m_keep[i] = false;
        }
    }

    // Inside the text a menu needs a clearer shape: many one-to-three-word labels and no figures (a table
    // row "Revenue | 1.26bn | 0.89bn" stays), and no row of figures next to it (then it is a table's header).
    void menus(std::size_t start) {
        auto figures = [&](std::size_t i) {
            if (i < start || i >= size()) return false;
            const auto row = parseMenuLine(m_blocks[i].text);
            return row && row->digits;
        };
        for (std::size_t i = start; i < size(); ++i) {
            const auto menu = parseMenuLine(m_blocks[i].text);
            if (menu && menu->items >= 4 && menu->longestWords <= 3 && !menu->digits && !figures(i - 1) &&
                !figures(i + 1))
                m_keep[i] = false;
        }
    }

    // FAQ blocks that only restate the article: drop each question whose answer the body already covers.
    void questionsAndAnswers(std::size_t start) {
        std::size_t i = start;
        while (i < size()) {
            const bool heading = m_faqHeadings.count(i) > 0;
            if (!heading && !(isQuestion(i) && m_keep[i])) {
                ++i;
                continue;
            }
            // Collect the question/answer pairs that follow.
            std::vector<std::pair<std::size_t, std::vector<std::size_t>>> pairs;
            std::size_t j = heading ? i + 1 : i;
            while (j < size() && isQuestion(j)) {
                std::pair<std::size_t, std::vector<std::size_t>> qa{j, {}};
                ++j;
                while (j < size() && !isQuestion(j) && qa.second.size() < 3 &&
                       m_blocks[j].kind != BlockKind::Heading && !m_faqHeadings.count(j)) {
                    qa.second.push_back(j);
                    ++j;
                }
                if (qa.second.empty()) break;
                pairs.push_back(std::move(qa));
            }
            // One rhetorical question in running text is not a FAQ block.
            if (pairs.size() < 2 && !(heading && !pairs.empty())) {
                i = std::max(i + 1, j);
                continue;
            }
            std::set<std::string> body;
            for (std::size_t k = start; k < i; ++k)
                if (m_keep[k])
                    for (auto& w : contentWords(m_blocks[k].text)) body.insert(std::move(w));
            bool allDropped = true;
            for (const auto& [q, answers] : pairs) {
                std::string answerText;
                for (std::size_t a : answers) answerText += m_blocks[a].text + " ";
                if (coverage(body, answerText) >= 0.75) {
                    m_keep[q] = false;
                    for (std::size_t a : answers) m_keep[a] = false;
                } else {
                    allDropped = false;
                }
            }
            if (heading && allDropped) m_keep[i] = false;
            i = std::max(i + 1, j);
        }
    }

    // A headline printed twice is a title repeated in the page or a list of links; a paragraph printed
    // twice is a copy: keep the first.
    void repeats() {
        std::map<std::string, std::vector<std::size_t>> seen;
        for (std::size_t i = 0; i < size(); ++i) {
            std::string key = normalizeForMatch(m_blocks[i].text);
            if (!key.empty()) seen[key].push_back(i);
        }
        const std::string title = m_context.titleIndex >= 0
                                      ? normalizeForMatch(m_blocks[static_cast<std::size_t>(m_context.titleIndex)].text)
                                      : std::string();
        const std::string finalTitle = normalizeForMatch(m_context.title);
        for (const auto& [key, at] : seen) {
            if (key == title || (!finalTitle.empty() && key == finalTitle)) {
                for (std::size_t i : at) m_keep[i] = false;
                continue;
            }
            if (at.size() < 2) continue;
            const bool headline = isHeadlineLike(at[0]) && !endsWithSentencePunctuation(m_blocks[at[0]].text);
            for (std::size_t k = headline ? 0 : 1; k < at.size(); ++k) m_keep[at[k]] = false;
        }
    }

    // Three or more headline-shaped lines in a row (no sentence punctuation, several words, capitalised)
    // are a list of links to other articles.
    void headlineRuns() {
        auto headlineShaped = [&](std::size_t i) {
            const Block& b = m_blocks[i];
            const std::size_t w = words(i);
            if (b.kind != BlockKind::Paragraph || w < 4 || w > 18) return false;  // the cheap tests first
            if (const auto row = parseMenuLine(b.text); row && row->digits) return false;  // a table row
            return !endsWithSentencePunctuation(b.text) && titleCaseRatio(b.text) >= 0.6;
        };
        std::size_t i = 0;
        while (i < size()) {
            if (!m_keep[i] || !headlineShaped(i)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < size() && m_keep[j] && headlineShaped(j)) ++j;
            if (j - i >= 3)
                for (std::size_t k = i; k < j; ++k) m_keep[k] = false;
            i = j;
        }
    }

    // After the last paragraph of running text come key-point recaps, tags, "View more", share bars.
    void trailingZone() {
        std::size_t last = size();
        for (std::size_t i = size(); i-- > 0;)
            if (m_keep[i] && isProseBlock(i)) {
                last = i;
                break;
            }
        if (last == size()) return;
        for (std::size_t i = last + 1; i < size(); ++i) {
            const Block& b = m_blocks[i];
            // A closing short sentence ("They're coming anyway.") is text; labels end with ':' or nothing.
            const bool sentence = endsWithSentencePunctuation(b.text) && b.text.back() != ':' &&
                                  (b.kind == BlockKind::ListItem || words(i) >= 4);
            if (!sentence) m_keep[i] = false;
        }
    }

    const std::vector<Block>& m_blocks;
    const CleanContext& m_context;
    const BoilerplateLexicon& m_lexicon;
    std::vector<bool> m_keep;
    BlockMeasures m_measures;
    std::set<std::size_t> m_faqHeadings;
};

}  // namespace

std::vector<bool> cleanPlainText(const std::vector<Block>& blocks, const CleanContext& context,
                                 const BoilerplateLexicon& lexicon) {
    return PlainCleaner(blocks, context, lexicon).run();
}

std::vector<bool> cleanExtractedHtml(const std::vector<Block>& blocks, const CleanContext& context,
                                     const BoilerplateLexicon& lexicon) {
    std::vector<bool> keep(blocks.size(), true);
    for (std::size_t i = 0; i < context.consumed.size() && i < keep.size(); ++i)
        if (context.consumed[i]) keep[i] = false;
    if (context.titleIndex >= 0 && static_cast<std::size_t>(context.titleIndex) < keep.size())
        keep[static_cast<std::size_t>(context.titleIndex)] = false;
    const BlockMeasures measures(blocks);
    std::size_t totalProse = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (measures.prose[i]) totalProse += blocks[i].text.size();
    std::size_t proseSoFar = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        const bool prose = measures.prose[i] != 0;
        const unsigned kinds = lexicon.match(b.text);
        // Only near the very end does an "end" heading cut: the reader already dropped most such sections.
        if ((kinds & kEnd) && !prose && proseSoFar * 10 >= totalProse * 9) {
            for (std::size_t k = i; k < blocks.size(); ++k) keep[k] = false;
            break;
        }
        if ((!prose && (kinds & (kLine | kLabel))) || ((kinds & kContains) && measures.words[i] <= 25)) keep[i] = false;
        if (prose) proseSoFar += b.text.size();
    }
    return keep;
}

}  // namespace parallax::extract
