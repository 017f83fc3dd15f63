#pragma once
/// @file scrolllinker.h  Passage-aligned linked scrolling for the side-by-side columns.
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <map>
#include <utility>
#include <vector>

#include "ui/views/articlecolumn.h"

class QScrollBar;

namespace parallax::ui {

/// A monotonic, piecewise-linear map from one column's document y to another's, through the aligned
/// passages both columns share: the top of a shared passage maps to the top of its counterpart, its bottom
/// to the counterpart's bottom, positions between two passages are interpolated, and positions before the
/// first or after the last shared passage keep that passage's offset (slope 1). Pairs that would cross
/// (passages told in a different order) are dropped so the map never runs backwards.
class PassageMap {
public:
    PassageMap() = default;
    PassageMap(const std::vector<PassageY>& source, const std::vector<PassageY>& target);

    /// True when the two columns share no passage (then there is nothing to align).
    [[nodiscard]] bool empty() const { return m_points.empty(); }
    /// Target document y for a source document y (identity when empty()).
    [[nodiscard]] int map(int sourceY) const;
    /// The anchor points (source y, target y), strictly increasing in both.
    [[nodiscard]] const std::vector<std::pair<int, int>>& points() const { return m_points; }

private:
    std::vector<std::pair<int, int>> m_points;
};

/// Links the vertical scrolling of the columns: when the user scrolls one column, every other loaded and
/// visible column that shares a passage with it follows, so that the shared passage nearest the top of the
/// scrolled column sits at the same height (PassageMap with the viewport top as reference line). Columns
/// sharing nothing stay where they are. A following column never drives the others, and a scroll value
/// clamped by a relayout is not taken for a user's scroll. Maps are cached per pair of columns and rebuilt
/// only when a column's passage geometry changed (ArticleColumn::geometryGeneration()).
class ScrollLinker : public QObject {
    Q_OBJECT
public:
    explicit ScrollLinker(QObject* parent = nullptr);

    /// Switching on aligns the other columns with the column the user scrolled last.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// The columns to link (replaces the previous set).
    void setColumns(const std::vector<ArticleColumn*>& columns);
    /// Aligns `target` with the column the user scrolled last (e.g. a column that just loaded or reappeared).
    void follow(ArticleColumn* target);
    /// Scroll value `target` takes when `source` is at `sourceValue`, or -1 when they share no passage.
    [[nodiscard]] int alignedValue(ArticleColumn* source, ArticleColumn* target, int sourceValue);

    /// While alive, scrolling does not propagate (for programmatic jumps such as "show this passage").
    class Suspend {
    public:
        explicit Suspend(ScrollLinker& linker) : m_linker(linker), m_was(linker.m_busy) { linker.m_busy = true; }
        ~Suspend() { m_linker.m_busy = m_was; }
        Suspend(const Suspend&) = delete;
        Suspend& operator=(const Suspend&) = delete;

    private:
        ScrollLinker& m_linker;
        bool m_was;
    };

private:
    void onScrolled(ArticleColumn* source);
    void onRangeChanged(QScrollBar* bar, int min, int max);
    void align(ArticleColumn* source, ArticleColumn* target);
    [[nodiscard]] bool linkable(const ArticleColumn* column) const;

    struct CachedMap {
        bool built = false;
        unsigned sourceGeneration = 0;
        unsigned targetGeneration = 0;
        PassageMap map;
    };

    bool m_enabled = false;
    bool m_busy = false;               ///< propagating (or suspended): followers' own signals are ignored
    QScrollBar* m_clamping = nullptr;  ///< a bar whose next valueChanged is a relayout's clamp
    std::vector<ArticleColumn*> m_columns;
    std::vector<QMetaObject::Connection> m_connections;
    QPointer<ArticleColumn> m_lastSource;
    std::map<std::pair<const ArticleColumn*, const ArticleColumn*>, CachedMap> m_maps;
};

}  // namespace parallax::ui
