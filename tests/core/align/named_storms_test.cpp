// Reports of one named storm are one story (named_storms.h): invented reports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/align/named_storms.h"

namespace parallax::align {
namespace {

TEST(NamedStorms, MainStormIsTheOneNamedMostAfterItsTypeWord) {
    EXPECT_EQ(mainStorm("Typhoon Kalmaegi hit the coast on Monday. Kalmaegi then weakened, unlike Typhoon Rusa in 2002."
                        " Typhoon Kalmaegi left 12 dead."),
              "Kalmaegi");
    EXPECT_EQ(mainStorm("Tropical Storm Odette dumped rain on the islands; Odette is expected to turn north."), "Odette");
}

TEST(NamedStorms, NoMainStormWhenNoneTwoOrAnInstitution) {
    EXPECT_EQ(mainStorm("The National Hurricane Center said the season was quiet. The Center issued no warning."), "");
    EXPECT_EQ(mainStorm("Hurricane Odette and Hurricane Rusa both weakened; Odette and Rusa moved north."), "");
    EXPECT_EQ(mainStorm("Hurricane Odette was mentioned once."), "");  // a passing mention is no subject
    EXPECT_EQ(mainStorm("Storm Shadow missiles were fired; Storm Shadow is British-made."), "");
}

TEST(NamedStorms, ClustersOfOneStormJoin) {
    // clusters 0 and 2 are about Kalmaegi (landfall, later toll), cluster 1 about another storm, 3 names none
    const std::vector<std::size_t> cluster = {0, 0, 1, 2, 2, 3};
    const std::vector<std::string> storms = {"Kalmaegi", "Kalmaegi", "Odette", "Kalmaegi", "", ""};
    EXPECT_EQ(joinStormStories(cluster, storms), (std::vector<std::size_t>{0, 0, 1, 0, 0, 2}));
}

TEST(NamedStorms, AClusterRecallingAnEarlierStormKeepsItsOwn) {
    // cluster 0 is about Odette (two of three reports), cluster 1 about Kalmaegi: they stay apart
    const std::vector<std::size_t> cluster = {0, 0, 0, 1, 1};
    const std::vector<std::string> storms = {"Odette", "Odette", "Kalmaegi", "Kalmaegi", ""};
    EXPECT_EQ(joinStormStories(cluster, storms), cluster);
    // a cluster split evenly between two storms is of neither
    EXPECT_EQ(joinStormStories({0, 0, 1}, {"Odette", "Kalmaegi", "Kalmaegi"}), (std::vector<std::size_t>{0, 0, 1}));
}

}  // namespace
}  // namespace parallax::align
