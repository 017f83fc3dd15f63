#pragma once
/// @file helppanel.h  "How to read this" and the About box.
#include <QTextBrowser>

namespace parallax::ui {

/// A short guide to the window: what the colours, marks and verdicts mean.
class HowToReadPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit HowToReadPanel(QWidget* parent = nullptr);
};

void showAbout(QWidget* parent);

}  // namespace parallax::ui
