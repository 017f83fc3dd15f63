#pragma once
/// @file glosses.h  Romanisation glosses inside Chinese words ("年產(chǎn)能" -> "年產能").
/// Some Chinese sites print the pinyin of a rarer character in brackets right after it, in the middle of the
/// word; the text is read (and shown) without them, or "产能" and every cue around such a character is missed.
#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::extract {

/// Number of pinyin glosses in `text`: a bracket right after a Han character that holds one to three pinyin
/// syllables with tone marks ("(chǎn)", "（jiàn shè）"), nothing else.
[[nodiscard]] std::size_t pinyinGlossCount(std::string_view text);

/// `text` without its pinyin glosses. Other bracketed text stays: "(约合人民币243元)", "(help)", "(café)".
[[nodiscard]] std::string withoutPinyinGlosses(std::string_view text);

}  // namespace parallax::extract
