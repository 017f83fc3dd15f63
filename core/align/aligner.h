#pragma once
/// @file aligner.h  Sentence units of a story's articles and the similarity between them.
#include <string>
#include <vector>

#include "core/align/sparse.h"
#include "core/model/analysis.h"

namespace parallax::align {

/// One sentence of one article of a story, as a weighted term vector.
struct SentenceUnit {
    std::size_t article = 0;  ///< index into the story's articles
    std::size_t order = 0;    ///< position of the sentence in its article
    Span span;
    SparseVec vec;            ///< stems, paraphrase sets, numbers and entities, IDF over the story, unit length
    std::vector<TermId> keys;  ///< term ids used for candidate lookup
    std::vector<SparseVec> clauses;  ///< vectors of its clauses when it has two or more
};

/// Similarity of two sentences: their cosine, or a little less than the cosine of their closest
/// clauses when that is higher (one clause of a long sentence can state the fact another states).
[[nodiscard]] double sentenceSimilarity(const SentenceUnit& a, const SentenceUnit& b);

/// Sentence units of all articles; sentences too short to state a fact (headings, bylines) are left out.
[[nodiscard]] std::vector<SentenceUnit> sentenceUnits(const std::vector<const Article*>& articles,
                                                      const std::map<std::string, Annotations>& annotations);

}  // namespace parallax::align
