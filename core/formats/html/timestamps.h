#pragma once
/// @file timestamps.h  A publication time written in UTC is shown to readers in the newsroom's own time:
/// when the page also writes the same moment with its local clock, the local day is the publication day.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::formats::html {

/// The day ("YYYY-MM-DD") of the local form of `utc` ("2023-11-09T01:09:55Z", "...+00:00") among `others`:
/// a timestamp with the same minutes and seconds, a whole number of hours (at most 14) away, written with
/// a non-zero offset or with no zone ("2023-11-08 18:09:55", "2023-11-08T18:09:55-07:00"). Nothing when
/// `utc` is not a UTC time or no other timestamp is the same moment.
[[nodiscard]] std::optional<std::string> localDayOfUtc(std::string_view utc, const std::vector<std::string>& others);

}  // namespace parallax::formats::html
