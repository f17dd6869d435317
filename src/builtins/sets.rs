//! Methods of `set` and `frozenset` (operators are the runtime's `binary_op`).
use super::lists::bad_self;
use super::util::*;
use crate::heap::*;
use crate::runtime::set::{self, SetTable};
use crate::runtime::{self, set_obj};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
        ("__init__", set_init),
    ];
    let (s, fs) = (cx.rt.types.set, cx.rt.types.frozenset);
    for &(name, f) in common {
        runtime::types::def_method(cx, s, name, f);
        runtime::types::def_method(cx, fs, name, f);
    }
    for &(name, f) in mutating {
        runtime::types::def_method(cx, s, name, f);
    }
}

#[inline]
fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut SetObj> {
    match args.first().and_then(|&v| set_obj(v)) {
        Some(s) => Ok(s),
        None => Err(bad_self(cx, args, "set", name)),
    }
}

#[inline]
fn is_frozen(v: Value) -> bool {
    runtime::unwrap_payload(v).is_kind(Kind::FrozenSet)
}

/// A table holding the elements of any iterable (`make_new_set`).
pub fn table_of(cx: &mut Ctx, v: Value) -> PyResult<SetTable> {
    set::table_of(cx, v)
}

fn result(cx: &mut Ctx, like: Value, t: SetTable) -> Value {
    cx.new_set_from(t, is_frozen(like))
}

fn set_add(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "add")?;
    nargs(cx, "set.add", &args[1..], 1, 1)?;
    s.t.add(cx, args[1])?;
    Ok(Value::none())
}

/// A set argument of remove/discard is looked up as a frozenset (as CPython).
fn hashable_key(cx: &mut Ctx, v: Value) -> Value {
    match set_obj(v) {
        Some(s) if !is_frozen(v) => {
            let t = s.t.copy();
            cx.new_set_from(t, true)
        }
        _ => v,
    }
}

fn set_remove(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "remove")?;
    nargs(cx, "set.remove", &args[1..], 1, 1)?;
    let k = hashable_key(cx, args[1]);
    if s.t.discard(cx, k)? {
        Ok(Value::none())
    } else {
        Err(cx.key_error(args[1]))
    }
}

fn set_discard(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "discard")?;
    nargs(cx, "set.discard", &args[1..], 1, 1)?;
    let k = hashable_key(cx, args[1]);
    s.t.discard(cx, k)?;
    Ok(Value::none())
}

fn set_pop(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "pop")?;
    nargs(cx, "set.pop", &args[1..], 0, 0)?;
    match s.t.pop() {
        Some(k) => Ok(k),
        None => {
            let c = cx.rt.types.key_error;
            Err(cx.err(c, "pop from an empty set"))
        }
    }
}

fn set_clear(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "clear")?;
    s.t.clear();
    Ok(Value::none())
}

fn set_copy(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "copy")?;
    if is_frozen(args[0]) && is_exact(cx, args[0], cx.rt.types.frozenset) {
        return Ok(args[0]);
    }
    let t = s.t.copy();
    Ok(result(cx, args[0], t))
}

fn set_union(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "union")?;
    let mut t = s.t.copy();
    for &o in &args[1..] {
        set::update(cx, &mut t, o)?;
    }
    Ok(result(cx, args[0], t))
}

/// `set_intersection_multi`.
fn intersection_multi(cx: &mut Ctx, s: &SetTable, others: &[Value]) -> PyResult<SetTable> {
    let Some((&first, rest)) = others.split_first() else { return Ok(s.copy()) };
    let mut t = set::intersection(cx, s, first)?;
    for &o in rest {
        t = set::intersection(cx, &t, o)?;
    }
    Ok(t)
}

fn set_intersection(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "intersection")?;
    let t = intersection_multi(cx, &s.t, &args[1..])?;
    Ok(result(cx, args[0], t))
}

/// `set_difference_multi`.
fn set_difference(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "difference")?;
    let mut t = match args.get(1) {
        Some(&o) => set::difference(cx, &s.t, o)?,
        None => s.t.copy(),
    };
    for &o in args.iter().skip(2) {
        set::difference_update(cx, &mut t, o)?;
    }
    Ok(result(cx, args[0], t))
}

fn set_symmetric_difference(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "symmetric_difference")?;
    nargs(cx, "symmetric_difference", &args[1..], 1, 1)?;
    let t = set::symmetric_difference(cx, args[0], args[1])?;
    Ok(result(cx, args[0], t))
}

fn set_issubset(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "issubset")?;
    nargs(cx, "issubset", &args[1..], 1, 1)?;
    let r = match set_obj(args[1]) {
        Some(o) => set::is_subset(cx, &s.t, &o.t)?,
        None => {
            let o = table_of(cx, args[1])?;
            set::is_subset(cx, &s.t, &o)?
        }
    };
    Ok(Value::bool(r))
}

fn set_issuperset(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "issuperset")?;
    nargs(cx, "issuperset", &args[1..], 1, 1)?;
    if let Some(o) = set_obj(args[1]) {
        return Ok(Value::bool(set::is_subset(cx, &o.t, &s.t)?));
    }
    let it = runtime::iter::get_iter(cx, args[1])?;
    while let Some(x) = runtime::iter::iter_next(cx, it)? {
        if !s.t.contains(cx, x)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

fn set_isdisjoint(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "isdisjoint")?;
    nargs(cx, "isdisjoint", &args[1..], 1, 1)?;
    if let Some(o) = set_obj(args[1]) {
        let (small, big) = if s.t.len() > o.t.len() { (&o.t, &s.t) } else { (&s.t, &o.t) };
        for e in small.live() {
            if big.contains_hashed(cx, e.key, e.hash)? {
                return Ok(Value::false_());
            }
        }
        return Ok(Value::true_());
    }
    let it = runtime::iter::get_iter(cx, args[1])?;
    while let Some(x) = runtime::iter::iter_next(cx, it)? {
        if s.t.contains(cx, x)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

fn set_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "update")?;
    for &o in &args[1..] {
        set::update(cx, &mut s.t, o)?;
    }
    Ok(Value::none())
}

fn set_intersection_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "intersection_update")?;
    let t = intersection_multi(cx, &s.t, &args[1..])?;
    s.t.replace_body(t);
    Ok(Value::none())
}

fn set_difference_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "difference_update")?;
    for &o in &args[1..] {
        set::difference_update(cx, &mut s.t, o)?;
    }
    Ok(Value::none())
}

fn set_symmetric_difference_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "symmetric_difference_update")?;
    nargs(cx, "symmetric_difference_update", &args[1..], 1, 1)?;
    set::symmetric_difference_update(cx, &mut s.t, args[1])?;
    Ok(Value::none())
}

fn set_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__init__")?;
    if !kw.is_empty() {
        return Err(cx.type_error("set() takes no keyword arguments"));
    }
    nargs(cx, "set", &args[1..], 0, 1)?;
    let s = this(cx, args, "__init__")?;
    if !s.t.is_empty() {
        s.t.clear();
    }
    if let Some(&it) = args.get(1) {
        set::update(cx, &mut s.t, it)?;
    }
    Ok(Value::none())
}


