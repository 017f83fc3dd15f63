#!/usr/bin/env bash
# Kills parallax-cli at random moments while it writes `analyze --json OUT` and `report -o OUT.md` over a good
# previous file, and checks after every kill that OUT is still complete: valid JSON (or the Markdown report's
# last line), never a truncated file. Outputs are written to a temporary file and renamed (util/atomic_file).
#
#   scripts/kill-outputs.sh [TRIES] [FOLDER]     e.g. scripts/kill-outputs.sh 100 resources/samples
#
# Needs python3 (JSON check). Work files go to $KILL_TMP (default /tmp/parallax-kill), never into the repository.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TRIES=${1:-50}
FOLDER=${2:-$ROOT/resources/samples}
CLI=${PARALLAX_CLI:-$ROOT/build/dev/app/parallax-cli}
TMP=${KILL_TMP:-/tmp/parallax-kill}
export PARALLAX_RESOURCES=${PARALLAX_RESOURCES:-$ROOT/resources}
mkdir -p "$TMP"
[ -x "$CLI" ] || { echo "kill-outputs: $CLI not built" >&2; exit 2; }

json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
md_ok() { grep -q "Parallax comparison report" "$1" && [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]; }

# One complete run of each first: the "previous good file", and how long each run takes.
ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
"$CLI" analyze "$FOLDER" --db :memory: --json "$TMP/out.json" >/dev/null 2>&1 || { echo "first run failed" >&2; exit 2; }
t1=$(ms)
"$CLI" report "$FOLDER" --db :memory: -o "$TMP/out.md" >/dev/null 2>&1 || true
t2=$(ms)
declare -A took=([json]=$((t1 - t0)) [md]=$((t2 - t1)))
json_ok "$TMP/out.json" || { echo "first JSON invalid" >&2; exit 2; }

kills=0 broken=0 finished=0
for ((i = 0; i < TRIES; i++)); do
  for kind in json md; do
    if [ $kind = json ]; then
      "$CLI" analyze "$FOLDER" --db :memory: --json "$TMP/out.json" >/dev/null 2>&1 &
    else
      "$CLI" report "$FOLDER" --db :memory: -o "$TMP/out.md" >/dev/null 2>&1 &
    fi
    pid=$!
    # a moment between a fifth of a run and a little past its usual end (the write comes last)
    delay_ms=$(( took[$kind] / 5 + RANDOM % (took[$kind] + 1) ))
    sleep "$(printf '0.%03d' $((delay_ms % 1000)))"; sleep $((delay_ms / 1000))
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null
    if [ $kind = json ]; then json_ok "$TMP/out.json" || { broken=$((broken + 1)); echo "broken JSON after try $i"; }
    elif [ -f "$TMP/out.md" ]; then md_ok "$TMP/out.md" || { broken=$((broken + 1)); echo "broken report after try $i"; }
    fi
  done
done
leftovers=$(find "$TMP" -name '.*.tmp-*' | wc -l)
echo "kills $kills, runs that finished first $finished, broken outputs $broken, temporary files left by kills $leftovers"
[ $broken -eq 0 ]
