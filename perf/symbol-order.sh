#!/usr/bin/env bash
# Regenerates perf/symbol-order.txt, the link order of the `tauraro`
# executable's functions (.cargo/rustc-bin.sh passes it to the linker as
# --symbol-ordering-file). Functions that run together then share pages: a
# short run touches fewer pages of .text (smaller RSS, fewer page faults at
# startup) and the hot loops fewer i-TLB entries.
#
# usage: perf/symbol-order.sh            (callgrind, ~5 min on 2 cores)
#
# It runs under callgrind: `-c pass`, every tests/bench/*.py at its `# small:`
# size with and without the JIT, and the conformance programs listed below, and
# writes the executed functions that the binary defines, in three groups:
#   1. what `-c pass` executes (startup and shutdown), hottest first;
#   2. what the interpreter runs (--no-jit), most widely used first
#      (number of programs, then instructions);
#   3. what only JIT runs execute (Cranelift, the JIT's helpers).
# Symbol names are the mangled names of this build; they stay valid while the
# items exist (the legacy hash covers the crate and path, not the body), except
# local `.llvm.NNN` copies. tests/build_layout.rs fails when too few of the
# names are still in the binary: rerun this script then.
set -euo pipefail
. "$(dirname "$0")/common.sh"
need valgrind "It runs the programs under callgrind."
need nm "It lists the binary's symbols (binutils)."
bin=$(tauraro_bin)
cd "$perf_root"
out=perf/symbol-order.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

conformance="class_inheritance_super exc_try_except_else_finally exc_uncaught_chained
float_fstring_format dict_methods builtin_sorted_reversed class_property
gen_send gen_yield_from str_format_method str_find_index_count list_basic_methods
list_comprehensions import_module_attrs"

# cg GROUP NAME ARGS...: one callgrind run, its profile saved as GROUP.NAME.
cg() {
    local group=$1 name=$2
    shift 2
    nice -n 19 valgrind --tool=callgrind --demangle=no --callgrind-out-file="$tmp/$group.$name" \
        "$bin" "$@" >/dev/null 2>&1 </dev/null || echo "  ($group $name exited with $?)" >&2
}
echo "== callgrind runs in $tmp" >&2
cg 1start pass -c pass
for py in tests/bench/*.py; do
    name=$(basename "$py" .py)
    n=$(sed -n '2s/^# small: *//p' "$py")
    (cd tests/bench && cg 2interp "$name" --no-jit run "$name.py" $n) &
    (cd tests/bench && cg 3jit "$name" run "$name.py" $n)
    wait
done
for name in $conformance; do
    [ -f "tests/conformance/$name.py" ] || { echo "  no tests/conformance/$name.py" >&2; continue; }
    (cd tests/conformance && cg 2interp "c_$name" --no-jit run "$name.py")
done

# Every profile: "GROUP<TAB>PROGRAM<TAB>SYMBOL<TAB>SELF_IR" per executed function.
for f in "$tmp"/[123]*; do
    base=$(basename "$f")
    awk -v group="${base%%.*}" -v prog="${base#*.}" '
        # fn=(id) name defines id; fn=(id) alone reuses it. cfn= the same.
        function name(s,   id) {
            if (match(s, /^\([0-9]+\)/)) {
                id = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 2)
                if (s != "") names[id] = s; else s = names[id]
            }
            return s
        }
        /^fn=/  { cur = name(substr($0, 4)); seen[cur] = 1; skip = 0; next }
        /^cfn=/ { seen[name(substr($0, 5))] = 1; next }
        /^calls=/ { skip = 1; next }  # the next cost line is the call'"'"'s inclusive cost
        /^[0-9+-]/ { if (skip) skip = 0; else ir[cur] += $2; next }
        END { for (s in seen) printf "%s\t%s\t%s\t%d\n", group, prog, s, ir[s] }
    ' "$f"
done >"$tmp/all.tsv"

nm --defined-only "$bin" | awk '$2 ~ /^[tTwWi]$/ { print $3 }' | sort -u >"$tmp/defined"
# Rank: a function goes in the lowest group it appears in; within the group by
# programs using it, then instructions.
awk -F'\t' '
    FILENAME == ARGV[1] { def[$1] = 1; next }
    !($3 in def) { next }
    {
        g = substr($1, 1, 1)
        if (!($3 in grp) || g < grp[$3]) grp[$3] = g
        if (!(($3, $2) in used)) { used[$3, $2] = 1; progs[$3, g]++ }
        ir[$3, g] += $4
    }
    END { for (s in grp) { g = grp[s]; printf "%s\t%d\t%d\t%s\n", g, progs[s, g], ir[s, g], s } }
' "$tmp/defined" "$tmp/all.tsv" | sort -t$'\t' -k1,1n -k2,2nr -k3,3nr -k4,4 | cut -f4 >"$out"
echo "wrote $out: $(wc -l <"$out") functions ($(grep -c . "$tmp/defined") defined in $bin)" >&2
