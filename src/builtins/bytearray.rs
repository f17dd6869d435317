//! `bytearray`: a mutable byte buffer.
//!
//! A bytearray is an instance (`Kind::Instance`) of the `bytearray` class (or
//! a subclass) whose payload is an `OtherObj` holding a [`ByteArray`]. The
//! class is not `CF_BUILTIN`: its dunders are natives in its dict, so the
//! runtime's protocols (subscription, `in`, `len`, operators, comparisons,
//! iteration, hashing) reach them as they reach a user class's methods.
//! The methods it shares with `bytes` are `bytes.rs`'s bodies (one
//! implementation over `&[u8]` that builds the receiver's type).
//!
//! Native code reads a bytes-like object with `bytes::bytes_like(v)` and
//! writes into a writable one with `bytes::bytes_like_mut(v)`.
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, cls_ref};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::cell::Cell;
use std::rc::Rc;

/// The payload of a bytearray.
pub struct ByteArray {
    pub b: Vec<u8>,
    /// Live memoryviews over `b` (while non-zero the length cannot change).
    /// Shared with the views: a view swept in the same collection as this
    /// object decrements the count without touching this object.
    pub exports: Rc<Cell<usize>>,
}

impl Trace for ByteArray {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for ByteArray {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// A native payload of this module's types, told apart by a header tag
/// (`ObjHeader::aux`; complex objects use 0xC0, other payloads 0) rather than
/// by a `dyn Any` downcast (two indirect calls on every access).
pub(super) trait Tagged: OtherPayload + Sized {
    const TAG: u8;
}

impl Tagged for ByteArray {
    const TAG: u8 = 0xBA;
}

/// A new `OtherObj` of header class `cls` holding `payload`, tagged `T::TAG`
/// (the only place that sets these tags).
pub(super) fn new_tagged<T: Tagged>(cx: &mut Ctx, cls: *mut ClassObj, payload: T) -> Value {
    let mut h = ObjHeader::new(cls, Kind::Other);
    h.aux = T::TAG;
    cx.alloc_obj(OtherObj { h, payload: Box::new(payload) })
}

/// The `T` payload behind `v` (an `OtherObj` made by `new_tagged::<T>`, or
/// an instance wrapping one).
#[inline]
pub(super) fn tagged<T: Tagged>(v: Value) -> Option<&'static mut T> {
    let o = runtime::unwrap_payload(v).downcast::<OtherObj>(Kind::Other)?;
    if o.h.aux != T::TAG {
        return None;
    }
    let p: *mut dyn OtherPayload = &mut *o.payload;
    // SAFETY: only `new_tagged::<T>` sets T::TAG on a Kind::Other header (the
    // tags are distinct), and it boxes a T: the payload's data pointer is a T.
    Some(unsafe { &mut *(p as *mut T) })
}

/// The bytearray behind `v` (a bytearray or an instance of a subclass).
#[inline]
pub fn bytearray_of(v: Value) -> Option<&'static mut ByteArray> {
    tagged::<ByteArray>(v)
}

/// A new `bytearray` holding `b`.
pub fn new_bytearray(cx: &mut Ctx, b: Vec<u8>) -> Value {
    let cls = cx.rt.types.bytearray;
    new_in(cx, cls, b)
}

/// A new instance of `cls` (bytearray or a subclass) holding `b`.
fn new_in(cx: &mut Ctx, cls: *mut ClassObj, b: Vec<u8>) -> Value {
    cx.heap.account(b.len());
    let ba = cx.rt.types.bytearray;
    let p = new_tagged(cx, ba, ByteArray { b, exports: Rc::default() });
    runtime::class::wrap_payload(cx, cls, p)
}

/// Make a native-dunder class of `cx.rt.types`: not CF_BUILTIN (so the
/// protocols look its dunders up), no instance `__dict__`, module builtins.
pub(super) fn native_class(cx: &mut Ctx, cls: *mut ClassObj, final_: bool) {
    let c = cls_ref(cls);
    c.flags = runtime::attr::CF_NO_DICT | if final_ { runtime::types::CF_FINAL } else { 0 };
    let m = cx.intern("builtins");
    runtime::types::dict_set_str(cx, c.dict, "__module__", m);
}

