#pragma once
/// @file analysisdata.h  An immutable analysis result plus the look-up tables the views need.
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/analysis.h"

namespace parallax::ui {

/// Built once per analysis (on the worker thread), then shared read-only by every model and view, so
/// nothing on the GUI thread scans the whole result.
class AnalysisData {
public:
    /// How far the analysis that produced this result got.
    enum class Phase {
        Reading,    ///< only the articles are known (one pseudo-story holds them all)
        Comparing,  ///< the stories are built; nothing is aligned or checked yet
        Done,       ///< the complete result
    };

    explicit AnalysisData(AnalysisResult result, Phase phase = Phase::Done);

    [[nodiscard]] const AnalysisResult& result() const { return m_result; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    /// True until the analysis is complete.
    [[nodiscard]] bool provisional() const { return m_phase != Phase::Done; }
    /// True once the stories are real (they can be selected and read).
    [[nodiscard]] bool hasStories() const { return m_phase != Phase::Reading; }

    [[nodiscard]] const Article* article(const std::string& id) const;
    [[nodiscard]] const Story* story(const std::string& id) const;
    [[nodiscard]] const Conflict* conflict(const std::string& id) const;
    [[nodiscard]] const Group* group(const std::string& id) const;
    [[nodiscard]] const Annotations* annotations(const std::string& articleId) const;
    /// Indexes into result().conflicts / result().groups of one story.
    [[nodiscard]] const std::vector<int>& conflictsOfStory(const std::string& storyId) const;
    [[nodiscard]] const std::vector<int>& groupsOfStory(const std::string& storyId) const;
    [[nodiscard]] int conflictCountOfArticle(const std::string& articleId) const;
    [[nodiscard]] std::string storyOfArticle(const std::string& articleId) const;
    /// Position of a group within its story (its colour index).
    [[nodiscard]] int groupIndexInStory(const std::string& groupId) const;

    /// Outlet to show: the extracted outlet, else the file name.
    [[nodiscard]] QString outletOf(const std::string& articleId) const;
    /// Publication date as ISO text, empty when unknown.
    [[nodiscard]] QString dateOf(const std::string& articleId) const;

private:
    AnalysisResult m_result;
    Phase m_phase = Phase::Done;
    std::unordered_map<std::string, int> m_articles, m_stories, m_conflicts, m_groups, m_groupInStory;
    std::unordered_map<std::string, std::vector<int>> m_conflictsByStory, m_groupsByStory;
    std::unordered_map<std::string, int> m_conflictsPerArticle;
    std::unordered_map<std::string, std::string> m_storyOfArticle;
};

using AnalysisPtr = std::shared_ptr<const AnalysisData>;

/// QString from a UTF-8 std::string.
[[nodiscard]] inline QString qs(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
/// UTF-8 std::string from a QString.
[[nodiscard]] inline std::string ss(const QString& s) { return s.toStdString(); }

}  // namespace parallax::ui
