//! Subscription (`get_item`/`set_item`/`del_item` incl. slices), `in`, `len`,
//! and dunder natives of builtin types (for `super().__getitem__` etc.).
use super::*;
use crate::compile::{BinOp, CmpOp};
use num_traits::Signed;

/// An index operand as i64 (ints, bools, `__index__`); None if not an index.
pub fn index_value(cx: &mut Ctx, v: Value) -> PyResult<Option<i64>> {
    if let Some(i) = int_of(v) {
        return Ok(Some(i));
    }
    if let Some(b) = bigint_ref(v) {
        let _ = b;
        let tn = type_name(cx, v);
        return Err(cx.index_error(format!("cannot fit '{tn}' into an index-sized integer")));
    }
    if v.is_kind(Kind::Instance) {
        let n = cx.rt.names.index;
        if let Some(f) = ops::user_lookup(type_of(cx, v), n) {
            let r = ops::call_dunder(cx, f, v, &[])?;
            return index_value(cx, r);
        }
    }
    Ok(None)
}

/// Clamp a possibly big int slice bound to i64.
fn slice_bound(cx: &mut Ctx, v: Value) -> PyResult<Option<i64>> {
    if v.is_int() {
        return Ok(Some(v.as_small()));
    }
    if v.is_none() {
        return Ok(None);
    }
    if let Some(b) = bigint_ref(v) {
        return Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }));
    }
    match index_value(cx, v)? {
        Some(i) => Ok(Some(i)),
        None => Err(cx.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's slice.indices(len): (start, stop, step, slicelength).
/// Small ints / None everywhere (the common case) inline, with no Result plumbing;
/// inlined into each caller (a call returning the 4-tuple through memory cost
/// ~15 instructions of fannkuch's ~60 per slice).
#[inline(always)]
pub fn slice_indices(cx: &mut Ctx, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let so = s.obj::<SliceObj>();
    let (a, b, c) = (so.start, so.stop, so.step);
    match plain_indices(a, b, c, len) {
        Some(r) => Ok(r),
        None => slice_indices_slow(cx, a, b, c, len),
    }
}

/// `slice_indices` of the bounds `a:b:c` when each is a small int or None and
/// the step is not 0 (no code runs, nothing can fail); None otherwise.
#[inline(always)]
fn plain_indices(a: Value, b: Value, c: Value, len: usize) -> Option<(i64, i64, i64, usize)> {
    let plain = |v: Value| v.is_int() || v.is_none();
    if plain(a) && plain(b) && plain(c) && c != Value::from_small(0) {
        let opt = |v: Value| if v.is_int() { Some(v.as_small()) } else { None };
        return Some(adjust_indices(opt(a), opt(b), opt(c).unwrap_or(1), len));
    }
    None
}

#[cold]
#[inline(never)]
fn slice_indices_slow(cx: &mut Ctx, a: Value, b: Value, c: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let step = slice_bound(cx, c)?.unwrap_or(1);
    if step == 0 {
        return Err(cx.value_error("slice step cannot be zero"));
    }
    let (start, stop) = (slice_bound(cx, a)?, slice_bound(cx, b)?);
    Ok(adjust_indices(start, stop, step, len))
}

/// Clamp slice bounds (None = default) to a sequence of `len` for a non-zero
/// `step`: (start, stop, step, slicelength), as CPython's PySlice_AdjustIndices.
/// Inlined: returned through memory, the 4-tuple costs ~15 instructions a call.
#[inline(always)]
fn adjust_indices(a: Option<i64>, b: Option<i64>, step: i64, len: usize) -> (i64, i64, i64, usize) {
    let n = len as i64;
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += n;
                    if i < lo {
                        i = lo;
                    }
                } else if i > hi {
                    i = hi;
                }
                i
            }
        }
    };
    let (start, stop) = if step > 0 { (adjust(a, 0, 0, n), adjust(b, n, 0, n)) } else { (adjust(a, n - 1, -1, n - 1), adjust(b, -1, -1, n - 1)) };
    let slen = if step > 0 {
        if stop > start {
            // No division for the usual unit steps.
            if step == 1 {
                (stop - start) as usize
            } else {
                ((stop - start - 1) / step + 1) as usize
            }
        } else {
            0
        }
    } else if start > stop {
        if step == -1 {
            (start - stop) as usize
        } else {
            ((start - stop - 1) / (-step) + 1) as usize
        }
    } else {
        0
    };
    (start, stop, step, slen)
}

fn pick<T: Copy>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    if step == 1 {
        return items[start as usize..start as usize + n].to_vec();
    }
    if step == -1 {
        // start is -1 when the slice is empty (n == 0): no wrapping add.
        let top = (start + 1) as usize;
        let src = &items[top - n..top];
        let mut v: Vec<T> = Vec::with_capacity(n);
        // SAFETY: `v` has room for `n` items and each of the `n` slots is
        // written (from `src`, `n` long) before the length is set.
        unsafe {
            let (s, d) = (src.as_ptr(), v.as_mut_ptr());
            for k in 0..n {
                *d.add(k) = *s.add(n - 1 - k);
            }
            v.set_len(n);
        }
        return v;
    }
    (0..n).map(|i| items[(start + i as i64 * step) as usize]).collect()
}

/// `obj[a:b:c]` of an exact list, tuple or str when the bounds are plain
/// (`plain_indices`): what `get_item(obj, slice(a, b, c))` returns, without
/// the slice object (`BuildSlice` fused with its subscript, handlers/fused.rs).
/// None (nothing done) for anything else.
pub fn plain_slice_get(cx: &mut Ctx, obj: Value, a: Value, b: Value, c: Value) -> Option<Value> {
    match obj.kind()? {
        Kind::List => {
            let (s, _, st, n) = plain_indices(a, b, c, obj.obj::<ListObj>().items.len())?;
            Some(list_slice(cx, obj, s, st, n))
        }
        Kind::Tuple => {
            let (s, _, st, n) = plain_indices(a, b, c, obj.obj::<TupleObj>().items().len())?;
            Some(tuple_slice(cx, obj, s, st, n))
        }
        Kind::Str => {
            let (s, _, st, n) = plain_indices(a, b, c, obj.obj::<StrObj>().nchars())?;
            Some(str_slice(cx, obj, s, st, n))
        }
        _ => None,
    }
}

