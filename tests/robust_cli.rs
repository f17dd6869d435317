//! Issue 7: output is never lost, and unusual program files behave as in
//! CPython 3.11 (exit statuses and messages pinned from python3.11; only the
//! program name in "can't open" lines differs: `tauraro:` for the interpreter path).
//! SIGINT -> KeyboardInterrupt is tested at the end. Every child has a timeout.
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Out {
    /// Exit code, or None when killed by a signal (see `signal`).
    code: Option<i32>,
    signal: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tauraro_robust_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn spawn(d: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(args)
        .env_remove("PYTHONUNBUFFERED") // these cases pin the buffered behaviour
        .current_dir(d)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn tauraro")
}

/// Wait (at most 20 s) and collect the output.
fn finish(mut child: Child) -> Out {
    let so = child.stdout.take();
    let mut se = child.stderr.take().unwrap();
    let ro = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(mut so) = so {
            let _ = so.read_to_end(&mut v);
        }
        v
    });
    let re = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("tauraro did not finish in 20 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Out {
        code: status.code(),
        signal: status.signal(),
        stdout: ro.join().unwrap(),
        stderr: String::from_utf8_lossy(&re.join().unwrap()).into_owned(),
    }
}

/// Write `files` into a fresh directory and run `tauraro args` there with `stdin`.
fn run_in(name: &str, files: &[(&str, &[u8])], args: &[&str], stdin: &str) -> (PathBuf, Out) {
    let d = dir(name);
    for (f, body) in files {
        std::fs::write(d.join(f), body).unwrap();
    }
    let mut child = spawn(&d, args);
    let mut si = child.stdin.take().unwrap();
    let _ = si.write_all(stdin.as_bytes());
    drop(si);
    let out = finish(child);
    (d, out)
}

fn prog(name: &str, src: &str) -> (PathBuf, Out) {
    run_in(name, &[("p.py", src.as_bytes())], &["p.py"], "")
}

fn stdout(o: &Out) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

// ---- output is never lost ---------------------------------------------------

#[test]
fn flushed_at_exit() {
    let (_, o) = prog("exit", "print('no newline', end='')\n");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(0), "no newline"));
}

#[test]
fn flushed_on_uncaught_exception() {
    let (_, o) = prog("exc", "print('before')\n1/0\n");
    assert_eq!(o.code, Some(1));
    assert_eq!(stdout(&o), "before\n");
    assert!(o.stderr.ends_with("ZeroDivisionError: division by zero\n"), "{}", o.stderr);
}

#[test]
fn flushed_on_sys_exit() {
    let (_, o) = prog("sysexit", "import sys\nprint('x', end='')\nsys.exit(3)\n");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(3), "x"));
    let (_, o) = prog("sysexit_msg", "import sys\nprint('y')\nsys.exit('bye')\n");
    assert_eq!((o.code, stdout(&o).as_str(), o.stderr.as_str()), (Some(1), "y\n", "bye\n"));
    let (_, o) = prog("raise_sysexit", "print('z')\nraise SystemExit\n");
    assert_eq!((o.code, stdout(&o).as_str(), o.stderr.as_str()), (Some(0), "z\n", ""));
}

#[test]
fn flushed_on_syntax_error_in_import() {
    let files: &[(&str, &[u8])] = &[("p.py", b"print('a')\nimport bad\n"), ("bad.py", b"x = (\n")];
    let (_, o) = run_in("imp", files, &["p.py"], "");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(1), "a\n"));
    assert!(o.stderr.ends_with("SyntaxError: '(' was never closed\n"), "{}", o.stderr);
}

/// A line the reader must see while the program still runs (blocked on stdin).
fn line_while_running(name: &str, src: &str) -> String {
    let d = dir(name);
    std::fs::write(d.join("p.py"), src).unwrap();
    let mut child = spawn(&d, &["p.py"]);
    let so = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(so);
        let mut buf = Vec::new();
        // The prompt may have no newline: read what arrives first.
        let n = r.fill_buf().map(|b| b.len()).unwrap_or(0);
        buf.extend_from_slice(&r.buffer()[..n]);
        let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
    });
    let got = rx.recv_timeout(Duration::from_secs(10)).unwrap_or_else(|_| "<nothing within 10 s>".into());
    drop(child.stdin.take()); // EOF: input() raises EOFError, the program ends
    let _ = child.kill();
    let _ = child.wait();
    got
}

