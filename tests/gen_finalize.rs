//! `Ctx::finalize_generators` (what the driver runs at exit): every generator
//! still suspended inside `try`/`with` is closed once, reachable or not, as
//! CPython closes them when it tears the modules down; others run nothing.
use tauraro::runtime;
use tauraro::{Ctx, Value};

fn global(cx: &mut Ctx, module: Value, name: &str) -> String {
    let k = cx.intern(name);
    let v = runtime::get_attr(cx, module, k).expect("global");
    let r = runtime::repr(cx, v).expect("repr");
    runtime::str_of(r).unwrap().to_string()
}

#[test]
fn suspended_generators_are_closed_at_exit() {
    let mut cx = Ctx::new(vec!["test".into()]);
    let src = r#"
log = []
def g(n):
    try:
        yield 1
        yield 2
    finally:
        log.append(n)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log.append('exit ' + a[0].__name__)
def w():
    with CM():
        yield 1
def plain():
    yield 1
kept = g('kept')
next(kept)
next(g('dropped'))
ws = [w()]
next(ws[0])
p = plain()
next(p)
unstarted = g('unstarted')
finished = g('finished')
for _ in finished:
    pass
log.append('end')
"#;
    let m = tauraro::vm::run_source(&mut cx, src, "<fin>", "__main__").expect("runs");
    assert_eq!(global(&mut cx, m, "log"), "['finished', 'end']");
    cx.finalize_generators();
    let log = global(&mut cx, m, "log");
    for want in ["'kept'", "'dropped'", "'exit GeneratorExit'"] {
        assert!(log.contains(want), "{want} missing from {log}");
    }
    assert!(!log.contains("unstarted"), "{log}");
    // Each generator is closed once: a second pass finds nothing to do.
    cx.finalize_generators();
    assert_eq!(global(&mut cx, m, "log"), log);
}
