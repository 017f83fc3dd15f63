#pragma once
/// @file comparisonview.h  The selected story side by side: one column per article, scrolling sideways.
#include <QWidget>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ui/analysisdata.h"
#include "ui/views/articlecolumn.h"
#include "ui/views/scrolllinker.h"

class QAction;
class QLabel;
class QMenu;
class QScrollArea;
class QHBoxLayout;
class QToolButton;

namespace parallax::ui {

/// Lays out ArticleColumns, loads their text lazily when they scroll into view, keeps aligned passages in
/// step (click one: its counterparts come into view), links vertical scrolling on request (passage-aligned,
/// see ScrollLinker), and lets the user hide and reorder columns.
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    void setStory(const QString& storyId);
    [[nodiscard]] const QString& story() const { return m_story; }

    /// Scrolling one column makes the others follow, shared passages kept at the same height.
    void setLinkedScrolling(bool linked);
    [[nodiscard]] bool linkedScrolling() const { return m_linker->isEnabled(); }
    void setShowOriginal(bool original);
    /// Brings a passage of an article into view (column scrolled sideways, text scrolled, range flashed).
    void showPassage(const QString& articleId, std::size_t byteStart, std::size_t byteEnd);
    /// Marks a group active everywhere and scrolls every column that has it, `fromArticle` excepted.
    void showGroup(const QString& groupId, const QString& fromArticle = {}, int viewportY = -1);
    /// Marks a conflict active and scrolls its evidence into view.
    void showConflict(const QString& conflictId);

    [[nodiscard]] ArticleColumn* column(const QString& articleId) const;
    /// Columns in display order (hidden ones included).
    [[nodiscard]] const std::vector<ArticleColumn*>& columns() const { return m_columns; }
    void setColumnHidden(const QString& articleId, bool hidden);
    void moveColumn(const QString& articleId, int delta);
    /// The "Columns" menu: one checkable entry per column, in display order.
    [[nodiscard]] QMenu* columnsMenu() const { return m_columnsMenu; }
    /// UTF-16 range of a byte span of an article (loads the column's text if needed).
    [[nodiscard]] std::pair<int, int> rangeOf(const QString& articleId, const Span& span);

signals:
    void conflictActivated(const QString& conflictId);
    void groupActivated(const QString& groupId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void clearColumns();
    void addColumn(const std::string& articleId);
    /// Adds up to `count` of the story's columns not made yet, then schedules the rest (batch = m_batch when
    /// they were scheduled; a newer story cancels them).
    void addPendingColumns(quint64 batch, std::size_t count);
    void flushPendingColumns();
    /// Column width so that a whole number of columns fills the view (when they do not all fit).
    void fitColumnWidths();
    /// Keeps the columns when the re-analysed story has the same articles (only marks and counts change).
    [[nodiscard]] bool refreshColumns();
    [[nodiscard]] QString metaOf(const std::string& articleId) const;
    [[nodiscard]] QString titleOf(const Story& story) const;
    /// Scrolls sideways so the whole column shows, starting at a column's edge (never half a column).
    void bringIntoView(ArticleColumn* column);
    void layoutNow();
    void ensureLoaded(ArticleColumn* column);
    void loadVisibleColumns();
    void rebuildColumnsMenu();
    [[nodiscard]] std::vector<Mark> marksFor(const std::string& articleId, const TextMap& map) const;

    AnalysisPtr m_data;
    QString m_story;
    QString m_activeGroup;
    QString m_activeConflict;
    bool m_original = false;
    ScrollLinker* m_linker;
    QLabel* m_title;
    QToolButton* m_columnsButton;
    QMenu* m_columnsMenu;
    QScrollArea* m_scroll;
    QWidget* m_strip;
    QHBoxLayout* m_stripLayout;
    QLabel* m_placeholder;
    std::vector<ArticleColumn*> m_columns;
    std::map<QString, std::shared_ptr<const TextMap>> m_maps;
    std::map<QString, QAction*> m_columnActions;
    std::vector<std::string> m_pending;  ///< articles of the story whose columns are still to be made
    quint64 m_batch = 0;
};

}  // namespace parallax::ui
