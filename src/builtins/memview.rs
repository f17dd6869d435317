//! `memoryview` over bytes and bytearray: a zero-copy, one-dimensional view
//! (start, stride, length) of the exporter's bytes, in the native struct
//! formats of `FORMATS` (`cast`: CPython 3.11's set). Like a bytearray it is an instance whose payload
//! is an `OtherObj` ([`MemView`]), of a class whose dunders are natives.
//!
//! A view over a bytearray counts as an export of it (the bytearray cannot
//! change length while the count is non-zero) until `release()`, the end of
//! a `with` block, or the collector frees the view.
use super::bytearray::{bytearray_of, norm, ByteArray};
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, cls_ref};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::cell::Cell;
use std::rc::Rc;

/// The payload of a memoryview.
pub struct MemView {
    /// The exporter: a bytes or bytearray value (or subclass instance).
    obj: Value,
    /// Byte offset of item 0, byte stride between items, number of items.
    start: i64,
    step: i64,
    len: usize,
    /// Struct format (a `FORMATS` name).
    fmt: &'static str,
    readonly: bool,
    released: bool,
    /// The bytearray's export count (None over bytes), decremented once on release or drop.
    export: Option<Rc<Cell<usize>>>,
}

impl MemView {
    /// The format's type character.
    fn code(&self) -> u8 {
        self.fmt.as_bytes()[self.fmt.len() - 1]
    }
    /// Stop exporting (idempotent).
    fn release(&mut self) {
        if !self.released {
            self.released = true;
            if let Some(e) = self.export.take() {
                e.set(e.get() - 1);
            }
        }
    }
    /// The exporter's whole buffer.
    fn base(&self) -> &'static [u8] {
        super::bytes::self_bytes(self.obj).or_else(|| super::array::buffer(self.obj).map(|b| &b[..])).unwrap_or(&[])
    }
    fn itemsize(&self) -> usize {
        itemsize(self.code())
    }
    /// Byte offset of item `i` (< len).
    fn at(&self, i: usize) -> usize {
        (self.start + i as i64 * self.step) as usize
    }
    /// The bytes of item `i` (< len).
    fn item_bytes(&self, i: usize) -> &'static [u8] {
        let o = self.at(i);
        &self.base()[o..o + self.itemsize()]
    }
    /// The viewed bytes, in order (a copy).
    fn to_vec(&self) -> Vec<u8> {
        (0..self.len).flat_map(|i| self.item_bytes(i).iter().copied()).collect()
    }
    fn contiguous(&self) -> bool {
        self.step == self.itemsize() as i64 || self.len <= 1
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        // Only the shared counter is touched: the exporter may be swept in the same collection.
        self.release();
    }
}

impl Trace for MemView {
    fn trace(&self, heap: &mut Heap) {
        heap.mark(self.obj);
    }
}

impl super::bytearray::Tagged for MemView {
    const TAG: u8 = 0x3E;
}

impl OtherPayload for MemView {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn view_of(v: Value) -> Option<&'static mut MemView> {
    super::bytearray::tagged::<MemView>(v)
}

/// The bytes of a C-contiguous, unreleased memoryview (for `bytes::bytes_like`).
pub fn contiguous(v: Value) -> Option<&'static [u8]> {
    let m = view_of(v)?;
    if m.released || !m.contiguous() {
        return None;
    }
    let s = m.start.max(0) as usize;
    Some(&m.base()[s..s + m.len * m.itemsize()])
}

/// The bytes of a writable, C-contiguous, unreleased memoryview.
pub fn contiguous_mut(v: Value) -> Option<&'static mut [u8]> {
    let m = view_of(v)?;
    if m.released || m.readonly || !m.contiguous() {
        return None;
    }
    let (s, n) = (m.start.max(0) as usize, m.len * m.itemsize());
    let b = buf_mut(m.obj)?;
    Some(&mut b[s..s + n])
}

/// The writable storage of an exporter: a bytearray's or an array's bytes.
fn buf_mut(obj: Value) -> Option<&'static mut Vec<u8>> {
    match bytearray_of(obj) {
        Some(b) => Some(&mut b.b),
        None => super::array::buffer(obj),
    }
}

/// A copy of the bytes of any unreleased memoryview (strided ones too).
pub fn tobytes(v: Value) -> Option<Vec<u8>> {
    let m = view_of(v)?;
    (!m.released).then(|| m.to_vec())
}

