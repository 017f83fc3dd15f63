#pragma once
/// @file clock.h  Times of day carried by event values ("2024-03-26T01:28", "XXXX-XX-XXT14:06+08:00",
/// "2024-10-13T07:25[CT]"), their zones, and whether two of them can name the same moment.
#include <optional>
#include <string>
#include <string_view>

namespace parallax::conflict {

/// A time of day as a value writes it after "T": "01:28" (no zone written), "12:25Z" (GMT/UTC),
/// "14:06+08:00" (a fixed offset), "07:25[CT]" (a zone whose offset depends on the date: ET, CT, MT, PT),
/// "10:54[local]" (the place's own time, zone not named).
struct ClockTime {
    int minutes = 0;            ///< after midnight, as written
    std::optional<int> offset;  ///< minutes east of UTC, when the zone converts
    std::string zone;           ///< "ET", "CT", "MT", "PT", "local"; empty when unwritten or a fixed offset
};

/// The time part of a value (or the value itself when it starts with "T"); nullopt when there is none.
[[nodiscard]] std::optional<ClockTime> parseClock(std::string_view value);

/// "1:28 a.m.", "2:06 p.m. UTC+8", "12:25 p.m. GMT", "7:25 a.m. Central Time"; empty when unparsable.
[[nodiscard]] std::string describeClock(std::string_view value);

/// Minutes either side of a written time that its wording allows: 0 for "1:28 am", 30 for "at 1 am"
/// (the hour alone), and for "about"/"approximately"/"约"/"左右" a margin that follows the written
/// precision (±30 on the hour, ±15 on a quarter, ±10 on ten minutes, ±5 on five, else ±2).
[[nodiscard]] int clockTolerance(const ClockTime& t, std::string_view written);

/// One side of a comparison: the time, the day the claim names (days since 1970-01-01) if it names one,
/// else the publication day, and the tolerance of its wording.
struct ClockSide {
    ClockTime time;
    std::optional<long> day;
    bool dayStated = false;  ///< the day is the claim's own, not the publication day
    bool dayGuessed = false; ///< the day is a file's time: it cannot say whether daylight saving applied
    int tolerance = 0;
};

/// How far apart two times are, once converted to one zone.
struct ClockGap {
    int minutes = 0;          ///< apart, in minutes
    bool zonesKnown = false;  ///< both zones written and comparable (same zone, or both convert)
};

/// The gap between two times of one event; nullopt when they cannot be compared (zones that do not
/// convert, or no zone written on one side and a gap a zone difference could explain).
[[nodiscard]] std::optional<ClockGap> clockGap(const ClockSide& a, const ClockSide& b);

}  // namespace parallax::conflict
