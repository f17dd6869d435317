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

/// `seen` after `body` runs three times in a function's loop (`t` a Maker, `c` a counter).
fn run_loop(body: &str) -> String {
    run(&format!("def main(t):\n    c = 0\n    for _ in range(3):\n{body}\n    return c\nmain(Maker())\n"))
}

#[test]
fn nested_call_results_are_not_kept_by_a_register() {
    for body in ["        c = c + check(make(0))", "        c = c + len(str(check(t.make(0))))"] {
        assert_eq!(run_loop(body), "[0, 0, 0]", "{body}");
    }
    assert_eq!(run("x = [check(make(0)) for _ in range(3)]\n"), "[0, 0, 0]");
}

#[test]
fn the_probe_sees_live_values() {
    // A local keeps the previous tree alive, as in CPython: the probe counts it.
    assert_eq!(run_loop("        x = make(0)\n        c = c + check(x)"), "[0, 1, 1]");
    // Inside a tree's construction the finished subtrees are live (operands of the list).
    assert_eq!(run("check(make(1))\n"), "[0, 0, 1]");
}
