#pragma once
/// @file named_storms.h  Reports of one named storm are one story. A storm's coverage runs from its landfall
/// to its toll and its damage, days apart and in different words, so term similarity splits it; but every
/// report names the storm ("Typhoon Yagi", "Hurricane Milton"), and names are given to one storm at a time.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::align {

/// The storm an article is about: the name it most often writes after a storm's type word ("Typhoon",
/// "Hurricane", "Cyclone", "Tropical Storm") and names at least twice in all; empty when none, or when two
/// storms are named equally often.
[[nodiscard]] std::string mainStorm(std::string_view text);

/// Joins the clusters (`cluster[i]` of article i, 0..k-1) of one storm: a cluster's storm is the main storm
/// (`storms[i]`, empty for none) of more than half of its articles that have one, and two clusters of the same
/// storm become one. Returns a cluster per
/// article (0..k'-1, in order of first appearance).
[[nodiscard]] std::vector<std::size_t> joinStormStories(const std::vector<std::size_t>& cluster,
                                                        const std::vector<std::string>& storms);

}  // namespace parallax::align
