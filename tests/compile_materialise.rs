//! Compile through the real runtime: constants become heap values, the listing shows them.
use tauraro::compile::{compile_module, disassemble, CodeObj};
use tauraro::Ctx;

fn listing(src: &str) -> String {
    let mut cx = Ctx::new(vec!["t.py".to_string()]);
    let m = tauraro::syntax::parse_module(src, "t.py").expect("parse");
    let code = compile_module(&mut cx, &m, "t.py", src).expect("compile");
    assert!(code.is_kind(tauraro::heap::Kind::Code));
    disassemble(code.obj::<CodeObj>())
}

#[test]
fn constants_survive_materialisation() {
    let s = listing("a = 12345678901234567890123\nb = -2.5\nc = ('x', None, True, 7)\nd = \"it's\"\ne = [1, 2][:]\ndef f(x=3):\n    'doc'\n    return x\n");
    for want in ["12345678901234567890123", "-2.5", "('x', None, True, 7)", "\"it's\"", "slice(None, None, None)", "<code f>", "'doc'"] {
        assert!(s.contains(want), "missing {} in\n{}", want, s);
    }
}

#[test]
fn syntax_errors_have_positions() {
    let mut cx = Ctx::new(vec![]);
    let src = "def f():\n    nonlocal q\n";
    let m = tauraro::syntax::parse_module_unchecked(src, "t.py").expect("parse");
    let e = compile_module(&mut cx, &m, "t.py", src).unwrap_err();
    assert_eq!(e.msg, "no binding for nonlocal 'q' found");
    assert_eq!(e.lineno, 2);
}
