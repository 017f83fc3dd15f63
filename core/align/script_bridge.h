#pragma once
/// @file script_bridge.h  Forms in which a Chinese and an English report of one event can meet.
/// Chinese names of people, firms and places are written in English in pinyin ("小米" / "Xiaomi", "海南"
/// / "Hainan", "雷军" / "Lei Jun"), and product codes stay in Latin letters inside Chinese text ("SU7").
/// The transliterations themselves (pinyin, traditional to simplified) are text/han.h's.
#include <string>
#include <string_view>

#include "core/text/han.h"

namespace parallax::align {

using text::isHanWord;
using text::simplifiedHan;

/// The toneless pinyin of a Han word written together ("小米" -> "xiaomi"); empty when `word` is not all
/// Han or ICU cannot transliterate it.
[[nodiscard]] std::string pinyinKey(std::string_view word);

/// The ASCII letters and digits of a Latin word, lower-cased ("Chang'e" -> "change", "SU7" -> "su7"):
/// the form a romanised name is compared in.
[[nodiscard]] std::string romanKey(std::string_view word);

}  // namespace parallax::align
