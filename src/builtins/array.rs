//! `array.array`: a typed, mutable sequence of C numbers (CPython 3.11's
//! Modules/arraymodule.c semantics and messages).
//!
//! Built like `bytearray`: an array is an instance of the `array.array` class
//! (or a subclass) whose payload is an `OtherObj` holding an [`Array`] —
//! the typecode and the items' native bytes — tagged `Array::TAG`. The class
//! is created by the `array` module's init ([`init_module`]); its dunders are
//! natives in its dict. The payload's header class is the base `array.array`
//! class, which results of slicing, `+` and `*` take (as CPython's do).
//!
//! Buffers: `bytes::bytes_like(_mut)` read and write an array's bytes
//! ([`buffer`]), and a memoryview exports it (the array cannot change length
//! while the export count is non-zero).
use super::bytearray::{bad_self, def_getters, def_new, iter_self, new_buf_iter, new_tagged, norm, tagged, BufIter, Tagged};
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, cls_ref, num::Num};
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};
use num_traits::{Signed, ToPrimitive};
use std::cell::Cell;
use std::rc::Rc;

/// The payload of an array.
pub struct Array {
    /// Typecode: one of [`TYPECODES`].
    pub code: u8,
    /// The items, `itemsize(code)` native-order bytes each.
    pub b: Vec<u8>,
    /// Live memoryviews over `b` (while non-zero the length cannot change).
    pub exports: Rc<Cell<usize>>,
}

impl Trace for Array {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for Array {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Tagged for Array {
    const TAG: u8 = 0xA7;
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.code)
    }
    fn len(&self) -> usize {
        self.b.len() / self.size()
    }
    /// The bytes of item `i` (< len).
    fn raw(&self, i: usize) -> &[u8] {
        let s = self.size();
        &self.b[i * s..(i + 1) * s]
    }
}

/// The array behind `v` (an array or an instance of a subclass).
#[inline]
pub fn array_of(v: Value) -> Option<&'static mut Array> {
    tagged::<Array>(v)
}

/// An array's bytes (for `bytes::bytes_like`).
pub fn buffer(v: Value) -> Option<&'static mut Vec<u8>> {
    array_of(v).map(|a| &mut a.b)
}

