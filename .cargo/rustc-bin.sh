#!/bin/sh
# rustc wrapper for this workspace's crates (.cargo/config.toml): called as
# `rustc-bin.sh RUSTC ARGS...`. When ARGS build the `tauraro` executable (not
# its unit-test harness), it adds:
#   +crt-static     a static binary: no ld.so, libc.so, libm, libgcc_s
#   and a static    pages, no symbol resolution at startup; not position
#   relocation      independent (like Debian's python3.11), so nothing to
#   model           relocate either (.rela.dyn and the .data.rel.ro it writes
#                   stay untouched on disk);
#   a linker        .cargo/link-bin.sh, which lays the functions out in the
#                   order of perf/symbol-order.txt (perf/symbol-order.sh): the
#                   functions that startup and the benchmarks execute sit next
#                   to each other, on the fewest pages.
# Every other crate (the library, tests, benches, build scripts, the fuzz
# targets) is compiled unchanged. TAURARO_DYNAMIC=1 turns the wrapper off.
is_bin=0 is_tauraro=0 is_test=0 prev=
for a in "$@"; do
    case "$prev $a" in
        "--crate-type bin") is_bin=1 ;;
        "--crate-name tauraro") is_tauraro=1 ;;
    esac
    [ "$a" = --test ] && is_test=1
    prev=$a
done
if [ "$is_bin$is_tauraro$is_test" != 110 ] || [ -n "$TAURARO_DYNAMIC" ]; then
    exec "$@"
fi
exec "$@" -C target-feature=+crt-static -C relocation-model=static -C linker="$(cd "$(dirname "$0")" && pwd)/link-bin.sh"
