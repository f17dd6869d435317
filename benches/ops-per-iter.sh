#!/usr/bin/env bash
# Instructions per op of the micro-benchmarks (issue 5's "instructions per
# dispatched op"), with the JIT off. See benches/README.md "Instructions per op".
#
# usage: benches/ops-per-iter.sh [TAURARO_BIN] [N]
#
# For each benches/micro/NAME.py, measured at N and 2N iterations:
#   Ir/iter    callgrind instructions per loop iteration ((Ir(2N) - Ir(N)) / N)
#   ops/iter   handlers tauraro dispatches per iteration (`--stats`)
#   cpy/iter   bytecode instructions CPython 3.11 executes per iteration for the
#              same loop (benches/cpython-ops.py: opcode tracing)
#   Ir/op      Ir/iter / ops/iter: per dispatch (a superinstruction does the work
#              of several ops in one dispatch, so fusion raises this figure)
#   Ir/cpy-op  Ir/iter / cpy/iter: per unit of work as CPython counts it
#   base/iter  handlers dispatched per iteration with `--no-fuse`: the ops the
#              loop is made of in tauraro's own instruction set
#   Ir/base-op Ir/iter (the normal, fused run) / base/iter: per unfused op
#   nf-Ir/iter Ir/iter of the `--no-fuse` run, for reference (fusion's gain is
#              nf-Ir/iter - Ir/iter)
# The last line gives the mean of each per-op column over the micros.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/tauraro}
n=${2:-20000}
py=${PYTHON:-python3.11}
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

ir() {  # ir PROGRAM SIZE [FLAGS...] -> total instructions of one --no-jit run
    local prog=$1 size=$2; shift 2
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" \
        "$bin" --no-jit "$@" run "$prog" "$size" >/dev/null 2>&1
    awk '/^summary:/ { print $2 }' "$tmp/cg.out"
}
ops() {  # ops PROGRAM SIZE [FLAGS...] -> handlers dispatched
    local prog=$1 size=$2; shift 2
    "$bin" --no-jit --stats "$@" run "$prog" "$size" 2>&1 >/dev/null |
        awk '/^instructions dispatched:/ { print $3 }'
}
cpy() { "$py" "$root/benches/cpython-ops.py" "$1" "$2"; }

printf '%-14s %8s %9s %9s %8s %10s %9s %10s %10s\n' \
    micro Ir/iter ops/iter cpy/iter Ir/op Ir/cpy-op base/iter Ir/base-op nf-Ir/iter
for prog in "$root"/benches/micro/*.py; do
    name=$(basename "$prog" .py)
    m=$((2 * n))
    a=$(ir "$prog" $n); b=$(ir "$prog" $m)
    fa=$(ir "$prog" $n --no-fuse); fb=$(ir "$prog" $m --no-fuse)
    oa=$(ops "$prog" $n); ob=$(ops "$prog" $m)
    ua=$(ops "$prog" $n --no-fuse); ub=$(ops "$prog" $m --no-fuse)
    ca=$(cpy "$prog" $n); cb=$(cpy "$prog" $m)
    awk -v nm="$name" -v n=$n -v a=$a -v b=$b -v fa=$fa -v fb=$fb -v oa=$oa -v ob=$ob \
        -v ua=$ua -v ub=$ub -v ca=$ca -v cb=$cb 'BEGIN {
        it = (b - a) / n; o = (ob - oa) / n; c = (cb - ca) / n; u = (ub - ua) / n; f = (fb - fa) / n
        printf "%-14s %8.1f %9.2f %9.2f %8.1f %10.1f %9.2f %10.1f %10.1f\n", nm, it, o, c, it / o, it / c, u, it / u, f }'
done | tee "$tmp/rows"
awk '{ s += $5; t += $6; u += $8; k++ } END {
    printf "%-14s %8s %9s %9s %8.1f %10.1f %9s %10.1f %10s\n", "mean", "", "", "", s / k, t / k, "", u / k, "" }' "$tmp/rows"
