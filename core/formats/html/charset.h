#pragma once
/// @file charset.h  The charset an HTML document declares for itself.
#include <optional>
#include <string>
#include <string_view>

namespace parallax::formats::html {

/// Looks in the first bytes of `bytes` (the HTML spec's prescan looks at 1024; pages with long heads
/// put it later, so 4096 are searched) for `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`. Returns the label lower-cased.
[[nodiscard]] std::optional<std::string> sniffMetaCharset(std::string_view bytes);

}  // namespace parallax::formats::html
