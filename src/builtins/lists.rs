//! Methods of `list` and `tuple`; `list.sort` / `sorted` are in `sort.rs`.
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, list_vec};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let l = cx.rt.types.list;
    let m: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__init__", list_init),
        ("__reversed__", list_reversed),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, l, name, f);
    }
    let t = cx.rt.types.tuple;
    let m: &[(&'static str, NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, t, name, f);
    }
    let ty = cx.rt.types;
    for c in [ty.list, ty.tuple, ty.dict, ty.set, ty.frozenset] {
        def_classmethod(cx, c, "__class_getitem__", class_getitem);
    }
}

/// `list.__class_getitem__(int)` (also tuple, dict, set, frozenset): the
/// types.GenericAlias that `list[int]` gives.
fn class_getitem(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    nargs(cx, "__class_getitem__", args, 2, 2)?;
    Ok(runtime::new_generic_alias(cx, args[0], args[1]))
}

/// `list.__reversed__`: reversed(l).
fn list_reversed(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__reversed__")?;
    nargs(cx, "list.__reversed__", &args[1..], 0, 0)?;
    runtime::iter::new_reversed(cx, runtime::unwrap_payload(args[0]))
}

/// `tuple.__getnewargs__`: `(tuple(self),)`.
fn tuple_getnewargs(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_self(cx, args, "__getnewargs__")?;
    nargs(cx, "tuple.__getnewargs__", &args[1..], 0, 0)?;
    let items = runtime::tuple_items(args[0]).unwrap_or(&[]).to_vec();
    let t = cx.new_tuple(items);
    Ok(cx.new_tuple_from(&[t]))
}

#[inline]
fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut Vec<Value>> {
    match args.first().and_then(|&v| list_vec(v)) {
        Some(l) => Ok(l),
        None => Err(bad_self(cx, args, "list", name)),
    }
}

#[cold]
#[inline(never)]
pub fn bad_self(cx: &mut Ctx, args: &[Value], cls: &str, name: &str) -> crate::Exc {
    match args.first() {
        Some(&v) => {
            let t = tname(cx, v);
            cx.type_error(format!("descriptor '{name}' for '{cls}' objects doesn't apply to a '{t}' object"))
        }
        None => cx.type_error(format!("unbound method {cls}.{name}() needs an argument")),
    }
}

fn list_append(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(nargs_error(cx, "list.append", args.len().saturating_sub(1), 1, 1));
    }
    let l = this(cx, args, "append")?;
    cx.list_push(l, args[1]);
    Ok(Value::none())
}

fn list_extend(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "extend")?;
    nargs(cx, "list.extend", &args[1..], 1, 1)?;
    let items = collect(cx, args[1])?;
    // Re-borrow after running Python code (the iterable may have been a generator).
    let l = this(cx, args, "extend")?;
    l.extend_from_slice(&items);
    Ok(Value::none())
}

fn list_insert(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "insert")?;
    nargs(cx, "insert", &args[1..], 2, 2)?;
    let i = to_index(cx, args[1])?;
    let l = this(cx, args, "insert")?;
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, args[2]);
    Ok(Value::none())
}

fn list_pop(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "pop")?;
    nargs(cx, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => to_index(cx, v)?,
        None => -1,
    };
    let l = this(cx, args, "pop")?;
    if l.is_empty() {
        return Err(cx.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(cx.index_error("pop index out of range"));
    }
    if j == n - 1 {
        return Ok(l.pop().unwrap());
    }
    Ok(l.remove(j as usize))
}

/// `a == b` with the identity shortcut containers use.
#[inline]
pub fn eq_ident(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if Value::both_int(a, b) {
        return Ok(false);
    }
    runtime::eq(cx, a, b)
}

/// Position of `x` in the sequence `v` (re-reading it each step: `==` may mutate it).
fn seq_find(cx: &mut Ctx, v: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let items = runtime::seq_items(v).unwrap_or(&[]);
        if i >= stop.min(items.len()) {
            return Ok(None);
        }
        if eq_ident(cx, items[i], x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "remove")?;
    nargs(cx, "list.remove", &args[1..], 1, 1)?;
    match seq_find(cx, args[0], args[1], 0, usize::MAX)? {
        Some(i) => {
            let l = this(cx, args, "remove")?;
            l.remove(i);
            Ok(Value::none())
        }
        None => Err(cx.value_error("list.remove(x): x not in list")),
    }
}

fn index_impl(cx: &mut Ctx, args: &[Value], what: &str) -> PyResult<Value> {
    nargs(cx, "index", &args[1..], 1, 3)?;
    let n = runtime::seq_items(args[0]).map_or(0, |s| s.len());
    let start = match args.get(2) {
        Some(&v) => to_index(cx, v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => to_index(cx, v)?,
        None => i64::MAX,
    };
    let (a, b) = adjust_range(start, stop, n);
    match seq_find(cx, args[0], args[1], a, b)? {
        Some(i) => Ok(Value::from_small(i as i64)),
        None if what == "list" => {
            let r = runtime::repr_string(cx, args[1])?;
            Err(cx.value_error(format!("{r} is not in list")))
        }
        None => Err(cx.value_error("tuple.index(x): x not in tuple")),
    }
}

fn count_impl(cx: &mut Ctx, args: &[Value], ty: &str) -> PyResult<Value> {
    nargs(cx, &format!("{ty}.count"), &args[1..], 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let items = runtime::seq_items(args[0]).unwrap_or(&[]);
        if i >= items.len() {
            break;
        }
        if eq_ident(cx, items[i], args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::from_small(n))
}

fn list_index(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "index")?;
    index_impl(cx, args, "list")
}
fn list_count(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "count")?;
    count_impl(cx, args, "list")
}
fn tuple_self(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<()> {
    match args.first().and_then(|&v| runtime::tuple_items(v)) {
        Some(_) => Ok(()),
        None => Err(bad_self(cx, args, "tuple", name)),
    }
}
fn tuple_index(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_self(cx, args, "index")?;
    index_impl(cx, args, "tuple")
}
fn tuple_count(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_self(cx, args, "count")?;
    count_impl(cx, args, "tuple")
}

fn list_reverse(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = this(cx, args, "reverse")?;
    nargs(cx, "reverse", &args[1..], 0, 0)?;
    l.reverse();
    Ok(Value::none())
}

fn list_copy(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = this(cx, args, "copy")?;
    nargs(cx, "copy", &args[1..], 0, 0)?;
    let items = l.clone();
    Ok(cx.new_list(items))
}

fn list_clear(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = this(cx, args, "clear")?;
    nargs(cx, "clear", &args[1..], 0, 0)?;
    l.clear();
    Ok(Value::none())
}

fn list_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__init__")?;
    if !kw.is_empty() {
        return Err(cx.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(cx.type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let items = match args.get(1) {
        Some(&it) => collect(cx, it)?,
        None => Vec::new(),
    };
    let l = this(cx, args, "__init__")?;
    *l = items;
    Ok(Value::none())
}



// ---------------------------------------------------------------- sorting

// CPython's timsort lives in builtins/sort.rs (engineer F's file; declared
// here so builtins/mod.rs needs no change).
#[path = "sort.rs"]
pub mod sort;
use sort::list_sort;
pub use sort::{sort_list_value, sort_values};