pub fn install(cx: &mut Ctx) {
    let cls = cx.rt.types.memoryview;
    super::bytearray::native_class(cx, cls, true);
    super::bytearray::native_class(cx, cx.rt.types.memory_iterator, true);
    super::bytearray::def_new(cx, cls, mv_new);
    let doc = cx.new_str("Create a new memoryview object which references the given object.");
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__doc__", doc);
    let m: &[(&'static str, NativeFn)] = &[
        ("__repr__", mv_repr),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__iter__", mv_iter),
        ("__reversed__", mv_reversed),
        ("__eq__", |cx, a, k| mv_eq(cx, a, k, true)),
        ("__ne__", |cx, a, k| mv_eq(cx, a, k, false)),
        ("__hash__", mv_hash),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("release", mv_release),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("toreadonly", mv_toreadonly),
        ("cast", mv_cast),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, cls, name, f);
    }
    let props: &[(&'static str, NativeFn)] = &[
        ("obj", |cx, a, _| Ok(live(cx, a, "obj")?.obj)),
        ("nbytes", |cx, a, _| {
            let m = live(cx, a, "nbytes")?;
            Ok(Value::from_small((m.len * m.itemsize()) as i64))
        }),
        ("readonly", |cx, a, _| Ok(Value::bool(live(cx, a, "readonly")?.readonly))),
        ("itemsize", |cx, a, _| Ok(Value::from_small(live(cx, a, "itemsize")?.itemsize() as i64))),
        ("format", |cx, a, _| {
            let f = live(cx, a, "format")?.fmt;
            Ok(cx.new_str(f))
        }),
        ("ndim", |cx, a, _| live(cx, a, "ndim").map(|_| Value::from_small(1))),
        ("shape", |cx, a, _| {
            let n = live(cx, a, "shape")?.len as i64;
            Ok(cx.new_tuple(vec![Value::from_small(n)]))
        }),
        ("strides", |cx, a, _| {
            let s = live(cx, a, "strides")?.step;
            Ok(cx.new_tuple(vec![Value::from_small(s)]))
        }),
        ("suboffsets", |cx, a, _| live(cx, a, "suboffsets").map(|_| cx.rt.empty_tuple)),
        ("c_contiguous", |cx, a, _| Ok(Value::bool(live(cx, a, "c_contiguous")?.contiguous()))),
        ("f_contiguous", |cx, a, _| Ok(Value::bool(live(cx, a, "f_contiguous")?.contiguous()))),
        ("contiguous", |cx, a, _| Ok(Value::bool(live(cx, a, "contiguous")?.contiguous()))),
    ];
    super::bytearray::def_getters(cx, cls, props);
    let it = cx.rt.types.memory_iterator;
    runtime::types::def_method(cx, it, "__next__", mv_iter_next);
    runtime::types::def_method(cx, it, "__iter__", super::bytearray::iter_self);
}

// ---------------------------------------------------------------- helpers

/// The view `args[0]`, whether released or not.
fn me(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut MemView> {
    match args.first().and_then(|&v| view_of(v)) {
        Some(m) => Ok(m),
        None => Err(super::bytearray::bad_self(cx, args, "memoryview", name)),
    }
}

/// The view `args[0]`, which must not be released.
fn live(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut MemView> {
    let m = me(cx, args, name)?;
    if m.released {
        return Err(released_error(cx));
    }
    Ok(m)
}

#[cold]
#[inline(never)]
fn released_error(cx: &mut Ctx) -> crate::Exc {
    cx.value_error("operation forbidden on released memoryview object")
}

/// A new view (exporting the bytearray behind `obj`, if any).
fn new_view(cx: &mut Ctx, obj: Value, start: i64, step: i64, len: usize, fmt: &'static str, readonly: bool) -> Value {
    let exports = bytearray_of(obj).map(|b: &mut ByteArray| &b.exports).or_else(|| super::array::array_of(obj).map(|a| &a.exports));
    let export = exports.map(|e| {
        e.set(e.get() + 1);
        e.clone()
    });
    let cls = cx.rt.types.memoryview;
    let p = super::bytearray::new_tagged(cx, cls, MemView { obj, start, step, len, fmt, readonly, released: false, export });
    runtime::class::wrap_payload(cx, cls, p)
}

/// The same region of the same object, as a new view.
fn derive(cx: &mut Ctx, m: &MemView, fmt: &'static str, readonly: bool) -> Value {
    new_view(cx, m.obj, m.start, m.step, m.len, fmt, readonly)
}

/// The supported formats (native order and size, optionally after '@'):
/// name and item size.
const FORMATS: [(&str, usize); 34] = [
    ("B", 1), ("b", 1), ("c", 1), ("?", 1), ("h", 2), ("H", 2), ("i", 4), ("I", 4), ("l", 8), ("L", 8), ("q", 8),
    ("Q", 8), ("n", 8), ("N", 8), ("P", 8), ("f", 4), ("d", 8),
    ("@B", 1), ("@b", 1), ("@c", 1), ("@?", 1), ("@h", 2), ("@H", 2), ("@i", 4), ("@I", 4), ("@l", 8), ("@L", 8),
    ("@q", 8), ("@Q", 8), ("@n", 8), ("@N", 8), ("@P", 8), ("@f", 4), ("@d", 8),
];

/// Item size of a format's type character.
fn itemsize(code: u8) -> usize {
    FORMATS.iter().find(|(n, _)| n.as_bytes()[0] == code).map_or(1, |&(_, s)| s)
}

/// 'B', 'b' and 'c': casts go to or from one of them.
fn is_byte_format(code: u8) -> bool {
    matches!(code, b'B' | b'b' | b'c')
}

/// Signed integer formats' bounds (inclusive), by type character.
fn int_range(code: u8) -> Option<(i128, i128)> {
    let bits = match code {
        b'b' | b'B' => 8,
        b'h' | b'H' => 16,
        b'i' | b'I' => 32,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' => 64,
        _ => return None,
    };
    Some(if code.is_ascii_lowercase() { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) })
}

/// An item's value: its bytes (native order) read as format `code`.
fn item(cx: &mut Ctx, code: u8, x: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..x.len()].copy_from_slice(x);
    let raw = u64::from_ne_bytes(w);
    match code {
        b'c' => cx.new_bytes(x.to_vec()),
        b'?' => Value::bool(raw != 0),
        b'f' => cx.new_float(f32::from_bits(raw as u32) as f64),
        b'd' => cx.new_float(f64::from_bits(raw)),
        _ => {
            let (lo, _) = int_range(code).unwrap_or((0, 255));
            let bits = x.len() as u32 * 8;
            let v: i128 = if lo < 0 { ((raw << (64 - bits)) as i64 >> (64 - bits)) as i128 } else { raw as i128 };
            match i64::try_from(v) {
                Ok(i) => cx.new_int(i),
                Err(_) => cx.new_bigint(num_bigint::BigInt::from(v)),
            }
        }
    }
}

/// Pack `v` as one item of format `code` into `out` (CPython's messages).
fn pack(cx: &mut Ctx, code: u8, v: Value, out: &mut [u8]) -> PyResult<()> {
    let f = code as char;
    let invalid_type = |cx: &mut Ctx| cx.type_error(format!("memoryview: invalid type for format '{f}'"));
    let invalid_value = |cx: &mut Ctx| cx.value_error(format!("memoryview: invalid value for format '{f}'"));
    let bits: u64 = match code {
        b'c' => match super::bytes::bytes_like(v) {
            Some(&[x]) => x as u64,
            Some(_) => return Err(invalid_value(cx)),
            None => return Err(invalid_type(cx)),
        },
        b'?' => runtime::truthy(cx, v)? as u64,
        b'f' | b'd' => {
            let x = match runtime::num::num_of(runtime::unwrap_payload(v)) {
                Some(runtime::num::Num::F(x)) => x,
                Some(runtime::num::Num::I(i)) => i as f64,
                Some(runtime::num::Num::B(b)) => num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY),
                None => return Err(invalid_type(cx)),
            };
            // Out of f32's range is ±inf, as CPython's memoryview stores it.
            if code == b'd' { x.to_bits() } else { (x as f32).to_bits() as u64 }
        }
        _ => {
            let i: Option<i128> = match runtime::num::num_of(runtime::unwrap_payload(v)) {
                Some(runtime::num::Num::I(i)) => Some(i as i128),
                Some(runtime::num::Num::B(b)) => num_traits::ToPrimitive::to_i128(b),
                Some(runtime::num::Num::F(_)) => return Err(invalid_type(cx)),
                None if v.is_kind(Kind::Instance) => match runtime::index_value(cx, v) {
                    Ok(Some(i)) => Some(i as i128),
                    Ok(None) => return Err(invalid_type(cx)),
                    Err(_) => None,
                },
                None => return Err(invalid_type(cx)),
            };
            let (lo, hi) = int_range(code).unwrap_or((0, 255));
            match i {
                Some(i) if (lo..=hi).contains(&i) => i as u64,
                _ => return Err(invalid_value(cx)),
            }
        }
    };
    out.copy_from_slice(&bits.to_ne_bytes()[..out.len()]);
    Ok(())
}

