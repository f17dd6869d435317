//! Shared harness for the program-running integration tests: run the
//! interpreter under test on a Python file with a timeout and judge its output
//! the way `tests/conformance/README.md` says (stdout byte-exact; exit code 0,
//! or 1 plus the last stderr line for `# expect-error` tests).
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keep at most this many bytes of each output stream; more is a failure.
const OUTPUT_CAP: usize = 8 << 20;
/// Characters of a differing line shown in a failure reason.
const SNIPPET: usize = 70;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary under test.
pub fn interp() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tauraro"))
}

/// Extra interpreter flags from `TAURARO_TEST_ARGS` (whitespace-separated), e.g. `--no-jit`.
pub fn extra_args() -> Vec<String> {
    std::env::var("TAURARO_TEST_ARGS").unwrap_or_default().split_whitespace().map(String::from).collect()
}

/// `TAURARO_TEST_FILTER=substr`: only names containing it.
pub fn filter_matches(name: &str) -> bool {
    match std::env::var("TAURARO_TEST_FILTER") {
        Ok(f) if !f.is_empty() => name.contains(&f),
        _ => true,
    }
}

pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Timeout / start failure / overflow.
    pub problem: Option<String>,
}

fn drain<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<(Vec<u8>, bool)> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 65536];
        let mut total = 0usize;
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if kept.len() < OUTPUT_CAP {
                        let take = n.min(OUTPUT_CAP - kept.len());
                        kept.extend_from_slice(&buf[..take]);
                    }
                    total += n;
                }
            }
        }
        (kept, total > OUTPUT_CAP)
    })
}

/// Run `tauraro [extra] run FILE [args]` in `dir`, stdin empty, killing it after `timeout`.
pub fn run_program(dir: &Path, file: &str, args: &[String], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(interp());
    cmd.args(extra_args()).arg("run").arg(file).args(args);
    cmd.current_dir(dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome { code: None, stdout: vec![], stderr: vec![], problem: Some(format!("could not start interpreter: {e}")) }
        }
    };
    let out = drain(child.stdout.take().expect("piped stdout"));
    let err = drain(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let mut problem = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                problem = Some(format!("timeout after {}s", timeout.as_secs_f64()));
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                problem = Some(format!("wait failed: {e}"));
                break None;
            }
        }
    };
    let (stdout, o1) = out.join().unwrap_or_default();
    let (stderr, o2) = err.join().unwrap_or_default();
    if (o1 || o2) && problem.is_none() {
        problem = Some(format!("output exceeds {} MiB", OUTPUT_CAP >> 20));
    }
    let code = status.and_then(|s| {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(sig) = s.signal() {
                return Some(-sig);
            }
        }
        s.code()
    });
    Outcome { code, stdout, stderr, problem }
}

fn clip(s: &str) -> String {
    if s.chars().count() <= SNIPPET {
        s.to_string()
    } else {
        s.chars().take(SNIPPET).collect::<String>() + "..."
    }
}

fn lines_keep_ends(b: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(b).split_inclusive('\n').map(String::from).collect()
}

/// Where two outputs first differ, as the Python conformance tool words it.
pub fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (lines_keep_ends(expected), lines_keep_ends(actual));
    for (i, (x, y)) in e.iter().zip(a.iter()).enumerate() {
        if x != y {
            return format!("stdout line {}: expected {:?}, got {:?}", i + 1, clip(x), clip(y));
        }
    }
    if e.len() > a.len() {
        return format!("stdout ends early after {} of {} lines; next expected {:?}", a.len(), e.len(), clip(&e[a.len()]));
    }
    if a.len() > e.len() {
        return format!("stdout has extra lines after line {}; first extra {:?}", e.len(), clip(&a[e.len()]));
    }
    "stdout differs".into()
}

/// Last non-empty line (right-stripped).
pub fn last_line(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    s.lines().map(|l| l.trim_end()).filter(|l| !l.is_empty()).last().unwrap_or("").to_string()
}

