// The analysis budget of one article (budget.h). The cut falls where a reader would stop: at a paragraph end, or
// else at a sentence end, never inside a UTF-8 character, so no sentence is annotated half.
#include "core/model/budget.h"

#include <cstdio>

namespace parallax {

namespace {

bool continuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// "1.4 MB", "256 KB", "900 bytes": sizes as a person reads them.
std::string readableSize(std::size_t bytes) {
    char buf[32];
    if (bytes >= 1000 * 1000) std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
    else if (bytes >= 1000) std::snprintf(buf, sizeof buf, "%zu KB", bytes / 1000);
    else std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    return buf;
}

}  // namespace

std::size_t analysedLength(std::string_view text, std::size_t budget) {
    if (text.size() <= budget) return text.size();
    const std::string_view head = text.substr(0, budget);
    // A paragraph end in the second half of the budget keeps paragraphs whole without giving up much text.
    if (std::size_t p = head.rfind("\n\n"); p != std::string_view::npos && p >= budget / 2) return p;
    for (std::size_t i = head.size(); i-- > budget / 2;) {
        const char c = head[i];
        if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.size() &&
            (text[i + 1] == ' ' || text[i + 1] == '\n'))
            return i + 1;
        // a Chinese full stop "。" (E3 80 82) ends a sentence too
        if (c == '\x82' && i >= 2 && head[i - 1] == '\x80' && head[i - 2] == '\xE3') return i + 1;
    }
    std::size_t cut = budget;
    while (cut > 0 && continuationByte(text[cut])) --cut;
    return cut;
}

std::string budgetWarning(std::size_t used, std::size_t total) {
    if (used >= total) return {};
    return "analysed only the first " + readableSize(used) + " of " + readableSize(total) +
           " of text: the article is longer than the " + readableSize(kArticleBudgetBytes) +
           " one article may take, so the rest is not annotated, aligned or checked for conflicts";
}

}  // namespace parallax