#[test]
fn print_flush_true_reaches_the_reader_at_once() {
    assert_eq!(line_while_running("flush", "print('ready', flush=True)\nimport sys\nsys.stdin.readline()\n"), "ready\n");
}

#[test]
fn input_flushes_pending_output_and_prompt() {
    assert_eq!(line_while_running("input", "print('a', end='')\ninput('> ')\n"), "a> ");
}

#[test]
fn input_reads_lines_and_eof() {
    let (_, o) = run_in("input2", &[("p.py", b"print(input('? '))\nprint(input())\ninput()\n")], &["p.py"], "one\ntwo\n");
    assert_eq!(o.code, Some(1));
    assert_eq!(stdout(&o), "? one\ntwo\n");
    assert!(o.stderr.ends_with("EOFError: EOF when reading a line\n"), "{}", o.stderr);
}

#[test]
fn closed_pipe_ends_quietly() {
    let d = dir("pipe");
    let src = "f = open('kept.txt', 'w')\nf.write('kept')\ntry:\n    while True:\n        try:\n            print('y' * 50)\n        except BaseException:\n            pass\nfinally:\n    f.write(' finally')\n";
    std::fs::write(d.join("p.py"), src).unwrap();
    let mut child = spawn(&d, &["p.py"]);
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is gone (stdout dropped with the BufReader).
    let o = finish(child);
    assert_eq!(first, format!("{}\n", "y".repeat(50)));
    assert_eq!(o.code, Some(0), "stderr: {}", o.stderr);
    assert_eq!(o.stderr, "");
    // `finally` ran and the file was flushed at exit.
    assert_eq!(std::fs::read_to_string(d.join("kept.txt")).unwrap(), "kept finally");
}

#[test]
fn files_written_are_flushed_at_exit() {
    for (name, tail) in [("fexit", ""), ("fexc", "1/0\n"), ("fsysexit", "import sys\nsys.exit(2)\n")] {
        let src = format!("f = open('out.txt', 'w')\nf.write('data ' * 3)\ng = open('app.txt', 'a')\ng.write('x')\n{tail}");
        let (d, _) = prog(name, &src);
        assert_eq!(std::fs::read_to_string(d.join("out.txt")).unwrap(), "data data data ", "{name}");
        assert_eq!(std::fs::read_to_string(d.join("app.txt")).unwrap(), "x", "{name}");
    }
}

// ---- unusual program files ---------------------------------------------------

fn abs(d: &Path, f: &str) -> String {
    d.join(f).to_string_lossy().into_owned()
}

#[test]
fn missing_file() {
    let (d, o) = run_in("missing", &[], &["nope.py"], "");
    assert_eq!(o.code, Some(2));
    assert_eq!(o.stderr, format!("tauraro: can't open file '{}': [Errno 2] No such file or directory\n", abs(&d, "nope.py")));
    let (_, o2) = run_in("missing_run", &[], &["run", "nope.py"], "");
    assert_eq!(o2.code, Some(2));
}

#[test]
fn directory() {
    let d = dir("adir");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    let o = finish(spawn(&d, &["sub"]));
    assert_eq!(o.code, Some(1));
    assert_eq!(o.stderr, format!("tauraro: can't find '__main__' module in '{}'\n", abs(&d, "sub")));
}

#[test]
fn empty_file() {
    let (_, o) = run_in("empty", &[("p.py", b"")], &["p.py"], "");
    assert_eq!((o.code, o.stdout.len(), o.stderr.as_str()), (Some(0), 0, ""));
}

