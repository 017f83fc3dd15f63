#pragma once
/// @file analysis.h  The result of analysing a folder: stories, aligned groups, conflicts.
#include <map>
#include <string>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/article.h"

namespace parallax {

struct Story {
    std::string id;
    std::string label;
    std::vector<std::string> articles;  ///< article ids, oldest first
    /// Near-duplicate / syndicated copies: each inner list is one source printed several times.
    std::vector<std::vector<std::string>> duplicates;
};

struct GroupMember {
    std::string article;
    Span span;
    std::string text;
};

/// Sentences from different articles of one story that state the same fact (at most one per article).
struct Group {
    std::string id;
    std::string story;
    std::string label;  ///< short description of the fact
    std::vector<GroupMember> members;
};

enum class Coverage { States, Contradicts, Omits };
[[nodiscard]] std::string_view toString(Coverage c);

enum class ConflictType { Date, Number, Money, Category, Version, Role, Speaker, Stance };
enum class Severity { Low, Medium, High };
enum class Scope { CrossSource, Internal, Reference };
[[nodiscard]] std::string_view toString(ConflictType t);
[[nodiscard]] std::string_view toString(Severity s);
[[nodiscard]] std::string_view toString(Scope s);

struct Evidence {
    std::string article;  ///< article id; "reference" for a reference fact
    Span span;
    std::string text;     ///< the quoted words
    std::string value;    ///< the normalized value this side asserts
};

struct Conflict {
    std::string id;  ///< stable across runs for the same evidence (verdicts are keyed on it)
    std::string story;
    ConflictType type = ConflictType::Date;
    Severity severity = Severity::Medium;
    Scope scope = Scope::CrossSource;
    std::string subject;
    std::string attribute;
    std::string reason;  ///< one line a reader understands
    std::string cause;   ///< likely cause when known ("R1-Lite-Preview was released in November 2024"), else empty
    std::vector<Evidence> evidence;
};

/// One line of the user's reference facts file (TSV: subject, attribute, value, source).
struct ReferenceFact {
    std::string subject;
    std::string attribute;
    std::string value;
    std::string source;
};

enum class Verdict { Open, Confirmed, Dismissed };
[[nodiscard]] std::string_view toString(Verdict v);

struct UserVerdict {
    Verdict verdict = Verdict::Open;
    std::string note;
};

struct AnalysisResult {
    std::string folder;
    std::vector<Article> articles;
    std::vector<SkippedFile> skipped;
    std::map<std::string, Annotations> annotations;  ///< by article id
    std::vector<Story> stories;
    std::vector<Group> groups;
    /// groupId -> articleId -> coverage (absent article = omits)
    std::map<std::string, std::map<std::string, Coverage>> coverage;
    std::vector<Conflict> conflicts;
    std::map<std::string, UserVerdict> verdicts;  ///< by conflict id
};

}  // namespace parallax
