// Blocks + metadata -> Article. Metadata the reader found in the document wins over what the text
// suggests; plain text gets its title, byline, outlet and date from the lines around the headline.
#include "core/extract/extractor.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/extract/boilerplate.h"
#include "core/extract/dates.h"
#include "core/extract/glosses.h"
#include "core/extract/header.h"
#include "core/extract/language.h"
#include "core/extract/textutil.h"
#include "core/extract/title.h"

namespace parallax::extract {

namespace {

/// Blocks after the title that may still hold the byline and date ("top zone").
constexpr std::size_t kTopZoneBlocks = 8;

struct Found {
    std::string value;
    std::string how;
};

/// Collects metadata candidates from the text with their priority (lower = better).
struct TextMeta {
    std::map<int, Found> outlets;
    std::string byline;
    std::optional<PublishedDate> date;
    std::optional<Date> datelineDate;
    bool datelineYearFromFile = false;  ///< the dateline gave a day and month, the file its year

    void outlet(int rank, std::string value, std::string how) {
        if (value.empty() || outlets.count(rank)) return;
        outlets[rank] = Found{std::move(value), std::move(how)};
    }
};

enum OutletRank { kDateline = 1, kBylineOutlet = 2, kSourceLine = 3, kKnownLine = 4, kDomainLine = 5,
                  kRepeatedLine = 6, kMasthead = 7, kCopyright = 8 };

/// Text up to the first full stop that ends a sentence (not "U.S." or "Mr."), or all of it.
std::string firstSentence(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (i + 1 < text.size() && text[i + 1] != ' ') continue;
        std::size_t w = i;
        while (w > 0 && text[w - 1] != ' ') --w;
        const std::string_view word = text.substr(w, i - w);
        if (c == '.' && (word.find('.') != std::string_view::npos || word.size() <= 2 ||
                         (word.size() <= 3 && word[0] >= 'A' && word[0] <= 'Z')))
            continue;  // "U.S.", "Mr.", "St."
        return std::string(text.substr(0, i));
    }
    return std::string(text);
}

/// "examplecorp research sector note <headline>": a line that ends with the headline after a few words of
/// masthead or kicker (PDF text joins a report's header line to the title under it).
bool headlineWithPrefix(const std::string& got, const std::string& want) {
    if (want.size() < 20 || got.size() <= want.size() + 1) return false;
    if (got.compare(got.size() - want.size(), want.size(), want) != 0 || got[got.size() - want.size() - 1] != ' ')
        return false;
    return wordCount(std::string_view(got).substr(0, got.size() - want.size())) <= 10;
}

/// At most `maxWords` space-separated words, with an ellipsis when cut.
std::string shorten(const std::string& s, std::size_t maxWords) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != ' ') continue;
        if (++words == maxWords) return s.substr(0, i) + "\u2026";
    }
    return s;
}

Date dateFromEpochSeconds(std::int64_t seconds) {
    return Date::fromDaysSinceEpoch(static_cast<long>(seconds / 86400 - (seconds < 0 && seconds % 86400 ? 1 : 0)));
}

/// A line that is (mostly) a date: "January 9, 2025", "Published: 9 Jan 2025 10:02 GMT", "Updated 2025-01-09".
std::optional<Date> dateLine(std::string_view text, const DateReading& reading) {
    if (wordCount(text) > 15) return std::nullopt;
    auto f = findDate(text, reading);
    if (!f) return std::nullopt;
    return f->date;
}

/// Nothing, or a word that says "date" ("date", "Date:", "Published", "发布时间："), before a date opening a
/// paragraph: "On 5 March 2024 the council..." is a sentence, not a date line.
bool dateLabelOnly(std::string_view prefix) {
    const std::string n = normalizeForMatch(prefix);
    for (std::string_view label : {"", "date", "dated", "published", "posted", "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4",
                                   "\xE6\x97\xA5\xE6\x9C\x9F", "datum", "fecha", "publi\xC3\xA9 le"})  // 发布时间, 日期
        if (n == label) return true;
    return false;
}

bool isUpdatedLine(std::string_view text) {
    const std::string n = normalizeForMatch(text.substr(0, 40));
    return n.rfind("updated", 0) == 0 || n.rfind("last updated", 0) == 0 || n.rfind("modified", 0) == 0;
}

