#!/usr/bin/env bash
# Opens the GUI on a folder. Without a display it says how to use xvfb-run and shows the CLI's summary instead.
set -euo pipefail
build="$1"; folder="$2"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$build/app/parallax" "$folder"
fi
echo "No display found. To see the window on a virtual display:"
echo "  xvfb-run -a $build/app/parallax --screenshot parallax.png $folder   # saves a picture of the window"
echo "Meanwhile, here is the headless analysis of $folder:"
exec "$build/app/parallax-cli" analyze "$folder"
