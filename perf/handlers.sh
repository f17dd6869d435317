#!/usr/bin/env bash
# Table of samples per VM handler from a perf.data written by perf/record.sh.
#
#   perf/handlers.sh [-i perf.data] [-n TOP]
#
# Columns (weights are sample periods, so cycles and cpu-clock both work):
#   self    samples whose leaf function is the handler itself (its own code;
#           fast paths are inlined into it)
#   share   self as % of all samples;  cum  running total of share down the table
#   incl    samples whose innermost handler frame is this handler: its own code plus
#           the out-of-line slow paths and runtime functions it called (needs call
#           graphs; tail-jumps leave no frame, so a handler never contains another)
# Then the top non-handler functions by self samples (startup, compiler, runtime
# helpers, kernel page faults...), and totals. Handler names: see perf/common.sh.
set -euo pipefail
. "$(dirname "$0")/common.sh"
need perf "Install linux-perf / linux-tools for your kernel."

data=perf.data
top=40
while [ $# -gt 0 ]; do
    case $1 in
        -i) data=$2; shift 2 ;;
        -n) top=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "handlers.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -f "$data" ] || { echo "handlers.sh: no $data (perf/record.sh PROGRAM.py first)" >&2; exit 2; }

# Put saved JIT symbols back where perf looks for them.
if [ -f "$data.jitmap" ] && [ -f "$data.jitpid" ]; then
    pid=$(cat "$data.jitpid")
    [ -f "/tmp/perf-$pid.map" ] || cp "$data.jitmap" "/tmp/perf-$pid.map"
fi

perf script -i "$data" -F tid,period,ip,sym --no-inline 2>/dev/null | awk -v top="$top" "$HANDLER_AWK"'
    function flush(   h, i, name) {
        if (nf == 0) return
        leaf = frame[1]
        self[leaf] += w; cnt[leaf]++; total += w; nsamples++
        for (i = 1; i <= nf; i++) { h = handler(frame[i]); if (h != "") { incl[h] += w; inh += w; break } }
        nf = 0
    }
    # Sample header: "TID PERIOD" (+ "IP SYM" on the same line when there are no call graphs).
    /^[^ \t]/ {
        flush()
        w = $2 + 0; if (w <= 0) w = 1
        if (NF >= 3) { s = $4; for (i = 5; i <= NF; i++) s = s " " $i; frame[++nf] = s }
        next
    }
    # Call-chain line: "IP SYM"; kernel addresses are lumped together.
    NF >= 1 {
        s = $2; for (i = 3; i <= NF; i++) s = s " " $i
        if ($1 ~ /^ffff/) s = "[kernel]"
        if (s == "" || s == "[unknown]") s = ($1 ~ /^7f/) ? "[unknown: lib or JIT]" : "[unknown]"
        if (nf == 0 || !(s == "[kernel]" && frame[nf] == "[kernel]")) frame[++nf] = s
        next
    }
    { flush() }
    END {
        flush()
        if (total == 0) { print "no samples"; exit 1 }
        for (f in self) { h = handler(f); if (h != "") { hs[h] += self[f]; hc[h] += cnt[f] } else other[f] = self[f] }
        for (h in incl) if (!(h in hs)) { hs[h] = 0; hc[h] = 0 }
        n = 0; for (h in hs) names[++n] = h
        # sort handlers by self, descending (insertion sort; tables are small)
        for (i = 2; i <= n; i++) { x = names[i]; for (j = i - 1; j >= 1 && (hs[names[j]] < hs[x] || (hs[names[j]] == hs[x] && incl[names[j]] < incl[x])); j--) names[j + 1] = names[j]; names[j + 1] = x }
        printf "%-34s %8s %7s %7s %7s\n", "handler", "samples", "share", "cum", "incl"
        cum = 0; hsum = 0
        for (i = 1; i <= n; i++) {
            h = names[i]; hsum += hs[h]; cum += hs[h]
            if (i <= top) printf "%-34s %8d %6.2f%% %6.2f%% %6.2f%%\n", h, hc[h], 100 * hs[h] / total, 100 * cum / total, 100 * incl[h] / total
        }
        if (n > top) printf "(%d more handlers)\n", n - top
        m = 0; for (f in other) onames[++m] = f
        for (i = 2; i <= m; i++) { x = onames[i]; for (j = i - 1; j >= 1 && other[onames[j]] < other[x]; j--) onames[j + 1] = onames[j]; onames[j + 1] = x }
        printf "\n%-58s %8s %7s\n", "top other functions (self)", "samples", "share"
        for (i = 1; i <= m && i <= 15; i++) { f = onames[i]; printf "%-58s %8d %6.2f%%\n", substr(short(f), 1, 58), cnt[f], 100 * other[f] / total }
        printf "\n%d samples; handlers self %.1f%%, inside handlers (incl) %.1f%%, outside any handler %.1f%%\n", \
            nsamples, 100 * hsum / total, 100 * inh / total, 100 * (total - inh) / total
    }'
