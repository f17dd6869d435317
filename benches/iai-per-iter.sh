#!/usr/bin/env bash
# Instructions per iteration of the micro-benchmarks from the callgrind files
# that `cargo bench --bench iai` leaves in target/iai: (Ir at 2N - Ir at N) / N.
# (benches/gate.sh prints the same column from its own runs.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
iai=${IAI_HOME:-$root/target/iai}
[ -d "$iai" ] || { echo "no $iai: run cargo bench --bench iai first" >&2; exit 2; }
printf '%-16s %8s %14s %14s %9s\n' micro N 'Ir(N)' 'Ir(2N)' 'Ir/iter'
for dir in $(find "$iai" -type d -path '*micro_group*' -name 'micro_*.n_*' | sort); do
    base=$(basename "$dir")              # micro_NAME.n_SIZE
    name=${base%.n_*}; name=${name#micro_}
    size=${base##*.n_}
    # iai runs callgrind with --separate-threads=yes: one file per thread (t1, t2...); sum them.
    ir=$(cat "$dir"/callgrind.*.out 2>/dev/null | awk '/^summary:/ { s += $2 } END { printf "%.0f", s }')
    [ "$ir" != 0 ] || continue
    printf '%s %s %s\n' "$name" "$size" "$ir"
done | sort -k1,1 -k2,2n | awk '
    { if ($1 == prev) { d = $3 - c; printf "%-16s %8d %14.0f %14.0f %9.1f\n", $1, n, c, $3, d / n }
      prev = $1; n = $2; c = $3 }'
