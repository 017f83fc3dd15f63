// Which chip a device runs on: "the Nova 9 is powered by the new V12 chip", "Nova 9 and Nova 9 Plus use the V12
// processor", "Nova 9搭载V12芯片", and "the standard model will get the V11 chip" (the standard model of the product
// the article is about). A device model has one chip, so two articles that give one device chips of different
// families disagree (conflict/models.cpp judges them like an aircraft's model). The claim is a version claim:
// subject the device, attribute "chip", value the chip's family code ("V12" for "V12 Pro"), text as written.
// The node a chip is made on ("the V12 Pro chip built on a 3nm process", "3nm制程芯片V12系列") is a version claim too:
// subject the chip's family, object the chip as written or "series" when the statement covers every chip of the
// family ("V12系列", "the V12 family"), value the node; a chip has one node.
#include <algorithm>
#include <cctype>
#include <map>

#include "core/annotate/claims_extract.h"
#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {

namespace {

bool chipNoun(const std::string& w) { return oneOf(w, {"chip", "processor", "chipset", "soc", "system-on-chip"}); }

/// A chip code: a capital letter, then letters and digits with at least one digit ("A18", "M4", "G3").
bool chipCode(std::string_view w) {
    if (w.size() < 2 || w.size() > 8 || std::isupper(static_cast<unsigned char>(w[0])) == 0) return false;
    bool digit = false;
    for (char c : w) {
        if (std::isalnum(static_cast<unsigned char>(c)) == 0) return false;
        digit = digit || std::isdigit(static_cast<unsigned char>(c)) != 0;
    }
    return digit;
}

/// The family of a chip code: the code itself, without a lower-case suffix after its digits ("A18" -> "A18").
std::string chipFamily(std::string_view code) {
    std::string out;
    bool digits = false;
    for (char c : code) {
        auto u = static_cast<unsigned char>(c);
        if (std::isdigit(u) != 0) digits = true;
        else if (digits) break;
        out.push_back(static_cast<char>(std::toupper(u)));
    }
    return out;
}

/// Words a chip's name may carry after its code ("A18 Pro", "A17 Bionic", "M4 Max").
bool chipVariant(const std::string& w) { return oneOf(w, {"pro", "max", "ultra", "bionic", "plus", "mini", "fusion"}); }

/// The product the article is about: the product named most (at least three times).
std::string mainProduct(const Annotations& ann) {
    std::map<std::string, int> counts;
    for (const Entity& e : ann.entities)
        if (e.kind == EntityKind::Product) ++counts[e.canonical.empty() ? e.text : e.canonical];
    std::string best;
    int most = 2;
    for (const auto& [name, n] : counts)
        if (n > most) {
            best = name;
            most = n;
        }
    return best;
}

std::string nameOf(const Mention& m) { return m.name; }

void addChip(const SentenceView& s, const std::string& subject, const std::string& family, const std::string& text,
             Span valueSpan, bool hedged, std::vector<Claim>& out) {
    if (subject.empty() || family.size() < 2) return;
    Claim c = makeClaim(ClaimKind::Version, s);
    c.subject = subject;
    c.attribute = "chip";
    c.value = family;
    c.text = text;
    c.valueSpan = valueSpan;
    c.hedged = hedged;
    out.push_back(std::move(c));
}

/// "X (and Y) is/are powered by | uses | features | runs on | comes with [the] [new, 3nm] A18 [Pro] chip".
void englishChips(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::size_t n = s.words.size();
    for (std::size_t v = 1; v + 1 < n; ++v) {
        std::size_t k = v;
        const std::string& w = s.lower[v];
        if ((w == "is" || w == "are") && (s.lower[v + 1] == "powered" || s.lower[v + 1] == "equipped") && v + 2 < n &&
            (s.lower[v + 2] == "by" || s.lower[v + 2] == "with"))
            k = v + 3;
        else if (oneOf(w, {"uses", "use", "features", "feature", "packs", "pack"}))
            k = v + 1;
        else if (oneOf(w, {"runs", "run", "comes", "come"}) && (s.lower[v + 1] == "on" || s.lower[v + 1] == "with"))
            k = v + 2;
        else
            continue;
        // The device: a product named right before the verb, and one joined to it by "and".
        const Mention* device = mentionAt(s, v - 1);
        std::vector<std::string> devices;
        if (device != nullptr && device->last == v && device->kind == EntityKind::Product) {
            devices.push_back(nameOf(*device));
            if (device->first >= 2 && s.lower[device->first - 1] == "and")
                if (const Mention* other = mentionAt(s, device->first - 2); other != nullptr && other->kind == EntityKind::Product)
                    devices.push_back(nameOf(*other));
        } else if (v >= 2 && s.lower[v - 1] == "model" && s.lower[v - 2] == "standard") {
            devices.push_back(mainProduct(ctx.ann));
        }
        if (devices.empty()) continue;
        // Up to four modifiers ("the new, 30% faster"), then the code, its variant words and the chip noun.
        std::size_t code = k;
        while (code < n && code < k + 6 && !chipCode(std::string_view(ctx.text).substr(s.words[code].span.start, s.words[code].span.size())) &&
               (s.lower[code] == "," || s.lower[code] == "%" || !s.words[code].capital || s.lower[code] == "apple" ||
                s.lower[code] == "'s"))
            ++code;
        if (code >= n) continue;
        const std::string_view written = std::string_view(ctx.text).substr(s.words[code].span.start, s.words[code].span.size());
        if (!chipCode(written)) continue;
        std::size_t end = code + 1;
        while (end < n && chipVariant(s.lower[end])) ++end;
        if (end >= n || !chipNoun(s.lower[end])) continue;
        // "the A18 chip and the A18 Pro chip": a list names no one chip.
        if (end + 1 < n && (s.lower[end + 1] == "and" || s.lower[end + 1] == "or")) continue;
        const bool hedged = hedgedIn(s, ctx.lex, clauseStart(s, v), end + 1);
        for (const std::string& d : devices)
            addChip(s, d, chipFamily(written), wordsText(ctx.text, s, code, end + 1), wordsSpan(s, code, end + 1), hedged, out);
    }
}

/// "X搭载A18芯片", "标准型号将搭载A17 Bionic芯片", "X采用全新的A18处理器" on the simplified text.
void chineseChips(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::string_view text = ctx.text;
    const std::size_t to = std::min(s.span.end, text.size());
    for (std::string_view verb : {"搭载", "配备", "采用", "使用", "配置"}) {
        for (std::size_t at = text.find(verb, s.span.start); at != std::string_view::npos && at < to;
             at = text.find(verb, at + verb.size())) {
            // The device: a product ending before the verb, with at most 将/都/均/则/会 between; or 标准型号/标准版.
            std::size_t before = at;
            for (int step = 0; step < 2; ++step)
                for (std::string_view adverb : {"将", "都", "均", "则", "会", "也"})
                    if (before >= s.span.start + adverb.size() && text.compare(before - adverb.size(), adverb.size(), adverb) == 0)
                        before -= adverb.size();
            while (before > s.span.start && text[before - 1] == ' ') --before;
            std::string device;
            for (const Entity& e : ctx.ann.entities)
                if (e.span.end == before && e.kind == EntityKind::Product) device = e.canonical.empty() ? e.text : e.canonical;
            for (std::string_view standard : {"标准型号", "标准版", "标准款", "基础款", "标准机型"})
                if (device.empty() && before >= s.span.start + standard.size() &&
                    text.compare(before - standard.size(), standard.size(), standard) == 0 &&
                    zh::clauseBegin(text, s.span.start, before - standard.size()) == before - standard.size())
                    device = mainProduct(ctx.ann);
            if (device.empty()) continue;
            // After the verb: [了][全新的|新一代的|...] code [variant words] 芯片/处理器, in the same clause.
            const std::size_t clauseEnd = zh::clauseFinish(text, at + verb.size(), to);
            std::size_t k = at + verb.size();
            std::size_t codeAt = std::string_view::npos;
            for (std::size_t p = k; p < clauseEnd && p < k + 24; ++p) {
                if (std::isupper(static_cast<unsigned char>(text[p])) != 0 && (p == 0 || std::isalnum(static_cast<unsigned char>(text[p - 1])) == 0)) {
                    codeAt = p;
                    break;
                }
            }
            if (codeAt == std::string_view::npos) continue;
            std::size_t codeEnd = codeAt;
            while (codeEnd < clauseEnd && std::isalnum(static_cast<unsigned char>(text[codeEnd])) != 0) ++codeEnd;
            const std::string_view code = text.substr(codeAt, codeEnd - codeAt);
            if (!chipCode(code)) continue;
            // Variant words ("Pro", "Bionic") and spaces, then the noun.
            std::size_t end = codeEnd;
            while (end < clauseEnd && (text[end] == ' ' || std::isalpha(static_cast<unsigned char>(text[end])) != 0)) ++end;
            std::size_t nounEnd = std::string_view::npos;
            for (std::string_view noun : {"芯片", "处理器"})
                if (text.compare(end, noun.size(), noun) == 0) nounEnd = end + noun.size();
            if (nounEnd == std::string_view::npos) continue;
            // "A18和A18 Pro芯片": a list names no one chip.
            if (text.compare(nounEnd, 3, "和") == 0 || text.compare(nounEnd, 3, "、") == 0) continue;
            const std::string_view head = text.substr(s.span.start, at - s.span.start);
            const bool hedged = head.find("预计") != std::string_view::npos || head.find("据传") != std::string_view::npos ||
                                head.find("传闻") != std::string_view::npos || head.find("或将") != std::string_view::npos;
            addChip(s, device, chipFamily(code), std::string(text.substr(codeAt, nounEnd - codeAt)), Span{codeAt, nounEnd}, hedged, out);
        }
    }
}

/// "3nm" at word i, or "3" followed by "nm": the node in nanometres as written ("3"), empty when none.
std::string nodeAt(const SentenceView& s, std::size_t i, std::size_t& words) {
    const std::string& w = s.lower[i];
    words = 1;
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "nm") == 0 && std::isdigit(static_cast<unsigned char>(w[0])) != 0)
        return w.substr(0, w.size() - 2);
    if (s.words[i].digit && i + 1 < s.words.size() && s.lower[i + 1] == "nm") {
        words = 2;
        return w;
    }
    return {};
}

