#include "ui/views/scrolllinker.h"

#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <map>

namespace parallax::ui {
namespace {

// Longest chain of points strictly increasing in both coordinates (patience sorting, O(n log n)). Sorting by
// x ascending and, for equal x, y descending makes a strictly increasing run in y also strict in x.
std::vector<std::pair<int, int>> monotonicChain(std::vector<std::pair<int, int>> points) {
    std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<int> tails;        // index of the last point of the best chain of each length
    std::vector<int> previous(points.size(), -1);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int y = points[i].second;
        auto it = std::lower_bound(tails.begin(), tails.end(), y,
                                   [&](int idx, int value) { return points[static_cast<std::size_t>(idx)].second < value; });
        if (it != tails.begin()) previous[i] = *(it - 1);
        if (it == tails.end()) tails.push_back(static_cast<int>(i));
        else *it = static_cast<int>(i);
    }
    std::vector<std::pair<int, int>> chain;
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[static_cast<std::size_t>(i)])
        chain.push_back(points[static_cast<std::size_t>(i)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

}  // namespace

PassageMap::PassageMap(const std::vector<PassageY>& source, const std::vector<PassageY>& target) {
    // The k-th passage of a group in the source pairs with the k-th of the same group in the target.
    std::map<QString, std::vector<const PassageY*>> counterparts;
    for (const PassageY& t : target) counterparts[t.group].push_back(&t);
    std::map<QString, std::size_t> seen;
    std::vector<std::pair<int, int>> points;
    for (const PassageY& s : source) {
        auto it = counterparts.find(s.group);
        if (it == counterparts.end()) continue;
        const std::size_t k = seen[s.group]++;
        if (k >= it->second.size()) continue;
        const PassageY& t = *it->second[k];
        points.emplace_back(s.top, t.top);
        if (s.bottom > s.top && t.bottom > t.top) points.emplace_back(s.bottom, t.bottom);
    }
    m_points = monotonicChain(std::move(points));
}

int PassageMap::map(int sourceY) const {
    if (m_points.empty()) return sourceY;
    const auto& first = m_points.front();
    const auto& last = m_points.back();
    if (sourceY <= first.first) return first.second + (sourceY - first.first);
    if (sourceY >= last.first) return last.second + (sourceY - last.first);
    const auto hi = std::upper_bound(m_points.begin(), m_points.end(), sourceY,
                                     [](int y, const std::pair<int, int>& p) { return y < p.first; });
    const auto lo = hi - 1;
    const double t = static_cast<double>(sourceY - lo->first) / (hi->first - lo->first);
    return lo->second + static_cast<int>(std::lround(t * (hi->second - lo->second)));
}

ScrollLinker::ScrollLinker(QObject* parent) : QObject(parent) {}

void ScrollLinker::setEnabled(bool enabled) {
    const bool turnedOn = enabled && !m_enabled;
    m_enabled = enabled;
    // Switching linking on lines the others up with the column the user was reading.
    if (turnedOn && !m_busy && linkable(m_lastSource)) {
        const Suspend hold(*this);
        for (ArticleColumn* target : m_columns)
            if (target != m_lastSource && linkable(target)) align(m_lastSource, target);
    }
}

void ScrollLinker::setColumns(const std::vector<ArticleColumn*>& columns) {
    for (const auto& c : m_connections) disconnect(c);
    m_connections.clear();
    m_maps.clear();
    m_clamping = nullptr;
    m_lastSource = nullptr;
    m_columns = columns;
    for (ArticleColumn* column : m_columns) {
        QScrollBar* bar = column->verticalScrollBar();
        m_connections.push_back(connect(bar, &QScrollBar::valueChanged, this, [this, column] { onScrolled(column); }));
        m_connections.push_back(connect(bar, &QScrollBar::rangeChanged, this,
                                        [this, bar](int min, int max) { onRangeChanged(bar, min, max); }));
    }
}

bool ScrollLinker::linkable(const ArticleColumn* column) const {
    return column && column->loaded() && !column->isHidden() &&
           std::find(m_columns.begin(), m_columns.end(), column) != m_columns.end();
}

void ScrollLinker::onRangeChanged(QScrollBar* bar, int min, int max) {
    // QAbstractSlider::setRange emits rangeChanged and then re-bounds the value: when the value is out of the
    // new range, the valueChanged that follows comes from a relayout, not from the user.
    if (bar->value() < min || bar->value() > max) m_clamping = bar;
}

void ScrollLinker::onScrolled(ArticleColumn* source) {
    QScrollBar* bar = source->verticalScrollBar();
    if (m_clamping == bar) {
        m_clamping = nullptr;
        return;
    }
    if (m_busy || source->replacingText() || !linkable(source)) return;
    m_lastSource = source;  // remembered while unlinked too: switching linking on aligns with it
    if (!m_enabled) return;
    const Suspend hold(*this);
    for (ArticleColumn* target : m_columns)
        if (target != source && linkable(target)) align(source, target);
}

void ScrollLinker::follow(ArticleColumn* target) {
    if (!m_enabled || m_busy || !m_lastSource || m_lastSource == target) return;
    if (!linkable(m_lastSource) || !linkable(target)) return;
    const Suspend hold(*this);
    align(m_lastSource, target);
}

void ScrollLinker::align(ArticleColumn* source, ArticleColumn* target) {
    const int value = alignedValue(source, target, source->verticalScrollBar()->value());
    if (value >= 0) target->verticalScrollBar()->setValue(value);
}

int ScrollLinker::alignedValue(ArticleColumn* source, ArticleColumn* target, int sourceValue) {
    // passages() may lay text out and so bump the generation: read the generations after it.
    const std::vector<PassageY>& from = source->passages();
    const std::vector<PassageY>& to = target->passages();
    CachedMap& cached = m_maps[{source, target}];
    if (!cached.built || cached.sourceGeneration != source->geometryGeneration() ||
        cached.targetGeneration != target->geometryGeneration()) {
        cached.map = PassageMap(from, to);
        cached.sourceGeneration = source->geometryGeneration();
        cached.targetGeneration = target->geometryGeneration();
        cached.built = true;
    }
    if (cached.map.empty()) return -1;
    // The scroll value is the document y at the top of the viewport: the reference line for alignment.
    return std::clamp(cached.map.map(sourceValue), target->verticalScrollBar()->minimum(),
                      target->verticalScrollBar()->maximum());
}

}  // namespace parallax::ui
