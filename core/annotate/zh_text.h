#pragma once
/// @file zh_text.h  Character-level helpers and cue lexicons for Chinese text (internal to parallax_annotate).
/// Chinese writes no spaces, so the Chinese extractors work on UTF-8 characters and byte offsets rather than
/// on words: a cue is found wherever its characters occur, longest first.
#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate::zh {

/// Code point of the UTF-8 character at text[i] and its length in bytes (1 for a stray byte).
[[nodiscard]] char32_t decodeAt(std::string_view text, std::size_t i, std::size_t& len);
/// A CJK ideograph (the unified blocks).
[[nodiscard]] bool isHan(char32_t c);
/// The text contains at least one Han character.
[[nodiscard]] bool hasHan(std::string_view text);
/// Ends a clause: ，；。！？：、 and their ASCII forms, and line breaks.
[[nodiscard]] bool isClauseBreak(char32_t c);
/// Start of the clause holding byte `at`: just after the last clause break before it, not before `from`.
[[nodiscard]] std::size_t clauseBegin(std::string_view text, std::size_t from, std::size_t at);
/// End of the clause starting at or before `at`: the next clause break, or `to`.
[[nodiscard]] std::size_t clauseFinish(std::string_view text, std::size_t at, std::size_t to);
/// Full-width or CJK punctuation and ASCII punctuation/space: what a comparable quote drops.
[[nodiscard]] bool isPunctOrSpace(char32_t c);

/// One cue of zh-claims.txt: a written form, its kind ("event", "amount", ...) and the class it maps to.
struct Cue {
    std::string form;
    std::string kind;
    std::string cls;
};

/// A cue found in a text: where, which.
struct CueHit {
    std::size_t start = 0;
    std::size_t end = 0;
    const Cue* cue = nullptr;
};

/// The Chinese cue lexicon (resources/knowledge/zh-claims.txt plus the user's file), loaded once.
class CueLexicon {
public:
    /// Parses lines "<kind>:<class><TAB>form, form" or "<kind><TAB>form, form".
    void load(const std::vector<std::string>& lines);
    /// Non-overlapping hits of cues of `kind` in text[from, to), longest form first at each position.
    [[nodiscard]] std::vector<CueHit> find(std::string_view text, std::size_t from, std::size_t to,
                                           std::string_view kind) const;
    /// Any cue of `kind` in text[from, to).
    [[nodiscard]] bool any(std::string_view text, std::size_t from, std::size_t to, std::string_view kind) const;

private:
    /// Indexes into m_cues, longest form first, by kind and the form's first byte: find runs at every character
    /// of every Chinese sentence, several kinds each, and only the cues starting with that byte can match there.
    using ByFirstByte = std::array<std::vector<std::size_t>, 256>;
    void index();

    std::vector<Cue> m_cues;  ///< longest form first
    std::map<std::string, ByFirstByte, std::less<>> m_byKind;
};

[[nodiscard]] const CueLexicon& cueLexicon();

/// Chinese surnames (zh-surnames.txt): one- and two-character family names, for person names after a title.
[[nodiscard]] bool isSurname(std::string_view s);

/// A Chinese person name starting at text[at]: a surname and one or two given-name characters, stopping
/// before function words ("周明远表示" -> "周明远"); empty when no surname starts there.
[[nodiscard]] std::string personNameAt(std::string_view text, std::size_t at, std::size_t end);

/// A Chinese person name that ends at byte `end` (not starting before `floor`): "，姚明远表示" -> "姚明远".
/// Three characters only when what precedes them cannot be part of a name (punctuation, a title, the
/// sentence start), else two ("公司张伟表示" -> "张伟").
[[nodiscard]] std::string personNameBefore(std::string_view text, std::size_t end, std::size_t floor);

}  // namespace parallax::annotate::zh
