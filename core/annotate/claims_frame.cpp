// The slots of a figure's frame, read from the words of its clause. Each slot is a closed list of how news
// writes it (DESIGN.md "Fact frames"): "rose 12%" is a change, "a 38% share" a share, "81 cents per share" a
// per-unit figure; "a year earlier" is another period; "closed at", "expects", "analysts' estimate" are
// stages; "data-center revenue" and "net proceeds" are scopes. A slot the clause does not fill stays empty.
#include "core/annotate/claims_frame.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "core/annotate/claims_lexicon.h"

namespace parallax::annotate::claims {
namespace {

/// Words [from, to) contain the phrase (lower-case words separated by single spaces).
bool hasPhrase(const SentenceView& s, std::size_t from, std::size_t to, std::string_view phrase) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= phrase.size()) {
        std::size_t sp = phrase.find(' ', start);
        if (sp == std::string_view::npos) sp = phrase.size();
        parts.push_back(phrase.substr(start, sp - start));
        start = sp + 1;
    }
    to = std::min(to, s.lower.size());
    for (std::size_t i = from; i + parts.size() <= to; ++i) {
        bool all = true;
        for (std::size_t k = 0; k < parts.size() && all; ++k) all = s.lower[i + k] == parts[k];
        if (all) return true;
    }
    return false;
}

bool hasAny(const SentenceView& s, std::size_t from, std::size_t to, std::initializer_list<std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return hasPhrase(s, from, to, p); });
}

constexpr std::array<std::string_view, 4> kOrdinalQuarters = {"first", "second", "third", "fourth"};

/// "Q3", "third quarter", "third-quarter", "fiscal third quarter" -> "Q3"; empty when none.
std::string quarterIn(const SentenceView& s, std::size_t from, std::size_t to) {
    to = std::min(to, s.lower.size());
    for (std::size_t i = from; i < to; ++i) {
        const std::string& w = s.lower[i];
        if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') return "Q" + std::string(1, w[1]);
        for (std::size_t q = 0; q < kOrdinalQuarters.size(); ++q) {
            std::string compound = std::string(kOrdinalQuarters[q]) + "-quarter";
            bool spaced = w == kOrdinalQuarters[q] && i + 1 < to && (s.lower[i + 1] == "quarter" || s.lower[i + 1] == "quarters");
            if (w == compound || spaced) return "Q" + std::to_string(q + 1);
        }
    }
    return {};
}

}  // namespace

