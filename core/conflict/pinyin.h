#pragma once
/// @file pinyin.h  Chinese names against their romanised forms: "瀚芯机器人" / "Hanxin Robotics",
/// "周明远" / "Zhou Mingyuan". Chinese companies and people are written in English in pinyin, so a
/// Chinese article and an English one can name the same subject without any alias list.
#include <string_view>

namespace parallax::conflict {

/// The text holds a character of the CJK blocks (a UTF-8 lead byte 0xE3-0xE9): how a name tells it is Chinese.
[[nodiscard]] bool hasHan(std::string_view s);

/// A Chinese name and a Latin one name the same subject: the Latin name written together ("Zhou Mingyuan"
/// -> "zhoumingyuan") is the pinyin of the whole Chinese name, or the Latin name's first word (five letters
/// or more) is the pinyin of the Chinese name's first two to four characters, its brand ("Hanxin Robotics"
/// / "瀚芯机器人"). False when both or neither are Chinese.
[[nodiscard]] bool sameRomanisedName(std::string_view a, std::string_view b);

}  // namespace parallax::conflict
