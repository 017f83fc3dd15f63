// Period tags on attributes. They live in the attribute string so that annotations cached before them, and
// claims from extractors that do not tag, keep comparing as they did.
#include "core/conflict/period.h"

#include <cctype>

#include "core/annotate/claims_lexicon.h"

namespace parallax::conflict {

namespace {

std::size_t tagStart(std::string_view a) {
    if (a.size() < 3 || a.back() != ']') return std::string_view::npos;
    std::size_t open = a.rfind(" [");
    return open;
}

bool isYear(std::string_view p) {
    if (p.size() != 4) return false;
    for (char c : p)
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
    return true;
}

}  // namespace

std::string attributeBase(std::string_view attribute) {
    std::size_t open = tagStart(attribute);
    return std::string(open == std::string_view::npos ? attribute : attribute.substr(0, open));
}

std::string attributePeriod(std::string_view attribute) {
    std::size_t open = tagStart(attribute);
    if (open == std::string_view::npos) return {};
    return std::string(attribute.substr(open + 2, attribute.size() - open - 3));
}

bool sameMeasure(std::string_view a, std::string_view b) {
    if (annotate::lowerAscii(attributeBase(a)) != annotate::lowerAscii(attributeBase(b))) return false;
    std::string pa = attributePeriod(a);
    std::string pb = attributePeriod(b);
    if (pa == pb) return true;
    return (pa.empty() && isYear(pb)) || (pb.empty() && isYear(pa));
}

std::string readableMeasure(std::string_view a, std::string_view b) {
    std::string period = attributePeriod(a);
    std::string other = attributePeriod(b);
    std::string out = attributeBase(a);
    if (period != other) return out;  // only a year both sides give is said to be theirs
    if (period == "prior") return out + " for the year before";
    return period.empty() ? out : out + " for " + period;
}

}  // namespace parallax::conflict
