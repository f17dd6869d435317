//! The `tauraro` command line as a Python user meets it: `-c`, `-`, piped
//! stdin, `--version`, `-h`, unrunnable files, `sys.argv`, exit statuses.
//! Every child runs with a timeout.
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Out {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Run the binary with `args` and `stdin` piped in; kill it after 10 s.
fn run(args: &[&str], stdin: &str) -> Out {
    run_in(&std::env::temp_dir(), args, stdin)
}

/// `run` in directory `dir`.
fn run_in(dir: &std::path::Path, args: &[&str], stdin: &str) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn tauraro");
    let mut si = child.stdin.take().unwrap();
    let input = stdin.to_string();
    let writer = std::thread::spawn(move || {
        let _ = si.write_all(input.as_bytes());
    });
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("tauraro {args:?} timed out");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = writer.join();
    let o = child.wait_with_output().unwrap();
    Out {
        status: o.status.code(),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

#[test]
fn dash_c_runs_code_with_argv() {
    let o = run(&["-c", "import sys; print(sys.argv)", "a", "b"], "");
    assert_eq!(o.stdout, "['-c', 'a', 'b']\n");
    assert_eq!(o.status, Some(0));
}

#[test]
fn dash_reads_program_from_stdin() {
    let o = run(&["-", "x", "y"], "import sys\nprint(sys.argv)\nprint(6*7)\n");
    assert_eq!(o.stdout, "['-', 'x', 'y']\n42\n");
    assert_eq!(o.status, Some(0));
}

#[test]
fn piped_stdin_is_a_program_named_stdin() {
    let o = run(&[], "import sys\nprint(sys.argv)\nprint(1/0)\n");
    assert_eq!(o.stdout, "['']\n");
    assert_eq!(
        o.stderr,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(o.status, Some(1));
}

#[test]
fn version_and_help() {
    for flag in ["--version", "-V"] {
        let o = run(&[flag], "");
        assert_eq!(o.stdout, "Tauraro 0.1.0\n");
        assert_eq!(o.status, Some(0));
    }
    for flag in ["-h", "--help"] {
        let o = run(&[flag], "");
        assert!(o.stdout.starts_with("usage: tauraro "), "{}", o.stdout);
        assert!(o.stdout.contains("-c cmd"));
        assert_eq!(o.status, Some(0));
    }
}

#[test]
fn missing_file_like_cpython() {
    let o = run(&["no_such_file_tauraro.py"], "");
    let abs = std::env::temp_dir().join("no_such_file_tauraro.py");
    assert_eq!(
        o.stderr,
        format!("tauraro: can't open file '{}': [Errno 2] No such file or directory\n", abs.display())
    );
    assert_eq!(o.status, Some(2));
    let o = run(&["run", "no_such_file_tauraro.py"], "");
    assert_eq!(o.status, Some(2));
}

#[test]
fn directory_as_file() {
    let d = std::env::temp_dir();
    let o = run(&[d.to_str().unwrap()], "");
    assert_eq!(o.stderr, format!("tauraro: can't find '__main__' module in '{}'\n", d.display()));
    assert_eq!(o.status, Some(1));
}

fn script(name: &str, text: &str) -> String {
    let p = std::env::temp_dir().join(format!("tauraro_cli_{}_{name}.py", std::process::id()));
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn file_argv() {
    let f = script("argv", "import sys\nprint(sys.argv[1:])\nprint(sys.argv[0].endswith('argv.py'))\n");
    let o = run(&[&f, "1", "two", "--three"], "");
    assert_eq!(o.stdout, "['1', 'two', '--three']\nTrue\n");
    assert_eq!(o.status, Some(0));
    let _ = std::fs::remove_file(f);
}

#[test]
fn exit_statuses() {
    let o = run(&["-c", "import sys; sys.exit(3)"], "");
    assert_eq!((o.status, o.stderr.as_str()), (Some(3), ""));
    let o = run(&["-c", "import sys; sys.exit('msg')"], "");
    assert_eq!((o.status, o.stderr.as_str()), (Some(1), "msg\n"));
    let o = run(&["-c", "import sys; sys.exit()"], "");
    assert_eq!(o.status, Some(0));
    let o = run(&["-c", "raise ValueError('bad')"], "");
    assert_eq!((o.status, last_line(&o.stderr)), (Some(1), "ValueError: bad"));
    let o = run(&["-c", "1 +"], "");
    assert_eq!((o.status, last_line(&o.stderr)), (Some(1), "SyntaxError: invalid syntax"));
    let o = run(&["-"], "import sys\nsys.exit(4)\n");
    assert_eq!(o.status, Some(4));
    let o = run(&[], "x = (\n");
    assert_eq!((o.status, last_line(&o.stderr)), (Some(1), "SyntaxError: '(' was never closed"));
}

#[test]
fn did_you_mean() {
    let o = run(&["-c", "prnt(1)"], "");
    assert_eq!(last_line(&o.stderr), "NameError: name 'prnt' is not defined. Did you mean: 'print'?");
    let o = run(&["-c", "[].apend(1)"], "");
    assert_eq!(last_line(&o.stderr), "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?");
    let o = run(&["-c", "def f():\n    counter = 1\n    return countr\nf()"], "");
    assert_eq!(last_line(&o.stderr), "NameError: name 'countr' is not defined. Did you mean: 'counter'?");
    let o = run(&["-c", "import math; math.sine(1)"], "");
    assert_eq!(last_line(&o.stderr), "AttributeError: module 'math' has no attribute 'sine'. Did you mean: 'sin'?");
    let o = run(&["-c", "abcdefghijk"], "");
    assert_eq!(last_line(&o.stderr), "NameError: name 'abcdefghijk' is not defined");
}

#[test]
fn dash_i_with_piped_stdin_survives_system_exit() {
    let f = script("dash_i", "import sys\nx = 2\nsys.exit(3)\n");
    let o = run(&["-i", &f], "print(x * 5)\n");
    assert!(o.stdout.contains("10\n"), "{}", o.stdout);
    assert!(o.stderr.ends_with("SystemExit: 3\n"), "{}", o.stderr);
    assert!(!o.stderr.contains("Tauraro 0.1.0"), "no banner after -i FILE");
    assert_eq!(o.status, Some(0));
    let _ = std::fs::remove_file(f);
}

/// `-m`: a module or package `__main__` under the current directory, a bundled
/// package's `__main__` (`-m unittest`), and CPython's errors.
#[test]
fn dash_m_runs_a_module_as_main() {
    let dir = std::env::temp_dir().join(format!("tauraro_dash_m_{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    let w = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    w("hello.py", "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('hello.py'))\n");
    w("pkg/__init__.py", "");
    w("pkg/__main__.py", "print('pkg', __name__)\n");
    w(
        "test_m.py",
        "import unittest\nclass T(unittest.TestCase):\n    def test_ok(self): self.assertTrue(True)\n    def test_bad(self): self.assertEqual(1, 2)\n",
    );
    let o = run_in(&dir, &["-m", "hello", "a", "b"], "");
    assert_eq!(o.stdout, "__main__ ['a', 'b'] True\n");
    let o = run_in(&dir, &["-m", "pkg"], "");
    assert_eq!(o.stdout, "pkg __main__\n");
    let o = run_in(&dir, &["-m", "unittest", "-v", "test_m"], "");
    assert_eq!(o.status, Some(1), "{}", o.stderr);
    assert!(o.stderr.contains("test_bad (test_m.T.test_bad) ... FAIL"), "{}", o.stderr);
    assert!(o.stderr.contains(&format!("File \"{}\", line 4, in test_bad", dir.join("test_m.py").display())), "{}", o.stderr);
    assert!(o.stderr.contains("AssertionError: 1 != 2") && o.stderr.contains("FAILED (failures=1)"), "{}", o.stderr);
    let o = run_in(&dir, &["-m", "nosuch"], "");
    assert_eq!((o.status, o.stderr.as_str()), (Some(1), "tauraro: No module named nosuch\n"));
    let o = run_in(&dir, &["-m", "collections"], "");
    assert_eq!(o.status, Some(1));
    assert!(o.stderr.contains("No module named collections.__main__; 'collections' is a package and cannot be directly executed"));
    let o = run_in(&dir, &["-m"], "");
    assert_eq!(o.status, Some(2));
    assert!(o.stderr.starts_with("Argument expected for the -m option\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
