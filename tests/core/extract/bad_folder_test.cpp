// A folder full of bad input, taken through the same stages the pipeline runs (scan, load, read, extract):
// every bad file is reported with a reason, every good one becomes an article, nothing crashes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/locale/encoding.hpp>
#include <map>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"
#include "tests/core/ingest/temp_dir.h"

namespace parallax::extract {
namespace {
namespace fs = std::filesystem;

const char* kBody =
    "The city council approved a new budget on Monday that raises spending on public transport by a tenth, "
    "after a debate that lasted most of the night.";

struct Outcome {
    std::map<std::string, Article> articles;    // by relative path
    std::map<std::string, std::string> errors;  // by relative path: skipped at scan, load or read
};

Outcome analyse(const fs::path& folder) {
    Outcome out;
    const auto scan = ingest::scanFolder(folder);
    for (const auto& s : scan.skipped) out.errors[s.path] = s.reason;
    for (const auto& f : scan.files) {
        auto loaded = ingest::loadFile(f);
        if (!loaded) {
            out.errors[f.relative] = loaded.error();
            continue;
        }
        auto read = formats::readerFor(f.format).read(loaded.value());
        if (!read) {
            out.errors[f.relative] = read.error();
            continue;
        }
        out.articles[f.relative] = buildArticle(read->page, loaded.value(), read->encoding);
    }
    return out;
}

TEST(BadFolder, EveryBadFileIsReportedAndTheRestIsRead) {
    testing::TempDir dir;
    dir.write("good.txt", std::string("Council Backs Transport Budget\n\n") + kBody + "\n");
    dir.write("empty.txt", "");
    dir.write("blank.md", "  \n\n\t\n");
    static constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    dir.write("photo.txt", std::string(kPng, sizeof kPng - 1));  // all of the literal, not past its end
    ASSERT_EQ(::truncate(dir.write("huge.txt", "").c_str(), 500ll * 1024 * 1024), 0);
    dir.write("malformed.html", std::string("<html><head><title>Budget</title><body><div><p>Unclosed <b>tags<table><td>") +
                                    "<p>" + kBody + "</td></div></span>&bogus; &amp <p>" + kBody + " Again.</i>");
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += std::string("<p>") + kBody + "</p>";
    dir.write("deep.html", deep);
    // Declared windows-1252, written in UTF-8: the declaration is wrong and the text must still read right.
    dir.write("mislabelled.html",
              std::string("<html><head><meta charset=\"windows-1252\"><title>Caf\xC3\xA9 Prices Rise</title></head><body>"
                          "<article><p>Caf\xC3\xA9 owners said on Tuesday that the price of coffee beans had risen by a "
                          "third since spring, and that most of them would raise prices before the summer.</p>"
                          "<p>Several said they would switch suppliers if the increases continued into the autumn.</p>"
                          "</article></body></html>"));
    dir.write("legacy-gb18030.txt",
              boost::locale::conv::from_utf(std::string("市议会批准新预算\n\n市议会周一批准了新的年度预算，公共交通支出增加一成，"
                                                        "辩论持续了大半个晚上。多名议员表示，新预算将优先用于更新公交车辆和改善夜间线路。\n"),
                                            "GB18030"));
    dir.write("bad-name-\xFF.md", std::string("# Council Backs Transport Budget\n\n") + kBody + "\n");
    fs::create_directory(dir.path() / "loop");
    fs::create_directory_symlink(dir.path(), dir.path() / "loop" / "back");

    const Outcome out = analyse(dir.path());

    EXPECT_EQ(out.errors.at("empty.txt"), "empty file");
    EXPECT_NE(out.errors.at("blank.md").find("no text"), std::string::npos);
    EXPECT_EQ(out.errors.at("photo.txt"), "binary file (not text)");
    EXPECT_NE(out.errors.at("huge.txt").find("too large"), std::string::npos);

    ASSERT_TRUE(out.articles.count("good.txt"));
    EXPECT_EQ(out.articles.at("good.txt").title, "Council Backs Transport Budget");
    EXPECT_EQ(out.articles.at("good.txt").text, kBody);

    ASSERT_TRUE(out.articles.count("legacy-gb18030.txt"));
    EXPECT_EQ(out.articles.at("legacy-gb18030.txt").encoding, "GB18030");
    EXPECT_EQ(out.articles.at("legacy-gb18030.txt").title, "市议会批准新预算");
    EXPECT_EQ(out.articles.at("legacy-gb18030.txt").language, "zh");

    ASSERT_TRUE(out.articles.count("bad-name-\xEF\xBF\xBD.md"));
    EXPECT_EQ(out.articles.at("bad-name-\xEF\xBF\xBD.md").title, "Council Backs Transport Budget");

    // Malformed and absurdly deep HTML: read or reported, never a crash; when read, the body survives.
    for (const char* name : {"malformed.html", "deep.html"}) {
        const bool read = out.articles.count(name) > 0;
        const bool reported = out.errors.count(name) > 0;
        EXPECT_TRUE(read != reported) << name;
        if (read) {
            EXPECT_NE(out.articles.at(name).text.find("public transport"), std::string::npos) << name;
        }
    }
    if (out.articles.count("mislabelled.html")) {
        const Article& a = out.articles.at("mislabelled.html");
        EXPECT_NE(a.text.find("Caf\xC3\xA9 owners"), std::string::npos) << a.text;
        EXPECT_EQ(a.text.find("\xC3\x83"), std::string::npos) << "no mojibake";
    } else {
        ADD_FAILURE() << "mislabelled.html: " << out.errors.at("mislabelled.html");
    }
    // The symlink loop adds no second copy of anything, and is said to be a loop.
    for (const auto& [rel, _] : out.articles) EXPECT_EQ(rel.find("loop/"), std::string::npos) << rel;
    ASSERT_TRUE(out.errors.count("loop/back"));
    EXPECT_NE(out.errors.at("loop/back").find("symbolic link loop"), std::string::npos);
    EXPECT_EQ(out.articles.size() + out.errors.size(), 11u);
}

}  // namespace
}  // namespace parallax::extract
