// Inline Markdown to plain text. Readers compare wording, so markup must vanish without eating words:
// "**bold**" -> "bold", "[Reuters](https://...)" -> "Reuters", "![chart](x.png)" -> "".
#include "core/formats/markdown/markdown_reader.h"
#include "core/formats/text/paragraphs.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace parallax::formats::markdown {

namespace {

constexpr std::size_t npos = std::string_view::npos;

/// Where each bracket of one kind closes, for a whole line read once. The answer for the bracket at `p` is the
/// one a scan from `p` gives (nesting counted, a backslash hides the next character): the first later
/// bracket, not hidden, where the nesting falls back below its level. Scanning from each bracket instead was
/// quadratic on a line of many unclosed "[".
class BracketMatches {
public:
    BracketMatches(std::string_view s, char open, char close) {
        struct Waiting {
            std::size_t entry;  ///< index into m_opens
            long level;         ///< the nesting at which its closing bracket brings the count back
        };
        std::vector<Waiting> waiting;  // levels rise from bottom to top: only the top ones can close
        long nesting = 0;
        bool hidden = false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char ch = s[i];
            const bool wasHidden = std::exchange(hidden, false);
            if (!wasHidden && ch == '\\') {
                hidden = true;
                continue;
            }
            if (ch == open) {
                // A hidden "[" is still the start of a scan that begins on it (inside a label read on its own).
                if (!wasHidden) ++nesting;
                m_opens.push_back(i);
                m_closes.push_back(npos);
                waiting.push_back({m_opens.size() - 1, nesting - 1});
            } else if (ch == close && !wasHidden) {
                --nesting;
                for (; !waiting.empty() && waiting.back().level == nesting; waiting.pop_back())
                    m_closes[waiting.back().entry] = i;
            }
        }
    }

    /// The bracket closing the one at `at`, when it lies before `end` (the end of the part being read), else npos.
    [[nodiscard]] std::size_t closing(std::size_t at, std::size_t end) const {
        const auto it = std::lower_bound(m_opens.begin(), m_opens.end(), at);
        if (it == m_opens.end() || *it != at) return npos;
        const std::size_t c = m_closes[static_cast<std::size_t>(it - m_opens.begin())];
        return c < end ? c : npos;
    }

private:
    std::vector<std::size_t> m_opens;   ///< positions of opening brackets, ascending
    std::vector<std::size_t> m_closes;  ///< the closing bracket of each, or npos
};

/// `s.find(needle, from)` for a `from` that only moves forward: a search resumes where the last one stopped,
/// so all of them together read the line about once (a line of many "<" without ">" was quadratic).
class ForwardFind {
public:
    ForwardFind(std::string_view s, std::string needle) : m_s(s), m_needle(std::move(needle)) {}

    std::size_t from(std::size_t pos) {
        if (!m_used || pos < m_from || (m_found != npos && m_found < pos)) {
            m_used = true;
            m_from = pos;
            m_found = m_s.find(m_needle, pos);
        }
        return m_found;
    }

private:
    std::string_view m_s;
    std::string m_needle;
    bool m_used = false;
    std::size_t m_from = 0;
    std::size_t m_found = npos;
};

