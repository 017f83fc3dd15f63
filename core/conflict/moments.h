#pragma once
/// @file moments.h  Events that happen at one moment (a lift-off, a collision) and how a story's articles
/// name them. A "launch" of a vehicle is its lift-off, so "launched" and "lifted off" are one event; and a
/// story of one lift-off or one collision names the thing in several ways ("Starship", "the booster",
/// "Super Heavy", "the rocket"), so two articles that time that moment to the minute are compared whatever
/// name each gives it. Internal to parallax_conflict.
#include <string>
#include <string_view>

#include "core/conflict/side.h"

namespace parallax::conflict {

/// The event class claims are paired under: "lifted off" meets "released" (a launch), the rest as they are.
[[nodiscard]] std::string eventPairing(std::string_view attribute);

/// Whether two event claims of different articles in one story state the time of day of the story's one
/// moment (a lift-off or a collision) whatever their subjects: both carry a time of day, one is a lift-off
/// and the other a lift-off or a launch, or both are collisions.
[[nodiscard]] bool storyMoment(const Side& a, const Side& b);

}  // namespace parallax::conflict