void readFrameSlots(const SentenceView& s, const FigurePlace& p, const std::string& unit, Frame& frame) {
    const std::size_t from = p.clause;
    const std::size_t to = std::min(p.clauseEnd, s.lower.size());
    const std::size_t near = p.measureAt > 4 ? p.measureAt - 4 : 0;
    const std::size_t before = std::max(from, std::min(near, p.at > 4 ? p.at - 4 : 0));
    const std::size_t after = std::min(to, p.end + 4);

    const bool traded = frame.dimension == "currency" || frame.dimension == "%" || frame.measure == "price" ||
                        frame.measure == "market value";
    // The kind of number.
    if (hasAny(s, std::max(from, p.measureAt > 2 ? p.measureAt - 2 : 0), after,
               {"per share", "a share", "per-share", "eps", "earnings per share", "per unit", "per capita", "per person"})) {
        frame.kind = "per-unit";
    } else if (unit == "%" || unit == "pp") {
        // A change is written with a verb or an adverb of direction next to the figure; a share with the
        // thing it is a share of. A bare percentage is neither and compares with bare percentages only.
        const std::size_t k0 = p.at > 5 ? std::max(from, p.at - 5) : from;
        bool change = false;
        for (std::size_t k = k0; k < after; ++k) {
            if (k >= p.at && k < p.end) continue;
            change = change || oneOf(s.lower[k], {"up", "down", "rose", "rise", "rises", "rising", "fell", "fall", "falls",
                                                  "falling", "grew", "grow", "grows", "growth", "gained", "gain", "gains",
                                                  "jumped", "jump", "jumps", "surged", "surge", "surges", "slid", "slide",
                                                  "slipped", "dropped", "drop", "drops", "declined", "decline", "declines",
                                                  "increase", "increased", "increases", "decrease", "decreased", "climbed",
                                                  "climb", "plunged", "plunge", "soared", "soar", "tumbled", "lower",
                                                  "higher", "advanced", "added", "lost", "shed", "sank", "rallied"});
        }
        // "improved to 73.5%", "was 74.6%": the figure after "to" or a verb of being is the resulting level.
        if (p.at > from && oneOf(s.lower[p.at - 1], {"to", "was", "is", "were", "at", "of", "reached", "hit"})) change = false;
        bool share = hasAny(s, from, to, {"share", "stake", "of the market", "market share", "margin", "of the total",
                                          "accounted for", "accounts for", "account for"});
        frame.kind = change ? "change" : share ? "share" : "level";
        if (change) {
            if (hasAny(s, from, to, {"year-on-year", "year over year", "year-over-year", "from a year earlier",
                                     "from a year ago", "yoy", "y/y", "from the same period", "from the same quarter",
                                     "than a year earlier", "on an annual basis"}))
                frame.kind += " year on year";
            else if (hasAny(s, from, to, {"quarter-on-quarter", "quarter over quarter", "quarter-over-quarter",
                                          "sequentially", "from the previous quarter", "from the prior quarter",
                                          "from the preceding quarter", "q/q"}))
                frame.kind += " quarter on quarter";
        }
    } else {
        frame.kind = "level";
    }

    // The period.
    // The year-earlier words belong to the figure they stand by ("74.6%, up from 74.0% a year earlier" dates only
    // the 74.0%): within four words before or six after it.
    const std::size_t nearFrom = std::max(from, p.at > 4 ? p.at - 4 : 0);
    // "67 cents per share in the same quarter last year": the unit's own words do not count in that distance.
    const bool perUnitWords = p.end + 1 < s.lower.size() && (s.lower[p.end] == "per" || s.lower[p.end] == "a") &&
                              (s.lower[p.end + 1] == "share" || s.lower[p.end + 1] == "unit");
    const std::size_t nearTo = std::min(to, p.end + (perUnitWords ? 8 : 6));
    // A fronted adverbial ("A year earlier, Acme revenue was ...") dates its whole clause.
    const auto yearEarlier = {std::string_view("a year earlier"), std::string_view("year earlier"), std::string_view("a year ago"),
                              std::string_view("year-ago"), std::string_view("year-earlier"), std::string_view("same quarter last year"),
                              std::string_view("same period last year"), std::string_view("same quarter a year"),
                              std::string_view("same period a year"), std::string_view("prior-year"), std::string_view("prior year"),
                              std::string_view("previous year"), std::string_view("last year's")};
    if ((hasAny(s, nearFrom, nearTo, yearEarlier) || hasAny(s, from, std::min(to, from + 4), yearEarlier)) &&
        frame.kind.rfind("change", 0) != 0) {
        frame.period = "year-earlier";
    } else if (std::string q = quarterIn(s, before, after); !q.empty()) {
        frame.period = q;
    } else if (hasAny(s, from, to, {"next quarter", "current quarter", "coming quarter", "next year", "coming year"})) {
        frame.period = "next";
    }
    // A year the clause writes ("in London 2012, ... 48 golds", "2023 revenue"): figures of other years are
    // other facts. A quarter keeps its year: "Q3 2024".
    // Only for figures that belong to a period (money, rates, tallies): "the bridge, opened in 1977, was 1.6
    // miles long" gives no period to a length.
    const bool periodic = traded || frame.moves || frame.dimension == "count";
    for (const TimeRef& t : s.times) {
        if (!periodic) break;
        if (t.first < from || t.last > to || t.value.size() < 4) continue;
        if (!std::all_of(t.value.begin(), t.value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) continue;
        bool writesYear = false;
        for (std::size_t k = t.first; k < t.last && k < s.lower.size(); ++k)
            writesYear = writesYear || (s.lower[k].size() == 4 && std::all_of(s.lower[k].begin(), s.lower[k].end(),
                                                                               [](char c) { return c >= '0' && c <= '9'; }));
        if (!writesYear || frame.period == "year-earlier" || frame.period == "next") continue;
        const std::string year = t.value.substr(0, 4);
        frame.period = frame.period.empty() ? year : frame.period + " " + year;
        break;
    }
    // A year written inside a name the time annotator does not read as a date ("In London 2012, ...").
    if (periodic && frame.period.find_first_of("0123456789") == std::string::npos) {
        for (std::size_t k = from; k < to; ++k) {
            if (k >= p.at && k < p.end) continue;
            const std::string& w = s.lower[k];
            if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
            if (w < "1900" || w > "2100" || frame.period == "year-earlier" || frame.period == "next") continue;
            frame.period = frame.period.empty() ? w : frame.period + " " + w;
            break;
        }
    }

    // The stage: a forecast, an estimate, a moment of trading. A planned or final figure, an opening or a
    // closing price already ride on the measure's qualifiers (event-verbs.txt).
    std::vector<std::string> stages;
    auto stage = [&](std::string_view name, std::initializer_list<std::string_view> cues, std::size_t a, std::size_t b) {
        if (hasAny(s, a, b, cues)) stages.emplace_back(name);
    };
    stage("forecast", {"expects", "expected", "forecast", "forecasts", "forecasting", "guidance", "outlook", "projected",
                       "projects", "sees", "anticipates", "predicts"}, from, to);
    // "will raise $1 billion" is a plan; in "raised $1 billion and will list" the "will" is another verb's.
    stage("forecast", {"will", "would"}, from, p.at);
    stage("estimate", {"estimate", "estimates", "consensus", "analysts", "analyst", "expectations", "street", "polled"},
          from, to);
    // Moments of trading belong to prices and moves in them; "as high as 10 feet" or "opened in 1977" say
    // nothing of a stage for a wave's height or a bridge's length.
    if (traded) {
    stage("pre-market", {"pre-market", "premarket", "before the bell", "before the open"}, from, to);
    stage("after-hours", {"after-hours", "after hours", "extended trading", "after the bell", "post-market"}, from, to);
    stage("intraday", {"intraday", "midday", "at one point", "as much as", "a high of", "a low of", "morning trade",
                       "early trade", "early trading", "in early"}, from, to);
    stage("close", {"closed", "closing", "at the close", "ended", "finished", "settled"}, from, to);
    stage("open", {"opened", "opening", "debut price", "opened at", "first changed hands", "first traded", "first trade",
                   "debuted at"}, from, to);
    }
    // A preliminary result of a period (sales, revenue, a tally) is revised into the final one: both are right for
    // their moment. A quake's "provisional depth" is the agencies' reading, compared as any depth is.
    if (periodic) stage("preliminary", {"preliminary", "provisional", "unaudited", "flash estimate"}, from, to);
    stage("previous", {"previous", "prior", "earlier", "originally", "initially", "had set", "had expected",
                       "had forecast", "before"}, before, after);
    // A storm's wind when it reaches land ("made landfall with winds of 150 mph", "winds at landfall"): one named
    // moment of the storm, told as one fact however often it is repeated; its peak at sea is another figure.
    if (frame.measure == "wind speed") stage("landfall", {"landfall", "came ashore", "coming ashore"}, from, to);
    // An interim figure: "heading into the final day, China had 39 golds", "the U.S. entered Sunday with 38".
    stage("interim", {"heading into", "going into", "entering", "entered", "ahead of", "so far", "to date",
                      "as of", "at the time", "by then", "at that point"}, from, to);
    // "rose from 6.1 to 6.3 inches", "up from $0.37": the figure after "from" is the earlier value.
    if (p.at > from && (s.lower[p.at - 1] == "from" || (p.at > from + 1 && s.lower[p.at - 2] == "from" && s.lower[p.at - 1] == "the")))
        stages.emplace_back("previous");
    std::sort(stages.begin(), stages.end());
    stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
    frame.stage = joinList(stages);

    // The scope: a basis anywhere in the clause before the figure, and the segment words written right
    // before the measure ("data center revenue", "gaming revenue").
    std::vector<std::string> scope;
    for (std::string_view basis : {"net", "gross", "adjusted", "non-gaap", "gaap", "diluted", "operating", "underlying"}) {
        if (hasPhrase(s, from, std::max(p.at, p.measureEnd), basis)) scope.emplace_back(basis);
    }
    // Segments are a business figure's ("data center revenue", "gaming sales"), written before a measure that is a
    // noun; before a verb ("the battery maker raised") the words are its subject, and before a wave's height they
    // are just its noun.
    const bool nominal = oneOf(frame.measure, {"revenue", "profit", "loss", "gross margin", "price", "cost", "spending",
                                               "market value", "valuation"});
    if (traded && nominal && p.measureAt > from && p.measureAt < p.at) {
        std::vector<std::string> segment;
        for (std::size_t k = p.measureAt; k-- > std::max(from, p.measureAt > 2 ? p.measureAt - 2 : 0);) {
            const Word& w = s.words[k];
            const std::string& l = s.lower[k];
            if (w.punct || w.digit || w.capital || l == "'s" ||
                oneOf(l, {"the", "a", "an", "its", "their", "his", "her", "of", "in", "for", "and", "total", "quarterly",
                          "annual", "record", "overall", "reported", "with", "to", "on", "at", "as", "was", "is",
                          "net", "gross", "adjusted", "non-gaap", "gaap", "diluted", "operating", "underlying",
                          "company", "group", "firm", "provisional", "preliminary", "initial", "estimated", "official",
                          "revised", "reported", "expected", "maximum", "minimum", "average", "top",
                          // the traded thing itself, a verb or a scale word: never a segment
                          "stock", "stocks", "share", "shares", "said", "says", "billion", "million", "trillion",
                          "posted", "posts", "recorded", "records", "booked", "books", "generated", "earned", "had",
                          "made", "reports", "reporting", "logged", "achieved"}))
                break;
            segment.insert(segment.begin(), l);
        }
        std::string joined;
        for (const std::string& w : segment) joined += (joined.empty() ? "" : " ") + w;
        if (!joined.empty()) scope.push_back(joined);
    }
    // Another event of the story: "an aftershock at a depth of 10 km", "another quake struck".
    // A storm landing a second time ("made landfall again", "its second landfall") lands at another moment.
    if (hasAny(s, from, p.at, {"aftershock", "aftershocks", "another", "a second", "a new", "the new", "landfall again",
                               "second landfall", "third landfall"}))
        scope.emplace_back("another");
    // A price or a market value belongs to its market: "In Shenzhen, the shares fell 0.6 per cent to 258.58
    // yuan" and "in Hong Kong at HK$296" are two listings.
    if (frame.measure == "price" || frame.measure == "market value") {
        for (const Mention& m : s.mentions)
            if (m.kind == EntityKind::Place && m.first >= from && m.last <= to) {
                scope.push_back("in " + m.name);
                break;
            }
    }
    frame.scope = joinList(scope);
}

void readChineseFrameSlots(std::string_view text, std::size_t sentence, std::size_t clause, std::size_t clauseEnd,
                           std::size_t at, std::size_t end, const std::string& unit, Frame& frame) {
    auto has = [&](std::size_t a, std::size_t b, std::initializer_list<std::string_view> cues) {
        a = std::min(a, text.size());
        b = std::min(b, text.size());
        if (a >= b) return false;
        std::string_view window = text.substr(a, b - a);
        return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return window.find(c) != std::string_view::npos; });
    };
    const std::size_t near = at > 12 ? std::max(clause, at - 12) : clause;
    if (has(clause, std::min(clauseEnd, end + 6), {"每股"})) {
        frame.kind = "per-unit";
    } else if (unit == "%" || unit == "pp") {
        bool change = has(near, std::min(clauseEnd, end + 6), {"涨", "跌", "增长", "下降", "上升", "下滑", "增加", "减少", "升", "降", "增"});
        bool share = has(clause, clauseEnd, {"占", "佔", "市占率", "份额", "份額", "毛利率", "比例"});
        frame.kind = change ? "change" : share ? "share" : "level";
        if (change && has(clause, clauseEnd, {"同比"})) frame.kind += " year on year";
        else if (change && has(clause, clauseEnd, {"环比", "環比"})) frame.kind += " quarter on quarter";
    } else {
        frame.kind = "level";
    }
    if (has(sentence, clauseEnd, {"去年同期", "上年同期", "上一年度"})) {
        frame.period = "year-earlier";
    } else {
        static constexpr std::pair<std::string_view, std::string_view> quarters[] = {
            {"一季度", "Q1"}, {"二季度", "Q2"}, {"三季度", "Q3"}, {"四季度", "Q4"}, {"第一季", "Q1"}, {"第二季", "Q2"},
            {"第三季", "Q3"}, {"第四季", "Q4"}, {"Q1", "Q1"}, {"Q2", "Q2"}, {"Q3", "Q3"}, {"Q4", "Q4"}};
        for (const auto& [cue, q] : quarters)
            if (frame.period.empty() && has(sentence, at, {cue})) frame.period = std::string(q);
        // "2024年营业收入…": the year written before the figure in its clause
        for (std::size_t i = sentence; i + 7 <= at && i + 7 <= text.size(); ++i) {
            if (text.compare(i + 4, 3, "年") != 0) continue;
            bool digits = true;
            for (std::size_t k = i; k < i + 4; ++k) digits = digits && text[k] >= '0' && text[k] <= '9';
            if (!digits || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')) continue;
            const std::string year(text.substr(i, 4));
            frame.period = frame.period.empty() ? year : frame.period + " " + year;
            break;
        }
    }
    std::vector<std::string> stages;
    auto stage = [&](std::string_view name, std::initializer_list<std::string_view> cues) {
        if (has(clause, clauseEnd, cues)) stages.emplace_back(name);
    };
    // A plan or forecast at the head of the sentence governs every clause after it ("计划于4月…，5月开通10座城市").
    // "募资额最高可扩大至410亿港元" (could rise to at most): a ceiling a sum of money may reach is a forecast too (a
    // product's "续航最高可达700公里" is its specification).
    if (has(sentence, clauseEnd, {"预计", "預計", "预期", "預期", "将", "將", "有望", "计划", "計劃", "拟", "擬"}) ||
        (frame.dimension == "currency" && has(sentence, clauseEnd, {"最高可", "最多可"})))
        stages.emplace_back("forecast");
    // Moments of trading belong to traded figures (prices, market values, moves): "最高" before proceeds or revenue
    // is a ceiling, not the day's high.
    if ((frame.dimension == "currency" && frame.moves) || frame.dimension == "%" || frame.measure == "price" ||
        frame.measure == "market value") {
        static const std::pair<std::string_view, std::vector<std::string_view>> trading[] = {
            {"intraday", {"午间", "午間", "午间收盘", "午間收盤", "盘中", "盤中", "最高", "一度", "早盘", "早盤"}},
            {"close", {"收盘", "收盤", "收报", "收報", "收涨", "收漲", "收跌", "收于", "收於"}},
            {"open", {"开盘", "開盤", "高开", "高開", "低开", "低開"}}};
        const std::size_t before = stages.size();
        for (const auto& [name, cues] : trading)
            if (std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return has(clause, clauseEnd, {c}); }))
                stages.emplace_back(name);
        // "截至午间收盘，大涨16.96%，报307.6港元": with no moment in its own clause, a traded figure takes the
        // latest one written before it in the sentence.
        if (stages.size() == before) {
            // The cue that ends last, and of two ending together the longer: "午间收盘" (the midday break) is not
            // the close.
            std::size_t latestEnd = 0;
            std::size_t latestSize = 0;
            std::string_view latestName;
            for (const auto& [name, cues] : trading)
                for (std::string_view cue : cues)
                    for (std::size_t p = text.find(cue, sentence); p != std::string_view::npos && p < clause; p = text.find(cue, p + 1)) {
                        const std::size_t cueEnd = p + cue.size();
                        if (cueEnd > latestEnd || (cueEnd == latestEnd && cue.size() > latestSize)) {
                            latestEnd = cueEnd;
                            latestSize = cue.size();
                            latestName = name;
                        }
                    }
            if (!latestName.empty()) stages.emplace_back(latestName);
        }
    }
    // An earlier time said at the head of the sentence ("此前在伦敦奥运会上，…取得39金") dates every clause after it.
    if (has(sentence, clauseEnd, {"此前", "原计划", "原先", "先前", "以往", "上届", "上屆"})) stages.emplace_back("previous");
    stage("previous", {"曾"});
    // "基础发行规模1.2亿股": the base offering, before an upsize or the over-allotment, is another figure than the final.
    stage("base", {"基础发行", "基礎發行", "基础规模", "基礎規模"});
    // "超越了伦敦奥运会的39枚金牌": the figure surpassed is another, earlier one.
    if (has(clause, at, {"超越", "超过", "超過", "打破", "刷新"})) stages.emplace_back("previous");
    stage("interim", {"截至", "截止", "目前", "暂时", "暫時"});
    // "登陆时中心附近最大风力62米/秒": a storm's wind when it reaches land, one named moment (as "at landfall").
    if (frame.measure == "wind speed") stage("landfall", {"登陆时", "登陸時"});
    // "从6.1英寸扩大至6.3英寸": the figure after 从 is the earlier value
    if (at >= clause + 3 && (text.compare(at - 3, 3, "从") == 0 || text.compare(at - 3, 3, "從") == 0))
        stages.emplace_back("previous");
    std::sort(stages.begin(), stages.end());
    stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
    frame.stage = joinList(stages);
    std::vector<std::string> scope;
    if (has(clause, at, {"净", "淨"})) scope.emplace_back("net");
    // "再次发生6.1级地震" is another quake, "再次登陆" or "第二次登陆" a storm's second landfall; "再次显示霸主地位" (showed its dominance
    // again) is no other event.
    bool again = has(sentence, at, {"余震", "餘震", "二次登陆", "二次登陸", "三次登陆", "三次登陸"});
    for (std::string_view cue : {std::string_view("再次"), std::string_view("又一次")})
        for (std::size_t p = text.find(cue, sentence); !again && p != std::string_view::npos && p < at; p = text.find(cue, p + 1))
            for (std::string_view verb : {"发生", "發生", "出现", "出現", "爆发", "爆發", "遭遇", "袭击", "襲擊", "地震", "登陆", "登陸"})
                again = again || text.compare(p + cue.size(), verb.size(), verb) == 0;
    if (again) scope.emplace_back("another");
    frame.scope = joinList(scope);
}

void stageFromQualifiers(const std::string& attribute, Frame& frame) {
    const std::size_t open = attribute.find(" (");
    const std::size_t close = open == std::string::npos ? open : attribute.find(')', open);
    const std::string quals = open == std::string::npos ? std::string{}
                              : attribute.substr(open + 2, close == std::string::npos ? std::string::npos : close - open - 2);
    std::vector<std::string> stages = splitList(frame.stage, ',');
    for (const std::string& q : splitList(quals, ',')) {
        const std::string stage = q == "closing" ? "close" : q == "opening" ? "open" : std::string{};
        if (!stage.empty() && std::find(stages.begin(), stages.end(), stage) == stages.end()) stages.push_back(stage);
    }
    // "Ahead of its report, the shares were down 0.75% at the close": a price at a stated moment of trading is
    // no running tally, whatever came before.
    if (std::any_of(stages.begin(), stages.end(), [](const std::string& st) {
            return st == "close" || st == "open" || st == "intraday" || st == "pre-market" || st == "after-hours";
        }))
        stages.erase(std::remove(stages.begin(), stages.end(), std::string("interim")), stages.end());
    std::sort(stages.begin(), stages.end());
    frame.stage = joinList(stages);
}

}  // namespace parallax::annotate::claims
