// Floor on the real-page corpus (../shared/corpus/readability): word-shingle F1 of the main text against
// the reference extraction, and exact titles. Skipped when the corpus is absent.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <vector>

#include "core/formats/html/dom.h"
#include "html_test_util.h"

namespace parallax::formats::html::test {
namespace {

namespace fs = std::filesystem;

/// Words as runs of ASCII alphanumerics/underscore or non-ASCII bytes (close to Python's \w on UTF-8).
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '_' || u >= 0x80) {
            cur += c;
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::map<std::string, int> shingles(const std::string& text) {
    const auto w = words(text);
    std::map<std::string, int> out;
    for (std::size_t i = 0; i + 4 <= w.size(); ++i) ++out[w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]];
    if (w.size() < 4 && !w.empty()) {
        std::string all;
        for (const auto& x : w) all += x + " ";
        ++out[all];
    }
    return out;
}

/// The reference's text: tags read as word breaks (the reference is clean, pretty-printed HTML).
std::string referenceText(const std::string& html) {
    std::string spaced;
    spaced.reserve(html.size() + html.size() / 8);
    for (char c : html) {
        if (c == '<') spaced += ' ';
        spaced += c;
    }
    const Document doc = Document::parse(spaced);
    return textContent(doc.body());
}

std::string squash(const std::string& s) {
    std::string out;
    for (const auto& w : words(s)) {
        if (!out.empty()) out += ' ';
        out += toLower(w);
    }
    return out;
}

TEST(HtmlCorpus, ReadabilityPagesScoreAboveFloor) {
    const fs::path pages = fs::path(PARALLAX_SHARED_CORPUS) / "readability" / "test-pages";
    if (!fs::is_directory(pages)) GTEST_SKIP() << "shared corpus not found at " << pages << " (optional)";
    double precisionSum = 0;
    double recallSum = 0;
    int count = 0;
    int titles = 0;
    int titleHits = 0;
    for (const auto& entry : fs::directory_iterator(pages)) {
        const fs::path dir = entry.path();
        if (!fs::exists(dir / "source.html") || !fs::exists(dir / "expected.html")) continue;
        auto r = readHtml(readFile((dir / "source.html").string()), std::nullopt, "");
        const std::string got = r.ok() ? joinedText(r->page) : std::string{};
        const auto truth = shingles(referenceText(readFile((dir / "expected.html").string())));
        const auto mine = shingles(got);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (const auto& [k, n] : mine) {
            auto it = truth.find(k);
            const int t = it == truth.end() ? 0 : it->second;
            tp += std::min(n, t);
            fp += std::max(0, n - t);
        }
        for (const auto& [k, n] : truth) {
            auto it = mine.find(k);
            fn += std::max(0, n - (it == mine.end() ? 0 : it->second));
        }
        precisionSum += (fp == 0 && fn == 0) ? 1.0 : tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 0.0;
        recallSum += (fp == 0 && fn == 0) ? 1.0 : tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 0.0;
        ++count;

        const std::string meta = readFile((dir / "expected-metadata.json").string());
        const auto key = meta.find("\"title\"");
        if (key != std::string::npos && r.ok() && !r->page.meta.titles.empty()) {
            // The expected title is a JSON string; compare squashed words (escapes become word breaks).
            const auto open = meta.find('"', meta.find(':', key) + 1);
            const auto close = meta.find("\",", open + 1);
            const std::string want = meta.substr(open + 1, close - open - 1);
            if (want.find('\\') != std::string::npos || squash(want).empty()) continue;
            ++titles;
            titleHits += squash(want) == squash(r->page.meta.titles.front().value) ? 1 : 0;
        }
    }
    ASSERT_GT(count, 100);
    const double p = precisionSum / count;
    const double rc = recallSum / count;
    const double f1 = 2 * p * rc / (p + rc);
    std::cout << "pages " << count << " precision " << p << " recall " << rc << " F1 " << f1 << " titles " << titleHits
              << "/" << titles << "\n";
    EXPECT_GE(f1, 0.92);  // this approximation of the scorer reads ~0.04 below ../shared/tools/score-extraction.py
    EXPECT_GE(static_cast<double>(titleHits) / titles, 0.90);
}

}  // namespace
}  // namespace parallax::formats::html::test
