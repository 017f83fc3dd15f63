// Which model an aircraft is: "Flight 212, an Airbus A320neo, was ...", "The plane was a Boeing 787-9",
// a spec-table row "Aircraft type: Embraer E190", and which model a grounding took out of service ("regulators
// grounded all Boeing 777-200 jets", "the 40 grounded A220 units"). News names the aircraft of an accident by its
// maker and model code; one aircraft has one model, so two articles of one story that give it models of different
// families disagree (conflict/models.cpp judges them and abstains when the story itself names several).
// The claim is a version claim: subject "aircraft", attribute "model" or "grounded model", value the family
// code ("A320", "787"), the text the designation as written.
#include <algorithm>
#include <cctype>
#include <optional>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

/// Nouns that name the aircraft of a story ("the flight", "the jet").
bool aircraftNoun(const std::string& w) {
    static constexpr std::string_view nouns[] = {"flight",   "plane",     "aircraft",   "jet",     "airliner",
                                                 "airplane", "aeroplane", "helicopter", "jetliner"};
    return std::any_of(std::begin(nouns), std::end(nouns), [&](std::string_view n) { return w == n; });
}

/// Plural nouns a model code is followed by when a fleet is meant ("737 jets", "A220 units").
bool fleetNoun(const std::string& w) {
    static constexpr std::string_view nouns[] = {"jets",      "planes", "aircraft", "airliners",
                                                 "airplanes", "units",  "models",   "helicopters",
                                                 "jetliners", "fleet",  "variants"};
    return std::any_of(std::begin(nouns), std::end(nouns), [&](std::string_view n) { return w == n; });
}

/// Makers of aircraft: a capitalised maker before a number makes it a model code ("Boeing 737"); without one a
/// code must carry letters and digits ("A321neo", "E190") or a variant after it ("737 Max 9").
bool maker(const std::string& w) {
    static constexpr std::string_view makers[] = {
        "boeing",  "airbus",   "embraer",   "bombardier", "comac",      "atr",        "cessna",     "antonov",
        "tupolev", "sukhoi",   "ilyushin",  "lockheed",   "gulfstream", "dassault",   "beechcraft", "pilatus",
        "fokker",  "saab",     "sikorsky",  "bell",       "leonardo",   "eurocopter", "mcdonnell",  "douglas",
        "irkut",   "yakovlev", "havilland", "learjet",    "piper",      "mitsubishi"};
    return std::any_of(std::begin(makers), std::end(makers), [&](std::string_view m) { return w == m; });
}

bool allDigits(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool hasAlpha(const std::string& w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

/// A variant word after a code: "MAX", "neo", "ER", "9", "-900".
bool variantWord(const Word& w) {
    if (w.punct) return false;
    if (w.digit) return w.lower.size() <= 4;
    static constexpr std::string_view words[] = {"max", "neo", "ceo",        "er",  "lr",
                                                 "xlr", "ng",  "dreamliner", "xwb", "plus"};
    return std::any_of(std::begin(words), std::end(words), [&](std::string_view v) { return w.lower == v; });
}

/// The family of a code: up to the first hyphen after its digits, without a lower-case suffix, upper-cased
/// ("A321neo" -> "A321", "737-9" -> "737", "A350-900" -> "A350", "Mi-8" -> "MI-8").
std::string familyOf(std::string_view written) {
    std::string out;
    bool digits = false;
    for (char c : written) {
        auto u = static_cast<unsigned char>(c);
        if (c == '-' && digits) break;
        if (std::isdigit(u) != 0) digits = true;
        else if (digits && std::isalpha(u) != 0) break;
        out.push_back(static_cast<char>(std::toupper(u)));
    }
    return out;
}

struct Designation {
    std::size_t first = 0;  ///< the maker, or the code when there is none
    std::size_t last = 0;   ///< one past the last variant word
    std::string family;
};

/// A model designation starting at word i: [maker] code [variants]. A count before it is not part of it
/// ("171 Boeing 737 Max 9 jets"): a plain number followed by a maker or another code is skipped by the caller.
std::optional<Designation> designationAt(std::string_view text, const SentenceView& s, std::size_t i) {
    const std::size_t n = s.words.size();
    Designation d;
    d.first = i;
    std::size_t k = i;
    bool made = false;
    while (k < n && maker(s.lower[k]) && s.words[k].capital) {
        made = true;
        ++k;
    }
    if (k < n && s.lower[k] == "de" && k + 1 < n && s.lower[k + 1] == "havilland") k += 2;
    if (k >= n || !s.words[k].digit || s.words[k].punct) return std::nullopt;
    const std::string& code = s.lower[k];
    std::size_t end = k + 1;
    while (end < n && variantWord(s.words[end]) && end < k + 3) ++end;
    // "Flight 1282", "2024": a bare number is a model only after a maker or before a variant word.
    bool codeLike = hasAlpha(code) || code.find('-') != std::string::npos;
    if (!made && !codeLike && end == k + 1) return std::nullopt;
    if (!made && allDigits(code) && code.size() == 4 && code[0] <= '2') return std::nullopt;  // a year
    if (!made && !std::isdigit(static_cast<unsigned char>(code[0])) && !s.words[k].capital) return std::nullopt;
    d.last = end;
    d.family = familyOf(text.substr(s.words[k].span.start, s.words[k].span.end - s.words[k].span.start));
    if (d.family.size() < 2) return std::nullopt;
    return d;
}

void addModel(const Context& ctx, const SentenceView& s, const Designation& d, const char* attribute,
              std::vector<Claim>& out) {
    Claim c = makeClaim(ClaimKind::Version, s);
    c.subject = "aircraft";
    c.attribute = attribute;
    c.value = d.family;
    c.text = wordsText(ctx.text, s, d.first, d.last);
    c.valueSpan = wordsSpan(s, d.first, d.last);
    c.negated = negatedIn(s, clauseStart(s, d.first), d.first);
    c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, d.first), d.last);
    out.push_back(std::move(c));
}

