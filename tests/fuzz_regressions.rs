//! Every input under tests/fuzz/{compile,run}/ (crashes the fuzzers found, plus
//! hand-made deep-nesting inputs) through the fuzz harness (fuzz/harness.rs):
//! each must end in a result or a Python exception, never a panic or crash.
#[path = "../fuzz/harness.rs"]
mod harness;

use harness::tauraro_fuzz_common as fuzz;
use std::path::PathBuf;

fn inputs(sub: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz").join(sub);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| !p.ends_with(".keep")).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Run `f` on each input, on a thread with the interpreter's kind of stack.
fn each(sub: &str, f: fn(&[u8])) {
    for p in inputs(sub) {
        let data = std::fs::read(&p).unwrap();
        let name = p.display().to_string();
        let t = std::thread::Builder::new().stack_size(256 << 20).spawn(move || f(&data)).unwrap();
        assert!(t.join().is_ok(), "fuzz regression panicked: {name}");
    }
}

#[test]
fn compile_inputs() {
    each("compile", fuzz::compile);
}

#[test]
fn run_inputs() {
    each("run", fuzz::run);
    // The compile inputs must also run (or fail) cleanly.
    each("compile", fuzz::run);
}

/// Deep nesting of every construct (parser and compiler resource limits):
/// each becomes a SyntaxError, MemoryError, RecursionError or runs.
fn deep_inputs() -> Vec<String> {
    let r = |s: &str, n: usize| s.repeat(n);
    vec![
        format!("{}{}\n", r("(", 5000), r(")", 5000)),
        format!("x = {}{}\n", r("[", 3000), r("]", 3000)),
        format!("x = {}{}\n", r("{1:", 2000) + "1", r("}", 2000)),
        format!("x = {}1{}\n", r("str(", 3000), r(")", 3000)),
        format!("x = {}[]{}\n", r("[*", 1000), r("]", 1000)),
        format!("{}a{} = 1\n", r("(", 1000), r(",)", 1000)),
        (0..200).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(200) + "pass\n",
        (0..100).map(|i| format!("{}def f():\n", " ".repeat(i))).collect::<String>() + &" ".repeat(100) + "return 1\n",
        format!("x = {}1\nprint(x)\n", r("1+", 100_000)),
        format!("x = {}1\nprint(x)\n", r("-", 100_000)),
        format!("x = {}1\n", r("not ", 50_000)),
        format!("x = 1{}\n", r(" < 1", 50_000)),
        format!("x = {}1\n", r("1 if 1 else ", 20_000)),
        format!("f = {}1\n", r("lambda: ", 2000)),
        format!("x = a{}\n", r(".b", 50_000)),
        format!("x = a{}\n", r("[0]", 50_000)),
        format!("x = {}\n", r("\"a\" ", 100_000)),
        format!("async def f():\n    {}x\n", r("await ", 5000)),
        format!("x = 5\nif x == 0: pass\n{}", (1..5000).map(|i| format!("elif x == {i}: pass\n")).collect::<String>()),
        format!("x = {}\nprint(len(str(x)))\n", r("9", 5000)),
    ]
}

#[test]
fn deep_nesting() {
    for src in deep_inputs() {
        let t = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                fuzz::compile(src.as_bytes());
                fuzz::run(src.as_bytes());
            })
            .unwrap();
        assert!(t.join().is_ok(), "deep nesting input panicked");
    }
}

#[test]
fn budget_ends_infinite_loops() {
    fuzz::run(b"while True:\n    pass\n");
    fuzz::run(b"def f():\n    while True:\n        try:\n            while True: pass\n        except BaseException:\n            pass\nf()\n");
    fuzz::run(b"def f(n): return f(n + 1)\nf(0)\n");
}

/// The invalid rules' speculative `star_expressions` is memoized per position
/// (CPython memoizes `expression`): `ab m*cd, ` repeated re-parsed the rest of
/// the line at every name, 2^n steps (n = 18 took 0.25 s; the fuzz finding in
/// tests/fuzz/compile/timeout-slow-syntax-error-cascade.py took 2 s). With
/// n = 300 an exponential path could never finish; linear takes milliseconds.
#[test]
fn invalid_rule_cascade_is_not_exponential() {
    // (the last two: invalid_for_target's re-parse of a failed comprehension
    // target, once per nesting level before the fix)
    for pat in ["ab m*cd, ", "ab cd< ef, gh m*ij kl, ", "x y, m*etmd, ", "(a for x[", "f(a = g(2for x["] {
        let src = pat.repeat(300) + "}\n";
        let start = std::time::Instant::now();
        fuzz::compile(src.as_bytes());
        assert!(start.elapsed().as_secs() < 20, "{pat:?} x 300 took {:?}", start.elapsed());
    }
}
