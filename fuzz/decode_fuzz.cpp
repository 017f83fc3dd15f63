// Fuzzes decodeToUtf8 with and without a declared charset: the output must always be valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/ingest/decode.h"
#include "core/ingest/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const char* declared : {"", "utf-8", "windows-1252", "gb2312", "shift_jis", "utf-16"}) {
        auto d = parallax::ingest::decodeToUtf8(bytes, *declared ? std::optional<std::string>(declared) : std::nullopt);
        if (d.ok() && !parallax::ingest::isValidUtf8(d->text)) std::abort();
    }
    return 0;
}
