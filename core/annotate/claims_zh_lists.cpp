// Chinese figures given as lists of products: which name each figure of a 分别 list or of a series' slash list
// ("6.1/6.5 英寸") is of. The pairing is the order of the list; when names and figures do not pair one to one, no
// figure is given a name (a crossed pairing would be a false clash between two models).
#include "core/annotate/claims_zh_lists.h"

#include <algorithm>

#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {
namespace {

bool startsWith(std::string_view text, std::size_t at, std::string_view s) { return text.compare(at, s.size(), s) == 0; }

std::size_t skipSpaces(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && text[at] == ' ') ++at;
    return at;
}

/// A list mark at text[at]: 和, 与, 及, 以及, 、, 跟 (and their traditional forms); its length, else 0.
std::size_t listMarkAt(std::string_view text, std::size_t at) {
    for (std::string_view mark : {"以及", "和", "与", "與", "及", "、", "跟"})
        if (startsWith(text, at, mark)) return mark.size();
    return 0;
}

std::vector<std::string> wordsOf(const std::string& name) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t j = name.find(' ', i);
        if (j == std::string::npos) j = name.size();
        if (j > i) out.push_back(name.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

/// "16 Pro Max" after "iPhone 16 Pro": the item drops the words its first word follows in the first name.
std::string completed(const std::string& item, const std::string& first) {
    const std::vector<std::string> head = wordsOf(first);
    const std::vector<std::string> words = wordsOf(item);
    if (head.empty() || words.empty()) return item;
    for (std::size_t k = 1; k < head.size(); ++k) {
        if (head[k] != words[0]) continue;
        std::string out;
        for (std::size_t j = 0; j < k; ++j) out += head[j] + " ";
        return out + item;
    }
    return item;
}

std::string nameOf(const Entity& e) { return e.canonical.empty() ? e.text : e.canonical; }

/// Latin letters, digits, spaces and +/- from `at`: a model name written without a recognised entity ("16 Pro
/// Max"), trailing spaces dropped.
std::size_t latinRun(std::string_view text, std::size_t at, std::size_t end) {
    std::size_t k = at;
    while (k < end) {
        const char c = text[k];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-')
            ++k;
        else
            break;
    }
    while (k > at && text[k - 1] == ' ') --k;
    return k;
}

/// Where the clause holding `at` begins, a list's 、 not ending it.
std::size_t listClauseBegin(std::string_view text, std::size_t from, std::size_t at) {
    std::size_t begin = from;
    for (std::size_t i = from; i < at;) {
        std::size_t len = 1;
        const char32_t c = zh::decodeAt(text, i, len);
        i += len;
        if (c != U'、' && zh::isClauseBreak(c)) begin = i;
    }
    return begin;
}

/// The quantities of the sentence after `from` that share the first one's unit and follow each other with only a
/// short gap (list marks, 从/至/扩大至, spaces): the figures of the list.
std::vector<std::size_t> figureRun(std::string_view text, Span sentence, std::size_t from, const Annotations& ann) {
    std::vector<std::size_t> out;
    std::size_t lastEnd = from;
    for (std::size_t qi = 0; qi < ann.quantities.size(); ++qi) {
        const Quantity& q = ann.quantities[qi];
        if (q.span.start < from) continue;
        if (q.span.end > sentence.end) break;
        if (q.unit.empty() || q.unit == "%") break;
        if (!out.empty() && q.unit != ann.quantities[out.front()].unit) break;
        // A gap of at most eight characters with no clause end: "和", "扩大至", "升级到 ".
        std::size_t chars = 0;
        bool broken = false;
        for (std::size_t i = lastEnd; i < q.span.start;) {
            std::size_t len = 1;
            const char32_t c = zh::decodeAt(text, i, len);
            i += len;
            ++chars;
            broken = broken || c == U'。' || c == U'；' || c == ';' || c == '\n' || c == U'，' || c == ',';
        }
        if (broken || chars > 8) break;
        out.push_back(qi);
        lastEnd = q.span.end;
    }
    return out;
}

/// The run's figures paired with `names`: one to one, or the first half earlier when "从" opens the run and
/// there are twice as many figures as names.
std::vector<ListedFigure> pairUp(std::string_view text, std::size_t head, const std::vector<std::size_t>& figures,
                                 const std::vector<std::string>& names, const Annotations& ann) {
    std::vector<ListedFigure> out;
    const std::size_t n = names.size();
    if (n < 2 || figures.empty()) return out;
    const std::size_t firstAt = ann.quantities[figures.front()].span.start;
    const std::string_view lead = text.substr(head, firstAt > head ? firstAt - head : 0);
    const bool from = lead.find("从") != std::string_view::npos || lead.find("從") != std::string_view::npos ||
                      lead.find("由") != std::string_view::npos;
    if (figures.size() == n) {
        for (std::size_t k = 0; k < n; ++k) out.push_back({figures[k], names[k], from, head});
    } else if (figures.size() == 2 * n && from) {
        for (std::size_t k = 0; k < 2 * n; ++k) out.push_back({figures[k], names[k % n], k < n, head});
    }
    return out;
}

/// "从 6.1/6.5 英寸": 从 (or 由) just before `at`, spaces aside: the values are the earlier ones of a change.
bool fromBefore(std::string_view text, std::size_t floor, std::size_t at) {
    while (at > floor && text[at - 1] == ' ') --at;
    if (at < floor + 3) return false;
    const std::string_view c = text.substr(at - 3, 3);
    return c == "从" || c == "從" || c == "由";
}

}  // namespace

