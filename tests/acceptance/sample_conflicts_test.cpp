// End-to-end measurement on the bundled sample corpus (resources/samples): runs the real pipeline and compares
// its stories and conflicts with the hand-written labels in tests/acceptance/labels/.
//
// The label files say what a careful reader finds in the samples; nothing here is derived from the engine's
// output. Matching is deliberately tolerant about how the engine words a subject or where it cuts an evidence
// span (a side's regex may match the evidence text, its value, or the sentence around it), and strict about
// what matters: the type, the scope, and which files the two sides come from.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/model/analysis.h"
#include "core/pipeline/pipeline.h"

namespace fs = std::filesystem;
using namespace parallax;

namespace {

const fs::path kSamples = fs::path(PARALLAX_SOURCE_DIR) / "resources" / "samples";
const fs::path kLabels = fs::path(PARALLAX_SOURCE_DIR) / "tests" / "acceptance" / "labels";

// ---------- label files ----------

struct Tsv {
    std::map<std::string, std::string> settings;  ///< from "# key: value" comment lines
    std::vector<std::vector<std::string>> rows;   ///< data rows (the column header row is dropped)
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

Tsv readTsv(const fs::path& path) {
    Tsv tsv;
    std::ifstream in(path);
    std::string line;
    bool header = true;
    static const std::regex setting(R"(^#\s*([a-z_0-9]+):\s*(\S+)\s*$)");
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (line[0] == '#') {
            std::smatch m;
            if (std::regex_match(line, m, setting)) tsv.settings[m[1]] = m[2];
            continue;
        }
        if (header) {
            header = false;
            continue;
        }
        tsv.rows.push_back(split(line, '\t'));
    }
    return tsv;
}

std::regex icase(const std::string& pattern) {
    return std::regex(pattern, std::regex::ECMAScript | std::regex::icase);
}

/// One side of a labelled pair: which files it may come from and what its evidence must say.
struct Side {
    std::set<std::string> files;  ///< file names relative to resources/samples, or "reference"
    std::string pattern;
    std::regex rx;
};

Side makeSide(const std::string& files, const std::string& pattern) {
    Side s;
    for (auto& f : split(files, ',')) s.files.insert(f);
    s.pattern = pattern;
    s.rx = icase(pattern);
    return s;
}

struct ConflictLabel {
    std::string id;
    std::set<std::string> types;
    std::set<std::string> scopes;
    Side a, b;
    std::optional<std::regex> subject;
    std::string note;
};

struct NegativePair {
    std::string id;
    bool allowLow = false;
    Side a, b;
    std::string why;
};

std::set<std::string> alternatives(const std::string& s) {
    auto parts = split(s, '|');
    return {parts.begin(), parts.end()};
}

std::vector<ConflictLabel> conflictLabels(const Tsv& tsv) {
    std::vector<ConflictLabel> out;
    for (const auto& r : tsv.rows) {
        if (r.size() < 9) ADD_FAILURE() << "conflicts.tsv: short row " << (r.empty() ? "" : r[0]);
        if (r.size() < 9) continue;
        ConflictLabel l{r[0], alternatives(r[1]), alternatives(r[2]), makeSide(r[3], r[4]), makeSide(r[5], r[6]),
                        std::nullopt, r[8]};
        if (!r[7].empty()) l.subject = icase(r[7]);
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<NegativePair> negativePairs(const Tsv& tsv) {
    std::vector<NegativePair> out;
    for (const auto& r : tsv.rows) {
        if (r.size() < 7) ADD_FAILURE() << "negative-pairs.tsv: short row " << (r.empty() ? "" : r[0]);
        if (r.size() < 7) continue;
        out.push_back({r[0], r[1] == "low", makeSide(r[2], r[3]), makeSide(r[4], r[5]), r[6]});
    }
    return out;
}

double setting(const Tsv& tsv, const std::string& key) {
    auto it = tsv.settings.find(key);
    if (it == tsv.settings.end()) {
        ADD_FAILURE() << "label file lacks the setting '# " << key << ": VALUE'";
        return 1.0;
    }
    return std::stod(it->second);
}

// ---------- the engine's run, once for all tests ----------

const pipeline::Run& sampleRun() {
    static const pipeline::Run run = [] {
        pipeline::Options options;
        options.folder = kSamples;
        options.factsFile = kSamples / "reference-facts.tsv";
        options.database = ":memory:";
        options.threads = 2;
        return pipeline::analyzeFolder(options);
    }();
    return run;
}

/// Article id -> file name relative to resources/samples.
std::map<std::string, std::string> fileNames(const AnalysisResult& result) {
    std::map<std::string, std::string> out;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(kSamples, ec);
    for (const auto& a : result.articles) {
        fs::path p = fs::weakly_canonical(fs::path(a.path), ec);
        fs::path rel = p.lexically_relative(root);
        out[a.id] = rel.empty() ? fs::path(a.path).filename().generic_string() : rel.generic_string();
    }
    return out;
}

bool isSentenceEnd(const std::string& t, std::size_t i) {
    if (t[i] == '\n') return true;
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < t.size() && (t[i + 1] == ' ' || t[i + 1] == '\n'))
        return true;
    // Chinese full stop, exclamation and question marks (UTF-8 E3 80 82, EF BC 81, EF BC 9F).
    return t.compare(i, 3, "\xE3\x80\x82") == 0 || t.compare(i, 3, "\xEF\xBC\x81") == 0 ||
           t.compare(i, 3, "\xEF\xBC\x9F") == 0;
}

/// The sentence around a span, found with a crude punctuation rule: enough to check what a side says.
std::string sentenceAround(const std::string& text, Span span) {
    if (text.empty()) return {};
    std::size_t start = std::min(span.start, text.size());
    std::size_t end = std::min(std::max(span.end, start), text.size());
    while (start > 0 && !isSentenceEnd(text, start - 1)) --start;
    while (end < text.size() && !isSentenceEnd(text, end)) ++end;
    return text.substr(start, std::min(end + 3, text.size()) - start);
}

class Matcher {
public:
    explicit Matcher(const AnalysisResult& result) : m_files(fileNames(result)) {
        for (const auto& a : result.articles) m_texts[a.id] = &a.text;
    }

    [[nodiscard]] std::string fileOf(const std::string& article) const {
        if (article == "reference") return "reference";
        auto it = m_files.find(article);
        return it == m_files.end() ? article : it->second;
    }

    [[nodiscard]] bool sideMatches(const Side& side, const Evidence& e) const {
        const std::string file = fileOf(e.article);
        if (!side.files.count(file)) return false;
        if (std::regex_search(e.text, side.rx) || std::regex_search(e.value, side.rx)) return true;
        auto it = m_texts.find(e.article);
        return it != m_texts.end() && std::regex_search(sentenceAround(*it->second, e.span), side.rx);
    }

    /// Two evidence items (the same one only when `sameAllowed`) that match side a and side b.
    [[nodiscard]] bool pairMatches(const Conflict& c, const Side& a, const Side& b, bool sameAllowed) const {
        for (std::size_t i = 0; i < c.evidence.size(); ++i)
            for (std::size_t j = 0; j < c.evidence.size(); ++j)
                if ((i != j || sameAllowed) && sideMatches(a, c.evidence[i]) && sideMatches(b, c.evidence[j]))
                    return true;
        return false;
    }

    [[nodiscard]] bool matches(const Conflict& c, const ConflictLabel& l) const {
        if (!l.types.count(std::string(toString(c.type)))) return false;
        if (!l.scopes.count(std::string(toString(c.scope)))) return false;
        if (l.subject && !std::regex_search(c.subject, *l.subject)) return false;
        return pairMatches(c, l.a, l.b, l.scopes.count("internal") > 0);
    }

    [[nodiscard]] bool matches(const Conflict& c, const NegativePair& n) const {
        return pairMatches(c, n.a, n.b, false) || pairMatches(c, n.b, n.a, false);
    }

    [[nodiscard]] std::string describe(const Conflict& c) const {
        std::ostringstream os;
        os << toString(c.type) << '/' << toString(c.severity) << '/' << toString(c.scope) << " \"" << c.subject
           << "\"";
        for (const auto& e : c.evidence) os << "\n        " << fileOf(e.article) << ": \"" << e.text << "\" = " << e.value;
        os << "\n        reason: " << c.reason;
        return os.str();
    }

private:
    std::map<std::string, std::string> m_files;
    std::map<std::string, const std::string*> m_texts;
};

std::string ratio(std::size_t n, std::size_t d) {
    std::ostringstream os;
    os << std::fixed << std::setprecision(2) << (d == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(d));
    return os.str();
}

// ---------- story scoring ----------

struct BCubed {
    double precision = 0, recall = 0, f1 = 0;
};

/// B-cubed over the labelled files: each file's precision is the share of its produced story that shares its
/// expected story, its recall the share of its expected story found in its produced story; files in no produced
/// story count as stories of their own.
BCubed bcubed(const std::map<std::string, std::string>& expected, const std::map<std::string, std::string>& produced) {
    BCubed s;
    if (expected.empty()) return s;
    for (const auto& [file, gold] : expected) {
        auto own = produced.find(file);
        std::size_t inProduced = 0, inGold = 0, both = 0;
        for (const auto& [other, otherGold] : expected) {
            auto o = produced.find(other);
            bool sameProduced = other == file || (own != produced.end() && o != produced.end() && o->second == own->second);
            bool sameGold = otherGold == gold;
            inProduced += sameProduced;
            inGold += sameGold;
            both += sameProduced && sameGold;
        }
        s.precision += static_cast<double>(both) / static_cast<double>(inProduced);
        s.recall += static_cast<double>(both) / static_cast<double>(inGold);
    }
    s.precision /= static_cast<double>(expected.size());
    s.recall /= static_cast<double>(expected.size());
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

std::string readFileForLabels(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (path.extension() != ".mhtml") return bytes;
    // Undo quoted-printable (soft line breaks and =XX) so that regexes see the words as written.
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '=' && i + 1 < bytes.size() && (bytes[i + 1] == '\r' || bytes[i + 1] == '\n')) {
            i += (bytes[i + 1] == '\r' && i + 2 < bytes.size() && bytes[i + 2] == '\n') ? 2 : 1;
        } else if (bytes[i] == '=' && i + 2 < bytes.size() && std::isxdigit(static_cast<unsigned char>(bytes[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(bytes[i + 2]))) {
            out += static_cast<char>(std::stoi(bytes.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += bytes[i];
        }
    }
    return out;
}

}  // namespace

// The labels themselves must agree with the corpus: every file exists and is labelled, every side's regex
// finds its words in the files named, and both sides of a cross-source label belong to one expected story.
TEST(SampleLabels, AgreeWithTheCorpus) {
    const Tsv stories = readTsv(kLabels / "stories.tsv");
    std::map<std::string, std::string> storyOf;
    for (const auto& r : stories.rows) {
        ASSERT_GE(r.size(), 2u);
        EXPECT_TRUE(fs::exists(kSamples / r[0])) << r[0];
        storyOf[r[0]] = r[1];
    }
    for (const auto& entry : fs::directory_iterator(kSamples)) {
        const std::string ext = entry.path().extension().string();
        if (ext == ".html" || ext == ".txt" || ext == ".md" || ext == ".mhtml" || ext == ".pdf") {
            EXPECT_TRUE(storyOf.count(entry.path().filename().string())) << "unlabelled sample " << entry.path();
        }
    }
    EXPECT_GE(storyOf.size(), 18u);
    setting(stories, "min_bcubed_f1");

    std::ifstream factsIn(kSamples / "reference-facts.tsv");
    const std::string facts((std::istreambuf_iterator<char>(factsIn)), std::istreambuf_iterator<char>());
    auto sideFound = [&](const Side& s, const std::string& id) {
        for (const auto& f : s.files) {
            if (f == "reference") {
                EXPECT_TRUE(std::regex_search(facts, s.rx)) << id << ": no reference fact matches " << s.pattern;
                continue;
            }
            ASSERT_TRUE(storyOf.count(f)) << id << ": unknown file " << f;
            // A PDF's text sits in compressed content streams; its sides are checked by the conflict test only.
            if (fs::path(f).extension() == ".pdf") continue;
            EXPECT_TRUE(std::regex_search(readFileForLabels(kSamples / f), s.rx))
                << id << ": " << f << " does not contain " << s.pattern;
        }
    };
    const Tsv conflicts = readTsv(kLabels / "conflicts.tsv");
    setting(conflicts, "min_precision");
    setting(conflicts, "min_recall");
    const auto labels = conflictLabels(conflicts);
    EXPECT_GE(labels.size(), 15u);
    std::set<std::string> types;
    for (const auto& l : labels) {
        sideFound(l.a, l.id);
        sideFound(l.b, l.id);
        types.insert(l.types.begin(), l.types.end());
        if (!l.scopes.count("cross-source")) continue;
        for (const auto& fa : l.a.files) {
            for (const auto& fb : l.b.files) {
                EXPECT_EQ(storyOf[fa], storyOf[fb]) << l.id << ": " << fa << " / " << fb;
            }
        }
    }
    for (const char* t : {"date", "number", "money", "category", "version", "role", "speaker", "stance"}) {
        EXPECT_TRUE(types.count(t)) << "no label of type " << t;
    }
    for (const auto& n : negativePairs(readTsv(kLabels / "negative-pairs.tsv"))) {
        sideFound(n.a, n.id);
        sideFound(n.b, n.id);
    }
}

TEST(SampleCorpus, StoriesMatchLabels) {
    const auto& run = sampleRun();
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    const Tsv stories = readTsv(kLabels / "stories.tsv");
    std::map<std::string, std::string> expected;
    for (const auto& r : stories.rows)
        if (r.size() >= 2) expected[r[0]] = r[1];

    const auto files = fileNames(run.result);
    std::map<std::string, std::string> produced;
    for (const auto& s : run.result.stories)
        for (const auto& a : s.articles) produced[files.count(a) ? files.at(a) : a] = s.id;
    for (const auto& [file, story] : expected) {
        if (!produced.count(file)) std::cout << "  not in any story: " << file << "\n";
    }
    for (const auto& s : run.result.stories) {
        std::cout << "  story " << s.id << " \"" << s.label << "\":";
        for (const auto& a : s.articles) std::cout << ' ' << (files.count(a) ? files.at(a) : a);
        std::cout << "\n";
    }
    // An article expected to stand alone (the unrelated pieces) must not be put with any other article.
    std::map<std::string, std::size_t> expectedSize, producedSize;
    for (const auto& [file, story] : expected) ++expectedSize[story];
    for (const auto& [file, story] : produced) ++producedSize[story];
    for (const auto& [file, story] : expected) {
        if (expectedSize[story] == 1 && produced.count(file)) {
            EXPECT_EQ(producedSize[produced[file]], 1u) << file << " stands alone but was grouped with others";
        }
    }
    const BCubed b = bcubed(expected, produced);
    std::cout << "sample stories: B-cubed precision " << std::fixed << std::setprecision(2) << b.precision
              << " recall " << b.recall << " F1 " << b.f1 << "\n";
    EXPECT_GE(b.f1, setting(stories, "min_bcubed_f1"));
}

// The wire copy reprinted by two outlets must be recognised as one source.
TEST(SampleCorpus, SyndicatedCopiesAreOneSource) {
    const auto& run = sampleRun();
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    std::map<std::string, std::set<std::string>> expected;  // duplicate id -> files
    for (const auto& r : readTsv(kLabels / "stories.tsv").rows)
        if (r.size() >= 3 && !r[2].empty()) expected[r[2]].insert(r[0]);
    ASSERT_FALSE(expected.empty());
    const auto files = fileNames(run.result);
    for (const auto& [id, wanted] : expected) {
        bool found = false;
        for (const auto& s : run.result.stories)
            for (const auto& dup : s.duplicates) {
                std::set<std::string> got;
                for (const auto& a : dup) got.insert(files.count(a) ? files.at(a) : a);
                found = found || std::includes(got.begin(), got.end(), wanted.begin(), wanted.end());
            }
        EXPECT_TRUE(found) << "duplicate group " << id << " not reported";
    }
}

// Prints each produced flag (ok / FALSE), each missed label and the precision/recall line; the targets come
// from the labels file's header.
TEST(SampleCorpus, ConflictPrecisionAndRecall) {
    const auto& run = sampleRun();
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    const Tsv conflictsTsv = readTsv(kLabels / "conflicts.tsv");
    const auto labels = conflictLabels(conflictsTsv);
    const auto negatives = negativePairs(readTsv(kLabels / "negative-pairs.tsv"));
    const Matcher matcher(run.result);

    std::set<std::string> found;
    std::size_t produced = 0, matched = 0;
    for (const auto& c : run.result.conflicts) {
        std::vector<std::string> hits;
        for (const auto& l : labels)
            if (matcher.matches(c, l)) hits.push_back(l.id);
        if (!hits.empty()) {
            ++produced;
            ++matched;
            found.insert(hits.begin(), hits.end());
            std::cout << "  ok    [" << hits.front() << "] " << matcher.describe(c) << "\n";
            continue;
        }
        const NegativePair* neg = nullptr;
        for (const auto& n : negatives)
            if (!neg && matcher.matches(c, n)) neg = &n;
        if (neg && neg->allowLow && c.severity == Severity::Low) {
            std::cout << "  note  [" << neg->id << ", tolerated at low severity] " << matcher.describe(c) << "\n";
            continue;
        }
        ++produced;
        std::cout << "  FALSE " << (neg ? "[must not flag: " + neg->id + ": " + neg->why + "] " : std::string())
                  << matcher.describe(c) << "\n";
    }
    for (const auto& l : labels)
        if (!found.count(l.id)) std::cout << "  MISS  [" << l.id << "] " << l.note << "\n";

    const double precision = produced == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(produced);
    const double recall = labels.empty() ? 0.0 : static_cast<double>(found.size()) / static_cast<double>(labels.size());
    std::cout << "sample conflicts: precision " << ratio(matched, produced) << " recall "
              << ratio(found.size(), labels.size()) << " (" << matched << '/' << produced << ", " << found.size()
              << '/' << labels.size() << ")\n";
    EXPECT_GE(precision, setting(conflictsTsv, "min_precision"));
    EXPECT_GE(recall, setting(conflictsTsv, "min_recall"));
}
