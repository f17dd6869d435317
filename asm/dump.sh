#!/usr/bin/env bash
# Regenerate asm/listings/<family>.<op>.s, the reviewed disassembly of the hottest
# handlers, from the release binary. Commit the listings: `git diff asm/listings`
# then shows what a change did to the machine code of the hot paths.
#
#   asm/dump.sh [--pick] [BINARY]      (BINARY default target/release/tauraro)
#
# The handlers are listed in asm/listings/HOT (one per line, perf/ naming:
# `arith::add` is tauraro::vm::handlers::arith::add::h). --pick first rewrites
# HOT with the 15 handlers that execute the most instructions (callgrind, via
# perf/handlers-callgrind.sh) summed over benches/micro/* at N and a few
# benchmark programs at their small size (~1-2 minutes).
#
# Normalisation, so diffs show only real changes: no addresses or raw bytes;
# jump targets inside the function become local labels (.L1, .L2, ... in order);
# targets outside it are written <symbol+offset>; RIP-relative displacements are
# dropped in favour of the symbol in the comment; rustc's anon.<hash>.N names
# become anon.N; trailing padding (nop, int3) is removed. AT&T syntax like
# asm/check-dispatch.sh; ASM_SYNTAX=intel for Intel.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
listings=$root/asm/listings
hot=$listings/HOT
pick=0
if [ "${1:-}" = "--pick" ]; then pick=1; shift; fi
bin=${1:-$root/target/release/tauraro}
command -v objdump >/dev/null || { echo "dump.sh: objdump not found (binutils)" >&2; exit 2; }
[ -x "$bin" ] || { echo "dump.sh: no binary $bin (cargo build --release)" >&2; exit 2; }
mkdir -p "$listings"

