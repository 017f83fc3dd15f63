// Name matching for conflict detection: conservative on purpose, because comparing a variant with its base
// ("R1-Lite-Preview" with "R1") produces exactly the false flags a reader has to dismiss.
#include "core/conflict/subject.h"

#include <algorithm>
#include <cctype>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/entities_zh.h"
#include "core/conflict/pinyin.h"
#include "core/knowledge/resources.h"

namespace parallax::conflict {

namespace {

bool versionLike(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.'; });
}

bool corporateSuffix(const std::string& w) {
    static const std::vector<std::string> words = {"inc", "corp", "corporation", "co", "ltd", "limited", "plc",
                                                   "group", "holding", "holdings", "llc", "ag", "sa", "technologies",
                                                   "technology", "company"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

/// "MV Dali", "HMS Victory", "USS Enterprise": the ship prefix, like a corporate suffix, is left out of the name.
bool vesselPrefix(const std::string& w) {
    static const std::vector<std::string> words = {"mv", "m/v", "mt", "hms", "uss", "rms", "mscv"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

std::vector<std::string> nameWords(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&]() {
        if (current.empty()) return;
        if (current == "the") { current.clear(); return; }
        if (versionLike(current) && !words.empty()) words.back() += current;
        else words.push_back(current);
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        // Curly apostrophe (U+2019): a possessive ends the name part.
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            static_cast<unsigned char>(name[i + 2]) == 0x99) {
            flush();
            i += 2;
            if (i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S')) ++i;
            continue;
        }
        if (c == '\'') {
            flush();
            if (i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S')) ++i;
            continue;
        }
        if (std::isalnum(c) != 0 || c >= 0x80 || (c == '.' && !current.empty() && i + 1 < name.size() && std::isdigit(static_cast<unsigned char>(name[i + 1])) != 0)) {
            current.push_back(static_cast<char>(std::tolower(c)));
        } else {
            flush();
        }
    }
    flush();
    while (words.size() > 1 && corporateSuffix(words.back())) words.pop_back();
    // A vessel's prefix is no part of its name: "MV Dali" is the Dali.
    if (words.size() > 1 && vesselPrefix(words.front())) words.erase(words.begin());
    return words;
}

std::string subjectKey(std::string_view name) {
    std::string key;
    for (const std::string& w : nameWords(name)) {
        if (!key.empty()) key.push_back(' ');
        key += w;
    }
    return key;
}

namespace {
bool endsWith(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return !shorter.empty() && shorter.size() <= longer.size() &&
           std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}
bool startsWith(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return !shorter.empty() && shorter.size() <= longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}
}  // namespace

namespace {

bool hasDigit(const std::string& w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

/// Words that make a product variant ("lite", "preview", "max": product-variants.txt).
bool variantWord(const std::string& w) {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out;
        for (const std::string& line : knowledge::dataLines("product-variants.txt")) out.push_back(annotate::lowerAscii(line));
        return out;
    }();
    return std::find(words.begin(), words.end(), w) != words.end();
}

/// "Hanxin" / "Hanxin Robotics": a short form of a name, when the extra words carry no code, version or
/// variant word (those make another product: "R1" / "R1-Lite-Preview", "Ascend" / "Ascend 910B").
bool shortForm(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    if (!startsWith(longer, shorter)) return false;
    if (std::any_of(shorter.begin(), shorter.end(), hasDigit)) return false;
    for (std::size_t i = shorter.size(); i < longer.size(); ++i) {
        if (hasDigit(longer[i]) || variantWord(longer[i])) return false;
    }
    return true;
}

}  // namespace

bool sameSubject(std::string_view a, std::string_view b) {
    std::vector<std::string> wa = nameWords(a);
    std::vector<std::string> wb = nameWords(b);
    if (wa.empty() || wb.empty()) return false;
    if (wa == wb) return true;
    // Chinese names are one "word": "云帆能源" and "云帆能源科技" differ only by suffix words
    if (wa.size() == 1 && wb.size() == 1 && annotate::sameChineseOrganisation(wa.front(), wb.front())) return true;
    // "瀚芯机器人" / "Hanxin Robotics": a Chinese name and its pinyin
    if (sameRomanisedName(a, b)) return true;
    const auto& longer = wa.size() > wb.size() ? wa : wb;
    const auto& shorter = wa.size() > wb.size() ? wb : wa;
    return endsWith(longer, shorter) || shortForm(longer, shorter);
}

bool isVariantOf(std::string_view variant, std::string_view base) {
    std::vector<std::string> wv = nameWords(variant);
    std::vector<std::string> wb = nameWords(base);
    if (wv.size() <= wb.size() || wb.empty()) return false;
    if (shortForm(wv, wb)) return false;  // "Hanxin Robotics" is Hanxin itself, not a variant of it
    // The variant's words after its own prefix extend the base: "deepseek r1 lite preview" / "r1".
    for (std::size_t offset = 0; offset + wb.size() < wv.size(); ++offset) {
        if (std::equal(wb.begin(), wb.end(), wv.begin() + static_cast<std::ptrdiff_t>(offset))) return true;
    }
    return startsWith(wv, wb);
}

bool couldBeSamePerson(std::string_view a, std::string_view b) {
    std::vector<std::string> wa = nameWords(a);
    std::vector<std::string> wb = nameWords(b);
    if (wa.empty() || wb.empty()) return false;
    const auto& shorter = wa.size() <= wb.size() ? wa : wb;
    const auto& longer = wa.size() <= wb.size() ? wb : wa;
    return std::all_of(shorter.begin(), shorter.end(), [&](const std::string& w) {
        return std::find(longer.begin(), longer.end(), w) != longer.end();
    });
}

}  // namespace parallax::conflict
