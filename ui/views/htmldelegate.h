#pragma once
/// @file htmldelegate.h  Paints an item's rich-text role (search snippets with highlighted matches).
#include <QStyledItemDelegate>

namespace parallax::ui {

/// Draws the HTML found under `role` with the palette's colours; falls back to the default painting.
class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit HtmlDelegate(int role, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

}  // namespace parallax::ui
