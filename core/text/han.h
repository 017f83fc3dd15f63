#pragma once
/// @file han.h  Han characters through ICU's transliterators: pinyin for names ("小米" -> "xiaomi", "瀚芯机器人" ->
/// han xin ji qi ren) and traditional characters as simplified ("颱風" -> "台风"). The one place the pipeline asks
/// ICU about Chinese script: stories meet across scripts with it (align) and subjects are matched with it (conflict).
#include <string>
#include <string_view>
#include <vector>

namespace parallax::text {

/// True when every character of `word` is a Han ideograph (and there is at least one).
[[nodiscard]] bool isHanWord(std::string_view word);

/// Toneless lower-case pinyin syllables of the Han characters of `han` ("云帆" -> {"yun", "fan"}); other letters
/// are kept as syllables of their own; empty when ICU cannot transliterate.
[[nodiscard]] std::vector<std::string> pinyinSyllables(std::string_view han);

/// `word` with traditional Han characters replaced by simplified ones through ICU's Traditional-Simplified
/// transliterator, phrase rules included ("颱風" -> "台风"); unchanged when ICU cannot transliterate. For whole
/// texts whose byte offsets must stay valid, han_fold.h folds character by character instead.
[[nodiscard]] std::string simplifiedHan(std::string_view word);

}  // namespace parallax::text