class Builder {
public:
    Builder(const ParsedPage& page, const ingest::LoadedFile& file)
        : m_page(page), m_file(file), m_lexicon(BoilerplateLexicon::standard()),
          m_mtime(dateFromEpochSeconds(file.file.mtime)) {
        m_context.consumed.assign(page.blocks.size(), false);
    }

    Article build(const std::string& encoding) {
        Article a;
        a.id = ingest::hashHex(m_file.file.relative).substr(0, 12);
        a.path = m_file.file.path.string();
        a.format = m_file.file.format;
        a.contentHash = m_file.hash;
        a.encoding = encoding;
        a.warnings = m_page.warnings;

        chooseTitle();
        m_evidenceYear = evidenceYear();
        readHeaderLines();
        chooseOutlet(a);
        a.title = m_title;
        chooseByline(a);
        chooseDate(a);

        m_context.title = a.title;
        auto keep = m_page.mainContentExtracted ? cleanExtractedHtml(m_page.blocks, m_context, m_lexicon)
                                                : cleanPlainText(m_page.blocks, m_context, m_lexicon);
        keepSomething(keep);
        // A page that glosses characters with their pinyin ("年產(chǎn)能") does so throughout: two glosses or more
        // and the text is read without them. One lone bracket could be the page's own words.
        std::size_t glosses = 0;
        for (std::size_t i = 0; i < m_page.blocks.size(); ++i)
            if (keep[i]) glosses += pinyinGlossCount(m_page.blocks[i].text);
        for (std::size_t i = 0; i < m_page.blocks.size(); ++i) {
            if (!keep[i]) continue;
            const std::string t = glosses >= 2 ? withoutPinyinGlosses(m_page.blocks[i].text) : m_page.blocks[i].text;
            if (t.empty()) continue;
            if (!a.text.empty()) a.text += "\n\n";
            a.paragraphs.push_back(Span{a.text.size(), a.text.size() + t.size()});
            a.text += t;
        }
        if (a.title.empty()) a.title = fallbackTitle(a.text);
        chooseLanguage(a);
        return a;
    }

private:
    const std::vector<Block>& blocks() const { return m_page.blocks; }

    void chooseTitle() {
        const auto& metaTitles = m_page.meta.titles;
        if (!metaTitles.empty() && !cleanTitle(metaTitles.front().value).empty()) {
            m_title = cleanTitle(metaTitles.front().value);
            m_titleFromMeta = true;
            // The same headline printed as the first heading is dropped from the text.
            const std::string want = normalizeForMatch(m_title);
            const std::size_t limit = std::min<std::size_t>(blocks().size(), m_page.mainContentExtracted ? 3 : 15);
            for (std::size_t i = 0; i < limit; ++i) {
                const std::string got = normalizeForMatch(blocks()[i].text);
                if (!got.empty() && (got == want || (want.find(got) == 0 && got.size() * 10 >= want.size() * 6) ||
                                     headlineWithPrefix(got, want))) {
                    m_context.titleIndex = static_cast<int>(i);
                    break;
                }
            }
            return;
        }
        const TitlePick pick = findTitleBlock(blocks(), m_lexicon);
        m_title = pick.text;
        m_context.titleIndex = pick.index;
    }

    int yearHint() const { return m_evidenceYear; }

