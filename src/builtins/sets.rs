//! Methods of `set` and `frozenset` (operators are the runtime's `binary_op`).
use super::lists::bad_self;
use super::util::*;
use crate::heap::*;
use crate::runtime::dict::{DictTable, Entry};
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

/// Add `v` to a set table (hashing with Python rules).
#[inline]
pub fn table_add(cx: &mut Ctx, t: &mut DictTable, v: Value) -> PyResult<()> {
    t.set(cx, v, Value::none())
}

/// A table holding the elements of any iterable (sets/dicts copy their keys).
pub fn table_of(cx: &mut Ctx, v: Value) -> PyResult<DictTable> {
    if let Some(s) = set_obj(v) {
        return Ok(s.t.copy());
    }
    if let Some(d) = runtime::dict_obj(v) {
        let entries: Vec<Entry> = d.t.entries_live().copied().collect();
        let mut t = DictTable::with_capacity(entries.len());
        for e in &entries {
            t.insert_entry(cx, &Entry { hash: e.hash, key: e.key, value: Value::none() })?;
        }
        return Ok(t);
    }
    let items = collect(cx, v)?;
    let mut t = DictTable::with_capacity(items.len());
    for x in items {
        table_add(cx, &mut t, x)?;
    }
    Ok(t)
}

/// Hashed elements of a set-like or iterable (for membership tests against other tables).
fn entries_of(cx: &mut Ctx, v: Value) -> PyResult<Vec<Entry>> {
    if let Some(s) = set_obj(v) {
        return Ok(s.t.entries_live().copied().collect());
    }
    let t = table_of(cx, v)?;
    Ok(t.entries_live().copied().collect())
}

fn result(cx: &mut Ctx, like: Value, t: DictTable) -> Value {
    cx.new_set_from(t, is_frozen(like))
}

fn set_add(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "add")?;
    nargs(cx, "set.add", &args[1..], 1, 1)?;
    table_add(cx, &mut s.t, args[1])?;
    Ok(Value::none())
}

fn set_remove(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "remove")?;
    nargs(cx, "set.remove", &args[1..], 1, 1)?;
    match s.t.remove(cx, args[1])? {
        Some(_) => Ok(Value::none()),
        None => Err(cx.key_error(args[1])),
    }
}

fn set_discard(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "discard")?;
    nargs(cx, "set.discard", &args[1..], 1, 1)?;
    s.t.remove(cx, args[1])?;
    Ok(Value::none())
}

fn set_pop(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "pop")?;
    nargs(cx, "set.pop", &args[1..], 0, 0)?;
    match s.t.pop_first() {
        Some((k, _)) => Ok(k),
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
        for e in entries_of(cx, o)? {
            t.insert_entry(cx, &e)?;
        }
    }
    Ok(result(cx, args[0], t))
}

fn intersect(cx: &mut Ctx, a: &DictTable, other: Value) -> PyResult<DictTable> {
    let mut t = DictTable::new();
    for e in entries_of(cx, other)? {
        if a.get_hashed(cx, e.key, e.hash)?.is_some() {
            t.insert_entry(cx, &e)?;
        }
    }
    // Keep the receiver's iteration order when it is the smaller side (as CPython
    // iterates the smaller set); order is unspecified anyway.
    Ok(t)
}

fn difference(cx: &mut Ctx, a: &DictTable, other: Value) -> PyResult<DictTable> {
    let o = match set_obj(other) {
        Some(s) => s.t.copy(),
        None => table_of(cx, other)?,
    };
    let mut t = DictTable::new();
    let entries: Vec<Entry> = a.entries_live().copied().collect();
    for e in entries {
        if o.get_hashed(cx, e.key, e.hash)?.is_none() {
            t.insert_entry(cx, &e)?;
        }
    }
    Ok(t)
}

fn set_intersection(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "intersection")?;
    let mut t = s.t.copy();
    for &o in &args[1..] {
        t = intersect(cx, &t, o)?;
    }
    Ok(result(cx, args[0], t))
}

