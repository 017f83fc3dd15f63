#!/usr/bin/env bash
# Installs the Debian 12 packages Parallax needs to build, test and run. Idempotent: installs only what is
# missing. Needs root or sudo. Nothing is downloaded from anywhere but Debian's repositories.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  libboost-locale-dev libicu-dev libgumbo-dev libstemmer-dev nlohmann-json3-dev libfmt-dev
  libsqlite3-dev libpoppler-cpp-dev libuchardet-dev libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  # The sanitizer and fuzzing pass of CI (scripts/sanitize-ci.sh, the `fuzz` preset): clang and its runtimes
  # (ASan, UBSan, libFuzzer), which clang only recommends.
  clang-14 libclang-rt-14-dev
  xvfb xauth fonts-dejavu-core fonts-noto-cjk poppler-utils chromium
  # Desktop reader: colour emoji in article text (else they show as boxes), the SVG icon engine for the
  # window icon, and desktop-file-validate for the .desktop test.
  fonts-noto-color-emoji libqt6svg6 desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
