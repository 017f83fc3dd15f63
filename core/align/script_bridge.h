#pragma once
/// @file script_bridge.h  Forms in which a Chinese and an English report of one event can meet, and in
/// which a Chinese report in traditional characters meets one in simplified characters.
/// Chinese names of people, firms and places are written in English in pinyin ("小米" / "Xiaomi", "海南"
/// / "Hainan", "雷军" / "Lei Jun"), and product codes stay in Latin letters inside Chinese text ("SU7").
/// A private copy of the idea behind conflict/pinyin (align must not depend on conflict).
#include <string>
#include <string_view>

namespace parallax::align {

/// True when every character of `word` is a Han ideograph (and there is at least one).
[[nodiscard]] bool isHanWord(std::string_view word);

/// `word` with traditional Han characters replaced by simplified ones ("颱風" -> "台风"); other
/// characters are kept. Unchanged when ICU cannot transliterate.
[[nodiscard]] std::string simplifiedHan(std::string_view word);

/// The toneless pinyin of a Han word written together ("小米" -> "xiaomi"); empty when `word` is not all
/// Han or ICU cannot transliterate it.
[[nodiscard]] std::string pinyinKey(std::string_view word);

/// The ASCII letters and digits of a Latin word, lower-cased ("Chang'e" -> "change", "SU7" -> "su7"):
/// the form a romanised name is compared in.
[[nodiscard]] std::string romanKey(std::string_view word);

}  // namespace parallax::align