std::vector<std::string> zhListedNames(std::string_view text, std::size_t from, std::size_t at, const Annotations& ann) {
    std::vector<std::string> names;
    const Entity* first = nullptr;
    for (const Entity& e : ann.entities) {
        if (e.span.start < from) continue;
        if (e.span.end > at) break;
        if (e.kind == EntityKind::Product) {
            first = &e;
            break;
        }
    }
    if (first == nullptr) return names;
    names.push_back(nameOf(*first));
    std::size_t pos = first->span.end;
    for (;;) {
        pos = skipSpaces(text, pos, at);
        const std::size_t mark = listMarkAt(text, pos);
        if (mark == 0) break;
        pos = skipSpaces(text, pos + mark, at);
        const Entity* next = nullptr;
        for (const Entity& e : ann.entities)
            if (e.span.start == pos && e.span.end <= at && e.kind == EntityKind::Product) next = &e;
        if (next != nullptr) {
            names.push_back(nameOf(*next));
            pos = next->span.end;
            continue;
        }
        const std::size_t end = latinRun(text, pos, at);
        if (end == pos) break;
        names.push_back(completed(std::string(text.substr(pos, end - pos)), names.front()));
        pos = end;
    }
    // The list names what the figures are of only when little stands between it and them ("的屏幕尺寸却").
    std::size_t chars = 0;
    for (std::size_t i = pos; i < at; ++chars) {
        std::size_t len = 1;
        (void)zh::decodeAt(text, i, len);
        i += len;
    }
    if (names.size() < 2 || chars > 10) names.clear();
    return names;
}

std::vector<ListedFigure> zhRespectiveFigures(std::string_view text, Span sentence, const Annotations& ann) {
    const std::size_t end = std::min(sentence.end, text.size());
    const std::string_view whole = text.substr(sentence.start, end - sentence.start);
    std::size_t p = whole.find("分别");
    if (p == std::string_view::npos) p = whole.find("分別");
    if (p == std::string_view::npos) return {};
    const std::size_t at = sentence.start + p;
    const std::vector<std::string> names = zhListedNames(text, listClauseBegin(text, sentence.start, at), at, ann);
    if (names.empty()) return {};
    return pairUp(text, at, figureRun(text, sentence, at, ann), names, ann);
}

std::vector<ListedFigure> zhSeriesFigures(std::string_view text, Span sentence, const Annotations& ann) {
    std::vector<ListedFigure> out;
    const std::size_t end = std::min(sentence.end, text.size());
    for (const Entity& series : ann.entities) {
        if (series.span.start < sentence.start) continue;
        if (series.span.end > end) break;
        if (series.kind != EntityKind::Product) continue;
        const std::size_t after = skipSpaces(text, series.span.end, end);
        if (!startsWith(text, after, "系列")) continue;
        // The models of the series: the products the article names whose names extend the series' own, in the
        // order it first names them.
        const std::string name = nameOf(series);
        std::vector<std::string> models;
        for (const Entity& e : ann.entities) {
            const std::string model = nameOf(e);
            if (e.kind != EntityKind::Product || model.rfind(name, 0) != 0) continue;
            if (model.size() > name.size() && model[name.size()] != ' ') continue;
            if (std::find(models.begin(), models.end(), model) == models.end()) models.push_back(model);
        }
        const std::size_t from = after + std::string_view("系列").size();
        // Each slash list after the series in its clause: values glued by "/" (consecutive quantities).
        std::size_t clauseEnd = zh::clauseFinish(text, from, end);
        std::size_t qi = 0;
        while (qi < ann.quantities.size() && ann.quantities[qi].span.start < from) ++qi;
        while (qi < ann.quantities.size() && ann.quantities[qi].span.end <= clauseEnd) {
            std::vector<std::size_t> list{qi};
            while (qi + 1 < ann.quantities.size() && ann.quantities[qi + 1].span.start == ann.quantities[qi].span.end + 1 &&
                   text[ann.quantities[qi].span.end] == '/')
                list.push_back(++qi);
            ++qi;
            if (list.size() < 2 || list.size() != models.size()) continue;
            const bool earlier = fromBefore(text, from, ann.quantities[list.front()].span.start);
            for (std::size_t k = 0; k < list.size(); ++k)
                out.push_back({list[k], models[k], earlier, ann.quantities[list.front()].span.start});
        }
        break;
    }
    return out;
}

}  // namespace parallax::annotate::claims
