#pragma once
/// @file annotation.h  Mentions, time values, quantities and claims found in one article.
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/span.h"

namespace parallax {

struct Sentence {
    Span span;
    int paragraph = 0;
};

enum class EntityKind { Organization, Person, Product, Place, Other };
[[nodiscard]] std::string_view toString(EntityKind k);

struct Entity {
    Span span;
    std::string text;
    std::string canonical;  ///< resolved name ("DeepSeek-R1"); a later short mention resolves to the earlier full one
    EntityKind kind = EntityKind::Other;
    std::string base;       ///< for a variant ("R1-Lite-Preview", "910C"), the related base name; else empty
};

/// A time expression normalized against the publication date (TIMEX3-style value).
struct TimeValue {
    Span span;
    std::string text;
    std::string value;      ///< "2025-01-20", "2024-11", "2026-W02", "P1W", "PAST_REF"; empty if unresolved
    bool resolved = false;
    std::string note;       ///< e.g. "no publication date to anchor 'last week'"
};

/// A number with its scale, unit/currency, and the interval its wording allows.
struct Quantity {
    Span span;
    std::string text;
    double value = 0;       ///< in base units (4.35 billion -> 4.35e9)
    double low = 0;         ///< interval implied by rounding and hedges ("about", "more than")
    double high = 0;
    std::string unit;       ///< ISO currency ("USD", "HKD", "CNY", "EUR"), "%" or a unit word; empty for a bare number
    bool approximate = false;
    std::string qualifier;  ///< "about", "more than", "nearly", ...
    std::optional<std::size_t> convertedFrom;  ///< index of the quantity this one is a conversion of ("($840 million)")
};

/// A quantity's unit that is a currency: an ISO code of three capitals ("USD", "HKD").
[[nodiscard]] inline bool isCurrencyUnit(std::string_view unit) {
    if (unit.size() != 3) return false;
    for (char c : unit)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

enum class ClaimKind { Event, Category, Role, Quote, Comparison, Amount, Version, Stance };
[[nodiscard]] std::string_view toString(ClaimKind k);

/// What a figure is a figure OF (DESIGN.md "Fact frames"). Two figures are compared only when their frames
/// agree on every slot; an empty slot is unstated. "Acme's data-center revenue rose 12% to $4.1 billion in the
/// third quarter" gives {revenue, level, currency, Q3, "data center"} for $4.1 billion and {revenue, change, %,
/// Q3, "data center"} for 12%.
struct Frame {
    std::string measure;    ///< canonical measure ("revenue", "passengers", "length"); empty = no frame
    std::string kind;       ///< "level", "change", "share", "per-unit", "rank"
    std::string dimension;  ///< "currency", "%", "count", "length", "mass", "speed", "time of day", ...
    std::string period;     ///< "2024", "Q3", "Q3 2025", "year-earlier", "next"; empty = unstated
    std::string scope;      ///< segment or basis: "data center", "net", "gross", "adjusted"; empty = the whole
    std::string stage;      ///< moment or status: "open", "intraday", "close", "planned", "forecast", "estimate" ...
    bool moves = false;     ///< the value changes over time (a death toll, a price, orders "so far")
    [[nodiscard]] bool empty() const { return measure.empty(); }
};

/// A statement about a subject: "DeepSeek debuted R1 in November" -> {Event, subject R1, attribute released, value 2024-11}.
struct Claim {
    ClaimKind kind = ClaimKind::Event;
    Span span;              ///< the sentence (or clause) that states it
    Span valueSpan;         ///< the words that carry the value
    std::string subject;    ///< canonical entity name
    std::string attribute;  ///< "released", "category", "title", "said", "performance", "direction", ...
    std::string value;      ///< normalized value ("2024-11", "NPU", "chief AI scientist", "narrowing")
    std::string text;       ///< value as written
    std::string speaker;    ///< for quotes and stances: who says it (empty = the outlet's own voice)
    std::string object;     ///< for comparisons: what the subject is compared with
    bool negated = false;
    bool hedged = false;    ///< "reportedly", "could", "may", "claims"
    int sentence = -1;      ///< index into Annotations::sentences
    Frame frame;            ///< for figures (Amount claims): what the figure is of; empty otherwise
    std::string timeText;   ///< for events whose value carries a time of day ("...T01:28"): the time as written ("about 1:40am")
};

struct Annotations {
    std::vector<Sentence> sentences;
    std::vector<Entity> entities;
    std::vector<TimeValue> times;
    std::vector<Quantity> quantities;
    std::vector<Claim> claims;
};

/// The span of the sentence of `ann` holding byte `at` (sentences come in text order); an empty span at `at` when
/// no sentence holds it.
[[nodiscard]] inline Span sentenceAt(const Annotations& ann, std::size_t at) {
    auto after = std::upper_bound(ann.sentences.begin(), ann.sentences.end(), at,
                                  [](std::size_t x, const Sentence& s) { return x < s.span.start; });
    if (after != ann.sentences.begin() && at < std::prev(after)->span.end) return std::prev(after)->span;
    return {at, at};
}

}  // namespace parallax
