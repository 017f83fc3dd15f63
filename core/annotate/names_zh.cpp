// Chinese names by form. As with organisations (entities_zh.cpp), the rules lean towards missing a name:
// a wrong name becomes the subject of wrong claims, a missing one only loses claims.
#include "core/annotate/names_zh.h"

#include <algorithm>
#include <map>

#include "core/annotate/zh_text.h"
#include "core/text/han.h"
#include "core/text/han_serial.h"

namespace parallax::annotate {

namespace {

struct Char {
    std::size_t start = 0;
    std::size_t end = 0;
    char32_t cp = 0;
};

std::vector<Char> charsOf(std::string_view text) {
    std::vector<Char> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        out.push_back(Char{i, i + len, c});
        i += len;
    }
    return out;
}

std::string chineseNumeral(int n) {
    static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return digits[n];
    if (n < 20) return std::string("十") + (n % 10 ? digits[n % 10] : "");
    if (n < 100) return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
    return std::to_string(n);
}

std::string utf8(std::string_view text, const Char& from, const Char& to) {
    return std::string(text.substr(from.start, to.end - from.start));
}

/// Characters a name of a craft cannot hold: the ordinal prefix ("第11号" is a rank), time words ("本月1号"
/// is a day) and function words.
bool notNameChar(char32_t c) {
    static const std::u32string chars = U"第年月日周号號这那该其每本今明昨前后上下是在于和与及的了把被从到共约近";
    return chars.find(c) != std::u32string::npos;
}

/// A numbered thing that is no craft: a metro line, a building, a gate, a document, a bed, a seat, a
/// numbered storm ("1号线", "3号楼", "2号航站楼", "5号文件", "16号台风").
bool designatorAfter(char32_t c) {
    static const std::u32string chars = U"线線楼樓房门門院机機站口位坑文令车車厅廳馆館桥橋井码碼字航台颱风風床座场場区區仓倉";
    return chars.find(c) != std::u32string::npos;
}

bool overlapsAny(std::size_t a, std::size_t b, const std::vector<Span>& spans) {
    return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.start < b && a < s.end; });
}

struct Found {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string canonical;
};

/// "嫦娥六号": two Han characters, a number of up to four characters, 号. Canonical with Chinese numerals.
std::vector<Found> serialNames(std::string_view text, const std::vector<Char>& chars, const std::vector<Span>& taken) {
    std::vector<Found> out;
    for (std::size_t k = 3; k < chars.size(); ++k) {
        if (chars[k].cp != U'号' && chars[k].cp != U'號') continue;
        std::size_t n = k;
        while (n > 0 && k - n < 4 && text::serialNumeral(chars[n - 1].cp)) --n;
        if (n == k || n < 2 || text::serialNumeral(chars[n - 2].cp)) continue;
        const Char& c1 = chars[n - 2];
        const Char& c2 = chars[n - 1];
        if (!zh::isHan(c1.cp) || !zh::isHan(c2.cp) || notNameChar(c1.cp) || notNameChar(c2.cp)) continue;
        if (k + 1 < chars.size() && designatorAfter(chars[k + 1].cp)) continue;
        if (overlapsAny(c1.start, chars[k].end, taken)) continue;
        std::u32string digits;
        for (std::size_t d = n; d < k; ++d) digits.push_back(chars[d].cp);
        const int number = text::serialNumber(digits);
        if (number <= 0 || number > 999) continue;
        out.push_back(Found{c1.start, chars[k].end,
                            text::simplifiedHan(utf8(text, c1, c2)) + chineseNumeral(number) + "号"});
    }
    // A name used once is as often a numbered thing of another kind; a report on a craft names it again.
    std::map<std::string, std::size_t> uses;
    for (const Found& f : out) ++uses[f.canonical];
    std::erase_if(out, [&](const Found& f) { return uses[f.canonical] < 2; });
    return out;
}

bool openQuote(char32_t c) { return c == U'“' || c == U'「' || c == U'『' || c == U'"' || c == U'‘'; }
bool closeQuote(char32_t c) { return c == U'”' || c == U'」' || c == U'』' || c == U'"' || c == U'’'; }

/// "台风“摩羯”": a storm's type word then its name of two to four Han characters in quotation marks; then
/// every later mention of that name.
std::vector<Found> stormNames(std::string_view text, const std::vector<Char>& chars, const std::vector<Span>& taken) {
    static const std::vector<std::u32string> typeWords = {U"台风", U"颱風", U"飓风", U"颶風", U"风暴", U"風暴"};
    std::vector<std::string> names;
    std::vector<std::size_t> introduced;  // byte where each name is first introduced
    for (std::size_t k = 2; k + 3 < chars.size(); ++k) {
        if (!openQuote(chars[k].cp)) continue;
        const bool typed = std::any_of(typeWords.begin(), typeWords.end(), [&](const std::u32string& w) {
            return chars[k - 2].cp == w[0] && chars[k - 1].cp == w[1];
        });
        if (!typed) continue;
        std::size_t e = k + 1;
        while (e < chars.size() && e - k <= 5 && zh::isHan(chars[e].cp)) ++e;
        const std::size_t len = e - k - 1;
        if (len < 2 || len > 4 || e >= chars.size() || !closeQuote(chars[e].cp)) continue;
        std::string name = utf8(text, chars[k + 1], chars[e - 1]);
        if (std::find(names.begin(), names.end(), name) != names.end()) continue;
        names.push_back(std::move(name));
        introduced.push_back(chars[k].start);
    }
    std::vector<Found> out;
    for (std::size_t n = 0; n < names.size(); ++n) {
        const std::string canonical = text::simplifiedHan(names[n]);
        for (std::size_t at = text.find(names[n]); at != std::string_view::npos; at = text.find(names[n], at + 1)) {
            const std::size_t end = at + names[n].size();
            if (overlapsAny(at, end, taken)) continue;
            // a mention before the name is introduced is most often the same word in another sense
            if (at < introduced[n]) continue;
            out.push_back(Found{at, end, canonical});
        }
    }
    return out;
}

}  // namespace

std::vector<Entity> findChineseFormNames(std::string_view text, const std::vector<Entity>& known,
                                         const std::vector<Span>& exclude) {
    if (!zh::hasHan(text)) return {};
    std::vector<Span> taken = exclude;
    for (const Entity& e : known) taken.push_back(e.span);
    const std::vector<Char> chars = charsOf(text);
    std::vector<Entity> out;
    auto add = [&](const Found& f, EntityKind kind) {
        Entity e;
        e.span = Span{f.start, f.end};
        e.text = std::string(text.substr(f.start, f.end - f.start));
        e.canonical = f.canonical;
        e.kind = kind;
        out.push_back(std::move(e));
    };
    for (const Found& f : serialNames(text, chars, taken)) add(f, EntityKind::Product);
    for (const Entity& e : out) taken.push_back(e.span);
    for (const Found& f : stormNames(text, chars, taken)) add(f, EntityKind::Other);
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    return out;
}

}  // namespace parallax::annotate
