#!/usr/bin/env bash
# Runs every libFuzzer target of the `fuzz` preset for SECONDS each (default 60) on seeds from the tests' data,
# and prints one line per target: executions, executions per second, coverage counters and features, findings.
#
#   cmake --preset fuzz && cmake --build build/fuzz -j2
#   scripts/fuzz.sh [SECONDS] [TARGET ...]
#
# Seeds are gathered (never in the repository) under $FUZZ_WORK (default /tmp/parallax-fuzz): the test and sample
# files for the readers, decoding and annotation, the facts TSVs, the knowledge files, cache rows taken from a
# library database the CLI writes over the samples, queries and command lines. Each target keeps its own corpus
# there, so a later run goes on from what an earlier one found. A crash, leak or timeout (over 10 s on one input)
# leaves the input under $FUZZ_WORK/artifacts and makes the script exit 1.
#
# exec/s is libFuzzer's (wall clock); on a shared machine the CPU time the fuzzer got says more: "cpu s" and
# "exec/cpu-s" are its user + system time and the executions per CPU second.
#
# -entropic_feature_frequency_threshold=16: libFuzzer's default (255) keeps every feature seen fewer than 255 times
# in a "rare" list that it searches linearly for each feature of each execution; with the ~30,000 features of the
# readers target that search took 30-38% of the fuzzer's time. At 16 the list stays short (readers: 107 -> 171
# executions per CPU second after loading the corpus, the same coverage in the same number of executions).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${FUZZ_BUILD:-$ROOT/build/fuzz}"
WORK="${FUZZ_WORK:-/tmp/parallax-fuzz}"
EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(decode_fuzz readers_fuzz markup_fuzz annotate_fuzz facts_fuzz serialize_fuzz
                                      search_fuzz knowledge_fuzz cli_args_fuzz verdictfile_fuzz)
export PARALLAX_RESOURCES="${PARALLAX_RESOURCES:-$ROOT/resources}"

seed_files() {  # seed_files TARGET -> the files that seed it
    case "$1" in
        decode_fuzz|readers_fuzz)
            find "$ROOT/tests/data" "$ROOT/resources/samples" -type f -size -64k ;;
        markup_fuzz)
            find "$ROOT/tests/data" -type f \( -name '*.html' -o -name '*.htm' \) -size -64k ;;
        annotate_fuzz)
            find "$ROOT/tests/data/annotate" "$ROOT/tests/data/extract" "$ROOT/resources/samples" -type f \
                 \( -name '*.txt' -o -name '*.md' \) -size -64k ;;
        facts_fuzz)
            find "$ROOT/resources/samples" "$ROOT/tests" -name '*.tsv' -size -64k ;;
        knowledge_fuzz)
            find "$ROOT/resources/knowledge" -type f -size -64k ;;
    esac
}

