#include "fixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdlib>

namespace parallax::ui::test {

Span spanOf(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) std::abort();
    return Span{at, at + needle.size()};
}

namespace {

Article article(const std::string& folder, const std::string& id, const std::string& outlet, const std::string& title,
                const std::string& date, std::string text) {
    Article a;
    a.id = id;
    a.path = folder + "/" + id + ".txt";
    a.title = title;
    a.outlet = outlet;
    a.language = "en";
    a.published = PublishedDate{*Date::parseIso(date), DateSource::Metadata, "test"};
    a.text = std::move(text);
    return a;
}

std::string filler(int paragraphs) {
    std::string s;
    for (int i = 0; i < paragraphs; ++i)
        s += "Background paragraph " + std::to_string(i + 1) +
             ": analysts said the market for accelerators kept growing through the year, and suppliers "
             "reported long waiting lists for their newest parts.\n\n";
    return s;
}

}  // namespace

AnalysisResult makeFixture(const std::string& folder) {
    AnalysisResult r;
    r.folder = folder;
    const std::string releaseA = "Vela Labs released its Orion model on 20 January 2025.";
    const std::string releaseB = "Vela Labs debuted Orion in November.";
    const std::string priceA = "The chip costs $1,200 per unit.";
    const std::string priceB = "The chip costs $1,500 per unit.";
    Article a = article(folder, "a", "Daily Ledger", "Vela Labs ships Orion", "2025-01-21",
                        releaseA + " It runs on the Nova accelerator.\n\n" + priceA + "\n\n" + filler(3));
    Article b = article(folder, "b", "Tech Courier", "Orion arrives", "2025-01-22",
                        filler(40) + releaseB + " Orion is said to rival larger systems.\n\n" + priceB + "\n\n" + filler(2));
    const std::string zhRelease = "维拉实验室于2025年1月20日发布了Orion模型🚀。";
    Article c = article(folder, "c", "科技日报", "维拉实验室发布Orion", "2025-01-20",
                        "据报道，" + zhRelease + "\n\n该公司表示，Orion 将首先向企业客户开放。\n\n" + filler(2));
    c.language = "zh";
    Article d = article(folder, "d", "Harbor Times", "Port traffic rises", "2025-03-02",
                        "Container traffic at the port rose 4% in February.\n\n" + filler(2));
    Article e = article(folder, "e", "Coastal Post", "Busy month at the port", "2025-03-03",
                        "The port handled more containers in February than a year earlier.\n\n" + filler(2));

    Story s1{"s1", "Vela Labs releases Orion", {"c", "a", "b"}, {}};
    Story s2{"s2", "Port traffic in February", {"d", "e"}, {}};
    r.stories = {s1, s2};

    Group g1{"g1", "s1", "Orion release date",
             {{"a", spanOf(a.text, releaseA), releaseA}, {"b", spanOf(b.text, releaseB), releaseB},
              {"c", spanOf(c.text, zhRelease), zhRelease}}};
    Group g2{"g2", "s1", "Price of the chip", {{"a", spanOf(a.text, priceA), priceA}, {"b", spanOf(b.text, priceB), priceB}}};
    Group g3{"g3", "s2", "February port traffic",
             {{"d", spanOf(d.text, "Container traffic at the port rose 4% in February."), "Container traffic rose 4%"}}};
    r.groups = {g1, g2, g3};
    r.coverage["g1"] = {{"a", Coverage::States}, {"b", Coverage::Contradicts}, {"c", Coverage::States}};
    r.coverage["g2"] = {{"a", Coverage::States}, {"b", Coverage::Contradicts}};
    r.coverage["g3"] = {{"d", Coverage::States}};

    Conflict k1;
    k1.id = "k1";
    k1.story = "s1";
    k1.type = ConflictType::Date;
    k1.severity = Severity::High;
    k1.subject = "Orion";
    k1.attribute = "released";
    k1.reason = "Released on 2025-01-20 vs in November 2024";
    k1.cause = "November 2024 was a preview release";
    k1.evidence = {{"a", spanOf(a.text, "20 January 2025"), "20 January 2025", "2025-01-20"},
                   {"b", spanOf(b.text, "in November"), "in November", "2024-11"}};
    Conflict k2;
    k2.id = "k2";
    k2.story = "s1";
    k2.type = ConflictType::Money;
    k2.severity = Severity::Medium;
    k2.subject = "Nova chip";
    k2.attribute = "price";
    k2.reason = "$1,200 vs $1,500 per unit";
    k2.evidence = {{"a", spanOf(a.text, "$1,200"), "$1,200", "1200 USD"}, {"b", spanOf(b.text, "$1,500"), "$1,500", "1500 USD"}};
    Conflict k3;
    k3.id = "k3";
    k3.story = "s1";
    k3.type = ConflictType::Date;
    k3.severity = Severity::Low;
    k3.subject = "Orion";
    k3.attribute = "released";
    k3.reason = "2025年1月20日 vs in November";
    k3.evidence = {{"c", spanOf(c.text, "2025年1月20日"), "2025年1月20日", "2025-01-20"},
                   {"b", spanOf(b.text, "in November"), "in November", "2024-11"}};
    r.conflicts = {k1, k2, k3};

    Annotations annA;
    annA.sentences = {{spanOf(a.text, releaseA), 0}};
    annA.times = {{spanOf(a.text, "20 January 2025"), "20 January 2025", "2025-01-20", true, ""}};
    Annotations annB;
    annB.sentences = {{spanOf(b.text, releaseB), 0}};
    annB.times = {{spanOf(b.text, "in November"), "in November", "2024-11", true, ""}};
    Annotations annC;
    annC.times = {{spanOf(c.text, "2025年1月20日"), "2025年1月20日", "2025-01-20", true, ""}};
    r.annotations = {{"a", annA}, {"b", annB}, {"c", annC}};
    r.articles = {a, b, c, d, e};
    return r;
}

bool waitFor(const std::function<bool()>& done, int ms) {
    // Wall time, not a count of waits: on a loaded machine each wait and each check takes longer than 10 ms.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (done()) return true;
        QTest::qWait(10);
    }
    return done();
}

}  // namespace parallax::ui::test
