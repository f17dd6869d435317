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
# Every other crate (tests, benches, build scripts, the fuzz targets) is
# compiled unchanged, and the library only gets a fixed `-C metadata` (below).
# TAURARO_DYNAMIC=1 turns the wrapper off.
is_bin=0 is_tauraro=0 is_test=0 prev=
for a in "$@"; do
    case "$prev $a" in
        "--crate-type bin") is_bin=1 ;;
        "--crate-name tauraro") is_tauraro=1 ;;
    esac
    [ "$a" = --test ] && is_test=1
    prev=$a
done
if [ -n "$TAURARO_DYNAMIC" ] || [ "$is_tauraro$is_test" != 10 ]; then
    exec "$@"
fi
# The library and the executable get a fixed `-C metadata`: cargo derives its
# value from the package's path, and it seeds every symbol's hash, so the
# names in perf/symbol-order.txt would only match a checkout at the path the
# file was generated in (a fresh clone elsewhere, as CI's, laid out 79% of
# them in order instead of all).
for a in "$@"; do
    shift
    case "$a" in metadata=*) a=metadata=tauraro ;; esac
    set -- "$@" "$a"
done
if [ "$is_bin" != 1 ]; then
    exec "$@"
fi
exec "$@" -C target-feature=+crt-static -C relocation-model=static -C linker="$(cd "$(dirname "$0")" && pwd)/link-bin.sh"
