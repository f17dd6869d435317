//! Iteration: builtin iterator states (`IterState`), dict views, `get_iter` /
//! `iter_next` dispatching to builtin iterators, generators (through the VM)
//! and user `__iter__`/`__next__` objects; enumerate/zip/map/filter/reversed.
use super::*;
use crate::compile::{BinOp, CmpOp};
use crate::heap::{Heap, Trace};

pub const VIEW_KEYS: u8 = 0;
pub const VIEW_VALUES: u8 = 1;
pub const VIEW_ITEMS: u8 = 2;

pub enum IterState {
    /// list / tuple by index (the list may change while iterating).
    Seq { seq: Value, idx: usize },
    /// reversed(list/tuple).
    SeqRev { seq: Value, idx: usize },
    /// str by byte position.
    Str { s: Value, pos: usize },
    Bytes { b: Value, idx: usize },
    Range { cur: i64, step: i64, left: u64 },
    /// dict keys/values/items (`kind`), set elements (kind = keys); `len` = size at start.
    Table { obj: Value, kind: u8, pos: usize, len: usize },
    Enumerate { it: Value, n: i64 },
    /// enumerate() past i64: the count is a Python int.
    EnumerateBig { it: Value, n: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { f: Value, its: Vec<Value> },
    /// `f` None = identity.
    Filter { f: Value, it: Value },
    /// Sequence protocol: `obj[i]` until IndexError (also reversed() via len/getitem).
    GetItem { obj: Value, idx: i64, step: i64 },
    Callable { f: Value, sentinel: Value },
    /// A dict view object (not an iterator).
    DictView { d: Value, kind: u8 },
    Done,
}

impl Trace for IterState {
    fn trace(&self, m: &mut Heap) {
        match self {
            IterState::Seq { seq, .. } | IterState::SeqRev { seq, .. } => m.mark(*seq),
            IterState::Str { s, .. } => m.mark(*s),
            IterState::Bytes { b, .. } => m.mark(*b),
            IterState::Table { obj, .. } => m.mark(*obj),
            IterState::Enumerate { it, .. } => m.mark(*it),
            IterState::EnumerateBig { it, n } => {
                m.mark(*it);
                m.mark(*n);
            }
            IterState::Zip { its, .. } => m.mark_all(its),
            IterState::Map { f, its } => {
                m.mark(*f);
                m.mark_all(its);
            }
            IterState::Filter { f, it } => {
                m.mark(*f);
                m.mark(*it);
            }
            IterState::GetItem { obj, .. } => m.mark(*obj),
            IterState::Callable { f, sentinel } => {
                m.mark(*f);
                m.mark(*sentinel);
            }
            IterState::DictView { d, .. } => m.mark(*d),
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}

fn new_it(cx: &mut Ctx, cls: *mut ClassObj, st: IterState) -> Value {
    cx.new_iter(cls, st)
}

/// `iter(v)`.
pub fn get_iter(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let t = &cx.rt.types;
    match v.kind() {
        Some(Kind::List) => {
            let c = t.list_iterator;
            Ok(new_it(cx, c, IterState::Seq { seq: v, idx: 0 }))
        }
        Some(Kind::Tuple) => {
            let c = t.tuple_iterator;
            Ok(new_it(cx, c, IterState::Seq { seq: v, idx: 0 }))
        }
        Some(Kind::Str) => {
            let c = t.str_iterator;
            Ok(new_it(cx, c, IterState::Str { s: v, pos: 0 }))
        }
        Some(Kind::Range) => {
            let r = v.obj::<RangeObj>();
            let c = t.range_iterator;
            let left = ops::range_len(r) as u64;
            let st = IterState::Range { cur: r.start, step: r.step, left };
            Ok(new_it(cx, c, st))
        }
        Some(Kind::Dict) => {
            let c = t.dict_keyiterator;
            let len = v.obj::<DictObj>().t.len();
            Ok(new_it(cx, c, IterState::Table { obj: v, kind: VIEW_KEYS, pos: 0, len }))
        }
        Some(Kind::Set) | Some(Kind::FrozenSet) => {
            let c = t.set_iterator;
            let len = v.obj::<SetObj>().t.len();
            Ok(new_it(cx, c, IterState::Table { obj: v, kind: VIEW_KEYS, pos: 0, len }))
        }
        Some(Kind::Bytes) => {
            let c = t.iterator;
            Ok(new_it(cx, c, IterState::Bytes { b: v, idx: 0 }))
        }
        Some(Kind::Iter) => {
            if let IterState::DictView { d, kind } = v.obj::<IterObj>().st {
                let c = match kind {
                    VIEW_KEYS => t.dict_keyiterator,
                    VIEW_VALUES => t.dict_valueiterator,
                    _ => t.dict_itemiterator,
                };
                let len = dict_obj(d).unwrap().t.len();
                let d = unwrap_payload(d);
                return Ok(new_it(cx, c, IterState::Table { obj: d, kind, pos: 0, len }));
            }
            Ok(v)
        }
        Some(Kind::Generator) | Some(Kind::File) => Ok(v),
        Some(Kind::Instance) | Some(Kind::Exception) | Some(Kind::Class) => instance_iter(cx, v),
        _ => Err(not_iterable(cx, v)),
    }
}

#[cold]
fn not_iterable(cx: &mut Ctx, v: Value) -> crate::Exc {
    let tn = type_name(cx, v);
    cx.type_error(format!("'{tn}' object is not iterable"))
}

fn instance_iter(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let cls = type_of(cx, v);
    let n = cx.rt.names.iter;
    if let Some(f) = ops::user_lookup(cls, n) {
        if f.is_none() {
            return Err(not_iterable(cx, v));
        }
        let it = ops::call_dunder(cx, f, v, &[])?;
        if !is_iterator(cx, it) {
            let tn = type_name(cx, it);
            return Err(cx.type_error(format!("iter() returned non-iterator of type '{tn}'")));
        }
        return Ok(it);
    }
    let p = unwrap_payload(v);
    if p != v {
        return get_iter(cx, p);
    }
    let g = cx.rt.names.getitem;
    if ops::user_lookup(cls, g).is_some() {
        let c = cx.rt.types.iterator;
        return Ok(new_it(cx, c, IterState::GetItem { obj: v, idx: 0, step: 1 }));
    }
    Err(not_iterable(cx, v))
}

/// Has `__next__` (builtin iterators, generators, files, user iterators).
pub fn is_iterator(cx: &Ctx, v: Value) -> bool {
    match v.kind() {
        Some(Kind::Iter) => !matches!(v.obj::<IterObj>().st, IterState::DictView { .. }),
        Some(Kind::Generator) | Some(Kind::File) => true,
        Some(Kind::Instance) | Some(Kind::Exception) => ops::user_lookup(type_of(cx, v), cx.rt.names.next).is_some(),
        _ => false,
    }
}

/// `next(it)`: Ok(None) when exhausted.
#[inline]
pub fn iter_next(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    cx.rt.gen_return = Value::UNBOUND;
    match it.kind() {
        Some(Kind::Iter) => iter_state_next(cx, it),
        Some(Kind::Generator) => shim::gen_next(cx, it),
        Some(Kind::File) => file::file_next(cx, it),
        Some(Kind::Instance) | Some(Kind::Exception) => user_next(cx, it),
        _ => {
            let tn = type_name(cx, it);
            Err(cx.type_error(format!("'{tn}' object is not an iterator")))
        }
    }
}

fn user_next(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let cls = type_of(cx, it);
    let n = cx.rt.names.next;
    let Some(f) = ops::user_lookup(cls, n) else {
        let tn = type_name(cx, it);
        return Err(cx.type_error(format!("'{tn}' object is not an iterator")));
    };
    match ops::call_dunder(cx, f, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) => stop_to_none(cx, e),
    }
}

/// `next(it)` without a default: raises StopIteration when exhausted, carrying
/// a generator's return value (`StopIteration.value`) or a user iterator's own
/// StopIteration unchanged.
pub fn next_or_stop(cx: &mut Ctx, it: Value) -> PyResult<Value> {
    match it.kind() {
        Some(Kind::Generator) => match crate::vm::gen_resume(cx, it, Value::none(), None)? {
            crate::vm::GenStep::Yield(v) => Ok(v),
            crate::vm::GenStep::Return(v) => Err(cx.stop_iteration(v)),
        },
        Some(Kind::Instance) | Some(Kind::Exception) => {
            let cls = type_of(cx, it);
            let n = cx.rt.names.next;
            match ops::user_lookup(cls, n) {
                Some(f) => ops::call_dunder(cx, f, it, &[]),
                None => {
                    let tn = type_name(cx, it);
                    Err(cx.type_error(format!("'{tn}' object is not an iterator")))
                }
            }
        }
        _ => match iter_next(cx, it)? {
            Some(v) => Ok(v),
            None => Err(cx.stop_iteration(Value::UNBOUND)),
        },
    }
}

/// StopIteration -> Ok(None); other exceptions propagate.
pub fn stop_to_none(cx: &mut Ctx, e: crate::Exc) -> PyResult<Option<Value>> {
    if cx.exc_is(cx.rt.types.stop_iteration) {
        cx.exc = Value::UNBOUND;
        Ok(None)
    } else {
        Err(e)
    }
}

fn iter_state_next(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let st = &mut it.obj::<IterObj>().st;
    match st {
        IterState::Seq { seq, idx } => {
            let items = seq_items(*seq).unwrap();
            if *idx < items.len() {
                *idx += 1;
                Ok(Some(items[*idx - 1]))
            } else {
                *st = IterState::Done;
                Ok(None)
            }
        }
        IterState::SeqRev { seq, idx } => {
            let items = seq_items(*seq).unwrap();
            if *idx > 0 && *idx <= items.len() {
                *idx -= 1;
                Ok(Some(items[*idx]))
            } else {
                *st = IterState::Done;
                Ok(None)
            }
        }
        IterState::Range { cur, step, left } => {
            if *left == 0 {
                return Ok(None);
            }
            let v = *cur;
            *left -= 1;
            *cur = cur.wrapping_add(*step);
            Ok(Some(cx.new_int(v)))
        }
        IterState::Str { s, pos } => {
            let text = &s.obj::<StrObj>().as_str();
            let p = *pos;
            if let Some(&b) = text.as_bytes().get(p) {
                if b < 0x80 {
                    *pos += 1;
                    return Ok(Some(cx.ascii_char(b)));
                }
            }
            let Some(c) = text[p..].chars().next() else { return Ok(None) };
            let l = c.len_utf8();
            *pos += l;
            let piece = &text[p..p + l];
            Ok(Some(if l == 1 { cx.intern(piece) } else { cx.new_str(piece) }))
        }
        IterState::Bytes { b, idx } => {
            let bytes = &b.obj::<BytesObj>().b;
            if *idx < bytes.len() {
                *idx += 1;
                Ok(Some(Value::from_small(bytes[*idx - 1] as i64)))
            } else {
                Ok(None)
            }
        }
        IterState::Table { obj, kind, pos, len } => {
            let (o, k, l) = (*obj, *kind, *len);
            let is_dict = o.kind() == Some(Kind::Dict);
            let now = if is_dict { o.obj::<DictObj>().t.len() } else { o.obj::<SetObj>().t.len() };
            if now != l {
                *st = IterState::Done;
                let what = if o.is_kind(Kind::Dict) { "dictionary" } else { "Set" };
                return Err(cx.runtime_error(format!("{what} changed size during iteration")));
            }
            let next = if is_dict { o.obj::<DictObj>().t.next_entry(pos) } else { o.obj::<SetObj>().t.next_entry(pos) };
            match next {
                None => Ok(None),
                Some((key, val)) => Ok(Some(match k {
                    VIEW_KEYS => key,
                    VIEW_VALUES => val,
                    _ => cx.new_tuple_from(&[key, val]),
                })),
            }
        }
        IterState::Enumerate { it: inner, n } => {
            let (inner, i) = (*inner, *n);
            match iter_next(cx, inner)? {
                None => Ok(None),
                Some(x) => {
                    let iv = cx.new_int(i);
                    let st = &mut it.obj::<IterObj>().st;
                    match i.checked_add(1) {
                        Some(next) => *st = IterState::Enumerate { it: inner, n: next },
                        None => {
                            let n = cx.new_bigint(BigInt::from(i) + 1);
                            it.obj::<IterObj>().st = IterState::EnumerateBig { it: inner, n };
                        }
                    }
                    Ok(Some(cx.new_tuple_from(&[iv, x])))
                }
            }
        }
        IterState::EnumerateBig { it: inner, n } => {
            let (inner, i) = (*inner, *n);
            match iter_next(cx, inner)? {
                None => Ok(None),
                Some(x) => {
                    let next = ops::binary_op(cx, BinOp::Add, i, Value::from_small(1))?;
                    it.obj::<IterObj>().st = IterState::EnumerateBig { it: inner, n: next };
                    Ok(Some(cx.new_tuple_from(&[i, x])))
                }
            }
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            zip_next(cx, it, &its, strict)
        }
        IterState::Map { f, its } => {
            let (f, its) = (*f, its.clone());
            let mut args = Vec::with_capacity(its.len());
            for &i in &its {
                match iter_next(cx, i)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            call(cx, f, &args, &[]).map(Some)
        }
        IterState::Filter { f, it: inner } => {
            let (f, inner) = (*f, *inner);
            loop {
                let Some(x) = iter_next(cx, inner)? else { return Ok(None) };
                let keep = if f.is_none() {
                    ops::truthy(cx, x)?
                } else {
                    let r = call(cx, f, &[x], &[])?;
                    ops::truthy(cx, r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::GetItem { obj, idx, step } => {
            let (o, i, s) = (*obj, *idx, *step);
            if i < 0 {
                return Ok(None);
            }
            let key = Value::from_small(i);
            match get_item(cx, o, key) {
                Ok(v) => {
                    if let IterState::GetItem { idx, .. } = &mut it.obj::<IterObj>().st {
                        *idx += s;
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    if cx.exc_is(cx.rt.types.index_error) || cx.exc_is(cx.rt.types.stop_iteration) {
                        cx.exc = Value::UNBOUND;
                        it.obj::<IterObj>().st = IterState::Done;
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
        IterState::Callable { f, sentinel } => {
            let (f, s) = (*f, *sentinel);
            let v = call(cx, f, &[], &[])?;
            if ops::eq(cx, v, s)? {
                it.obj::<IterObj>().st = IterState::Done;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::DictView { .. } => {
            let tn = type_name(cx, it);
            Err(cx.type_error(format!("'{tn}' object is not an iterator")))
        }
        IterState::Done => Ok(None),
    }
}

fn zip_next(cx: &mut Ctx, it: Value, its: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for (k, &i) in its.iter().enumerate() {
        match iter_next(cx, i)? {
            Some(x) => out.push(x),
            None => {
                it.obj::<IterObj>().st = IterState::Done;
                if strict {
                    if k > 0 {
                        let plural = if k == 1 { " " } else { "s 1-" };
                        return Err(cx.value_error(format!("zip() argument {} is shorter than argument{plural}{}", k + 1, k)));
                    }
                    for (j, &rest) in its.iter().enumerate().skip(1) {
                        if iter_next(cx, rest)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(cx.value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j)));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(cx.new_tuple(out)))
}

/// All items of an iterable.
pub fn collect(cx: &mut Ctx, v: Value) -> PyResult<Vec<Value>> {
    if let Some(items) = plain_seq_items(v) {
        return Ok(items.to_vec());
    }
    if let Some(d) = v.downcast::<DictObj>(Kind::Dict) {
        return Ok(d.t.keys());
    }
    let it = get_iter(cx, v)?;
    let mut out = Vec::new();
    while let Some(x) = iter_next(cx, it)? {
        out.push(x);
    }
    Ok(out)
}

/// `collect`, with CPython's "X must be an iterable" style message on failure.
pub fn collect_for(cx: &mut Ctx, v: Value, msg: &str) -> PyResult<Vec<Value>> {
    match collect(cx, v) {
        Ok(x) => Ok(x),
        Err(e) => {
            if cx.exc_is(cx.rt.types.type_error) && get_iter_check(cx, v) {
                return Err(cx.type_error(msg.to_string()));
            }
            Err(e)
        }
    }
}

fn get_iter_check(cx: &mut Ctx, v: Value) -> bool {
    !matches!(v.kind(), Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Dict | Kind::Set | Kind::Instance | Kind::Iter | Kind::Generator)) && !cx.exc.is_unbound()
}

/// `x in iterable` by iteration.
pub fn iter_contains(cx: &mut Ctx, container: Value, item: Value) -> PyResult<bool> {
    let it = get_iter(cx, container)?;
    while let Some(x) = iter_next(cx, it)? {
        if ops::eq(cx, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// dict.update(other) for a dict, a mapping with keys(), or an iterable of pairs.
pub fn dict_merge_any(cx: &mut Ctx, d: Value, other: Value) -> PyResult<()> {
    if dict_obj(other).is_some() && !other.is_kind(Kind::Instance) {
        return ops::dict_update_from(cx, d, other);
    }
    if other.is_kind(Kind::Instance) {
        let k = cx.intern("keys");
        if let Some(keys) = attr::get_attr_opt(cx, other, k)? {
            let ks = call(cx, keys, &[], &[])?;
            let ks = collect(cx, ks)?;
            for key in ks {
                let v = get_item(cx, other, key)?;
                dict_obj(d).unwrap().t.set(cx, key, v)?;
            }
            return Ok(());
        }
    }
    let it = get_iter(cx, other)?;
    let mut i = 0;
    while let Some(pair) = iter_next(cx, it)? {
        let items = match seq_items(pair) {
            Some(s) => s.to_vec(),
            None => match collect(cx, pair) {
                Ok(v) => v,
                Err(_) => {
                    cx.exc = Value::UNBOUND;
                    return Err(cx.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
            },
        };
        if items.len() != 2 {
            return Err(cx.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            )));
        }
        dict_obj(d).unwrap().t.set(cx, items[0], items[1])?;
        i += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------- constructors

/// A dict view (`d.keys()` / `values()` / `items()`).
pub fn new_dict_view(cx: &mut Ctx, d: Value, kind: u8) -> Value {
    let t = &cx.rt.types;
    let c = match kind {
        VIEW_KEYS => t.dict_keys,
        VIEW_VALUES => t.dict_values,
        _ => t.dict_items,
    };
    new_it(cx, c, IterState::DictView { d, kind })
}

/// `iter(f, sentinel)`.
pub fn new_callable_iter(cx: &mut Ctx, f: Value, sentinel: Value) -> Value {
    let c = cx.rt.types.callable_iterator;
    new_it(cx, c, IterState::Callable { f, sentinel })
}

pub fn new_enumerate(cx: &mut Ctx, iterable: Value, start: i64) -> PyResult<Value> {
    let it = get_iter(cx, iterable)?;
    let c = cx.rt.types.enumerate;
    Ok(new_it(cx, c, IterState::Enumerate { it, n: start }))
}

pub fn new_zip(cx: &mut Ctx, iterables: &[Value], strict: bool) -> PyResult<Value> {
    let mut its = Vec::with_capacity(iterables.len());
    for &x in iterables {
        its.push(get_iter(cx, x)?);
    }
    let c = cx.rt.types.zip;
    Ok(new_it(cx, c, IterState::Zip { its, strict }))
}

pub fn new_map(cx: &mut Ctx, f: Value, iterables: &[Value]) -> PyResult<Value> {
    let mut its = Vec::with_capacity(iterables.len());
    for &x in iterables {
        its.push(get_iter(cx, x)?);
    }
    let c = cx.rt.types.map;
    Ok(new_it(cx, c, IterState::Map { f, its }))
}

pub fn new_filter(cx: &mut Ctx, f: Value, iterable: Value) -> PyResult<Value> {
    let it = get_iter(cx, iterable)?;
    let c = cx.rt.types.filter;
    Ok(new_it(cx, c, IterState::Filter { f, it }))
}

pub fn new_reversed(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    match v.kind() {
        Some(Kind::List) | Some(Kind::Tuple) => {
            let n = seq_items(v).unwrap().len();
            let c = if v.is_kind(Kind::List) { cx.rt.types.list_reverseiterator } else { cx.rt.types.reversed };
            Ok(new_it(cx, c, IterState::SeqRev { seq: v, idx: n }))
        }
        Some(Kind::Range) => {
            let r = v.obj::<RangeObj>();
            let n = ops::range_len(r) as i64;
            let last = r.start + (n - 1) * r.step;
            let c = cx.rt.types.range_iterator;
            let st = IterState::Range { cur: last, step: -r.step, left: n.max(0) as u64 };
            Ok(new_it(cx, c, st))
        }
        Some(Kind::Dict) => {
            let keys = v.obj::<DictObj>().t.keys();
            let l = cx.new_list(keys);
            let n = len(cx, l)?;
            let c = cx.rt.types.reversed;
            Ok(new_it(cx, c, IterState::SeqRev { seq: l, idx: n }))
        }
        Some(Kind::Iter) if matches!(v.obj::<IterObj>().st, IterState::DictView { .. }) => {
            let items = collect(cx, v)?;
            let n = items.len();
            let l = cx.new_list(items);
            let c = cx.rt.types.reversed;
            Ok(new_it(cx, c, IterState::SeqRev { seq: l, idx: n }))
        }
        Some(Kind::Str) | Some(Kind::Bytes) => {
            let n = len(cx, v)? as i64;
            let c = cx.rt.types.reversed;
            Ok(new_it(cx, c, IterState::GetItem { obj: v, idx: n - 1, step: -1 }))
        }
        Some(Kind::Instance) | Some(Kind::Class) => {
            let cls = type_of(cx, v);
            let rn = cx.rt.names.reversed;
            if let Some(f) = ops::user_lookup(cls, rn) {
                return ops::call_dunder(cx, f, v, &[]);
            }
            let p = unwrap_payload(v);
            if p != v {
                return new_reversed(cx, p);
            }
            let (g, l) = (cx.rt.names.getitem, cx.rt.names.len);
            if ops::user_lookup(cls, g).is_some() && ops::user_lookup(cls, l).is_some() {
                let n = len(cx, v)? as i64;
                let c = cx.rt.types.reversed;
                return Ok(new_it(cx, c, IterState::GetItem { obj: v, idx: n - 1, step: -1 }));
            }
            let tn = type_name(cx, v);
            Err(cx.type_error(format!("'{tn}' object is not reversible")))
        }
        _ => {
            let tn = type_name(cx, v);
            Err(cx.type_error(format!("'{tn}' object is not reversible")))
        }
    }
}

// ---------------------------------------------------------------- dict views

pub fn view_len(v: Value) -> Option<usize> {
    match v.obj::<IterObj>().st {
        IterState::DictView { d, .. } => Some(dict_obj(d).unwrap().t.len()),
        _ => None,
    }
}

pub fn view_contains(cx: &mut Ctx, v: Value, item: Value) -> PyResult<bool> {
    match v.obj::<IterObj>().st {
        IterState::DictView { d, kind: VIEW_KEYS } => dict_obj(d).unwrap().t.contains(cx, item),
        IterState::DictView { d, kind: VIEW_ITEMS } => {
            let Some(kv) = tuple_items(item) else { return Ok(false) };
            if kv.len() != 2 {
                return Ok(false);
            }
            match dict_obj(d).unwrap().t.get(cx, kv[0])? {
                Some(x) => ops::eq(cx, x, kv[1]),
                None => Ok(false),
            }
        }
        _ => iter_contains(cx, v, item),
    }
}

fn view_as_set(cx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    match v.kind() {
        Some(Kind::Set) | Some(Kind::FrozenSet) => Ok(Some(v)),
        Some(Kind::Iter) => match v.obj::<IterObj>().st {
            IterState::DictView { kind, .. } if kind != VIEW_VALUES => {
                let items = collect(cx, v)?;
                let s = cx.new_set();
                for x in items {
                    set_obj(s).unwrap().t.set(cx, x, Value::none())?;
                }
                Ok(Some(s))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn is_view(v: Value) -> bool {
    v.is_kind(Kind::Iter) && matches!(v.obj::<IterObj>().st, IterState::DictView { .. })
}

pub fn view_compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_view(a) && !is_view(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (view_as_set(cx, a)?, view_as_set(cx, b)?) else {
        return Ok(match op {
            CmpOp::Eq => Some(Value::bool(a == b)),
            CmpOp::Ne => Some(Value::bool(a != b)),
            _ => None,
        });
    };
    ops::builtin_compare(cx, op, x, y)
}

pub fn iter_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if let IterState::DictView { kind, .. } = v.obj::<IterObj>().st {
        let items = collect(cx, v)?;
        let l = cx.new_list(items);
        let inner = repr_string(cx, l)?;
        let name = match kind {
            VIEW_KEYS => "dict_keys",
            VIEW_VALUES => "dict_values",
            _ => "dict_items",
        };
        return Ok(format!("{name}({inner})"));
    }
    let tn = type_name(cx, v);
    Ok(format!("<{tn} object at {:#x}>", v.raw()))
}

// ---------------------------------------------------------------- natives

fn it_iter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__iter__", args, &[], 1)?;
    get_iter(cx, args[0])
}

fn it_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__next__", args, &[], 1)?;
    match iter_next(cx, args[0])? {
        Some(v) => Ok(v),
        None => Err(cx.stop_iteration(Value::UNBOUND)),
    }
}

fn enumerate_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut it = args.get(1).copied();
    let mut start = args.get(2).copied();
    // CPython 3.11's enumerate takes a lone argument as the iterable only:
    // `enumerate(start=1)` is "'start' is an invalid keyword argument".
    let lone = args.len() == 1 && kw.len() == 1;
    for &(k, v) in kw {
        match str_of(k) {
            Some("iterable") => it = Some(v),
            Some("start") if !lone => start = Some(v),
            Some(other) => return Err(cx.type_error(format!("'{other}' is an invalid keyword argument for enumerate()"))),
            None => {}
        }
    }
    if args.len() > 3 {
        return Err(cx.type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len() - 1)));
    }
    let Some(it) = it else { return Err(cx.type_error("enumerate() missing required argument 'iterable'")) };
    let s = match start {
        None => 0,
        Some(v) => match int_of(v) {
            Some(i) => i,
            None => match crate::runtime::bigint_ref(v) {
                Some(b) => {
                    let n = cx.new_bigint(b.clone());
                    let it = get_iter(cx, it)?;
                    let c = cx.rt.types.enumerate;
                    return Ok(new_it(cx, c, IterState::EnumerateBig { it, n }));
                }
                None => {
                    let tn = type_name(cx, v);
                    return Err(cx.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            },
        },
    };
    new_enumerate(cx, it, s)
}

fn zip_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut strict = false;
    for &(k, v) in kw {
        if str_of(k) == Some("strict") {
            strict = ops::truthy(cx, v)?;
        } else {
            return Err(cx.type_error("zip() got an unexpected keyword argument"));
        }
    }
    new_zip(cx, &args[1..], strict)
}

fn map_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(cx.type_error("map() must have at least two arguments."));
    }
    new_map(cx, args[1], &args[2..])
}

fn filter_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(cx.type_error(format!("filter expected 2 arguments, got {}", args.len() - 1)));
    }
    new_filter(cx, args[1], args[2])
}

fn reversed_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(cx.type_error(format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    new_reversed(cx, args[1])
}

fn view_mapping(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first().map(|v| &v.obj::<IterObj>().st) {
        Some(IterState::DictView { d, .. }) => Ok(*d),
        _ => Err(cx.type_error("bad view")),
    }
}

fn view_isdisjoint(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "isdisjoint", args, &[], 2)?;
    let other = collect(cx, args[1])?;
    for x in other {
        if view_contains(cx, args[0], x)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

/// Install `__iter__`/`__next__` and constructors on the iterator classes.
pub fn install(cx: &mut Ctx) {
    let t = cx.rt.types;
    let iters = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.callable_iterator,
        t.iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
    ];
    let views = [t.dict_keys, t.dict_values, t.dict_items];
    let (en, zi, ma, fi, re) = (t.enumerate, t.zip, t.map, t.filter, t.reversed);
    for c in iters {
        def_method(cx, c, "__iter__", it_iter);
        def_method(cx, c, "__next__", it_next);
    }
    for c in views {
        def_method(cx, c, "__iter__", it_iter);
        def_method(cx, c, "isdisjoint", view_isdisjoint);
        let _ = view_mapping;
    }
    def_method(cx, en, "__new__", enumerate_new);
    def_method(cx, zi, "__new__", zip_new);
    def_method(cx, ma, "__new__", map_new);
    def_method(cx, fi, "__new__", filter_new);
    def_method(cx, re, "__new__", reversed_new);
}