#[test]
fn non_utf8_source() {
    let (d, o) = run_in("nonutf8", &[("p.py", b"x = 1\ny = '\xff'\n")], &["p.py"], "");
    assert_eq!(o.code, Some(1));
    assert_eq!(
        o.stderr,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {} on line 2, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details\n",
            abs(&d, "p.py")
        )
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn latin1_coding_cookie() {
    let src: &[u8] = b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nprint(len('\xe9'), '\xe9')\n";
    let (_, o) = run_in("latin1", &[("p.py", src)], &["p.py"], "");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(0), "1 \u{e9}\n"));
    let (_, o) = run_in("latin1bom", &[("p.py", b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n")], &["p.py"], "");
    assert_eq!((o.code, o.stderr.as_str()), (Some(1), "SyntaxError: encoding problem: iso-8859-1 with BOM\n"));
}

#[test]
fn bom() {
    let (_, o) = run_in("bom", &[("p.py", b"\xef\xbb\xbfprint('bom')\n")], &["p.py"], "");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(0), "bom\n"));
}

#[test]
fn crlf_line_endings() {
    let src: &[u8] = b"x = 1\r\nif x:\r\n    print('crlf', \\\r\n          x)\r\ns = '''a\r\nb'''\r\nprint(repr(s))\r\n";
    let (_, o) = run_in("crlf", &[("p.py", src)], &["p.py"], "");
    assert_eq!((o.code, stdout(&o).as_str(), o.stderr.as_str()), (Some(0), "crlf 1\n'a\\nb'\n", ""));
}

#[test]
fn tabs_and_spaces_mixing() {
    let (d, o) = run_in("tabs", &[("p.py", b"if 1:\n\tprint(1)\n        print(2)\n")], &["p.py"], "");
    assert_eq!(o.code, Some(1));
    assert_eq!(
        o.stderr,
        format!("  File \"{}\", line 3\n    print(2)\nTabError: inconsistent use of tabs and spaces in indentation\n", abs(&d, "p.py"))
    );
    // Consistent tabs are fine.
    let (_, o) = run_in("tabs_ok", &[("p.py", b"if 1:\n\tprint(1)\n\tif 2:\n\t\tprint(2)\n")], &["p.py"], "");
    assert_eq!((o.code, stdout(&o).as_str()), (Some(0), "1\n2\n"));
}

#[test]
fn null_byte() {
    let (d, o) = run_in("nul", &[("p.py", b"x = 1\nprint(2)\x00 + 3\n")], &["p.py"], "");
    assert_eq!(o.code, Some(1));
    assert_eq!(
        o.stderr,
        format!("  File \"{}\", line 2\n    print(2)\nSyntaxError: source code cannot contain null bytes\n", abs(&d, "p.py"))
    );
}

// ---- recursion through native code -------------------------------------------

const RECURSION_PROG: &str = r#"class E:
    def __eq__(self, o):
        return E() in {E(): 1}
    def __hash__(self):
        return 1
try:
    E() == E()
except RecursionError as e:
    print("eq", e)
class K:
    def __eq__(self, o):
        return [K()] == [K()]
try:
    K() == K()
except RecursionError as e:
    print("list eq", e)
class F:
    def __format__(self, spec):
        return format(self, spec)
try:
    f"{F()}"
except RecursionError as e:
    print("format", e)
class B:
    def __bool__(self):
        return bool(B())
try:
    if B(): pass
except RecursionError as e:
    print("bool", e)
class It:
    def __iter__(self):
        return iter(It())
try:
    list(It())
except RecursionError as e:
    print("iter", e)
class Lt:
    def __len__(self):
        return len(Lt())
try:
    len(Lt())
except RecursionError as e:
    print("len", e)
class GI:
    def __getitem__(self, i):
        return GI()[i]
try:
    GI()[0]
except RecursionError as e:
    print("getitem", e)
class C:
    def __call__(self):
        return C()()
try:
    C()()
except RecursionError as e:
    print("call", e)
class In:
    def __init_subclass__(cls): pass
    def __getattribute__(self, n):
        return getattr(self, n)
try:
    In().x
except RecursionError as e:
    print("getattribute", e)
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("deep", e)
class R:
    def __repr__(self): return repr(self)
try:
    sorted([R(), R()], key=lambda r: repr(r))
except RecursionError as e:
    print("key", e)
print("end")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__, e)
class E:
    def __eq__(self, o):
        return {self: 1}[self] == 1 or self == o
    def __hash__(self):
        return 1
