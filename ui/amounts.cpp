#include "ui/amounts.h"

#include <QRegularExpression>

#include <cmath>

namespace parallax::ui {

QString amountInWords(const QString& value, int significantDigits) {
    static const QRegularExpression amount(QStringLiteral("^([-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?)(?: (\\S+))?$"));
    const QRegularExpressionMatch m = amount.match(value);
    bool ok = false;
    const double v = m.hasMatch() ? m.captured(1).toDouble(&ok) : 0.0;
    if (!ok) return value;
    struct Scale {
        double factor;
        const char* word;
    };
    static constexpr Scale scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    QString number = QString::number(v, 'g', 15);
    for (const Scale& s : scales)
        if (std::abs(v) >= s.factor) {
            number = QString::number(v / s.factor, 'g', significantDigits) + QLatin1Char(' ') + QLatin1String(s.word);
            break;
        }
    return m.captured(2).isEmpty() ? number : number + QLatin1Char(' ') + m.captured(2);
}

}  // namespace parallax::ui
