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

/// `tb_*.py`: the whole stderr, not only its last line, must be CPython 3.11's
/// (`tb_NAME.err` holds python3.11's stderr with the test directory cut from
/// the paths, as in `File "..."` and `...:LINE: SyntaxWarning`): source lines
/// and the `^^^^` / `~~^~~` marker lines.
#[test]
fn traceback_text() {
    let dir = common::root().join("tests/conformance");
    let abs = dir.canonicalize().unwrap_or(dir.clone());
    let prefix = format!("{}/", abs.display());
    let names = common::list_py(&dir, |n| n.starts_with("tb_"));
    common::run_suite("traceback_text", &dir, &names, &[], |n| {
        let stem = n.strip_suffix(".py").unwrap_or(n);
        let want = match std::fs::read_to_string(dir.join(format!("{stem}.err"))) {
            Ok(s) => s,
            Err(_) => return Some(format!("missing expected error {stem}.err")),
        };
        let o = common::run_program(&dir, n, &[], Duration::from_secs(10));
        if let Some(p) = o.problem {
            return Some(p);
        }
        let got = String::from_utf8_lossy(&o.stderr).replace(&prefix, "");
        if got == want {
            None
        } else {
            Some(common::first_difference(want.as_bytes(), got.as_bytes()))
        }
    });
}
