//! Superinstructions never change behaviour: the conformance corpus with
//! `--no-fuse` (every op linked to its own handler, no fused loop tails or
//! pairs, no run-time quickening that runs a second op) gives the outputs the
//! fused runs give, i.e. CPython 3.11's (`tests/conformance/*.out`). Two
//! runs: the interpreter alone (`--no-jit`), and the JIT compiling unfused
//! code (`--jit-threshold 2`, so short loops are compiled too).
//! `TAURARO_TEST_FILTER=substr` selects a subset.
mod common;

use std::time::Duration;

fn corpus_with(title: &str, flags: &str) {
    // Interpreter flags reach the child through TAURARO_TEST_ARGS (tests/common).
    std::env::set_var("TAURARO_TEST_ARGS", flags);
    let dir = common::root().join("tests/conformance");
    let names = common::list_py(&dir, |n| !n.starts_with("mod_"));
    let xfail = common::name_list(&common::root().join("tests/known_failures/conformance.txt"));
    common::run_suite(title, &dir, &names, &xfail, |n| common::judge(&dir, n, &[], ".out", Duration::from_secs(20)));
}

#[test]
fn conformance_corpus_unfused() {
    corpus_with("nofuse", "--no-fuse --no-jit");
    corpus_with("nofuse_jit", "--no-fuse --jit-threshold 2");
}
