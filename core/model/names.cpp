// String forms of the model's enums; these are the JSON contract's values (docs/report-schema.md).
#include "core/model/analysis.h"

namespace parallax {

std::string_view toString(SourceFormat f) {
    switch (f) {
        case SourceFormat::PlainText: return "text";
        case SourceFormat::Markdown: return "markdown";
        case SourceFormat::Html: return "html";
        case SourceFormat::Mhtml: return "mhtml";
        case SourceFormat::Pdf: return "pdf";
    }
    return "text";
}

std::string_view toString(EntityKind k) {
    switch (k) {
        case EntityKind::Organization: return "organization";
        case EntityKind::Person: return "person";
        case EntityKind::Product: return "product";
        case EntityKind::Place: return "place";
        case EntityKind::Other: return "other";
    }
    return "other";
}

std::string_view toString(ClaimKind k) {
    switch (k) {
        case ClaimKind::Event: return "event";
        case ClaimKind::Category: return "category";
        case ClaimKind::Role: return "role";
        case ClaimKind::Quote: return "quote";
        case ClaimKind::Comparison: return "comparison";
        case ClaimKind::Amount: return "amount";
        case ClaimKind::Version: return "version";
        case ClaimKind::Stance: return "stance";
    }
    return "event";
}

std::string_view toString(Coverage c) {
    switch (c) {
        case Coverage::States: return "states";
        case Coverage::Contradicts: return "contradicts";
        case Coverage::Omits: return "omits";
    }
    return "omits";
}

std::string_view toString(ConflictType t) {
    switch (t) {
        case ConflictType::Date: return "date";
        case ConflictType::Number: return "number";
        case ConflictType::Money: return "money";
        case ConflictType::Category: return "category";
        case ConflictType::Version: return "version";
        case ConflictType::Role: return "role";
        case ConflictType::Speaker: return "speaker";
        case ConflictType::Stance: return "stance";
    }
    return "date";
}

std::string_view toString(Severity s) {
    switch (s) {
        case Severity::Low: return "low";
        case Severity::Medium: return "medium";
        case Severity::High: return "high";
    }
    return "low";
}

std::string_view toString(Scope s) {
    switch (s) {
        case Scope::CrossSource: return "cross-source";
        case Scope::Internal: return "internal";
        case Scope::Reference: return "reference";
    }
    return "cross-source";
}

std::string_view toString(Verdict v) {
    switch (v) {
        case Verdict::Open: return "open";
        case Verdict::Confirmed: return "confirmed";
        case Verdict::Dismissed: return "dismissed";
    }
    return "open";
}

}  // namespace parallax
