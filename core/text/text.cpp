#include "core/text/text.h"

#include <boost/locale.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <boost/locale/boundary.hpp>
#include <boost/locale/localization_backend.hpp>

#include <algorithm>
#include <exception>
#include <memory>
#include <mutex>

#include "core/text/segment.h"
#include "core/text/stem.h"
#include "core/text/stopwords.h"
#include "core/text/breaks.h"

namespace parallax::text {
namespace lb = boost::locale::boundary;

namespace {

constexpr const char* kInstallHint =
    "Boost.Locale has no ICU backend: sentence and word boundaries, normalization and case folding need it. "
    "Install libboost-locale built with ICU (Debian/Ubuntu: apt install libboost-locale-dev libicu-dev).";

bool hasIcu() {
    auto names = boost::locale::localization_backend_manager::global().get_all_backends();
    return std::find(names.begin(), names.end(), "icu") != names.end();
}

/// The one ICU locale every call uses. A std::locale is immutable, so sharing it across threads is safe;
/// building it is expensive, so it is built once.
const std::locale& icuLocale() {
    static const std::locale loc = [] {
        try {
            auto mgr = boost::locale::localization_backend_manager::global();
            if (hasIcu()) mgr.select("icu");
            boost::locale::generator gen(mgr);
            return gen("en_US.UTF-8");
        } catch (const std::exception&) {
            return std::locale::classic();
        }
    }();
    return loc;
}

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool hasLetter(std::string_view s) {
    // Any non-ASCII byte belongs to a letter here: the segmenter already dropped punctuation and symbols.
    return std::any_of(s.begin(), s.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    });
}

bool hasDigitOrDot(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

}  // namespace

Result<bool> checkIcuBackend() {
    try {
        if (!hasIcu()) return Error{kInstallHint};
        auto mgr = boost::locale::localization_backend_manager::global();
        mgr.select("icu");
        boost::locale::localization_backend_manager::global(mgr);
        // Boundary analysis is the feature the other backends lack: prove it works on a tiny text.
        std::string probe = "One. Two.";
        lb::ssegment_index idx(lb::sentence, probe.begin(), probe.end(), icuLocale());
        if (std::distance(idx.begin(), idx.end()) != 2) return Error{kInstallHint};
        return true;
    } catch (const std::exception& e) {
        return Error{std::string(kInstallHint) + " (" + e.what() + ")"};
    }
}

std::string fold(std::string_view s) {
    // ASCII is its own NFKC form and folds by tolower: the fast path for most tokens of English news.
    if (isAscii(s)) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    // ICU directly: Boost.Locale opened a charset converter for every call, which cost more than the folding.
    UErrorCode err = U_ZERO_ERROR;
    static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
    if (!nfkc) return std::string(s);
    icu::UnicodeString u;
    // Bytes that are no UTF-8 are dropped, as Boost.Locale's conversion did, rather than becoming U+FFFD.
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());  // NOLINT: ICU's macro reads bytes
    const auto length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0) u.append(c);
    }
    icu::UnicodeString normalized = nfkc->normalize(u, err);
    if (U_FAILURE(err)) return std::string(s);
    normalized.foldCase();
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::vector<Sentence> sentences(std::string_view text) {
    try {
        return detail::segmentSentences(text);
    } catch (const std::exception&) {
        return {};
    }
}

std::vector<Token> tokens(std::string_view text, Span range, std::string_view language) {
    std::vector<Token> out;
    range.end = std::min(range.end, text.size());
    if (range.start >= range.end) return out;
    // About one token per six bytes of English (more for Chinese): room made once instead of by doubling, which
    // with tokens of two strings each was a tenth of the allocator's time at 100k articles.
    out.reserve(range.size() / 6 + 4);
    constexpr unsigned kNumber = 1u << static_cast<unsigned>(detail::WordKind::Number);
    constexpr unsigned kCjk = (1u << static_cast<unsigned>(detail::WordKind::Ideo)) |
                              (1u << static_cast<unsigned>(detail::WordKind::Kana));
    try {
        detail::forEachWord(text.substr(range.start, range.end - range.start),
                            [&](std::size_t start, std::size_t end, unsigned kinds) {
                                Token t;
                                t.span.start = range.start + start;
                                t.span.end = range.start + end;
                                std::string_view raw = text.substr(t.span.start, t.span.size());
                                t.norm = fold(raw);
                                // ICU calls "R1" and "Qwen2.5" numbers too; a number here is a token without letters.
                                t.number = (kinds & kNumber) != 0 && !hasLetter(raw);
                                bool cjk = (kinds & kCjk) != 0 || detail::hasCjk(raw);
                                // Snowball is for words: codes and versions ("u.s", "4o", "r1") keep their folded form.
                                bool word = !t.number && !cjk && !hasDigitOrDot(t.norm);
                                t.stem = word ? stem(t.norm, language) : t.norm;
                                t.stop = !t.number && isStopWord(t.norm);
                                out.push_back(std::move(t));
                            });
    } catch (const std::exception&) {
        out.clear();
    }
    return out;
}

}  // namespace parallax::text
