// Claims from Chinese sentences. Chinese has no spaces and puts the date before the verb ("云帆能源于3月17日
// 完成定价"), the measure before the figure ("募资总额43.5亿港元") and the title before the name
// ("首席执行官张伟"), so these extractors read characters and byte offsets, not words. They produce the same
// classes, measures, qualifiers, taxonomy terms and titles as the English extractors (zh-claims.txt maps
// each cue onto them), so that Chinese and English claims about the same subject compare.
#include <algorithm>
#include <cstdio>

#include "core/annotate/claims_extract.h"
#include "core/annotate/claims_frame.h"
#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {

namespace {

using zh::CueHit;

struct ZhSentence {
    Span span;
    std::vector<const Entity*> entities;
    std::vector<const TimeRef*> times;
    std::vector<std::size_t> quantities;  ///< indexes into ann.quantities
};

std::string formatNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

/// A time value a date can be compared on ("2025-01-20", "2024-11", "XXXX-11").
bool datable(const std::string& v) {
    if (v.size() < 4) return false;
    if (v[0] >= '0' && v[0] <= '9') return true;
    return v.rfind("XXXX-", 0) == 0 && v.size() >= 7 && v[5] >= '0' && v[5] <= '9' && v[6] >= '0' && v[6] <= '9';
}

/// Number of characters in text[a, b).
std::size_t charCount(std::string_view text, std::size_t a, std::size_t b) {
    std::size_t n = 0;
    for (std::size_t i = a; i < b && i < text.size(); ++n) {
        std::size_t len = 1;
        (void)zh::decodeAt(text, i, len);
        i += len;
    }
    return n;
}

/// The gap text[a, b) is made only of characters from `allowed` (and is at most maxChars long).
bool gapOf(std::string_view text, std::size_t a, std::size_t b, std::u32string_view allowed, std::size_t maxChars) {
    if (b < a) return false;
    if (charCount(text, a, b) > maxChars) return false;
    for (std::size_t i = a; i < b;) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        if (c != ' ' && allowed.find(c) == std::u32string_view::npos) return false;
        i += len;
    }
    return true;
}

bool nameable(const Entity& e) { return e.kind != EntityKind::Person && e.kind != EntityKind::Place; }

std::string nameOf(const Entity& e) { return e.canonical.empty() ? e.text : e.canonical; }

/// The nearest organisation, product or unclassified name ending before byte `at` within the sentence.
const Entity* entityBefore(const ZhSentence& zs, std::size_t at) {
    const Entity* best = nullptr;
    for (const Entity* e : zs.entities)
        if (e->span.end <= at && nameable(*e)) best = e;
    return best;
}

/// Subject for a claim with no name before its cue: the article's main organisation when the sentence
/// refers to it ("公司", "该公司", "其") or names nothing else.
std::string anaphorSubject(const Context& ctx, const ZhSentence& zs, std::size_t upTo) {
    if (ctx.mainOrg.empty()) return {};
    bool named = std::any_of(zs.entities.begin(), zs.entities.end(), [](const Entity* e) { return nameable(*e); });
    if (!named || zh::cueLexicon().any(ctx.text, zs.span.start, upTo, "anaphor")) return ctx.mainOrg;
    return {};
}

Claim zhClaim(ClaimKind kind, const SentenceView& s) { return makeClaim(kind, s); }

/// "计划于3月20日上市": a negation cue right before the verb.
bool negatedBefore(std::string_view text, std::size_t clause, std::size_t at) {
    std::size_t from = at >= 9 ? std::max(clause, at - 9) : clause;
    return zh::cueLexicon().any(text, from, at, "negation");
}

