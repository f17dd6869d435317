#!/bin/sh
# Linker for the `tauraro` executable (.cargo/rustc-bin.sh passes it as
# `-C linker`; rustc calls it with cc's arguments). It links twice: once as
# given, to learn this build's symbol names, then in the order of
# perf/symbol-order.txt (lld's --symbol-ordering-file). The order file keeps
# the names of the build that perf/symbol-order.sh profiled; a name this build
# no longer has (its legacy hash `17h<16 hex>E` or local `.llvm.<n>` suffix
# changes when the item's impl or crate is renumbered) stands for every
# function of this build with the same name without those suffixes. Without
# `nm` the order file is used as it is. The resolved list is left next to the
# executable as EXE.order.
set -e
cc=${TAURARO_LINK_CC:-cc}
out= prev=
for a in "$@"; do
    [ "$prev" = -o ] && out=$a
    prev=$a
done
order=$(cd "$(dirname "$0")/.." && pwd)/perf/symbol-order.txt
if [ -n "$out" ] && command -v nm >/dev/null 2>&1; then
    "$cc" "$@"
    nm --defined-only "$out" >"$out.syms"
    awk '
        function key(s) { sub(/\.llvm\.[0-9]+$/, "", s); sub(hash, "", s); return s }
        BEGIN { hash = "17h"; for (i = 0; i < 16; i++) hash = hash "[0-9a-f]"; hash = hash "E$" }
        NR == FNR { if ($2 ~ /^[tTwWi]$/) { def[$3] = 1; k = key($3); same[k] = same[k] " " $3 }; next }
        $0 == "" { next }
        $0 in def { if (!($0 in done)) print; done[$0] = 1; next }
        {
            n = split(same[key($0)], alt, " ")
            for (i = 1; i <= n; i++) if (!(alt[i] in done)) { print alt[i]; done[alt[i]] = 1 }
        }
        ' "$out.syms" "$order" >"$out.order"
    rm -f "$out.syms"
    order=$out.order
fi
exec "$cc" "$@" -Wl,--symbol-ordering-file="$order" -Wl,--no-warn-symbol-ordering
