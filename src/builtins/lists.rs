//! Methods of `list` and `tuple`, and the sort used by `list.sort` / `sorted`.
use super::util::*;
use crate::compile::CmpOp;
use crate::heap::*;
use crate::runtime::{self, list_vec, str_of};
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
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, l, name, f);
    }
    let t = cx.rt.types.tuple;
    let m: &[(&'static str, NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, t, name, f);
    }
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

fn count_impl(cx: &mut Ctx, args: &[Value]) -> PyResult<Value> {
    nargs(cx, "count", &args[1..], 1, 1)?;
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
    count_impl(cx, args)
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
    count_impl(cx, args)
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

fn list_sort(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "sort")?;
    if args.len() > 1 {
        return Err(cx.type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = parse_args(cx, "sort", &[], kw, ["key", "reverse"], 0)?;
    let reverse = given(reverse) && runtime::truthy(cx, reverse)?;
    let l = this(cx, args, "sort")?;
    let items = std::mem::take(l);
    let r = sort_values(cx, items, key, reverse);
    let l = this(cx, args, "sort")?;
    let modified = !l.is_empty();
    match r {
        Ok(sorted) => {
            *l = sorted;
            if modified {
                return Err(cx.value_error("list modified during sort"));
            }
            Ok(Value::none())
        }
        Err((e, orig)) => {
            *l = orig;
            Err(e)
        }
    }
}

/// Sort a list value in place (no key).
pub fn sort_list_value(cx: &mut Ctx, l: Value) -> PyResult<()> {
    let v = list_vec(l).map(std::mem::take).unwrap_or_default();
    match sort_values(cx, v, Value::UNBOUND, false) {
        Ok(s) => {
            *list_vec(l).unwrap() = s;
            Ok(())
        }
        Err((e, orig)) => {
            *list_vec(l).unwrap() = orig;
            Err(e)
        }
    }
}

/// Sort `items` (stable, only `<`), with an optional key function. On error
/// returns the exception and the items in some order.
pub fn sort_values(
    cx: &mut Ctx,
    mut items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (crate::Exc, Vec<Value>)> {
    if items.len() < 2 {
        return Ok(items);
    }
    // Reverse keeps stability: reverse, stable sort, reverse.
    if reverse {
        items.reverse();
    }
    let keys = if given(key) {
        let mut keys = Vec::with_capacity(items.len());
        for &it in &items {
            match runtime::call(cx, key, &[it], &[]) {
                Ok(k) => keys.push(k),
                Err(e) => return Err((e, items)),
            }
        }
        keys
    } else {
        items.clone()
    };
    let mut idx: Vec<u32> = (0..items.len() as u32).collect();
    if !native_sort(&mut idx, &keys) {
        if let Err(e) = sort_by_lt(cx, &mut idx, &keys) {
            return Err((e, items));
        }
    }
    let mut sorted: Vec<Value> = idx.iter().map(|&i| items[i as usize]).collect();
    if reverse {
        sorted.reverse();
    }
    Ok(sorted)
}

/// Homogeneous small-int / float / exact-str keys sort natively (stable).
/// Returns false (idx untouched) for mixed keys.
fn native_sort(idx: &mut [u32], keys: &[Value]) -> bool {
    if keys.iter().all(|v| v.is_int()) {
        idx.sort_by_key(|&i| keys[i as usize].as_small());
        return true;
    }
    if keys.iter().all(|v| v.is_kind(Kind::Str)) {
        idx.sort_by(|&a, &b| keys[a as usize].obj::<StrObj>().as_str().cmp(&keys[b as usize].obj::<StrObj>().as_str()));
        return true;
    }
    if keys.iter().all(|v| v.is_float() && !v.as_float().is_nan()) {
        idx.sort_by(|&a, &b| keys[a as usize].as_float().partial_cmp(&keys[b as usize].as_float()).unwrap());
        return true;
    }
    false
}

/// Order of two "plain" values (small ints, floats, exact strs) without
/// running Python code; None when either is anything else.
#[inline]
fn plain_cmp(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    if Value::both_int(a, b) {
        return Some(a.as_small().cmp(&b.as_small()));
    }
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Some(a.obj::<StrObj>().as_str().cmp(&b.obj::<StrObj>().as_str()));
    }
    None
}

/// `a < b` with fast paths.
#[inline]
pub fn lt(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if Value::both_int(a, b) {
        return Ok(Value::int_lt(a, b));
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Ok(str_of(a) < str_of(b));
    }
    // Tuples of plain values (the common sort key) compare without dispatch.
    if a.is_kind(Kind::Tuple) && b.is_kind(Kind::Tuple) {
        let (x, y) = (&a.obj::<TupleObj>().items(), &b.obj::<TupleObj>().items());
        let n = x.len().min(y.len());
        let mut i = 0;
        while i < n {
            match plain_cmp(x[i], y[i]) {
                Some(std::cmp::Ordering::Equal) => i += 1,
                Some(o) => return Ok(o == std::cmp::Ordering::Less),
                None => break,
            }
        }
        if i == n {
            return Ok(x.len() < y.len());
        }
    }
    let r = runtime::compare(cx, CmpOp::Lt, a, b)?;
    if r == Value::true_() {
        return Ok(true);
    }
    if r == Value::false_() {
        return Ok(false);
    }
    runtime::truthy(cx, r)
}

/// Stable merge sort of `idx` by `keys[idx]` using only `<` (insertion sort
/// for short runs). Never panics on inconsistent comparisons.
fn sort_by_lt(cx: &mut Ctx, idx: &mut [u32], keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    const RUN: usize = 16;
    // Binary insertion sort on runs.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = idx[i];
            // Find first position in [start, i) where keys[x] < keys[idx[pos]].
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(cx, keys[x as usize], keys[idx[mid] as usize])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            idx.copy_within(lo..i, lo + 1);
            idx[lo] = x;
        }
        start = end;
    }
    // Bottom-up merges.
    let mut width = RUN;
    let mut buf = vec![0u32; n];
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                merge(cx, &idx[lo..hi], mid - lo, keys, &mut buf[lo..hi])?;
                idx[lo..hi].copy_from_slice(&buf[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

fn merge(cx: &mut Ctx, src: &[u32], mid: usize, keys: &[Value], out: &mut [u32]) -> PyResult<()> {
    let (mut i, mut j, mut k) = (0, mid, 0);
    // Already ordered runs need one comparison.
    if !lt(cx, keys[src[mid] as usize], keys[src[mid - 1] as usize])? {
        out.copy_from_slice(src);
        return Ok(());
    }
    while i < mid && j < src.len() {
        // Take from the right only when strictly less (stability).
        if lt(cx, keys[src[j] as usize], keys[src[i] as usize])? {
            out[k] = src[j];
            j += 1;
        } else {
            out[k] = src[i];
            i += 1;
        }
        k += 1;
    }
    out[k..k + mid - i].copy_from_slice(&src[i..mid]);
    k += mid - i;
    out[k..].copy_from_slice(&src[j..]);
    Ok(())
}
