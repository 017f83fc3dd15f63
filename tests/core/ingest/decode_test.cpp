#include <gtest/gtest.h>

#include <boost/locale/encoding.hpp>

#include "core/ingest/decode.h"
#include "core/ingest/utf8.h"

namespace parallax::ingest {
namespace {
namespace conv = boost::locale::conv;

// Test sentences written for these tests (no copied articles).
const std::string kFrench =
    "Le fabricant a présenté mardi une puce dédiée à l'inférence, gravée en cinq nanomètres. "
    "Selon la société, les premières livraisons auront lieu à l'été, après une série d'essais "
    "menés avec des clients européens. Le coût exact n'a pas été précisé, mais les analystes évoquent "
    "un prix inférieur à celui des accélérateurs concurrents. « C'est une étape décisive », a déclaré "
    "la directrice générale lors d'une conférence à Zürich.\n";
const std::string kSimplified =
    "这家公司周二发布了一款新的人工智能芯片，并表示将在今年夏天开始向客户交付。"
    "分析人士认为，这款芯片的性能接近国外同类产品，但软件生态仍然是主要短板。"
    "公司首席执行官在北京举行的发布会上说，研发团队花了三年时间完成设计。"
    "市场对此反应积极，公司股价当天上涨了百分之五。\n";
const std::string kTraditional =
    "這家公司週二發布了一款新的人工智慧晶片，並表示將在今年夏天開始向客戶交貨。"
    "分析師認為，這款晶片的效能接近國外同類產品，但軟體生態仍然是主要的弱點。"
    "公司執行長在台北舉行的發表會上說，研發團隊花了三年時間完成設計。"
    "市場對此反應積極，公司股價當天上漲了百分之五。\n";
const std::string kJapanese =
    "同社は火曜日、新しい人工知能向けの半導体を発表し、今年の夏から顧客への出荷を始めると明らかにした。"
    "アナリストによると、この半導体の性能は海外の競合製品に近いが、ソフトウェアの環境はまだ弱いという。"
    "社長は東京で開かれた発表会で、開発チームが設計に三年を費やしたと述べた。"
    "市場の反応は好意的で、同社の株価は当日五パーセント上昇した。\n";

std::string utf16le(const std::string& utf8) {
    std::u16string u = conv::utf_to_utf<char16_t>(utf8);
    std::string out;
    for (char16_t c : u) {
        out += static_cast<char>(c & 0xFF);
        out += static_cast<char>(c >> 8);
    }
    return out;
}

std::string utf16be(const std::string& utf8) {
    std::string le = utf16le(utf8);
    for (std::size_t i = 0; i + 1 < le.size(); i += 2) std::swap(le[i], le[i + 1]);
    return le;
}

void expectDecodes(const std::string& bytes, const std::string& expectedText, const std::string& encoding,
                   std::optional<std::string> declared = {}) {
    auto d = decodeToUtf8(bytes, std::move(declared));
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(d->encoding, encoding);
    EXPECT_EQ(d->text, expectedText);
    EXPECT_TRUE(isValidUtf8(d->text));
}

TEST(Decode, PlainUtf8) { expectDecodes(kFrench, kFrench, "UTF-8"); }

TEST(Decode, Utf8BomIsRemoved) { expectDecodes("\xEF\xBB\xBF" + kSimplified, kSimplified, "UTF-8"); }

TEST(Decode, Utf16LittleEndianWithBom) { expectDecodes("\xFF\xFE" + utf16le(kFrench), kFrench, "UTF-16LE"); }

TEST(Decode, Utf16BigEndianWithBom) { expectDecodes("\xFE\xFF" + utf16be(kSimplified), kSimplified, "UTF-16BE"); }

TEST(Decode, Utf16WithoutBomIsSniffed) {
    auto d = decodeToUtf8(utf16le(kFrench));
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(d->encoding, "UTF-16LE");
    EXPECT_TRUE(d->guessed);
    EXPECT_EQ(d->text, kFrench);
}

TEST(Decode, Utf32WithBom) {
    std::string bytes("\xFF\xFE\0\0", 4);
    for (char32_t c : conv::utf_to_utf<char32_t>(kFrench))
        for (int k = 0; k < 4; ++k) bytes += static_cast<char>((c >> (8 * k)) & 0xFF);
    expectDecodes(bytes, kFrench, "UTF-32LE");
}

TEST(Decode, Windows1252IsDetected) {
    const std::string bytes = conv::from_utf(kFrench, "windows-1252");
    ASSERT_NE(bytes, kFrench);
    auto d = decodeToUtf8(bytes);
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_TRUE(d->guessed);
    EXPECT_EQ(d->text, kFrench) << "read as " << d->encoding;
}

TEST(Decode, Gb18030IsDetected) {
    const std::string bytes = conv::from_utf(kSimplified, "GB18030");
    expectDecodes(bytes, kSimplified, "GB18030");
}

TEST(Decode, Big5IsDetected) {
    const std::string bytes = conv::from_utf(kTraditional, "Big5");
    expectDecodes(bytes, kTraditional, "Big5");
}

TEST(Decode, ShiftJisIsDetected) {
    const std::string bytes = conv::from_utf(kJapanese, "Shift_JIS");
    expectDecodes(bytes, kJapanese, "Shift_JIS");
}

TEST(Decode, DeclaredCharsetIsUsedWhenTheBytesFit) {
    const std::string bytes = conv::from_utf(kSimplified, "GB18030");
    expectDecodes(bytes, kSimplified, "GB18030", std::string("gb2312"));
    // ISO-8859-1 is read as its superset windows-1252, as browsers do.
    expectDecodes(conv::from_utf(kFrench, "windows-1252"), kFrench, "windows-1252", std::string("ISO-8859-1"));
}

TEST(Decode, MislabelledLegacyCharsetOnUtf8BytesIsReadAsUtf8WithWarning) {
    auto d = decodeToUtf8(kFrench, std::string("windows-1252"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, "UTF-8");
    EXPECT_EQ(d->text, kFrench);
    ASSERT_EQ(d->warnings.size(), 1u);
    EXPECT_NE(d->warnings[0].find("declared as windows-1252"), std::string::npos);
}

TEST(Decode, DeclaredUtf8ThatIsInvalidIsDetectedWithWarning) {
    const std::string bytes = conv::from_utf(kSimplified, "GB18030");
    auto d = decodeToUtf8(bytes, std::string("utf-8"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, "GB18030");
    EXPECT_EQ(d->text, kSimplified);
    ASSERT_FALSE(d->warnings.empty());
    EXPECT_NE(d->warnings[0].find("not valid UTF-8"), std::string::npos);
}

TEST(Decode, DeclaredUtf8WithAFewInvalidBytesStaysUtf8AndSaysSo) {
    // A UTF-8 page with one truncated character and one stray legacy byte: read as the UTF-8 it declares
    // (re-reading it all as windows-1252 would garble every accented letter), the two bytes replaced.
    const std::string bytes = kFrench + " \xE2\x80 fin \x92 end";
    auto d = decodeToUtf8(bytes, std::string("utf-8"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, "UTF-8");
    EXPECT_EQ(d->text, kFrench + " \xEF\xBF\xBD\xEF\xBF\xBD fin \xEF\xBF\xBD end");
    ASSERT_EQ(d->warnings.size(), 1u);
    EXPECT_NE(d->warnings[0].find("3 bytes are not valid UTF-8"), std::string::npos) << d->warnings[0];
}

TEST(Decode, DeclaredUtf8OnLegacyBytesIsStillDetected) {
    // Not one well-formed UTF-8 sequence: the label is wrong, the bytes are windows-1252.
    const std::string bytes = conv::from_utf(kFrench, "windows-1252");
    auto d = decodeToUtf8(bytes, std::string("utf-8"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->text, kFrench) << "read as " << d->encoding;
    ASSERT_FALSE(d->warnings.empty());
    EXPECT_NE(d->warnings[0].find("encoding detected instead"), std::string::npos);
}

TEST(Decode, DeclaredMultibyteCharsetThatDoesNotFitIsDetected) {
    const std::string bytes = conv::from_utf(kJapanese, "Shift_JIS");
    auto d = decodeToUtf8(bytes, std::string("Big5"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->text, kJapanese) << "read as " << d->encoding;
    EXPECT_FALSE(d->warnings.empty());
}

TEST(Decode, AsciiWithAnyDeclarationIsUnchanged) {
    expectDecodes("Plain ASCII text.\n", "Plain ASCII text.\n", "windows-1252", std::string("latin1"));
}

TEST(Decode, BinaryDataIsRejected) {
    std::string bytes("GIF89a\x01\0\x01\0\x80\0\0\xff\xff\xff\0\0\0!", 20);
    auto d = decodeToUtf8(bytes);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error(), "binary file (not text)");

    std::string noise;
    for (int i = 0; i < 400; ++i) noise += static_cast<char>(1 + (i * 7) % 30);
    EXPECT_FALSE(decodeToUtf8(noise).ok());
}

TEST(Decode, EmptyInputIsAnError) { EXPECT_FALSE(decodeToUtf8("").ok()); }

TEST(Decode, InvalidUtf8AfterUtf8BomIsRepaired) {
    auto d = decodeToUtf8("\xEF\xBB\xBFok \xFF end");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->text, "ok \xEF\xBF\xBD end");
    EXPECT_FALSE(d->warnings.empty());
}

TEST(Utf8, ValidityRejectsOverlongsAndSurrogates) {
    EXPECT_TRUE(isValidUtf8("h\xC3\xA9llo \xE4\xB8\xAD \xF0\x9F\x98\x80"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));      // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));
    EXPECT_FALSE(isValidUtf8("\xE4\xB8"));  // truncated
    EXPECT_EQ(sanitizeUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace parallax::ingest