/// `array.typecodes`.
const TYPECODES: &str = "bBuhHiIlLqQfd";

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The struct format of a typecode (a memoryview's `format`); None for 'u'.
pub fn view_format(code: u8) -> Option<&'static str> {
    const F: [&str; 13] = ["b", "B", "u", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"];
    let i = TYPECODES.bytes().position(|c| c == code)?;
    (code != b'u').then_some(F[i])
}

// ---------------------------------------------------------------- items

/// The value of an item from its native bytes.
fn item(cx: &mut Ctx, code: u8, x: &[u8]) -> Value {
    // By size, not a variable-length copy (a memcpy call per item).
    let raw = match *x {
        [a] => a as u64,
        [a, b] => u16::from_ne_bytes([a, b]) as u64,
        [a, b, c, d] => u32::from_ne_bytes([a, b, c, d]) as u64,
        [a, b, c, d, e, f, g, h] => u64::from_ne_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    };
    match code {
        b'b' => Value::from_small(raw as u8 as i8 as i64),
        b'B' => Value::from_small(raw as u8 as i64),
        b'h' => Value::from_small(raw as u16 as i16 as i64),
        b'H' => Value::from_small(raw as u16 as i64),
        b'i' => Value::from_small(raw as u32 as i32 as i64),
        b'I' => Value::from_small(raw as u32 as i64),
        b'l' | b'q' => cx.new_int(raw as i64),
        b'L' | b'Q' => match i64::try_from(raw) {
            Ok(i) => cx.new_int(i),
            Err(_) => cx.new_bigint(num_bigint::BigInt::from(raw)),
        },
        b'f' => cx.new_float(f32::from_bits(raw as u32) as f64),
        b'd' => cx.new_float(f64::from_bits(raw)),
        _ => {
            let c = char::from_u32(raw as u32).unwrap_or('\u{FFFD}');
            cx.new_string(c.to_string())
        }
    }
}

/// Write the low `out.len()` bytes of `bits` in native order.
fn put(out: &mut [u8], bits: u64) {
    match out.len() {
        1 => out[0] = bits as u8,
        2 => out.copy_from_slice(&(bits as u16).to_ne_bytes()),
        4 => out.copy_from_slice(&(bits as u32).to_ne_bytes()),
        _ => out.copy_from_slice(&bits.to_ne_bytes()),
    }
}

/// `v` as an item of typecode `code` (its bits), with CPython's errors.
fn encode(cx: &mut Ctx, code: u8, v: Value) -> PyResult<u64> {
    if v.is_int() && code != b'u' && code != b'f' && code != b'd' {
        return check_int(cx, code, v.as_small() as i128).map(|i| i as u64);
    }
    encode_slow(cx, code, v)
}

#[inline(never)]
fn encode_slow(cx: &mut Ctx, code: u8, v: Value) -> PyResult<u64> {
    match code {
        b'u' => match runtime::str_of(v) {
            Some(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap() as u64),
            _ => Err(cx.type_error("array item must be unicode character")),
        },
        b'f' | b'd' => {
            let x = match runtime::num::num_of(runtime::unwrap_payload(v)) {
                Some(Num::F(x)) => x,
                Some(Num::I(i)) => i as f64,
                Some(Num::B(b)) => match b.to_f64().filter(|x| x.is_finite()) {
                    Some(x) => x,
                    None => return Err(cx.overflow_error("int too large to convert to float")),
                },
                None => {
                    let t = tname(cx, v);
                    return Err(cx.type_error(format!("must be real number, not {t}")));
                }
            };
            // Out of f32's range is ±inf, as CPython's (float) cast gives.
            Ok(if code == b'd' { x.to_bits() } else { (x as f32).to_bits() as u64 })
        }
        _ => {
            let i = match runtime::num::num_of(runtime::unwrap_payload(v)) {
                Some(Num::I(i)) => i as i128,
                // Saturated: every check below is within 64 bits.
                Some(Num::B(b)) => b.to_i128().unwrap_or(if b.is_negative() { i128::MIN } else { i128::MAX }),
                _ => match runtime::index_value(cx, v)? {
                    Some(i) if v.is_kind(Kind::Instance) => i as i128,
                    _ => {
                        let t = tname(cx, v);
                        return Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")));
                    }
                },
            };
            check_int(cx, code, i).map(|i| i as u64)
        }
    }
}

/// Range checks of an integer item, in CPython's order and words (its
/// setitem functions go through PyArg_Parse codes: 'b' checks a short first,
/// 'H' an int).
fn check_int(cx: &mut Ctx, code: u8, i: i128) -> PyResult<i128> {
    const LONG: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
    const SHORT: (i128, i128) = (i16::MIN as i128, i16::MAX as i128);
    const INT: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    const ULONG: i128 = u64::MAX as i128;
    let within = |(lo, hi): (i128, i128)| (lo..=hi).contains(&i);
    let long = || within(LONG);
    let ok = match code {
        b'b' => long() && within(SHORT) && within((-128, 127)),
        b'B' => long() && within((0, 255)),
        b'h' => long() && within(SHORT),
        b'H' => long() && within(INT) && within((0, 65535)),
        b'i' => long() && within(INT),
        b'l' => long(),
        b'I' => (0..=u32::MAX as i128).contains(&i),
        b'L' | b'Q' => (0..=ULONG).contains(&i),
        _ => long(),
    };
    if ok {
        return Ok(i);
    }
    Err(int_range_error(cx, code, i))
}

#[cold]
#[inline(never)]
fn int_range_error(cx: &mut Ctx, code: u8, i: i128) -> Exc {
    const LONG: &str = "Python int too large to convert to C long";
    let bound = |what: &str| format!("{what} is {} than {}", if i < 0 { "less" } else { "greater" }, if i < 0 { "minimum" } else { "maximum" });
    let long = i64::try_from(i).is_ok();
    let msg = match code {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' if !long => LONG.to_string(),
        b'b' if !(i16::MIN as i128..=i16::MAX as i128).contains(&i) => bound("signed short integer"),
        b'b' => bound("signed char"),
        b'B' => bound("unsigned byte integer"),
        b'h' => bound("signed short integer"),
        b'H' if i32::try_from(i).is_err() => bound("signed integer"),
        b'H' => bound("unsigned short"),
        b'i' => bound("signed integer"),
        b'I' | b'L' if i < 0 => "can't convert negative value to unsigned int".to_string(),
        b'I' | b'L' if u64::try_from(i).is_err() => "Python int too large to convert to C unsigned long".to_string(),
        b'I' => "unsigned int is greater than maximum".to_string(),
        b'Q' if i < 0 => "can't convert negative int to unsigned".to_string(),
        _ => "int too big to convert".to_string(),
    };
    cx.overflow_error(msg)
}

/// Encode `items` (all or nothing).
fn encode_all(cx: &mut Ctx, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let s = itemsize(code);
    let mut out = vec![0u8; items.len() * s];
    for (k, &v) in items.iter().enumerate() {
        let bits = encode(cx, code, v)?;
        put(&mut out[k * s..(k + 1) * s], bits);
    }
    Ok(out)
}

/// The items of an iterable, encoded.
fn encode_iter(cx: &mut Ctx, code: u8, v: Value) -> PyResult<Vec<u8>> {
    if let Some(items) = runtime::list_items(v).or_else(|| runtime::tuple_items(v)) {
        let items = items.to_vec();
        return encode_all(cx, code, &items);
    }
    let it = runtime::get_iter(cx, v)?;
    let mut out = Vec::new();
    let s = itemsize(code);
    while let Some(x) = runtime::iter_next(cx, it)? {
        let bits = encode(cx, code, x)?;
        let n = out.len();
        out.resize(n + s, 0);
        put(&mut out[n..], bits);
    }
    Ok(out)
}

/// A str as 'u' items.
fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
}

