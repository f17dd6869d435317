//! The interactive prompt, driven through a pseudo-terminal the way a person
//! uses it: what appears on the screen after each line typed. No extra crates:
//! `openpty` through an `extern "C"` declaration (glibc). Every wait has a
//! timeout and the child is killed when a test ends.
#![cfg(target_os = "linux")]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[repr(C)]
struct Winsize {
    ws_row: u16,
    ws_col: u16,
    ws_xpixel: u16,
    ws_ypixel: u16,
}

extern "C" {
    fn openpty(amaster: *mut i32, aslave: *mut i32, name: *mut u8, termp: *const u8, winp: *const Winsize) -> i32;
    fn dup(fd: i32) -> i32;
}

struct Repl {
    child: Child,
    master: File,
    out: Arc<Mutex<Vec<u8>>>,
    /// Prompts seen so far (">>> " and "... ").
    seen: usize,
    hist: std::path::PathBuf,
}

const WAIT: Duration = Duration::from_secs(10);

impl Repl {
    fn start() -> Repl {
        Repl::start_with(&[], "main")
    }

    /// Start `tauraro ARGS` with its own history file `tauraro_repl_hist_<pid>_<tag>`.
    fn start_with(args: &[&str], tag: &str) -> Repl {
        let (mut m, mut s) = (0, 0);
        let ws = Winsize { ws_row: 24, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: valid out-pointers; null name/termios are allowed.
        let r = unsafe { openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws) };
        assert_eq!(r, 0, "openpty failed");
        let slave = |fd: RawFd| {
            // SAFETY: dup of the live slave fd gives a fresh owned fd.
            Stdio::from(unsafe { File::from_raw_fd(dup(fd)) })
        };
        let hist = hist_path(tag);
        let child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
            .args(args)
            .env("TERM", "xterm")
            .env("TAURARO_HISTFILE", &hist)
            .stdin(slave(s))
            .stdout(slave(s))
            .stderr(slave(s))
            .spawn()
            .expect("spawn tauraro");
        // SAFETY: we own both fds; the slave copy in the parent is closed now.
        drop(unsafe { File::from_raw_fd(s) });
        // SAFETY: `m` is the master fd we own.
        let master = unsafe { File::from_raw_fd(m) };
        let out = Arc::new(Mutex::new(Vec::new()));
        let (mut rd, mut wr) = (master.try_clone().unwrap(), master.try_clone().unwrap());
        let sink = out.clone();
        std::thread::spawn(move || {
            let mut answered = 0;
            let mut b = [0u8; 4096];
            while let Ok(n) = rd.read(&mut b) {
                if n == 0 {
                    break;
                }
                let mut o = sink.lock().unwrap();
                o.extend_from_slice(&b[..n]);
                // rustyline asks where the cursor is (ESC [6n): answer "column 1".
                let asks = o.windows(4).filter(|w| w == b"\x1b[6n").count();
                while answered < asks {
                    let _ = wr.write_all(b"\x1b[1;1R");
                    answered += 1;
                }
            }
        });
        let mut r = Repl { child, master, out, seen: 0, hist };
        r.wait_prompt();
        r
    }

    /// The screen text so far: escape sequences and carriage returns removed.
    fn screen(&self) -> String {
        clean(&String::from_utf8_lossy(&self.out.lock().unwrap()))
    }

    fn prompts(&self) -> usize {
        let s = self.screen();
        s.matches(">>> ").count() + s.matches("... ").count()
    }

    /// Wait for the next prompt; return the screen text since the previous one.
    fn wait_prompt(&mut self) -> String {
        let start = Instant::now();
        while self.prompts() <= self.seen {
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("no prompt; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.seen = self.prompts();
        let s = self.screen();
        let end = s.rfind(">>> ").into_iter().chain(s.rfind("... ")).max().unwrap();
        let begin = s[..end].rfind(">>> ").into_iter().chain(s[..end].rfind("... ")).max().map_or(0, |i| i + 4);
        s[begin..].to_string()
    }

    /// Type a line and Enter; return what shows up to and including the next prompt.
    fn line(&mut self, text: &str) -> String {
        self.master.write_all(text.as_bytes()).unwrap();
        self.master.write_all(b"\r").unwrap();
        self.wait_prompt()
    }

    fn keys(&mut self, bytes: &[u8]) {
        self.master.write_all(bytes).unwrap();
    }

    fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.code();
            }
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("tauraro did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.hist);
    }
}

fn hist_path(tag: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("tauraro_repl_hist_{}_{tag}", std::process::id()))
}

