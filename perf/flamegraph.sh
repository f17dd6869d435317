#!/usr/bin/env bash
# SVG flame graph of `tauraro run PROGRAM.py [ARGS]` (perf + inferno).
#
#   perf/flamegraph.sh [-o flame.svg] [-i perf.data] PROGRAM.py [ARGS...]
#   perf/flamegraph.sh [-o flame.svg] -i perf.data          (graph an existing recording)
#
# Records with perf/record.sh (DWARF call graphs, cpu-clock when there are no
# hardware counters), then folds the stacks with inferno-collapse-perf and draws
# them with inferno-flamegraph. Needs the `inferno` tools: if they are missing,
# install them with `cargo install inferno` (this script does not install anything).
# Handlers reach each other by tail-jumps, so a handler's tower holds only its own
# out-of-line callees (slow paths, runtime helpers), never the handlers before it.
set -euo pipefail
. "$(dirname "$0")/common.sh"
need perf "Install linux-perf / linux-tools for your kernel."
for t in inferno-collapse-perf inferno-flamegraph; do
    command -v "$t" >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/$t" ] ||
        { echo "flamegraph.sh: $t not found; install it with: cargo install inferno" >&2; exit 2; }
done
PATH=$PATH:$HOME/.cargo/bin

svg=flame.svg
data=
while [ $# -gt 0 ]; do
    case $1 in
        -o) svg=$2; shift 2 ;;
        -i) data=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) break ;;
    esac
done
if [ $# -ge 1 ]; then
    data=${data:-perf.data}
    "$(dirname "$0")/record.sh" -o "$data" "$@"
fi
[ -n "$data" ] && [ -f "$data" ] || { sed -n '2,13p' "$0"; exit 2; }
if [ -f "$data.jitmap" ] && [ -f "$data.jitpid" ]; then
    pid=$(cat "$data.jitpid")
    [ -f "/tmp/perf-$pid.map" ] || cp "$data.jitmap" "/tmp/perf-$pid.map"
fi

title="tauraro $(basename "${1:-$data}") ${*:2}"
perf script -i "$data" 2>/dev/null | inferno-collapse-perf --all | inferno-flamegraph --title "$title" >"$svg"
echo "flamegraph.sh: wrote $svg" >&2
