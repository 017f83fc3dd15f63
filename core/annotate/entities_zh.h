#pragma once
/// @file entities_zh.h  Chinese organisation names the alias file does not know, by their suffixes.
///
/// "云帆能源", "云帆能源科技股份有限公司", "华夏证券": two to four characters of name, then industry words
/// (能源, 科技, 证券 ...) and legal forms (股份有限公司, 集团 ...) from resources/knowledge/org-suffixes-zh.txt.
/// The reported name drops the legal forms ("云帆能源科技股份有限公司" -> "云帆能源科技"), so that a later
/// "云帆能源科技" is the same organisation. Chinese has no spaces, so the name's left edge is found from what
/// cannot start a name (dates, places, known names, punctuation, function words such as 据, 在, 与) and a
/// name is never taken from generic words ("中央银行", "清洁能源", "多家公司").
#include <string_view>
#include <vector>

#include "core/model/annotation.h"

namespace parallax::annotate {

/// Organisations in `text` outside `known` (entities already found) and `exclude` (time expressions);
/// every occurrence of a found name is reported, in text order.
[[nodiscard]] std::vector<Entity> findChineseOrganisations(std::string_view text, const std::vector<Entity>& known,
                                                           const std::vector<Span>& exclude);

/// "Yunfan Energy (云帆能源)" or "云帆能源（Yunfan Energy）": the article itself says the two names are one
/// organisation, so every mention of the Latin name takes the Chinese name as its canonical name (the one
/// Chinese articles in the same folder use). A craft or storm named by form (names_zh.h) is glossed so too
/// ("台风“摩羯”(Yagi)"). Entities must be in text order.
void linkParentheticalNames(std::string_view text, std::vector<Entity>& entities);

/// True when two Chinese organisation names name one organisation: equal, or one is the other with only
/// suffix words added ("云帆能源" / "云帆能源科技" / "云帆能源科技股份有限公司"). False for Latin names.
[[nodiscard]] bool sameChineseOrganisation(std::string_view a, std::string_view b);

}  // namespace parallax::annotate
