#pragma once
/// @file helppanel.h  "How to read this" and the About box.
#include <QTextBrowser>

namespace parallax::ui {

/// A short guide to the window: what the colours, marks and verdicts mean. Its examples are painted with the
/// colours the window uses (colors.h) and repainted when the palette changes, so they match in light and dark.
class HowToReadPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit HowToReadPanel(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    bool m_rebuilding = false;
};

void showAbout(QWidget* parent);

}  // namespace parallax::ui
