//! Compiler unit tests: bytecode shape and compile-time errors (no runtime needed).
use super::code::*;
use super::unit::{Const, Unit};
use super::{compile_unit, disassemble_unit};

fn unit(src: &str) -> Unit {
    let m = crate::syntax::parse_module_unchecked(src, "<test>").expect("parse");
    compile_unit(&m, false).unwrap_or_else(|e| panic!("compile error: {:?}", e))
}

fn compile_err(src: &str) -> String {
    let m = crate::syntax::parse_module_unchecked(src, "<test>").expect("parse");
    match compile_unit(&m, false) {
        Ok(u) => panic!("expected an error, got\n{}", disassemble_unit(&u)),
        Err(e) => e.msg,
    }
}

/// The code object named `name` among the constants (recursively).
fn code<'a>(u: &'a Unit, name: &str) -> &'a Unit {
    fn find<'a>(u: &'a Unit, name: &str) -> Option<&'a Unit> {
        for c in &u.consts {
            if let Const::Code(cu) = c {
                if cu.name == name {
                    return Some(cu);
                }
                if let Some(x) = find(cu, name) {
                    return Some(x);
                }
            }
        }
        None
    }
    find(u, name).unwrap_or_else(|| panic!("no code {}", name))
}

fn count(u: &Unit, pred: impl Fn(&Op) -> bool) -> usize {
    u.ops.iter().filter(|o| pred(o)).count()
}

#[test]
fn print_sum_folds_constants() {
    let u = unit("print(1 + 2)\n");
    let s = disassemble_unit(&u);
    assert!(s.contains("LoadGlobal"), "{}", s);
    assert!(s.contains("# 3"), "{}", s);
    assert_eq!(count(&u, |o| matches!(o, Op::Binary { .. })), 0);
    assert!(matches!(u.ops.last(), Some(Op::Return { .. })));
    assert_eq!(u.ops.len(), u.lines.len());
}

#[test]
fn binary_into_local_destination() {
    let u = unit("def f(a, b):\n    x = a + b\n    return x\n");
    let f = code(&u, "f");
    // x = a + b -> Binary dst=x directly (registers: a=0, b=1, x=2).
    assert_eq!(f.ops[0], Op::Binary { op: BinOp::Add, dst: 2, a: 0, b: 1 });
    assert_eq!(count(f, |o| matches!(o, Op::Move { .. })), 0);
    assert_eq!(count(f, |o| matches!(o, Op::CheckBound { .. })), 0);
}