void zhEvents(const Context& ctx, const SentenceView& s, const ZhSentence& zs, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    std::vector<CueHit> verbs = lex.find(text, zs.span.start, zs.span.end, "event");
    for (const CueHit& v : verbs) {
        // "上市公司", "上市首日": a listed company, a first trading day; not the event itself.
        std::size_t nlen = 1;
        char32_t next = v.end < text.size() ? zh::decodeAt(text, v.end, nlen) : 0;
        // "上市备案", "上市申请", "上市计划", "上市进程", "上市时": a filing, a plan, a moment named after the event.
        if (next == U'公' || next == U'企' || next == U'首' || next == U'以' || next == U'后' || next == U'前' ||
            next == U'会' || next == U'的' || next == U'备' || next == U'申' || next == U'计' || next == U'进' || next == U'时' ||
            next == U'量' || next == U'额')  // "交付量", "销售额": a volume, not the event
            continue;
        std::size_t clause = zh::clauseBegin(text, zs.span.start, v.start);
        std::size_t clauseEnd = zh::clauseFinish(text, v.end, zs.span.end);
        // The date: the nearest datable time before the verb in its clause not nearer another verb, or one
        // right after it through "于" ("成立于2016年").
        const TimeRef* when = nullptr;
        for (const TimeRef* t : zs.times) {
            if (!datable(t->value) || t->span.start < clause || t->span.end > clauseEnd) continue;
            // "截至2025年3月，累计交付20万辆": a date things are counted up to, not the date of the event.
            std::size_t lead = t->span.start;
            while (lead > clause && text[lead - 1] == ' ') --lead;
            if (lead >= clause + 6 && (text.compare(lead - 6, 6, "截至") == 0 || text.compare(lead - 6, 6, "截止") == 0))
                continue;
            bool before = t->span.end <= v.start;
            if (before) {
                bool otherVerbBetween = std::any_of(verbs.begin(), verbs.end(), [&](const CueHit& o) {
                    return o.start >= t->span.end && o.end <= v.start;
                });
                if (!otherVerbBetween) when = t;
            } else if (when == nullptr && gapOf(text, v.end, t->span.start, U"于在为是日期时间定", 4)) {
                when = t;
            }
        }
        // The time of day ("14时07分"): the nearest one before the verb in its clause.
        const TimeRef* clock = nullptr;
        for (const TimeRef* t : zs.times) {
            bool isClock = t->value.size() >= 6 && t->value[0] == 'T';
            if (isClock && t->span.start >= clause && t->span.end <= v.start) clock = t;
        }
        // "2024年6月25日14时07分，返回器着陆": a clause of times alone opens the sentence and dates its event.
        bool leading = false;
        if (when == nullptr && clock == nullptr && clause > zs.span.start) {
            std::size_t at = zs.span.start;
            const TimeRef* date = nullptr;
            const TimeRef* time = nullptr;
            for (const TimeRef* t : zs.times) {
                if (t->span.start < at || t->span.end > clause) continue;
                if (!gapOf(text, at, t->span.start, U"北京当地时间于在 ", 6)) break;
                bool isClock = t->value.size() >= 6 && t->value[0] == 'T';
                if (isClock) time = t;
                else if (datable(t->value)) date = t;
                at = t->span.end;
            }
            if ((date != nullptr || time != nullptr) && gapOf(text, at, clause, U"，, ", 2)) {
                when = date;
                clock = time;
                leading = true;
            }
        }
        if (when == nullptr && clock == nullptr) continue;
        const TimeRef* anchor = when != nullptr ? when : clock;
        std::string cls = v.cue->cls;
        // What the event happened to: a product launched after the verb ("发布了X"), else the name before it.
        const Entity* subject = nullptr;
        if (cls == "released") {
            for (const Entity* e : zs.entities) {
                if (e->span.start >= v.end && e->span.end <= clauseEnd && e->kind == EntityKind::Product &&
                    charCount(text, v.end, e->span.start) <= 12) {
                    subject = e;
                    break;
                }
            }
        }
        if (subject == nullptr) subject = entityBefore(zs, leading ? v.start : std::min(v.start, anchor->span.start));
        // "5月3日嫦娥六号发射升空": the date opens the clause and the name follows it, before the verb
        if (subject == nullptr && anchor->span.end <= v.start) {
            const Entity* between = entityBefore(zs, v.start);
            if (between != nullptr && between->span.start >= anchor->span.end && between->span.start >= clause) subject = between;
        }
        if (subject != nullptr && anchor->span.start < subject->span.end && anchor->span.end > subject->span.start) continue;
        std::string name = subject != nullptr ? nameOf(*subject) : anaphorSubject(ctx, zs, v.start);
        if (name.empty()) continue;
        bool organisation = subject == nullptr || subject->kind == EntityKind::Organization;
        // "小米SU7于3月28日上市": a product that 上市 goes on sale; only a company lists its shares
        if (cls == "listed" && subject != nullptr && subject->kind == EntityKind::Product) cls = "released";
        // "台风“摩羯”登陆文昌": what lands and is no company or product (a storm) makes landfall, as English
        // "made landfall" is read; nothing else of that kind lists
        if (cls == "listed" && subject != nullptr && subject->kind == EntityKind::Other) {
            if (v.cue->form != "登陆" && v.cue->form != "登陸") continue;
            cls = "collided";
        }
        if (cls == "released" && organisation) continue;  // a company is not released; its products are
        Claim c = zhClaim(ClaimKind::Event, s);
        c.subject = name;
        c.attribute = cls;
        c.value = when != nullptr ? when->value : std::string("XXXX-XX-XX");
        c.text = anchor->text;
        c.valueSpan = anchor->span;
        if (clock != nullptr) {
            c.value += clock->value;
            c.timeText = clock->text;
        }
        c.negated = negatedBefore(text, clause, v.start);
        // "计划在2025年交付": a plan is a weaker statement than a fact
        c.hedged = lex.any(text, zs.span.start, v.start, "hedge") || lex.any(text, clause, v.start, "plan");
        out.push_back(std::move(c));
    }
}

