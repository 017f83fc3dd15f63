#!/usr/bin/env bash
# The sanitizer pass, as cheap as it can honestly be: ONE clang build (the `fuzz` preset: all of core compiled with
# -fsanitize=fuzzer-no-link,address,undefined) serves both the core unit tests and the libFuzzer targets, so core is
# compiled once for both. Then
#   1. the core unit tests (tests/core: every stage from decoding to the CLI) under ASan + UBSan + LeakSanitizer;
#      not the GUI (Qt is not built with the sanitizers) nor the acceptance tests (whole-folder runs of the CLI that
#      the CI preset already runs, and that would take most of the time here);
#   2. a smoke run of every fuzz target for FUZZ_SECONDS (default 30, the issue asks 30-60) on its seeds, two targets at a time.
# Any sanitizer report, test failure or fuzz finding fails the script.
#
#   scripts/sanitize-ci.sh                   # JOBS=2 FUZZ_SECONDS=30
#   .ci/run                                  # the CI run, then this pass (PARALLAX_CI_SANITIZE=0 skips it)
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${JOBS:-2}"
FUZZ_SECONDS="${FUZZ_SECONDS:-30}"
BUILD=build/fuzz
start=$(date +%s)

launcher=()
if command -v ccache >/dev/null && [ -z "${NO_CCACHE:-}" ]; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz -DPARALLAX_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
# Only what this pass runs: the core test executables and the fuzz targets (not the acceptance tests' programs).
mapfile -t tests < <(grep -rhoP 'parallax_add_test\(\K[a-z_]+' tests/core | sort -u)
mapfile -t fuzzers < <(ninja -C "$BUILD" -t targets all | grep -oP '^fuzz/\K[a-z_]+_fuzz(?=:)' | sort -u)
cmake --build "$BUILD" -j "$JOBS" --target "${tests[@]}" "${fuzzers[@]}"
built=$(date +%s)

# Leaks are findings; UBSan stops at the first report (-fno-sanitize-recover in the preset). Each test program runs
# whole, in one process, two programs at a time, with the environment ctest gives its tests: under ASan a process
# costs ~0.3 CPU s to start, so ctest's one process per test spent most of this step starting 1,221 processes
# (conflict_tests: 1.4 s whole, over 50 s as single tests). Same tests, same sanitizers.
root=$PWD
for t in "${tests[@]}"; do
    exe=$(find "$BUILD/tests/core" -type f -name "$t" -perm -u+x | head -n 1)
    [ -n "$exe" ] || { echo "sanitize-ci: no test program $t" >&2; exit 1; }
    (
        cd "$(dirname "$exe")"
        rm -f "$t.sanitize.rc"
        rc=0
        PARALLAX_RESOURCES="$root/resources" LC_ALL=C.UTF-8 ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
            timeout 900 "./$t" > "$t.sanitize.log" 2>&1 || rc=$?
        echo "$rc" > "$t.sanitize.rc"
    ) &
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
done
wait
for t in "${tests[@]}"; do
    log=$(find "$BUILD/tests/core" -name "$t.sanitize.log" | head -n 1)
    if [ "$(cat "${log%.log}.rc")" = 0 ]; then
        echo "$t: $(grep -E '^\[  PASSED  \]' "$log")"
    else
        cat "$log"
        echo "sanitize-ci: $t FAILED" >&2
        exit 1
    fi
done
tested=$(date +%s)

# Two fuzz targets at a time (each is one process); each keeps its corpus under FUZZ_WORK between runs.
status=0
half=$(((${#fuzzers[@]} + 1) / 2))
FUZZ_BUILD="$PWD/$BUILD" scripts/fuzz.sh "$FUZZ_SECONDS" "${fuzzers[@]:0:half}" > "$BUILD/fuzz-smoke-1.txt" 2>&1 &
first=$!
FUZZ_BUILD="$PWD/$BUILD" scripts/fuzz.sh "$FUZZ_SECONDS" "${fuzzers[@]:half}" > "$BUILD/fuzz-smoke-2.txt" 2>&1 || status=1
wait "$first" || status=1
cat "$BUILD/fuzz-smoke-1.txt"
tail -n +2 "$BUILD/fuzz-smoke-2.txt"
echo "sanitize-ci: build $((built - start)) s, core tests $((tested - built)) s, fuzz $(($(date +%s) - tested)) s," \
     "total $(($(date +%s) - start)) s"
exit $status