make_seeds() {  # make_seeds TARGET DIR
    local target="$1" dir="$2" i=0
    mkdir -p "$dir"
    while IFS= read -r f; do cp "$f" "$dir/seed-$((i++))-$(basename "$f")"; done < <(seed_files "$target")
    case "$target" in
        serialize_fuzz)
            # The cache rows as the library writes them: analyze the samples into a database, then take the rows.
            local db="$WORK/seed-library.sqlite"
            local cli="${PARALLAX_CLI:-}"
            for c in "$ROOT/build/dev/app/parallax-cli" "$ROOT/build/ci/app/parallax-cli" "$BUILD/app/parallax-cli"; do
                [ -z "$cli" ] && [ -x "$c" ] && cli="$c"
            done
            if [ ! -s "$db" ] && [ -n "$cli" ]; then
                "$cli" analyze "$ROOT/resources/samples" --db "$db" --json /dev/null \
                    >/dev/null 2>&1 || true
            fi
            if [ -s "$db" ] && command -v sqlite3 >/dev/null; then
                for table in articles annotations story_analysis; do
                    sqlite3 "$db" "SELECT hex(data) FROM $table LIMIT 12" 2>/dev/null |
                        while IFS= read -r hex; do echo "$hex" | xxd -r -p > "$dir/$table-$((i++))"; done
                done
            fi
            printf 'open' > "$dir/verdict-open"; printf 'dismissed' > "$dir/verdict-dismissed" ;;
        search_fuzz)
            local q=0
            for query in 'revenue' 'Alder Quay' '"quoted phrase"' 'prefix*' 'NEAR(a b)' 'a OR b -c' 'column:name' \
                         '宁德时代' '上市' '"unbalanced' '*' '^caret' 'AND' '（全角）'; do
                printf '%s' "$query" > "$dir/query-$((q++))"
            done ;;
        cli_args_fuzz)
            local c=0
            for line in 'analyze|DIR|--facts|f.tsv|--json|-' 'report|DIR|-o|out.html|--min-severity|high' \
                        'extract|FILE|--json' 'annotate|FILE|--published|2024-03-17|--json' \
                        'search|DIR|--|-dash query|--limit|5' 'analyze|DIR|--threads=2|--no-cache'; do
                printf '%s' "$line" | tr '|' '\0' > "$dir/args-$((c++))"
            done ;;
        verdictfile_fuzz)
            printf '{"schema": "parallax.verdicts/1", "verdicts": {"k1": {"verdict": "confirmed", "note": "checked"}, "k2": {"verdict": "dismissed", "note": ""}}}' > "$dir/verdicts-1.json"
            printf '{"verdicts": {"\\u00e9\\ud800": {"verdict": "open", "note": "\\u0000"}, "k": "x"}}' > "$dir/verdicts-2.json"
            printf '[]' > "$dir/verdicts-3.json" ;;
    esac
}

status=0
printf '%-16s %8s %12s %9s %7s %11s %8s %8s  %s\n' target seconds executions 'exec/s' 'cpu s' 'exec/cpu-s' cov ft findings
for target in "${TARGETS[@]}"; do
    bin="$BUILD/fuzz/$target"
    if [ ! -x "$bin" ]; then echo "fuzz.sh: $bin missing (cmake --preset fuzz && cmake --build build/fuzz)" >&2; exit 2; fi
    seeds="$WORK/seeds/$target"
    corpus="$WORK/corpus/$target"
    [ -d "$seeds" ] || make_seeds "$target" "$seeds"
    mkdir -p "$corpus" "$WORK/artifacts" "$WORK/logs"
    log="$WORK/logs/$target.log"
    # Inputs up to 64 KB (a long article); a single input over 10 s is a finding (-timeout), as is a leak.
    /usr/bin/time -f '%U %S' -o "$WORK/logs/$target.cpu" \
        "$bin" -max_total_time="$EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
           -entropic_feature_frequency_threshold=16 \
           -artifact_prefix="$WORK/artifacts/$target-" "$corpus" "$seeds" > "$log" 2>&1
    rc=$?
    cpu=$(tail -1 "$WORK/logs/$target.cpu" | awk '{printf "%.0f", $1 + $2}')
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    finding=none
    if [ $rc -ne 0 ]; then
        finding=$(grep -m1 -o 'ERROR: [A-Za-z]*: [a-z-]*\|ERROR: libFuzzer: [a-z-]*\|runtime error: .*' "$log" || echo "exit $rc")
        status=1
    fi
    per_cpu=$(awk -v e="${execs:-0}" -v c="${cpu:-0}" 'BEGIN { if (c > 0) printf "%.0f", e / c; else print "?" }')
    printf '%-16s %8s %12s %9s %7s %11s %8s %8s  %s\n' "$target" "$EACH" "${execs:-?}" "${rate:-?}" "${cpu:-?}" "$per_cpu" \
           "${cov:-?}" "${ft:-?}" "$finding"
done
[ $status -eq 0 ] || echo "fuzz.sh: findings above; inputs in $WORK/artifacts, logs in $WORK/logs" >&2
exit $status
