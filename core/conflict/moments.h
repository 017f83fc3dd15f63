#pragma once
/// @file moments.h  Events that happen at one moment (a lift-off, a collision) and how a story's articles
/// name them. A "launch" of a vehicle is its lift-off, so "launched" and "lifted off" are one event; and a
/// story of one lift-off or one collision names the thing in several ways ("Starship", "the booster",
/// "Super Heavy", "the rocket"), so two articles that time that moment to the minute are compared whatever
/// name each gives it. Internal to parallax_conflict.
#include <string>
#include <string_view>

#include <optional>

#include "core/conflict/rules.h"
#include "core/conflict/side.h"

namespace parallax::conflict {

/// The event class claims are paired under: "lifted off" meets "released" (a launch), the rest as they are.
[[nodiscard]] std::string eventPairing(std::string_view attribute);

/// Whether two event claims of different articles in one story state the time of day of the story's one
/// moment (a lift-off or a collision) whatever their subjects: both carry a time of day, one is a lift-off
/// and the other a lift-off or a launch, or both are collisions.
[[nodiscard]] bool storyMoment(const Side& a, const Side& b);

/// Whether an event value is a time into a flight ("+3940s", claims_elapsed.cpp) rather than a date.
[[nodiscard]] bool elapsedValue(std::string_view value);

/// Two articles timing one milestone of a flight from its start ("splashdown 1 h 5 min 40 s after launch" /
/// "about 90 minutes into flight"): a clash when the times differ by more than their wording allows. One
/// article timing a milestone twice most often tells two flights, so only different articles are compared.
[[nodiscard]] std::optional<Finding> judgeElapsed(const Side& a, const Side& b);

}  // namespace parallax::conflict
