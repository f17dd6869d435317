//! Checks the corpus itself: every `tests/conformance/*.py` run with CPython
//! 3.11 must print its committed `.out` (so a hand-edited or stale expected
//! file is caught). Skipped when `python3.11` is not on PATH.
mod common;

use std::path::Path;
use std::process::{Command, Stdio};

fn python() -> Option<String> {
    let ok = Command::new("python3.11").arg("-c").arg("pass").stdout(Stdio::null()).stderr(Stdio::null()).status();
    match ok {
        Ok(s) if s.success() => Some("python3.11".into()),
        _ => None,
    }
}

fn check(py: &str, dir: &Path, name: &str) -> Option<String> {
    let stem = name.strip_suffix(".py").unwrap_or(name);
    let want = std::fs::read(dir.join(format!("{stem}.out"))).ok()?;
    let out = Command::new(py)
        .arg(name)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .output();
    match out {
        Ok(o) if o.stdout == want => None,
        Ok(o) => Some(common::first_difference(&want, &o.stdout)),
        Err(e) => Some(format!("could not run {py}: {e}")),
    }
}

#[test]
fn corpus_matches_cpython() {
    let Some(py) = python() else {
        println!("python3.11 not found: skipped");
        return;
    };
    let dir = common::root().join("tests/conformance");
    // Only the tests this project wrote or may regenerate; the rest come from the shared corpus.
    let names = common::list_py(&dir, |n| n.starts_with("stdlib_"));
    common::run_suite("corpus oracle", &dir, &names, &[], |n| check(&py, &dir, n));
}