/// The measure a figure belongs to: the nearest measure cue before it in its clause, close enough that
/// nothing else can sit between ("募资总额43.5亿港元", "营业收入为12.6亿元", "开盘报25港元").
/// The start of a move written right before a figure ("收涨16.4%至", "增长15%至"), or `at` when there is none: the
/// figure a move ends at is a value of the measure that moved.
std::size_t beforeMove(std::string_view text, std::size_t clause, std::size_t at) {
    std::size_t p = at;
    for (std::string_view to : {"至", "到"}) {
        if (p >= clause + to.size() && text.compare(p - to.size(), to.size(), to) == 0) {
            p -= to.size();
            break;
        }
    }
    if (p == at) return at;
    std::size_t percent = 0;
    if (p >= clause + 1 && text[p - 1] == '%') percent = 1;
    else if (p >= clause + 3 && text.compare(p - 3, 3, "\uFF05") == 0) percent = 3;  // full-width ％
    if (percent == 0) return at;
    p -= percent;
    const std::size_t digitsEnd = p;
    while (p > clause && ((text[p - 1] >= '0' && text[p - 1] <= '9') || text[p - 1] == '.')) --p;
    return p < digitsEnd ? p : at;
}

const CueHit* measureBefore(std::string_view text, const std::vector<CueHit>& measures, std::size_t clause, std::size_t at) {
    at = beforeMove(text, clause, at);
    const CueHit* best = nullptr;
    for (const CueHit& m : measures) {
        if (m.start < clause || m.end > at) continue;
        bool single = charCount(text, m.start, m.end) == 1;  // "报": only right before its figure
        if (gapOf(text, m.end, at, U"为达约至了是共仅近超逾计额总规模达到增降录得实现合每股在定人民币将最高可扩大攀升", single ? 1 : 6)) best = &m;
    }
    return best;
}

std::string qualifiersOf(std::string_view text, const ZhSentence& zs, std::size_t clause, std::size_t clauseEnd,
                         std::size_t qEnd, const std::string& measure) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::vector<std::string> quals;
    auto add = [&](const std::string& q) {
        if (q != measure && std::find(quals.begin(), quals.end(), q) == quals.end()) quals.push_back(q);
    };
    for (const CueHit& h : lex.find(text, clause, std::min(clauseEnd, qEnd + 24), "qualifier")) add(h.cue->cls);
    // What the whole sentence makes conditional or an upsized deal ("若超额配股权获悉数行使，募资额将增至…").
    for (const CueHit& h : lex.find(text, zs.span.start, clause, "qualifier"))
        if (h.cue->cls == "upsized" || h.cue->cls == "planned") add(h.cue->cls);
    std::sort(quals.begin(), quals.end());
    if (quals.empty()) return {};
    return " (" + joinList(quals) + ")";
}

/// The reporting period of a figure, from its clause: " [2024]" for "2024年营业收入…", " [prior]" for
/// "去年同期…"; empty when the clause names none (conflict/period.h compares them).
std::string periodTag(std::string_view text, const ZhSentence& zs, std::size_t clause, std::size_t at) {
    for (std::string_view prior : {"去年同期", "上年同期", "上一年度"}) {
        std::size_t p = text.find(prior, clause);
        if (p != std::string_view::npos && p < at) return " [prior]";
    }
    std::string year;
    for (const TimeRef* t : zs.times) {
        if (t->span.start < clause || t->span.end > at || t->value.size() < 4) continue;
        if (t->value[0] < '0' || t->value[0] > '9') continue;
        year = t->value.substr(0, 4);
    }
    return year.empty() ? std::string{} : " [" + year + "]";
}

