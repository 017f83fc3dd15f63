#pragma once
/// @file totals.h  A total against its parts inside one article: "A total of 64 people died" and, elsewhere,
/// "31 died in Wajima, 22 in Suzu, five in Nanao, two in Anamizu and one each in Hakui and Shika" (62).
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

/// One total whose listed parts do not add up to it.
struct TotalSlip {
    Span parts;             ///< the sentence listing the parts
    Span total;             ///< the sentence giving the total
    std::string measure;    ///< "deaths"
    std::string sum;        ///< what the parts add up to ("62")
    std::string written;    ///< the total as written ("64")
    Finding finding;
};

/// Lists of three or more counts by place ("31 died in A, 22 in B, 5 in C"; "A市31人、B市22人、C市5人死亡")
/// checked against a total of the same measure that the article names as a total ("a total of", "toll",
/// "共", "累计"). Parts that exceed the total are a slip; parts that fall short are one only when the list does
/// not say it is partial ("including", "among them", "其中包括") and covers at least nine tenths of the total:
/// a list that leaves out a little reads as a complete breakdown that was not updated with the total.
[[nodiscard]] std::vector<TotalSlip> checkTotals(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
