#pragma once
/// @file han_serial.h  Chinese serial names: a two-character name and a number, then 号 ("嫦娥六号",
/// "神舟十八号", "雪龙2号"), the way Chinese names craft, vessels and satellites. English writes the same
/// name in pinyin with the number in digits ("Chang'e-6", "Shenzhou 18"), so the split lets the reader's
/// stages (names, stories, subjects) meet the two.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace parallax::text {

/// A character of a number in a serial name: 零〇一二三四五六七八九十百 or an ASCII digit.
[[nodiscard]] bool serialNumeral(char32_t c);

/// The value of the number characters `s`: "六" -> 6, "十八" -> 18, "二十一" -> 21, "一百零五" -> 105,
/// "12" -> 12; -1 when not a number (mixed digits and Chinese numerals included).
[[nodiscard]] int serialNumber(const std::u32string& s);

/// A serial name split into its name and number: "嫦娥六号" -> {"嫦娥", 6}, "神舟十八號" -> {"神舟", 18},
/// "雪龙2号" -> {"雪龙", 2}; nullopt for anything else ("第11号", "嫦娥", "Chang'e-6").
[[nodiscard]] std::optional<std::pair<std::string, int>> splitSerialName(std::string_view name);

}  // namespace parallax::text
