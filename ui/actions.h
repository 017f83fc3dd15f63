#pragma once
/// @file actions.h  Every user action with its shortcut (shown in menus and tooltips), and the menus.
#include <QList>

class QAction;
class QMainWindow;
class QMenu;

namespace parallax::ui {

/// The window's actions; MainWindow connects them to the controllers.
struct Actions {
    QAction* open = nullptr;
    QAction* rescan = nullptr;
    QAction* cancel = nullptr;
    QAction* exportReport = nullptr;
    QAction* loadFacts = nullptr;
    QAction* referenceFacts = nullptr;  ///< lists the facts stored in the folder's library (ReferenceController)
    QAction* quit = nullptr;
    QAction* search = nullptr;
    QAction* nextConflict = nullptr;
    QAction* prevConflict = nullptr;
    QAction* confirm = nullptr;
    QAction* dismiss = nullptr;
    QAction* reopen = nullptr;
    QAction* note = nullptr;
    QAction* linkedScroll = nullptr;
    QAction* showOriginal = nullptr;
    QAction* sideBySide = nullptr;
    QAction* matrix = nullptr;
    QAction* timeline = nullptr;
    QAction* howToRead = nullptr;
    QAction* about = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* viewMenu = nullptr;

    /// Object names of actions that a controller finds on the window by itself (no wiring in the window).
    static constexpr const char* kReferenceFactsName = "referenceFactsAction";

    /// Creates the actions and the menu bar of `window`.
    static Actions create(QMainWindow* window);
    [[nodiscard]] QList<QAction*> verdictActions() const { return {confirm, dismiss, reopen, note}; }
};

}  // namespace parallax::ui
