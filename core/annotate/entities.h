#pragma once
/// @file entities.h  Organisations, people, places and products (with codes and versions) in an article.
///
/// Sources of names: the alias file (resources/knowledge/entities.tsv), product codes ("A100", "910B", "R1"),
/// product families followed by a version ("Qwen 2.5", "Qwen2", "Ascend 910B", "GPT-4o", "DeepSeek-V3"),
/// and capitalised multi-word names. Within an article a later short mention resolves to the earlier full
/// one ("the 910B" -> "Huawei Ascend 910B"); a possessive names the maker ("Tencent's T1" -> "Tencent T1").
/// A variant keeps its own name and points at its base ("DeepSeek-R1-Lite-Preview" -> base "DeepSeek-R1";
/// "Huawei Ascend 910C" -> base "Huawei Ascend 910"; "Qwen2.5" -> base "Qwen").
#include <string_view>
#include <vector>

#include "core/annotate/scan.h"
#include "core/model/annotation.h"

namespace parallax::annotate {

/// All entity mentions of `text` in order. `sentences` tell where sentences start (a capitalised first
/// word is not a name by itself); words inside `exclude` spans (time expressions) are never names.
[[nodiscard]] std::vector<Entity> findEntities(std::string_view text, const std::vector<Sentence>& sentences = {},
                                               const std::vector<Span>& exclude = {});
/// The same, on `toks` = scanTokens(text), which the annotator scans once for entities and quantities.
[[nodiscard]] std::vector<Entity> findEntities(std::string_view text, const std::vector<Tok>& toks,
                                               const std::vector<Sentence>& sentences, const std::vector<Span>& exclude);

}  // namespace parallax::annotate