/// Measures reported per period (a year's revenue), as opposed to specifications and prices.
bool periodic(const std::string& measure) {
    for (std::string_view m : {"revenue", "profit", "loss", "users", "employees", "spending", "investment", "raised"})
        if (measure == m) return true;
    return false;
}

void zhAmounts(const Context& ctx, const SentenceView& s, const ZhSentence& zs, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    std::vector<CueHit> measures = lex.find(text, zs.span.start, zs.span.end, "amount");
    std::vector<std::pair<std::size_t, std::string>> measured;  // quantity index -> measure, for conversions
    for (std::size_t qi : zs.quantities) {
        const Quantity& q = ctx.ann.quantities[qi];
        const bool percent = q.unit == "%" || q.unit == "pp";
        std::size_t clause = zh::clauseBegin(text, zs.span.start, q.span.start);
        std::string measure;
        std::size_t measureAt = q.span.start;
        if (q.convertedFrom) {
            // "43.5亿港元（约5.59亿美元）": the conversion belongs to the figure it converts
            for (const auto& [idx, m] : measured)
                if (idx == *q.convertedFrom) measure = m;
        } else if (const CueHit* m = measureBefore(text, measures, clause, q.span.start)) {
            measure = m->cue->cls;
            measureAt = m->start;
        }
        // Growth rates and shares say nothing of the amount; a discount ("折让约1.73%") is itself a percentage.
        if (measure.empty() || (percent && measure != "discount")) continue;
        measured.emplace_back(qi, measure);
        const Entity* subject = entityBefore(zs, measureAt);
        std::string name = subject != nullptr ? nameOf(*subject) : anaphorSubject(ctx, zs, measureAt);
        // A discount is the offering's, so the company's the article is about, whatever names follow it.
        if (name.empty() && measure == "discount") name = ctx.mainOrg;
        if (name.empty()) continue;
        std::size_t clauseEnd = zh::clauseFinish(text, q.span.end, zs.span.end);
        const std::string dimension = moneyDimension(measure, q.unit);
        if (dimension.empty()) continue;
        Claim c = zhClaim(ClaimKind::Amount, s);
        c.frame.measure = measure;
        c.frame.dimension = dimension;
        c.frame.moves = measure == "price" || measure == "market value" || measure == "valuation";
        readChineseFrameSlots(text, zs.span.start, clause, clauseEnd, q.span.start, q.span.end, q.unit, c.frame);
        c.subject = name;
        c.attribute = measure + qualifiersOf(text, zs, clause, clauseEnd, q.span.end, measure) +
                      (periodic(measure) ? periodTag(text, zs, clause, q.span.start) : std::string{});
        stageFromQualifiers(c.attribute, c.frame);
        if (measure == "discount") {
            c.frame.kind = "level";
            c.frame.scope.clear();
        }
        c.value = formatNumber(q.value) + (q.unit.empty() ? "" : " " + q.unit);
        c.text = q.text;
        c.valueSpan = q.span;
        c.negated = negatedBefore(text, clause, measureAt);
        c.hedged = q.approximate || lex.any(text, clause, q.span.start, "hedge");
        out.push_back(std::move(c));
    }
}

}  // namespace

void extractChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    std::string_view sentence = ctx.text.substr(s.span.start, std::min(s.span.end, ctx.text.size()) - s.span.start);
    if (!zh::hasHan(sentence)) return;
    ZhSentence zs;
    zs.span = s.span;
    for (const Entity& e : ctx.ann.entities)
        if (s.span.contains(e.span)) zs.entities.push_back(&e);
    // The view's values carry the weak-anchor rule (a year the text does not write is not guessed)
    for (const TimeRef& t : s.times) zs.times.push_back(&t);
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
    for (std::size_t qi = qFirst; qi < qLast; ++qi)
        if (s.span.contains(ctx.ann.quantities[qi].span)) zs.quantities.push_back(qi);
    zhEvents(ctx, s, zs, out);
    zhAmounts(ctx, s, zs, out);
    extractChineseCategories(ctx, s, out);
    extractChineseRoles(ctx, s, out);
    extractChineseQuotes(ctx, s, out);
    extractChineseStances(ctx, s, out);
    extractChineseRankings(ctx, s, out);
}

}  // namespace parallax::annotate::claims
