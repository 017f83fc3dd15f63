#include "ui/analysisdata.h"

#include <QFileInfo>

#include <set>

namespace parallax::ui {
namespace {
const std::vector<int> kNone;
}

AnalysisData::AnalysisData(AnalysisResult result, Phase phase) : m_result(std::move(result)), m_phase(phase) {
    for (int i = 0; i < static_cast<int>(m_result.articles.size()); ++i) m_articles.emplace(m_result.articles[i].id, i);
    for (int i = 0; i < static_cast<int>(m_result.stories.size()); ++i) {
        const Story& s = m_result.stories[i];
        m_stories.emplace(s.id, i);
        for (const auto& a : s.articles) m_storyOfArticle.emplace(a, s.id);
    }
    for (int i = 0; i < static_cast<int>(m_result.groups.size()); ++i) {
        const Group& g = m_result.groups[i];
        m_groups.emplace(g.id, i);
        auto& list = m_groupsByStory[g.story];
        m_groupInStory.emplace(g.id, static_cast<int>(list.size()));
        list.push_back(i);
    }
    for (int i = 0; i < static_cast<int>(m_result.conflicts.size()); ++i) {
        const Conflict& c = m_result.conflicts[i];
        m_conflicts.emplace(c.id, i);
        m_conflictsByStory[c.story].push_back(i);
        // An article counts a conflict once even when it is on both sides (an internal contradiction).
        std::set<std::string> seen;
        for (const auto& e : c.evidence)
            if (seen.insert(e.article).second) ++m_conflictsPerArticle[e.article];
    }
}

const Article* AnalysisData::article(const std::string& id) const {
    auto it = m_articles.find(id);
    return it == m_articles.end() ? nullptr : &m_result.articles[static_cast<std::size_t>(it->second)];
}
const Story* AnalysisData::story(const std::string& id) const {
    auto it = m_stories.find(id);
    return it == m_stories.end() ? nullptr : &m_result.stories[static_cast<std::size_t>(it->second)];
}
const Conflict* AnalysisData::conflict(const std::string& id) const {
    auto it = m_conflicts.find(id);
    return it == m_conflicts.end() ? nullptr : &m_result.conflicts[static_cast<std::size_t>(it->second)];
}
const Group* AnalysisData::group(const std::string& id) const {
    auto it = m_groups.find(id);
    return it == m_groups.end() ? nullptr : &m_result.groups[static_cast<std::size_t>(it->second)];
}
const Annotations* AnalysisData::annotations(const std::string& articleId) const {
    auto it = m_result.annotations.find(articleId);
    return it == m_result.annotations.end() ? nullptr : &it->second;
}
const std::vector<int>& AnalysisData::conflictsOfStory(const std::string& storyId) const {
    auto it = m_conflictsByStory.find(storyId);
    return it == m_conflictsByStory.end() ? kNone : it->second;
}
const std::vector<int>& AnalysisData::groupsOfStory(const std::string& storyId) const {
    auto it = m_groupsByStory.find(storyId);
    return it == m_groupsByStory.end() ? kNone : it->second;
}
int AnalysisData::conflictCountOfArticle(const std::string& articleId) const {
    auto it = m_conflictsPerArticle.find(articleId);
    return it == m_conflictsPerArticle.end() ? 0 : it->second;
}
std::string AnalysisData::storyOfArticle(const std::string& articleId) const {
    auto it = m_storyOfArticle.find(articleId);
    return it == m_storyOfArticle.end() ? std::string{} : it->second;
}
int AnalysisData::groupIndexInStory(const std::string& groupId) const {
    auto it = m_groupInStory.find(groupId);
    return it == m_groupInStory.end() ? 0 : it->second;
}

QString AnalysisData::outletOf(const std::string& articleId) const {
    const Article* a = article(articleId);
    if (!a) return articleId == "reference" ? QStringLiteral("Reference facts") : qs(articleId);
    if (!a->outlet.empty()) return qs(a->outlet);
    return QFileInfo(qs(a->path)).fileName();
}

QString AnalysisData::dateOf(const std::string& articleId) const {
    const Article* a = article(articleId);
    if (!a || !a->published) return {};
    return qs(a->published->date.iso());
}

}  // namespace parallax::ui
