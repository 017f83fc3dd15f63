#pragma once
/// @file hash.h  FNV-1a 64 as 16 lower-case hex digits: cache keys, stable ids. Fast, not collision-resistant.
#include <cstdint>
#include <string>
#include <string_view>

namespace parallax {

[[nodiscard]] inline std::string fnv1a64Hex(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;  // offset basis
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;  // FNV 64 prime
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
    return out;
}

}  // namespace parallax