bool isPunct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string decodeEntities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&') {
            bool done = false;
            for (auto [name, value] : {std::pair<std::string_view, std::string_view>{"&amp;", "&"}, {"&lt;", "<"},
                                       {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
                                       {"&nbsp;", " "}, {"&mdash;", "\u2014"}, {"&ndash;", "\u2013"}}) {
                if (s.substr(i, name.size()) == name) {
                    out += value;
                    i += name.size() - 1;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        out += s[i];
    }
    return out;
}

/// Links nested deeper than this inside link labels keep their label as written: each level reads its label
/// again, and a line of thousands of nested links must not cost thousands of readings (or the stack).
constexpr int kMaxLinkNesting = 16;

/// One line read once for all the inline scans; `strip` reads any part of it.
class InlineLine {
public:
    explicit InlineLine(std::string_view s)
        : m_s(s), m_brackets(s, '[', ']'), m_parens(s, '(', ')'), m_nextGt(s, ">"), m_nextLt(s, "<"),
          m_nextScheme(s, "://"), m_nextCloseBracket(s, "]") {}

    std::string strip(std::size_t begin, std::size_t end, int nesting);

private:
    /// The first `ticks` backticks in a row at or after `from`, or npos.
    std::size_t fence(std::size_t ticks, std::size_t from) {
        auto it = m_fences.find(ticks);
        if (it == m_fences.end()) it = m_fences.emplace(ticks, ForwardFind(m_s, std::string(ticks, '`'))).first;
        return it->second.from(from);
    }

    std::string_view m_s;
    BracketMatches m_brackets, m_parens;
    ForwardFind m_nextGt, m_nextLt, m_nextScheme, m_nextCloseBracket;
    std::map<std::size_t, ForwardFind> m_fences;
};

// Reads m_s[begin, end) as the old recursive reader read that substring: every search is bounded by `end`.
std::string InlineLine::strip(std::size_t begin, std::size_t end, int nesting) {
    const std::string_view s = m_s;
    std::string out;
    out.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < end && isPunct(s[i + 1])) {
            out += s[++i];
            continue;
        }
        if (c == '`') {
            std::size_t ticks = 0;
            while (i + ticks < end && s[i + ticks] == '`') ++ticks;
            const std::size_t close = fence(ticks, i + ticks);
            if (close != npos && close + ticks <= end) {
                out += text::collapseSpaces(s.substr(i + ticks, close - i - ticks));
                i = close + ticks - 1;
                continue;
            }
        }
        if (c == '!' && i + 1 < end && s[i + 1] == '[') {
            const std::size_t close = m_brackets.closing(i + 1, end);
            if (close != npos && close + 1 < end && s[close + 1] == '(') {
                const std::size_t paren = m_parens.closing(close + 1, end);
                if (paren != npos) {
                    i = paren;  // images carry no article text
                    continue;
                }
            }
        }
        if (c == '[') {
            const std::size_t close = m_brackets.closing(i, end);
            if (close != npos) {
                std::size_t resume = npos;
                if (close + 1 < end && s[close + 1] == '(') resume = m_parens.closing(close + 1, end);
                if (resume == npos && close + 1 < end && s[close + 1] == '[') {  // reference link [text][ref]
                    const std::size_t ref = m_nextCloseBracket.from(close + 1);
                    if (ref < end) resume = ref;
                }
                if (resume != npos) {  // the label is read only for a link, never for a bare "[...]"
                    out += nesting < kMaxLinkNesting ? strip(i + 1, close, nesting + 1)
                                                     : std::string(s.substr(i + 1, close - i - 1));
                    i = resume;
                    continue;
                }
            }
        }
        if (c == '<') {
            const std::size_t close = m_nextGt.from(i);
            if (close < end) {
                const std::string_view inner = s.substr(i + 1, close - i - 1);
                const std::size_t scheme = m_nextScheme.from(i + 1);
                if ((scheme != npos && scheme + 3 <= close) || inner.substr(0, 7) == "mailto:") {
                    out += inner;  // autolink
                    i = close;
                    continue;
                }
                const std::size_t lt = m_nextLt.from(i + 1);
                if (!inner.empty() && (isAlnum(inner[0]) || inner[0] == '/' || inner[0] == '!') && !(lt < close)) {
                    i = close;  // inline HTML tag or comment
                    continue;
                }
            }
        }
        if (c == '*' || c == '_' || c == '~') {
            // Emphasis markers: a run of them next to a word (not "2 * 3" nor "snake_case").
            std::size_t run = 0;
            while (i + run < end && s[i + run] == c) ++run;
            const char before = i > begin ? s[i - 1] : ' ';
            const char after = i + run < end ? s[i + run] : ' ';
            const bool intraword = isAlnum(before) && isAlnum(after);
            const bool flanking = (after != ' ') || (before != ' ');
            if (flanking && !(c == '_' && intraword) && !(c == '~' && run == 1) && !(before == ' ' && after == ' ')) {
                i += run - 1;
                continue;
            }
        }
        out += c;
    }
    return text::collapseSpaces(decodeEntities(out));
}

}  // namespace

std::string stripInline(std::string_view s) { return InlineLine(s).strip(0, s.size(), 0); }

}  // namespace parallax::formats::markdown
