//! Runs every `tests/conformance/*.py` (not `mod_*.py`) with the interpreter
//! and judges it as `tests/conformance/README.md` says. Env:
//! `TAURARO_TEST_FILTER=substr` (subset), `TAURARO_TEST_ARGS="--no-jit"` (extra
//! flags), `TAURARO_WRITE_XFAIL=path` (write the current failures to a file).
//! Tests named in `tests/known_failures/conformance.txt` may fail without
//! failing this test (they are still reported).
mod common;

use std::time::Duration;

#[test]
fn conformance_corpus() {
    let dir = common::root().join("tests/conformance");
    let names = common::list_py(&dir, |n| !n.starts_with("mod_"));
    let xfail = common::name_list(&common::root().join("tests/known_failures/conformance.txt"));
    common::run_suite("conformance", &dir, &names, &xfail, |n| common::judge(&dir, n, &[], ".out", Duration::from_secs(10)));
}