/// `obj[a:b:c] = val` for a list `obj`, an exact list or tuple `val` other
/// than `obj` and plain bounds, when it needs no error (an extended slice of the
/// value's length): as `set_item` does it, without the slice object. False
/// (nothing done) otherwise.
pub fn plain_slice_set(obj: Value, a: Value, b: Value, c: Value, val: Value) -> bool {
    if !obj.is_kind(Kind::List) || val == obj {
        return false;
    }
    // An exact list or tuple (subclass instances take set_item's path).
    let src: &[Value] = match val.kind() {
        Some(Kind::List) => &val.obj::<ListObj>().items,
        Some(Kind::Tuple) => val.obj::<TupleObj>().items(),
        _ => return false,
    };
    let items = &mut obj.obj::<ListObj>().items;
    let Some((start, stop, step, n)) = plain_indices(a, b, c, items.len()) else { return false };
    assign_slice(items, start, stop, step, n, src)
}

/// `items[start:stop:step] = src` (indices from `slice_indices`, `n` the
/// slice's length; `src` not `items`' own storage); false (nothing done) for
/// an extended slice whose length is not `src`'s (a ValueError).
fn assign_slice(items: &mut Vec<Value>, start: i64, stop: i64, step: i64, n: usize, src: &[Value]) -> bool {
    if step == 1 {
        let (a, b) = (start as usize, stop.max(start) as usize);
        if src.len() == b - a {
            items[a..b].copy_from_slice(src);
        } else {
            items.splice(a..b, src.iter().copied());
        }
        return true;
    }
    if src.len() != n {
        return false;
    }
    for (i, &v) in src.iter().enumerate() {
        items[(start + i as i64 * step) as usize] = v;
    }
    true
}

/// `obj[s::st]` (`n` items, from `slice_indices`) of a list.
fn list_slice(cx: &mut Ctx, obj: Value, s: i64, st: i64, n: usize) -> Value {
    let v = pick(&obj.obj::<ListObj>().items, s, st, n);
    cx.new_list(v)
}

/// `obj[s::st]` (`n` items) of a tuple: the tuple itself when it is all of it.
fn tuple_slice(cx: &mut Ctx, obj: Value, s: i64, st: i64, n: usize) -> Value {
    let items = obj.obj::<TupleObj>().items();
    if st == 1 && n == items.len() {
        return obj;
    }
    let v = pick(items, s, st, n);
    cx.new_tuple(v)
}

#[inline]
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

fn seq_index_error(cx: &mut Ctx, what: &str, key: Value) -> crate::Exc {
    let tn = type_name(cx, key);
    cx.type_error(format!("{what} indices must be integers or slices, not {tn}"))
}

pub fn get_item(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    match obj.kind() {
        Some(Kind::List) => {
            let items = &obj.obj::<ListObj>().items;
            if key.is_int() {
                return match norm_index(key.as_small(), items.len()) {
                    Some(i) => Ok(items[i]),
                    None => Err(cx.index_error("list index out of range")),
                };
            }
            if key.is_kind(Kind::Slice) {
                let (s, _, st, n) = slice_indices(cx, key, items.len())?;
                return Ok(list_slice(cx, obj, s, st, n));
            }
            match index_value(cx, key)? {
                Some(i) => match norm_index(i, items.len()) {
                    Some(i) => Ok(items[i]),
                    None => Err(cx.index_error("list index out of range")),
                },
                None => Err(seq_index_error(cx, "list", key)),
            }
        }
        Some(Kind::Tuple) => {
            let items = &obj.obj::<TupleObj>().items();
            if key.is_kind(Kind::Slice) {
                let (s, _, st, n) = slice_indices(cx, key, items.len())?;
                return Ok(tuple_slice(cx, obj, s, st, n));
            }
            match index_value(cx, key)? {
                Some(i) => match norm_index(i, items.len()) {
                    Some(i) => Ok(items[i]),
                    None => Err(cx.index_error("tuple index out of range")),
                },
                None => Err(seq_index_error(cx, "tuple", key)),
            }
        }
        Some(Kind::Dict) => match obj.obj::<DictObj>().t.get(cx, key)? {
            Some(v) => Ok(v),
            None => Err(cx.key_error(key)),
        },
        Some(Kind::Str) => str_getitem(cx, obj, key),
        Some(Kind::Range) => range_getitem(cx, obj, key),
        Some(Kind::Bytes) => {
            let b = &obj.obj::<BytesObj>().b;
            if key.is_kind(Kind::Slice) {
                let (s, _, st, n) = slice_indices(cx, key, b.len())?;
                let v = pick(b, s, st, n);
                return Ok(cx.new_bytes(v));
            }
            match index_value(cx, key)? {
                Some(i) => match norm_index(i, b.len()) {
                    Some(i) => Ok(Value::from_small(b[i] as i64)),
                    None => Err(cx.index_error("index out of range")),
                },
                None => Err(seq_index_error(cx, "byte", key)),
            }
        }
        Some(Kind::Instance) => instance_getitem(cx, obj, key),
        Some(Kind::Class) => {
            if let Some(f) = ops::user_lookup(type_of(cx, obj), cx.rt.names.getitem) {
                return ops::call_dunder(cx, f, obj, &[key]);
            }
            let cls: *mut ClassObj = obj.as_ptr();
            let n = cx.rt.names.class_getitem;
            if let Some(f) = ops::class_lookup(cls, n) {
                let b = attr::class_descr_get(cx, f, cls)?;
                return call(cx, b, &[key], &[]);
            }
            let t = &cx.rt.types;
            if [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_, t.enumerate].contains(&cls) {
                // `list[int]` (annotations): a types.GenericAlias. Only the
                // builtin classes CPython makes generic (PEP 585): `int[1]`
                // is an error there.
                return Ok(new_generic_alias(cx, obj, key));
            }
            let n = class_name(cls);
            Err(cx.type_error(format!("type '{n}' is not subscriptable")))
        }
        _ => not_subscriptable(cx, obj),
    }
}

