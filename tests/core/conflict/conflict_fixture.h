#pragma once
// Runs the conflict detector over hand-built articles (see tests/core/annotate/claims_fixture.h).
#include <map>
#include <string>
#include <vector>

#include "core/conflict/detector.h"
#include "tests/core/annotate/claims_fixture.h"

namespace parallax::testing {

/// All docs in one story; the docs must already be extracted.
inline std::vector<Conflict> conflictsOf(const std::vector<const Doc*>& docs, const std::vector<ReferenceFact>& facts = {},
                                         const std::vector<std::vector<std::string>>& duplicates = {}) {
    Story story;
    story.id = "s1";
    story.duplicates = duplicates;
    std::vector<const Article*> articles;
    std::map<std::string, Annotations> annotations;
    for (const Doc* d : docs) {
        story.articles.push_back(d->article.id);
        articles.push_back(&d->article);
        annotations[d->article.id] = d->ann;
    }
    return conflict::findConflicts(story, articles, annotations, facts);
}

inline std::vector<Conflict> ofType(const std::vector<Conflict>& all, ConflictType type) {
    std::vector<Conflict> out;
    for (const Conflict& c : all) {
        if (c.type == type) out.push_back(c);
    }
    return out;
}

}  // namespace parallax::testing
