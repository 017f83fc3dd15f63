#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from parallax.svg (needs rsvg-convert from librsvg2-bin and,
# optionally, optipng). The PNGs are checked in so that building never needs either tool.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256; do
  rsvg-convert -w "$s" -h "$s" parallax.svg -o "parallax-$s.png"
  if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "parallax-$s.png"; fi
done
