#!/usr/bin/env bash
# Instruction-count gate: runs every benchmark under callgrind with the release
# binary and fails (exit 1) when a count grows more than GATE_THRESHOLD percent
# (default 2) over benches/baseline.tsv. See benches/README.md.
#
#   benches/gate.sh [-j JOBS] [--no-build] [--only REGEX] [--check-determinism]
#   benches/gate.sh --write-baseline        (what update-baseline.sh runs)
#
# Benchmarks (ids):
#   startup            benches/startup.py (empty program)
#   bench/NAME         tests/bench/NAME.py at its `# small:` size (line 2); stdout must equal NAME.small.out
#   micro/NAME         benches/micro/NAME.py run at N and 2N (N = its `# small:`); the gated count is
#                      Ir(2N) - Ir(N), the cost of N loop iterations without startup; "Ir/iter" = that / N.
#                      stdout must equal line 1 / line 2 of NAME.out (from CPython 3.11).
#
# Exit codes: 0 ok, 1 regression or a baseline benchmark failed to run, 2 setup problem
# (valgrind missing, binary missing, bad arguments).
#
# Counts should be deterministic for one binary and input: the programs run with
# a fixed environment (env -i, TAURARO_HASH_SEED=0), from their own directory,
# with a relative file name, on a private copy of the binary (target/gate/).
# --check-determinism runs everything twice and fails on any difference (today:
# std HashMap's random SipHash keys move counts by <0.1%; see benches/README.md).
#
# Environment: TAURARO_BIN (binary to measure; skips the build), TAURARO_BENCH_DIR
# (benchmark programs), GATE_ENV (extra VAR=value words for the measured program's
# environment), GATE_THRESHOLD (percent, default 2), GATE_TIMEOUT (s per run),
# TAURARO_GATE_RUN (subcommand before the file, default "run"; "-S" lets python3.11
# stand in for tauraro when testing this script).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

# ---- one run (called through xargs in parallel): ID DIR FILE ARG EXPECTED LINE OUTDIR ----
if [ "${1:-}" = "--run-one" ]; then
    shift
    id=$1 dir=$2 file=$3 arg=$4 expected=$5 line=$6 out=$7 rep=$8
    key=$(printf '%s' "$id" | tr '/@' '__')
    cg="$out/$key.$rep.cg"
    args=()
    [ "$arg" != "-" ] && args=("$arg")
    status=ok
    set +e
    (cd "$dir" && env -i PATH=/usr/bin:/bin LC_ALL=C TAURARO_HASH_SEED=0 ${GATE_ENV:-} \
        timeout "${GATE_TIMEOUT:-900}" valgrind --tool=callgrind --callgrind-out-file="$cg" --log-file="$cg.log" \
        --trace-children=no "$TAURARO_GATE_BIN" ${TAURARO_GATE_RUN-run} "$file" "${args[@]}" \
        >"$out/$key.$rep.stdout" 2>"$out/$key.$rep.stderr")
    rc=$?
    set -e
    if [ $rc -ne 0 ]; then
        status="exit-$rc"
    elif [ "$expected" != "-" ]; then
        if [ "$line" = "-" ]; then
            cmp -s "$out/$key.$rep.stdout" "$expected" || status=wrong-output
        else
            want=$(sed -n "${line}p" "$expected")
            got=$(cat "$out/$key.$rep.stdout")
            [ "$got" = "$want" ] || status=wrong-output
        fi
    fi
    count=$(sed -n 's/^summary: *//p; s/^totals: *//p' "$cg" 2>/dev/null | head -n 1)
    [ -n "$count" ] || { count=0; [ "$status" = ok ] && status=no-count; }
    note=
    if [ "$status" = wrong-output ]; then
        note="stdout differs from $(basename "$expected"): $(diff <([ "$line" = - ] && cat "$expected" || sed -n "${line}p" "$expected") \
            "$out/$key.$rep.stdout" | grep -m2 '^[<>]' | tr '\n\t' '  ' | cut -c1-160 || true)"
    elif [ "$status" != ok ]; then
        note=$(tail -n 1 "$out/$key.$rep.stderr" | tr '\t' ' ' | cut -c1-160 || true)
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$rep" "$count" "$status" "$note" >"$out/$key.$rep.res"
    rm -f "$cg" "$cg.log"
    exit 0