d = {E(): 1}
try:
    d[E()]
except RecursionError as e:
    print("eq", type(e).__name__, e)
class H:
    def __hash__(self):
        return hash(self)
try:
    {H(): 1}
except RecursionError as e:
    print("hash", type(e).__name__, e)
class S:
    def __str__(self):
        return str(self)
try:
    print(S())
except RecursionError as e:
    print("str", type(e).__name__, e)
class L:
    def __lt__(self, o):
        return sorted([self, o])[0] is self
try:
    sorted([L(), L()])
except RecursionError as e:
    print("lt", type(e).__name__, e)
class G:
    def __getattr__(self, n):
        return getattr(self, n)
try:
    G().x
except RecursionError as e:
    print("getattr", type(e).__name__, e)
l = []
l.append(l)
print(l)
d = {}
d[1] = d
print(d)
def f(): return f()
try:
    f()
except RecursionError as e:
    print("plain", e)
class I:
    def __init__(self): I()
try:
    I()
except RecursionError as e:
    print("init", e)
print("end")
"#;

/// Recursion through __eq__/__hash__/__repr__/__str__/__bool__/__len__/... called
/// from native code raises RecursionError (never a crash).
#[test]
fn recursion_through_native_code_is_recursion_error() {
    let (_, o) = prog("recursion", RECURSION_PROG);
    assert_eq!(o.code, Some(0), "{}", o.stderr);
    let out = stdout(&o);
    let labels: Vec<&str> =
        out.lines().filter(|l| l.contains("maximum recursion depth exceeded")).map(|l| l.split(' ').next().unwrap()).collect();
    let want = [
        "eq", "list", "format", "bool", "iter", "len", "getitem", "call", "getattribute", "deep", "key", "repr", "hash", "str",
        "lt", "getattr", "plain", "init",
    ];
    assert_eq!(labels, want, "{out}");
    assert!(out.contains("[[...]]\n{1: {...}}\n"), "{out}");
    assert!(out.ends_with("end\n"), "{out}");
}

// ---- SIGINT -> KeyboardInterrupt -------------------------------------------

fn interrupt(name: &str, src: &str) -> Out {
    let d = dir(name);
    std::fs::write(d.join("p.py"), src).unwrap();
    let mut child = spawn(&d, &["p.py"]);
    let mut first = String::new();
    let mut r = BufReader::new(child.stdout.take().unwrap());
    r.read_line(&mut first).unwrap();
    assert_eq!(first, "started\n");
    std::thread::sleep(Duration::from_millis(100));
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let mut rest = Vec::new();
    r.read_to_end(&mut rest).unwrap();
    let mut o = finish(child);
    o.stdout = rest;
    o
}

const SIGINT: i32 = 2;

#[test]
fn sigint_in_a_loop_is_keyboard_interrupt() {
    let o = interrupt("sigloop", "print('started', flush=True)\ndef f():\n    while True:\n        pass\nf()\n");
    assert_eq!((o.code, o.signal), (None, Some(SIGINT)), "{}", o.stderr);
    assert!(o.stderr.starts_with("Traceback (most recent call last):\n"), "{}", o.stderr);
    assert!(o.stderr.contains(", line 3, in f\n    while True:\nKeyboardInterrupt\n"), "{}", o.stderr);
}

#[test]
fn sigint_can_be_caught() {
    let src = "print('started', flush=True)\ntry:\n    n = 0\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\nprint('after')\n";
    let o = interrupt("sigcatch", src);
    assert_eq!((o.code, stdout(&o).as_str(), o.stderr.as_str()), (Some(0), "caught KeyboardInterrupt()\nafter\n", ""));
}

#[test]
fn sigint_in_recursive_calls() {
    let src = "print('started', flush=True)\ndef f(n):\n    return f(n + 1) if n < 50 else 0\nwhile True:\n    f(0)\n";
    let o = interrupt("sigcalls", src);
    assert_eq!(o.signal, Some(SIGINT));
    assert!(o.stderr.ends_with("KeyboardInterrupt\n"), "{}", o.stderr);
}
