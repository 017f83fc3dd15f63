// CSV of the conflicts, one row per conflict (RFC 4180: CRLF line ends, quoted fields, doubled quotes).
#include <sstream>

#include "core/report/escape.h"
#include "core/report/writers.h"

namespace parallax::report {

std::string renderCsv(const ReportView& v) {
    std::ostringstream o;
    const char* header[] = {"id", "story", "story_label", "type", "severity", "scope", "subject", "attribute", "reason",
                            "cause", "verdict", "note", "sources", "values", "evidence"};
    for (std::size_t i = 0; i < std::size(header); ++i) o << (i ? "," : "") << header[i];
    o << "\r\n";
    for (const auto& sv : v.stories) {
        for (const auto& cv : sv.conflicts) {
            const Conflict& c = *cv.conflict;
            std::string sources, values, evidence;
            for (std::size_t i = 0; i < c.evidence.size(); ++i) {
                const auto& ev = c.evidence[i];
                const Article* a = v.article(ev.article);
                std::string who = a ? credit(*a) : v.sourceName(ev.article);
                const char* sep = i ? "; " : "";
                sources += sep + who;
                values += sep + ev.value;
                evidence += (i ? "\n" : "") + who + ": " + ev.text;
            }
            std::string fields[] = {c.id, c.story, sv.story->label, std::string(toString(c.type)),
                                    std::string(toString(c.severity)), std::string(toString(c.scope)), c.subject,
                                    c.attribute, c.reason, c.cause, std::string(toString(cv.verdict.verdict)),
                                    cv.verdict.note, sources, values, evidence};
            for (std::size_t i = 0; i < std::size(fields); ++i) o << (i ? "," : "") << csvField(fields[i]);
            o << "\r\n";
        }
    }
    return o.str();
}

}  // namespace parallax::report
