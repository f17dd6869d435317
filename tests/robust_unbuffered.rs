//! Issue 7: `-u` and `PYTHONUNBUFFERED` make stdout/stderr unbuffered as in
//! CPython 3.11. Expected byte streams pinned from /usr/bin/python3.11 with
//! stdout and stderr sharing one pipe (`2>&1`), where buffering decides the order.
use std::io::Read;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROG: &str = "import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c', end='')\n\
sys.stderr.write('d')\nprint('e')\nprint('f', file=sys.stderr)\n";

fn file(name: &str, text: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("tauraro_unbuf_{name}_{}.py", std::process::id()));
    std::fs::write(&p, text).unwrap();
    p
}

/// Run with stdout and stderr on the same pipe; `env` None removes PYTHONUNBUFFERED.
fn merged(args: &[&str], path: &std::path::Path, env: Option<&str>) -> String {
    let (mut r, w) = std::io::pipe().unwrap();
    let w2 = w.try_clone().unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_tauraro"));
    c.args(args).arg(path).stdin(Stdio::null()).stdout(w).stderr(w2);
    match env {
        Some(v) => c.env("PYTHONUNBUFFERED", v),
        None => c.env_remove("PYTHONUNBUFFERED"),
    };
    let mut child = c.spawn().unwrap();
    drop(c);
    let mut s = String::new();
    r.read_to_string(&mut s).unwrap();
    child.wait().unwrap();
    s
}

#[test]
fn interleaving_matches_cpython() {
    let p = file("inter", PROG);
    // python3.11 x.py 2>&1 (block-buffered stdout, line-buffered stderr)
    assert_eq!(merged(&[], &p, None), "b\ndf\na\nce\n");
    assert_eq!(merged(&[], &p, Some("")), "b\ndf\na\nce\n");
    // python3.11 -u x.py 2>&1, PYTHONUNBUFFERED=1 python3.11 x.py 2>&1
    assert_eq!(merged(&["-u"], &p, None), "a\nb\ncde\nf\n");
    assert_eq!(merged(&["-u", "--no-jit"], &p, None), "a\nb\ncde\nf\n");
    assert_eq!(merged(&["run"], &p, Some("1")), "a\nb\ncde\nf\n");
    let _ = std::fs::remove_file(p);
}

/// A program that prints (no newline) and then blocks: with -u the reader sees the
/// text while the program still runs.
#[test]
fn output_visible_while_running() {
    let p = file("live", "import time\nprint('ready', end='')\ntime.sleep(20)\nprint('late')\n");
    for (args, env) in [(&["-u"][..], None), (&[][..], Some("1"))] {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tauraro"));
        c.args(args).arg(&p).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null());
        match env {
            Some(v) => c.env("PYTHONUNBUFFERED", v),
            None => c.env_remove("PYTHONUNBUFFERED"),
        };
        let mut child = c.spawn().unwrap();
        let fd = child.stdout.take().unwrap().into_raw_fd();
        // SAFETY: fd was just taken from the child's stdout pipe and is owned here.
        let mut out = unsafe { std::fs::File::from_raw_fd(fd) };
        let t = Instant::now();
        let mut buf = [0u8; 5];
        out.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"ready");
        assert!(t.elapsed() < Duration::from_secs(15), "output came only at exit");
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let _ = std::fs::remove_file(p);
}
