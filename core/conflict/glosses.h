#pragma once
/// @file glosses.h  Names a story's own articles gloss across scripts. A Chinese report that writes a name
/// with its English form in brackets ("台风“摩羯”(Yagi)", annotate::linkParentheticalNames) tells the reader
/// that the English reports' "Yagi" is its "摩羯": within that story, claims about either name are about
/// one subject, even where no pinyin links the two (a storm's English name is not its Chinese one).
#include <map>
#include <string>
#include <vector>

#include "core/conflict/side.h"

namespace parallax::conflict {

/// The Latin names the annotations gloss, each with the Chinese name it glosses: every entity whose text is
/// in Latin letters and whose canonical name is Chinese.
[[nodiscard]] std::map<std::string, std::string> glossedNames(const std::vector<const Annotations*>& annotations);

/// Gives each side whose subject is the same subject as a glossed Chinese name (subject.h) the Latin name it
/// is glossed with, the form the reports in Latin letters use and the reader of a flag can read.
void applyGlosses(const std::map<std::string, std::string>& glosses, std::vector<Side>& sides);

}  // namespace parallax::conflict