/// `origin[args]` as a `types.GenericAlias` (repr `list[int]`, calls the origin).
pub fn new_generic_alias(cx: &mut Ctx, origin: Value, key: Value) -> Value {
    let cls = cx.rt.types.generic_alias;
    alias_of_class(cx, cls, origin, key)
}

/// `types.GenericAlias(origin, args)` (also for subclasses, e.g.
/// collections.abc's `_CallableGenericAlias`).
fn alias_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "GenericAlias", args, kw, 3)?;
    let Some(cls) = class_of_value(args[0]) else {
        return Err(cx.type_error("GenericAlias.__new__(X): X is not a type object"));
    };
    Ok(alias_of_class(cx, cls, args[1], args[2]))
}

fn alias_of_class(cx: &mut Ctx, cls: *mut ClassObj, origin: Value, key: Value) -> Value {
    let args = if key.is_kind(Kind::Tuple) { key } else { cx.new_tuple_from(&[key]) };
    let a = class::alloc_instance(cx, cls, &[]);
    let d = attr::instance_dict(cx, a).unwrap();
    let (ko, ka) = (cx.intern("__origin__"), cx.intern("__args__"));
    // SAFETY: fresh live dict.
    unsafe {
        (*d).t.set_str(ko, origin);
        (*d).t.set_str(ka, args);
    }
    a
}

/// repr of a GenericAlias (CPython's `_Py_typing_type_repr` for the parts).
pub fn generic_alias_repr(cx: &mut Ctx, a: Value) -> PyResult<String> {
    let (o, args) = alias_parts(a).unwrap_or((Value::none(), Value::none()));
    let mut out = type_repr(cx, o)?;
    out.push('[');
    for (i, &x) in tuple_items(args).unwrap_or(&[]).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&type_repr(cx, x)?);
    }
    out.push(']');
    Ok(out)
}

fn type_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if v.is_none() {
        return Ok("None".into());
    }
    if v == Value::ellipsis() {
        return Ok("...".into());
    }
    if let Some(c) = class_of_value(v) {
        return Ok(repr::class_fullname(c));
    }
    repr_string(cx, v)
}

/// The (`__origin__`, `__args__`) of a GenericAlias instance.
fn alias_parts(v: Value) -> Option<(Value, Value)> {
    let d = v.downcast::<InstanceObj>(Kind::Instance)?.dict;
    if d.is_null() {
        return None;
    }
    // SAFETY: instance dicts are live.
    let t = unsafe { &(*d).t };
    Some((t.get_by_text("__origin__")?, t.get_by_text("__args__")?))
}

fn alias_repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__repr__", args, kw, 1)?;
    let s = generic_alias_repr(cx, args[0])?;
    Ok(cx.new_str(&s))
}

/// `a == b` of two aliases: same origin and arguments (else NotImplemented).
fn alias_eq(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__eq__", args, kw, 2)?;
    let ga = cx.rt.types.generic_alias;
    if !ops::isinstance(cx, args[1], ga) {
        return Ok(Value::not_implemented());
    }
    match (alias_parts(args[0]), alias_parts(args[1])) {
        (Some((o1, a1)), Some((o2, a2))) => {
            let same = ops::eq(cx, o1, o2)? && ops::eq(cx, a1, a2)?;
            Ok(Value::bool(same))
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn alias_hash(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__hash__", args, kw, 1)?;
    let Some((o, a)) = alias_parts(args[0]) else { return Err(cx.type_error("bad GenericAlias")) };
    let h = ops::hash(cx, o)? ^ ops::hash(cx, a)?;
    Ok(cx.new_int(h))
}

fn alias_call(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&a) = args.first() else { return Err(cx.type_error("GenericAlias call needs self")) };
    match alias_parts(a) {
        Some((o, _)) => call(cx, o, &args[1..], kw),
        None => Err(cx.type_error("bad GenericAlias")),
    }
}

#[cold]
fn not_subscriptable(cx: &mut Ctx, obj: Value) -> PyResult<Value> {
    let tn = type_name(cx, obj);
    Err(cx.type_error(format!("'{tn}' object is not subscriptable")))
}

fn str_getitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    let so = obj.obj::<StrObj>();
    let ascii = so.is_ascii();
    let n = so.nchars();
    if key.is_kind(Kind::Slice) {
        let (s, _, st, cnt) = slice_indices(cx, key, n)?;
        return Ok(str_slice(cx, obj, s, st, cnt));
    }
    let Some(i) = index_value(cx, key)? else {
        let tn = type_name(cx, key);
        return Err(cx.type_error(format!("string indices must be integers, not '{tn}'")));
    };
    let Some(i) = norm_index(i, n) else { return Err(cx.index_error("string index out of range")) };
    if ascii {
        return Ok(ascii_char_at(cx, so, i));
    }
    let c = so.as_str().chars().nth(i).unwrap();
    if c.is_ascii() {
        return Ok(cx.ascii_char(c as u8));
    }
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    Ok(cx.new_str(s))
}

/// `obj[s::st]` (`cnt` characters, from `slice_indices`) of a str.
fn str_slice(cx: &mut Ctx, obj: Value, s: i64, st: i64, cnt: usize) -> Value {
    let so = obj.obj::<StrObj>();
    let text = so.as_str();
    // A Kind::Str object is always an exact str (subclass instances hold one as payload).
    if st == 1 && cnt == so.nchars() {
        return obj;
    }
    let ascii = so.is_ascii();
    if ascii && st == 1 {
        return cx.new_str_counted(&text[s as usize..s as usize + cnt], cnt);
    }
    if ascii {
        let b = text.as_bytes();
        // SAFETY: `cnt` ASCII bytes picked from an ASCII str (slice_indices
        // keeps every index in bounds), every byte written.
        return unsafe {
            cx.new_str_fill(cnt, cnt, |out| {
                for (k, o) in out.iter_mut().enumerate() {
                    *o = b[(s + k as i64 * st) as usize];
                }
            })
        };
    }
    let out: String = {
        let chars: Vec<char> = text.chars().collect();
        (0..cnt).map(|i| chars[(s + i as i64 * st) as usize]).collect()
    };
    cx.new_string(out)
}

/// `s[i]` of an ASCII str for `i` in range: the interned one-char str.
#[inline(always)]
fn ascii_char_at(cx: &mut Ctx, so: &StrObj, i: usize) -> Value {
    let b = so.as_str().as_bytes()[i];
    cx.ascii_char(b)
}

/// `o[k]` for an ASCII str `o` and a small-int `k` in range (negative
/// counts from the end), else None: what the subscript ops' slow paths try
/// before the generic [`get_item`].
#[inline(always)]
pub fn ascii_str_index(cx: &mut Ctx, o: Value, k: Value) -> Option<Value> {
    let so = o.downcast::<StrObj>(Kind::Str)?;
    if !so.is_ascii() || !k.is_int() {
        return None;
    }
    let i = norm_index(k.as_small(), so.len())?;
    Some(ascii_char_at(cx, so, i))
}

fn range_getitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    let r = obj.obj::<RangeObj>();
    let (start, step) = (r.start, r.step);
    let len = ops::range_len(r);
    if key.is_kind(Kind::Slice) {
        let (s, e, st, n) = slice_indices(cx, key, len)?;
        let ns = start + s * step;
        let nst = step * st;
        let _ = e;
        let nstop = ns + n as i64 * nst;
        return Ok(cx.new_range(ns, nstop, nst));
    }
    match index_value(cx, key)? {
        Some(i) => match norm_index(i, len) {
            Some(i) => Ok(cx.new_int(start + i as i64 * step)),
            None => Err(cx.index_error("range object index out of range")),
        },
        None => Err(seq_index_error(cx, "range", key)),
    }
}

