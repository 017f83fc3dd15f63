#!/usr/bin/env bash
# Times parallax-cli's HTML extraction and Mozilla Readability (with linkedom as the DOM) on the same pages, in one
# run, and prints pages per second for each.
#
#   scripts/readability-side-by-side.sh [BUILD_DIR] [FOLDER...]
#
# Pages: every source.html under ../shared/corpus/readability/test-pages (relative to the repository's parent,
# as the shared corpus is laid out) and every .html/.htm file under each FOLDER given. @mozilla/readability and
# linkedom are installed from the npm registry into $READABILITY_SCRATCH (default /tmp/parallax-readability),
# never into the repository; a second run reuses them. Needs node and npm.
#
# Both sides read every file from disk in one process. Readability's time is its loop over the pages (parse with
# linkedom, then Readability.parse), without node's start-up; parallax-cli's is the whole process
# (`extract FILES... --jsonl`, start-up included), once on one thread (as node runs) and once on all cores.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build/dev}
shift || true
CLI="$BUILD/app/parallax-cli"
[ -x "$CLI" ] || { echo "readability-side-by-side: $CLI not built" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "readability-side-by-side: needs node and npm" >&2; exit 2; }
SCRATCH=${READABILITY_SCRATCH:-/tmp/parallax-readability}
mkdir -p "$SCRATCH"
export PARALLAX_RESOURCES=${PARALLAX_RESOURCES:-$ROOT/resources}

if [ ! -d "$SCRATCH/node_modules/@mozilla/readability" ] || [ ! -d "$SCRATCH/node_modules/linkedom" ]; then
  echo "installing @mozilla/readability and linkedom into $SCRATCH ..." >&2
  (cd "$SCRATCH" && { [ -f package.json ] || echo '{"private": true}' >package.json; } &&
    npm install --no-audit --no-fund --silent @mozilla/readability linkedom >&2)
fi

LIST="$SCRATCH/pages.txt"
: >"$LIST"
TEST_PAGES=${TEST_PAGES:-$ROOT/../../shared/corpus/readability/test-pages}
[ -d "$TEST_PAGES" ] || TEST_PAGES=$ROOT/../shared/corpus/readability/test-pages
[ -d "$TEST_PAGES" ] && find "$TEST_PAGES" -name source.html | sort >>"$LIST"
for folder in "$@"; do
  folder=$(cd "$folder" && pwd)  # absolute: node reads the list from $SCRATCH
  find "$folder" -type f \( -name '*.html' -o -name '*.htm' \) | sort >>"$LIST"
done
PAGES=$(wc -l <"$LIST")
[ "$PAGES" -gt 0 ] || { echo "readability-side-by-side: no pages found" >&2; exit 2; }

cat >"$SCRATCH/time-readability.mjs" <<'EOF'
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let ok = 0, failed = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const f of files) {
  try {
    const { document } = parseHTML(readFileSync(f, 'utf8'));
    if (new Readability(document).parse()) ok++; else failed++;
  } catch (e) { failed++; }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
console.log(`${files.length} ${seconds.toFixed(3)} ${((cpu.user + cpu.system) / 1e6).toFixed(3)} ${ok} ${failed}`);
EOF

# timed CMD...: "wall_s cpu_s" of CMD (stdout discarded; cpu = user + system, from GNU time when installed)
timed() {
  if /usr/bin/time -f "%e %U %S" true >/dev/null 2>&1; then
    /usr/bin/time -o "$SCRATCH/time.txt" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%.3f %.3f", $1, $2 + $3 }' "$SCRATCH/time.txt"
  else
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f n/a", b - a }'
  fi
}

echo "pages: $PAGES ($(wc -c < <(xargs cat <"$LIST")) bytes); machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r n rs rcpu rok rfail < <(cd "$SCRATCH" && node time-readability.mjs "$LIST")
mapfile -t files <"$LIST"
read -r p1 c1 <<<"$(timed "$CLI" extract "${files[@]}" --jsonl --threads 1)"
read -r pn cn <<<"$(timed "$CLI" extract "${files[@]}" --jsonl)"
ok=$("$CLI" extract "${files[@]}" --jsonl 2>/dev/null | grep -vc '"error"' || true)
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s + 0 > 0) printf "%.1f", n / s; else printf "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.1fx", a / b; else printf "n/a" }'; }
rr=$(rate "$n" "$rs"); rc=$(rate "$n" "$rcpu")
echo
echo "| extractor | pages | extracted | wall s | CPU s | pages/s (wall) | pages per CPU s | vs Readability (wall / CPU) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
echo "| Readability + linkedom (node $(node --version)) | $n | $rok | $rs | $rcpu | $rr | $rc | 1.0x / 1.0x |"
for row in "parallax-cli extract --jsonl --threads 1:$p1:$c1" "parallax-cli extract --jsonl ($(nproc) threads):$pn:$cn"; do
  IFS=: read -r label s c <<<"$row"
  r=$(rate "$PAGES" "$s"); rcp=$(rate "$PAGES" "$c")
  echo "| $label | $PAGES | $ok | $s | $c | $r | $rcp | $(ratio "$r" "$rr") / $(ratio "$rcp" "$rc") |"
done
# The parser alone (parallax_bench_parse, built with -DPARALLAX_BUILD_BENCH=ON): the floor under any extraction
# built on gumbo. Its pages/s on all cores, at perfect scaling, bound what `extract` can reach beside Readability.
PARSE="$BUILD/bench/parallax_bench_parse"
if [ -x "$PARSE" ] && "$PARSE" "$LIST" >"$SCRATCH/parse.txt" 2>/dev/null; then
  gl=$(awk '/^gumbo lean/ { print $3 }' "$SCRATCH/parse.txt")
  dp=$(awk '/^document parse/ { print $3 }' "$SCRATCH/parse.txt")
  parse_row() {  # parse_row LABEL SECONDS (one thread: wall = CPU)
    local r
    r=$(rate "$PAGES" "$2")
    echo "| $1 | $PAGES | | $2 | $2 | $r | $r | $(ratio "$r" "$rr") / $(ratio "$r" "$rc") |"
  }
  parse_row "gumbo alone, on the pages as parallax hands them over (one thread)" "$gl"
  parse_row "parallax's parse: script scan, gumbo, DOM copy (one thread)" "$dp"
  ceiling=$(awk -v s="$gl" -v t="$(nproc)" -v rs="$rs" 'BEGIN { if (s + 0 > 0) printf "%.1fx", rs / (s / t) }')
  echo
  echo "gumbo alone on $(nproc) threads, at perfect scaling, would run at $ceiling Readability's wall rate:" \
    "the ceiling for extract before any of its own work."
fi
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
