#pragma once
/// @file side.h  One side of a possible conflict: a claim with where it comes from (an article, or the
/// user's reference facts). Internal to parallax_conflict.
#include <string>

#include "core/model/analysis.h"

namespace parallax::conflict {

struct Side {
    Claim claim;                            ///< for a reference fact: a claim built from the fact
    std::string article;                    ///< article id, or "reference"
    const Article* source = nullptr;        ///< null for a reference fact
    const Annotations* ann = nullptr;       ///< null for a reference fact
    std::string factLine;                   ///< the fact as written (reference only)
    std::string published;                  ///< ISO publication date of the article, if known
    bool publishedGuessed = false;          ///< that date is only the file's time (a guess, see DateSource::File)
    int copies = -1;                        ///< index of the story's duplicate set the article is in, or -1

    [[nodiscard]] bool reference() const { return source == nullptr; }
};

/// The side of claim `c` of article `a` (whose annotations are `ann`), in the copy set `copies` (-1: none).
[[nodiscard]] inline Side articleSide(const Claim& c, const Article& a, const Annotations& ann, int copies) {
    Side s;
    s.claim = c;
    s.article = a.id;
    s.source = &a;
    s.ann = &ann;
    s.published = a.published ? a.published->date.iso() : std::string{};
    s.publishedGuessed = a.published && a.published->source == DateSource::File;
    s.copies = copies;
    return s;
}

}  // namespace parallax::conflict