// ---------------------------------------------------------------- construction, repr

/// `memoryview(object)`.
fn mv_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [obj] = parse_args(cx, "memoryview", &args[1..], kw, ["object"], 1)?;
    if let Some(m) = view_of(obj) {
        if m.released {
            return Err(released_error(cx));
        }
        return Ok(derive(cx, m, m.fmt, m.readonly));
    }
    if let Some(b) = super::bytes::bytes_of(obj) {
        return Ok(new_view(cx, obj, 0, 1, b.len(), "B", true));
    }
    if let Some(b) = bytearray_of(obj) {
        let n = b.b.len();
        return Ok(new_view(cx, obj, 0, 1, n, "B", false));
    }
    if let Some(a) = super::array::array_of(obj) {
        if let Some(fmt) = super::array::view_format(a.code) {
            let size = itemsize(a.code) as i64;
            let n = a.b.len() / size as usize;
            return Ok(new_view(cx, obj, 0, size, n, fmt, false));
        }
    }
    let t = tname(cx, obj);
    Err(cx.type_error(format!("memoryview: a bytes-like object is required, not '{t}'")))
}

fn mv_repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = me(cx, args, "__repr__")?;
    runtime::args::check_exact(cx, "__repr__", args, kw, 1)?;
    let what = if m.released { "released memory" } else { "memory" };
    Ok(cx.new_string(format!("<{what} at {:#x}>", args[0].raw())))
}

