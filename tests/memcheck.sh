#!/usr/bin/env bash
# valgrind memcheck on a sample of the conformance corpus (issue 7): no invalid
# read or write, no use of uninitialised values. Run from .ci/run; < 3 min.
#   tests/memcheck.sh [N]   (N = sample size, default 12; every k-th test so the
#                            sample spans all areas; TAURARO_GC_STRESS=1 too)
# mimalloc hides heap blocks from memcheck's malloc tracking, so this catches
# stack / register-stack errors and reads of freed or uninitialised memory that
# valgrind can see; GC rooting bugs are also caught by tests/gc_stress.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v valgrind >/dev/null 2>&1; then
    echo "memcheck: valgrind not found; skipping"
    exit 0
fi
# The release executable links glibc statically (.cargo/rustc-bin.sh), whose
# malloc, TLS and thread setup valgrind cannot follow (false uninitialised-value
# reports): check a dynamically linked build of the same code instead.
TAURARO_DYNAMIC=1 cargo build --release --quiet --target-dir target/dynamic
bin=target/dynamic/release/tauraro
n=${1:-12}
mapfile -t all < <(cd tests/conformance && ls *.py | grep -v '^mod_' | grep -v '^seed_')
step=$(( ${#all[@]} / n ))
[ "$step" -ge 1 ] || step=1
log=$(mktemp -d)
fail=0
count=0
start=$(date +%s)
for ((i = 0; i < ${#all[@]}; i += step)); do
    t=${all[$i]}
    count=$((count + 1))
    # Alternate plain and GC-stress runs: stress frees objects at every safepoint.
    stress=$(( count % 2 ))
    if ! (cd tests/conformance && TAURARO_STACK_KB=16384 TAURARO_GC_STRESS=$stress timeout 120 \
          valgrind --tool=memcheck --error-exitcode=99 --track-origins=no -q \
          "../../$bin" --no-jit run "$t" >/dev/null 2>"$log/$t.err"); then
        if grep -q "==[0-9]*==" "$log/$t.err"; then
            echo "memcheck FAIL $t (GC stress $stress):"
            grep "==[0-9]*==" "$log/$t.err" | head -20
            fail=$((fail + 1))
        fi
    fi
done
echo "memcheck: $count programs, $fail with errors, $(( $(date +%s) - start )) s"
rm -rf "$log"
[ "$fail" -eq 0 ]
