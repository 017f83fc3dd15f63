#!/usr/bin/env bash
# Times the whole parallax-cli process on synthetic corpora (bench/generate_corpus.cpp) and prints a
# Markdown table: cold run (no library database) and warm run (same database, everything from the cache),
# articles/second and peak RSS; then `report` to HTML and PDF on the 1k corpus (time and output size).
#
#   scripts/bench-cli.sh [BUILD_DIR] [SIZES...]      e.g. scripts/bench-cli.sh build/perf 1000 10000
#
# BUILD_DIR must hold parallax-cli and parallax_generate_corpus (configure with -DPARALLAX_BUILD_BENCH=ON,
# and -DPARALLAX_BUILD_UI=ON for PDF). Corpora, databases and outputs go under $BENCH_TMP (default
# /tmp/parallax-bench), never into the repository. Peak RSS needs GNU time (/usr/bin/time, Debian package
# `time`); without it only wall time is reported.
set -euo pipefail

BUILD=${1:-build/perf}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
TMP=${BENCH_TMP:-/tmp/parallax-bench}
CLI="$BUILD/app/parallax-cli"
GEN="$BUILD/bench/parallax_generate_corpus"
for b in "$CLI" "$GEN"; do
  [ -x "$b" ] || { echo "bench-cli: $b not built" >&2; exit 2; }
done
mkdir -p "$TMP"
export PARALLAX_RESOURCES=${PARALLAX_RESOURCES:-$(cd "$(dirname "$0")/.." && pwd)/resources}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

HAVE_GNU_TIME=0
/usr/bin/time -v true >/dev/null 2>&1 && HAVE_GNU_TIME=1

# measure LOG CMD...: runs CMD, leaves "wall_s rss_kib exit cpu_s" in $MEASURED (cpu = user + system, the
# honest number on a loaded machine: wall time there mostly measures the other processes).
measure() {
  local log=$1; shift
  local rc=0
  if [ $HAVE_GNU_TIME -eq 1 ]; then
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || rc=$?
    local wall rss cpu
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time" |
      awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log.time")
    MEASURED="$wall $rss $rc $cpu"
  else
    local start end
    start=$(date +%s.%N)
    "$@" >"$log" 2>&1 || rc=$?
    end=$(date +%s.%N)
    MEASURED="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') n/a $rc n/a"
  fi
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| articles | run | wall s | CPU s (user+sys) | articles/s (wall) | articles per CPU s | peak RSS MiB | exit | command |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---|"
for n in "${SIZES[@]}"; do
  dir="$TMP/corpus-$n"
  if [ ! -d "$dir" ]; then
    "$GEN" "$n" $((n / 25 > 0 ? n / 25 : 1)) "$dir" 2>/dev/null
  fi
  db="$TMP/db-$n.sqlite"
  rm -f "$db" "$db-wal" "$db-shm"
  for run in cold warm; do
    cmd=("$CLI" analyze "$dir" --db "$db" --json "$TMP/out-$n.json")
    measure "$TMP/analyze-$n-$run.log" "${cmd[@]}"
    read -r wall rss rc cpu <<<"$MEASURED"
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
    cpurate=$([ "$cpu" = n/a ] && echo n/a || awk -v n="$n" -v c="$cpu" 'BEGIN { printf "%.0f", (c > 0 ? n / c : 0) }')
    mib=$([ "$rss" = n/a ] && echo n/a || awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    echo "| $n | $run | $wall | $cpu | $rate | $cpurate | $mib | $rc | \`parallax-cli analyze $dir --db $db --json $TMP/out-$n.json\` |"
  done
done

n=1000
dir="$TMP/corpus-$n"
[ -d "$dir" ] || "$GEN" "$n" 40 "$dir" 2>/dev/null
echo
echo "| report on $n articles | wall s | CPU s | peak RSS MiB | output bytes | exit | command |"
echo "|---|---:|---:|---:|---:|---:|---|"
# The first report analyses from scratch (fresh database); the later ones read the analysis from the cache,
# so their time is mostly rendering (and, for PDF, Qt printing the HTML).
rdb="$TMP/report-db.sqlite"
rm -f "$rdb" "$rdb-wal" "$rdb-shm"
for what in html:cold html:warm pdf:warm; do
  ext=${what%%:*}
  out="$TMP/r.$ext"
  rm -f "$out"
  measure "$TMP/report-$ext.log" "$CLI" report "$dir" --db "$rdb" -o "$out"
  read -r wall rss rc cpu <<<"$MEASURED"
  mib=$([ "$rss" = n/a ] && echo n/a || awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  size=$(stat -c %s "$out" 2>/dev/null || echo 0)
  echo "| $what | $wall | $cpu | $mib | $size | $rc | \`parallax-cli report $dir --db $rdb -o $out\` |"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
