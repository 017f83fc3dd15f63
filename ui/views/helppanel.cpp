#include "ui/views/helppanel.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>

#include "ui/colors.h"

namespace parallax::ui {
namespace {

// An inline sample of a mark, drawn with the same colour function the article columns use.
QString swatch(const QColor& background, const QString& text) {
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>").arg(background.name(), text);
}

QString underlined(const QColor& colour, const QString& text) {
    // Qt's rich text has no wavy underline in HTML; a coloured underline is the closest sample.
    return QStringLiteral("<span style=\"text-decoration:underline; color:%1\">%2</span>").arg(colour.name(), text);
}

}  // namespace

HowToReadPanel::HowToReadPanel(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("howToRead"));
    setOpenExternalLinks(false);
    rebuild();
}

void HowToReadPanel::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rebuilding) rebuild();
}

void HowToReadPanel::rebuild() {
    m_rebuilding = true;
    const QPalette pal = palette();
    const QString groups = swatch(colors::groupBackground(pal, 0), tr("passage 1")) + QLatin1Char(' ') +
                           swatch(colors::groupBackground(pal, 1), tr("passage 2")) + QLatin1Char(' ') +
                           swatch(colors::groupBackground(pal, 2), tr("passage 3"));
    const QString severities = swatch(colors::severityBackground(pal, Severity::High), tr("High")) + QLatin1Char(' ') +
                               swatch(colors::severityBackground(pal, Severity::Medium), tr("Medium")) +
                               QLatin1Char(' ') + swatch(colors::severityBackground(pal, Severity::Low), tr("Low"));
    const QString matrix = swatch(colors::coverageBackground(pal, Coverage::States), tr("✓ states")) +
                           QLatin1Char(' ') +
                           swatch(colors::coverageBackground(pal, Coverage::Contradicts), tr("✗ contradicts")) +
                           QLatin1Char(' ') + swatch(colors::coverageBackground(pal, Coverage::Omits), tr("– omits"));
    setHtml(tr(R"(<h3>How to read this</h3>
<p><b>Stories</b> (left): articles about the same event, grouped. Each article shows its outlet, date and how many
conflicts it is part of. Type in the filter box to narrow the list.</p>
<p><b>Side by side</b> (middle): one column per article. Passages that state the same fact have the
<b>same background colour</b> in every column (%1); click one and its counterparts scroll into view next to it.
A <b>wavy %2</b> marks words that conflict with another source; hover for the reason, click to
select the conflict. ◀ ▶ move a column, ✕ hides it (Columns menu brings it back); <i>Original</i> shows the file
as saved. <b>Ctrl+L</b> links the scrolling of all columns.</p>
<p><b>Claims matrix</b> (Ctrl+2): each row is a fact, each column a source: %3.
<b>Timeline</b> (Ctrl+3): the dates each source gives, in order.</p>
<p><b>Conflicts</b> (right): type, severity, subject and a one-line reason; below, what each side says and its
outlet. A conflict is a flag, not a verdict: read both sides, then <b>Confirm</b> (Ctrl+Shift+C),
<b>Dismiss</b> (Ctrl+Shift+D) or add a <b>Note</b> (Ctrl+Shift+N). Verdicts are saved at once.
<b>F8</b> / <b>Shift+F8</b> step through the open conflicts.</p>
<p>Severity (%4): <b>High</b> = values that cannot both be true; <b>Medium</b> = likely different;
<b>Low</b> = worth a look (often a different measure or moment).</p>
<p><b>Search</b> (Ctrl+F) finds words in every article; <b>Export</b> (Ctrl+E) writes a report;
<b>F5</b> rescans, and changed files are picked up by themselves.</p>
<p>Colours follow the desktop's light or dark palette; <code>--palette light|dark</code> (or the
<code>PARALLAX_PALETTE</code> variable) forces one.</p>)")
                .arg(groups, underlined(colors::conflictUnderline(pal), tr("red underline")), matrix, severities));
    m_rebuilding = false;
}

void showAbout(QWidget* parent) {
    QMessageBox::about(parent, QObject::tr("About Parallax"),
                       QObject::tr("<h3>Parallax %1</h3><p>Compares how news sources cover the same events: groups "
                                   "articles into stories, lines up what each says, and flags where they disagree, "
                                   "with the evidence from every side.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

}  // namespace parallax::ui
