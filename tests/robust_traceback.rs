//! `runtime::traceback_chain` (issue 7): the `traceback` objects of an escaped
//! exception form CPython's chain, outermost first, one per entry, with
//! `tb_lineno` and `tb_next` ending in None (what `e.__traceback__` is to give).
use tauraro::runtime;
use tauraro::{Ctx, Value};

#[test]
fn traceback_chain_has_one_object_per_entry() {
    let mut cx = Ctx::new(vec!["test".into()]);
    let src = "def g():\n    raise ValueError('x')\ndef f():\n    g()\nf()\n";
    assert!(tauraro::vm::run_source(&mut cx, src, "<tb>", "__main__").is_err());
    let exc = cx.exc;
    let mut tb = runtime::traceback_chain(&mut cx, exc);
    let (kl, kn) = (cx.intern("tb_lineno"), cx.intern("tb_next"));
    let mut lines = Vec::new();
    while !tb.is_none() {
        let l = runtime::get_attr(&mut cx, tb, kl).expect("tb_lineno");
        lines.push(runtime::repr(&mut cx, l).ok().and_then(|s| runtime::str_of(s).map(str::to_string)).unwrap_or_default());
        tb = runtime::get_attr(&mut cx, tb, kn).expect("tb_next");
    }
    assert_eq!(lines, ["5", "4", "2"]);
    let none = Value::none();
    assert!(runtime::traceback_chain(&mut cx, none).is_none());
}

/// The top level prints the entries of a traceback given by `with_traceback`
/// after the frames the exception then passed through (a generator, eval):
/// python3.11's stderr for tests/conformance/robust_tb_uncaught.py.
#[test]
fn with_traceback_entries_are_printed() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/robust_tb_uncaught.py");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["run", file])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run tauraro");
    assert_eq!(out.status.code(), Some(1));
    let want = r#"Traceback (most recent call last):
  File "{f}", line 27, in <module>
    top()
  File "{f}", line 24, in top
    eval("next(g)", {"g": g})
  File "<string>", line 1, in <module>
  File "{f}", line 14, in gen
    raise ValueError("late").with_traceback(tb)
  File "{f}", line 19, in top
    middle()
  File "{f}", line 9, in middle
    inner()
  File "{f}", line 5, in inner
    1 / 0
    ~~^~~
ValueError: late
"#
    .replace("{f}", file);
    assert_eq!(String::from_utf8_lossy(&out.stderr), want);
}