// ---------------------------------------------------------------- errors

#[cold]
#[inline(never)]
fn resize_error(cx: &mut Ctx) -> Exc {
    let c = cx.rt.types.buffer_error;
    cx.err(c, "cannot resize an array that is exporting buffers")
}

fn check_resize(cx: &mut Ctx, a: &Array) -> PyResult<()> {
    if a.exports.get() > 0 {
        return Err(resize_error(cx));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn kind_error(cx: &mut Ctx) -> Exc {
    cx.type_error("bad argument type for built-in operation")
}

// ---------------------------------------------------------------- the module

/// Name (in the array class's dict) of the iterator class.
const ITER_KEY: &str = "__arrayiterator__";

/// The `array` module: the class, `ArrayType`, `typecodes`.
pub fn init_module(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("array");
    let cls = new_native_class(cx, "array", "array")?;
    let it = new_native_class(cx, "array", "arrayiterator")?;
    cls_ref(it).flags |= runtime::types::CF_FINAL;
    def_new(cx, cls, arr_new);
    let doc = cx.new_str(ARRAY_DOC);
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__doc__", doc);
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, ITER_KEY, Value::from_ptr(it));
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, "__hash__", Value::none());
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", |_, _, _| Ok(Value::none())),
        ("__repr__", arr_repr),
        ("__len__", arr_len),
        ("__getitem__", arr_getitem),
        ("__setitem__", arr_setitem),
        ("__delitem__", arr_delitem),
        ("__contains__", arr_contains),
        ("__iter__", arr_iter),
        ("__reversed__", arr_reversed),
        ("__eq__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Eq)),
        ("__ne__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Ne)),
        ("__lt__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Lt)),
        ("__le__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Le)),
        ("__gt__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Gt)),
        ("__ge__", |cx, a, k| arr_cmp(cx, a, k, crate::compile::CmpOp::Ge)),
        ("__add__", arr_add),
        ("__iadd__", arr_iadd),
        ("__mul__", |cx, a, k| arr_mul(cx, a, k, false)),
        ("__rmul__", |cx, a, k| arr_mul(cx, a, k, false)),
        ("__imul__", |cx, a, k| arr_mul(cx, a, k, true)),
        ("__copy__", arr_copy),
        ("__deepcopy__", arr_copy),
        ("__reduce_ex__", arr_reduce_ex),
        ("append", arr_append),
        ("extend", arr_extend),
        ("insert", arr_insert),
        ("pop", arr_pop),
        ("remove", arr_remove),
        ("index", arr_index),
        ("count", arr_count),
        ("reverse", arr_reverse),
        ("byteswap", arr_byteswap),
        ("buffer_info", arr_buffer_info),
        ("tobytes", arr_tobytes),
        ("frombytes", arr_frombytes),
        ("tolist", arr_tolist),
        ("fromlist", arr_fromlist),
        ("tounicode", arr_tounicode),
        ("fromunicode", arr_fromunicode),
        ("tofile", arr_tofile),
        ("fromfile", arr_fromfile),
    ];
    for &(name, f) in methods {
        runtime::types::def_method(cx, cls, name, f);
    }
    let props: &[(&'static str, NativeFn)] = &[
        ("typecode", |cx, a, _| {
            let c = me(cx, a, "typecode")?.code;
            Ok(cx.new_string((c as char).to_string()))
        }),
        ("itemsize", |cx, a, _| Ok(Value::from_small(me(cx, a, "itemsize")?.size() as i64))),
    ];
    def_getters(cx, cls, props);
    runtime::types::def_method(cx, it, "__next__", arr_iter_next);
    runtime::types::def_method(cx, it, "__iter__", iter_self);
    let c = Value::from_ptr(cls);
    super::super::modules::set(cx, m, "array", c);
    super::super::modules::set(cx, m, "ArrayType", c);
    super::super::modules::set_str(cx, m, "typecodes", TYPECODES);
    Ok(m)
}

const ARRAY_DOC: &str = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.";

/// A class `MODULE.NAME` whose methods are natives (no instance `__dict__`).
pub(super) fn new_native_class(cx: &mut Ctx, module: &str, name: &str) -> PyResult<*mut ClassObj> {
    let cname = cx.new_str(name);
    let ns = cx.new_dict();
    let (key, modname) = (cx.intern("__module__"), cx.new_str(module));
    runtime::set_item(cx, ns, key, modname)?;
    let base = Value::from_ptr(cx.rt.types.object);
    let c = runtime::class::new_class(cx, cname, &[base], ns)?;
    let p = runtime::class_of_value(c).expect("new_class makes a class");
    cls_ref(p).flags |= runtime::attr::CF_NO_DICT;
    Ok(p)
}

// ---------------------------------------------------------------- helpers

/// `__new__`'s class argument and the first class of its MRO whose own dict
/// has `key` (the native base class that class derives from).
pub(super) fn new_args_classes(cx: &mut Ctx, args: &[Value], key: &str) -> (Option<*mut ClassObj>, Option<*mut ClassObj>) {
    let cls = args.first().and_then(|&c| runtime::class_of_value(c));
    let key = cx.intern(key);
    let base = cls.and_then(|c| {
        cls_ref(c).mro.iter().copied().find(|&b| {
            // SAFETY: class dicts are live.
            unsafe { (*cls_ref(b).dict).t.get_str(key).is_some() }
        })
    });
    (cls, base)
}

fn me(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut Array> {
    match args.first().and_then(|&v| array_of(v)) {
        Some(a) => Ok(a),
        None => Err(bad_self(cx, args, "array.array", name)),
    }
}

/// Self plus exactly `n` positional arguments, no keywords.
fn me_n(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, n: usize) -> PyResult<&'static mut Array> {
    let a = me(cx, args, name)?;
    runtime::args::check_exact(cx, name, args, kw, n + 1)?;
    Ok(a)
}

/// The base `array.array` class of array `v` (its payload's header class).
fn base_of(v: Value) -> *mut ClassObj {
    runtime::unwrap_payload(v).header().class
}

/// A new array of class `cls` (base class `base`) holding `b`.
fn new_in(cx: &mut Ctx, base: *mut ClassObj, cls: *mut ClassObj, code: u8, b: Vec<u8>) -> Value {
    cx.heap.account(b.len());
    let p = new_tagged(cx, base, Array { code, b, exports: Rc::default() });
    runtime::class::wrap_payload(cx, cls, p)
}

/// A new plain array like `like` (same base class and typecode).
fn new_like(cx: &mut Ctx, like: Value, code: u8, b: Vec<u8>) -> Value {
    let base = base_of(like);
    new_in(cx, base, base, code, b)
}

fn index_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    match runtime::index_value(cx, v)? {
        Some(i) => Ok(i),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// The item `v` as bytes for typecode `code` (Python code may run).
fn encode_one(cx: &mut Ctx, code: u8, v: Value) -> PyResult<([u8; 8], usize)> {
    let bits = encode(cx, code, v)?;
    let s = itemsize(code);
    let mut buf = [0u8; 8];
    put(&mut buf[..s], bits);
    Ok((buf, s))
}

/// Index of the first item equal to `x` in `[lo, hi)`.
fn find(cx: &mut Ctx, arr: Value, x: Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    loop {
        let a = array_of(arr).unwrap();
        if i >= hi.min(a.len()) {
            return Ok(None);
        }
        let v = item(cx, a.code, a.raw(i));
        if runtime::eq(cx, v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

// ---------------------------------------------------------------- construction

/// `array.__new__(cls, typecode[, initializer])`.
fn arr_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // The base class: the first in the MRO holding the iterator class.
    let (Some(cls), Some(base)) = new_args_classes(cx, args, ITER_KEY) else {
        return Err(cx.type_error("array.__new__(X): X is not a subtype of array.array"));
    };
    if !kw.is_empty() && cls == base {
        return Err(cx.type_error("array.array() takes no keyword arguments"));
    }
    let a = &args[1..];
    nargs_varargs(cx, "array", a, 1, 2)?;
    let code = match runtime::str_of(a[0]) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
        _ => {
            let t = tname(cx, a[0]);
            return Err(cx.type_error(format!("array() argument 1 must be a unicode character, not {t}")));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(cx.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let code = code as u8;
    let b = match a.get(1) {
        Some(&init) => init_bytes(cx, code, init)?,
        None => Vec::new(),
    };
    Ok(new_in(cx, base, cls, code, b))
}

/// The items of an initializer: str ('u'), array, bytes/bytearray, iterable.
fn init_bytes(cx: &mut Ctx, code: u8, v: Value) -> PyResult<Vec<u8>> {
    let c = code as char;
    if let Some(s) = runtime::str_of(v) {
        if code != b'u' {
            return Err(cx.type_error(format!("cannot use a str to initialize an array with typecode '{c}'")));
        }
        return Ok(unicode_bytes(s));
    }
    if let Some(o) = array_of(v) {
        if o.code == b'u' && code != b'u' {
            return Err(cx.type_error(format!("cannot use a unicode array to initialize an array with typecode '{c}'")));
        }
        if o.code == code {
            return Ok(o.b.clone());
        }
        let items: Vec<Value> = (0..o.len()).map(|i| item(cx, o.code, o.raw(i))).collect();
        return encode_all(cx, code, &items);
    }
    if let Some(b) = super::bytes::bytes_of(v).or_else(|| super::bytearray::bytearray_of(v).map(|b| &b.b[..])) {
        if b.len() % itemsize(code) != 0 {
            return Err(cx.value_error("bytes length not a multiple of item size"));
        }
        return Ok(b.to_vec());
    }
    encode_iter(cx, code, v)
}

fn arr_repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__repr__", 0)?;
    let (code, n) = (a.code, a.len());
    let cn = runtime::type_name(cx, args[0]);
    if n == 0 {
        return Ok(cx.new_string(format!("{cn}('{}')", code as char)));
    }
    let body = if code == b'u' {
        let s = tounicode(a);
        let v = cx.new_string(s);
        runtime::repr_string(cx, v)?
    } else {
        let l = tolist(cx, args[0]);
        runtime::repr_string(cx, l)?
    };
    Ok(cx.new_string(format!("{cn}('{}', {body})", code as char)))
}

fn arr_len(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__len__", 0)?;
    Ok(Value::from_small(a.len() as i64))
}

// ---------------------------------------------------------------- subscription

fn arr_getitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__getitem__", 1)?;
    let key = args[1];
    if key.is_int() {
        return match norm(key.as_small(), a.len()) {
            Some(i) => Ok(item(cx, a.code, a.raw(i))),
            None => Err(cx.index_error("array index out of range")),
        };
    }
    if key.is_kind(Kind::Slice) {
        let (start, _, step, n) = slice_now(cx, args[0], key)?;
        let a = me(cx, args, "__getitem__")?;
        let s = a.size();
        let mut out = Vec::with_capacity(n * s);
        for k in 0..n {
            out.extend_from_slice(a.raw((start + k as i64 * step) as usize));
        }
        let code = a.code;
        return Ok(new_like(cx, args[0], code, out));
    }
    let i = index_key(cx, key)?;
    let a = me(cx, args, "__getitem__")?;
    match norm(i, a.len()) {
        Some(i) => Ok(item(cx, a.code, a.raw(i))),
        None => Err(cx.index_error("array index out of range")),
    }
}

/// `key.indices(len(arr))` for the array as it is afterwards: a bound's
/// `__index__` may have resized it (then the bounds are resolved again).
fn slice_now(cx: &mut Ctx, arr: Value, key: Value) -> PyResult<(i64, i64, i64, usize)> {
    for _ in 0..4 {
        let len = array_of(arr).unwrap().len();
        let r = runtime::slice_indices(cx, key, len)?;
        if array_of(arr).unwrap().len() == len {
            return Ok(r);
        }
    }
    Err(cx.runtime_error("array changed size during slicing"))
}

fn index_key(cx: &mut Ctx, key: Value) -> PyResult<i64> {
    match runtime::index_value(cx, key)? {
        Some(i) => Ok(i),
        None => Err(cx.type_error("array indices must be integers")),
    }
}

fn arr_setitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__setitem__", 2)?;
    assign(cx, args[0], args[1], Some(args[2]))?;
    Ok(Value::none())
}

fn arr_delitem(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__delitem__", 1)?;
    assign(cx, args[0], args[1], None)?;
    Ok(Value::none())
}

/// `obj[key] = val` (`val` Some) or `del obj[key]` (None).
fn assign(cx: &mut Ctx, obj: Value, key: Value, val: Option<Value>) -> PyResult<()> {
    if !key.is_kind(Kind::Slice) {
        let i = index_key(cx, key)?;
        let a = array_of(obj).unwrap();
        if norm(i, a.len()).is_none() {
            return Err(cx.index_error("array assignment index out of range"));
        }
        let code = a.code;
        let enc = match val {
            Some(v) => Some(encode(cx, code, v)?),
            None => None,
        };
        let a = array_of(obj).unwrap();
        let Some(i) = norm(i, a.len()) else { return Err(cx.index_error("array assignment index out of range")) };
        let s = a.size();
        match enc {
            Some(bits) => put(&mut a.b[i * s..(i + 1) * s], bits),
            None => {
                check_resize(cx, a)?;
                a.b.drain(i * s..(i + 1) * s);
            }
        }
        return Ok(());
    }
    let src: Vec<u8> = match val {
        None => Vec::new(),
        Some(v) => match array_of(v) {
            Some(o) if o.code == array_of(obj).unwrap().code => o.b.clone(),
            Some(_) => return Err(kind_error(cx)),
            None => {
                let t = tname(cx, v);
                return Err(cx.type_error(format!("can only assign array (not \"{t}\") to array slice")));
            }
        },
    };
    let (start, stop, step, n) = slice_now(cx, obj, key)?;
    let a = array_of(obj).unwrap();
    let s = a.size();
    let m = src.len() / s;
    if step == 1 {
        let (lo, hi) = (start as usize, stop.max(start) as usize);
        if m != hi - lo {
            check_resize(cx, a)?;
        }
        a.b.splice(lo * s..hi * s, src);
        return Ok(());
    }
    if m == 0 {
        // Deleting, or assigning an empty array, removes an extended slice.
        if n > 0 {
            check_resize(cx, a)?;
        }
        let mut drop = vec![false; a.len()];
        for k in 0..n {
            drop[(start + k as i64 * step) as usize] = true;
        }
        let old = std::mem::take(&mut a.b);
        a.b = old.chunks_exact(s).zip(&drop).filter(|(_, &d)| !d).flat_map(|(c, _)| c.iter().copied()).collect();
        return Ok(());
    }
    if m != n {
        return Err(cx.value_error(format!("attempt to assign array of size {m} to extended slice of size {n}")));
    }
    for (k, x) in src.chunks_exact(s).enumerate() {
        let o = (start + k as i64 * step) as usize * s;
        a.b[o..o + s].copy_from_slice(x);
    }
    Ok(())
}

fn arr_contains(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__contains__", 1)?;
    Ok(Value::bool(find(cx, args[0], args[1], 0, usize::MAX)?.is_some()))
}

// ---------------------------------------------------------------- iteration

fn iter_class(cx: &mut Ctx, arr: Value) -> *mut ClassObj {
    let key = cx.intern(ITER_KEY);
    // SAFETY: the base class's dict is live; init_module stored the iterator class in it.
    let v = unsafe { (*cls_ref(base_of(arr)).dict).t.get_str(key) };
    v.and_then(runtime::class_of_value).unwrap_or(cx.rt.types.bytearray_iterator)
}

fn arr_iter(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__iter__", 0)?;
    let cls = iter_class(cx, args[0]);
    Ok(new_buf_iter(cx, cls, args[0], 0, false))
}

fn arr_reversed(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = me_n(cx, args, kw, "__reversed__", 0)?.len();
    let cls = iter_class(cx, args[0]);
    Ok(new_buf_iter(cx, cls, args[0], n, true))
}

fn arr_iter_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(it) = args.first().and_then(|&v| tagged::<BufIter>(v)) else {
        return Err(bad_self(cx, args, "arrayiterator", "__next__"));
    };
    let Some(a) = array_of(it.obj) else { return Err(cx.stop_iteration(Value::none())) };
    match it.advance(a.len()) {
        Some(i) => Ok(item(cx, a.code, a.raw(i))),
        None => Err(cx.stop_iteration(Value::none())),
    }
}

// ---------------------------------------------------------------- operators

fn arr_cmp(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], op: crate::compile::CmpOp) -> PyResult<Value> {
    use crate::compile::CmpOp;
    me_n(cx, args, kw, "__eq__", 1)?;
    let (x, y) = (args[0], args[1]);
    let Some(b) = array_of(y) else { return Ok(Value::not_implemented()) };
    let a = array_of(x).unwrap();
    let (na, nb) = (a.len(), b.len());
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    // The first differing pair decides; identical bytes of one integer typecode are equal items.
    let mut i = 0;
    loop {
        let (a, b) = (array_of(x).unwrap(), array_of(y).unwrap());
        if i >= a.len().min(b.len()) {
            let (na, nb) = (a.len(), b.len());
            let r = match op {
                CmpOp::Eq => na == nb,
                CmpOp::Ne => na != nb,
                CmpOp::Lt => na < nb,
                CmpOp::Le => na <= nb,
                CmpOp::Gt => na > nb,
                _ => na >= nb,
            };
            return Ok(Value::bool(r));
        }
        let same = a.code == b.code && !matches!(a.code, b'f' | b'd') && a.raw(i) == b.raw(i);
        if !same {
            let (va, vb) = (item(cx, a.code, a.raw(i)), item(cx, b.code, b.raw(i)));
            if !runtime::eq(cx, va, vb)? {
                return match op {
                    CmpOp::Eq => Ok(Value::bool(false)),
                    CmpOp::Ne => Ok(Value::bool(true)),
                    _ => runtime::compare(cx, op, va, vb),
                };
            }
        }
        i += 1;
    }
}

fn arr_add(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "__add__", 1)?;
    match array_of(args[1]) {
        Some(o) if o.code == a.code => {
            let mut v = Vec::with_capacity(a.b.len() + o.b.len());
            v.extend_from_slice(&a.b);
            v.extend_from_slice(&o.b);
            let code = a.code;
            Ok(new_like(cx, args[0], code, v))
        }
        Some(_) => Err(kind_error(cx)),
        None if args[1].is_kind(Kind::Instance) && runtime::str_of(args[1]).is_none() => Ok(Value::not_implemented()),
        None => {
            let t = tname(cx, args[1]);
            Err(cx.type_error(format!("can only append array (not \"{t}\") to array")))
        }
    }
}

fn arr_iadd(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "__iadd__", 1)?;
    if array_of(args[1]).is_none() {
        let t = tname(cx, args[1]);
        return Err(cx.type_error(format!("can only extend array with array (not \"{t}\")")));
    }
    extend(cx, args[0], args[1])?;
    Ok(args[0])
}

fn arr_mul(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], inplace: bool) -> PyResult<Value> {
    me_n(cx, args, kw, "__mul__", 1)?;
    let n = match runtime::index_value(cx, args[1]) {
        Ok(Some(n)) => n.max(0) as usize,
        Ok(None) => return Ok(Value::not_implemented()),
        Err(e) => return Err(e),
    };
    let a = array_of(args[0]).unwrap();
    if a.b.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
        return Err(cx.memory_error(""));
    }
    let v = a.b.repeat(n);
    if inplace {
        if v.len() != a.b.len() {
            check_resize(cx, a)?;
        }
        cx.heap.account(v.len());
        a.b = v;
        return Ok(args[0]);
    }
    let code = a.code;
    Ok(new_like(cx, args[0], code, v))
}

fn arr_copy(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me(cx, args, "__copy__")?;
    runtime::args::check_range(cx, "__copy__", args, kw, 1, 2)?;
    let (code, b) = (a.code, a.b.clone());
    Ok(new_like(cx, args[0], code, b))
}

/// `__reduce_ex__(protocol)`: `(type(self), (typecode, self.tolist()), self.__dict__ or None)`,
/// CPython's form for protocols 0-2 (it uses `_array_reconstructor` for 3+; both round-trip).
fn arr_reduce_ex(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let code = me_n(cx, args, kw, "__reduce_ex__", 1)?.code;
    let cls = Value::from_ptr(runtime::type_of(cx, args[0]));
    let tc = cx.new_string((code as char).to_string());
    let items = tolist(cx, args[0]);
    let init = cx.new_tuple(vec![tc, items]);
    let name = cx.intern("__dict__");
    let state = match args[0].is_kind(Kind::Instance) {
        true => runtime::get_attr_opt(cx, args[0], name)?.unwrap_or(Value::none()),
        false => Value::none(),
    };
    Ok(cx.new_tuple(vec![cls, init, state]))
}

// ---------------------------------------------------------------- methods

fn arr_append(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let code = me_n(cx, args, kw, "append", 1)?.code;
    let bits = encode(cx, code, args[1])?;
    let a = array_of(args[0]).unwrap();
    check_resize(cx, a)?;
    let n = a.b.len();
    a.b.resize(n + itemsize(code), 0);
    put(&mut a.b[n..], bits);
    Ok(Value::none())
}

/// `arr.extend(v)`: an array of the same typecode or any iterable.
fn extend(cx: &mut Ctx, arr: Value, v: Value) -> PyResult<()> {
    let code = array_of(arr).unwrap().code;
    let more = match array_of(v) {
        Some(o) if o.code == code => o.b.clone(),
        Some(_) => return Err(cx.type_error("can only extend with array of same kind")),
        None => encode_iter(cx, code, v)?,
    };
    let a = array_of(arr).unwrap();
    if !more.is_empty() {
        check_resize(cx, a)?;
    }
    cx.heap.account(more.len());
    a.b.extend_from_slice(&more);
    Ok(())
}

fn arr_extend(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "extend", 1)?;
    extend(cx, args[0], args[1])?;
    Ok(Value::none())
}

