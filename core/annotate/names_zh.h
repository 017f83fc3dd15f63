#pragma once
/// @file names_zh.h  Chinese names told by their form rather than by a list.
///
/// Chinese names a craft, a vessel or a satellite series by a two-character name and its serial number
/// ("嫦娥六号", "神舟十八号", "雪龙2号"), and a tropical storm by its type word and its name in quotation
/// marks ("台风“摩羯”", "颱風「山竹」"); later mentions of a storm drop the type word ("“摩羯”登陆").
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"

namespace parallax::annotate {

/// Serial names (products, canonical with Chinese numerals: "雪龙2号" -> "雪龙二号") used at least twice,
/// and storm names (every mention of a name once introduced by a type word), outside `known` entities and
/// the `exclude` spans (time expressions); in text order.
[[nodiscard]] std::vector<Entity> findChineseFormNames(std::string_view text, const std::vector<Entity>& known,
                                                       const std::vector<Span>& exclude);

}  // namespace parallax::annotate
