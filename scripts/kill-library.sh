#!/usr/bin/env bash
# Kills (SIGKILL) `parallax-cli analyze` while it fills a library database and writes --json, and a verdict writer
# (bench/verdict_writer.cpp: Library::setVerdict, as the window, one acknowledged commit at a time) while it gives
# verdicts, at random moments; after every kill it checks
#   - PRAGMA integrity_check of the database is "ok";
#   - the --json output is complete JSON (the previous good file or the new one, never a truncated one);
#   - every verdict the writer acknowledged before it died is in the database with its last acknowledged value;
# and every 50 analysis kills, and at the end, that a run to completion on the killed-over database gives the same
# stories and conflicts as a fresh run. Some verdict kills run an analysis of the same database at the same time,
# which must finish without "database is locked".
#
#   scripts/kill-library.sh [ANALYSIS_KILLS] [VERDICT_KILLS] [FOLDER]      defaults: 320 200 resources/samples
#
# Needs python3. Work files go to $KILL_TMP (default /tmp/parallax-kill-library), never into the repository.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ANALYSIS_KILLS=${1:-320}
VERDICT_KILLS=${2:-200}
FOLDER=${3:-$ROOT/resources/samples}
CLI=${PARALLAX_CLI:-$ROOT/build/dev/app/parallax-cli}
WRITER=${PARALLAX_VERDICT_WRITER:-$(dirname "$(dirname "$CLI")")/bench/parallax_verdict_writer}
TMP=${KILL_TMP:-/tmp/parallax-kill-library}
DB=$TMP/library.sqlite
export PARALLAX_RESOURCES=${PARALLAX_RESOURCES:-$ROOT/resources}
[ -x "$CLI" ] || { echo "kill-library: $CLI not built" >&2; exit 2; }
[ -x "$WRITER" ] || { echo "kill-library: $WRITER not built (target parallax_verdict_writer)" >&2; exit 2; }
rm -rf "$TMP" && mkdir -p "$TMP"

ms() { echo $(($(date +%s%N) / 1000000)); }
pause_ms() { sleep "$(awk -v m="$1" 'BEGIN { printf "%.3f", m / 1000 }')"; }
integrity() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1" 2>&1; }
json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
# The stories and conflicts of an analysis JSON, without what may differ between a cached and a fresh run.
same_result() {
    python3 - "$1" "$2" <<'EOF'
import json, sys
def key(path):
    d = json.load(open(path))
    return json.dumps({"stories": d["stories"], "conflicts": [{k: v for k, v in c.items() if k not in ("verdict", "note")}
                                                             for c in d["conflicts"]]}, sort_keys=True)
sys.exit(0 if key(sys.argv[1]) == key(sys.argv[2]) else 1)
EOF
}
# Every acknowledged verdict ("ack ID VERDICT NOTE" lines that were written whole) is in the database with its last
# acknowledged value, unless the one write in flight when the writer died (committed, not yet acknowledged: write
# number len(acks), the writer's sequence is fixed) gave that id a newer value. Prints "acknowledged lost".
acks_kept() {
    python3 - "$1" "$2" "$3" <<'EOF'
import sqlite3, sys
db, acks, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(acks, encoding="utf-8", errors="replace").read()
lines = text.split("\n")[:-1]          # a line cut by the kill has no newline: not acknowledged
want = {}
for line in lines:
    _, cid, verdict, note = line.split(" ", 3)
    want[cid] = (verdict, note)
i = len(lines)                         # the write in flight (bench/verdict_writer.cpp's sequence)
in_flight = (prefix + str(i % 5 if i % 7 == 0 else i), (["confirmed", "dismissed", "open"][i % 3], f"note {i}"))
rows = dict((r[0], (r[1], r[2])) for r in sqlite3.connect(db).execute("SELECT conflict_id, verdict, note FROM verdicts"))
lost = [c for c, v in want.items() if rows.get(c) != v and (c, rows.get(c)) != in_flight]
print(len(want), len(lost))
EOF
}