/// Read-only properties of `cls` whose getters are natives (`args[0]` is self).
pub(super) fn def_getters(cx: &mut Ctx, cls: *mut ClassObj, props: &[(&'static str, NativeFn)]) {
    for &(name, f) in props {
        let fget = cx.new_native(name, f);
        let p = cx.alloc_obj(PropertyObj {
            h: ObjHeader::new(cx.rt.types.property, Kind::Property),
            fget,
            fset: Value::none(),
            fdel: Value::none(),
            doc: Value::none(),
        });
        runtime::types::dict_set_str(cx, cls_ref(cls).dict, name, p);
    }
}

/// Put `f` in `cls`'s dict as the staticmethod `__new__`.
pub(super) fn def_new(cx: &mut Ctx, cls: *mut ClassObj, f: NativeFn) {
    let new = cx.new_native("__new__", f);
    let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f: new });
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__new__", sm);
}

const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

pub fn install(cx: &mut Ctx) {
    let cls = cx.rt.types.bytearray;
    native_class(cx, cls, false);
    native_class(cx, cx.rt.types.bytearray_iterator, true);
    def_new(cx, cls, ba_new);
    let m: &[(&'static str, NativeFn)] = &[
        ("__init__", ba_init),
        ("__repr__", ba_repr),
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__contains__", ba_contains),
        ("__iter__", ba_iter),
        ("__reversed__", ba_reversed),
        ("__eq__", |cx, a, k| ba_cmp(cx, a, k, "__eq__", |o| o.is_eq())),
        ("__ne__", |cx, a, k| ba_cmp(cx, a, k, "__ne__", |o| o.is_ne())),
        ("__lt__", |cx, a, k| ba_cmp(cx, a, k, "__lt__", |o| o.is_lt())),
        ("__le__", |cx, a, k| ba_cmp(cx, a, k, "__le__", |o| o.is_le())),
        ("__gt__", |cx, a, k| ba_cmp(cx, a, k, "__gt__", |o| o.is_gt())),
        ("__ge__", |cx, a, k| ba_cmp(cx, a, k, "__ge__", |o| o.is_ge())),
        ("__add__", ba_add),
        ("__radd__", ba_radd),
        ("__iadd__", ba_iadd),
        ("__mul__", |cx, a, k| ba_mul(cx, a, k, false)),
        ("__rmul__", |cx, a, k| ba_mul(cx, a, k, false)),
        ("__imul__", |cx, a, k| ba_mul(cx, a, k, true)),
        ("__alloc__", ba_alloc),
        ("__reduce__", ba_reduce),
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, cls, name, f);
    }
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__hash__", Value::none());
    let doc = cx.new_str(BYTEARRAY_DOC);
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__doc__", doc);
    let it = cx.rt.types.bytearray_iterator;
    runtime::types::def_method(cx, it, "__next__", ba_iter_next);
    runtime::types::def_method(cx, it, "__iter__", iter_self);
}

// ---------------------------------------------------------------- helpers

fn me(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut ByteArray> {
    match args.first().and_then(|&v| bytearray_of(v)) {
        Some(b) => Ok(b),
        None => Err(bad_self(cx, args, "bytearray", name)),
    }
}

/// A method of `cls` called on another type: CPython's message for a slot
/// wrapper (`__len__`, ...) or for a method descriptor.
#[cold]
#[inline(never)]
pub(super) fn bad_self(cx: &mut Ctx, args: &[Value], cls: &str, name: &str) -> crate::Exc {
    match args.first() {
        Some(&v) if name.starts_with("__") => {
            let t = tname(cx, v);
            cx.type_error(format!("descriptor '{name}' requires a '{cls}' object but received a '{t}'"))
        }
        _ => super::lists::bad_self(cx, args, cls, name),
    }
}

/// Self plus exactly `n` positional arguments, no keywords.
fn me_n(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, n: usize) -> PyResult<&'static mut ByteArray> {
    let b = me(cx, args, name)?;
    runtime::args::check_exact(cx, name, args, kw, n + 1)?;
    Ok(b)
}

