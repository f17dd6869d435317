//! GC stress (issue 7): the conformance corpus with `TAURARO_GC_STRESS=1`
//! (a full collection at every safepoint: every back-edge and call), so any
//! Value a handler or native function keeps unrooted across a safepoint shows up
//! as a wrong result or a crash. The `seed_*` programs (classic benchmarks,
//! millions of safepoints) are left out to keep CI short.
//!
//! Runs with `--no-jit` (the interpreter's rooting); set
//! `TAURARO_GC_STRESS_ARGS` to other flags (e.g. `--jit-threshold 1`) to stress
//! JIT code. `TAURARO_TEST_FILTER=substr` selects a subset.
//!
//! Budget: every case has 60 s except `speed_loops_tail_ops`, whose 22 loops of
//! 20,000-40,000 iterations (needed to reach the quickened loop tails) make
//! ~660k safepoints, each a full collection of the ~45 µs start-up heap: 27-31 s
//! of CPU alone, over 60 s on a loaded machine. It gets 240 s; the collection
//! work is what it must be until the heap can stress every Nth safepoint.
mod common;

use std::time::Duration;

#[test]
fn conformance_corpus_under_gc_stress() {
    std::env::set_var("TAURARO_GC_STRESS", "1");
    // Interpreter flags reach the child through TAURARO_TEST_ARGS (tests/common).
    let flags = std::env::var("TAURARO_GC_STRESS_ARGS").unwrap_or_else(|_| "--no-jit".into());
    std::env::set_var("TAURARO_TEST_ARGS", flags);
    let dir = common::root().join("tests/conformance");
    let names = common::list_py(&dir, |n| !n.starts_with("mod_") && !n.starts_with("seed_"));
    let xfail = common::name_list(&common::root().join("tests/known_failures/conformance.txt"));
    common::run_suite("gc_stress", &dir, &names, &xfail, |n| {
        let secs = if n == "speed_loops_tail_ops.py" { 240 } else { 60 };
        common::judge(&dir, n, &[], ".out", Duration::from_secs(secs))
    });
}
