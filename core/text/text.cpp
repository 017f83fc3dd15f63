// STUB: replaced by the text stage (issue 3).
#include "core/text/text.h"
namespace parallax::text {
Result<bool> checkIcuBackend() { return true; }
std::string fold(std::string_view s) { return std::string(s); }
std::vector<Sentence> sentences(std::string_view) { return {}; }
std::vector<Token> tokens(std::string_view, Span, std::string_view) { return {}; }
}  // namespace parallax::text
