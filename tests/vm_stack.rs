//! The dispatch contract at run time (asm/README.md): handlers reach each other
//! by tail jumps and Python calls do not recurse natively, so a long loop and a
//! deep Python recursion both run on a tiny native stack.
use std::path::PathBuf;
use std::process::Command;

fn run_py(name: &str, src: &str, stack_kb: u32) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("tauraro-vm-stack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg("run")
        .arg(&path)
        .env("TAURARO_STACK_KB", stack_kb.to_string())
        .output()
        .expect("run tauraro");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// 10 million iterations through every hot loop handler on a 256 KiB stack.
#[test]
fn ten_million_iterations_on_256k_stack() {
    let src = "\
def run(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i += 1
    for j in range(n // 10):
        total -= j
    return total

print(run(10000000))
";
    let (code, out, err) = run_py("loop.py", src, 256);
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out, "49499995500000\n");
}

/// 10,000 Python frames deep without growing the native stack.
#[test]
fn deep_python_recursion_on_256k_stack() {
    let src = "\
import sys
sys.setrecursionlimit(20000)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(10000))
";
    let (code, out, err) = run_py("rec.py", src, 256);
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out, "10000\n");
}

/// Past the limit: RecursionError, not a crash.
#[test]
fn recursion_limit_raises() {
    let src = "\
def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print('caught', e)
";
    let (code, out, err) = run_py("limit.py", src, 256);
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out, "caught maximum recursion depth exceeded\n");
}
