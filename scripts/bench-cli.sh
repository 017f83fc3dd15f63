#!/usr/bin/env bash
# Prints every row of the speed table of issue 10 in one run, as a Markdown table: wall seconds, CPU seconds
# (user + system: the honest number on a loaded machine), peak RSS and the load average before and after each row.
#
#   scripts/bench-cli.sh [--quick] [BUILD_DIR]        e.g. scripts/bench-cli.sh build/perf
#
# --quick skips the 100k corpus (more than 10 minutes of CPU) and aligns a story of 300 articles instead of 1,000.
# BUILD_DIR (default build/dev) must hold parallax-cli, parallax-pdf and the benchmarks (configure with
# -DPARALLAX_BUILD_BENCH=ON). Corpora (bench/generate_corpus.cpp: N articles in N/25 stories), databases and
# outputs go under $BENCH_TMP (default /tmp/parallax-bench), never into the repository; corpora are generated
# once and reused. Needs GNU time (/usr/bin/time, Debian package `time`) for CPU and RSS; `perf` for the start-up
# row (else a loop of 100 runs); node and npm for the Readability column (scripts/readability-side-by-side.sh).
# Stops when $BENCH_TMP's disk has less than 10 GB free (2 with --quick); BENCH_FORCE=1 runs anyway.
set -euo pipefail

QUICK=0
if [ "${1:-}" = "--quick" ]; then QUICK=1; shift; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build/dev}
TMP=${BENCH_TMP:-/tmp/parallax-bench}
CLI="$BUILD/app/parallax-cli"
GEN="$BUILD/bench/parallax_generate_corpus"
STORY="$BUILD/bench/parallax_bench_story"
for b in "$CLI" "$GEN" "$STORY"; do
  [ -x "$b" ] || { echo "bench-cli: $b not built (configure with -DPARALLAX_BUILD_BENCH=ON)" >&2; exit 2; }
done
/usr/bin/time -v true >/dev/null 2>&1 || { echo "bench-cli: needs GNU time (/usr/bin/time)" >&2; exit 2; }
mkdir -p "$TMP"
export PARALLAX_RESOURCES=${PARALLAX_RESOURCES:-$ROOT/resources}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

load() { cut -d' ' -f1 /proc/loadavg; }

# measure LOG CMD...: runs CMD; sets WALL, CPU, RSS (MiB), RC and LOAD ("before -> after", 1-minute averages).
measure() {
  local log=$1; shift
  local before
  # The previous row's database (2 GB at 100k) is still being written back: its disk writes are not this row's.
  sync
  before=$(load)
  RC=0
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || RC=$?
  WALL=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time" |
    awk -F: '{ if (NF==3) printf "%.2f", $1*3600+$2*60+$3; else printf "%.2f", $1*60+$2 }')
  RSS=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time" | awk '{ printf "%.0f", $1 / 1024 }')
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log.time")
  LOAD="$before -> $(load)"
}

row() { echo "| $1 | $WALL | $CPU | $RSS | $LOAD | $2 |"; }

corpus() {  # corpus N: the generated folder of N articles
  local dir="$TMP/corpus-$1"
  [ -d "$dir" ] || "$GEN" "$1" $(($1 / 25)) "$dir" >/dev/null 2>&1
  echo "$dir"
}

# The 100k row writes about 3 GB (the library, its WAL, the JSON) beside the corpus. On a nearly full disk
# ext4 spends far longer finding room for each write: with 2.6 GB free the same 100k run took twice the
# system time (21 s instead of 10-15 s) and its writes could fail. Stop rather than print such a row as a timing.
free_gb=$(df -P -BG "$TMP" | awk 'NR == 2 { gsub("G", "", $4); print $4 }')
need_gb=$([ $QUICK -eq 1 ] && echo 2 || echo 10)
if [ "${free_gb:-0}" -lt "$need_gb" ]; then
  echo "bench-cli: only ${free_gb} GB free under $TMP (want $need_gb GB): timings would measure the full disk, not Parallax" >&2
  [ "${BENCH_FORCE:-0}" = 1 ] || exit 2
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, ${free_gb} GB free under $TMP; build: $BUILD; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| work | wall s | CPU s | peak RSS MiB | load (1 min) | notes |"
echo "|---|---:|---:|---:|---|---|"

# 10k: cold (no library database), warm (nothing changed), one file changed.
dir=$(corpus 10000)
db="$TMP/db-10000.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
for run in cold warm; do
  measure "$TMP/analyze-10000-$run.log" "$CLI" analyze "$dir" --db "$db" --json "$TMP/out-10000-$run.json"
  row "10k plain-text articles, $run \`analyze\`" "exit $RC"
  if [ "$run" = cold ]; then COLD_WALL=$WALL; COLD_CPU=$CPU; fi
done
changed=$(find "$dir" -type f -name '*.txt' | sort | awk 'NR == 1')
cp -p "$changed" "$TMP/changed.orig"  # -p: restored with its time, so later runs read the folder as it was
echo "The council said on Tuesday that the figures would be published next week." >>"$changed"
measure "$TMP/analyze-10000-changed.log" "$CLI" analyze "$dir" --db "$db" --json "$TMP/out-10000-changed.json"
cp -p "$TMP/changed.orig" "$changed"
row "10k, one file changed" "exit $RC; $(basename "$changed") got one more sentence (restored afterwards)"
same=$(cmp -s "$TMP/out-10000-cold.json" "$TMP/out-10000-warm.json" && echo "warm JSON = cold JSON" || echo "warm JSON DIFFERS from cold")

