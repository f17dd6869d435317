//! Runtime unit tests: dict table, hashing, int/float arithmetic edge cases,
//! comparisons, repr. Expected values come from CPython 3.11.
use num_bigint::BigInt;
use tauraro::compile::{BinOp, CmpOp};
use tauraro::runtime::{self, dict::DictTable};
use tauraro::{Ctx, Value};

fn cx() -> Ctx {
    Ctx::new(vec!["test".into()])
}

fn big(cx: &mut Ctx, s: &str) -> Value {
    let b: BigInt = s.parse().unwrap();
    cx.new_bigint(b)
}

fn r(cx: &mut Ctx, v: Value) -> String {
    runtime::repr_string(cx, v).unwrap()
}

fn bin(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> String {
    match runtime::binary_op(cx, op, a, b) {
        Ok(v) => r(cx, v),
        Err(_) => {
            let e = cx.take_exc();
            runtime::exception_summary(cx, e)
        }
    }
}

#[test]
fn int_hashing() {
    let mut c = cx();
    let cx = &mut c;
    let cases: &[(Value, i64)] = &[
        (Value::from_small(-1), -2),
        (Value::from_small(0), 0),
        (Value::from_small(12345), 12345),
    ];
    for &(v, h) in cases {
        assert_eq!(runtime::hash(cx, v).unwrap(), h);
    }
    let m = big(cx, "2305843009213693951"); // 2**61-1
    assert_eq!(runtime::hash(cx, m).unwrap(), 0);
    let v = big(cx, "1267650600228229401496703205376"); // 2**100
    assert_eq!(runtime::hash(cx, v).unwrap(), 549755813888);
    let v = big(cx, "-1267650600228229401496703205376");
    assert_eq!(runtime::hash(cx, v).unwrap(), -549755813888);
    let v = big(cx, "2305843009213693950");
    assert_eq!(runtime::hash(cx, v).unwrap(), 2305843009213693950);
    assert_eq!(runtime::hash(cx, Value::true_()).unwrap(), 1);
}

#[test]
fn float_hashing() {
    let mut c = cx();
    let cx = &mut c;
    let cases = [
        (1.0, 1),
        (1e100, 1822893315824342674),
        (0.5, 1152921504606846976),
        (-0.5, -1152921504606846976),
        (1.5, 1152921504606846977),
        (3.14159, 326484311674566659),
        (1e-300, 482449582752280463),
        (2f64.powi(70), 512),
        (-1.0, -2),
    ];
    for (f, h) in cases {
        let v = cx.new_float(f);
        assert_eq!(runtime::hash(cx, v).unwrap(), h, "hash({f})");
    }
}

#[test]
fn container_hashing() {
    let mut c = cx();
    let cx = &mut c;
    let t = cx.new_tuple(vec![Value::from_small(1), Value::from_small(2)]);
    assert_eq!(runtime::hash(cx, t).unwrap(), -3550055125485641917);
    let e = cx.new_tuple(vec![]);
    assert_eq!(runtime::hash(cx, e).unwrap(), 5740354900026072187);
    let fs = cx.new_frozenset();
    for i in 1..=3 {
        runtime::set_obj(fs).unwrap().t.set(cx, Value::from_small(i), Value::none()).unwrap();
    }
    assert_eq!(runtime::hash(cx, fs).unwrap(), -272375401224217160);
    let fe = cx.new_frozenset();
    assert_eq!(runtime::hash(cx, fe).unwrap(), 133146708735736);
}

#[test]
fn dict_table_basics() {
    let mut c = cx();
    let cx = &mut c;
    let mut t = DictTable::new();
    for i in 0..1000 {
        let v = cx.new_int(i * 10);
        t.set(cx, Value::from_small(i), v).unwrap();
    }
    assert_eq!(t.len(), 1000);
    for i in 0..1000 {
        assert_eq!(t.get(cx, Value::from_small(i)).unwrap(), Some(Value::from_small(i * 10)));
    }
    // 1 == 1.0 == True share one key.
    let one_f = cx.new_float(1.0);
    assert_eq!(t.get(cx, one_f).unwrap(), Some(Value::from_small(10)));
    assert_eq!(t.get(cx, Value::true_()).unwrap(), Some(Value::from_small(10)));
    for i in (0..1000).step_by(2) {
        assert!(t.remove(cx, Value::from_small(i)).unwrap().is_some());
    }
    assert_eq!(t.len(), 500);
    let keys: Vec<i64> = t.keys().iter().map(|k| k.as_small()).collect();
    let want: Vec<i64> = (1..1000).step_by(2).collect();
    assert_eq!(keys, want, "insertion order survives deletions");
    // Re-insert: goes to the end.
    t.set(cx, Value::from_small(0), Value::none()).unwrap();
    assert_eq!(t.keys().last().unwrap().as_small(), 0);
    // str keys: equal text from different objects.
    let a = cx.new_str("hello");
    let b = cx.new_str("hello");
    t.set(cx, a, Value::from_small(1)).unwrap();
    assert_eq!(t.get(cx, b).unwrap(), Some(Value::from_small(1)));
    assert_eq!(t.get_str(b), Some(Value::from_small(1)));
    // small tables (no index) behave the same
    let mut s = DictTable::new();
    for i in 0..5 {
        s.set(cx, Value::from_small(i), Value::none()).unwrap();
    }
    s.remove(cx, Value::from_small(2)).unwrap();
    assert_eq!(s.keys().iter().map(|k| k.as_small()).collect::<Vec<_>>(), vec![0, 1, 3, 4]);
    assert_eq!(s.pop_last().unwrap().0.as_small(), 4);
}

#[test]
fn int_arithmetic() {
    let mut c = cx();
    let cx = &mut c;
    let i = |n: i64| Value::from_small(n);
    assert_eq!(bin(cx, BinOp::FloorDiv, i(7), i(-2)), "-4");
    assert_eq!(bin(cx, BinOp::Mod, i(-7), i(3)), "2");
    assert_eq!(bin(cx, BinOp::Mod, i(7), i(-3)), "-2");
    assert_eq!(bin(cx, BinOp::TrueDiv, i(7), i(2)), "3.5");
    assert_eq!(bin(cx, BinOp::TrueDiv, i(-7), i(2)), "-3.5");
    assert_eq!(bin(cx, BinOp::Pow, i(2), i(100)), "1267650600228229401496703205376");
    assert_eq!(bin(cx, BinOp::Pow, i(2), i(-1)), "0.5");
    assert_eq!(bin(cx, BinOp::FloorDiv, i(1), i(0)), "ZeroDivisionError: integer division or modulo by zero");
    assert_eq!(bin(cx, BinOp::TrueDiv, i(1), i(0)), "ZeroDivisionError: division by zero");
    assert_eq!(bin(cx, BinOp::LShift, i(1), i(70)), "1180591620717411303424");
    assert_eq!(bin(cx, BinOp::RShift, i(-5), i(1)), "-3");
    assert_eq!(bin(cx, BinOp::LShift, i(1), i(-1)), "ValueError: negative shift count");
    let max = i((1 << 61) - 1);
    assert_eq!(bin(cx, BinOp::Add, max, i(1)), "2305843009213693952");
    let b = big(cx, "2305843009213693952");
    let back = runtime::binary_op(cx, BinOp::Sub, b, i(1)).unwrap();
    assert!(back.is_int(), "big results normalise back to small");
    let e20 = big(cx, "100000000000000000000");
    assert_eq!(bin(cx, BinOp::TrueDiv, e20, i(3)), "3.333333333333333e+19");
    let x = big(cx, "-1267650600228229401496703205376");
    assert_eq!(bin(cx, BinOp::FloorDiv, x, i(7)), "-181092942889747057356671886483");
    assert_eq!(bin(cx, BinOp::Mod, x, i(7)), "5");
    assert_eq!(bin(cx, BinOp::And, Value::true_(), Value::false_()), "False");
    assert_eq!(bin(cx, BinOp::Add, Value::true_(), Value::true_()), "2");
}

#[test]
fn float_arithmetic() {
    let mut c = cx();
    let cx = &mut c;
    let f = |cx: &mut Ctx, x: f64| cx.new_float(x);
    let (a, b) = (f(cx, 7.5), f(cx, -2.0));
    assert_eq!(bin(cx, BinOp::Mod, a, b), "-0.5");
    assert_eq!(bin(cx, BinOp::FloorDiv, a, b), "-4.0");
    let z = f(cx, 0.0);
    assert_eq!(bin(cx, BinOp::TrueDiv, a, z), "ZeroDivisionError: float division by zero");
    assert_eq!(bin(cx, BinOp::Mod, a, z), "ZeroDivisionError: float modulo");
    let (p, q) = (f(cx, 0.1), f(cx, 0.2));
    assert_eq!(bin(cx, BinOp::Add, p, q), "0.30000000000000004");
    assert_eq!(bin(cx, BinOp::Add, Value::from_small(1), p), "1.1");
    assert_eq!(bin(cx, BinOp::Pow, z, Value::from_small(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

#[test]
fn comparisons() {
    let mut c = cx();
    let cx = &mut c;
    let cmp = |cx: &mut Ctx, op, a, b| runtime::compare(cx, op, a, b).map(|v| v == Value::true_());
    let b64 = big(cx, "18446744073709551616");
    let f = cx.new_float(1.8e19);
    assert!(cmp(cx, CmpOp::Gt, b64, f).unwrap());
    let b53 = big(cx, "9007199254740993");
    let f53 = cx.new_float(9007199254740992.0);
    assert!(cmp(cx, CmpOp::Gt, b53, f53).unwrap());
    assert!(!cmp(cx, CmpOp::Eq, b53, f53).unwrap());
    let nan = cx.new_float(f64::NAN);
    assert!(!cmp(cx, CmpOp::Eq, nan, nan).unwrap());
    assert!(cmp(cx, CmpOp::Ne, nan, nan).unwrap());
    let one_f = cx.new_float(1.0);
    assert!(cmp(cx, CmpOp::Eq, Value::true_(), one_f).unwrap());
    let (s1, s2) = (cx.new_str("abc"), cx.new_str("abd"));
    assert!(cmp(cx, CmpOp::Lt, s1, s2).unwrap());
    let l1 = cx.new_list(vec![Value::from_small(1), Value::from_small(2)]);
    let l2 = cx.new_list(vec![Value::from_small(1), Value::from_small(3)]);
    assert!(cmp(cx, CmpOp::Lt, l1, l2).unwrap());
    let s = cx.new_str("x");
    assert!(cmp(cx, CmpOp::Lt, Value::from_small(1), s).is_err());
    let e = cx.take_exc();
    assert_eq!(runtime::exception_summary(cx, e), "TypeError: '<' not supported between instances of 'int' and 'str'");
}

#[test]
fn reprs_and_errors() {
    let mut c = cx();
    let cx = &mut c;
    let s = cx.new_str("it's");
    assert_eq!(r(cx, s), "\"it's\"");
    let s = cx.new_str("a\n'\"b");
    assert_eq!(r(cx, s), "'a\\n\\'\"b'");
    let t = cx.new_tuple(vec![Value::from_small(1)]);
    assert_eq!(r(cx, t), "(1,)");
    let l = cx.new_list(vec![]);
    runtime::list_vec(l).unwrap().push(l);
    assert_eq!(r(cx, l), "[[...]]");
    let st = cx.new_set();
    assert_eq!(r(cx, st), "set()");
    let rg = cx.new_range(0, 5, 1);
    assert_eq!(r(cx, rg), "range(0, 5)");
    let one = cx.new_str("1");
    assert_eq!(bin(cx, BinOp::Add, Value::from_small(1), one), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    assert_eq!(bin(cx, BinOp::Add, one, Value::from_small(1)), "TypeError: can only concatenate str (not \"int\") to str");
    let k = cx.new_str("k");
    let d = cx.new_dict();
    assert!(runtime::get_item(cx, d, k).is_err());
    let e = cx.take_exc();
    assert_eq!(runtime::exception_summary(cx, e), "KeyError: 'k'");
    let x = cx.new_str("abc");
    assert_eq!(bin(cx, BinOp::Mul, x, Value::from_small(3)), "'abcabcabc'");
}

/// Random insert/update/delete workload against a model (insertion-ordered Vec).
#[test]
fn dict_table_model() {
    let mut c = cx();
    let cx = &mut c;
    let mut t = DictTable::new();
    let mut model: Vec<(i64, i64)> = Vec::new();
    let mut s = 0x9e37_79b9_7f4a_7c15u64;
    for step in 0..20000 {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let k = (s % 300) as i64 - 150;
        let op = (s >> 32) % 3;
        let kv = Value::from_small(k);
        if op < 2 {
            t.set(cx, kv, Value::from_small(step)).unwrap();
            match model.iter_mut().find(|(mk, _)| *mk == k) {
                Some(e) => e.1 = step,
                None => model.push((k, step)),
            }
        } else {
            let r = t.remove(cx, kv).unwrap();
            let pos = model.iter().position(|(mk, _)| *mk == k);
            assert_eq!(r.is_some(), pos.is_some());
            if let Some(p) = pos {
                assert_eq!(r.unwrap().as_small(), model[p].1);
                model.remove(p);
            }
        }
        if step % 997 == 0 {
            let got: Vec<(i64, i64)> = t.iter().map(|(k, v)| (k.as_small(), v.as_small())).collect();
            assert_eq!(got, model, "step {step}");
        }
    }
    assert_eq!(t.len(), model.len());
    for (k, v) in &model {
        assert_eq!(t.get(cx, Value::from_small(*k)).unwrap(), Some(Value::from_small(*v)));
    }
}

#[test]
fn set_hash_is_order_independent() {
    let mut c = cx();
    let cx = &mut c;
    let a = cx.new_frozenset();
    let b = cx.new_frozenset();
    for i in 0..50 {
        runtime::set_obj(a).unwrap().t.set(cx, Value::from_small(i), Value::none()).unwrap();
        runtime::set_obj(b).unwrap().t.set(cx, Value::from_small(49 - i), Value::none()).unwrap();
    }
    assert_eq!(runtime::hash(cx, a).unwrap(), runtime::hash(cx, b).unwrap());
    assert!(runtime::eq(cx, a, b).unwrap());
}

/// A collection that falls due inside a callback from native code (a Python
/// `__next__` called by `next()`, a generator resumed by `sum`) happens at the
/// first safepoint outside it: the loops below collect, and the heap stays
/// small (U's repro peaked at 107 MB when deferrals chained forever).
#[test]
fn collections_deferred_in_callbacks_happen_after_them() {
    let src = "class A:\n    def __init__(self):\n        self._f = ['a', 'b', 'c']\n    def __next__(self):\n        row = ['x'] * 3\n        d = dict(zip(self._f, row))\n        lr = len(row)\n        return d\na = A()\nn = 0\nfor i in range(200000):\n    n += len(next(a))\n\ndef g(k):\n    for j in range(k):\n        yield [j] * 4\nfor i in range(2000):\n    n += sum(len(x) for x in g(20))\n";
    let mut c = cx();
    let before = c.heap.collections;
    tauraro::vm::run_source(&mut c, src, "<gc>", "__main__").ok().expect("program runs");
    assert!(c.heap.collections - before >= 10, "collections: {}", c.heap.collections - before);
    assert_eq!(c.heap.no_gc_depth, 0);
}
