#pragma once
// Reading an article from tests/data/extract the way the pipeline does: reader for the file's format, then
// buildArticle.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"

namespace parallax::extract::testdata {

inline ingest::LoadedFile loadData(const std::string& name, std::int64_t mtime = 1741000000) {
    ingest::LoadedFile f;
    f.file.path = std::filesystem::path(PARALLAX_TEST_DATA) / "extract" / name;
    f.file.relative = name;
    f.file.format = ingest::formatForPath(f.file.path).value_or(SourceFormat::PlainText);
    f.file.mtime = mtime;
    std::ifstream in(f.file.path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    f.bytes = ss.str();
    f.hash = ingest::hashHex(f.bytes);
    return f;
}

inline Article extractData(const std::string& name, std::int64_t mtime = 1741000000) {
    auto f = loadData(name, mtime);
    EXPECT_FALSE(f.bytes.empty()) << name;
    auto read = formats::readerFor(f.file.format).read(f);
    EXPECT_TRUE(read.ok()) << (read.ok() ? "" : read.error());
    if (!read.ok()) return {};
    return buildArticle(read->page, f, read->encoding);
}

inline bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

}  // namespace parallax::extract::testdata
