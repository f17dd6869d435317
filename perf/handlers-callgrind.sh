#!/usr/bin/env bash
# Per-handler instruction counts from callgrind (exact and deterministic, unlike
# perf samples; no hardware counters needed).
#
#   perf/handlers-callgrind.sh [-n TOP] [-o OUT.cg] PROGRAM.py [ARGS...]   run under callgrind
#   perf/handlers-callgrind.sh [-n TOP] -f OUT.cg [-f MORE.cg ...]         analyse existing files (summed)
#
# Columns:
#   Ir self      instructions executed in the handler's own code (fast paths inline)
#   share, cum   of all instructions of the run, and running total down the table
#   dispatches   times the handler was entered. Callgrind models each tail-jump
#                dispatch as a call, so this is the op's dynamic execution count.
#   Ir/disp      self / dispatches: the handler's cost per execution
#   +callees     self + instructions in the non-handler functions it called (slow
#                paths, runtime helpers, a compiled loop called by jit::jit_enter),
#                as % of the run. A native helper that re-enters Python
#                (sorted(key=...), __init__) also counts what it ran. Callgrind
#                records a tail jump as a call whose inclusive cost is the whole
#                rest of the dispatch chain, so only calls of non-handlers count:
#                a handler symbol that common.sh's handler() misses shows here
#                as a share far over 100% for whichever op jumps to it.
# Then the top non-handler functions by self instructions, and totals.
# TAURARO_BIN picks another binary; TAURARO_FLAGS adds interpreter flags.
set -euo pipefail
. "$(dirname "$0")/common.sh"

top=40
out=
files=()
while [ $# -gt 0 ]; do
    case $1 in
        -n) top=$2; shift 2 ;;
        -o) out=$2; shift 2 ;;
        -f) files+=("$2"); shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) break ;;
    esac
done

if [ ${#files[@]} -eq 0 ]; then
    [ $# -ge 1 ] || { sed -n '2,20p' "$0"; exit 2; }
    need valgrind "Install valgrind (Debian/Ubuntu: apt-get install valgrind)."
    bin=$(tauraro_bin)
    if [ -z "$out" ]; then
        out=$(mktemp "${TMPDIR:-/tmp}/tauraro-cg.XXXXXX")
        trap 'rm -f "$out"' EXIT
    fi
    # shellcheck disable=SC2086
    TAURARO_HASH_SEED=0 valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$bin" ${TAURARO_FLAGS:-} run "$@" >/dev/null 2>"$out.log" ||
        { echo "handlers-callgrind.sh: the program failed:" >&2; tail -n 5 "$out.log" >&2; rm -f "$out.log"; exit 1; }
    grep -m1 'Collected' "$out.log" >&2 || true
    rm -f "$out.log"
    files=("$out")
fi

awk -v top="$top" "$HANDLER_AWK"'
    # Callgrind format: "fn=(id) name" / "cfn=(id) name" define compressed names
    # (shared table); later "fn=(id)". Cost lines: "POS IR". After "calls=N POS",
    # the next cost line is the inclusive cost of those N calls.
    function nm(s,   id, name, p) {
        p = index(s, ") ")
        if (p) { id = substr(s, 1, p); name = substr(s, p + 2); sub(/'"'"'[0-9]+$/, "", name); names[id] = name; return name }
        return names[s]
    }
    FNR == 1 { split("", names); fn = ""; fh = ""; incall = 0 }
    /^fn=/   { fn = nm(substr($0, 4)); fh = handler(fn); next }
    /^cfn=/  { cfn = nm(substr($0, 5)); next }
    /^calls=/ { split(substr($0, 7), a, " "); ncalls[cfn] += a[1]; incall = 1; next }
    /^summary:/ { total += $2; next }
    /^totals:/ { next }
    /^[0-9+*-]/ {
        c = (NF >= 2) ? $2 + 0 : 0
        if (incall) {
            # inclusive cost of a call from fn to cfn: charge it to the calling
            # handler when the callee is not a handler (slow path / helper).
            if (fh != "" && handler(cfn) == "") callees[fh] += c
            incall = 0
        } else {
            self[fn] += c; sum += c
        }
        next
    }
    END {
        if (!total) total = sum
        if (!total) { print "no cost data"; exit 1 }
        for (f in self) { h = handler(f); if (h != "") hs[h] += self[f]; else other[f] = self[f] }
        for (f in ncalls) { h = handler(f); if (h != "") { disp[h] += ncalls[f]; if (!(h in hs)) hs[h] = 0 } }
        n = 0; for (h in hs) names2[++n] = h
        for (i = 2; i <= n; i++) { x = names2[i]; for (j = i - 1; j >= 1 && hs[names2[j]] < hs[x]; j--) names2[j + 1] = names2[j]; names2[j + 1] = x }
        printf "%-34s %14s %7s %7s %12s %8s %8s\n", "handler", "Ir self", "share", "cum", "dispatches", "Ir/disp", "+callees"
        cum = 0; hsum = 0; csum = 0; dsum = 0
        for (i = 1; i <= n; i++) {
            h = names2[i]; hsum += hs[h]; cum += hs[h]; csum += callees[h]; dsum += disp[h]
            if (i <= top)
                printf "%-34s %14.0f %6.2f%% %6.2f%% %12.0f %8s %7.2f%%\n", h, hs[h], 100 * hs[h] / total, 100 * cum / total, \
                    disp[h], (disp[h] ? sprintf("%.1f", hs[h] / disp[h]) : "-"), 100 * (hs[h] + callees[h]) / total
        }
        if (n > top) printf "(%d more handlers)\n", n - top
        m = 0; for (f in other) on[++m] = f
        for (i = 2; i <= m; i++) { x = on[i]; for (j = i - 1; j >= 1 && other[on[j]] < other[x]; j--) on[j + 1] = on[j]; on[j + 1] = x }
        printf "\n%-58s %14s %7s %10s\n", "top other functions (self)", "Ir self", "share", "calls"
        for (i = 1; i <= m && i <= 15; i++) { f = on[i]; printf "%-58s %14.0f %6.2f%% %10.0f\n", substr(short(f), 1, 58), other[f], 100 * other[f] / total, ncalls[f] }
        printf "\n%.0f instructions; %.0f handler dispatches (%.1f Ir per dispatch overall);\n", total, dsum, (dsum ? total / dsum : 0)
        printf "handlers self %.1f%%, handlers + their out-of-line callees %.1f%%\n", 100 * hsum / total, 100 * (hsum + csum) / total
    }' "${files[@]}"
