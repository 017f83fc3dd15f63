// Page navigation survives in plain-text saves as lines of separated items. Their shape gives them away
// (many short labels, one separator) where a vocabulary of section names could never be complete.
#include "core/extract/navigation.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/extract/textutil.h"

namespace parallax::extract {

namespace {

std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitOn(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t p = s.find(sep); p != std::string_view::npos; p = s.find(sep, start)) {
        out.push_back(trimSpaces(s.substr(start, p - start)));
        start = p + sep.size();
    }
    out.push_back(trimSpaces(s.substr(start)));
    return out;
}

bool startsCapitalOrDigit(std::string_view item) {
    const auto c = static_cast<unsigned char>(item.front());
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool endsClause(std::string_view item) {
    const char last = item.back();
    return last == '.' || last == ',' || last == ';' || last == '!' || last == '?';
}

}  // namespace

std::optional<MenuLine> parseMenuLine(std::string_view line) {
    line = trimSpaces(line);
    if (line.empty() || moreCodePointsThan(line, 240)) return std::nullopt;
    static constexpr std::string_view kSeparators[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " > ", " \xC2\xBB ",
                                                       " \xE2\x80\xBA ", " / ", " \xC2\xA6 "};
    for (std::string_view sep : kSeparators) {
        if (line.find(sep) == std::string_view::npos) continue;
        const auto items = splitOn(line, sep);
        MenuLine menu;
        std::size_t capitalised = 0;
        bool ok = true;
        for (std::string_view item : items) {
            if (item.empty() || endsClause(item) || moreCodePointsThan(item, 40)) {
                ok = false;
                break;
            }
            const std::size_t words = wordCount(item);
            if (words > 4) {
                ok = false;
                break;
            }
            menu.longestWords = std::max(menu.longestWords, words);
            capitalised += startsCapitalOrDigit(item);
            menu.digits = menu.digits || item.find_first_of("0123456789") != std::string_view::npos;
        }
        menu.items = items.size();
        if (!ok || capitalised * 2 < items.size()) continue;
        if (menu.items >= 3 || (menu.items == 2 && menu.longestWords <= 2)) return menu;
    }
    return std::nullopt;
}

}  // namespace parallax::extract
