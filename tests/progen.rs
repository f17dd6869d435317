//! Differential program generator (tests/progen/): 300 random programs run under
//! python3.11 and tauraro (--no-jit, --jit-threshold 1) must agree exactly.
//! Skipped when python3.11 is absent. A failure prints the seed; rerun one with
//! `python3.11 tests/progen/run.py --seed SEED --count 1` (see README).
use std::process::Command;

#[test]
fn progen_300_programs_match_cpython() {
    let py = "python3.11";
    if Command::new(py).arg("-c").arg("pass").output().map(|o| !o.status.success()).unwrap_or(true) {
        eprintln!("python3.11 not found: skipping the differential generator");
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let count = std::env::var("PROGEN_COUNT").unwrap_or_else(|_| "300".into());
    let seed = std::env::var("PROGEN_SEED").unwrap_or_else(|_| "0".into());
    let out = Command::new(py)
        .arg(format!("{root}/tests/progen/run.py"))
        .args(["--bin", env!("CARGO_BIN_EXE_tauraro"), "--count", &count, "--seed", &seed])
        .output()
        .expect("run tests/progen/run.py");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "generated programs differ from CPython:\n{text}{}", String::from_utf8_lossy(&out.stderr));
}
