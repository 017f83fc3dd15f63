// Script counts settle Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Hebrew, Thai and Devanagari text;
// Latin-script languages are told apart by their most frequent function words (each list is distinctive:
// words shared by several languages are left out).
#include "core/extract/language.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/extract/textutil.h"

namespace parallax::extract {

namespace {

struct ScriptCounts {
    std::size_t latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, greek = 0, arabic = 0, hebrew = 0,
                thai = 0, devanagari = 0;
};

ScriptCounts countScripts(std::string_view text) {
    ScriptCounts c;
    const std::size_t limit = std::min<std::size_t>(text.size(), 20000);
    for (std::size_t i = 0; i < limit;) {
        const char32_t cp = nextCodePoint(text, i);
        if (cp < 0x80) {  // every script range below starts above ASCII
            c.latin += (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
            continue;
        }
        if (cp >= 0xC0 && cp <= 0x24F) ++c.latin;
        else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) ++c.han;
        else if (cp >= 0x3040 && cp <= 0x30FF) ++c.kana;
        else if (cp >= 0xAC00 && cp <= 0xD7AF) ++c.hangul;
        else if (cp >= 0x400 && cp <= 0x4FF) ++c.cyrillic;
        else if (cp >= 0x370 && cp <= 0x3FF) ++c.greek;
        else if (cp >= 0x600 && cp <= 0x6FF) ++c.arabic;
        else if (cp >= 0x590 && cp <= 0x5FF) ++c.hebrew;
        else if (cp >= 0xE00 && cp <= 0xE7F) ++c.thai;
        else if (cp >= 0x900 && cp <= 0x97F) ++c.devanagari;
    }
    return c;
}

const std::map<std::string, std::set<std::string>>& functionWords() {
    static const std::map<std::string, std::set<std::string>> words = {
        {"en", {"the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have", "from", "which",
                "has", "been", "were", "their", "said", "it", "its", "by", "on", "at"}},
        {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "des", "auf", "ein", "eine", "dem",
                "auch", "wird", "wurde", "sind", "noch", "nach", "bei", "aus", "oder", "zu"}},
        {"fr", {"le", "les", "et", "des", "est", "une", "dans", "du", "pour", "qui", "que", "pas", "sur", "au",
                "avec", "sont", "ont", "ce", "cette", "mais", "aux", "été", "leur", "il"}},
        {"es", {"el", "los", "las", "del", "que", "y", "una", "por", "para", "con", "es", "se", "su", "al", "como",
                "más", "pero", "sus", "fue", "ha", "este", "esta", "entre", "muy"}},
        {"it", {"il", "di", "che", "è", "della", "per", "gli", "non", "sono", "una", "del", "nel", "alla", "anche",
                "come", "più", "dei", "delle", "questo", "ha", "lo", "ed", "tra", "stato"}},
        {"pt", {"o", "os", "as", "do", "da", "dos", "das", "que", "não", "uma", "para", "com", "em", "no", "na",
                "por", "mais", "foi", "ao", "são", "também", "seu", "sua", "como"}},
        {"nl", {"de", "het", "een", "van", "en", "is", "dat", "niet", "op", "voor", "met", "zijn", "wordt", "ook",
                "aan", "bij", "naar", "om", "heeft", "werd", "deze", "maar", "dan", "nog"}},
        {"sv", {"och", "att", "det", "som", "är", "en", "på", "för", "med", "av", "inte", "har", "till", "den",
                "var", "om", "ett", "de", "men", "kan", "sig", "så", "vid", "också"}},
        {"pl", {"i", "w", "się", "na", "nie", "z", "do", "że", "jest", "to", "o", "jak", "po", "od", "przez",
                "oraz", "dla", "ale", "są", "został", "jego", "już", "tym", "także"}},
        {"tr", {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "ama",
                "en", "her", "sonra", "kadar", "değil", "var", "yok", "göre", "ise", "şu", "ne"}},
        {"id", {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
                "juga", "adalah", "ke", "karena", "oleh", "sebagai", "atau", "telah", "bisa", "ada", "mereka", "kami"}},
    };
    return words;
}

void lowerAscii(std::string& s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

/// Each function word with the languages it belongs to (bit i = the i-th language of functionWords(), in the
/// map's order), so a word of the text costs one lookup instead of one per language.
struct FunctionWordIndex {
    std::vector<std::string> languages;
    std::unordered_map<std::string, std::uint32_t> masks;
    std::size_t longest = 0;  ///< bytes of the longest function word: longer words need no lookup
};

const FunctionWordIndex& functionWordIndex() {
    static const FunctionWordIndex index = [] {
        FunctionWordIndex ix;
        for (const auto& [lang, set] : functionWords()) {
            for (const auto& w : set) {
                ix.masks[w] |= std::uint32_t{1} << ix.languages.size();
                ix.longest = std::max(ix.longest, w.size());
            }
            ix.languages.push_back(lang);
        }
        return ix;
    }();
    return index;
}

std::string guessLatin(std::string_view text) {
    const FunctionWordIndex& index = functionWordIndex();
    std::vector<std::size_t> score(index.languages.size(), 0);
    std::size_t total = 0;
    // A word is a run of word characters, so its bytes are text[wordStart, wordEnd): only a word short enough
    // to be a function word is copied (lower-cased) for the lookup.
    std::string word;
    std::size_t wordStart = 0;
    std::size_t wordEnd = 0;
    auto flush = [&] {
        if (wordEnd == wordStart) return;
        ++total;
        if (wordEnd - wordStart <= index.longest) {
            word.assign(text.data() + wordStart, wordEnd - wordStart);
            lowerAscii(word);
            if (const auto it = index.masks.find(word); it != index.masks.end())
                for (std::size_t l = 0; l < score.size(); ++l)
                    if (it->second & (std::uint32_t{1} << l)) ++score[l];
        }
    };
    const std::size_t limit = std::min<std::size_t>(text.size(), 20000);
    for (std::size_t i = 0; i < limit;) {
        const char32_t cp = nextCodePoint(text, i);
        if (isWordChar(cp)) {
            wordEnd = i;  // the word runs on, or starts where the last non-word character ended
        } else {
            flush();
            wordStart = wordEnd = i;
        }
    }
    flush();
    std::string best;
    std::size_t bestScore = 0;
    for (std::size_t l = 0; l < score.size(); ++l)
        if (score[l] > bestScore) {
            best = index.languages[l];
            bestScore = score[l];
        }
    // Function words make up a third or more of running text; demand a little of that.
    if (total < 3 || bestScore * 10 < total) return {};
    return best;
}

}  // namespace

std::string detectLanguage(std::string_view text) {
    const ScriptCounts c = countScripts(text);
    const std::size_t cjk = c.han + c.kana + c.hangul;
    const std::size_t letters = c.latin + cjk * 3 + c.cyrillic + c.greek + c.arabic + c.hebrew + c.thai + c.devanagari;
    if (letters < 10) return {};
    // A CJK character carries about as much as a short word: weigh it like three Latin letters.
    if (cjk * 3 * 2 > letters) {
        if (c.kana * 10 > cjk) return "ja";
        if (c.hangul > c.han) return "ko";
        return "zh";
    }
    const std::array<std::pair<std::size_t, const char*>, 6> others = {{{c.cyrillic, "ru"},
                                                                         {c.greek, "el"},
                                                                         {c.arabic, "ar"},
                                                                         {c.hebrew, "he"},
                                                                         {c.thai, "th"},
                                                                         {c.devanagari, "hi"}}};
    for (const auto& [count, lang] : others)
        if (count * 2 > letters) return lang;
    if (c.latin * 2 > letters) return guessLatin(text);
    return {};
}

std::string primaryLanguage(std::string_view tag) {
    std::string out;
    for (char ch : tag) {
        if (ch == '-' || ch == '_') break;
        if (ch == ' ' || ch == '"') continue;
        out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out.size() >= 2 && out.size() <= 3 ? out : std::string{};
}

}  // namespace parallax::extract
