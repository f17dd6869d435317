#!/usr/bin/env bash
# perf/jit-instr.sh [BIN...]: instructions per iteration (callgrind,
# (count at 2N - count at N) / N, two decimals, so compile time and start-up
# cancel out) of the JIT's target programs at their small sizes N, for each
# binary given (default target/release/tauraro). PROGS="a b" selects programs.
set -eu
cd "$(dirname "$0")/.."
progs=${PROGS:-"loop_for loop_while loop_nested arith_int arith_float arith_mixed fib_iter"}
[ $# -gt 0 ] || set -- target/release/tauraro
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | head -n 1
}
for p in $progs; do
  n=$(sed -n 's/^# small: *//p' tests/bench/$p.py)
  line="$p($n)"
  for bin in "$@"; do
    a=$(count $bin run tests/bench/$p.py $n)
    b=$(count $bin run tests/bench/$p.py $((2 * n)))
    line="$line  $(awk -v a="$a" -v b="$b" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')"
  done
  echo "$line"
done
