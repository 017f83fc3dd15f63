// Serial numbers of the vehicles in a lift-off: "Ship 30 and Booster 12 lifted off at 7:25 am on Oct 13". Test
// flights and launches name their vehicles by family and number; two articles that put different numbers of one
// family in the lift-off of one day disagree about which vehicle flew. The claim is a version claim: subject the
// family ("Ship"), attribute the lift-off and its month and day, value the number.
#include <algorithm>
#include <cctype>

#include "core/annotate/claims_extract.h"
#include "core/model/timex_text.h"

namespace parallax::annotate::claims {

namespace {

/// The words of a lift-off at word i ("lifted off", "lifted-off", "lifts off"); 0 when none.
std::size_t liftOffAt(const SentenceView& s, std::size_t i) {
    const std::string& w = s.lower[i];
    if (w == "lifted-off" || w == "lifts-off") return 1;
    if (w != "lifted" && w != "lifts") return 0;
    if (i + 1 < s.words.size() && s.lower[i + 1] == "off") return 2;
    if (i + 2 < s.words.size() && s.lower[i + 1] == "-" && s.lower[i + 2] == "off") return 3;
    return 0;
}

bool monthWord(const std::string& w) {
    static constexpr std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                                  "july",    "august",   "september", "october", "november", "december",
                                                  "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
                                                  "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
    return std::any_of(std::begin(months), std::end(months), [&](std::string_view m) { return w == m; });
}

bool serialNumber(const std::string& w) {
    return !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

/// "-10-13" of a value that states a month and a day ("2024-10-13", "XXXX-10-13T07:25"); empty otherwise.
std::string monthDay(const std::string& value) {
    if (value.size() < 10 || value[4] != '-' || value[7] != '-') return {};
    if (std::isdigit(static_cast<unsigned char>(value[5])) == 0 || std::isdigit(static_cast<unsigned char>(value[8])) == 0) return {};
    return value.substr(5, 5);
}

/// "10-13" -> "13 October": the attribute is shown to the reader.
std::string dayInWords(const std::string& monthDay) {
    std::string shown = readableTimex("XXXX-" + monthDay);
    const std::string unstated = " (year not stated)";
    if (shown.size() > unstated.size() && shown.compare(shown.size() - unstated.size(), unstated.size(), unstated) == 0)
        shown.resize(shown.size() - unstated.size());
    return shown;
}

}  // namespace

void extractLiftOffSerials(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 1; i < s.words.size(); ++i) {
        const std::size_t n = liftOffAt(s, i);
        if (n == 0) continue;
        // The day of the lift-off: a stated month and day in the sentence; a lift-off without one may be any flight.
        std::string day;
        for (const TimeRef& t : s.times)
            if (day.empty()) day = monthDay(t.value);
        if (day.empty()) return;
        // The vehicles: "<family> <number>" among the words before the verb, in its clause or the brackets of it.
        const std::size_t from = i > 16 ? i - 16 : 0;
        for (std::size_t k = from; k + 1 < i; ++k) {
            const std::string& family = s.lower[k];
            if (!serialNumber(s.lower[k + 1]) || s.words[k].punct || s.words[k].digit || monthWord(family)) continue;
            if (std::isalpha(static_cast<unsigned char>(family[0])) == 0 || family == "at" || family == "on" ||
                family == "flight" || family == "the" || family == "and")
                continue;
            // "Ship 29 ," or "(Ship 29)": a name; "12:25" or "7 am" is a time
            if (k + 2 < s.words.size() && (s.lower[k + 2] == ":" || s.lower[k + 2] == "am" || s.lower[k + 2] == "pm")) continue;
            Claim c = makeClaim(ClaimKind::Version, s);
            c.subject = family;
            c.subject[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(c.subject[0])));
            c.attribute = "serial at lift-off on " + dayInWords(day);
            c.value = s.lower[k + 1];
            c.text = wordsText(ctx.text, s, k, k + 2);
            c.valueSpan = Span{s.words[k].span.start, s.words[k + 1].span.end};
            out.push_back(std::move(c));
        }
        return;
    }
}

}  // namespace parallax::annotate::claims
