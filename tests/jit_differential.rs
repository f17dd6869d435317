//! The JIT must be invisible except for speed (DESIGN §5): every program of
//! `tests/conformance/`, `tests/bench/` (small sizes) and `tests/jit/` gives
//! identical stdout, stderr and exit code with `--no-jit`, `--jit-threshold 1`
//! (every loop compiled at its first back-edge) and the default flags. The
//! `tests/jit/` programs (guards failing mid-loop) must also print exactly
//! their `.out` (CPython 3.11's output).
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MODES: [&[&str]; 3] = [&["--no-jit"], &["--jit-threshold", "1"], &[]];
const TIMEOUT: Duration = Duration::from_secs(60);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Job {
    dir: PathBuf,
    file: String,
    args: Vec<String>,
    expect: Option<Vec<u8>>,
}

#[derive(PartialEq, Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(job: &Job, flags: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(flags)
        .arg("run")
        .arg(&job.file)
        .args(&job.args)
        .current_dir(&job.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start tauraro");
    let (mut so, mut se) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let to = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut so, &mut v);
        v
    });
    let te = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut se, &mut v);
        v
    });
    let start = Instant::now();
    let code = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            use std::os::unix::process::ExitStatusExt;
            break st.code().or(st.signal().map(|s| -s));
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break Some(-999);
        }
        std::thread::sleep(Duration::from_millis(3));
    };
    let stdout = String::from_utf8_lossy(&to.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&te.join().unwrap()).into_owned();
    Run { code, stdout, stderr }
}

fn jobs() -> Vec<Job> {
    let mut jobs = Vec::new();
    let mut add_dir = |sub: &str, bench: bool, expect: bool| {
        let dir = root().join(sub);
        let Ok(rd) = std::fs::read_dir(&dir) else { return };
        let mut names: Vec<String> =
            rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".py")).collect();
        names.sort();
        for file in names {
            let src = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
            let mut args = Vec::new();
            if bench {
                match src.lines().find_map(|l| l.strip_prefix("# small:")) {
                    Some(n) => args.push(n.trim().to_string()),
                    None => continue,
                }
            }
            let exp = if expect { std::fs::read(dir.join(file.replace(".py", ".out"))).ok() } else { None };
            jobs.push(Job { dir: dir.clone(), file, args, expect: exp });
        }
    };
    add_dir("tests/jit", false, true);
    add_dir("tests/conformance", false, false);
    add_dir("tests/bench", true, false);
    if let Ok(f) = std::env::var("TAURARO_TEST_FILTER") {
        jobs.retain(|j| j.file.contains(&f));
    }
    jobs
}

fn check(job: &Job) -> Result<(), String> {
    let runs: Vec<Run> = MODES.iter().map(|m| run(job, m)).collect();
    for (m, r) in MODES.iter().zip(&runs).skip(1) {
        if *r != runs[0] {
            let what = if r.code != runs[0].code {
                format!("exit {:?} vs {:?}", r.code, runs[0].code)
            } else if r.stdout != runs[0].stdout {
                let i = r.stdout.lines().zip(runs[0].stdout.lines()).position(|(a, b)| a != b).unwrap_or(0);
                format!(
                    "stdout line {}: {:?} vs --no-jit {:?}",
                    i + 1,
                    r.stdout.lines().nth(i).unwrap_or(""),
                    runs[0].stdout.lines().nth(i).unwrap_or("")
                )
            } else {
                format!("stderr {:?} vs --no-jit {:?}", r.stderr, runs[0].stderr)
            };
            return Err(format!("{}/{} with {:?}: {}", job.dir.display(), job.file, m, what));
        }
    }
    if let Some(exp) = &job.expect {
        if runs[0].stdout.as_bytes() != &exp[..] || runs[0].code != Some(0) {
            return Err(format!(
                "{}/{}: output differs from CPython's .out (exit {:?})\n--- got\n{}\n--- stderr\n{}",
                job.dir.display(),
                job.file,
                runs[0].code,
                runs[0].stdout,
                runs[0].stderr
            ));
        }
    }
    Ok(())
}

#[test]
fn jit_is_invisible() {
    let jobs = Arc::new(jobs());
    assert!(jobs.len() > 100 || std::env::var_os("TAURARO_TEST_FILTER").is_some(), "found only {} programs", jobs.len());
    let next = Arc::new(Mutex::new(0usize));
    let fails = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4);
    let hs: Vec<_> = (0..workers)
        .map(|_| {
            let (jobs, next, fails) = (jobs.clone(), next.clone(), fails.clone());
            std::thread::spawn(move || loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(job) = jobs.get(i) else { break };
                if let Err(e) = check(job) {
                    fails.lock().unwrap().push(e);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let fails = fails.lock().unwrap();
    assert!(fails.is_empty(), "{} of {} programs differ:\n{}", fails.len(), jobs.len(), fails.join("\n"));
}

/// `--perf-map` names every compiled loop in `/tmp/perf-<pid>.map`
/// (`START SIZE jit:<code>:<line>`) and `--stats` reports the loops.
#[test]
fn perf_map_and_stats() {
    let dir = root().join("tests/jit");
    let child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["--perf-map", "--stats", "--jit-threshold", "1", "run", "control_flow.py"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start tauraro");
    let pid = child.id();
    let out = child.wait_with_output().expect("run");
    assert!(out.status.success());
    assert_eq!(out.stdout, std::fs::read(dir.join("control_flow.out")).unwrap());
    let path = format!("/tmp/perf-{pid}.map");
    let map = std::fs::read_to_string(&path).expect("perf map written");
    let _ = std::fs::remove_file(&path);
    let lines: Vec<&str> = map.lines().collect();
    assert!(lines.len() >= 3, "{map}");
    for l in &lines {
        let f: Vec<&str> = l.splitn(3, ' ').collect();
        assert!(f.len() == 3 && u64::from_str_radix(f[0], 16).is_ok() && u64::from_str_radix(f[1], 16).is_ok(), "{l}");
        assert!(f[2].starts_with("jit:"), "{l}");
    }
    assert!(map.contains("jit:nested:"), "{map}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("loops compiled"), "{err}");
}
