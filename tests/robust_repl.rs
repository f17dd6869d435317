//! Ctrl-C in the REPL (issue 7): while code runs it raises KeyboardInterrupt
//! (traceback, back to the prompt); at the prompt it prints "KeyboardInterrupt".
//! Needs a terminal: driven through a pty by python3.11 (skipped without it).
use std::process::Command;

const DRIVER: &str = r#"
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.environ['HOME'] = os.environ.get('TMPDIR', '/tmp')
    os.execv(sys.argv[1], [sys.argv[1]])
out = b''
def read(t):
    global out
    end = time.time() + t
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                out += os.read(fd, 4096)
            except OSError:
                return
def wait_for(s, t=10):
    end = time.time() + t
    while s.encode() not in out and time.time() < end:
        read(0.05)
wait_for('>>> ')
for line in ['def f():', '    while True: pass', '']:
    os.write(fd, line.encode() + b'\r'); read(0.3)
os.write(fd, b'f()\r'); read(0.5)
os.write(fd, b'\x03'); wait_for('KeyboardInterrupt')
os.write(fd, b'print("back", 6 * 7)\r'); wait_for('back 42')
os.write(fd, b'\x03'); read(0.5)
os.write(fd, b'\x04'); read(1)
_, st = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors='replace'))
sys.stdout.write('\nSTATUS %d\n' % st)
"#;

#[test]
fn ctrl_c_in_the_repl() {
    if Command::new("python3.11").arg("-c").arg("import pty").output().map(|o| !o.status.success()).unwrap_or(true) {
        eprintln!("python3.11 not found: skipping the REPL Ctrl-C test");
        return;
    }
    let o = Command::new("timeout")
        .args(["60", "python3.11", "-c", DRIVER, env!("CARGO_BIN_EXE_tauraro")])
        .output()
        .expect("run the pty driver");
    let text = String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n");
    assert!(
        text.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\nKeyboardInterrupt\n"),
        "no KeyboardInterrupt traceback:\n{text}"
    );
    assert!(text.contains("back 42"), "the REPL did not continue:\n{text}");
    assert!(text.matches("KeyboardInterrupt").count() >= 2, "Ctrl-C at the prompt:\n{text}");
    assert!(text.contains("STATUS 0"), "exit status:\n{text}");
}
