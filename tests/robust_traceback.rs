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
