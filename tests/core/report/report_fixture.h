#pragma once
// A small hand-built analysis: two stories, conflicts of two severities, one dismissed, and article text
// that tries every injection trick a hostile page could.
#include "core/model/analysis.h"

namespace parallax::fixtures {

inline const char* kHostile =
    "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> "
    "=HYPERLINK(\"http://evil.example\",\"x\") | pipe ![img](http://evil.example/t.png) "
    "<style>body{display:none}</style> \"quoted\", comma";

inline AnalysisResult reportFixture() {
    AnalysisResult r;
    r.folder = "/data/articles";
    Article a;
    a.id = "a1";
    a.path = "/data/articles/one.html";
    a.title = std::string("Title ") + kHostile;
    a.outlet = "Circuit <b>Wire</b>";
    a.published = PublishedDate{Date{2025, 1, 21, DatePrecision::Day}, DateSource::Metadata, "meta article:published_time"};
    a.text = std::string("DeepSeek released R1 on 20 January 2025.\n\n") + kHostile;
    a.paragraphs = {{0, 40}, {42, a.text.size()}};
    Article b;
    b.id = "a2";
    b.path = "/data/articles/two.txt";
    b.title = "R1 arrives";
    b.outlet = "The Ledger";
    b.published = PublishedDate{Date{2025, 2, 3, DatePrecision::Day}, DateSource::Text, "dateline"};
    b.text = "DeepSeek debuted R1 in November. 芯片 and emoji 🚀.";
    b.paragraphs = {{0, b.text.size()}};
    Article c;
    c.id = "a3";
    c.path = "/data/articles/weather.md";
    c.title = "Rain";
    c.text = "Rain is expected.";
    c.paragraphs = {{0, c.text.size()}};
    r.articles = {a, b, c};
    r.skipped = {{"/data/articles/broken.bin", "binary file"}};
    r.stories = {{"s1", "DeepSeek R1 release", {"a1", "a2"}, {}}, {"s2", "Rain", {"a3"}, {}}};
    r.groups = {{"g1", "s1", "R1 release", {{"a1", {0, 40}, "DeepSeek released R1 on 20 January 2025."},
                                            {"a2", {0, 33}, "DeepSeek debuted R1 in November."}}}};
    r.coverage["g1"] = {{"a1", Coverage::States}, {"a2", Coverage::Contradicts}};
    Conflict date;
    date.id = "c1";
    date.story = "s1";
    date.type = ConflictType::Date;
    date.severity = Severity::High;
    date.subject = "DeepSeek-R1";
    date.attribute = "released";
    date.reason = std::string("2025-01-20 vs 2024-11 ") + kHostile;
    date.cause = "R1-Lite-Preview was released in November 2024";
    date.evidence = {{"a1", {0, 40}, std::string("20 January 2025 ") + kHostile, "2025-01-20"},
                     {"a2", {0, 33}, "in November", "2024-11"}};
    Conflict low = date;
    low.id = "c2";
    low.type = ConflictType::Number;
    low.severity = Severity::Low;
    low.reason = "rounded figures differ";
    Conflict dismissed = date;
    dismissed.id = "c3";
    dismissed.type = ConflictType::Stance;
    dismissed.severity = Severity::Medium;
    dismissed.reason = "narrowing vs widening";
    r.conflicts = {low, date, dismissed};
    r.verdicts["c3"] = {Verdict::Dismissed, "different speakers"};
    r.verdicts["c1"] = {Verdict::Confirmed, std::string("note ") + kHostile};
    Claim ev;
    ev.kind = ClaimKind::Event;
    ev.span = {0, 40};
    ev.subject = "DeepSeek-R1";
    ev.attribute = "released";
    ev.value = "2025-01-20";
    r.annotations["a1"].claims.push_back(ev);
    return r;
}

}  // namespace parallax::fixtures