fn instance_getitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    let cls = type_of(cx, obj);
    let n = cx.rt.names.getitem;
    if let Some(f) = ops::user_lookup(cls, n) {
        return ops::call_dunder(cx, f, obj, &[key]);
    }
    let p = unwrap_payload(obj);
    if p != obj {
        if p.is_kind(Kind::Dict) {
            return dict_subclass_getitem(cx, obj, p, key);
        }
        return get_item(cx, p, key);
    }
    not_subscriptable(cx, obj)
}

/// `obj[key]` for an instance of a dict subclass (`d` its dict): the subclass's
/// `__missing__` answers a missing key.
fn dict_subclass_getitem(cx: &mut Ctx, obj: Value, d: Value, key: Value) -> PyResult<Value> {
    if let Some(v) = d.obj::<DictObj>().t.get(cx, key)? {
        return Ok(v);
    }
    let cls = type_of(cx, obj);
    let m = cx.rt.names.missing;
    if let Some(f) = ops::user_lookup(cls, m) {
        return ops::call_dunder(cx, f, obj, &[key]);
    }
    Err(cx.key_error(key))
}

pub fn set_item(cx: &mut Ctx, obj: Value, key: Value, val: Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::List) => {
            if key.is_kind(Kind::Slice) {
                return list_set_slice(cx, obj, key, val);
            }
            let Some(i) = index_value(cx, key)? else { return Err(seq_index_error(cx, "list", key)) };
            let items = &mut obj.obj::<ListObj>().items;
            match norm_index(i, items.len()) {
                Some(i) => {
                    items[i] = val;
                    Ok(())
                }
                None => Err(cx.index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => obj.obj::<DictObj>().t.set(cx, key, val),
        Some(Kind::Instance) => {
            let cls = type_of(cx, obj);
            let n = cx.rt.names.setitem;
            if let Some(f) = ops::user_lookup(cls, n) {
                ops::call_dunder(cx, f, obj, &[key, val])?;
                return Ok(());
            }
            let p = unwrap_payload(obj);
            if p != obj {
                return set_item(cx, p, key, val);
            }
            no_item_assignment(cx, obj)
        }
        _ => no_item_assignment(cx, obj),
    }
}

#[cold]
fn no_item_assignment(cx: &mut Ctx, obj: Value) -> PyResult<()> {
    let tn = type_name(cx, obj);
    Err(cx.type_error(format!("'{tn}' object does not support item assignment")))
}

fn list_set_slice(cx: &mut Ctx, obj: Value, key: Value, val: Value) -> PyResult<()> {
    // A list/tuple value other than the target is read in place (no copy).
    if val != obj && seq_items(val).is_some() {
        let len = obj.obj::<ListObj>().items.len();
        let (start, stop, step, n) = slice_indices(cx, key, len)?;
        // slice_indices may have run __index__: only use the indices if the list kept its length.
        let src = seq_items(val).unwrap_or(&[]);
        let items = &mut obj.obj::<ListObj>().items;
        if items.len() == len && assign_slice(items, start, stop, step, n, src) {
            return Ok(());
        }
    }
    // As CPython: the slice is resolved (step 0, bad indices) before the value
    // is iterated; the indices again only if that iteration resized the list.
    let len = obj.obj::<ListObj>().items.len();
    let (mut start, mut stop, mut step, mut n) = slice_indices(cx, key, len)?;
    let new: Vec<Value> = if val == obj {
        obj.obj::<ListObj>().items.clone()
    } else {
        let msg = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
        iter::collect_for(cx, val, msg)?
    };
    if obj.obj::<ListObj>().items.len() != len {
        (start, stop, step, n) = slice_indices(cx, key, obj.obj::<ListObj>().items.len())?;
    }
    let items = &mut obj.obj::<ListObj>().items;
    if step == 1 {
        let stop = stop.max(start) as usize;
        items.splice(start as usize..stop, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(cx.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    for (i, v) in new.into_iter().enumerate() {
        items[(start + i as i64 * step) as usize] = v;
    }
    Ok(())
}

pub fn del_item(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::List) => {
            let len = obj.obj::<ListObj>().items.len();
            if key.is_kind(Kind::Slice) {
                let (start, _, step, n) = slice_indices(cx, key, len)?;
                let items = &mut obj.obj::<ListObj>().items;
                if n == 0 {
                    return Ok(());
                }
                let mut idx: Vec<usize> = (0..n).map(|i| (start + i as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut k = 0;
                let mut j = 0;
                items.retain(|_| {
                    let keep = !(k < idx.len() && idx[k] == j);
                    if !keep {
                        k += 1;
                    }
                    j += 1;
                    keep
                });
                return Ok(());
            }
            let Some(i) = index_value(cx, key)? else { return Err(seq_index_error(cx, "list", key)) };
            match norm_index(i, len) {
                Some(i) => {
                    obj.obj::<ListObj>().items.remove(i);
                    Ok(())
                }
                None => Err(cx.index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => match obj.obj::<DictObj>().t.remove(cx, key)? {
            Some(_) => Ok(()),
            None => Err(cx.key_error(key)),
        },
        Some(Kind::Instance) => {
            let cls = type_of(cx, obj);
            let n = cx.rt.names.delitem;
            if let Some(f) = ops::user_lookup(cls, n) {
                ops::call_dunder(cx, f, obj, &[key])?;
                return Ok(());
            }
            let p = unwrap_payload(obj);
            if p != obj {
                return del_item(cx, p, key);
            }
            no_item_deletion(cx, obj)
        }
        _ => no_item_deletion(cx, obj),
    }
}

#[cold]
fn no_item_deletion(cx: &mut Ctx, obj: Value) -> PyResult<()> {
    let tn = type_name(cx, obj);
    Err(cx.type_error(format!("'{tn}' object doesn't support item deletion")))
}

// ---------------------------------------------------------------- contains / len

pub fn contains(cx: &mut Ctx, container: Value, item: Value) -> PyResult<bool> {
    match container.kind() {
        Some(Kind::List) | Some(Kind::Tuple) => {
            let mut i = 0;
            // Re-read each step: __eq__ may mutate the list.
            loop {
                let items = seq_items(container).unwrap();
                if i >= items.len() {
                    return Ok(false);
                }
                if ops::eq(cx, items[i], item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Some(Kind::Str) => match str_of(item) {
            Some(s) => Ok(crate::builtins::util::find_sub(container.obj::<StrObj>().as_str(), s).is_some()),
            None => {
                let tn = type_name(cx, item);
                Err(cx.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
            }
        },
        Some(Kind::Dict) => container.obj::<DictObj>().t.contains(cx, item),
        Some(Kind::Set) | Some(Kind::FrozenSet) => set_contains(cx, container, item),
        Some(Kind::Range) => {
            let r = container.obj::<RangeObj>();
            let Some(i) = (if item.is_kind(Kind::Instance) { None } else { int_of(item) }) else {
                if float_of(item).is_some() || bigint_ref(item).is_some() || item.is_kind(Kind::Instance) {
                    return iter::iter_contains(cx, container, item);
                }
                return Ok(false);
            };
            let (start, stop, step) = (r.start, r.stop, r.step);
            let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
            Ok(inside && (i - start) % step == 0)
        }
        Some(Kind::Bytes) => crate::builtins::bytes::buffer_contains(cx, container, item),
        Some(Kind::Instance) | Some(Kind::Class) => {
            let cls = type_of(cx, container);
            let n = cx.rt.names.contains;
            if let Some(f) = ops::user_lookup(cls, n) {
                let r = ops::call_dunder(cx, f, container, &[item])?;
                return ops::truthy(cx, r);
            }
            let p = unwrap_payload(container);
            if p != container && ops::user_lookup(cls, cx.rt.names.iter).is_none() {
                return contains(cx, p, item);
            }
            if ops::user_lookup(cls, cx.rt.names.iter).is_none() && ops::user_lookup(cls, cx.rt.names.getitem).is_none() {
                let tn = type_name(cx, container);
                return Err(cx.type_error(format!("argument of type '{tn}' is not iterable")));
            }
            iter::iter_contains(cx, container, item)
        }
        Some(Kind::Iter) => iter::view_contains(cx, container, item),
        _ => {
            if container.is_kind(Kind::Generator) {
                return iter::iter_contains(cx, container, item);
            }
            let tn = type_name(cx, container);
            Err(cx.type_error(format!("argument of type '{tn}' is not iterable")))
        }
    }
}

/// Set membership; an unhashable set key is looked up as a frozenset (CPython rule).
fn set_contains(cx: &mut Ctx, s: Value, item: Value) -> PyResult<bool> {
    if item.is_kind(Kind::Set) {
        let t = item.obj::<SetObj>().t.copy();
        let f = cx.new_set_from(t, true);
        return s.obj::<SetObj>().t.contains(cx, f);
    }
    s.obj::<SetObj>().t.contains(cx, item)
}

pub fn len(cx: &mut Ctx, v: Value) -> PyResult<usize> {
    match v.kind() {
        Some(Kind::Str) => Ok(v.obj::<StrObj>().nchars()),
        Some(Kind::List) => Ok(v.obj::<ListObj>().items.len()),
        Some(Kind::Tuple) => Ok(v.obj::<TupleObj>().items().len()),
        Some(Kind::Dict) => Ok(v.obj::<DictObj>().t.len()),
        Some(Kind::Set) | Some(Kind::FrozenSet) => Ok(v.obj::<SetObj>().t.len()),
        Some(Kind::Range) => Ok(ops::range_len(v.obj::<RangeObj>())),
        Some(Kind::Bytes) => Ok(v.obj::<BytesObj>().b.len()),
        Some(Kind::Instance) | Some(Kind::Class) => {
            let cls = type_of(cx, v);
            let n = cx.rt.names.len;
            if let Some(f) = ops::user_lookup(cls, n) {
                let r = ops::call_dunder(cx, f, v, &[])?;
                return ops::len_result(cx, r);
            }
            let p = unwrap_payload(v);
            if p != v {
                return len(cx, p);
            }
            no_len(cx, v)
        }
        Some(Kind::Iter) => match iter::view_len(v) {
            Some(n) => Ok(n),
            None => no_len(cx, v),
        },
        _ => no_len(cx, v),
    }
}

#[cold]
fn no_len(cx: &mut Ctx, v: Value) -> PyResult<usize> {
    let tn = type_name(cx, v);
    Err(cx.type_error(format!("object of type '{tn}' has no len()")))
}

// ---------------------------------------------------------------- dunder natives of builtin types

/// The builtin value behind `self` (payload of a subclass instance).
fn base_self(args: &[Value]) -> Value {
    unwrap_payload(args[0])
}

macro_rules! dunder_natives {
    ($($fname:ident($cx:ident, $a:ident) $body:block)*) => {
        $(fn $fname($cx: &mut Ctx, $a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> $body)*
    };
}

dunder_natives! {
    d_getitem(cx, a) {
        args::check_exact(cx, "__getitem__", a, &[], 2)?;
        let s = base_self(a);
        if s != a[0] && s.is_kind(Kind::Dict) {
            return dict_subclass_getitem(cx, a[0], s, a[1]);
        }
        get_item(cx, s, a[1])
    }
    d_setitem(cx, a) { args::check_exact(cx, "__setitem__", a, &[], 3)?; set_item(cx, base_self(a), a[1], a[2])?; Ok(Value::none()) }
    d_delitem(cx, a) { args::check_exact(cx, "__delitem__", a, &[], 2)?; del_item(cx, base_self(a), a[1])?; Ok(Value::none()) }
    d_contains(cx, a) { args::check_exact(cx, "__contains__", a, &[], 2)?; Ok(Value::bool(contains(cx, base_self(a), a[1])?)) }
    d_iter(cx, a) { args::check_exact(cx, "__iter__", a, &[], 1)?; get_iter(cx, base_self(a)) }
    d_repr(cx, a) { args::check_exact(cx, "__repr__", a, &[], 1)?; let s = repr_string(cx, base_self(a))?; Ok(cx.new_string(s)) }
    d_str(cx, a) { args::check_exact(cx, "__str__", a, &[], 1)?; let s = str_string(cx, base_self(a))?; Ok(cx.new_string(s)) }
    d_hash(cx, a) { args::check_exact(cx, "__hash__", a, &[], 1)?; let h = ops::hash(cx, base_self(a))?; Ok(cx.new_int(h)) }
    d_bool(cx, a) { args::check_exact(cx, "__bool__", a, &[], 1)?; Ok(Value::bool(ops::truthy(cx, base_self(a))?)) }
    d_eq(cx, a) { d_cmp(cx, a, CmpOp::Eq) }
    d_ne(cx, a) { d_cmp(cx, a, CmpOp::Ne) }
    d_lt(cx, a) { d_cmp(cx, a, CmpOp::Lt) }
    d_le(cx, a) { d_cmp(cx, a, CmpOp::Le) }
    d_gt(cx, a) { d_cmp(cx, a, CmpOp::Gt) }
    d_ge(cx, a) { d_cmp(cx, a, CmpOp::Ge) }
    d_sub(cx, a) { d_bin(cx, a, BinOp::Sub, false) }
    d_mod(cx, a) { d_bin(cx, a, BinOp::Mod, false) }
    d_and(cx, a) { d_bin(cx, a, BinOp::And, false) }
    d_or(cx, a) { d_bin(cx, a, BinOp::Or, false) }
    d_xor(cx, a) { d_bin(cx, a, BinOp::Xor, false) }
    d_neg(cx, a) { args::check_exact(cx, "__neg__", a, &[], 1)?; ops::unary_op(cx, crate::compile::UnOp::Neg, base_self(a)) }
    d_pos(cx, a) { args::check_exact(cx, "__pos__", a, &[], 1)?; ops::unary_op(cx, crate::compile::UnOp::Pos, base_self(a)) }
    d_abs(cx, a) {
        args::check_exact(cx, "__abs__", a, &[], 1)?;
        let v = base_self(a);
        let neg = ops::compare_bool(cx, CmpOp::Lt, v, Value::from_small(0))?;
        if neg { ops::unary_op(cx, crate::compile::UnOp::Neg, v) } else { Ok(v) }
    }
    d_list_init(cx, a) {
        args::check_range(cx, "__init__", a, &[], 1, 2)?;
        let items = if a.len() == 2 { iter::collect(cx, a[1])? } else { Vec::new() };
        if let Some(l) = list_vec(a[0]) { *l = items; }
        Ok(Value::none())
    }
    d_dict_init(cx, a) {
        if a.is_empty() || dict_obj(a[0]).is_none() {
            return Err(cx.type_error("descriptor '__init__' of 'dict' object needs an argument"));
        }
        let d = base_self(a);
        if a.len() > 2 { return Err(cx.type_error(format!("dict expected at most 1 argument, got {}", a.len() - 1))); }
        if a.len() == 2 { iter::dict_merge_any(cx, d, a[1])?; }
        Ok(Value::none())
    }
    d_set_init(cx, a) {
        args::check_range(cx, "__init__", a, &[], 1, 2)?;
        if set_obj(a[0]).is_none() {
            return Err(cx.type_error("descriptor '__init__' of 'set' object needs an argument"));
        }
        let s = base_self(a);
        if a.len() == 2 {
            let items = iter::collect(cx, a[1])?;
            for it in items { set_obj(s).unwrap().t.set(cx, it, Value::none())?; }
        }
        Ok(Value::none())
    }
    d_noop_init(_cx, a) { let _ = a; Ok(Value::none()) }
}

fn d_dict_init_kw(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    d_dict_init(cx, a, &[])?;
    let d = base_self(a);
    for &(k, v) in kw {
        dict_obj(d).unwrap().t.set(cx, k, v)?;
    }
    Ok(Value::none())
}

fn d_cmp(cx: &mut Ctx, a: &[Value], op: CmpOp) -> PyResult<Value> {
    args::check_exact(cx, "comparison", a, &[], 2)?;
    let (x, y) = (base_self(a), unwrap_payload(a[1]));
    Ok(ops::builtin_compare(cx, op, x, y)?.unwrap_or(Value::not_implemented()))
}

fn d_bin(cx: &mut Ctx, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    args::check_exact(cx, "operator", a, &[], 2)?;
    let (x, y) = (base_self(a), unwrap_payload(a[1]));
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    if x.is_kind(Kind::Instance) || y.is_kind(Kind::Instance) {
        return Ok(Value::not_implemented());
    }
    Ok(ops::builtin_binop(cx, op, x, y)?.unwrap_or(Value::not_implemented()))
}

/// `self` of a dunder of builtin class `cname` (a subclass instance: its
/// payload), whose layout `ok` accepts; else CPython's descriptor TypeError.
fn owner_self(cx: &mut Ctx, a: &[Value], name: &str, cname: &str, ok: fn(Kind) -> bool) -> PyResult<Value> {
    let Some(&v) = a.first() else {
        return Err(cx.type_error(format!("descriptor '{name}' of '{cname}' object needs an argument")));
    };
    let p = unwrap_payload(v);
    if p.kind().is_some_and(ok) {
        return Ok(p);
    }
    let tn = type_name(cx, v);
    Err(cx.type_error(format!("descriptor '{name}' requires a '{cname}' object but received a '{tn}'")))
}

/// Dunders that know their class (natives do not): `fname: cls kinds,
/// "__name__", nargs => imp` (`cls` a `Types` field, also the class name)
/// checks self ([`owner_self`]) and the
/// argument count, then runs `imp(cx, self, args)`; `owned_dunders(types)`
/// lists (class, name, native) for installing them.
macro_rules! owned_dunders {
    ($($fname:ident: $cls:ident $kinds:pat, $name:literal, $n:literal => $imp:expr;)*) => {
        $(fn $fname(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let s = owner_self(cx, a, $name, stringify!($cls), |k| matches!(k, $kinds))?;
            args::check_exact(cx, $name, a, &[], $n)?;
            ($imp)(cx, s, a)
        })*
        fn owned_dunders(t: &super::types::Types) -> Vec<(*mut ClassObj, &'static str, NativeFn)> {
            vec![$((t.$cls, $name, $fname as NativeFn)),*]
        }
    };
}

/// `len(self)` (`__len__`).
fn own_len(cx: &mut Ctx, s: Value, _a: &[Value]) -> PyResult<Value> {
    let n = len(cx, s)?;
    Ok(cx.new_int(n as i64))
}

/// Sequence `__add__` (CPython's sq_concat: a TypeError, not NotImplemented,
/// for another type; `s + x` itself still tries `x.__radd__`).
fn seq_concat(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    let y = unwrap_payload(a[1]);
    if !y.is_kind(Kind::Instance) {
        if let Some(r) = ops::builtin_binop(cx, BinOp::Add, s, y)? {
            return Ok(r);
        }
    }
    let (cn, tn) = (type_name(cx, s), type_name(cx, a[1]));
    Err(cx.type_error(if s.is_kind(Kind::Bytes) {
        format!("can't concat {tn} to {cn}")
    } else {
        format!("can only concatenate {cn} (not \"{tn}\") to {cn}")
    }))
}

/// The repeat count of sequence `__mul__` / `__rmul__` / `__imul__`: an int,
/// or what an instance's `__index__` returns (CPython's sq_repeat takes an
/// index; other types are a TypeError).
fn seq_count(cx: &mut Ctx, n: Value) -> PyResult<Value> {
    let p = unwrap_payload(n);
    if is_int_value(p) {
        return Ok(p);
    }
    if n.is_kind(Kind::Instance) {
        let name = cx.rt.names.index;
        if let Some(f) = ops::user_lookup(type_of(cx, n), name) {
            let r = ops::call_dunder(cx, f, n, &[])?;
            if is_int_value(unwrap_payload(r)) {
                return Ok(unwrap_payload(r));
            }
            let tn = type_name(cx, r);
            return Err(cx.type_error(format!("__index__ returned non-int (type {tn})")));
        }
    }
    let tn = type_name(cx, n);
    Err(cx.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

fn seq_repeat(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    let n = seq_count(cx, a[1])?;
    ops::binary_op(cx, BinOp::Mul, s, n)
}

/// `list.__iadd__` (extend by any iterable) / `__imul__`: self, mutated.
fn list_iadd(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    ops::inplace_op(cx, BinOp::Add, s, a[1])?;
    Ok(a[0])
}

fn list_imul(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    let n = seq_count(cx, a[1])?;
    ops::inplace_op(cx, BinOp::Mul, s, n)?;
    Ok(a[0])
}

/// `set.__ior__` & co: self updated by another set or frozenset, else
/// NotImplemented (as CPython's set slots).
fn set_inplace(cx: &mut Ctx, s: Value, a: &[Value], op: BinOp) -> PyResult<Value> {
    let y = unwrap_payload(a[1]);
    if !matches!(y.kind(), Some(Kind::Set | Kind::FrozenSet)) {
        return Ok(Value::not_implemented());
    }
    ops::inplace_op(cx, op, s, y)?;
    Ok(a[0])
}

/// `dict.__ior__`: `self.update(other)` (any mapping or iterable of pairs).
fn dict_ior(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    iter::dict_merge_any(cx, s, a[1])?;
    Ok(a[0])
}

/// A reflected binary dunder (`__ror__`, `__rand__`, ...): `other OP self`
/// for a builtin operand, else NotImplemented.
fn reflected(cx: &mut Ctx, s: Value, a: &[Value], op: BinOp) -> PyResult<Value> {
    let y = unwrap_payload(a[1]);
    if y.is_kind(Kind::Instance) {
        return Ok(Value::not_implemented());
    }
    Ok(ops::builtin_binop(cx, op, y, s)?.unwrap_or(Value::not_implemented()))
}

/// `str.__rmod__` / `bytes.__rmod__`: `other % self` when other is the same
/// kind of text, else NotImplemented.
fn text_rmod(cx: &mut Ctx, s: Value, a: &[Value]) -> PyResult<Value> {
    let y = unwrap_payload(a[1]);
    if y.kind() != s.kind() {
        return Ok(Value::not_implemented());
    }
    ops::binary_op(cx, BinOp::Mod, y, s)
}

owned_dunders! {
    str_len: str Kind::Str, "__len__", 1 => own_len;
    list_len: list Kind::List, "__len__", 1 => own_len;
    tuple_len: tuple Kind::Tuple, "__len__", 1 => own_len;
    dict_len: dict Kind::Dict, "__len__", 1 => own_len;
    set_len: set Kind::Set, "__len__", 1 => own_len;
    frozenset_len: frozenset Kind::FrozenSet, "__len__", 1 => own_len;
    range_len: range Kind::Range, "__len__", 1 => own_len;
    bytes_len: bytes Kind::Bytes, "__len__", 1 => own_len;
    str_add: str Kind::Str, "__add__", 2 => seq_concat;
    list_add: list Kind::List, "__add__", 2 => seq_concat;
    tuple_add: tuple Kind::Tuple, "__add__", 2 => seq_concat;
    bytes_add: bytes Kind::Bytes, "__add__", 2 => seq_concat;
    str_mul: str Kind::Str, "__mul__", 2 => seq_repeat;
    list_mul: list Kind::List, "__mul__", 2 => seq_repeat;
    tuple_mul: tuple Kind::Tuple, "__mul__", 2 => seq_repeat;
    bytes_mul: bytes Kind::Bytes, "__mul__", 2 => seq_repeat;
    str_rmul: str Kind::Str, "__rmul__", 2 => seq_repeat;
    list_rmul: list Kind::List, "__rmul__", 2 => seq_repeat;
    tuple_rmul: tuple Kind::Tuple, "__rmul__", 2 => seq_repeat;
    bytes_rmul: bytes Kind::Bytes, "__rmul__", 2 => seq_repeat;
    str_rmod: str Kind::Str, "__rmod__", 2 => text_rmod;
    bytes_rmod: bytes Kind::Bytes, "__rmod__", 2 => text_rmod;
    list_iadd_d: list Kind::List, "__iadd__", 2 => list_iadd;
    list_imul_d: list Kind::List, "__imul__", 2 => list_imul;
    set_ior: set Kind::Set, "__ior__", 2 => |cx, s, a| set_inplace(cx, s, a, BinOp::Or);
    set_iand: set Kind::Set, "__iand__", 2 => |cx, s, a| set_inplace(cx, s, a, BinOp::And);
    set_isub: set Kind::Set, "__isub__", 2 => |cx, s, a| set_inplace(cx, s, a, BinOp::Sub);
    set_ixor: set Kind::Set, "__ixor__", 2 => |cx, s, a| set_inplace(cx, s, a, BinOp::Xor);
    set_ror: set Kind::Set, "__ror__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Or);
    set_rand: set Kind::Set, "__rand__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::And);
    set_rsub: set Kind::Set, "__rsub__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Sub);
    set_rxor: set Kind::Set, "__rxor__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Xor);
    frozenset_ror: frozenset Kind::FrozenSet, "__ror__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Or);
    frozenset_rand: frozenset Kind::FrozenSet, "__rand__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::And);
    frozenset_rsub: frozenset Kind::FrozenSet, "__rsub__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Sub);
    frozenset_rxor: frozenset Kind::FrozenSet, "__rxor__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Xor);
    dict_ior_d: dict Kind::Dict, "__ior__", 2 => dict_ior;
    dict_ror: dict Kind::Dict, "__ror__", 2 => |cx, s, a| reflected(cx, s, a, BinOp::Or);
}

/// Install dunder natives on builtin classes (used via `super()` or `int.__add__`).
pub fn install_dunders(cx: &mut Ctx) {
    let t = cx.rt.types;
    let containers = [t.list, t.dict, t.tuple, t.str, t.set, t.frozenset, t.range, t.bytes];
    let numbers = [t.int, t.float, t.bool];
    let (list, dict, set) = (t.list, t.dict, t.set);
    for c in containers {
        def_method(cx, c, "__contains__", d_contains);
        def_method(cx, c, "__iter__", d_iter);
    }
    for c in [list, dict, t.tuple, t.str, t.range, t.bytes] {
        def_method(cx, c, "__getitem__", d_getitem);
    }
    for c in [list, dict] {
        def_method(cx, c, "__setitem__", d_setitem);
        def_method(cx, c, "__delitem__", d_delitem);
    }
    let all: Vec<*mut ClassObj> = containers.iter().chain(numbers.iter()).copied().collect();
    for c in all {
        def_method(cx, c, "__repr__", d_repr);
        def_method(cx, c, "__str__", d_str);
        if c != list && c != dict && c != set {
            def_method(cx, c, "__hash__", d_hash);
        } else {
            // Mutable containers are unhashable: `list.__hash__ is None`.
            dict_set_str(cx, cls_ref(c).dict, "__hash__", Value::none());
        }
    }
    // Numbers' arithmetic, bitwise and comparison dunders are `builtins::nums`'
    // (NotImplemented for foreign operands, as CPython's slot wrappers).
    for c in containers {
        def_method(cx, c, "__eq__", d_eq);
        def_method(cx, c, "__ne__", d_ne);
        def_method(cx, c, "__lt__", d_lt);
        def_method(cx, c, "__le__", d_le);
        def_method(cx, c, "__gt__", d_gt);
        def_method(cx, c, "__ge__", d_ge);
    }
    for c in numbers {
        def_method(cx, c, "__bool__", d_bool);
        def_method(cx, c, "__neg__", d_neg);
        def_method(cx, c, "__pos__", d_pos);
        def_method(cx, c, "__abs__", d_abs);
    }
    for c in [t.set, t.frozenset] {
        def_method(cx, c, "__and__", d_and);
        def_method(cx, c, "__or__", d_or);
        def_method(cx, c, "__xor__", d_xor);
        def_method(cx, c, "__sub__", d_sub);
    }
    // Sequences' concat / repeat (TypeErrors, not NotImplemented), the
    // in-place and reflected set / dict operators, each knowing its class.
    for (c, name, f) in owned_dunders(&t) {
        def_method(cx, c, name, f);
    }
    for c in [t.str, t.bytes] {
        def_method(cx, c, "__mod__", d_mod);
    }
    def_method(cx, dict, "__or__", d_or);
    def_method(cx, list, "__init__", d_list_init);
    def_method(cx, dict, "__init__", d_dict_init_kw);
    def_method(cx, set, "__init__", d_set_init);
    let ga = t.generic_alias;
    def_method(cx, ga, "__call__", alias_call);
    // Its dunders are the natives in its dict (as a user class's are).
    cls_ref(ga).flags &= !types::CF_BUILTIN;
    let m = cx.intern("types");
    dict_set_str(cx, cls_ref(ga).dict, "__module__", m);
    def_method(cx, ga, "__new__", alias_new);
    def_method(cx, ga, "__repr__", alias_repr);
    def_method(cx, ga, "__eq__", alias_eq);
    def_method(cx, ga, "__hash__", alias_hash);
    let _ = d_noop_init;
}
