#!/usr/bin/env bash
# The bounded sanitizer pass: core, the CLI and the core tests built once with clang under ASan + UBSan (the `fuzz`
# preset with the tests on: the same objects serve the tests and the fuzz targets), every test of that build run
# (the GUI is not built there), then each fuzz target for FUZZ_SECONDS (default 20) on its seeds.
#
#   scripts/sanitize-ci.sh            # JOBS=2 FUZZ_SECONDS=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${JOBS:-2}"
start=$(date +%s)
cmake --preset fuzz -DPARALLAX_BUILD_TESTS=ON ${CCACHE:+-DCMAKE_CXX_COMPILER_LAUNCHER=ccache} >/dev/null
cmake --build build/fuzz -j "$JOBS"
built=$(date +%s)
# Leaks are findings too; UBSan stops at the first report (-fno-sanitize-recover in the preset).
# HostileReports asks for a PDF report, which only the Qt build can print.
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" ctest --test-dir build/fuzz -j "$JOBS" --output-on-failure --timeout 900 \
    -E '^HostileReports$'
tested=$(date +%s)
scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
echo "sanitize-ci: build $((built - start)) s, tests $((tested - built)) s, fuzz $(( $(date +%s) - tested )) s"
