#include "ui/actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace parallax::ui {
namespace {

// Tooltips name the shortcut, so the keyboard way is discoverable from the mouse way.
QAction* make(QMainWindow* w, const QString& text, const QKeySequence& key, const QString& tip) {
    auto* a = new QAction(text, w);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    const QString base = tip.isEmpty() ? plain : tip;
    a->setToolTip(key.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(base);
    w->addAction(a);  // shortcuts work even while a menu is hidden
    return a;
}

}  // namespace

Actions Actions::create(QMainWindow* w) {
    Actions a;
    a.open = make(w, QObject::tr("&Open Folder…"), QKeySequence::Open, QObject::tr("Open a folder of articles"));
    a.rescan = make(w, QObject::tr("&Rescan"), QKeySequence(Qt::Key_F5), QObject::tr("Analyse the folder again"));
    a.cancel = make(w, QObject::tr("&Cancel Analysis"), QKeySequence(Qt::Key_Escape), QObject::tr("Stop the running analysis"));
    a.cancel->setEnabled(false);
    a.exportReport = make(w, QObject::tr("&Export Report…"), QKeySequence(QStringLiteral("Ctrl+E")),
                          QObject::tr("Export the comparison as HTML, PDF, Markdown, JSON or CSV"));
    a.loadFacts = make(w, QObject::tr("Load &Reference Facts…"), QKeySequence(QStringLiteral("Ctrl+Shift+F")),
                       QObject::tr("Check every article against a facts file (TSV)"));
    a.referenceFacts = make(w, QObject::tr("Reference &Facts…"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
                            QObject::tr("See and remove the reference facts kept for this folder"));
    a.referenceFacts->setObjectName(QString::fromLatin1(kReferenceFactsName));
    a.quit = make(w, QObject::tr("&Quit"), QKeySequence::Quit, {});
    a.search = make(w, QObject::tr("&Search Articles…"), QKeySequence::Find, QObject::tr("Search every article of the folder"));
    a.nextConflict = make(w, QObject::tr("&Next Open Conflict"), QKeySequence(Qt::Key_F8), {});
    a.prevConflict = make(w, QObject::tr("&Previous Open Conflict"), QKeySequence(Qt::SHIFT | Qt::Key_F8), {});
    a.confirm = make(w, QObject::tr("&Confirm"), QKeySequence(QStringLiteral("Ctrl+Shift+C")),
                     QObject::tr("Confirm: the sources really disagree"));
    a.dismiss = make(w, QObject::tr("&Dismiss"), QKeySequence(QStringLiteral("Ctrl+Shift+D")),
                     QObject::tr("Dismiss: not a real contradiction"));
    a.reopen = make(w, QObject::tr("Re&open"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), QObject::tr("Clear the verdict"));
    a.note = make(w, QObject::tr("&Note…"), QKeySequence(QStringLiteral("Ctrl+Shift+N")), QObject::tr("Add a note to the conflict"));
    a.linkedScroll = make(w, QObject::tr("&Linked Scrolling"), QKeySequence(QStringLiteral("Ctrl+L")),
                          QObject::tr("Scroll all columns together"));
    a.linkedScroll->setCheckable(true);
    a.showOriginal = make(w, QObject::tr("Show &Original Files"), QKeySequence(QStringLiteral("Ctrl+U")),
                          QObject::tr("Show the files as saved instead of the cleaned text"));
    a.showOriginal->setCheckable(true);
    a.sideBySide = make(w, QObject::tr("&Side by Side"), QKeySequence(QStringLiteral("Ctrl+1")), {});
    a.matrix = make(w, QObject::tr("Claims &Matrix"), QKeySequence(QStringLiteral("Ctrl+2")), {});
    a.timeline = make(w, QObject::tr("&Timeline"), QKeySequence(QStringLiteral("Ctrl+3")), {});
    a.howToRead = make(w, QObject::tr("&How to Read This"), QKeySequence::HelpContents, {});
    a.about = make(w, QObject::tr("&About Parallax"), {}, {});

    QMenuBar* bar = w->menuBar();
    QMenu* file = bar->addMenu(QObject::tr("&File"));
    file->addAction(a.open);
    a.recentMenu = file->addMenu(QObject::tr("Open &Recent"));
    file->addAction(a.rescan);
    file->addAction(a.cancel);
    file->addSeparator();
    file->addAction(a.loadFacts);
    file->addAction(a.referenceFacts);
    file->addAction(a.exportReport);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = bar->addMenu(QObject::tr("&Edit"));
    edit->addAction(a.search);

    a.viewMenu = bar->addMenu(QObject::tr("&View"));
    a.viewMenu->addActions({a.sideBySide, a.matrix, a.timeline});
    a.viewMenu->addSeparator();
    a.viewMenu->addActions({a.linkedScroll, a.showOriginal});
    a.viewMenu->addSeparator();

    QMenu* conflicts = bar->addMenu(QObject::tr("&Conflicts"));
    conflicts->addActions({a.nextConflict, a.prevConflict});
    conflicts->addSeparator();
    conflicts->addActions(a.verdictActions());

    QMenu* help = bar->addMenu(QObject::tr("&Help"));
    help->addActions({a.howToRead, a.about});
    return a;
}

}  // namespace parallax::ui
