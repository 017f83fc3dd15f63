// STUB: replaced by the desktop reader (issue 4).
#include "ui/application.h"

#include <QApplication>
#include <QLabel>

namespace parallax::ui {
int runApplication(int argc, char** argv) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Parallax"));
    label.show();
    return QApplication::exec();
}
}  // namespace parallax::ui