fn arr_insert(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let code = me_n(cx, args, kw, "insert", 2)?.code;
    let i = index_arg(cx, args[1])?;
    let (buf, s) = encode_one(cx, code, args[2])?;
    let a = array_of(args[0]).unwrap();
    check_resize(cx, a)?;
    let n = a.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    a.b.splice(at * s..at * s, buf[..s].iter().copied());
    Ok(Value::none())
}

fn arr_pop(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "pop")?;
    runtime::args::check_range(cx, "pop", args, kw, 1, 2)?;
    let i = match args.get(1) {
        Some(&v) => index_arg(cx, v)?,
        None => -1,
    };
    let a = array_of(args[0]).unwrap();
    if a.len() == 0 {
        return Err(cx.index_error("pop from empty array"));
    }
    let Some(i) = norm(i, a.len()) else { return Err(cx.index_error("pop index out of range")) };
    check_resize(cx, a)?;
    let v = item(cx, a.code, a.raw(i));
    let s = a.size();
    a.b.drain(i * s..(i + 1) * s);
    Ok(v)
}

fn arr_remove(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "remove", 1)?;
    let Some(i) = find(cx, args[0], args[1], 0, usize::MAX)? else {
        return Err(cx.value_error("array.remove(x): x not in array"));
    };
    let a = array_of(args[0]).unwrap();
    check_resize(cx, a)?;
    let s = a.size();
    a.b.drain(i * s..(i + 1) * s);
    Ok(Value::none())
}