fn mv_len(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "__len__")?;
    runtime::args::check_exact(cx, "__len__", args, kw, 1)?;
    Ok(Value::from_small(m.len as i64))
}

// ---------------------------------------------------------------- subscription

fn mv_getitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    live(cx, args, "__getitem__")?;
    runtime::args::check_exact(cx, "__getitem__", args, kw, 2)?;
    let key = args[1];
    if key.is_kind(Kind::Slice) {
        let len = live(cx, args, "__getitem__")?.len;
        let (s, _, st, n) = runtime::slice_indices(cx, key, len)?;
        let m = live(cx, args, "__getitem__")?;
        let (start, step) = (m.start + s * m.step, m.step * st);
        return Ok(new_view(cx, m.obj, start, step, n, m.fmt, m.readonly));
    }
    if key == Value::ellipsis() {
        let m = live(cx, args, "__getitem__")?;
        return Ok(derive(cx, m, m.fmt, m.readonly));
    }
    let i = index_key(cx, key)?;
    let m = live(cx, args, "__getitem__")?;
    let Some(i) = norm(i, m.len) else { return Err(cx.index_error("index out of bounds on dimension 1")) };
    Ok(item(cx, m.code(), m.item_bytes(i)))
}

/// An integer key (CPython's "memoryview: invalid slice key" otherwise).
fn index_key(cx: &mut Ctx, key: Value) -> PyResult<i64> {
    if runtime::tuple_items(key).is_some() {
        return Err(cx.type_error("memoryview: invalid slice key"));
    }
    if let Some(runtime::num::Num::B(_)) = runtime::num::num_of(runtime::unwrap_payload(key)) {
        return Err(cx.index_error("cannot fit 'int' into an index-sized integer"));
    }
    match runtime::index_value(cx, key)? {
        Some(i) => Ok(i),
        None => Err(cx.type_error("memoryview: invalid slice key")),
    }
}

