#include "ui/verdictfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace parallax::ui {
namespace {

Verdict verdictFromWord(const QString& s) {
    if (s == QLatin1String("confirmed")) return Verdict::Confirmed;
    if (s == QLatin1String("dismissed")) return Verdict::Dismissed;
    return Verdict::Open;
}

QString fromUtf8(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

std::map<std::string, UserVerdict> parseVerdictFile(const QByteArray& json) {
    std::map<std::string, UserVerdict> verdicts;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject items = root.value(QLatin1String("verdicts")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        UserVerdict v;
        v.verdict = verdictFromWord(o.value(QLatin1String("verdict")).toString());
        v.note = o.value(QLatin1String("note")).toString().toStdString();
        verdicts.emplace(it.key().toStdString(), std::move(v));
    }
    return verdicts;
}

QByteArray verdictFileJson(const std::map<std::string, UserVerdict>& verdicts) {
    QJsonObject items;
    for (const auto& [id, v] : verdicts) {
        QJsonObject o;
        o.insert(QLatin1String("verdict"), fromUtf8(std::string(toString(v.verdict))));
        o.insert(QLatin1String("note"), fromUtf8(v.note));
        items.insert(fromUtf8(id), o);
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), QLatin1String("parallax.verdicts/1"));
    root.insert(QLatin1String("verdicts"), items);
    return QJsonDocument(root).toJson();
}

}  // namespace parallax::ui
