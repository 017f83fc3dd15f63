#pragma once
/// @file moments.h  Events that happen at one moment (a lift-off, a collision) and how a story's articles
/// name them. A "launch" of a vehicle is its lift-off, so "launched" and "lifted off" are one event; and a
/// story of one lift-off or one collision names the thing in several ways ("Starship", "the booster",
/// "Super Heavy", "the rocket"), so two articles that time that moment to the minute are compared whatever
/// name each gives it. Internal to parallax_conflict.
#include <string>
#include <string_view>

#include <optional>

#include "core/conflict/dates.h"
#include "core/conflict/rules.h"
#include "core/conflict/side.h"

namespace parallax::conflict {

/// The event class claims are paired under: "lifted off" meets "released" (a launch), the rest as they are.
[[nodiscard]] std::string eventPairing(std::string_view attribute);

/// Whether two event claims of different articles in one story state the time of day of the story's one
/// moment (a lift-off or a collision) whatever their subjects: both carry a time of day, one is a lift-off
/// and the other a lift-off or a launch, or both are collisions.
[[nodiscard]] bool storyMoment(const Side& a, const Side& b);

/// A collision or a lift-off timed to the minute ("the Vega hit the pier at 1:28 am on 26 March"): a one-off moment of
/// what it names, compared across stories too (folder.cpp), like a founding date. A ship collides and a rocket lifts off
/// more than once, so across stories such moments are compared only by their minute (momentDaysMeet), never by date.
[[nodiscard]] bool timedMoment(const Claim& c);

/// Whether two timed moments of different stories can be one moment: their dates have a day in common and each side
/// says which day it means, by a date of its own or by a publication date its page states (a file's time says
/// nothing of the day, and two stories are not one event to take each other's day from).
[[nodiscard]] bool momentDaysMeet(const Side& a, const Side& b);

/// Whether two dated collisions of one thing are two collisions: a ship or a vehicle runs into things more than once
/// ("hit a bridge in Antwerp in 2016" in a story of its 2024 collision), so dates more than a month apart are two
/// occasions, unless both give the same month and day in different years (a year written wrong: one collision on
/// 5 January in two consecutive years is far less likely than a slip of the year).
[[nodiscard]] bool twoCollisions(const DateRange& a, const DateRange& b);

/// Whether two days are one day with the year written differently (5 January 2024 / 5 January 2025). The day of the
/// story's accident (claims_accidents.cpp) is compared only so: a story also dates earlier accidents, and an
/// accident on the same day of the year in another year is far rarer than a slip of the year.
[[nodiscard]] bool yearSlip(const DateRange& a, const DateRange& b);

/// Whether an event value is a time into a flight ("+3940s", claims_elapsed.cpp) rather than a date.
[[nodiscard]] bool elapsedValue(std::string_view value);

/// Two articles timing one milestone of a flight from its start ("splashdown 1 h 5 min 40 s after launch" /
/// "about 90 minutes into flight"): a clash when the times differ by more than their wording allows. One
/// article timing a milestone twice most often tells two flights, so only different articles are compared.
[[nodiscard]] std::optional<Finding> judgeElapsed(const Side& a, const Side& b);

}  // namespace parallax::conflict
