//! Engine semantics end to end: every `tests/vm/NAME.py` with a `NAME.out`
//! (CPython 3.11's stdout) must print exactly that and exit 0. Covers argument
//! binding and its error messages, unpacking, name errors, exceptions
//! (chaining, finally, with), generators (send/throw/close/yield from),
//! classes, closures and imports of local modules and packages.
use std::path::PathBuf;
use std::process::Command;

#[test]
fn vm_programs_match_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vm");
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for py in entries {
        if py.extension().map_or(true, |e| e != "py") {
            continue;
        }
        let expected = py.with_extension("out");
        let Ok(want) = std::fs::read_to_string(&expected) else { continue };
        let out = Command::new(env!("CARGO_BIN_EXE_tauraro")).arg("run").arg(&py).current_dir(&dir).output().unwrap();
        ran += 1;
        let got = String::from_utf8_lossy(&out.stdout);
        if got != want || !out.status.success() {
            failures.push(format!(
                "{}: exit {:?}\n--- got\n{}\n--- want\n{}\n--- stderr\n{}",
                py.display(),
                out.status.code(),
                got,
                want,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(ran > 0, "no programs in tests/vm");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