fn arr_index(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me(cx, args, "index")?;
    runtime::args::check_range(cx, "index", args, kw, 2, 4)?;
    let start = match args.get(2) {
        Some(&v) => slice_arg(cx, v, 0)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => slice_arg(cx, v, i64::MAX)?,
        None => i64::MAX,
    };
    let n = array_of(args[0]).unwrap().len();
    let (lo, hi) = adjust_range(start, stop, n);
    match find(cx, args[0], args[1], lo, hi)? {
        Some(i) => Ok(Value::from_small(i as i64)),
        None => Err(cx.value_error("array.index(x): x not in array")),
    }
}

fn arr_count(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "count", 1)?;
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find(cx, args[0], args[1], i, usize::MAX)? {
        n += 1;
        i = j + 1;
    }
    Ok(Value::from_small(n))
}

fn arr_reverse(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "reverse", 0)?;
    let s = a.size();
    let old = std::mem::take(&mut a.b);
    a.b = old.rchunks_exact(s).flatten().copied().collect();
    Ok(Value::none())
}

fn arr_byteswap(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "byteswap", 0)?;
    let s = a.size();
    a.b.chunks_exact_mut(s).for_each(<[u8]>::reverse);
    Ok(Value::none())
}

fn arr_buffer_info(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "buffer_info", 0)?;
    let (p, n) = (a.b.as_ptr() as i64, a.len() as i64);
    let p = cx.new_int(p);
    Ok(cx.new_tuple(vec![p, Value::from_small(n)]))
}

