#pragma once
/// @file responsiveness.h  Measures how long the GUI thread goes without returning to its event loop.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdio>

namespace parallax::ui {

/// A heartbeat on the GUI thread: a precise timer asks to fire every few milliseconds, and whenever it fires
/// late, the GUI thread was busy (handling events, laying out, painting) for about the lateness. This sees every
/// kind of work on the thread without instrumenting any of it, which is what "the window never freezes" is
/// about. Marks ("stories shown") are timed from start(). Enabled in the app by PARALLAX_TIMING=1; output
/// goes to the given stream, one line per mark.
class ResponsivenessProbe : public QObject {
    Q_OBJECT
public:
    explicit ResponsivenessProbe(std::FILE* out = stderr, QObject* parent = nullptr);

    /// Starts the clock (and forgets earlier stalls).
    void start(const QString& what);
    /// Prints "+<ms> ms <what>", the longest stall so far, and each stall over 50 ms since the previous mark.
    void mark(const QString& what);

    /// Longest gap between two heartbeats beyond the interval, in milliseconds, since start().
    [[nodiscard]] qint64 longestStallMs() const { return m_longest; }
    /// What was last marked before the longest stall began (a hint for where to look).
    [[nodiscard]] const QString& longestStallAfter() const { return m_longestAfter; }
    /// Number of stalls longer than `budgetMs` since start().
    [[nodiscard]] int stallsOver(qint64 budgetMs) const;
    [[nodiscard]] int beats() const { return m_beats; }

private:
    void beat();

    static constexpr int kIntervalMs = 5;
    std::FILE* m_out;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeat = 0;
    qint64 m_longest = 0;
    QString m_longestAfter;
    QString m_lastMark;
    struct Stall {
        qint64 endedAtMs;
        qint64 ms;
    };
    QList<Stall> m_stalls;  ///< every stall over 16 ms (a frame), for the budget counts
    qsizetype m_reported = 0;  ///< stalls already listed by an earlier mark
    int m_beats = 0;
};

}  // namespace parallax::ui
