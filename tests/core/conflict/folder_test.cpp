// Folder-wide facts: what does not move with a story is compared between stories; what moves is not.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/annotate/annotator.h"
#include "core/conflict/assemble.h"
#include "core/conflict/detector.h"

namespace parallax::conflict {
namespace {

struct Folder {
    std::vector<Article> articles;
    std::vector<Story> stories;
    std::map<std::string, Annotations> ann;

    Folder& add(const std::string& story, const std::string& id, const std::string& text,
                const std::string& published = "2025-03-20") {
        Article a;
        a.id = id;
        a.title = id;
        a.text = text;
        if (!published.empty()) a.published = PublishedDate{*Date::parseIso(published), DateSource::Metadata, "test"};
        articles.push_back(a);
        auto it = std::find_if(stories.begin(), stories.end(), [&](const Story& s) { return s.id == story; });
        if (it == stories.end()) stories.push_back(Story{story, story, {id}, {}});
        else it->articles.push_back(id);
        return *this;
    }

    std::vector<Conflict> conflicts() {
        std::vector<const Article*> ptrs;
        for (const Article& a : articles) {
            ptrs.push_back(&a);
            ann[a.id] = annotate::annotate(a);
        }
        return findFolderConflicts(stories, ptrs, ann);
    }
};

TEST(FolderConflicts, LaunchDatesMeetAcrossStories) {
    Folder f;
    f.add("s1", "a", "OpenAI released GPT-5 on 20 January 2025.");
    f.add("s2", "b", "OpenAI released GPT-5 on 14 February 2025.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs.front().type, ConflictType::Date);
    EXPECT_EQ(cs.front().story, "s1");  // both dates said once: the first side's story
}

TEST(FolderConflicts, SizesMeetAcrossStories) {
    Folder f;
    f.add("s1", "a", "The freighter Orla is 250 metres long.");
    f.add("s2", "b", "The freighter Orla is 300 metres long.");
    EXPECT_EQ(f.conflicts().size(), 1u);
}

TEST(FolderConflicts, AValueRepeatedByManyStoriesIsStillFlaggedOnce) {
    Folder f;
    for (int i = 0; i < 12; ++i) f.add("s" + std::to_string(i), "a" + std::to_string(i), "OpenAI released GPT-5 on 20 January 2025.");
    f.add("odd", "b", "OpenAI released GPT-5 on 14 February 2025.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs.front().evidence.size(), 4u);  // the odd date and the first three stories that say the other
    EXPECT_EQ(cs.front().story, "odd");        // the rarer statement's story
}

TEST(FolderConflicts, PairsInsideOneStoryAreLeftToTheStory) {
    Folder f;
    f.add("s1", "a", "OpenAI released GPT-5 on 20 January 2025.");
    f.add("s1", "b", "OpenAI released GPT-5 on 14 February 2025.");
    EXPECT_TRUE(f.conflicts().empty());
}

TEST(FolderConflicts, MovingFiguresStayInTheirStory) {
    Folder f;
    f.add("s1", "a", "Shares of Acme closed at $41.20.");
    f.add("s2", "b", "Shares of Acme closed at $38.90.");
    f.add("s3", "c", "Officials said the storm killed 88 people in the province.");
    f.add("s4", "d", "Officials said the storm killed 97 people in the province.");
    EXPECT_TRUE(f.conflicts().empty());
}

TEST(FolderConflicts, UnnamedCountsMeetThroughTheThingBothArticlesAreAbout) {
    // Neither sentence names the ship; both articles keep naming the Orla.
    Folder f;
    f.add("s1", "a", "The Orla left the port of Santos on Monday. The Orla was bound for Rotterdam. There were 22 crew "
                     "members on board, the operator said.");
    f.add("s2", "b", "The Orla has arrived in Fuzhou for repairs. The Orla had a 21-member crew, 20 of them Indian.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs.front().type, ConflictType::Number);
    EXPECT_EQ(cs.front().attribute, "crew");
}

TEST(FolderConflicts, EveryArticleOfAStoryThatSaysTheSameIsShown) {
    Folder f;
    f.add("s1", "a", "The Orla was launched in 2015, the shipyard said.");
    f.add("s1", "b", "The Orla was launched in 2015 in Ulsan.");
    f.add("s2", "c", "The Orla was launched in 2016.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    std::set<std::string> shown;
    for (const Evidence& e : cs.front().evidence) shown.insert(e.article);
    EXPECT_EQ(shown, (std::set<std::string>{"a", "b", "c"}));
}

TEST(FolderConflicts, MoreThanThreeArticlesAndAnArticlesOtherSentencesAreShown) {
    Folder f;
    for (const char* id : {"a", "b", "c", "d", "e"}) f.add("s1", id, "The freighter Orla is 250 metres long.");
    f.add("s1", "f", "The freighter Orla is 250 metres long. Built in Ulsan, the freighter Orla is 250 metres long and "
                     "carries grain. The freighter Orla is 250 metres long, its owner said. The freighter Orla is 250 "
                     "metres long, the crew said.");
    f.add("s2", "g", "The freighter Orla is 300 metres long.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    std::map<std::string, int> rows;
    for (const Evidence& e : cs.front().evidence) ++rows[e.article];
    EXPECT_EQ(rows.size(), 7u);  // every article that says 250, not the first three
    EXPECT_EQ(rows["f"], static_cast<int>(kMaxSentencesPerArticle));  // a few of one article's four sentences
    EXPECT_EQ(rows["g"], 1);
}

TEST(FolderConflicts, ASentenceStatingAValueWithoutAClaimIsShownToo) {
    Folder f;
    f.add("s1", "a", "The freighter Orla is 251.37 metres long.");
    f.add("s2", "b", "The freighter Orla is 300 metres long.");
    f.add("s1", "c", "Harbour pilots guided the Orla, all 251.37 metres of her, past the breakwater.");
    f.add("s3", "d", "The Orla unloaded grain. Its sister ship Vela, all 251.37 metres of her, waited.");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    std::set<std::string> shown;
    for (const Evidence& e : cs.front().evidence) shown.insert(e.article);
    EXPECT_EQ(shown, (std::set<std::string>{"a", "b", "c"}));  // d is of another story, and the figure is the Vela's
}

TEST(FolderConflicts, UnnamedCountsOfDifferentThingsOrSubgroupsStayApart) {
    Folder f;
    // Another ship: the articles share no name they are about.
    f.add("s1", "a", "The Orla left the port of Santos on Monday. The Orla was bound for Rotterdam. There were 22 crew "
                     "members on board.");
    f.add("s2", "b", "The Vesta has arrived in Fuzhou for repairs. The Vesta had a 19-member crew.");
    // The same crew told as a whole and as a part of it: "20 of them Indian" is no crew size.
    f.add("s3", "c", "The Orla docked in Fuzhou. The Orla had 22 crew members, 20 of them Indian.");
    // A count that moves (the injured) is never compared across stories.
    f.add("s4", "d", "The Orla struck the pier at dawn. The Orla was badly damaged and three people were injured.");
    f.add("s5", "e", "The Orla hit the pier on Tuesday. The Orla lost power and eight people were injured.");
    EXPECT_TRUE(f.conflicts().empty());
}

TEST(FolderConflicts, CategoriesMeetAcrossStories) {
    Folder f;
    f.add("s1", "a", "The Ascend 910B is an AI accelerator.");
    f.add("s2", "b", "The Ascend 910B is a CPU.");
    ASSERT_EQ(f.conflicts().size(), 1u);
    EXPECT_EQ(f.conflicts().front().type, ConflictType::Category);
}

TEST(FolderConflicts, FiguresOfAClosedPeriodMeetAcrossStories) {
    // A year that ended before the articles were written, and a reported quarter: the figures no longer move.
    Folder f;
    f.add("s1", "a", "Halvard Motors said its deliveries fell 11% in 2024.");
    f.add("s2", "b", "Halvard Motors said its deliveries fell 1.1% in 2024.");
    f.add("s3", "c", "Orvik Group reported revenue of $4.2 billion in the fourth quarter of 2024.");
    f.add("s4", "d", "Orvik Group reported revenue of $4.8 billion in the fourth quarter of 2024.");
    auto cs = f.conflicts();
    std::set<std::string> subjects;
    for (const Conflict& c : cs) subjects.insert(c.subject);
    EXPECT_EQ(subjects, (std::set<std::string>{"Halvard Motors", "Orvik Group"}));
}

TEST(FolderConflicts, APageWithoutADateMeetsOneWrittenAfterTheYear) {
    Folder f;
    f.add("s1", "a", "Halvard Motors said its deliveries fell 11% in 2024.", "");
    f.add("s2", "b", "Halvard Motors said its deliveries fell 1.1% in 2024.");
    // Written during the year: a page without a date is not read against it.
    f.add("s3", "c", "Orvik Group said its deliveries rose 7% in 2025.", "");
    f.add("s4", "d", "Orvik Group said its deliveries rose 3% in 2025.", "2025-05-01");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs.front().subject, "Halvard Motors");
}

TEST(FolderConflicts, ChineseFiguresOfAClosedYearMeetAcrossStories) {
    Folder f;
    f.add("s1", "a", "2024年,海岳集团营收为120亿元。");
    f.add("s2", "b", "2024年,海岳集团营收为150亿元。");
    f.add("s3", "c", "2023年,海岳集团营收为90亿元。");  // another year: no clash with either
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    std::set<std::string> values;
    for (const Evidence& e : cs.front().evidence) values.insert(e.article);
    EXPECT_EQ(values, (std::set<std::string>{"a", "b"}));
}

TEST(FolderConflicts, FiguresOfAPeriodStillUnderWayOrOfAnotherStageStayInTheirStory) {
    Folder f;
    // A tally written while its year (the Games) runs: it still moves.
    f.add("s1", "a", "The United States won 30 gold medals at the 2024 Olympics.", "2024-08-05");
    f.add("s2", "b", "The United States won 33 gold medals at the 2024 Olympics.", "2024-08-08");
    // No publication date on either side: whether the year had ended is unknown.
    f.add("s3", "c", "Brevik Energy said its revenue rose 8% in 2023.", "");
    f.add("s4", "d", "Brevik Energy said its revenue rose 6% in 2023.", "");
    // A forecast and a running tally are other facts than the result.
    f.add("s5", "e", "Halvard Motors expects deliveries to grow 20% in 2024.");
    f.add("s6", "f", "Halvard Motors said deliveries grew 4% in 2024.");
    f.add("s7", "g", "Orvik Group had sold 40,000 cars so far in 2024, it said.");
    f.add("s8", "h", "Orvik Group sold 52,000 cars in 2024.");
    // Two years are two facts.
    f.add("s9", "i", "Tamsin Foods said its revenue rose 5% in 2023.");
    f.add("s10", "j", "Tamsin Foods said its revenue rose 9% in 2024.");
    // A period without its year may be any year's.
    f.add("s11", "k", "Velmar Tech reported revenue of $2.1 billion in the third quarter.");
    f.add("s12", "l", "Velmar Tech reported revenue of $2.6 billion in the third quarter.");
    auto cs = f.conflicts();
    for (const Conflict& c : cs) ADD_FAILURE() << c.subject << " " << c.attribute << ": " << c.reason;
    EXPECT_TRUE(cs.empty());
}

TEST(FolderConflicts, APreliminaryAndAFinalFigureStayApart) {
    Folder f;
    f.add("s1", "a", "Brevik Energy reported preliminary revenue of $3.1 billion for 2024.");
    f.add("s2", "b", "Brevik Energy reported revenue of $3.4 billion for 2024.");
    EXPECT_TRUE(f.conflicts().empty());
}


TEST(FolderConflicts, OneCollisionTimedInTwoStoriesMeetsByItsMinute) {
    const std::string early = "At approximately 1:40 am on 26 March 2024, the freighter Vega collided with the Orla bridge.";
    Folder f;
    f.add("s1", "a", early, "2024-03-26");
    f.add("s2", "b", "The freighter Vega hit the bridge at 1:28 am.", "2024-03-27");
    auto cs = f.conflicts();
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs.front().type, ConflictType::Date);
    // "approximately 1:40" allows 1:35
    Folder near;
    near.add("s1", "a", early, "2024-03-26");
    near.add("s2", "b", "The freighter Vega hit the bridge at 1:35 am.", "2024-03-26");
    EXPECT_TRUE(near.conflicts().empty());
    // another ship
    Folder other;
    other.add("s1", "a", early, "2024-03-26");
    other.add("s2", "b", "The freighter Kestrel hit the bridge at 1:28 am.", "2024-03-26");
    EXPECT_TRUE(other.conflicts().empty());
}

TEST(FolderConflicts, CollisionsOfOtherDaysOrOfNoKnownDayStayApart) {
    const std::string early = "At approximately 1:40 am on 26 March 2024, the freighter Vega collided with the Orla bridge.";
    // a ship collides more than once: another day is another collision, not a wrong date
    Folder days;
    days.add("s1", "a", early, "2024-03-26");
    days.add("s2", "b", "On 2 May 2016 at 3:10 pm, the freighter Vega collided with a quay.", "2016-05-02");
    EXPECT_TRUE(days.conflicts().empty());
    // a time alone on a page whose day is only the file's time may be of any day
    Folder file;
    file.add("s1", "a", early, "2024-03-26");
    file.add("s2", "b", "The freighter Vega hit the bridge at 1:28 am.", "2024-03-26");
    file.articles.back().published->source = DateSource::File;
    EXPECT_TRUE(file.conflicts().empty());
    // a time alone published weeks later tells of another night
    Folder later;
    later.add("s1", "a", early, "2024-03-26");
    later.add("s2", "b", "The freighter Vega hit the bridge at 1:28 am.", "2024-05-10");
    EXPECT_TRUE(later.conflicts().empty());
}

}  // namespace
}  // namespace parallax::conflict