fn arr_tobytes(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "tobytes", 0)?.b.clone();
    Ok(cx.new_bytes(b))
}

fn arr_frombytes(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "frombytes", 1)?;
    let b = super::super::modules::buffer_arg(cx, args[1])?;
    if b.len() % a.size() != 0 {
        return Err(cx.value_error("bytes length not a multiple of item size"));
    }
    if !b.is_empty() {
        check_resize(cx, a)?;
    }
    let b = b.to_vec();
    cx.heap.account(b.len());
    array_of(args[0]).unwrap().b.extend_from_slice(&b);
    Ok(Value::none())
}

/// The items as a list.
fn tolist(cx: &mut Ctx, arr: Value) -> Value {
    let a = array_of(arr).unwrap();
    let items: Vec<Value> = (0..a.len()).map(|i| item(cx, a.code, a.raw(i))).collect();
    cx.new_list(items)
}

fn arr_tolist(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    me_n(cx, args, kw, "tolist", 0)?;
    Ok(tolist(cx, args[0]))
}

fn arr_fromlist(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let code = me_n(cx, args, kw, "fromlist", 1)?.code;
    let Some(items) = runtime::list_items(args[1]) else {
        return Err(cx.type_error("arg must be list"));
    };
    let items = items.to_vec();
    let more = encode_all(cx, code, &items)?;
    let a = array_of(args[0]).unwrap();
    if !more.is_empty() {
        check_resize(cx, a)?;
    }
    a.b.extend_from_slice(&more);
    Ok(Value::none())
}

