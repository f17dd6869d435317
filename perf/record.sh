#!/usr/bin/env bash
# Record a profile of `tauraro run PROGRAM.py [ARGS]` with call graphs.
#
#   perf/record.sh [-o perf.data] PROGRAM.py [ARGS...]
#
# Event: cycles when the CPU exposes hardware counters, else cpu-clock (a
# timer; e.g. in VMs and containers without a PMU). Call graphs: DWARF
# unwinding by default (release builds have no frame pointers); set
# PERF_CALLGRAPH=fp or lbr to change. PERF_FREQ sets the sample rate (default 4999 Hz).
# The interpreter runs with --perf-map, so JIT-compiled code is named from
# /tmp/perf-<pid>.map; the map is copied next to the data file (<data>.jitmap)
# and perf/handlers.sh / perf/flamegraph.sh put it back when it is gone.
# TAURARO_BIN picks another binary; TAURARO_FLAGS adds interpreter flags (e.g. --no-jit).
set -euo pipefail
. "$(dirname "$0")/common.sh"
need perf "Install linux-perf / linux-tools for your kernel."

out=perf.data
if [ "${1:-}" = "-o" ]; then out=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n '2,14p' "$0"; exit 2; }
bin=$(tauraro_bin)

event=cycles
if perf stat -x, -e cycles true 2>&1 | grep -q -e '<not supported>' -e '<not counted>' -e 'not supported'; then
    event=cpu-clock
    echo "perf/record.sh: no hardware cycle counter here; sampling on cpu-clock" >&2
fi

# shellcheck disable=SC2086
perf record -e "$event" -F "${PERF_FREQ:-4999}" --call-graph "${PERF_CALLGRAPH:-dwarf}" -o "$out" \
    -- "$bin" --perf-map ${TAURARO_FLAGS:-} run "$@"

# JIT symbols: keep a copy of /tmp/perf-<pid>.map with the data.
rm -f "$out.jitmap"
for pid in $(perf script -i "$out" -F pid 2>/dev/null | sort -u); do
    if [ -s "/tmp/perf-$pid.map" ]; then
        cp "/tmp/perf-$pid.map" "$out.jitmap"
        echo "$pid" >"$out.jitpid"
        echo "perf/record.sh: JIT symbols from /tmp/perf-$pid.map saved as $out.jitmap" >&2
    fi
done
echo "perf/record.sh: wrote $out; next: perf/handlers.sh -i $out, perf report -i $out" >&2