fn clean(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\x1b' => {
                if it.peek() == Some(&'[') {
                    it.next();
                    for d in it.by_ref() {
                        if d.is_ascii_alphabetic() || d == '~' {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn banner_echo_and_underscore() {
    let mut r = Repl::start();
    let s = r.screen();
    assert!(s.starts_with("Tauraro 0.1.0 (Python 3.11 compatible)\nType \"help\""), "{s}");
    assert_eq!(r.line("1+1"), "1+1\n2\n>>> ");
    assert_eq!(r.line("_ * 10"), "_ * 10\n20\n>>> ");
    assert_eq!(r.line("None"), "None\n>>> ");
    assert_eq!(r.line("x = 'a'"), "x = 'a'\n>>> ");
    assert_eq!(r.line("x"), "x\n'a'\n>>> ");
    assert_eq!(r.line("print(x)"), "print(x)\na\n>>> ");
    r.keys(b"\x04");
    assert_eq!(r.wait_exit(), Some(0));
}

#[test]
fn multi_line_blocks() {
    let mut r = Repl::start();
    assert_eq!(r.line("def f(n):"), "def f(n):\n... ");
    assert_eq!(r.line("    return n * 2"), "    return n * 2\n... ");
    assert_eq!(r.line(""), "\n>>> ");
    assert_eq!(r.line("f(21)"), "f(21)\n42\n>>> ");
    assert_eq!(r.line("for i in range(3):"), "for i in range(3):\n... ");
    assert_eq!(r.line("    i"), "    i\n... ");
    assert_eq!(r.line(""), "\n0\n1\n2\n>>> ");
    assert_eq!(r.line("(1,"), "(1,\n... ");
    assert_eq!(r.line(" 2)"), " 2)\n(1, 2)\n>>> ");
}

#[test]
fn traceback_then_prompt_keeps_state() {
    let mut r = Repl::start();
    r.line("y = 5");
    assert_eq!(
        r.line("1/0"),
        "1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> "
    );
    assert_eq!(r.line("prnt(y)"), "prnt(y)\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'prnt' is not defined. Did you mean: 'print'?\n>>> ");
    assert_eq!(r.line("y + 1"), "y + 1\n6\n>>> ");
}

#[test]
fn syntax_error_then_prompt() {
    let mut r = Repl::start();
    assert_eq!(r.line("1 +"), "1 +\n  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>> ");
    assert_eq!(
        r.line("for x in:"),
        "for x in:\n  File \"<stdin>\", line 1\n    for x in:\n            ^\nSyntaxError: invalid syntax\n>>> "
    );
    assert_eq!(r.line("2"), "2\n2\n>>> ");
}

#[test]
fn ctrl_c_cancels_the_line_and_ctrl_d_exits() {
    let mut r = Repl::start();
    assert_eq!(r.line("if True:"), "if True:\n... ");
    r.keys(b"abc\x03");
    assert_eq!(r.wait_prompt(), "abc\nKeyboardInterrupt\n>>> ");
    assert_eq!(r.line("3"), "3\n3\n>>> ");
    r.keys(b"\x04");
    assert_eq!(r.wait_exit(), Some(0));
}

#[test]
fn exit_call_status() {
    let mut r = Repl::start();
    r.keys(b"import sys; sys.exit(7)\r");
    assert_eq!(r.wait_exit(), Some(7));
}

#[test]
fn site_names_and_history_file() {
    let _ = std::fs::remove_file(hist_path("site"));
    let mut r = Repl::start_with(&[], "site");
    assert_eq!(r.line("help"), "help\nType help() for interactive help, or help(object) for help about object.\n>>> ");
    assert_eq!(r.line("exit"), "exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n>>> ");
    r.keys(b"exit()\r");
    assert_eq!(r.wait_exit(), Some(0));
    let h = std::fs::read_to_string(hist_path("site")).unwrap_or_default();
    assert_eq!(h, "help\nexit\nexit()\n");
    let _ = std::fs::remove_file(hist_path("site"));
}

#[test]
fn dash_i_runs_the_file_then_prompts() {
    let f = std::env::temp_dir().join(format!("tauraro_repl_i_{}.py", std::process::id()));
    std::fs::write(&f, "import sys\nz = len(sys.argv)\nprint('ran')\n").unwrap();
    let mut r = Repl::start_with(&["-i", f.to_str().unwrap(), "arg"], "i");
    assert!(r.screen().starts_with("ran\n"), "{}", r.screen());
    assert_eq!(r.line("z"), "z\n2\n>>> ");
    r.keys(b"\x04");
    assert_eq!(r.wait_exit(), Some(0));
    let _ = std::fs::remove_file(f);
    let _ = std::fs::remove_file(hist_path("i"));
}
