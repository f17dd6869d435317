# Shared by the perf/ scripts (sourced, not run).
# shellcheck shell=bash
perf_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The binary to profile: $TAURARO_BIN, else the release build (built if missing).
tauraro_bin() {
    local bin=${TAURARO_BIN:-$perf_root/target/release/tauraro}
    if [ ! -x "$bin" ] && [ -z "${TAURARO_BIN:-}" ]; then
        echo "== cargo build --release --bin tauraro" >&2
        (cd "$perf_root" && cargo build --release --bin tauraro --quiet) >&2
    fi
    [ -x "$bin" ] || { echo "no tauraro binary at $bin" >&2; return 1; }
    echo "$bin"
}

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "$(basename "$0"): '$1' is not installed. $2" >&2; exit 2; }
}

# Handler naming (src/vm/dispatch.rs `op!`): every op is a module with a
# threaded handler `h` and a step form `step`, e.g.
#   tauraro::vm::handlers::arith::add::h      -> arith::add
#   tauraro::vm::handlers::arith::add::step   -> arith::add [step]
#   tauraro::vm::dispatch::exit_op::h         -> dispatch::exit_op
# HANDLER_AWK defines handler(sym) -> short name, or "" for other functions.
# Handlers are the op modules' h/step functions under vm:: and jit:: (the JIT's
# jit_enter is dispatched like any op).
# (Symbols may carry a legacy-mangling hash suffix ::h0123456789abcdef; it is dropped.)
# (mawk has no regex intervals, hence the spelled-out hash pattern.)
HANDLER_AWK='
function nohash(sym,   s) {
    s = sym
    sub(/::h[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]$/, "", s)
    return s
}
function handler(sym,   s) {
    s = nohash(sym)
    if (s !~ /^(tauraro::)?(vm|jit)::/) return ""
    if (s ~ /::h$/) { sub(/::h$/, "", s); tag = "" }
    else if (s ~ /::step$/) { sub(/::step$/, "", s); tag = " [step]" }
    else return ""
    sub(/^(tauraro::)?vm::(handlers::)?/, "", s)
    sub(/^tauraro::/, "", s)
    return s tag
}
# Shorter display name for other Rust symbols.
function short(sym,   s) { s = nohash(sym); sub(/^tauraro::/, "", s); return s }
'
