#include "core/text/stopwords.h"

#include "core/knowledge/resources.h"

namespace parallax::text {
namespace {
constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // U+2019, the apostrophe most pages use
}

const StopWordSet& stopWords() {
    static const StopWordSet words = [] {
        StopWordSet s;
        for (const char* file : {"stopwords-en.txt", "stopwords-zh.txt"})
            for (auto& line : knowledge::dataLines(file)) {
                auto end = line.find_last_not_of(" \t");
                auto begin = line.find_first_not_of(" \t");
                if (begin != std::string::npos) s.insert(line.substr(begin, end - begin + 1));
            }
        return s;
    }();
    return words;
}

bool isStopWord(std::string_view folded) {
    const auto& words = stopWords();
    if (words.find(folded) != words.end()) return true;
    if (auto pos = folded.find(kRightQuote); pos != std::string_view::npos) {
        std::string ascii;
        ascii.reserve(folded.size());
        ascii.append(folded.substr(0, pos)).push_back('\'');
        ascii.append(folded.substr(pos + kRightQuote.size()));
        return words.find(std::string_view(ascii)) != words.end();
    }
    return false;
}

}  // namespace parallax::text