#[test]
fn while_loop_fused_compare_and_loop_backedge() {
    let u = unit("def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n    return i\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::JumpIfNotCompare { op: CmpOp::Lt, .. })), 1);
    assert_eq!(count(f, |o| matches!(o, Op::Loop { .. })), 1);
    // The constant 1 is hoisted out of the loop: only loads before the head.
    let head = f.ops.iter().position(|o| matches!(o, Op::JumpIfNotCompare { .. })).unwrap();
    assert!(f.ops[head..].iter().all(|o| !matches!(o, Op::LoadConst { .. })), "{}", disassemble_unit(f));
    // Back-edges are the only backward jumps.
    for (i, o) in f.ops.iter().enumerate() {
        match *o {
            Op::Jump { target } | Op::JumpIfTrue { target, .. } | Op::JumpIfFalse { target, .. } => assert!(target as usize > i),
            Op::Loop { target } => assert!((target as usize) <= i),
            _ => {}
        }
    }
}

#[test]
fn check_bound_only_when_needed() {
    let u = unit("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\n");
    assert_eq!(count(code(&u, "f"), |o| matches!(o, Op::CheckBound { .. })), 0);
    let u = unit("def f(c):\n    if c:\n        x = 1\n    return x\n");
    assert_eq!(count(code(&u, "f"), |o| matches!(o, Op::CheckBound { .. })), 1);
    let u = unit("def f(xs):\n    for v in xs:\n        pass\n    return v\n");
    assert_eq!(count(code(&u, "f"), |o| matches!(o, Op::CheckBound { .. })), 1);
    let u = unit("def f():\n    x = 1\n    del x\n    return x\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::DelLocal { .. })), 1);
    assert_eq!(count(f, |o| matches!(o, Op::CheckBound { .. })), 1);
    // A del inside a loop makes the variable possibly unbound at the loop head.
    let u = unit("def f(xs):\n    y = 0\n    for v in xs:\n        print(y)\n        del y\n");
    assert_eq!(count(code(&u, "f"), |o| matches!(o, Op::CheckBound { .. })), 1);
}

#[test]
fn swap_needs_no_tuple() {
    let u = unit("def f(a, b):\n    a, b = b, a\n    return a\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::BuildTuple { .. } | Op::UnpackSeq { .. })), 0);
}

#[test]
fn constant_tuple_is_one_const() {
    let u = unit("t = (1, 2, (3, 'a'))\n");
    assert_eq!(count(&u, |o| matches!(o, Op::BuildTuple { .. })), 0);
    assert!(disassemble_unit(&u).contains("(1, 2, (3, 'a'))"));
}

#[test]
fn folding_respects_python_semantics() {
    let s = disassemble_unit(&unit("a = 7 // -2\nb = -7 % 3\nc = 2 ** 10\nd = True & False\ne = 'ab' + 'c'\n"));
    for want in ["# -4", "# 2", "# 1024", "# False", "# 'abc'"] {
        assert!(s.contains(want), "missing {} in\n{}", want, s);
    }
    // Operations that raise or would be huge stay at run time.
    for src in ["x = 1 / 0\n", "x = 1 % 0\n", "x = 2 ** 100000\n", "x = 1 << 100000\n", "x = 'a' * 3\n"] {
        assert_eq!(count(&unit(src), |o| matches!(o, Op::Binary { .. })), 1, "{}", src);
    }
}

#[test]
fn method_calls_and_keywords() {
    let u = unit("o.m(1, k=2)\nf(1, x=3)\n");
    assert_eq!(count(&u, |o| matches!(o, Op::LoadMethod { .. })), 1);
    assert_eq!(count(&u, |o| matches!(o, Op::CallMethodKw { nargs: 2, .. })), 1);
    assert_eq!(count(&u, |o| matches!(o, Op::CallKw { nargs: 2, .. })), 1);
    let u = unit("f(*a, 1, **k)\n");
    assert_eq!(count(&u, |o| matches!(o, Op::CallEx { .. })), 1);
    assert_eq!(count(&u, |o| matches!(o, Op::DictMerge { .. })), 1);
}

#[test]
fn call_arguments_are_consecutive_top_registers() {
    let u = unit("def f(a):\n    return g(a, h(a), a)\n");
    let f = code(&u, "f");
    for (i, o) in f.ops.iter().enumerate() {
        if let Op::Call { base, nargs, .. } = *o {
            // Every register above base+nargs is dead here: nothing later reads it before writing.
            let top = base + nargs;
            for later in &f.ops[i + 1..] {
                if let Op::Return { src } = *later {
                    assert!(src <= top || src < 1);
                }
            }
        }
    }
    assert_eq!(count(f, |o| matches!(o, Op::Call { .. })), 2);
}

#[test]
fn closures_cells_and_free_vars() {
    let u = unit("def outer():\n    a = 1\n    def inner():\n        nonlocal a\n        a += 1\n        return a\n    return inner\n");
    let o = code(&u, "outer");
    assert_eq!(o.cellvars.len(), 1);
    assert_eq!(count(o, |x| matches!(x, Op::MakeCell { .. })), 1);
    let i = code(&u, "inner");
    assert_eq!(i.freevars, vec!["a".to_string()]);
    assert_eq!(i.freevar_regs.len(), 1);
    assert_eq!(count(i, |x| matches!(x, Op::StoreCell { .. })), 1);
}

#[test]
fn zero_arg_super_gets_class_cell() {
    let u = unit("class A(B):\n    def m(self):\n        return super().m()\n");
    let body = code(&u, "A");
    assert!(body.flags & CO_CLASS_BODY != 0);
    assert_eq!(body.argcount, 1);
    assert!(body.cellvars.iter().any(|c| c.0 == "__class__"));
    let m = code(&u, "m");
    assert_eq!(m.freevars, vec!["__class__".to_string()]);
    // super(__class__, self): a two-argument call.
    assert_eq!(count(m, |x| matches!(x, Op::Call { nargs: 2, .. })), 1);
    assert_eq!(m.qualname, "A.m");
}

#[test]
fn class_body_uses_names() {
    let u = unit("class C:\n    '''doc'''\n    x = 1\n    y = x + 1\n");
    let c = code(&u, "C");
    assert!(count(c, |o| matches!(o, Op::StoreName { .. })) >= 4); // __module__, __qualname__, __doc__, x, y
    assert_eq!(count(c, |o| matches!(o, Op::LoadName { .. })), 1);
    assert_eq!(count(c, |o| matches!(o, Op::StoreGlobal { .. })), 0);
}

#[test]
fn generators_and_comprehensions() {
    let u = unit("def g():\n    yield 1\nr = [x * 2 for x in range(3) if x]\ns = (y for y in z)\n");
    assert!(code(&u, "g").flags & CO_GENERATOR != 0);
    let lc = code(&u, "<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(count(lc, |o| matches!(o, Op::ListAppend { .. })), 1);
    assert!(code(&u, "<genexpr>").flags & CO_GENERATOR != 0);
    // The first iterator is evaluated outside and passed in.
    assert_eq!(count(&u, |o| matches!(o, Op::GetIter { .. })), 2);
}

#[test]
fn docstring_is_const_zero() {
    let u = unit("def f():\n    'hello'\n    return 1\ndef g():\n    return 2\n");
    assert!(matches!(&code(&u, "f").consts[0], Const::Str(s) if s == "hello"));
    assert!(matches!(code(&u, "g").consts[0], Const::None));
}

#[test]
fn exception_table_is_sorted_and_disjoint() {
    let src = "def f():\n    for i in range(3):\n        try:\n            try:\n                g()\n            except E as e:\n                h(e)\n                continue\n            finally:\n                k()\n        except:\n            return 1\n    with a as b, c:\n        d()\n";
    let u = unit(src);
    let f = code(&u, "f");
    let mut last = 0;
    for e in &f.exc_table {
        assert!(e.start >= last && e.end > e.start, "{:?}", f.exc_table);
        assert!((e.handler as usize) < f.ops.len());
        last = e.end;
    }
    assert!(count(f, |o| matches!(o, Op::PushExcInfo { .. })) >= 3);
    // Every label was placed.
    for o in &f.ops {
        let mut op = *o;
        if let Some(t) = super::gen_target(&mut op) {
            assert!((*t as usize) < f.ops.len());
        }
    }
}

#[test]
fn jump_to_jump_is_threaded() {
    let u = unit("def f(a, b):\n    while a:\n        if b:\n            continue\n        a = b\n");
    let f = code(&u, "f");
    for o in &f.ops {
        if let Op::Jump { target } | Op::JumpIfFalse { target, .. } | Op::JumpIfNotCompare { target, .. } = *o {
            assert!(!matches!(f.ops[target as usize], Op::Jump { .. }), "{}", disassemble_unit(f));
        }
    }
}

#[test]
fn imports() {
    let u = unit("import a.b.c\nimport x.y as z\nfrom m import p as q, r\nfrom . import s\n");
    let s = disassemble_unit(&u);
    assert!(s.contains("a.b.c fromlist=None"), "{}", s);
    assert_eq!(count(&u, |o| matches!(o, Op::ImportFrom { .. })), 4, "{}", s); // y, p, r, s
    assert!(s.contains("('p', 'r')"), "{}", s);
    assert!(s.contains("level: 1"), "{}", s);
}

#[test]
fn syntax_errors() {
    assert_eq!(compile_err("return 1\n"), "'return' outside function");
    assert_eq!(compile_err("break\n"), "'break' outside loop");
    assert_eq!(compile_err("continue\n"), "'continue' not properly in loop");
    assert_eq!(compile_err("nonlocal x\n"), "nonlocal declaration not allowed at module level");
    assert_eq!(compile_err("def f():\n    nonlocal x\n"), "no binding for nonlocal 'x' found");
    assert_eq!(compile_err("def f():\n    print(x)\n    global x\n"), "name 'x' is used prior to global declaration");
    assert_eq!(compile_err("yield 1\n"), "'yield' outside function");
    assert_eq!(compile_err("class C:\n    return 1\n"), "'return' outside function");
}

#[test]
fn line_numbers_follow_statements() {
    let u = unit("a = 1\n\nb = f(\n    a,\n    2)\n");
    let call = u.ops.iter().position(|o| matches!(o, Op::Call { .. })).unwrap();
    assert_eq!(u.lines[call], 3);
    assert_eq!(u.lines[0], 1);
}

#[test]
fn augmented_subscript_evaluates_once() {
    let u = unit("def f(a, i, x):\n    a[i] += x\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::GetItem { obj: 0, key: 1, .. })), 1);
    assert_eq!(count(f, |o| matches!(o, Op::SetItem { obj: 0, key: 1, .. })), 1);
    assert_eq!(count(f, |o| matches!(o, Op::InPlace { .. })), 1);
}

#[test]
fn walrus_in_comprehension_binds_enclosing_function() {
    let u = unit("def f(xs):\n    ys = [y for v in xs if (y := v)]\n    return y\n");
    let f = code(&u, "f");
    assert!(f.cellvars.iter().any(|c| c.0 == "y"));
    assert!(code(&u, "<listcomp>").freevars.contains(&"y".to_string()));
}

#[test]
fn match_statement_compiles() {
    let u = unit("def f(v):\n    match v:\n        case [x, *r]:\n            return x\n        case {'k': y, **rest}:\n            return y\n        case P(a, b=2) | int(a):\n            return a\n        case _:\n            return None\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::UnpackEx { before: 1, after: 0, .. })), 1);
    assert!(super::verify::verify(&u).is_ok());
    assert_eq!(
        compile_err("match x:\n    case _:\n        pass\n    case 1:\n        pass\n"),
        "wildcard makes remaining patterns unreachable"
    );
}

#[test]
fn direct_unpack_and_displays_into_locals() {
    let u = unit("def f(pairs):\n    for a, b in pairs:\n        pass\n    x = []\n    return x\n");
    let f = code(&u, "f");
    assert_eq!(count(f, |o| matches!(o, Op::UnpackSeq { base: 1, n: 2, .. })), 1, "{}", disassemble_unit(f));
    assert_eq!(count(f, |o| matches!(o, Op::Move { .. })), 0, "{}", disassemble_unit(f));
}

#[test]
fn private_names_are_mangled() {
    let u = unit("class C:\n    __a = 1\n    def f(self, __p):\n        return g(__k=1, x=self.__b, y=__p)\n    def __h(self): pass\n");
    let c = code(&u, "C");
    assert!(c.names.contains(&"_C__a".to_string()) && c.names.contains(&"_C__h".to_string()), "{:?}", c.names);
    let f = code(&u, "f");
    assert!(f.names.contains(&"_C__b".to_string()), "{:?}", f.names);
    assert_eq!(f.varnames[1], "_C__p");
    assert!(disassemble_unit(f).contains("('__k', 'x', 'y')"));
    assert_eq!(code(&u, "__h").qualname, "C.__h");
}

#[test]
fn module_and_class_annotations() {
    let u = unit("x: int = 5\nclass C:\n    a: int\ndef f():\n    z: int = 1\n");
    assert!(disassemble_unit(&u).contains("__annotations__"));
    assert!(disassemble_unit(code(&u, "C")).contains("__annotations__"));
    assert!(!disassemble_unit(code(&u, "f")).contains("__annotations__"));
    // `from __future__ import ...` is a compiler directive: no import at run time.
    let u = unit("from __future__ import annotations\n");
    assert_eq!(count(&u, |o| matches!(o, Op::ImportName { .. })), 0);
}

#[test]
fn interactive_mode_prints_expression_statements() {
    let m = crate::syntax::parse_module_unchecked("1 + 2\nx = 3\nx\nfor i in range(2):\n    i\n", "<stdin>").unwrap();
    let u = compile_unit(&m, true).unwrap();
    assert_eq!(count(&u, |o| matches!(o, Op::PrintExpr { .. })), 3);
    let u = compile_unit(&m, false).unwrap();
    assert_eq!(count(&u, |o| matches!(o, Op::PrintExpr { .. })), 0);
}
