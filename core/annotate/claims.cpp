// Claim extraction: builds a view of each sentence and runs the extractors over it. The extractors are
// independent, so a new kind of claim is a new function, not a new branch here.
#include "core/annotate/claims.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/annotate/claims_extract.h"
#include "core/annotate/zh_text.h"
#include "core/text/han_fold.h"

namespace parallax::annotate {

namespace {

/// Hiragana or katakana (U+3040..U+30FF, UTF-8 E3 81 80 .. E3 83 BF): the text is Japanese.
bool hasKana(std::string_view text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) == 0xE3 && static_cast<unsigned char>(text[i + 1]) >= 0x81 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x83)
            return true;
    return false;
}

}  // namespace

void extractClaims(const Article& article, Annotations& ann) {
    const ClaimLexicon& lex = claimLexicon();
    const bool weakAnchor = !article.published || article.published->source == DateSource::File;
    const std::vector<claims::SentenceView> views = claims::buildViews(article.text, ann, lex, weakAnchor);
    // The article's main organisation: the most mentioned one, if mentioned at least twice.
    // A known organisation mentioned twice beats any unclassified name: a capitalised segment ("Data Center") or a
    // product line is mentioned often but is not the company. Unclassified names count when no organisation does:
    // a company the entity list does not know is often "Other".
    std::map<std::string, int> orgCounts;
    std::map<std::string, int> otherCounts;
    for (const Entity& e : ann.entities) {
        const std::string name = e.canonical.empty() ? e.text : e.canonical;
        if (e.kind == EntityKind::Organization) ++orgCounts[name];
        else if (e.kind == EntityKind::Other) ++otherCounts[name];
    }
    std::string mainOrg;
    int best = 1;  // at least two mentions of an organisation
    for (const auto& [name, n] : orgCounts) {
        if (n > best) {
            best = n;
            mainOrg = name;
        }
    }
    if (mainOrg.empty()) {
        best = 2;  // or three of an unclassified name
        for (const auto& [name, n] : otherCounts) {
            if (n > best) {
                best = n;
                mainOrg = name;
            }
        }
    }
    const claims::Context ctx{article.text, ann, lex, mainOrg, article.title};
    // The Chinese cues are written in simplified characters; Hong Kong and Taiwan pages are read through a
    // character-for-character fold, so offsets into the article stay valid.
    const std::string simplified = zh::hasHan(article.text) ? text::simplifiedChinese(article.text) : std::string{};
    const claims::Context zhCtx{simplified.empty() ? std::string_view(article.text) : std::string_view(simplified), ann, lex,
                                mainOrg, article.title};
    // Japanese writes kanji that are neither traditional nor simplified Chinese ("5階建て"): its counts are read as
    // written, those of Chinese pages through the fold.
    const claims::Context& figureCtx = hasKana(article.text) ? ctx : zhCtx;
    std::vector<Claim> found;
    for (const claims::SentenceView& s : views) {
        if (s.question) continue;  // "How is China closing the gap?" asks; it states nothing
        claims::extractEvents(ctx, s, found);
        claims::extractRankings(ctx, s, found);
        claims::extractElapsed(ctx, s, found);
        claims::extractAccidents(ctx, s, found);
        claims::extractLiftOffSerials(ctx, s, found);
        claims::extractAircraftModels(ctx, s, found);
        claims::extractStruck(ctx, s, found);
        claims::extractCategories(ctx, s, found);
        claims::extractRoles(ctx, s, found);
        claims::extractComparisons(ctx, s, found);
        claims::extractStances(ctx, s, found);
        claims::extractAmounts(ctx, s, found);
        claims::extractFigures(figureCtx, s, found);
        claims::extractChinese(zhCtx, s, found);
        claims::extractElapsedChinese(zhCtx, s, found);
        claims::extractChips(zhCtx, s, found);
        claims::extractAccidentsChinese(zhCtx, s, found);
    }
    claims::extractQuotes(ctx, views, found);
    // One claim per (kind, subject, attribute, value, place): two patterns may find the same statement. A set of
    // keys keeps this linear in the number of claims.
    std::stable_sort(found.begin(), found.end(), [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
    std::set<std::string> seen;
    for (Claim& c : found) {
        std::string key = std::to_string(static_cast<int>(c.kind)) + '\x1f' + c.subject + '\x1f' + c.attribute + '\x1f' +
                          c.value + '\x1f' + std::to_string(c.valueSpan.start) + ':' + std::to_string(c.valueSpan.end);
        if (seen.insert(std::move(key)).second) ann.claims.push_back(std::move(c));
    }
}

namespace claims {

std::pair<std::size_t, std::size_t> quantitiesIn(const Annotations& ann, Span sentence) {
    const auto& qs = ann.quantities;
    auto first = std::lower_bound(qs.begin(), qs.end(), sentence.start,
                                  [](const Quantity& q, std::size_t at) { return q.span.start < at; });
    auto last = std::lower_bound(first, qs.end(), sentence.end,
                                 [](const Quantity& q, std::size_t at) { return q.span.start < at; });
    return {static_cast<std::size_t>(first - qs.begin()), static_cast<std::size_t>(last - qs.begin())};
}

}  // namespace claims

}  // namespace parallax::annotate
