#include "core/formats/html/charset.h"

#include <algorithm>
#include <cctype>

namespace parallax::formats::html {

std::optional<std::string> sniffMetaCharset(std::string_view bytes) {
    std::string head(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096)));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
        const std::size_t end = head.find('>', pos);
        const std::string tag = head.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        const std::size_t cs = tag.find("charset");
        if (cs == std::string::npos) continue;
        std::size_t i = cs + 7;
        while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i])) != 0) ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && (std::isspace(static_cast<unsigned char>(tag[i])) != 0 || tag[i] == '"' || tag[i] == '\''))
            ++i;
        std::size_t j = i;
        while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) != 0 || tag[j] == '-' ||
                                  tag[j] == '_' || tag[j] == '.' || tag[j] == ':'))
            ++j;
        if (j > i) return tag.substr(i, j - i);
    }
    return std::nullopt;
}

}  // namespace parallax::formats::html
