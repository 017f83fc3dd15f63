#pragma once
// One hand-written article, annotated, for the checks that read a single article (arithmetic, totals, names).
#include <string>

#include "core/annotate/annotator.h"

namespace parallax::testing {

struct OneArticle {
    Article article;
    Annotations ann;
};

inline OneArticle oneArticle(const std::string& text, const std::string& published = "2025-03-20") {
    OneArticle one;
    one.article.id = "a";
    one.article.title = "a";
    one.article.text = text;
    one.article.published = PublishedDate{*Date::parseIso(published), DateSource::Metadata, "test"};
    one.ann = annotate::annotate(one.article);
    return one;
}

}  // namespace parallax::testing