# 100k cold, with the generated stories counted.
if [ $QUICK -eq 0 ]; then
  dir=$(corpus 100000)
  db="$TMP/db-100000.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  measure "$TMP/analyze-100000.log" "$CLI" analyze "$dir" --db "$db" --json "$TMP/out-100000.json"
  BIG_WALL=$WALL; BIG_CPU=$CPU; BIG_RSS=$RSS; BIG_LOAD=$LOAD; BIG_RC=$RC
  # The same machine runs the same 10k 10-25% faster or slower from one minute to the next: the ratio is taken
  # against the mean of a 10k cold run before the 100k run and one right after it.
  db10="$TMP/db-10000-again.sqlite"
  rm -f "$db10" "$db10-wal" "$db10-shm"
  measure "$TMP/analyze-10000-again.log" "$CLI" analyze "$(corpus 10000)" --db "$db10" --json "$TMP/out-10000-again.json"
  row "10k plain-text articles, cold \`analyze\` again (after the 100k run)" "exit $RC"
  stories=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['stories']))" "$TMP/out-100000.json" 2>/dev/null || echo "?")
  ratio=$(awk -v w="$BIG_WALL" -v c="$BIG_CPU" -v w0="$COLD_WALL" -v c0="$COLD_CPU" -v w1="$WALL" -v c1="$CPU" \
    'BEGIN { if (w0 > 0 && c0 > 0 && w1 > 0 && c1 > 0) printf "%.1fx wall, %.1fx CPU of the mean 10k cold run", 2 * w / (w0 + w1), 2 * c / (c0 + c1) }')
  WALL=$BIG_WALL; CPU=$BIG_CPU; RSS=$BIG_RSS; LOAD=$BIG_LOAD; RC=$BIG_RC
  row "100k cold \`analyze\`" "exit $RC; $stories stories found (4,000 generated); $ratio"
else
  echo "| 100k cold \`analyze\` | | | | | skipped (--quick) |"
fi

# One story of 1,000 articles (300 with --quick): alignStory, from the Google Benchmark.
n=$([ $QUICK -eq 1 ] && echo 300 || echo 1000)
measure "$TMP/story-$n.log" "$STORY" --benchmark_filter="BM_AlignBigStory/$n/"
# Wall and CPU of alignStory alone (the benchmark's own timing, without building the story); RSS of the process.
WALL=$(awk '/BM_AlignBigStory/ { printf "%.2f", $2 / 1000; exit }' "$TMP/story-$n.log")
CPU=$(awk '/BM_AlignBigStory/ { printf "%.2f", $4 / 1000; exit }' "$TMP/story-$n.log")
row "one story of $n articles, \`alignStory\`" "exit $RC; alignStory alone, as timed by parallax_bench_story"

# report of 1,000 articles: HTML then PDF, both from the cached analysis.
dir=$(corpus 1000)
rdb="$TMP/report-db.sqlite"
rm -f "$rdb" "$rdb-wal" "$rdb-shm"
"$CLI" analyze "$dir" --db "$rdb" >/dev/null 2>&1
for ext in html pdf; do
  out="$TMP/r.$ext"
  rm -f "$out"
  measure "$TMP/report-$ext.log" "$CLI" report "$dir" --db "$rdb" -o "$out"
  size=$(stat -c %s "$out" 2>/dev/null || echo 0)
  pages=""
  [ "$ext" = pdf ] && command -v pdfinfo >/dev/null && pages=", $(pdfinfo "$out" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages"
  row "\`report\` of 1,000 articles to ${ext^^}" "exit $RC; $size bytes$pages"
done

# HTML extraction in one process, beside Readability + linkedom (pages/s of each in its own table below).
extraction=""
if command -v node >/dev/null && command -v npm >/dev/null; then
  extraction=$("$ROOT/scripts/readability-side-by-side.sh" "$BUILD" 2>/dev/null || true)
fi

# Start-up: `parallax-cli --help`, and what the CLI links.
libs=$(ldd "$CLI" | wc -l)
qt=$(readelf -d "$CLI" | grep -ciE 'qt|poppler|libGL' || true)
if command -v perf >/dev/null && perf stat -r 2 true >/dev/null 2>&1; then
  before=$(load)
  sync
  perf stat -r 50 "$CLI" --help 2>"$TMP/help.perf" >/dev/null
  task=$(awk '/task-clock/ { print $1; exit }' "$TMP/help.perf")
  elapsed=$(awk '/seconds time elapsed/ { printf "%.4f", $1; exit }' "$TMP/help.perf")
  WALL=$elapsed; CPU=$(awk -v t="$task" 'BEGIN { printf "%.4f", t / 1000 }'); RSS=""; LOAD="$before -> $(load)"
  row "\`parallax-cli --help\` start-up (perf stat -r 50, mean)" "$libs shared libraries, $qt of them Qt/poppler/GL"
else
  before=$(load)
  start=$(date +%s.%N)
  for _ in $(seq 100); do "$CLI" --help >/dev/null; done
  end=$(date +%s.%N)
  WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 100 }'); CPU=""; RSS=""; LOAD="$before -> $(load)"
  row "\`parallax-cli --help\` start-up (mean of 100 runs)" "$libs shared libraries, $qt of them Qt/poppler/GL"
fi

echo
echo "$same."
if [ -n "$extraction" ]; then
  echo
  echo "HTML extraction, one process (scripts/readability-side-by-side.sh):"
  echo
  echo "$extraction"
else
  echo "HTML extraction: node/npm missing, Readability not run."
fi