void addNode(const SentenceView& s, std::string_view code, const std::string& written, bool series, const std::string& node,
             Span valueSpan, std::vector<Claim>& out) {
    if (node.empty() || node.find_first_not_of("0123456789.") != std::string::npos) return;
    Claim c = makeClaim(ClaimKind::Version, s);
    c.subject = chipFamily(code);
    c.object = series ? std::string("series") : written;  // the chip itself, or every chip of the family
    c.attribute = "process node";
    c.value = node + " nm";
    c.text = node + "nm";
    c.valueSpan = valueSpan;
    if (c.subject.size() >= 2) out.push_back(std::move(c));
}

/// "the A18 Pro chip built on a 2nm process", "the new 3nm A18 processor": the node a chip is made on.
void englishNodes(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::size_t n = s.words.size();
    const std::string_view text = ctx.text;
    auto written = [&](std::size_t i) { return text.substr(s.words[i].span.start, s.words[i].span.size()); };
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t len = 0;
        const std::string node = nodeAt(s, i, len);
        if (node.empty()) continue;
        // (b) "3nm A18 [Pro] processor"
        if (i + len < n && chipCode(written(i + len))) {
            std::size_t end = i + len + 1;
            while (end < n && chipVariant(s.lower[end])) ++end;
            if (end < n && chipNoun(s.lower[end]) && !(end + 1 < n && (s.lower[end + 1] == "and" || s.lower[end + 1] == "or")))
                addNode(s, written(i + len), wordsText(text, s, i + len, end), false, node, wordsSpan(s, i, i + len), out);
            continue;
        }
        // (a) "A18 [Pro] chip [is] built on [a|the] 2nm [process]"
        std::size_t k = i;
        while (k > 0 && (s.lower[k - 1] == "a" || s.lower[k - 1] == "the" || s.lower[k - 1] == "an")) --k;
        if (k < 2 || s.lower[k - 1] != "on" ||
            !oneOf(s.lower[k - 2], {"built", "made", "manufactured", "fabricated", "produced"}))
            continue;
        k -= 2;
        if (k > 0 && (s.lower[k - 1] == "is" || s.lower[k - 1] == "was" || s.lower[k - 1] == "are")) --k;
        if (k == 0 || !chipNoun(s.lower[k - 1])) continue;
        std::size_t code = k - 1;
        while (code > 0 && chipVariant(s.lower[code - 1])) --code;
        if (code == 0 || !chipCode(written(code - 1))) continue;
        addNode(s, written(code - 1), wordsText(text, s, code - 1, k - 1), false, node, wordsSpan(s, i, i + len), out);
    }
}

