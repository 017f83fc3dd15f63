// Bytes -> UTF-8. The order follows the HTML standard's encoding sniffing: a BOM wins, then a declared
// charset (only when the bytes agree with it), then UTF-8 validity, then statistical detection (uchardet).
#include "core/ingest/decode.h"

#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <boost/locale/encoding.hpp>
#include <memory>

#include "core/ingest/utf8.h"

namespace parallax::ingest {
namespace conv = boost::locale::conv;

namespace {

std::string lowerTrim(std::string s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

/// Canonical name for a charset label (WHATWG aliases folded): "latin1" -> "windows-1252", "gbk" -> "GB18030".
std::string canonicalCharset(const std::string& label) {
    const std::string l = lowerTrim(label);
    if (l.empty()) return {};
    if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") return "UTF-8";
    if (l == "ascii" || l == "us-ascii" || l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" ||
        l == "l1" || l == "windows-1252" || l == "cp1252" || l == "x-cp1252" || l == "iso_8859-1" || l == "cp819")
        return "windows-1252";  // browsers read all of these as windows-1252, a superset
    if (l == "gb2312" || l == "gbk" || l == "gb18030" || l == "x-gbk" || l == "cp936" || l == "euc-cn" ||
        l == "hz-gb-2312")
        return "GB18030";
    if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5") return "Big5";
    if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji" || l == "windows-31j" ||
        l == "cp932")
        return "Shift_JIS";
    if (l == "euc-jp" || l == "x-euc-jp") return "EUC-JP";
    if (l == "euc-kr" || l == "ks_c_5601-1987" || l == "windows-949" || l == "cp949" || l == "uhc") return "EUC-KR";
    if (l == "iso-2022-jp") return "ISO-2022-JP";
    if (l == "utf-16" || l == "utf-16le" || l == "utf16le") return "UTF-16LE";
    if (l == "utf-16be" || l == "utf16be") return "UTF-16BE";
    if (l == "utf-32" || l == "utf-32le") return "UTF-32LE";
    if (l == "utf-32be") return "UTF-32BE";
    if (l == "koi8-r" || l == "koi8r") return "KOI8-R";
    if (l == "koi8-u") return "KOI8-U";
    if (l.rfind("windows-", 0) == 0 || l.rfind("cp125", 0) == 0) {
        std::string digits = l.substr(l.find_first_of("0123456789"));
        return "windows-" + digits;
    }
    if (l.rfind("iso-8859-", 0) == 0 || l.rfind("iso8859-", 0) == 0 || l.rfind("iso_8859-", 0) == 0)
        return "ISO-8859-" + l.substr(l.rfind('-') + 1);
    if (l == "latin2") return "ISO-8859-2";
    if (l == "tis-620" || l == "windows-874") return "windows-874";
    if (l == "x-mac-roman" || l == "macintosh" || l == "mac") return "macintosh";
    return label;  // unknown: pass through; conversion will tell whether the converter knows it
}

/// Converts with a strict converter; nullopt when the bytes are not valid in `charset` (or it is unknown).
std::optional<std::string> convertStrict(std::string_view bytes, const std::string& charset) {
    try {
        std::string out = conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(), charset, conv::stop);
        if (!isValidUtf8(out)) return std::nullopt;
        return out;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<std::string> convertLenient(std::string_view bytes, const std::string& charset) {
    try {
        return sanitizeUtf8(conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(), charset, conv::skip));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

enum class Bom { None, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

std::pair<Bom, std::size_t> detectBom(std::string_view b) {
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
    if (b.size() >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return {Bom::Utf32LE, 4};
    if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return {Bom::Utf32BE, 4};
    if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {Bom::Utf8, 3};
    if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) return {Bom::Utf16LE, 2};
    if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) return {Bom::Utf16BE, 2};
    return {Bom::None, 0};
}

const char* bomCharset(Bom bom) {
    switch (bom) {
        case Bom::Utf8: return "UTF-8";
        case Bom::Utf16LE: return "UTF-16LE";
        case Bom::Utf16BE: return "UTF-16BE";
        case Bom::Utf32LE: return "UTF-32LE";
        case Bom::Utf32BE: return "UTF-32BE";
        case Bom::None: break;
    }
    return "";
}

/// UTF-16 without a BOM shows as NULs in every other byte of mostly-ASCII text. Returns the byte order.
std::optional<std::string> sniffUtf16(std::string_view b) {
    const std::size_t n = std::min<std::size_t>(b.size() & ~std::size_t{1}, 64 * 1024);
    if (n < 4) return std::nullopt;
    std::size_t evenNul = 0;
    std::size_t oddNul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenNul += b[i] == '\0';
        oddNul += b[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (oddNul * 10 > pairs * 3 && evenNul * 50 < pairs) return std::string("UTF-16LE");
    if (evenNul * 10 > pairs * 3 && oddNul * 50 < pairs) return std::string("UTF-16BE");
    return std::nullopt;
}

/// Text has no NULs and few C0 controls besides whitespace (ESC and form feed appear in real text files).
bool looksBinary(std::string_view b) {
    const std::size_t n = std::min<std::size_t>(b.size(), 256 * 1024);
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ++control;
    }
    return control * 100 > n * 2 + 2;  // more than ~2% control bytes is not text
}

/// Non-ASCII sequences that are well-formed UTF-8 and bytes that are not: which of the two a text mostly is.
struct Utf8Census {
    std::size_t valid = 0;
    std::size_t invalid = 0;
};

Utf8Census countUtf8(std::string_view b) {
    Utf8Census c;
    for (std::size_t i = 0; i < b.size();) {
        if (static_cast<unsigned char>(b[i]) < 0x80) {
            ++i;
        } else if (const std::size_t len = utf8SequenceLength(b, i); len > 0) {
            ++c.valid;
            i += len;
        } else {
            ++c.invalid;
            ++i;
        }
    }
    return c;
}

bool isAscii(std::string_view b) {
    return std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string detectWithUchardet(std::string_view b) {
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
    if (!ud) return {};
    const std::size_t n = std::min<std::size_t>(b.size(), 1024 * 1024);
    if (uchardet_handle_data(ud.get(), b.data(), n) != 0) return {};
    uchardet_data_end(ud.get());
    const char* cs = uchardet_get_charset(ud.get());
    return cs ? std::string(cs) : std::string();
}

Decoded make(std::string text, std::string encoding, bool guessed) {
    Decoded d;
    d.text = std::move(text);
    d.encoding = std::move(encoding);
    d.guessed = guessed;
    return d;
}

/// No BOM and no trustworthy declaration: UTF-8 if valid, else the detector's guess, else windows-1252.
Decoded detect(std::string_view bytes) {
    if (isValidUtf8(bytes)) return make(std::string(bytes), "UTF-8", false);
    std::string guess = canonicalCharset(detectWithUchardet(bytes));
    if (!guess.empty() && guess != "UTF-8") {
        if (auto text = convertStrict(bytes, guess)) return make(std::move(*text), guess, true);
    }
    // The detector can be unsure on short texts: windows-1252 maps nearly every byte, so it is the fallback.
    if (auto text = convertStrict(bytes, "windows-1252")) {
        Decoded d = make(std::move(*text), "windows-1252", true);
        d.warnings.push_back("encoding not recognized with confidence; read as windows-1252");
        return d;
    }
    Decoded d = make(convertLenient(bytes, "windows-1252").value_or(sanitizeUtf8(bytes)), "windows-1252", true);
    d.warnings.push_back("encoding not recognized; undecodable bytes were dropped");
    return d;
}

Result<Decoded> decodeImpl(std::string_view bytes, std::optional<std::string> declaredCharset) {
    if (bytes.empty()) return Error{"empty file"};
    auto [bom, bomLen] = detectBom(bytes);
    if (bom != Bom::None) {
        const std::string cs = bomCharset(bom);
        std::string_view body = bytes.substr(bomLen);
        if (cs == "UTF-8") {
            if (isValidUtf8(body)) return make(std::string(body), cs, false);
            Decoded d = make(sanitizeUtf8(body), cs, false);
            d.warnings.push_back("UTF-8 byte order mark but invalid UTF-8 bytes; they were replaced");
            return d;
        }
        if (auto text = convertStrict(body, cs)) return make(std::move(*text), cs, false);
        if (auto text = convertLenient(body, cs)) {
            Decoded d = make(std::move(*text), cs, false);
            d.warnings.push_back(cs + " byte order mark but malformed " + cs + " data; bad units were dropped");
            return d;
        }
        return Error{"cannot convert from " + cs};
    }

    if (auto utf16 = sniffUtf16(bytes)) {
        if (auto text = convertStrict(bytes, *utf16)) return make(std::move(*text), *utf16, true);
    }
    if (looksBinary(bytes)) return Error{"binary file (not text)"};

    std::vector<std::string> warnings;
    if (declaredCharset && !declaredCharset->empty()) {
        const std::string declared = canonicalCharset(*declaredCharset);
        const bool ascii = isAscii(bytes);
        if (declared == "UTF-8") {
            if (isValidUtf8(bytes)) return make(std::string(bytes), declared, false);
            const Utf8Census census = countUtf8(bytes);
            if (census.valid > census.invalid) {
                // Mostly well-formed UTF-8 with a few bad bytes (a truncated character, a pasted legacy quote):
                // the declaration is right. Reading it all as a legacy charset would garble every other
                // character instead, so only the bad bytes are replaced, and the file says so.
                Decoded d = make(sanitizeUtf8(bytes), declared, false);
                d.warnings.push_back("declared as UTF-8 but " + std::to_string(census.invalid) + " byte" +
                                     (census.invalid == 1 ? " is" : "s are") +
                                     " not valid UTF-8; replaced with U+FFFD");
                return d;
            }
            warnings.push_back("declared as UTF-8 but the bytes are not valid UTF-8; encoding detected instead");
        } else if (declared.rfind("UTF-16", 0) == 0 || declared.rfind("UTF-32", 0) == 0) {
            // A document with no NULs cannot be UTF-16/32 (HTML says: treat such a label as UTF-8).
            warnings.push_back("declared as " + declared + " but the bytes are 8-bit; encoding detected instead");
        } else if (ascii) {
            return make(std::string(bytes), declared, false);
        } else if (isValidUtf8(bytes)) {
            // Legacy text almost never forms valid multi-byte UTF-8 by chance: the label is wrong.
            Decoded d = make(std::string(bytes), "UTF-8", true);
            d.warnings.push_back("declared as " + declared + " but the bytes are UTF-8; read as UTF-8");
            return d;
        } else if (auto text = convertStrict(bytes, declared)) {
            return make(std::move(*text), declared, false);
        } else {
            warnings.push_back("declared as " + declared + " but the bytes are not valid " + declared +
                               "; encoding detected instead");
        }
    }
    Decoded d = detect(bytes);
    d.warnings.insert(d.warnings.begin(), warnings.begin(), warnings.end());
    return d;
}

}  // namespace

Result<Decoded> decodeToUtf8(std::string_view bytes, std::optional<std::string> declaredCharset) {
    try {
        return decodeImpl(bytes, std::move(declaredCharset));
    } catch (const std::exception& e) {
        return Error{std::string("cannot decode: ") + e.what()};
    }
}

}  // namespace parallax::ingest
