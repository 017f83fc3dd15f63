#include "ui/responsiveness.h"

#include <algorithm>

namespace parallax::ui {

ResponsivenessProbe::ResponsivenessProbe(std::FILE* out, QObject* parent) : QObject(parent), m_out(out) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ResponsivenessProbe::beat);
}

void ResponsivenessProbe::start(const QString& what) {
    m_clock.start();
    m_lastBeat = 0;
    m_longest = 0;
    m_longestAfter.clear();
    m_stalls.clear();
    m_reported = 0;
    m_beats = 0;
    m_lastMark = what;
    m_timer.start();
    if (m_out) std::fprintf(m_out, "timing: +0 ms %s\n", qPrintable(what));
}

void ResponsivenessProbe::beat() {
    const qint64 now = m_clock.elapsed();
    const qint64 stall = now - m_lastBeat - kIntervalMs;
    if (stall > m_longest) {
        m_longest = stall;
        m_longestAfter = m_lastMark;
    }
    if (stall > 16) m_stalls.push_back({now, stall});
    m_lastBeat = now;
    ++m_beats;
}

int ResponsivenessProbe::stallsOver(qint64 budgetMs) const {
    return static_cast<int>(
        std::count_if(m_stalls.begin(), m_stalls.end(), [budgetMs](const Stall& s) { return s.ms > budgetMs; }));
}

void ResponsivenessProbe::mark(const QString& what) {
    if (!m_clock.isValid()) return;
    // The handler calling mark() is inside a stall that ends when it returns: that stall is reported by the
    // next mark, never split in two here (which would understate it).
    m_lastMark = what;
    if (m_out)
        std::fprintf(m_out, "timing: +%lld ms %s (GUI thread: longest stall before this %lld ms, after \"%s\"; %d over 50 ms)\n",
                     static_cast<long long>(m_clock.elapsed()), qPrintable(what), static_cast<long long>(m_longest),
                     qPrintable(m_longestAfter), stallsOver(50));
    for (; m_reported < m_stalls.size(); ++m_reported) {
        const Stall& st = m_stalls[m_reported];
        if (m_out && st.ms > 50)
            std::fprintf(m_out, "timing:   stall of %lld ms ending at +%lld ms\n", static_cast<long long>(st.ms),
                         static_cast<long long>(st.endedAtMs));
    }
}

}  // namespace parallax::ui