fn tounicode(a: &Array) -> String {
    a.b.chunks_exact(4).map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{FFFD}')).collect()
}

fn arr_tounicode(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "tounicode", 0)?;
    if a.code != b'u' {
        return Err(cx.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = tounicode(a);
    Ok(cx.new_string(s))
}

fn arr_fromunicode(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = me_n(cx, args, kw, "fromunicode", 1)?;
    let Some(s) = runtime::str_of(args[1]) else {
        let t = tname(cx, args[1]);
        return Err(cx.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if a.code != b'u' {
        return Err(cx.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    if !s.is_empty() {
        check_resize(cx, a)?;
    }
    a.b.extend_from_slice(&unicode_bytes(s));
    Ok(Value::none())
}

/// `tofile(f)`: `f.write(self.tobytes())` (CPython writes 64 KiB blocks; one write here).
fn arr_tofile(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = me_n(cx, args, kw, "tofile", 1)?.b.clone();
    let b = cx.new_bytes(b);
    runtime::call::call_method(cx, args[1], "write", &[b])?;
    Ok(Value::none())
}

/// `fromfile(f, n)`: append `n` items read by `f.read`; EOFError (after
/// appending the whole items read) when the file has fewer.
fn arr_fromfile(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = me_n(cx, args, kw, "fromfile", 2)?.size();
    let n = index_arg(cx, args[2])?;
    if n < 0 {
        return Err(cx.value_error("negative count"));
    }
    let want = (n as usize).checked_mul(s).ok_or_else(|| cx.memory_error(""))?;
    let size = cx.new_int(want as i64);
    let r = runtime::call::call_method(cx, args[1], "read", &[size])?;
    let Some(b) = super::bytes::bytes_of(r) else {
        return Err(cx.type_error("read() didn't return bytes"));
    };
    let got = b.len() - b.len() % s;
    let b = b[..got].to_vec();
    let a = array_of(args[0]).unwrap();
    if !b.is_empty() {
        check_resize(cx, a)?;
    }
    a.b.extend_from_slice(&b);
    if got < want {
        let c = cx.rt.types.eof_error;
        return Err(cx.err(c, "read() didn't return enough bytes"));
    }
    Ok(Value::none())
}
