// Warned wave heights. A tsunami or storm-surge warning announces one height for the waves it expects, and outlets
// repeat it: two heights for one warning cannot both hold. The waves are no place's, even when the sentence names
// a port, and the figure is a forecast, not a wave measured somewhere (those differ from place to place and are
// not read here).
#include "core/annotate/claims_waves.h"

#include <algorithm>
#include <initializer_list>

namespace parallax::annotate::claims {
namespace {

bool wavesWord(const std::string& w) { return oneOf(w, {"wave", "waves", "tsunami", "tsunamis", "swells", "surge", "surges"}); }

bool warningWord(const std::string& w) {
    return oneOf(w, {"warning", "warnings", "warned", "warns", "warn", "advisory", "advisories", "alert", "alerts"});
}

}  // namespace

std::optional<std::size_t> warnedWavesAt(const SentenceView& s, std::size_t clause, std::size_t at) {
    // The waves at most five words before the figure ("waves as high as", "a tsunami of up to"), no punctuation
    // between.
    std::size_t waves = at;
    for (std::size_t k = at; k-- > clause && k + 6 > at;) {
        if (s.words[k].punct || s.words[k].digit) break;
        if (wavesWord(s.lower[k])) {
            waves = k;
            break;
        }
    }
    if (waves == at) return std::nullopt;
    // The warning at most four words before the waves, joined to them by words that say what it warns of
    // ("warnings for", "warned of a", "warned that large"), not by a verb of its own ("the warning came as waves
    // of 1 m hit the coast": those waves were seen).
    for (std::size_t k = waves; k-- > clause && k + 5 > waves;) {
        if (s.words[k].punct) break;
        if (warningWord(s.lower[k])) return k;
        if (!oneOf(s.lower[k], {"for", "of", "about", "that", "a", "an", "the", "tsunami", "surge", "storm", "high", "large",
                                "big", "huge", "giant", "possible", "potential", "dangerous"}))
            break;
    }
    return std::nullopt;
}

bool zhWarnedWaves(std::string_view text, std::size_t sentence, std::size_t qStart, std::size_t qEnd) {
    if (qStart < sentence || qEnd > text.size()) return false;
    const std::string_view before = text.substr(sentence, qStart - sentence);
    bool warned = false;
    for (std::string_view cue : {"海啸警报", "海啸预警", "海啸警報", "海嘯警報", "海嘯預警", "可能出现", "可能出現", "预计将出现"})
        warned = warned || before.find(cue) != std::string_view::npos;
    if (!warned) return false;
    // The waves right after the figure's unit and 的 (at most a unit and 高 between), or the height named just before.
    const std::string_view after = text.substr(qEnd, std::min<std::size_t>(24, text.size() - qEnd));
    for (std::string_view waves : {"的海啸", "的海嘯", "高的海啸", "高的海嘯", "的海浪", "高的海浪", "的浪"})
        if (after.rfind(waves, 0) == 0) return true;
    const std::string_view near = before.substr(before.size() > 30 ? before.size() - 30 : 0);
    for (std::string_view waves : {"海啸高度", "海嘯高度", "浪高"})
        if (near.find(waves) != std::string_view::npos) return true;
    return false;
}

}  // namespace parallax::annotate::claims
