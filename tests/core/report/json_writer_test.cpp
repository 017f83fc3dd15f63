// JsonWriter must write exactly the bytes of nlohmann's dump (the report's bytes did not change when it replaced
// the dump): strings with every kind of byte, numbers, and the layout of nested containers in every indent.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report/json_writer.h"

using parallax::report::appendJsonString;
using parallax::report::JsonWriter;
using nlohmann::json;

namespace {

std::string viaNlohmann(const std::string& s) {
    return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string viaWriter(const std::string& s) {
    std::string out = "prefix";  // appends: what is there already stays
    appendJsonString(out, s);
    return out.substr(6);
}

}  // namespace

TEST(JsonWriter, EscapesLikeNlohmann) {
    const std::vector<std::string> cases = {
        "",
        "plain ASCII, nothing to escape",
        "quote \" backslash \\ slash /",
        "\b\t\n\f\r",
        std::string("nul \0 inside", 12),
        "\x01\x02\x1f\x7f del",
        "caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80 emoji",  // 2-, 3- and 4-byte sequences
        "\xef\xbf\xbd already a replacement character",
        "\xe2\x80\xa8 line separator stays raw",
        // invalid UTF-8: stray continuation, bad lead bytes, truncated and overlong forms, surrogates, > U+10FFFF
        "\x80", "a\x80z", "\xbf\xbf", "\xc0\xaf", "\xc1\x81", "\xc2", "x\xc2", "\xc2z", "\xe0\x80\x80", "\xe0\xa0",
        "\xe2\x82", "\xe2\x82z", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80",
        "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff\xfe", "\xf0\x9f\x98", "\xf0\x9f\x98\"",
        "good \xc3\xa9 then bad \xe9 then \n escape",
    };
    for (const auto& s : cases) EXPECT_EQ(viaWriter(s), viaNlohmann(s)) << testing::PrintToString(s);
}

TEST(JsonWriter, EscapesRandomBytesLikeNlohmann) {
    // Short strings of bytes drawn mostly from the interesting ones: every mix of valid and invalid sequences.
    const std::string pool = std::string("aZ \"\\\n\x01\x7f", 9) + "\x80\xbf\xc2\xc3\xdf\xe0\xe2\xed\xef\xf0\xf4\xf5\xff\x9f\xa0\x8f\x90";
    std::mt19937 random(20261204);
    for (int round = 0; round < 20000; ++round) {
        std::string s(random() % 9, ' ');
        for (char& c : s) c = pool[random() % pool.size()];
        ASSERT_EQ(viaWriter(s), viaNlohmann(s)) << testing::PrintToString(s);
    }
    // Longer strings, mostly plain text, so that the word-at-a-time skipping meets a special byte at every offset.
    for (int round = 0; round < 20000; ++round) {
        std::string s(random() % 40, ' ');
        for (char& c : s) c = random() % 8 == 0 ? pool[random() % pool.size()] : static_cast<char>('a' + random() % 26);
        ASSERT_EQ(viaWriter(s), viaNlohmann(s)) << testing::PrintToString(s);
    }
}

TEST(JsonWriter, NumbersLikeNlohmann) {
    for (std::int64_t n : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{42}, std::numeric_limits<std::int64_t>::min(),
                           std::numeric_limits<std::int64_t>::max()}) {
        std::ostringstream out;
        JsonWriter w(out, -1);
        w.integer(n);
        w.finish();
        EXPECT_EQ(out.str(), json(n).dump());
    }
    for (std::uint64_t n : {std::uint64_t{0}, std::uint64_t{7}, std::numeric_limits<std::uint64_t>::max()}) {
        std::ostringstream out;
        JsonWriter w(out, -1);
        w.unsignedInteger(n);
        w.finish();
        EXPECT_EQ(out.str(), json(n).dump());
    }
    for (double x : {0.0, -0.0, 1.0, 4.35e9, 0.1, 1e-7, 123456789012345678.0, 1e300, -2.5, std::nan(""),
                     std::numeric_limits<double>::infinity()}) {
        std::ostringstream out;
        JsonWriter w(out, -1);
        w.number(x);
        w.finish();
        EXPECT_EQ(out.str(), json(x).dump()) << x;
    }
}

TEST(JsonWriter, LayoutLikeNlohmannInEveryIndent) {
    // {"a": [], "b": {}, "c": [1, "x", [true, false, null], {"k": {"z": []}}], "d\n": {"e": -3}}
    json expected = {{"a", json::array()},
                     {"b", json::object()},
                     {"c", {1, "x", {true, false, nullptr}, {{"k", {{"z", json::array()}}}}}},
                     {"d\n", {{"e", -3}}}};
    for (int indent : {-1, 0, 1, 2, 4}) {
        std::ostringstream out;
        JsonWriter w(out, indent);
        w.beginObject();
        w.key("a");
        w.beginArray();
        w.endArray();
        w.key("b");
        w.beginObject();
        w.endObject();
        w.key("c");
        w.beginArray();
        w.unsignedInteger(1);
        w.string("x");
        w.beginArray();
        w.boolean(true);
        w.boolean(false);
        w.null();
        w.endArray();
        w.beginObject();
        w.key("k");
        w.beginObject();
        w.key("z");
        w.beginArray();
        w.endArray();
        w.endObject();
        w.endObject();
        w.endArray();
        w.key("d\n");
        w.beginObject();
        w.key("e");
        w.integer(-3);
        w.endObject();
        w.endObject();
        w.finish();
        EXPECT_EQ(out.str(), expected.dump(indent)) << "indent " << indent;
    }
}

TEST(JsonWriter, LargeOutputArrivesWhole) {
    // More than one buffered block, so the flushes in between must neither lose nor repeat bytes.
    const std::string text(3000, 'q');
    json expected = json::array();
    std::ostringstream out;
    JsonWriter w(out, 2);
    w.beginArray();
    for (int i = 0; i < 1000; ++i) {
        w.string(text + std::to_string(i));
        expected.push_back(text + std::to_string(i));
    }
    w.endArray();
    w.finish();
    EXPECT_EQ(out.str(), expected.dump(2));
}