    void readHeaderLines() {
        const std::size_t n = blocks().size();
        const std::size_t title = m_context.titleIndex < 0 ? 0 : static_cast<std::size_t>(m_context.titleIndex);
        const bool plain = !m_page.mainContentExtracted;
        const std::size_t end = std::min(n, (m_context.titleIndex < 0 ? 0 : title + 1) + (plain ? kTopZoneBlocks : 3));
        // How often each line above the title appears (normalized); counted when a short line first asks.
        std::optional<std::map<std::string, int>> counts;
        auto repeatedAbove = [&](std::string_view t) {
            if (!counts) {
                counts.emplace();
                for (std::size_t i = 0; i < title && plain; ++i) ++(*counts)[normalizeForMatch(blocks()[i].text)];
            }
            const auto it = counts->find(normalizeForMatch(t));
            return it != counts->end() && it->second >= 2;
        };

        std::size_t proseSeen = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (static_cast<int>(i) == m_context.titleIndex) {
                // "date 2024-01-03 Earthquake in Japan": the headline's line opens with the date.
                if (auto lead = leadingDate(blocks()[i].text); lead && !m_text.date && plain)
                    m_text.date = PublishedDate{lead->date, DateSource::Text, "date line near the top"};
                continue;
            }
            const std::string& t = blocks()[i].text;
            const bool beforeTitle = static_cast<int>(i) < m_context.titleIndex;
            if (isProse(t)) {
                if (++proseSeen == 1) {
                    readDateline(t);
                    // "date 2025-05-20 Chinese battery maker ...": a plain-text save's date line run into the lead.
                    if (auto lead = leadingDate(t); lead && plain && !m_text.date && dateLabelOnly(t.substr(0, lead->start)))
                        m_text.date = PublishedDate{lead->date, DateSource::Text, "date opening the first paragraph"};
                }
                if (proseSeen >= 2) break;
                continue;
            }
            if (auto by = parseBylineLine(t)) {
                if (m_text.byline.empty()) m_text.byline = by->name;
                m_text.outlet(kBylineOutlet, by->outlet, "byline");
                m_context.consumed[i] = true;
                // "By Jane Doe · June 12, 2025 · 6 min read": the date shares the byline's line.
                if (auto d = findDate(t, reading(yearHint())); d && !m_text.date)
                    m_text.date = PublishedDate{d->date, DateSource::Text, "date in the byline line"};
                continue;
            }
            if (auto src = parseSourceLine(t)) {
                m_text.outlet(kSourceLine, *src, "source line");
                m_context.consumed[i] = true;
                continue;
            }
            if (auto d = dateLine(t, reading(yearHint()))) {
                if (!m_text.date || (!isUpdatedLine(t) && m_text.date->how == "updated line near the top"))
                    m_text.date = PublishedDate{*d, DateSource::Text,
                                                isUpdatedLine(t) ? "updated line near the top" : "date line near the top"};
                // "Analysis — Jane Doe, Example Review, 6 February 2025": a longer line of names and a date.
                if (wordCount(t) <= 8 || (!endsWithSentencePunctuation(t) && titleCaseRatio(t) >= 0.99))
                    m_context.consumed[i] = true;
                continue;
            }
            if (!plain || !beforeTitle) continue;
            if (auto known = knownOutlet(t)) {
                m_text.outlet(kKnownLine, *known, "outlet name above the title");
            } else if (auto domain = parseDomainLine(t)) {
                m_text.outlet(kDomainLine, *domain, "domain above the title");
            } else if (wordCount(t) <= 4 && repeatedAbove(t)) {
                m_text.outlet(kRepeatedLine, cleanTitle(t), "site name repeated above the title");
            }
        }
        if (plain && m_context.titleIndex >= 0)
            if (auto masthead = findMasthead(blocks(), m_lexicon, m_context.titleIndex))
                m_text.outlet(kMasthead, *masthead, "masthead above the title");
        if (proseSeen == 0) {
            // Titles followed directly by text: the dateline sits in the first block after the title.
            for (std::size_t i = title + (m_context.titleIndex < 0 ? 0 : 1); i < n; ++i)
                if (!m_context.consumed[i]) {
                    readDateline(blocks()[i].text);
                    break;
                }
        }
        if (plain) {
            // "Source: Example Wire" closing an aggregated copy.
            for (std::size_t i = n > 5 ? n - 5 : 0; i < n; ++i)
                if (auto src = parseSourceLine(blocks()[i].text)) {
                    m_text.outlet(kSourceLine, *src, "source line");
                    m_context.consumed[i] = true;
                } else if (auto owner = parseCopyrightNotice(blocks()[i].text)) {
                    // "© 2025 Example Media Ltd.": the publisher, when nothing nearer the headline names one.
                    m_text.outlet(kCopyright, *owner, "copyright notice");
                }
        }
    }

    void readDateline(std::string_view t) {
        auto dl = findDateline(t, yearHint());
        if (!dl) return;
        m_text.outlet(kDateline, dl->outlet, "dateline");
        if (dl->date) {
            m_text.datelineDate = *dl->date;
        } else if (yearHint() == 0 && m_file.file.mtime > 0) {
            // "Jan 9 (Reuters)" and no year anywhere on the page: the file's year (the year before when that
            // lies ahead of the file), said to come from the file, so it anchors nothing firmly.
            if (auto withFileYear = findDateline(t, m_mtime.year); withFileYear && withFileYear->date) {
                Date d = *withFileYear->date;
                if (d.daysSinceEpoch() > m_mtime.daysSinceEpoch() + 1) --d.year;
                m_text.datelineDate = d;
                m_text.datelineYearFromFile = true;
            }
        }
    }

    // Cleaning must never leave a readable file without text: when every block went, keep the blocks
    // after the title, and failing that every block that is not the title itself.
    void keepSomething(std::vector<bool>& keep) const {
        if (std::find(keep.begin(), keep.end(), true) != keep.end()) return;
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < keep.size(); ++i) {
                const bool title = static_cast<int>(i) == m_context.titleIndex;
                const bool afterTitle = static_cast<int>(i) > m_context.titleIndex;
                keep[i] = pass == 0 ? (afterTitle && !m_context.consumed[i]) : !title;
            }
            if (std::find(keep.begin(), keep.end(), true) != keep.end()) return;
        }
    }

    /// "Title | Site" where "Site" is also printed as its own line near the top: that line is the site name.
    std::string siteFromTitleAndLines() const {
        for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
            const std::size_t p = m_title.rfind(sep);
            if (p == std::string::npos || p == 0) continue;
            const std::string tail = m_title.substr(p + sep.size());
            const std::string key = normalizeForMatch(tail);
            if (key.empty() || wordCount(tail) > 5) continue;
            const std::size_t limit = std::min<std::size_t>(blocks().size(), 15);
            for (std::size_t i = 0; i < limit; ++i)
                if (static_cast<int>(i) != m_context.titleIndex && normalizeForMatch(blocks()[i].text) == key)
                    return tail;
        }
        return {};
    }

    void chooseOutlet(Article& a) {
        const auto& sites = m_page.meta.siteNames;
        if (!sites.empty() && !cleanTitle(sites.front().value).empty()) {
            a.outlet = cleanTitle(sites.front().value);
            a.outletHow = sites.front().how;
        } else if (!m_text.outlets.empty()) {
            a.outlet = m_text.outlets.begin()->second.value;
            a.outletHow = m_text.outlets.begin()->second.how;
        }
        if (!a.outlet.empty()) {
            m_title = stripSiteFromTitle(m_title, a.outlet);
        } else if (std::string suffix = siteSuffixOfTitle(m_title); !suffix.empty()) {
            a.outlet = suffix;
            a.outletHow = "title suffix";
            m_title = stripSiteFromTitle(m_title, suffix);
        } else if (std::string site = siteFromTitleAndLines(); !site.empty()) {
            a.outlet = site;
            a.outletHow = "title suffix printed as a line";
            m_title = stripSiteFromTitle(m_title, site);
        }
    }

    void chooseByline(Article& a) {
        for (const auto& c : m_page.meta.bylines) {
            std::string v = cleanByline(cleanTitle(c.value), a.outlet);
            if (!v.empty()) {
                a.byline = v;
                return;
            }
        }
        a.byline = cleanByline(m_text.byline, a.outlet);
    }

    /// "03/04/2025" reads month first on pages in American English (en, en-US), day first elsewhere.
    DateReading reading(int yearHint) const {
        const std::string lang = m_page.meta.language ? normalizeForMatch(*m_page.meta.language) : std::string();
        return DateReading{yearHint, lang == "en" || lang == "en us"};
    }

    /// The year a date line without one belongs to: the first year the page states elsewhere (its
    /// metadata, its address, a dated line or paragraph near the top), never the file's or today's.
    int evidenceYear() const {
        for (const auto& c : m_page.meta.published) {
            if (c.how.find("saved") != std::string::npos) continue;
            if (auto d = parseAnyDate(c.value, reading(0))) return d->year;
        }
        const std::size_t limit = std::min<std::size_t>(blocks().size(), 40);
        for (std::size_t i = 0; i < limit; ++i)
            if (auto f = findDate(std::string_view(blocks()[i].text).substr(0, 2000), reading(0));
                f && f->date.precision == DatePrecision::Day)
                return f->date.year;
        return 0;
    }

    void chooseDate(Article& a) {
        std::optional<PublishedDate> saved;
        std::optional<PublishedDate> coarse;  // a month only ("/2019/08/" in the address)
        // A date written out in full anywhere in the list beats a day and month completed with the page's year.
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& c : m_page.meta.published) {
                auto d = parseAnyDate(c.value, reading(pass == 0 ? 0 : m_evidenceYear));
                if (!d) continue;
                // An archive's own save time (e.g. an MHTML "Date:" header) only says when the page was saved.
                if (c.how.find("saved") != std::string::npos) {
                    if (!saved) saved = PublishedDate{*d, DateSource::File, c.how};
                    continue;
                }
                if (d->precision != DatePrecision::Day) {
                    if (!coarse) coarse = PublishedDate{*d, DateSource::Metadata, c.how};
                    continue;
                }
                a.published = PublishedDate{*d, DateSource::Metadata, c.how};
                return;
            }
        }
        if (m_text.datelineDate && !m_text.datelineYearFromFile) {
            a.published = PublishedDate{*m_text.datelineDate, DateSource::Text, "dateline"};
            return;
        }
        if (m_text.date && (m_text.date->date.precision == DatePrecision::Day || !coarse)) {
            a.published = m_text.date;
            return;
        }
        if (coarse) {
            a.published = coarse;
            return;
        }
        if (saved) {
            a.published = saved;
            return;
        }
        if (m_text.datelineDate) {
            a.published = PublishedDate{*m_text.datelineDate, DateSource::File,
                                        "dateline day, year from the file's modification time"};
            return;
        }
        if (m_file.file.mtime > 0) a.published = PublishedDate{m_mtime, DateSource::File, "file modification time"};
    }

    void chooseLanguage(Article& a) const {
        const std::string detected = detectLanguage(a.title + "\n" + a.text);
        const std::string declared = m_page.meta.language ? primaryLanguage(*m_page.meta.language) : std::string();
        if (declared.empty()) {
            a.language = detected;
            return;
        }
        // Templates often declare "en" on pages in other scripts; a script-based guess overrides that.
        static const std::vector<std::string> scriptLanguages = {"zh", "ja", "ko", "ru", "el", "ar", "he", "th", "hi"};
        const bool scriptBased = std::find(scriptLanguages.begin(), scriptLanguages.end(), detected) != scriptLanguages.end();
        a.language = (!detected.empty() && detected != declared && scriptBased) ? detected : declared;
    }

    std::string fallbackTitle(const std::string& text) const {
        for (const auto& b : blocks())
            if (b.kind == BlockKind::Heading && !cleanTitle(b.text).empty()) return cleanTitle(b.text);
        // The first sentence of the text (after a date that opens it), shortened to a headline's length.
        std::string_view opening = std::string_view(text).substr(0, text.find('\n'));
        if (auto lead = leadingDate(opening); lead && dateLabelOnly(opening.substr(0, lead->start)))
            opening.remove_prefix(lead->end);
        const std::string first = cleanTitle(firstSentence(opening));
        if (!first.empty()) return shorten(first, 16);
        std::string stem = m_file.file.path.stem().string();
        for (char& c : stem)
            if (c == '_' || c == '-') c = ' ';
        return cleanTitle(stem);
    }

    const ParsedPage& m_page;
    const ingest::LoadedFile& m_file;
    const BoilerplateLexicon& m_lexicon;
    Date m_mtime;
    int m_evidenceYear = 0;
    CleanContext m_context;
    TextMeta m_text;
    std::string m_title;
    bool m_titleFromMeta = false;
};

}  // namespace

Article buildArticle(const ParsedPage& page, const ingest::LoadedFile& file, const std::string& encoding) {
    try {
        return Builder(page, file).build(encoding);
    } catch (const std::exception& e) {
        // Never let one odd page take the scan down: keep what can be kept and say why.
        Article a;
        a.id = ingest::hashHex(file.file.relative).substr(0, 12);
        a.path = file.file.path.string();
        a.format = file.file.format;
        a.contentHash = file.hash;
        a.encoding = encoding;
        a.warnings.push_back(std::string("extraction failed: ") + e.what());
        return a;
    }
}

}  // namespace parallax::extract
