#include "core/text/breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace parallax::text::detail {
namespace {

enum class Kind { Word, Sentence };

/// Built once: creating an iterator loads its rules and dictionaries, which is what made a call expensive.
const icu::BreakIterator& prototype(Kind kind) {
    auto make = [](Kind k) {
        UErrorCode err = U_ZERO_ERROR;
        const icu::Locale locale("en_US");
        std::unique_ptr<icu::BreakIterator> it(k == Kind::Word ? icu::BreakIterator::createWordInstance(locale, err)
                                                               : icu::BreakIterator::createSentenceInstance(locale, err));
        if (U_FAILURE(err) || !it) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(err));
        return it;
    };
    static const std::unique_ptr<icu::BreakIterator> word = make(Kind::Word);
    static const std::unique_ptr<icu::BreakIterator> sentence = make(Kind::Sentence);
    return kind == Kind::Word ? *word : *sentence;
}

/// An iterator holds its text position, so threads never share one; a clone is cheap next to a new instance.
icu::BreakIterator& threadIterator(Kind kind) {
    thread_local std::unique_ptr<icu::BreakIterator> word(prototype(Kind::Word).clone());
    thread_local std::unique_ptr<icu::BreakIterator> sentence(prototype(Kind::Sentence).clone());
    return kind == Kind::Word ? *word : *sentence;
}

/// `text` without a multi-byte sequence cut off at its end: such bytes are no character, and Boost.Locale's
/// conversion (which this replaced) dropped them, so a sentence of them alone never appeared.
std::string_view withoutCutOffEnd(std::string_view text) {
    const std::size_t n = text.size();
    for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
        const auto b = static_cast<unsigned char>(text[n - back]);
        if ((b & 0xC0) == 0x80) continue;  // a continuation byte: look further back for its lead
        const std::size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return need > back ? text.substr(0, n - back) : text;
    }
    return text;
}

/// Points the thread's iterator of `kind` at `text`. Native indices of a UTF-8 UText are byte offsets, so
/// boundaries map back to the text without conversion. The iterator takes a shallow clone of the UText, so the
/// one on the stack may go when this returns; the stale pointer is never read before the next setText.
icu::BreakIterator& iteratorOver(Kind kind, std::string_view text) {
    UErrorCode err = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &err);
    if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU text: ") + u_errorName(err));
    icu::BreakIterator& it = threadIterator(kind);
    it.setText(&ut, err);
    utext_close(&ut);
    if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(err));
    return it;
}

unsigned kindsOf(icu::BreakIterator& it) {
    int32_t statuses[8] = {0};
    UErrorCode err = U_ZERO_ERROR;
    const int32_t n = it.getRuleStatusVec(statuses, 8, err);
    if (U_FAILURE(err)) return 0;
    unsigned kinds = 0;
    for (int32_t i = 0; i < n; ++i) {
        const int32_t s = statuses[i];
        if (s >= UBRK_WORD_NUMBER && s < UBRK_WORD_NUMBER_LIMIT) kinds |= 1u << static_cast<unsigned>(WordKind::Number);
        else if (s >= UBRK_WORD_LETTER && s < UBRK_WORD_LETTER_LIMIT)
            kinds |= 1u << static_cast<unsigned>(WordKind::Letter);
        else if (s >= UBRK_WORD_KANA && s < UBRK_WORD_KANA_LIMIT) kinds |= 1u << static_cast<unsigned>(WordKind::Kana);
        else if (s >= UBRK_WORD_IDEO && s < UBRK_WORD_IDEO_LIMIT) kinds |= 1u << static_cast<unsigned>(WordKind::Ideo);
    }
    return kinds;
}

}  // namespace

void forEachWord(std::string_view text, const std::function<void(std::size_t, std::size_t, unsigned)>& visit) {
    if (text.empty()) return;
    icu::BreakIterator& it = iteratorOver(Kind::Word, text);
    int32_t previous = it.first();
    for (int32_t pos = it.next(); pos != icu::BreakIterator::DONE; previous = pos, pos = it.next()) {
        if (const unsigned kinds = kindsOf(it))
            visit(static_cast<std::size_t>(previous), static_cast<std::size_t>(pos), kinds);
    }
}

void forEachSentence(std::string_view text, const std::function<void(std::size_t, std::size_t)>& visit) {
    if (text.empty()) return;
    icu::BreakIterator& it = iteratorOver(Kind::Sentence, withoutCutOffEnd(text));
    int32_t previous = it.first();
    for (int32_t pos = it.next(); pos != icu::BreakIterator::DONE; previous = pos, pos = it.next())
        visit(static_cast<std::size_t>(previous), static_cast<std::size_t>(pos));
}

}  // namespace parallax::text::detail