fn set_difference(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "difference")?;
    let mut t = s.t.copy();
    for &o in &args[1..] {
        t = difference(cx, &t, o)?;
    }
    Ok(result(cx, args[0], t))
}

fn symdiff(cx: &mut Ctx, a: &DictTable, other: Value) -> PyResult<DictTable> {
    let o = table_of(cx, other)?;
    let mut t = difference_tables(cx, a, &o)?;
    let rest = difference_tables(cx, &o, a)?;
    for e in rest.entries_live().copied().collect::<Vec<_>>() {
        t.insert_entry(cx, &e)?;
    }
    Ok(t)
}

fn difference_tables(cx: &mut Ctx, a: &DictTable, b: &DictTable) -> PyResult<DictTable> {
    let mut t = DictTable::new();
    for e in a.entries_live().copied().collect::<Vec<_>>() {
        if b.get_hashed(cx, e.key, e.hash)?.is_none() {
            t.insert_entry(cx, &e)?;
        }
    }
    Ok(t)
}

fn set_symmetric_difference(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "symmetric_difference")?;
    nargs(cx, "symmetric_difference", &args[1..], 1, 1)?;
    let t = symdiff(cx, &s.t, args[1])?;
    Ok(result(cx, args[0], t))
}

/// Is every element of `a` in `b`?
fn subset(cx: &mut Ctx, a: &[Entry], b: &DictTable) -> PyResult<bool> {
    for e in a {
        if b.get_hashed(cx, e.key, e.hash)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "issubset")?;
    nargs(cx, "issubset", &args[1..], 1, 1)?;
    let o = table_of(cx, args[1])?;
    let mine: Vec<Entry> = s.t.entries_live().copied().collect();
    Ok(Value::bool(subset(cx, &mine, &o)?))
}

fn set_issuperset(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "issuperset")?;
    nargs(cx, "issuperset", &args[1..], 1, 1)?;
    let theirs = entries_of(cx, args[1])?;
    let mine = s.t.copy();
    Ok(Value::bool(subset(cx, &theirs, &mine)?))
}

fn set_isdisjoint(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "isdisjoint")?;
    nargs(cx, "isdisjoint", &args[1..], 1, 1)?;
    let mine = s.t.copy();
    for e in entries_of(cx, args[1])? {
        if mine.get_hashed(cx, e.key, e.hash)?.is_some() {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

fn set_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "update")?;
    for &o in &args[1..] {
        let es = entries_of(cx, o)?;
        let s = this(cx, args, "update")?;
        for e in &es {
            s.t.insert_entry(cx, e)?;
        }
    }
    Ok(Value::none())
}

fn replace_table(cx: &mut Ctx, args: &[Value], name: &str, t: DictTable) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    s.t = t;
    Ok(Value::none())
}

fn set_intersection_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "intersection_update")?;
    let mut t = s.t.copy();
    for &o in &args[1..] {
        t = intersect(cx, &t, o)?;
    }
    replace_table(cx, args, "intersection_update", t)
}

fn set_difference_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "difference_update")?;
    let mut t = s.t.copy();
    for &o in &args[1..] {
        t = difference(cx, &t, o)?;
    }
    replace_table(cx, args, "difference_update", t)
}

fn set_symmetric_difference_update(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "symmetric_difference_update")?;
    nargs(cx, "symmetric_difference_update", &args[1..], 1, 1)?;
    let mine = s.t.copy();
    let t = symdiff(cx, &mine, args[1])?;
    replace_table(cx, args, "symmetric_difference_update", t)
}

fn set_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__init__")?;
    if !kw.is_empty() {
        return Err(cx.type_error("set() takes no keyword arguments"));
    }
    nargs(cx, "set", &args[1..], 0, 1)?;
    let t = match args.get(1) {
        Some(&it) => table_of(cx, it)?,
        None => DictTable::new(),
    };
    replace_table(cx, args, "__init__", t)
}


