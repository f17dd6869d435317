//! Issue 7: SIGINT reaches Python code called from native code (sorted key=,
//! map, min key=, __eq__ in a dict lookup, __repr__ from print): each ends in
//! KeyboardInterrupt with the traceback ending in the callback, killed by SIGINT.
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

fn interrupt(name: &str, src: &str) -> (Option<i32>, String) {
    let d = std::env::temp_dir().join(format!("tauraro_sigcb_{name}_{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("p.py"), src).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["--no-jit", "run", "p.py"])
        .current_dir(&d)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first, "started\n");
    std::thread::sleep(Duration::from_millis(100));
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let st = child.wait().unwrap();
    (st.signal(), err)
}

const LOOP: &str = "print('started', flush=True)\ndef k(x):\n    while True:\n        pass\n";
const CLS: &str = "print('started', flush=True)\nclass A:\n    def __hash__(self):\n        return 1\n    def __eq__(self, other):\n        while True:\n            pass\n    def __repr__(self):\n        while True:\n            pass\n";

fn check(name: &str, src: &str, tail: &str) {
    let (sig, err) = interrupt(name, src);
    assert_eq!(sig, Some(2), "{err}");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with(tail), "{err}");
}

#[test]
fn sigint_in_sorted_key() {
    check("sorted", &format!("{LOOP}sorted([3, 1, 2], key=k)\n"), ", line 3, in k\n    while True:\nKeyboardInterrupt\n");
}

#[test]
fn sigint_in_map() {
    check("map", &format!("{LOOP}list(map(k, [1]))\n"), ", line 3, in k\n    while True:\nKeyboardInterrupt\n");
}

#[test]
fn sigint_in_min_key() {
    check("min", &format!("{LOOP}min([1, 2], key=k)\n"), ", line 3, in k\n    while True:\nKeyboardInterrupt\n");
}

#[test]
fn sigint_in_eq_from_dict_lookup() {
    check("eq", &format!("{CLS}d = {{A(): 1}}\nd[A()]\n"), ", line 6, in __eq__\n    while True:\nKeyboardInterrupt\n");
}

#[test]
fn sigint_in_repr_from_print() {
    check("repr", &format!("{CLS}print(A())\n"), ", line 9, in __repr__\n    while True:\nKeyboardInterrupt\n");
}

#[test]
fn sigint_in_callback_without_loop_or_call() {
    // Fuzz finding (session 5): the callback reaches no safepoint of its own,
    // so `list(iter(f, sentinel))` has to offer one each time it calls f.
    let src = "print('started', flush=True)\ndef make_counter():\n    n = 5\n    def nxt():\n        nonlocal n\n        n += 1\n        return n\n    return nxt\nlist(iter(make_counter(), 2))\n";
    check("itercall", src, "KeyboardInterrupt\n");
}

/// Loops whose one- or two-op body loops inside its own handler (session 12,
/// `loop_op!`): each still reaches the safepoint the SIGINT handler arms.
#[test]
fn sigint_in_tight_loops() {
    let bodies = [
        ("for_add", "    for i in range(n):\n        t = t + i\n"),
        ("while_add", "    i = 0\n    while i < n:\n        i = i + 1\n"),
        ("for_float", "    x = 0.0\n    for i in range(n):\n        x = x * 0.5 + 1.0\n"),
        ("for_index", "    a = [1, 2, 3]\n    for i in range(n):\n        t = a[1]\n"),
        ("for_unpack", "    p = (1, 2)\n    for i in range(n):\n        t, u = p\n"),
        ("for_global", "    for i in range(n):\n        t = G\n"),
        ("for_dict", "    d = {'k': 1}\n    for i in range(n):\n        d['k'] = i\n        t = d['k']\n"),
        ("for_list2", "    a = [1, 2, 3]\n    for i in range(n):\n        a[0] = i\n        t = a[2]\n"),
        ("for_attr", "    class C: pass\n    o = C()\n    o.a = 0\n    for i in range(n):\n        o.a = i\n        t = o.a\n"),
        ("for_empty", "    for i in range(n):\n        pass\n"),
    ];
    for (name, body) in bodies {
        let src = format!("print('started', flush=True)\nG = 1\ndef run(n):\n    t = 0\n{body}    return t\nrun(10**15)\n");
        let (sig, err) = interrupt(name, &src);
        assert_eq!(sig, Some(2), "{name}: {err}");
        assert!(err.contains(", in run\n") && err.ends_with("KeyboardInterrupt\n"), "{name}: {err}");
    }
}
