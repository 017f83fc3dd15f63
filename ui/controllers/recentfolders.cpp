#include "ui/controllers/recentfolders.h"

#include <QDir>
#include <QMenu>
#include <QSettings>

namespace parallax::ui {
namespace {
constexpr int kMaxRecent = 8;
const char* const kKey = "recentFolders";
}  // namespace

RecentFolders::RecentFolders(QMenu* menu, QObject* parent) : QObject(parent), m_menu(menu) { rebuild(); }

QStringList RecentFolders::folders() const { return QSettings().value(QLatin1String(kKey)).toStringList(); }

void RecentFolders::add(const QString& folder) {
    QStringList list = folders();
    list.removeAll(folder);
    list.prepend(folder);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(QLatin1String(kKey), list);
    rebuild();
}

void RecentFolders::rebuild() {
    m_menu->clear();
    const QStringList list = folders();
    int n = 0;
    for (const QString& f : list) {
        ++n;
        QAction* a = m_menu->addAction(QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(f)));
        if (n <= 9) a->setShortcut(QKeySequence(QStringLiteral("Alt+Shift+%1").arg(n)));
        connect(a, &QAction::triggered, this, [this, f] { emit openRequested(f); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

}  // namespace parallax::ui
