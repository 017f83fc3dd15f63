#pragma once
// A temporary folder of small articles plus a library database file beside it, for pipeline tests.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "../store/temp_dir.h"

namespace parallax::test_support {

// Three articles on unrelated subjects, so each is its own story.
inline const char* kWeather =
    "Storm brings heavy snow to the northern valleys\n\n"
    "A winter storm dropped forty centimetres of snow on the northern valleys overnight, closing two mountain "
    "passes and delaying school buses across the region.\n\n"
    "Forecasters expect more snowfall on Friday before temperatures climb at the weekend.\n";
inline const char* kFootball =
    "Late goal sends Riverside into the cup final\n\n"
    "Riverside beat Northgate two goals to one on Saturday, with a header in the ninety-second minute from their "
    "young striker sealing a place in the cup final.\n\n"
    "The coach praised the fans, who travelled in large numbers to the away stadium.\n";
inline const char* kBaking =
    "Bakery chain opens its fortieth shop\n\n"
    "The family bakery chain opened its fortieth shop on Monday, selling sourdough loaves and almond pastries "
    "from ovens that run through the night.\n\n"
    "Its founder said flour prices had fallen since the harvest, allowing cheaper bread.\n";

inline void writeFile(const std::filesystem::path& p, const std::string& text) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

/// Moves a file's time an hour into the past, so the pipeline trusts it (a time within the current second is
/// never trusted: the file could change again unseen in the same second).
inline void ageFile(const std::filesystem::path& p, int hours = 1) {
    std::filesystem::last_write_time(p, std::filesystem::file_time_type::clock::now() - std::chrono::hours(hours));
}

/// Gives `p` a modification time one second from `source`'s, on the same UTC day. A file's day is its
/// publication day, which keys its cached profile (pipeline/profile_cache.cpp): files aged by different numbers
/// of hours fall on different days in the first hours after midnight, and a test that expects one file to reuse
/// another's cached profile would then fail at that time of day only.
inline void touchOnSameDayAs(const std::filesystem::path& p, const std::filesystem::path& source) {
    using namespace std::chrono;
    const auto t = std::filesystem::last_write_time(source);
    auto day = [](std::filesystem::file_time_type x) {
        return floor<days>(file_clock::to_sys(x)).time_since_epoch().count();
    };
    const auto later = t + seconds(1);
    std::filesystem::last_write_time(p, day(later) == day(t) ? later : t - seconds(1));
}

/// Records every progress call (thread-safe).
class RecordingSink : public ProgressSink {
public:
    void progress(Stage stage, std::size_t done, std::size_t total, std::string_view item) override {
        std::lock_guard lock(m_mutex);
        calls.push_back({stage, done, total, std::string(item)});
    }
    struct Call {
        Stage stage;
        std::size_t done, total;
        std::string item;
    };
    std::vector<Call> calls;

private:
    std::mutex m_mutex;
};

class PipelineFixture {
public:
    PipelineFixture() {
        writeFile(folder() / "weather.txt", kWeather);
        writeFile(folder() / "sport/football.txt", kFootball);
        writeFile(folder() / "baking.txt", kBaking);
        for (const char* f : {"weather.txt", "sport/football.txt", "baking.txt"}) ageFile(folder() / f);
    }
    [[nodiscard]] std::filesystem::path folder() const { return m_dir / "articles"; }
    [[nodiscard]] std::string database() const { return (m_dir / "library.sqlite").string(); }
    [[nodiscard]] pipeline::Options options() const {
        pipeline::Options o;
        o.folder = folder();
        o.database = database();
        o.threads = 2;
        return o;
    }

private:
    TempDir m_dir;
};

}  // namespace parallax::test_support
