#pragma once
/// @file recentfolders.h  The recent-folders list (QSettings) and its menu.
#include <QObject>
#include <QStringList>

class QMenu;

namespace parallax::ui {

class RecentFolders : public QObject {
    Q_OBJECT
public:
    explicit RecentFolders(QMenu* menu, QObject* parent = nullptr);
    void add(const QString& folder);
    [[nodiscard]] QStringList folders() const;

signals:
    void openRequested(const QString& folder);

private:
    void rebuild();
    QMenu* m_menu;
};

}  // namespace parallax::ui