fn mv_setitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "__setitem__")?;
    runtime::args::check_exact(cx, "__setitem__", args, kw, 3)?;
    if m.readonly {
        return Err(cx.type_error("cannot modify read-only memory"));
    }
    let (key, val) = (args[1], args[2]);
    if key.is_kind(Kind::Slice) {
        let (s, _, st, n) = runtime::slice_indices(cx, key, m.len)?;
        // The value: a buffer with the same format and length (bytes-likes are 'B').
        let src = match view_of(val) {
            Some(o) if !o.released => Some((o.code(), o.len, o.to_vec())),
            Some(_) => return Err(released_error(cx)),
            None => super::bytes::bytes_like(val).map(|b| (b'B', b.len(), b.to_vec())),
        };
        let Some((code, count, data)) = src else {
            let t = tname(cx, val);
            return Err(cx.type_error(format!("a bytes-like object is required, not '{t}'")));
        };
        let m = live(cx, args, "__setitem__")?;
        if count != n || code != m.code() {
            return Err(cx.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let (start, step, size) = (m.start + s * m.step, m.step * st, m.itemsize());
        let b = buf_mut(m.obj).unwrap();
        for (k, x) in data.chunks_exact(size).enumerate() {
            let o = (start + k as i64 * step) as usize;
            b[o..o + size].copy_from_slice(x);
        }
        return Ok(Value::none());
    }
    let i = index_key(cx, key)?;
    let mut buf = [0u8; 8];
    let size = m.itemsize();
    pack(cx, m.code(), val, &mut buf[..size])?;
    let m = live(cx, args, "__setitem__")?;
    let Some(i) = norm(i, m.len) else { return Err(cx.index_error("index out of bounds on dimension 1")) };
    let at = m.at(i);
    buf_mut(m.obj).unwrap()[at..at + size].copy_from_slice(&buf[..size]);
    Ok(Value::none())
}

fn mv_delitem(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "__delitem__")?;
    if m.readonly {
        return Err(cx.type_error("cannot modify read-only memory"));
    }
    Err(cx.type_error("cannot delete memory"))
}

// ---------------------------------------------------------------- iteration, comparison, hash

fn mv_iter(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    live(cx, args, "__iter__")?;
    runtime::args::check_exact(cx, "__iter__", args, kw, 1)?;
    let cls = cx.rt.types.memory_iterator;
    Ok(super::bytearray::new_buf_iter(cx, cls, args[0], 0, false))
}

/// `reversed(m)` (the runtime's sequence fallback does not reach native payloads).
fn mv_reversed(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = live(cx, args, "__reversed__")?.len;
    runtime::args::check_exact(cx, "__reversed__", args, kw, 1)?;
    let cls = cx.rt.types.memory_iterator;
    Ok(super::bytearray::new_buf_iter(cx, cls, args[0], n, true))
}

fn mv_iter_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(it) = args.first().and_then(|&v| super::bytearray::buf_iter_of(v)) else {
        return Err(super::bytearray::bad_self(cx, args, "memory_iterator", "__next__"));
    };
    let Some(m) = view_of(it.obj) else { return Err(cx.stop_iteration(Value::none())) };
    if m.released {
        return Err(released_error(cx));
    }
    let Some(i) = it.advance(m.len) else { return Err(cx.stop_iteration(Value::none())) };
    Ok(item(cx, m.code(), m.item_bytes(i)))
}

/// An item as compared by `==`: numbers by value (bools as 0/1), 'c' items as bytes.
#[derive(Clone, Copy)]
enum Key {
    Int(i128),
    Float(f64),
    Byte(u8),
}

impl PartialEq for Key {
    fn eq(&self, o: &Key) -> bool {
        match (*self, *o) {
            (Key::Int(a), Key::Int(b)) => a == b,
            (Key::Float(a), Key::Float(b)) => a == b,
            (Key::Int(i), Key::Float(f)) | (Key::Float(f), Key::Int(i)) => f == i as f64 && f.fract() == 0.0 && f as i128 == i,
            (Key::Byte(a), Key::Byte(b)) => a == b,
            _ => false,
        }
    }
}

fn key(code: u8, x: &[u8]) -> Key {
    let mut w = [0u8; 8];
    w[..x.len()].copy_from_slice(x);
    let raw = u64::from_ne_bytes(w);
    match code {
        b'c' => Key::Byte(x[0]),
        b'?' => Key::Int((raw != 0) as i128),
        b'f' => Key::Float(f32::from_bits(raw as u32) as f64),
        b'd' => Key::Float(f64::from_bits(raw)),
        _ => {
            let bits = x.len() as u32 * 8;
            let signed = int_range(code).is_some_and(|(lo, _)| lo < 0);
            Key::Int(if signed { ((raw << (64 - bits)) as i64 >> (64 - bits)) as i128 } else { raw as i128 })
        }
    }
}

/// The items of a view or buffer as comparable keys (None: not a buffer, or released).
fn keys(v: Value) -> Option<Vec<Key>> {
    if let Some(m) = view_of(v) {
        if m.released {
            return None;
        }
        let c = m.code();
        return Some((0..m.len).map(|i| key(c, m.item_bytes(i))).collect());
    }
    super::bytes::self_bytes(v).map(|b| b.iter().map(|&x| Key::Int(x as i128)).collect())
}