if [ "$pick" = 1 ]; then
    command -v valgrind >/dev/null || { echo "dump.sh: --pick needs valgrind" >&2; exit 2; }
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro-asm.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    benchdir=$root/tests/bench
    [ -d "$benchdir" ] || benchdir=$root/../shared/corpus/bench
    runs=()
    for py in "$root"/benches/micro/*.py; do runs+=("$py"); done
    for b in nbody richards_like spectral_norm fib_rec raytrace_lite; do
        [ -f "$benchdir/$b.py" ] && runs+=("$benchdir/$b.py")
    done
    i=0
    for py in "${runs[@]}"; do
        i=$((i + 1))
        n=$(sed -n '2s/^# small: *//p' "$py")
        (cd "$(dirname "$py")" && TAURARO_HASH_SEED=0 valgrind --tool=callgrind \
            --callgrind-out-file="$tmp/$i.cg" "$bin" run "$(basename "$py")" $n >/dev/null 2>&1) ||
            echo "dump.sh: warning: $(basename "$py") failed; skipped" >&2
    done
    args=()
    for f in "$tmp"/*.cg; do args+=(-f "$f"); done
    {
        echo "# The handlers asm/dump.sh lists (most instructions first), picked by asm/dump.sh --pick"
        echo "# from callgrind over benches/micro/* and nbody, richards_like, spectral_norm, fib_rec, raytrace_lite."
        "$root/perf/handlers-callgrind.sh" -n 15 "${args[@]}" |
            awk 'NR == 1 { next } /^$/ || /^\(/ { exit } { sub(/ +[0-9].*$/, ""); print }'
    } >"$hot.new"
    mv "$hot.new" "$hot"
    echo "dump.sh: picked $(grep -vc '^#' "$hot") handlers into $hot" >&2
fi
[ -f "$hot" ] || { echo "dump.sh: no $hot (run asm/dump.sh --pick)" >&2; exit 2; }

syntax=()
[ "${ASM_SYNTAX:-att}" = intel ] && syntax=(-M intel)
dis=$(mktemp "${TMPDIR:-/tmp}/tauraro-dis.XXXXXX")
objdump -d -C --no-show-raw-insn "${syntax[@]}" "$bin" >"$dis"
# GOT slots -> the function they hold (calls to other codegen units go through
# the GOT: `call *slot(%rip)`), so listings name the callee instead of _DYNAMIC+off.
got=$dis.got
{
    nm -C --defined-only "$bin" | awk '{ a = $1; sub(/^0+/, "", a); $1 = ""; $2 = ""; sub(/^  /, ""); print "SYM", a, $0 }'
    objdump -R "$bin" | awk '$2 ~ /^R_X86_64/ { s = $1; sub(/^0+/, "", s); v = $3; print "REL", s, v }'
} | awk '$1 == "SYM" { name = $0; sub(/^SYM [0-9a-f]+ /, "", name); if (!($2 in sym)) sym[$2] = name; next }
         { v = $3; if (v ~ /^\*ABS\*\+0x/) { a = substr(v, 9); sub(/^0+/, "", a); v = (a in sym) ? sym[a] : v }
           print $2 "\t" v }' >"$got"

rm -f "$listings"/*.s
grep -v '^#' "$hot" | while read -r h _; do
    [ -n "$h" ] || continue
    sym="tauraro::vm::handlers::$h::h"
    case $h in dispatch::*) sym="tauraro::vm::$h::h" ;; esac
    file=$listings/$(printf '%s' "$h" | sed 's/::/./g').s
    awk -v sym="$sym" -v name="$h" -v gotfile="$got" '
        BEGIN { while ((getline l < gotfile) > 0) { split(l, g, "\t"); gotname[g[1]] = g[2] } }
        # Collect the function: "ADDR <sym>:" then "  ADDR:\tINSN" lines up to a blank line.
        $0 ~ /^[0-9a-f]+ </ { infn = (substr($0, index($0, "<") + 1) == sym ">:"); if (infn) start = strtonum_hex($1); next }
        infn && /^$/ { infn = 0; done = 1; next }
        infn {
            line = $0
            addr = line; sub(/^ */, "", addr); sub(/:.*/, "", addr)
            insn = line; sub(/^ *[0-9a-f]+:\t/, "", insn)
            n++; off[n] = strtonum_hex(addr) - start; text[n] = insn
        }
        function strtonum_hex(s,   i, c, v) {
            v = 0; s = tolower(s)
            for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)); if (!c) break; v = v * 16 + c - 1 }
            return v
        }
        END {
            if (n == 0) { print "dump.sh: " sym " not found" > "/dev/stderr"; exit 3 }
            # drop trailing padding
            while (n > 0 && (text[n] ~ /^(nop|int3|data16|cs nop|xchg +%ax,%ax)/ || text[n] ~ /^nop/)) n--
            # local jump targets: "<sym+0xOFF>" where sym is this function
            esc = sym   # handler symbols hold only [a-z0-9_:], no regex metacharacters
            for (i = 1; i <= n; i++) {
                t = text[i]
                if (match(t, "<" esc "(\\+0x[0-9a-f]+)?>")) {
                    o = substr(t, RSTART + length(sym) + 1, RLENGTH - length(sym) - 2)
                    o = (o == "") ? 0 : strtonum_hex(substr(o, 4))
                    if (!(o in label)) { label[o] = ""; }
                }
            }
            nl = 0
            for (i = 1; i <= n; i++) if (off[i] in label) label[off[i]] = ".L" (++nl)
            printf "# %s  (%s)\n# %d instructions; regenerate with asm/dump.sh\n", name, sym, n
            for (i = 1; i <= n; i++) {
                t = text[i]
                if (off[i] in label && label[off[i]] != "") printf "%s:\n", label[off[i]]
                if (match(t, "[0-9a-f]+ <" esc "(\\+0x[0-9a-f]+)?>")) {
                    s = substr(t, RSTART, RLENGTH); o = s; sub(/^[0-9a-f]+ </, "", o); sub(/>$/, "", o)
                    p = index(o, "+0x"); o = p ? strtonum_hex(substr(o, p + 3)) : 0
                    lab = label[o]; if (lab == "") lab = "<self+" o ">"
                    t = substr(t, 1, RSTART - 1) lab substr(t, RSTART + RLENGTH)
                }
                gsub(/-?0x[0-9a-f]+\(%rip\)/, "(%rip)", t)    # AT&T rip displacement
                gsub(/\[rip\+0x[0-9a-f]+\]/, "[rip]", t)      # Intel rip displacement
                if (match(t, /# [0-9a-f]+ </)) {              # "# ADDR <sym>" comments; GOT slots named
                    slot = substr(t, RSTART + 2, RLENGTH - 4); sub(/^0+/, "", slot)
                    if (slot in gotname) t = substr(t, 1, RSTART - 1) "# GOT: " gotname[slot]
                    else t = substr(t, 1, RSTART + 1) substr(t, RSTART + RLENGTH - 1)
                }
                gsub(/[0-9a-f]+ </, "<", t)                 # call/jmp ADDR <sym>  ->  <sym>
                gsub(/anon\.[0-9a-f]+\./, "anon.", t)
                gsub(/[ \t]+$/, "", t)
                printf "\t%s\n", t
            }
        }' "$dis" >"$file" || { rm -f "$file"; echo "dump.sh: skipped $h" >&2; continue; }
    echo "$file" >&2
done
rm -f "$dis" "$got"
