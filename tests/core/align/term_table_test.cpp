// The flat term table that counts document frequencies over a whole folder: every id inserted is found with its
// value after the table has grown, absent ids are absent, and forEach visits each entry once.
#include <gtest/gtest.h>

#include <map>

#include "core/align/term_table.h"

using parallax::align::TermId;
using parallax::align::TermTable;

TEST(TermTable, CountsSurviveGrowthAndAbsentTermsAreAbsent) {
    TermTable<std::uint32_t> table(4);  // far too small on purpose: it must grow many times
    std::map<TermId, std::uint32_t> expected;
    for (std::uint64_t k = 0; k < 5000; ++k) {
        // Ids that share their low bits, as hashes of one slice of the hash space do (weighProfiles).
        const TermId id = (k << 40) | 7;
        const std::uint32_t times = static_cast<std::uint32_t>(k % 3) + 1;
        for (std::uint32_t t = 0; t < times; ++t) ++table[id];
        expected[id] = times;
    }
    EXPECT_EQ(table.size(), expected.size());
    for (const auto& [id, count] : expected) {
        const std::uint32_t* found = table.find(id);
        ASSERT_NE(found, nullptr) << id;
        EXPECT_EQ(*found, count);
    }
    EXPECT_EQ(table.find(8), nullptr);
    EXPECT_EQ(table.find((std::uint64_t{5000} << 40) | 7), nullptr);
}

TEST(TermTable, ForEachVisitsEveryEntryOnce) {
    TermTable<std::uint32_t> table;
    table[0] = 1;  // id 0 is an ordinary id, not an empty slot
    table[42] = 2;
    table[~TermId{0}] = 3;
    std::map<TermId, std::uint32_t> seen;
    table.forEach([&](TermId id, std::uint32_t value) { EXPECT_TRUE(seen.emplace(id, value).second); });
    EXPECT_EQ(seen, (std::map<TermId, std::uint32_t>{{0, 1}, {42, 2}, {~TermId{0}, 3}}));
}