/// "the plane, a Boeing 737" / "Flight 1282, an Airbus A321neo" / "the aircraft involved was a ..." /
/// "Aircraft type: ...": the model of the story's aircraft.
void modelOfAircraft(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::size_t n = s.words.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!aircraftNoun(s.lower[i])) continue;
        std::size_t k = i + 1;
        if (k < n && allDigits(s.lower[k])) ++k;  // "Flight 1282"
        if (k < n && s.lower[k] == "involved") ++k;
        // The spec row: the noun opens the sentence (after list marks), then "type"/"model" and a colon.
        if (k < n && (s.lower[k] == "type" || s.lower[k] == "model")) {
            bool opens = std::all_of(s.words.begin(), s.words.begin() + static_cast<std::ptrdiff_t>(i), [](const Word& w) { return w.punct; });
            if (opens && k + 1 < n && s.lower[k + 1] == ":") {
                if (auto d = designationAt(ctx.text, s, k + 2); d && d->last == n) addModel(ctx, s, *d, "model", out);
            }
            continue;
        }
        bool apposition = k + 1 < n && s.lower[k] == "," && (s.lower[k + 1] == "a" || s.lower[k + 1] == "an");
        bool copula = k + 1 < n && (s.lower[k] == "was" || s.lower[k] == "is") && (s.lower[k + 1] == "a" || s.lower[k + 1] == "an");
        if (!apposition && !copula) continue;
        auto d = designationAt(ctx.text, s, k + 2);
        if (!d) continue;
        // "the plane, a Boeing 737 operated by ...": the designation may be followed by more words, but not by a
        // list ("a Boeing 737 or an A320") that leaves the model open.
        if (d->last < n && (s.lower[d->last] == "or" || s.lower[d->last] == "and")) continue;
        addModel(ctx, s, *d, "model", out);
    }
}

/// "grounded all Boeing 737 MAX 9 jets", "grounding its fleet of 65 737-9 aircraft", "the 171 grounded 737 Max 9
/// units", "the A220 jets were grounded": the model a grounding is about.
void groundedModel(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::size_t n = s.words.size();
    // A dated grounding may be an earlier one ("the worldwide grounding in March 2019"): only undated ones.
    for (const TimeRef& t : s.times)
        if (t.value.size() >= 4 && std::all_of(t.value.begin(), t.value.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
            return;
    std::vector<Designation> found;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& w = s.lower[i];
        if (w == "ground" || w == "grounds" || w == "grounded" || w == "grounding") {
            static constexpr std::string_view skip[] = {"all", "some",  "of",        "these",  "those", "the",
                                                        "its", "their", "our",       "his",    "her",   "fleet",
                                                        "a",   "an",    "remaining", "entire", "most"};
            std::size_t k = i + 1;
            while (k < n && (std::any_of(std::begin(skip), std::end(skip),
                                         [&](std::string_view x) { return s.lower[k] == x; }) ||
                             (allDigits(s.lower[k]) && k + 1 < n && (maker(s.lower[k + 1]) || s.words[k + 1].digit))))
                ++k;
            auto d = designationAt(ctx.text, s, k);
            if (!d) continue;
            found.push_back(*d);
            // "grounded its A220 and E190 jets", "its A220, E190 and E195 jets": a list of models.
            for (std::size_t at = d->last; at + 1 < n && (s.lower[at] == "and" || s.lower[at] == "or" || s.lower[at] == ",");) {
                std::size_t next = at + 1;
                if (next < n && (s.lower[next] == "and" || s.lower[next] == "or")) ++next;
                auto more = designationAt(ctx.text, s, next);
                if (!more) break;
                found.push_back(*more);
                at = more->last;
            }
            continue;
        }
        // The passive: "<designation> jets were (temporarily) grounded".
        if (i + 3 < n && (w == "were" || w == "are" || w == "was" || w == "remain" || w == "remained")) {
            std::size_t g = i + 1;
            if (g < n && s.lower[g] == "temporarily") ++g;
            if (g < n && s.lower[g] == "been") ++g;
            if (g >= n || s.lower[g] != "grounded" || i == 0 || !fleetNoun(s.lower[i - 1])) continue;
            for (std::size_t k = i - 1; k-- > 0 && k + 6 > i;) {
                if (auto d = designationAt(ctx.text, s, k); d && d->last == i - 1 &&
                                                             (k == 0 || !maker(s.lower[k - 1]))) {
                    found.push_back(*d);
                    break;
                }
            }
        }
    }
    // A grounding of several models ("grounded its A220 and 737 jets") names no one model.
    for (std::size_t a = 1; a < found.size(); ++a)
        if (found[a].family != found[0].family) return;
    if (!found.empty()) addModel(ctx, s, found[0], "grounded model", out);
}

}  // namespace

void extractAircraftModels(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    if (s.question) return;
    modelOfAircraft(ctx, s, out);
    groundedModel(ctx, s, out);
}

}  // namespace parallax::annotate::claims
