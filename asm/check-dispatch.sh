#!/usr/bin/env bash
# Check the dispatch contract (asm/README.md) on the release binary: no handler
# may reach another handler (or any dispatch target) by `call`; handlers must
# leave by `jmp` (tail dispatch) or `ret` (the exit handler).
#
# usage: asm/check-dispatch.sh [BINARY]     (default target/release/tauraro)
# exit 0 = contract holds; 1 = violations listed; 2 = usage / missing tools.
set -euo pipefail
BIN=${1:-target/release/tauraro}
command -v objdump >/dev/null || { echo "objdump not found" >&2; exit 2; }
[ -f "$BIN" ] || { echo "no binary $BIN (cargo build --release)" >&2; exit 2; }

objdump -d -C --no-show-raw-insn "$BIN" | awk '
  # Function headers look like: 0000000000123450 <tauraro::vm::handlers::arith::add::h>:
  /^[0-9a-f]+ <.*>:$/ {
    name = $0; sub(/^[0-9a-f]+ </, "", name); sub(/>:$/, "", name)
    in_h = (name ~ /^tauraro::vm::handlers::[a-z_]+::[a-z_0-9]+::h$/)
    if (in_h) { nh++; cur = name; jmps[cur] = 0 }
    next
  }
  in_h && /\tcall/ {
    # a call to a handler, or an indirect call through a register (a failed
    # tail dispatch is `call *(%reg)` on Inst.h), is a violation. Calls through
    # the GOT (`call *off(%rip)`) reach ordinary functions and are fine.
    if ($0 ~ /::h>/ || $0 ~ /call[a-z]*[ \t]+\*%/ || ($0 ~ /call[a-z]*[ \t]+\*[-0-9a-fx]*\(%/ && $0 !~ /\(%rip\)/)) { bad++; print "VIOLATION in " cur ": " $0 }
  }
  in_h && /\tjmp[a-z]*[ \t]+\*/ { jmps[cur]++ }
  END {
    for (h in jmps) if (jmps[h] == 0) noind = noind "\n  " h
    printf "handlers checked: %d\n", nh
    if (noind != "") print "handlers without an indirect jmp (ok only if they always exit or jump via a helper):" noind
    if (nh == 0) { print "no handler symbols found (stripped binary?)"; exit 2 }
    if (bad > 0) { printf "%d violation(s)\n", bad; exit 1 }
    print "dispatch contract OK"
  }'
