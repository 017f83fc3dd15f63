#pragma once
/// @file canonical.h  Comparing entity names: the same name written with other spacing, hyphens or case.
#include <string>
#include <string_view>

namespace parallax::annotate {

/// A key under which two writings of one name compare equal: ASCII lower case, without spaces, hyphens,
/// dashes, underscores or a leading "the". "Qwen 2.5" == "Qwen2.5" == "qwen-2.5"; "DeepSeek R1" ==
/// "DeepSeek-R1". Dots stay ("Llama 3.1" != "Llama 31"), and so do distinct letters ("910B" != "910C").
[[nodiscard]] std::string canonicalKey(std::string_view name);

/// True when both names give the same canonicalKey.
[[nodiscard]] bool sameName(std::string_view a, std::string_view b);

/// True when one entity is a variant or member of the other's line: `base` is the Entity::base of one side.
/// ("DeepSeek-R1-Lite-Preview" with base "DeepSeek-R1" is related to "DeepSeek-R1"; "Huawei Ascend 910C"
/// and "Huawei Ascend 910B" share the base "Huawei Ascend 910".)
[[nodiscard]] bool relatedNames(std::string_view canonicalA, std::string_view baseA, std::string_view canonicalB,
                                std::string_view baseB);

}  // namespace parallax::annotate