/// The length of `b` may change: not while memoryviews export it.
pub fn check_resize(cx: &mut Ctx, b: &ByteArray) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(resize_error(cx));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn resize_error(cx: &mut Ctx) -> crate::Exc {
    let c = cx.rt.types.buffer_error;
    cx.err(c, "Existing exports of data: object cannot be re-sized")
}

/// A byte value: an int (or `__index__`) in range(0, 256).
pub fn byte_value(cx: &mut Ctx, v: Value) -> PyResult<u8> {
    if v.is_int() && (0..256).contains(&v.as_small()) {
        return Ok(v.as_small() as u8);
    }
    if let Some(runtime::num::Num::B(_)) = runtime::num::num_of(runtime::unwrap_payload(v)) {
        return Err(cx.value_error("byte must be in range(0, 256)"));
    }
    match runtime::index_value(cx, v)? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(cx.value_error("byte must be in range(0, 256)")),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// The bytes of a buffer or of an iterable of byte values (a copy: the
/// caller may then mutate any bytearray); TypeError "cannot convert".
fn bytes_from(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytes::bytes_like(v) {
        return Ok(b.to_vec());
    }
    super::ctors::bytes_from_iterable(cx, v, "bytearray")
}

/// A Python index (int or `__index__`); TypeError naming the operand's type otherwise.
fn index_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    match runtime::index_value(cx, v)? {
        Some(i) => Ok(i),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

// ---------------------------------------------------------------- construction

/// `bytearray.__new__(cls, *args, **kw)`: an empty instance (`__init__` fills it).
fn ba_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|&c| runtime::class_of_value(c)) else {
        return Err(cx.type_error("bytearray.__new__(X): X is not a type object"));
    };
    if !runtime::issubclass(cls, cx.rt.types.bytearray) {
        let n = runtime::class_name(cls);
        return Err(cx.type_error(format!("bytearray.__new__({n}): {n} is not a subtype of bytearray")));
    }
    Ok(new_in(cx, cls, Vec::new()))
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`.
fn ba_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "__init__")?;
    let [src, enc, errors] = parse_args(cx, "bytearray", &args[1..], kw, ["source", "encoding", "errors"], 0)?;
    let data = super::ctors::source_bytes(cx, src, enc, errors, "bytearray")?;
    // Re-read self: the conversion may have run Python code.
    let b = me(cx, args, "__init__")?;
    if !b.b.is_empty() || !data.is_empty() {
        check_resize(cx, b)?;
    }
    cx.heap.account(data.len());
    b.b = data;
    Ok(Value::none())
}

fn ba_repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "__repr__", 0)?;
    let r = runtime::repr::bytes_repr(&b.b);
    // CPython's bytearray repr escapes ' inside double quotes too.
    let r = match r.strip_prefix("b\"") {
        Some(body) => format!("b\"{}", body.replace('\'', "\\'")),
        None => r,
    };
    let cn = runtime::type_name(cx, args[0]);
    Ok(cx.new_string(format!("{cn}({r})")))
}

fn ba_len(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "__len__", 0)?;
    Ok(Value::from_small(b.b.len() as i64))
}

fn ba_alloc(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "__alloc__", 0)?;
    Ok(Value::from_small(if b.b.is_empty() { 0 } else { b.b.capacity().max(b.b.len() + 1) as i64 }))
}

/// `__reduce__`: (type(self), (str latin-1 text, 'latin-1'), None) as CPython's.
fn ba_reduce(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "__reduce__", 0)?;
    let text: String = b.b.iter().map(|&c| c as char).collect();
    let cls = Value::from_ptr(runtime::type_of(cx, args[0]));
    let s = cx.new_string(text);
    let enc = cx.new_str("latin-1");
    let a = cx.new_tuple(vec![s, enc]);
    Ok(cx.new_tuple(vec![cls, a, Value::none()]))
}

// ---------------------------------------------------------------- subscription

fn ba_getitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__getitem__", 1)?;
    let key = args[1];
    if key.is_kind(Kind::Slice) {
        let (start, _, step, n) = slice_now(cx, args[0], key)?;
        let b = &me(cx, args, "__getitem__")?.b;
        let out = pick(b, start, step, n);
        return Ok(new_bytearray(cx, out));
    }
    if let Some(v) = get_index_fast(args[0], key) {
        return Ok(v);
    }
    let Some(i) = index_or_none(cx, key)? else {
        let t = tname(cx, key);
        return Err(cx.type_error(format!("bytearray indices must be integers or slices, not {t}")));
    };
    let b = &me(cx, args, "__getitem__")?.b;
    match norm(i, b.len()) {
        Some(i) => Ok(Value::from_small(b[i] as i64)),
        None => Err(cx.index_error("bytearray index out of range")),
    }
}

/// `b[i]` for a bytearray `obj` and a small int `key` in range: the value;
/// None for anything else (the caller takes the generic path). For a
/// runtime fast path on `type(obj) is bytearray` (no dunder dispatch).
#[inline]
pub fn get_index_fast(obj: Value, key: Value) -> Option<Value> {
    if !key.is_int() {
        return None;
    }
    let b = &bytearray_of(obj)?.b;
    norm(key.as_small(), b.len()).map(|i| Value::from_small(b[i] as i64))
}

/// `b[i] = v` for a bytearray `obj`, a small int `key` in range and a small
/// int `val` in range(0, 256): true when done; false for anything else (the
/// caller takes the generic path, which raises the errors).
#[inline]
pub fn set_index_fast(obj: Value, key: Value, val: Value) -> bool {
    if !key.is_int() || !val.is_int() || !(0..256).contains(&val.as_small()) {
        return false;
    }
    let Some(ba) = bytearray_of(obj) else { return false };
    match norm(key.as_small(), ba.b.len()) {
        Some(i) => {
            ba.b[i] = val.as_small() as u8;
            true
        }
        None => false,
    }
}

/// `key.indices(len(obj))` for the bytearray `obj` as it is afterwards: a
/// bound's `__index__` may have resized it (then the bounds are resolved again).
fn slice_now(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<(i64, i64, i64, usize)> {
    for _ in 0..4 {
        let len = bytearray_of(obj).unwrap().b.len();
        let r = runtime::slice_indices(cx, key, len)?;
        if bytearray_of(obj).unwrap().b.len() == len {
            return Ok(r);
        }
    }
    Err(cx.runtime_error("bytearray changed size during slicing"))
}

/// An index key: Ok(None) when it is not an int (nor has `__index__`).
fn index_or_none(cx: &mut Ctx, key: Value) -> PyResult<Option<i64>> {
    if let Some(runtime::num::Num::B(_)) = runtime::num::num_of(runtime::unwrap_payload(key)) {
        return Err(cx.index_error("cannot fit 'int' into an index-sized integer"));
    }
    runtime::index_value(cx, key)
}

/// `b[start::step]` (`n` items).
pub(super) fn pick(b: &[u8], start: i64, step: i64, n: usize) -> Vec<u8> {
    if step == 1 {
        return b[start as usize..start as usize + n].to_vec();
    }
    (0..n).map(|k| b[(start + k as i64 * step) as usize]).collect()
}

/// A possibly negative index into `len` items.
pub(super) fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn ba_setitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__setitem__", 2)?;
    if !set_index_fast(args[0], args[1], args[2]) {
        assign(cx, args[0], args[1], Some(args[2]))?;
    }
    Ok(Value::none())
}

fn ba_delitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__delitem__", 1)?;
    assign(cx, args[0], args[1], None)?;
    Ok(Value::none())
}

/// `obj[key] = val` (`val` Some) or `del obj[key]` (None), CPython's
/// bytearray_ass_subscript.
fn assign(cx: &mut Ctx, obj: Value, key: Value, val: Option<Value>) -> PyResult<()> {
    if !key.is_kind(Kind::Slice) {
        let Some(i) = index_or_none(cx, key)? else {
            let t = tname(cx, key);
            return Err(cx.type_error(format!("bytearray indices must be integers or slices, not {t}")));
        };
        let byte = match val {
            Some(v) => Some(byte_value(cx, v)?),
            None => None,
        };
        let b = bytearray_of(obj).unwrap();
        let Some(i) = norm(i, b.b.len()) else { return Err(cx.index_error("bytearray index out of range")) };
        match byte {
            Some(x) => b.b[i] = x,
            None => {
                check_resize(cx, b)?;
                b.b.remove(i);
            }
        }
        return Ok(());
    }
    // Resolve the slice first (step 0 is an error before the value's), then
    // convert the value (may run code), then resolve again on the current length.
    slice_now(cx, obj, key)?;
    let src: Vec<u8> = match val {
        None => Vec::new(),
        Some(v) => {
            let number = runtime::num::num_of(runtime::unwrap_payload(v)).is_some() || runtime::str_of(v).is_some();
            if number && super::bytes::bytes_like(v).is_none() {
                return Err(cx.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            bytes_from(cx, v)?
        }
    };
    let (start, stop, step, n) = slice_now(cx, obj, key)?;
    let b = bytearray_of(obj).unwrap();
    if step == 1 {
        let (lo, hi) = (start as usize, stop.max(start) as usize);
        if src.len() != hi - lo {
            check_resize(cx, b)?;
        }
        b.b.splice(lo..hi, src);
        return Ok(());
    }
    if src.is_empty() {
        // An empty value deletes an extended slice, whatever its length.
        check_resize(cx, b)?;
        let mut drop = vec![false; b.b.len()];
        for k in 0..n {
            drop[(start + k as i64 * step) as usize] = true;
        }
        let mut k = 0;
        b.b.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        return Ok(());
    }
    if src.len() != n {
        let m = format!("attempt to assign bytes of size {} to extended slice of size {n}", src.len());
        return Err(cx.value_error(m));
    }
    for (k, x) in src.into_iter().enumerate() {
        b.b[(start + k as i64 * step) as usize] = x;
    }
    Ok(())
}

fn ba_contains(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__contains__", 1)?;
    let found = super::bytes::buffer_contains(cx, args[0], args[1])?;
    Ok(Value::bool(found))
}

// ---------------------------------------------------------------- iteration

/// State of a bytearray_iterator / memory_iterator: the object and the next
/// index (for `reversed()`, `rev`: one past the next index, counting down).
pub(super) struct BufIter {
    pub obj: Value,
    pub idx: usize,
    pub rev: bool,
}

impl BufIter {
    /// The next index into a sequence of `len` items, or None when exhausted
    /// (for good: the sequence may grow again).
    pub fn advance(&mut self, len: usize) -> Option<usize> {
        let i = if self.rev { self.idx.checked_sub(1).filter(|&i| i < len) } else { Some(self.idx).filter(|&i| i < len) };
        match i {
            Some(i) => {
                self.idx = if self.rev { i } else { i + 1 };
                Some(i)
            }
            None => {
                self.idx = if self.rev { 0 } else { usize::MAX };
                None
            }
        }
    }
}

impl Trace for BufIter {
    fn trace(&self, heap: &mut Heap) {
        heap.mark(self.obj);
    }
}

impl Tagged for BufIter {
    const TAG: u8 = 0xB1;
}

impl OtherPayload for BufIter {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// A new iterator of class `cls` over `obj` (`len` items; `rev`: from the end).
pub(super) fn new_buf_iter(cx: &mut Ctx, cls: *mut ClassObj, obj: Value, len: usize, rev: bool) -> Value {
    let p = new_tagged(cx, cls, BufIter { obj, idx: if rev { len } else { 0 }, rev });
    runtime::class::wrap_payload(cx, cls, p)
}

pub(super) fn buf_iter_of(v: Value) -> Option<&'static mut BufIter> {
    tagged::<BufIter>(v)
}

fn ba_iter(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__iter__", 0)?;
    let cls = cx.rt.types.bytearray_iterator;
    Ok(new_buf_iter(cx, cls, args[0], 0, false))
}

/// `reversed(b)` (the runtime's sequence fallback does not reach native payloads).
fn ba_reversed(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = me_n(cx, args, kw, "__reversed__", 0)?.b.len();
    let cls = cx.rt.types.bytearray_iterator;
    Ok(new_buf_iter(cx, cls, args[0], n, true))
}

fn ba_iter_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(it) = args.first().and_then(|&v| buf_iter_of(v)) else {
        return Err(bad_self(cx, args, "bytearray_iterator", "__next__"));
    };
    let b = bytearray_of(it.obj).map_or(&[][..], |b| &b.b[..]);
    match it.advance(b.len()) {
        Some(i) => Ok(Value::from_small(b[i] as i64)),
        None => Err(cx.stop_iteration(Value::none())),
    }
}

pub(super) fn iter_self(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    runtime::args::check_exact(cx, "__iter__", args, kw, 1)?;
    Ok(args[0])
}

// ---------------------------------------------------------------- operators

fn ba_cmp(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let a = me_n(cx, args, kw, name, 1)?;
    match super::bytes::bytes_like(args[1]) {
        Some(o) => Ok(Value::bool(f(a.b[..].cmp(o)))),
        None => Ok(Value::not_implemented()),
    }
}

/// `bytearray + x`: a buffer concatenates; an instance may still answer `__radd__`.
fn ba_add(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__add__", 1)?;
    match super::bytes::bytes_like(args[1]) {
        Some(o) => {
            let mut v = Vec::with_capacity(a.b.len() + o.len());
            v.extend_from_slice(&a.b);
            v.extend_from_slice(o);
            Ok(new_bytearray(cx, v))
        }
        None if args[1].is_kind(Kind::Instance) => Ok(Value::not_implemented()),
        None => Err(concat_error(cx, args[1])),
    }
}

#[cold]
fn concat_error(cx: &mut Ctx, other: Value) -> crate::Exc {
    let t = tname(cx, other);
    cx.type_error(format!("can't concat {t} to bytearray"))
}

/// `bytes + bytearray` (the runtime's bytes `+` takes bytes only): bytes.
fn ba_radd(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__radd__", 1)?;
    match super::bytes::bytes_of(args[1]) {
        Some(o) => {
            let mut v = o.to_vec();
            v.extend_from_slice(&a.b);
            Ok(cx.new_bytes(v))
        }
        None => Ok(Value::not_implemented()),
    }
}

fn ba_iadd(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__iadd__", 1)?;
    let Some(o) = super::bytes::bytes_like(args[1]) else {
        if args[1].is_kind(Kind::Instance) {
            return Ok(Value::not_implemented());
        }
        return Err(concat_error(cx, args[1]));
    };
    // CPython holds a buffer of the operand while resizing: `b += b` is an export of b.
    let itself = bytearray_of(args[1]).is_some_and(|o| std::ptr::eq(o, a));
    if !o.is_empty() {
        if itself {
            return Err(resize_error(cx));
        }
        check_resize(cx, a)?;
        let o = o.to_vec();
        a.b.extend_from_slice(&o);
        cx.heap.account(o.len());
    }
    Ok(args[0])
}

/// `*`, `*=` (in place when `inplace`) by an index; other operands NotImplemented or TypeError.
fn ba_mul(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], inplace: bool) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__mul__", 1)?;
    let n = args[1];
    if runtime::num::num_of(runtime::unwrap_payload(n)).is_none() && !n.is_kind(Kind::Instance) {
        let t = tname(cx, n);
        return Err(cx.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    }
    let count = match runtime::index_value(cx, n) {
        Ok(Some(c)) => c.max(0) as usize,
        Ok(None) if n.is_kind(Kind::Instance) => return Ok(Value::not_implemented()),
        Ok(None) => {
            let t = tname(cx, n);
            return Err(cx.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
        }
        Err(e) => {
            // A big count: CPython's OverflowError for the index conversion.
            if cx.exc_is(cx.rt.types.index_error) {
                let t = tname(cx, n);
                return Err(cx.overflow_error(format!("cannot fit '{t}' into an index-sized integer")));
            }
            return Err(e);
        }
    };
    let total = a.b.len().saturating_mul(count);
    if total > STR_MAX_LEN {
        return Err(cx.memory_error(""));
    }
    let out = a.b.repeat(count);
    if !inplace {
        return Ok(new_bytearray(cx, out));
    }
    if out.len() != a.b.len() {
        check_resize(cx, a)?;
    }
    cx.heap.account(out.len());
    a.b = out;
    Ok(args[0])
}

// ---------------------------------------------------------------- mutating methods

fn ba_append(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // The payload stays put while args[0] lives, whatever __index__ does.
    let b = me(cx, args, "append")?;
    runtime::args::check_exact(cx, "append", args, kw, 2)?;
    let x = byte_value(cx, args[1])?;
    check_resize(cx, b)?;
    b.b.push(x);
    Ok(Value::none())
}

fn ba_extend(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "extend")?;
    runtime::args::check_exact(cx, "extend", args, kw, 2)?;
    let src = args[1];
    let data = match super::bytes::bytes_like(src) {
        Some(b) => b.to_vec(),
        None => {
            if !src.is_kind(Kind::Instance) && runtime::get_iter(cx, src).is_err() {
                let t = tname(cx, src);
                return Err(cx.type_error(format!("can't extend bytearray with {t}")));
            }
            let items = collect(cx, src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(byte_value(cx, it)?);
            }
            out
        }
    };
    let b = me(cx, args, "extend")?;
    if !data.is_empty() {
        check_resize(cx, b)?;
        cx.heap.account(data.len());
        b.b.extend_from_slice(&data);
    }
    Ok(Value::none())
}

fn ba_insert(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "insert")?;
    if !kw.is_empty() {
        return Err(cx.type_error("bytearray.insert() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(nargs_error(cx, "insert", args.len() - 1, 2, 2));
    }
    let i = index_arg(cx, args[1])?;
    let x = byte_value(cx, args[2])?;
    let b = me(cx, args, "insert")?;
    check_resize(cx, b)?;
    let n = b.b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.b.insert(at as usize, x);
    Ok(Value::none())
}

fn ba_pop(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "pop")?;
    if !kw.is_empty() {
        return Err(cx.type_error("bytearray.pop() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(nargs_error(cx, "pop", args.len() - 1, 0, 1));
    }
    let i = match args.get(1) {
        Some(&v) => index_arg(cx, v)?,
        None => -1,
    };
    let b = me(cx, args, "pop")?;
    if b.b.is_empty() {
        return Err(cx.index_error("pop from empty bytearray"));
    }
    let Some(i) = norm(i, b.b.len()) else { return Err(cx.index_error("pop index out of range")) };
    check_resize(cx, b)?;
    Ok(Value::from_small(b.b.remove(i) as i64))
}

fn ba_remove(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "remove")?;
    runtime::args::check_exact(cx, "remove", args, kw, 2)?;
    let x = byte_value(cx, args[1])?;
    let b = me(cx, args, "remove")?;
    let Some(i) = b.b.iter().position(|&c| c == x) else {
        return Err(cx.value_error("value not found in bytearray"));
    };
    check_resize(cx, b)?;
    b.b.remove(i);
    Ok(Value::none())
}

fn ba_clear(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "clear", 0)?;
    if !b.b.is_empty() {
        check_resize(cx, b)?;
    }
    b.b = Vec::new();
    Ok(Value::none())
}

fn ba_reverse(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "reverse", 0)?;
    b.b.reverse();
    Ok(Value::none())
}

fn ba_copy(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "copy", 0)?;
    let v = b.b.clone();
    Ok(new_bytearray(cx, v))
}
