#pragma once
/// @file subject.h  Deciding whether two names are the same subject. A shorter name that ends a longer one
/// is the same thing ("A100" / "Nvidia A100", "R1" / "DeepSeek-R1"); a longer name that extends a shorter
/// one is a variant, another subject ("R1-Lite-Preview" is not "R1").
#include <string>
#include <string_view>
#include <vector>

namespace parallax::conflict {

/// Comparable words of a name: lower case, split on spaces, hyphens and possessives, a bare version
/// number glued to the word before it ("Qwen 2.5" -> {"qwen2.5"}), corporate suffixes dropped ("Inc", "Group").
[[nodiscard]] std::vector<std::string> nameWords(std::string_view name);

/// The words joined by single spaces: a stable key for ids and deduplication.
[[nodiscard]] std::string subjectKey(std::string_view name);

/// Same subject: equal words, or one name's words end the other's (the extra words come first).
[[nodiscard]] bool sameSubject(std::string_view a, std::string_view b);

/// `variant` extends `base` with more words after it ("DeepSeek-R1-Lite-Preview" extends "DeepSeek-R1",
/// and "R1-Lite-Preview" extends "R1").
[[nodiscard]] bool isVariantOf(std::string_view variant, std::string_view base);

/// Loose match for speakers: one name's words all appear in the other's ("Yao" / "Yao Shunyu").
[[nodiscard]] bool couldBeSamePerson(std::string_view a, std::string_view b);

}  // namespace parallax::conflict