/// "3nm制程芯片A18系列", "第二代3nm制程的A18 Pro芯片": the node a chip (or every chip of a 系列) is made on.
void chineseNodes(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const std::string_view text = ctx.text;
    const std::size_t to = std::min(s.span.end, text.size());
    for (std::size_t at = text.find("nm", s.span.start); at != std::string_view::npos && at + 2 <= to; at = text.find("nm", at + 2)) {
        std::size_t start = at;
        while (start > s.span.start && (std::isdigit(static_cast<unsigned char>(text[start - 1])) != 0 || text[start - 1] == '.')) --start;
        if (start == at || (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0)) continue;
        const std::string node(text.substr(start, at - start));
        std::size_t k = at + 2;
        for (std::string_view word : {"制程", "工艺", "芯片", "的"})
            if (text.compare(k, word.size(), word) == 0) k += word.size();
        for (std::string_view word : {"工艺", "芯片", "的"})
            if (text.compare(k, word.size(), word) == 0) k += word.size();
        if (k == at + 2) continue;  // "3nm" with no 制程/芯片 after it is no chip's node
        while (k < to && text[k] == ' ') ++k;
        std::size_t codeEnd = k;
        while (codeEnd < to && std::isalnum(static_cast<unsigned char>(text[codeEnd])) != 0) ++codeEnd;
        const std::string_view code = text.substr(k, codeEnd - k);
        if (!chipCode(code)) continue;
        std::size_t end = codeEnd;
        while (end < to && (text[end] == ' ' || std::isalpha(static_cast<unsigned char>(text[end])) != 0)) ++end;
        const bool series = text.compare(end, 6, "系列") == 0;
        std::string name(text.substr(k, end - k));
        while (!name.empty() && name.back() == ' ') name.pop_back();
        addNode(s, code, name, series, node, Span{start, at + 2}, out);
    }
}

}  // namespace

void extractChips(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    if (s.question) return;
    const std::string_view sentence = ctx.text.substr(s.span.start, std::min(s.span.end, ctx.text.size()) - s.span.start);
    if (zh::hasHan(sentence)) {
        chineseChips(ctx, s, out);
        chineseNodes(ctx, s, out);
    } else {
        englishChips(ctx, s, out);
        englishNodes(ctx, s, out);
    }
}

}  // namespace parallax::annotate::claims
