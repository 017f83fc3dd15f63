#pragma once
/// @file fixture.h  A hand-made analysis result for the GUI tests (no engine involved).
#include <functional>
#include <string>

#include "core/model/analysis.h"

namespace parallax::ui::test {

/// Two stories. Story "s1" has three articles (one in Chinese with an emoji), two aligned groups and three
/// conflicts; the aligned passage sits far down in article "b" so that it starts out of view. Story "s2"
/// has two articles and no conflict. `folder` is used as the result's folder and for article paths.
[[nodiscard]] AnalysisResult makeFixture(const std::string& folder);

/// Processes events until `done` holds or `ms` have passed; true when it holds. Generous by default: the
/// wait only runs out when a test is failing, and a loaded CI machine can be slow.
[[nodiscard]] bool waitFor(const std::function<bool()>& done, int ms = 60000);

/// Byte span of the first occurrence of `needle` in `text` (test helper; aborts when absent).
[[nodiscard]] Span spanOf(const std::string& text, const std::string& needle);

}  // namespace parallax::ui::test