fi

# ---- options ----
jobs=2
build=1
only=
repeat=1
write_baseline=0
baseline="$here/baseline.tsv"
threshold=${GATE_THRESHOLD:-2}
while [ $# -gt 0 ]; do
    case $1 in
        -j) jobs=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --only) only=$2; shift 2 ;;
        --check-determinism) repeat=2; shift ;;
        --write-baseline) write_baseline=1; shift ;;
        --baseline) baseline=$2; shift 2 ;;
        -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
        *) echo "gate.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

if ! command -v valgrind >/dev/null 2>&1; then
    echo "gate.sh: valgrind is not installed, so instruction counts cannot be measured." >&2
    echo "         Install it (Debian/Ubuntu: apt-get install valgrind) and run again." >&2
    exit 2
fi

bin=${TAURARO_BIN:-$root/target/release/tauraro}
if [ "$build" = 1 ] && [ -z "${TAURARO_BIN:-}" ]; then
    echo "== cargo build --release --bin tauraro" >&2
    (cd "$root" && cargo build --release --bin tauraro --quiet) || { echo "gate.sh: build failed" >&2; exit 2; }
fi
[ -x "$bin" ] || { echo "gate.sh: no binary at $bin (cargo build --release)" >&2; exit 2; }
# Measure a private copy at a fixed path: a rebuild during the run (shared
# target/) cannot mix two binaries, and argv[0] is the same on every run.
if [ -z "${TAURARO_BIN:-}" ]; then
    mkdir -p "$root/target/gate"
    cp "$bin" "$root/target/gate/tauraro.new" && mv -f "$root/target/gate/tauraro.new" "$root/target/gate/tauraro"
    bin=$root/target/gate/tauraro
fi
export TAURARO_GATE_BIN=$bin

# Benchmark programs: tests/bench (the project's copy), else the shared corpus.
benchdir=${TAURARO_BENCH_DIR:-}
if [ -z "$benchdir" ]; then
    if ls "$root"/tests/bench/*.py >/dev/null 2>&1; then
        benchdir=$root/tests/bench
    else
        benchdir=$(cd "$root/../shared/corpus/bench" 2>/dev/null && pwd || true)
    fi
fi

small() { sed -n '2s/^# small: *//p' "$1"; }