fn mv_eq(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], eq: bool) -> PyResult<Value> {
    let m = me(cx, args, "__eq__")?;
    runtime::args::check_exact(cx, "__eq__", args, kw, 2)?;
    let other = args[1];
    // A released view equals only itself.
    if m.released || view_of(other).is_some_and(|o| o.released) {
        return Ok(Value::bool((args[0] == other) == eq));
    }
    match (keys(args[0]), keys(other)) {
        (Some(a), Some(b)) => Ok(Value::bool((a == b) == eq)),
        _ => Ok(Value::not_implemented()),
    }
}

fn mv_hash(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "__hash__")?;
    runtime::args::check_exact(cx, "__hash__", args, kw, 1)?;
    if !m.readonly {
        return Err(cx.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.code()) {
        return Err(cx.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = cx.new_bytes(m.to_vec());
    let h = runtime::hash(cx, b)?;
    Ok(cx.new_int(h))
}

// ---------------------------------------------------------------- release, context manager

fn mv_release(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = me(cx, args, "release")?;
    runtime::args::check_exact(cx, "release", args, kw, 1)?;
    m.release();
    Ok(Value::none())
}

fn mv_enter(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    live(cx, args, "__enter__")?;
    runtime::args::check_exact(cx, "__enter__", args, kw, 1)?;
    Ok(args[0])
}

fn mv_exit(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = me(cx, args, "__exit__")?;
    m.release();
    Ok(Value::none())
}

// ---------------------------------------------------------------- conversions

fn mv_tobytes(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "tobytes")?;
    let [order] = parse_args(cx, "tobytes", &args[1..], kw, ["order"], 0)?;
    if given(order) && !order.is_none() && !matches!(runtime::str_of(order), Some("C" | "F" | "A")) {
        return Err(cx.value_error("order must be 'C', 'F' or 'A'"));
    }
    let v = m.to_vec();
    Ok(cx.new_bytes(v))
}

fn mv_tolist(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "tolist")?;
    runtime::args::check_exact(cx, "tolist", args, kw, 1)?;
    let f = m.code();
    let items: Vec<Value> = (0..m.len).map(|i| item(cx, f, m.item_bytes(i))).collect();
    Ok(cx.new_list(items))
}

/// `hex(sep=..., bytes_per_sep=1)`: `bytes.hex` of the viewed bytes.
fn mv_hex(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "hex")?;
    let b = cx.new_bytes(m.to_vec());
    let mut a = args.to_vec();
    a[0] = b;
    super::bytes::bytes_hex(cx, &a, kw)
}

fn mv_toreadonly(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = live(cx, args, "toreadonly")?;
    runtime::args::check_exact(cx, "toreadonly", args, kw, 1)?;
    Ok(derive(cx, m, m.fmt, true))
}

/// `cast(format[, shape])`: a C-contiguous view re-read in another format
/// (to or from a byte format), one-dimensional.
fn mv_cast(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    live(cx, args, "cast")?;
    let [format, shape] = parse_args(cx, "cast", &args[1..], kw, ["format", "shape"], 1)?;
    let Some(f) = runtime::str_of(format) else {
        let t = tname(cx, format);
        return Err(cx.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    let m = live(cx, args, "cast")?;
    if !m.contiguous() {
        return Err(cx.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(&(fmt, size)) = FORMATS.iter().find(|(n, _)| *n == f) else {
        return Err(cx.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let code = fmt.as_bytes()[fmt.len() - 1];
    if !is_byte_format(code) && !is_byte_format(m.code()) {
        return Err(cx.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize();
    if nbytes % size != 0 {
        return Err(cx.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let n = nbytes / size;
    if given(shape) && !shape.is_none() {
        let dims = match (runtime::tuple_items(shape), runtime::list_items(shape)) {
            (Some(t), _) | (_, Some(t)) => t.to_vec(),
            _ => return Err(cx.type_error("shape must be a list or a tuple")),
        };
        if dims.len() != 1 {
            return Err(cx.not_implemented_error("memoryview: multi-dimensional casts are not supported by this interpreter"));
        }
        if runtime::int_of(dims[0]) != Some(n as i64) {
            return Err(cx.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    let (start, readonly) = (if m.len == 0 { 0 } else { m.start }, m.readonly);
    Ok(new_view(cx, m.obj, start, size as i64, n, fmt, readonly))
}
