#!/usr/bin/env bash
# Dump the disassembly of the hot handlers into asm/hot/ for review
# (diff them after touching a handler or the Value encoding).
# usage: asm/listings.sh [BINARY]      (default target/release/tauraro)
set -euo pipefail
BIN=${1:-target/release/tauraro}
OUT=$(dirname "$0")/hot
mkdir -p "$OUT"
for h in arith::add arith::sub compare::jn_lt iter::for_iter control::loop_ locals::load_global \
         locals::load_const calls::call calls::return_ attrs::load_attr attrs::get_item; do
  f="$OUT/${h//::/_}.s"
  objdump -d -C --no-show-raw-insn "$BIN" \
    | awk -v name="<tauraro::vm::handlers::$h::h>:" '$2 == name {p=1} p && /^$/ {exit} p' \
    | sed -E 's/^ +[0-9a-f]+:\t//; s/ +#.*$//' > "$f"
  echo "$f: $(grep -c . "$f") lines"
done