# ---- job list: ID DIR FILE ARG EXPECTED LINE ----
work=$(mktemp -d "${TMPDIR:-/tmp}/tauraro-gate.XXXXXX")
trap 'rm -rf "$work"' EXIT
joblist=$work/jobs
: >"$joblist"
micro_n=$work/micro_n   # micro id -> N
: >"$micro_n"
add() { printf '%s %s %s %s %s %s\n' "$@" >>"$joblist"; }
add startup "$here" startup.py - - -
if [ -n "$benchdir" ]; then
    for py in "$benchdir"/*.py; do
        name=$(basename "$py" .py)
        n=$(small "$py")
        [ -n "$n" ] || continue
        exp=$benchdir/$name.small.out
        [ -f "$exp" ] || exp=-
        add "bench/$name" "$benchdir" "$name.py" "$n" "$exp" -
    done
else
    echo "gate.sh: warning: no benchmark programs found (tests/bench or ../shared/corpus/bench)" >&2
fi
for py in "$here"/micro/*.py; do
    name=$(basename "$py" .py)
    n=$(small "$py")
    exp=$here/micro/$name.out
    [ -f "$exp" ] || exp=-
    l1=1 l2=2
    [ "$exp" = - ] && { l1=-; l2=-; }
    add "micro/$name@1" "$here/micro" "$name.py" "$n" "$exp" "$l1"
    add "micro/$name@2" "$here/micro" "$name.py" "$((2 * n))" "$exp" "$l2"
    printf 'micro/%s %s\n' "$name" "$n" >>"$micro_n"
done
if [ -n "$only" ]; then
    grep -E "^[^ ]*($only)" "$joblist" >"$joblist.f" || true
    mv "$joblist.f" "$joblist"
fi
njobs=$(wc -l <"$joblist")
[ "$njobs" -gt 0 ] || { echo "gate.sh: no benchmarks selected" >&2; exit 2; }

echo "== callgrind: $njobs runs x $repeat, $jobs in parallel, binary $bin" >&2
start=$(date +%s)
for rep in $(seq 1 "$repeat"); do
    sed "s|\$| $work $rep|" "$joblist"
done | xargs -P "$jobs" -L 1 "$here/gate.sh" --run-one ||
    echo "gate.sh: some runs did not record a result (reported as MISSING below)" >&2
echo "== done in $(($(date +%s) - start)) s" >&2

# ---- collect: one row per gated benchmark: ID COUNT STATUS [PER_ITER] ----
cat "$work"/*.res 2>/dev/null | sort >"$work/all" || true
if [ "$repeat" -gt 1 ]; then
    awk -F'\t' '{ c[$1] = c[$1] " " $3 } END { for (k in c) { split(c[k], a, " "); if (a[1] != a[2]) print "NONDETERMINISTIC " k ":" c[k] } }' \
        "$work/all" | sort >"$work/nondet"
fi
awk -F'\t' -v OFS='\t' -v ndfile="$work/nondet" -v nfile="$micro_n" '
    BEGIN {
        while ((getline l < nfile) > 0) { split(l, p, " "); N[p[1]] = p[2] }
        while ((getline l < ndfile) > 0) { split(l, p, " "); sub(/:$/, "", p[2]); nd[p[2]] = p[3] " vs " p[4] }
    }
    $2 != 1 { next }
    {
        id = $1; count = $3; st = $4; note = $5
        if (id in nd) note = "Ir differs between two runs: " nd[id]
        if (id ~ /@[12]$/) {
            base = substr(id, 1, length(id) - 2)
            if (id ~ /@1$/) { c1[base] = count; s1[base] = st; n1[base] = note }
            else { c2[base] = count; s2[base] = st; n2[base] = note }
            micro[base] = 1
        } else print id, count, st, "", note
    }
    END {
        for (m in micro) {
            st = s1[m]; note = n1[m]
            if (st == "ok") { st = s2[m]; note = (n1[m] != "" && n2[m] != "") ? n1[m] "; " n2[m] : n1[m] n2[m] }
            d = c2[m] - c1[m]
            if (st == "ok" && d <= 0) st = "no-growth"
            if (st == "ok") print m, sprintf("%.0f", d), st, sprintf("%.1f", d / N[m]), note
            else print m, 0, st, "", note
        }
    }' "$work/all" | sort >"$work/results"

if [ "$write_baseline" = 1 ]; then
    {
        echo "# Instruction counts (callgrind Ir) per benchmark; written by benches/update-baseline.sh."
        echo "# micro/* rows are Ir(2N) - Ir(N): the cost of N loop iterations without startup."
        echo "# binary: $(cd "$root" && git describe --always --dirty 2>/dev/null || echo '?'), $(valgrind --version)"
        awk -F'\t' -v OFS='\t' '$3 == "ok" { print $1, $2 }' "$work/results"
    } >"$baseline.new"
    if [ -n "$only" ] && [ -f "$baseline" ]; then
        # Partial update: keep the rows of benchmarks that were not selected.
        awk -F'\t' -v OFS='\t' 'NR == FNR { if ($0 !~ /^#/) seen[$1] = 1; print; next }
            /^#/ || ($1 in seen) { next } { print }' "$baseline.new" "$baseline" >"$baseline.tmp"
        { grep '^#' "$baseline.tmp"; grep -v '^#' "$baseline.tmp" | sort; } >"$baseline.new"
        rm -f "$baseline.tmp"
    fi
    mv "$baseline.new" "$baseline"
    awk -F'\t' '$3 != "ok" { print "not in baseline (" $3 "): " $1 }' "$work/results" >&2
    echo "wrote $baseline ($(grep -vc '^#' "$baseline") benchmarks)" >&2
    exit 0
fi

[ -f "$baseline" ] || { echo "gate.sh: no baseline at $baseline (run benches/update-baseline.sh)" >&2; : >"$work/empty"; baseline=$work/empty; }

awk -F'\t' -v thr="$threshold" -v only="$only" -v bfile="$baseline" '
    function commas(x,   s, neg) {
        if (x == "") return "-"
        neg = (x < 0); if (neg) x = -x
        s = sprintf("%.0f", x); t = ""
        while (length(s) > 3) { t = "," substr(s, length(s) - 2) t; s = substr(s, 1, length(s) - 3) }
        return (neg ? "-" : "") s t
    }
    BEGIN {
        while ((getline l < bfile) > 0) {
            if (l ~ /^#/ || split(l, p, "\t") < 2) continue
            base[p[1]] = p[2]; order[++nb] = p[1]
        }
    }
    { now[$1] = $2; st[$1] = $3; per[$1] = $4; note[$1] = $5; ids[++ni] = $1 }
    END {
        printf "%-26s %15s %15s %9s %9s  %s\n", "benchmark", "baseline", "now", "change", "Ir/iter", "status"
        fail = 0; regressed = 0; improved = 0; errors = 0; newb = 0
        for (i = 1; i <= ni; i++) {
            id = ids[i]; b = (id in base) ? base[id] : ""
            ch = ""; mark = st[id]
            if (st[id] == "ok" && b != "") {
                pct = (now[id] - b) * 100.0 / b
                ch = sprintf("%+.2f%%", pct)
                if (pct > thr) { mark = "REGRESSED"; regressed++; fail = 1 }
                else if (pct < -thr) { mark = "improved (update the baseline)"; improved++ }
            } else if (st[id] == "ok") { mark = "new (not in baseline)"; newb++ }
            else if (b != "") { mark = "FAILED: " st[id]; errors++; fail = 1 }
            else { mark = "not run ok: " st[id] " (not in baseline)" }
            if (st[id] == "ok" && note[id] ~ /^Ir differs/) { mark = "NONDETERMINISTIC"; nondet++; fail = 1 }
            printf "%-26s %15s %15s %9s %9s  %s\n", id, commas(b), (st[id] == "ok" ? commas(now[id]) : "-"), ch, per[id], mark
            seen[id] = 1
        }
        for (i = 1; i <= nb; i++) {
            id = order[i]
            if (!(id in seen) && (only == "" || id ~ only)) {
                printf "%-26s %15s %15s %9s %9s  %s\n", id, commas(base[id]), "-", "", "", "MISSING (benchmark gone?)"
                errors++; fail = 1
            }
        }
        for (i = 1; i <= ni; i++) if (note[ids[i]] != "") {
            if (!hdr++) printf "\nnotes (failures: last stderr line):\n"
            printf "  %-24s %s\n", ids[i], note[ids[i]]
        }
        printf "\n%d benchmarks: %d regressed (> +%s%%), %d failed/missing, %d improved (< -%s%%), %d new", \
            ni, regressed, thr, errors, improved, thr, newb
        if (nondet) printf ", %d nondeterministic", nondet
        printf "\n"
        print (fail ? "GATE: FAIL" : "GATE: ok")
        exit fail
    }' "$work/results"