t0=$(ms)
"$CLI" analyze "$FOLDER" --db :memory: --json "$TMP/reference.json" >/dev/null 2>&1 || { echo "reference run failed" >&2; exit 2; }
took=$(($(ms) - t0))
cp "$TMP/reference.json" "$TMP/out.json"

kills=0 finished=0 integrity_failures=0 truncated=0 rerun_mismatch=0 acked=0 lost=0 locked=0
check_db() {
    local r
    r=$(integrity "$DB")
    [ "$r" = ok ] || { integrity_failures=$((integrity_failures + 1)); echo "integrity after $1: $r"; }
}
rerun() {
    "$CLI" analyze "$FOLDER" --db "$DB" --json "$TMP/rerun.json" >/dev/null 2>"$TMP/rerun.err" || echo "rerun failed: $(head -3 "$TMP/rerun.err")"
    same_result "$TMP/reference.json" "$TMP/rerun.json" || { rerun_mismatch=$((rerun_mismatch + 1)); echo "rerun differs after $1"; }
}

for ((i = 1; i <= ANALYSIS_KILLS; i++)); do
    # A cold library every fourth try (the most writes), otherwise one filled by earlier, possibly killed, runs.
    [ $((i % 4)) -eq 1 ] && rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
    "$CLI" analyze "$FOLDER" --db "$DB" --json "$TMP/out.json" >/dev/null 2>&1 &
    pid=$!
    pause_ms $((RANDOM % (took + 1)))
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null
    json_ok "$TMP/out.json" || { truncated=$((truncated + 1)); echo "broken JSON after analysis try $i"; }
    check_db "analysis try $i"
    [ $((i % 50)) -eq 0 ] && rerun "analysis try $i"
done
analysis_kills=$kills

for ((i = 1; i <= VERDICT_KILLS; i++)); do
    concurrent=""
    if [ $((i % 5)) -eq 0 ]; then
        "$CLI" analyze "$FOLDER" --db "$DB" --json "$TMP/concurrent.json" >/dev/null 2>"$TMP/concurrent.err" &
        concurrent=$!
    fi
    "$WRITER" "$DB" 100000000 "v$i-" >"$TMP/acks.txt" 2>"$TMP/writer.err" &
    pid=$!
    pause_ms $((20 + RANDOM % 400))
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else finished=$((finished + 1)); echo "writer ended: $(head -2 "$TMP/writer.err")"; fi
    wait "$pid" 2>/dev/null
    if [ -n "$concurrent" ]; then
        wait "$concurrent" || echo "concurrent analysis failed: $(head -3 "$TMP/concurrent.err")"
        grep -qi "locked" "$TMP/concurrent.err" && { locked=$((locked + 1)); echo "locked during verdict try $i"; }
        json_ok "$TMP/concurrent.json" || { truncated=$((truncated + 1)); echo "broken JSON after verdict try $i"; }
    fi
    check_db "verdict try $i"
    read -r n l < <(acks_kept "$DB" "$TMP/acks.txt" "v$i-")
    acked=$((acked + n)) lost=$((lost + l))
    [ "$l" -eq 0 ] || echo "verdict try $i: $l of $n acknowledged verdicts lost"
done
rerun "the end"

echo "kill-library: $analysis_kills kills during analysis, $((kills - analysis_kills)) during verdict writes ($kills in all;" \
     "$finished runs ended before their kill); integrity failures $integrity_failures; acknowledged verdicts $acked," \
     "lost $lost; truncated outputs $truncated; reruns that differ $rerun_mismatch; 'database is locked' $locked"
[ $integrity_failures -eq 0 ] && [ $lost -eq 0 ] && [ $truncated -eq 0 ] && [ $rerun_mismatch -eq 0 ] && [ $locked -eq 0 ]
