// Loading the measure lexicon. Like the other lexicons, a malformed line is skipped: a typo in a user's
// file must not stop the analysis.
#include "core/annotate/measures.h"

#include <algorithm>
#include <cstdlib>

#include "core/knowledge/resources.h"

namespace parallax::annotate {

std::optional<UnitDimension> MeasureLexicon::dimensionOf(std::string_view unit) const {
    for (const auto& [name, dim] : units)
        if (name == unit) return dim;
    return std::nullopt;
}

const MeasureInfo* MeasureLexicon::find(std::string_view name) const {
    for (const MeasureInfo& m : measures)
        if (m.name == name) return &m;
    return nullptr;
}

const MeasureLexicon& measureLexicon() {
    static const MeasureLexicon lexicon = [] {
        MeasureLexicon lex;
        for (const std::string& line : knowledge::dataLines("measures.tsv")) {
            std::vector<std::string> cols = knowledge::splitTabs(line);
            if (cols.size() < 3 || cols[0].empty() || cols[1].empty()) continue;
            MeasureInfo m;
            m.name = cols[0];
            m.dimension = cols[1];
            m.moves = cols[2] == "moves";
            m.spec = cols[2] == "spec";
            const int index = static_cast<int>(lex.measures.size());
            if (cols.size() > 3)
                for (const std::string& f : splitList(cols[3], ',')) lex.after.add(lowerAscii(f), index);
            if (cols.size() > 4)
                for (const std::string& f : splitList(cols[4], ',')) lex.before.add(lowerAscii(f), index);
            if (cols.size() > 5) m.zh = splitList(cols[5], ',');
            std::stable_sort(m.zh.begin(), m.zh.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
            lex.measures.push_back(std::move(m));
        }
        for (const std::string& line : knowledge::dataLines("unit-dimensions.tsv")) {
            std::vector<std::string> cols = knowledge::splitTabs(line);
            if (cols.size() < 3 || cols[0].empty() || cols[1].empty()) continue;
            double factor = std::strtod(cols[2].c_str(), nullptr);
            if (factor > 0) lex.units.emplace_back(cols[0], UnitDimension{cols[1], factor});
        }
        return lex;
    }();
    return lexicon;
}

}  // namespace parallax::annotate