/// Judge one test program `dir/name` (a `.py`) against `stem.out` [+ `stem.err`].
/// `out_suffix` is `.out` or `.small.out`. Returns None on pass, else the reason.
pub fn judge(dir: &Path, name: &str, args: &[String], out_suffix: &str, timeout: Duration) -> Option<String> {
    let stem = name.strip_suffix(".py").unwrap_or(name);
    let src = match std::fs::read_to_string(dir.join(name)) {
        Ok(s) => s,
        Err(e) => return Some(format!("cannot read test: {e}")),
    };
    let expect_error = src.lines().next().map(|l| l.trim_end()) == Some("# expect-error");
    let expected_out = match std::fs::read(dir.join(format!("{stem}{out_suffix}"))) {
        Ok(b) => b,
        Err(_) => return Some(format!("missing expected output {stem}{out_suffix}")),
    };
    let expected_err = if expect_error {
        match std::fs::read(dir.join(format!("{stem}.err"))) {
            Ok(b) => Some(last_line(&b)),
            Err(_) => return Some(format!("missing expected error {stem}.err")),
        }
    } else {
        None
    };
    let o = run_program(dir, name, args, timeout);
    if let Some(p) = o.problem {
        return Some(p);
    }
    let want = if expect_error { 1 } else { 0 };
    if o.code != Some(want) {
        let tail = last_line(&o.stderr);
        let mut r = match o.code {
            Some(c) if c < 0 => format!("killed by signal {}, expected exit code {want}", -c),
            Some(c) => format!("exit code {c}, expected {want}"),
            None => format!("no exit code, expected {want}"),
        };
        if !tail.is_empty() {
            r += &format!("; stderr: {:?}", clip(&tail));
        }
        return Some(r);
    }
    if o.stdout != expected_out {
        return Some(first_difference(&expected_out, &o.stdout));
    }
    if let Some(want_err) = expected_err {
        let got = last_line(&o.stderr);
        if got != want_err {
            return Some(format!("stderr last line: expected {:?}, got {:?}", clip(&want_err), clip(&got)));
        }
    }
    None
}

/// Sorted `*.py` names in `dir` that pass `keep`.
pub fn list_py(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    v.retain(|n| n.ends_with(".py") && keep(n) && filter_matches(n));
    v.sort();
    v
}

/// Run `job` over `items` on 2-4 threads; results in input order.
pub fn parallel<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 4);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = job(&items[i]);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results.into_inner().unwrap().into_iter().map(|r| r.expect("job ran")).collect()
}

/// Names listed one per line in `path` (`#` comments and blanks ignored).
pub fn name_list(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Judge every named program, print `FAIL name: reason` lines and the
/// `N passed, M failed` summary, and panic if a test not listed in
/// `xfail` failed. Known failures that now pass are reported as `XPASS`.
pub fn run_suite(title: &str, dir: &Path, names: &[String], xfail: &[String], job: impl Fn(&str) -> Option<String> + Sync) {
    assert!(!names.is_empty() || std::env::var("TAURARO_TEST_FILTER").is_ok(), "{title}: no tests found in {}", dir.display());
    let results = parallel(names, |n| job(n));
    let (mut passed, mut failed, mut known) = (0, 0, 0);
    let mut new_failures = Vec::new();
    let mut failing = Vec::new();
    for (name, r) in names.iter().zip(results) {
        let stem = name.strip_suffix(".py").unwrap_or(name);
        let is_xfail = xfail.iter().any(|x| x == stem || x == name);
        match r {
            None => {
                passed += 1;
                if is_xfail {
                    println!("XPASS {stem}: listed as a known failure but passes (remove it from the list)");
                }
            }
            Some(reason) => {
                failed += 1;
                println!("FAIL {stem}: {reason}");
                failing.push(stem.to_string());
                if is_xfail {
                    known += 1;
                } else {
                    new_failures.push(stem.to_string());
                }
            }
        }
    }
    if known > 0 {
        println!("{title}: {known} of the failures are listed known failures");
    }
    println!("{passed} passed, {failed} failed");
    if let Ok(p) = std::env::var("TAURARO_WRITE_XFAIL") {
        // The current failures become the known-failure list (run without a filter).
        let _ = std::fs::write(p, failing.join("\n") + "\n");
    }
    assert!(new_failures.is_empty(), "{title}: {} unexpected failure(s): {}", new_failures.len(), new_failures.join(", "));
}
