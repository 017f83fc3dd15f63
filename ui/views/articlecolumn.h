#pragma once
/// @file articlecolumn.h  One article in the side-by-side view: header, text, marks for passages and conflicts.
#include <QColor>
#include <QFrame>
#include <QString>

#include <memory>
#include <vector>

#include "ui/textmap.h"

class QLabel;
class QPoint;
class QScrollBar;
class QTextEdit;
class QToolButton;

namespace parallax::ui {

/// A highlighted range of the column's text, in UTF-16 positions.
struct Mark {
    enum class Kind { Group, Conflict };
    Kind kind = Kind::Group;
    int from = 0;
    int to = 0;
    QString id;     ///< group or conflict id
    QString tip;    ///< shown on hover
    QColor colour;  ///< background (groups) or active background (conflicts)
};

/// Where an aligned passage sits in a column's laid-out text, in document pixels (scroll value = top of view).
struct PassageY {
    QString group;
    int top = 0;     ///< top of the passage's first line
    int bottom = 0;  ///< bottom of its last line
};

/// Shows one article. Its text is loaded lazily (load()), when the column first becomes visible.
class ArticleColumn : public QFrame {
    Q_OBJECT
public:
    ArticleColumn(const QString& articleId, const QString& title, const QString& meta, const QString& path,
                  QWidget* parent = nullptr);

    [[nodiscard]] const QString& articleId() const { return m_articleId; }
    [[nodiscard]] bool loaded() const { return m_map != nullptr; }
    void load(std::shared_ptr<const TextMap> map, std::vector<Mark> marks);
    /// New marks for the same text (a finished analysis after the provisional one): no text swap, no scroll.
    void setMarks(std::vector<Mark> marks);
    /// The line under the title (outlet · date · byline · conflicts).
    void setMeta(const QString& meta);
    [[nodiscard]] const TextMap* textMap() const { return m_map.get(); }
    [[nodiscard]] const std::vector<Mark>& marks() const { return m_marks; }
    /// Aligned passages by document y, sorted by top; empty while the original file is shown. Measured once
    /// per layout (cached until the text, the width or the font changes), so a scroll event costs nothing here.
    [[nodiscard]] const std::vector<PassageY>& passages() const;
    /// Bumped whenever the cached passage geometry becomes stale.
    [[nodiscard]] unsigned geometryGeneration() const { return m_generation; }

    /// Emphasises one group and one conflict (empty = none).
    void setActive(const QString& groupId, const QString& conflictId);
    /// Scrolls so that UTF-16 position `from` sits at `viewportY` (default: a quarter down the view).
    void scrollToRange(int from, int to, int viewportY = -1);
    /// Selects a range briefly, e.g. a search hit.
    void flashRange(int from, int to);
    [[nodiscard]] bool isRangeVisible(int from, int to) const;
    /// Viewport rectangle of a position (for tests and for aligning counterparts).
    [[nodiscard]] QRect positionRect(int pos) const;
    void setShowOriginal(bool original);
    [[nodiscard]] bool showsOriginal() const { return m_original; }
    /// How the pipeline decoded the file (Article::encoding), so the original reads as the pipeline read it;
    /// `text` false for formats whose original is not text (PDF).
    void setOriginalEncoding(const QString& encoding, bool text = true);
    /// Hover text at a viewport point: the conflict's reason and the passage it belongs to (empty: none).
    [[nodiscard]] QString toolTipAt(const QPoint& viewportPos) const;

    [[nodiscard]] QTextEdit* editor() const { return m_text; }
    [[nodiscard]] QScrollBar* verticalScrollBar() const;
    /// True while the shown text is being swapped (load, original toggle): scrolling then is not the user's.
    [[nodiscard]] bool replacingText() const { return m_replacing; }

signals:
    void passageClicked(const QString& articleId, const QString& groupId, int viewportY);
    void conflictClicked(const QString& conflictId);
    void moveRequested(const QString& articleId, int delta);
    void hideRequested(const QString& articleId);
    /// The shown text was swapped (loaded, or original toggled), so the column may need to rejoin linked scrolling.
    void textReplaced(const QString& articleId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] const Mark* markAt(int pos, Mark::Kind kind) const;
    void applyMarks();
    void showText();
    void invalidateGeometry();

    QString m_articleId;
    QString m_path;
    QString m_encoding;
    bool m_originalIsText = true;
    QLabel* m_title;
    QLabel* m_meta;
    QToolButton* m_originalButton;
    QTextEdit* m_text;
    std::shared_ptr<const TextMap> m_map;
    std::vector<Mark> m_marks;
    QString m_activeGroup;
    QString m_activeConflict;
    bool m_original = false;
    bool m_replacing = false;
    int m_cleanScroll = 0;  ///< scroll position of the cleaned text while the original is shown
    int m_flashFrom = -1;
    int m_flashTo = -1;
    mutable std::vector<PassageY> m_passages;
    mutable bool m_passagesValid = false;
    unsigned m_generation = 1;
};

}  // namespace parallax::ui
