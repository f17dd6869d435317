//! The GC's roots are the registers of every frame: a dead value left in a
//! temporary stays alive until the register is written again. A call's result
//! passed straight to another call (`check(make(d))`) is dead once that call
//! returns; the code generator lays calls out so the next call's callee load
//! overwrites it (`Gen::call_base`), before the arguments run. binary_trees
//! kept the previous tree (65,535 tuples at depth 16) alive through the next
//! `make(d)` that way.
//!
//! `probe(cls)` (installed as a builtin here) counts the instances of `cls`
//! held by registers of the running frames at the moment it is called.
use tauraro::runtime;
use tauraro::{Ctx, PyResult, Value};

fn probe(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0].as_ptr::<tauraro::heap::ClassObj>();
    let top = cx.vm.top();
    // SAFETY: [stack, top) are the registers of the live frames (what the GC scans).
    let regs = unsafe { std::slice::from_raw_parts(cx.vm.stack, top.offset_from(cx.vm.stack) as usize) };
    let n = regs.iter().filter(|&&v| v.is_obj() && !v.is_unbound() && v.header().class == cls).count();
    Ok(cx.new_int(n as i64))
}

/// Run `body` after the shared prelude; the value of the global `seen`.
fn run(body: &str) -> String {
    let mut cx = Ctx::new(vec!["test".into()]);
    let p = cx.new_native("probe", probe);
    let b = cx.rt.builtins;
    runtime::types::dict_set_str(&mut cx, b, "probe", p);
    let prelude = r#"
class Tree:
    def __init__(self, kids):
        self.kids = kids
class Maker:
    def make(self, d):
        return make(d)
seen = []
def make(d):
    seen.append(probe(Tree))
    return Tree([make(d - 1), make(d - 1)] if d else [])
def check(t):
    return 1 + sum([check(k) for k in t.kids])
"#;
    let src = format!("{prelude}{body}");
    let m = tauraro::vm::run_source(&mut cx, &src, "<dead>", "__main__").expect("runs");
    let k = cx.intern("seen");
    let v = runtime::get_attr(&mut cx, m, k).expect("seen");
    let r = runtime::repr(&mut cx, v).expect("repr");
    runtime::str_of(r).unwrap().to_string()
}

#[test]
fn nested_call_result_is_not_kept_by_a_register() {
    let s = run("def main():\n    c = 0\n    for _ in range(3):\n        c = c + check(make(0))\n    return c\nmain()\n");
    assert_eq!(s, "[0, 0, 0]");
}

#[test]
fn nested_method_and_builtin_calls() {
    let s = run("def main(t):\n    c = 0\n    for _ in range(3):\n        c = c + len(str(check(t.make(0))))\n    return c\nmain(Maker())\n");
    assert_eq!(s, "[0, 0, 0]");
    let s = run("print([check(make(0)) for _ in range(3)])\n");
    assert_eq!(s, "[0, 0, 0]");
}

#[test]
fn the_probe_sees_live_values() {
    // A local keeps the previous tree alive, as in CPython: the probe counts it.
    let s = run("def main():\n    c = 0\n    for _ in range(3):\n        t = make(0)\n        c = c + check(t)\n    return c\nmain()\n");
    assert_eq!(s, "[0, 1, 1]");
    // Inside a tree's construction the finished subtrees are live (operands of the list).
    let s = run("check(make(1))\n");
    assert_eq!(s, "[0, 0, 1]");
}
