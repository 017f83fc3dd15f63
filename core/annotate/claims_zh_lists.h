#pragma once
/// @file claims_zh_lists.h  Chinese figures given as lists of products (internal to parallax_annotate).
/// Tech news gives the specifications of a range of models in one sentence: "A和B的屏幕尺寸分别为6.1英寸和
/// 6.7英寸" (分别 pairs each name with its figure, in order), "A系列的尺寸从6.1/6.5英寸升级到6.3/6.7英寸" (a
/// series' models, in the order the article names them). These helpers say which name each figure is of.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"

namespace parallax::annotate::claims {

/// One figure of a list and the product it goes with.
struct ListedFigure {
    std::size_t quantity = 0;  ///< index into ann.quantities
    std::string subject;
    bool earlier = false;  ///< the "from" half of "从…和…扩大至…和…"
    std::size_t head = 0;  ///< where the list is introduced (分别, or its first figure): its measure is named before
};

/// The names a list before `at` gives ("iPhone 16 Pro和16 Pro Max", "A、B与C"): the product name that opens
/// the list, then each item after a list mark; an item that repeats a later word of the first ("16 Pro Max"
/// after "iPhone 16 Pro") is completed with the first's words before it ("iPhone 16 Pro Max").
[[nodiscard]] std::vector<std::string> zhListedNames(std::string_view text, std::size_t from, std::size_t at,
                                                     const Annotations& ann);

/// The figures of a 分别 list in sentence `sentence`, each with its name; empty when the names and figures do not
/// pair one to one (or two to one with 从…至…, the first half being the earlier values).
[[nodiscard]] std::vector<ListedFigure> zhRespectiveFigures(std::string_view text, Span sentence, const Annotations& ann);

/// The figures of slash lists ("6.1/6.5 英寸") said of a series ("A系列"), each with the series' model the article
/// names in that place: the products whose names extend the series' name, in first-mention order, when there are
/// as many as the list has values. Empty otherwise.
[[nodiscard]] std::vector<ListedFigure> zhSeriesFigures(std::string_view text, Span sentence, const Annotations& ann);

}  // namespace parallax::annotate::claims
