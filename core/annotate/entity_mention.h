#pragma once
/// @file entity_mention.h  A raw entity mention before resolution (internal to the annotate stage).
#include <cstddef>
#include <string>
#include <vector>

#include "core/annotate/scan.h"
#include "core/model/annotation.h"

namespace parallax::annotate {

struct Mention {
    std::size_t begin = 0;     ///< first token
    std::size_t end = 0;       ///< one past the last token
    EntityKind kind = EntityKind::Other;
    std::string canonical;     ///< best name known so far
    std::string family;        ///< family canonical when the name is family + version
    std::string parent;        ///< gazetteer parent (maker or base)
    bool known = false;        ///< canonical came from the alias file or a family
    bool codeOnly = false;     ///< a bare product code ("910B", "R1") that may resolve to an earlier full name
    bool variant = false;      ///< carries variant words ("-Lite-Preview", "mini")
    std::string variantBase;   ///< canonical without the variant words
    bool personSignal = false; ///< a title before or "said" after it
};

/// Resolves mentions within one article and fills Entity values (canonical, kind, base).
[[nodiscard]] std::vector<Entity> resolveMentions(std::string_view text, const std::vector<Tok>& toks,
                                                  std::vector<Mention>& mentions);

/// The base of a product name: without trailing variant words, or without the letter of a code
/// ("Huawei Ascend 910B" -> "Huawei Ascend 910"), else the family or the alias file's parent.
[[nodiscard]] std::string deriveBase(const Mention& m);

}  // namespace parallax::annotate
