// Period tags on attributes: figures for different years are different measures.
#include <gtest/gtest.h>

#include "core/conflict/period.h"

namespace parallax::conflict {
namespace {

TEST(Period, SplitsTheTag) {
    EXPECT_EQ(attributeBase("revenue (annual) [2024]"), "revenue (annual)");
    EXPECT_EQ(attributePeriod("revenue (annual) [2024]"), "2024");
    EXPECT_EQ(attributeBase("revenue"), "revenue");
    EXPECT_EQ(attributePeriod("revenue"), "");
}

TEST(Period, SameMeasure) {
    EXPECT_TRUE(sameMeasure("revenue [2024]", "Revenue [2024]"));
    EXPECT_TRUE(sameMeasure("revenue [2024]", "revenue"));
    EXPECT_FALSE(sameMeasure("revenue [2024]", "revenue [2023]"));
    EXPECT_FALSE(sameMeasure("revenue [prior]", "revenue"));  // "a year earlier" is no year to assume
    EXPECT_FALSE(sameMeasure("revenue (annual) [2024]", "revenue [2024]"));
}

TEST(Period, ReadableMeasure) {
    EXPECT_EQ(readableMeasure("revenue [2024]", "revenue [2024]"), "revenue for 2024");
    EXPECT_EQ(readableMeasure("revenue [2024]", "revenue"), "revenue");
    EXPECT_EQ(readableMeasure("revenue", "revenue"), "revenue");
}

}  // namespace
}  // namespace parallax::conflict
