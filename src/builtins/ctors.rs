//! Constructors of builtin types (`__new__` natives in the class dicts):
//! int, float, str, bool, list, tuple, dict, set, frozenset, range, bytes.
//! `args[0]` is the class; results for user subclasses are wrapped by
//! `runtime::class::wrap_new`.
use super::strs::{decimal_value, py_isspace};
use super::util::*;
use crate::heap::*;
use crate::runtime::num::{self, Num};
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Num as _, ToPrimitive};

pub fn install(cx: &mut Ctx) {
    let t = &cx.rt.types;
    let news: [(*mut ClassObj, NativeFn); 13] = [
        (t.ellipsis, ellipsis_new),
        (t.not_implemented, notimpl_new),
        (t.int, int_new),
        (t.float, float_new),
        (t.str, str_new),
        (t.bool, bool_new),
        (t.list, list_new),
        (t.tuple, tuple_new),
        (t.dict, dict_new),
        (t.set, set_new),
        (t.frozenset, frozenset_new),
        (t.range, range_new),
        (t.bytes, bytes_new),
    ];
    for (cls, f) in news {
        let n = cx.new_native("__new__", f);
        let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f: n });
        let d = runtime::cls_ref(cls).dict;
        runtime::types::dict_set_str(cx, d, "__new__", sm);
    }
    let r = cx.rt.types.range;
    runtime::types::def_method(cx, r, "count", range_count);
    runtime::types::def_method(cx, r, "index", range_index);
    let b = cx.rt.types.bytes;
    runtime::types::def_method(cx, b, "decode", bytes_decode);
    runtime::types::def_method(cx, cx.rt.types.bytearray, "decode", bytes_decode);
}

// ---------------------------------------------------------------- singletons

fn singleton_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, v: Value) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(cx.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}
fn ellipsis_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    singleton_new(cx, args, kw, "ellipsis", Value::ellipsis())
}
fn notimpl_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    singleton_new(cx, args, kw, "NotImplementedType", Value::not_implemented())
}



/// The class argument of a `__new__` native.
#[inline]
fn cls_arg(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<*mut ClassObj> {
    match args.first().and_then(|&c| runtime::class_of_value(c)) {
        Some(c) => Ok(c),
        None => Err(cx.type_error(format!("{name}.__new__(X): X is not a type object"))),
    }
}

#[inline]
fn wrap(cx: &mut Ctx, cls: *mut ClassObj, v: Value) -> Value {
    runtime::class::wrap_new(cx, cls, v)
}

// ---------------------------------------------------------------- int

fn int_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "int")?;
    if args.len() == 2 && kw.is_empty() && cls == cx.rt.types.int {
        return int_from(cx, args[1]);
    }
    let [x, base] = parse_args(cx, "int", &args[1..], kw, ["x", "base"], 0)?;
    let v = if x.is_unbound() {
        if !base.is_unbound() {
            return Err(cx.type_error("int() missing string argument"));
        }
        Value::from_small(0)
    } else if base.is_unbound() {
        int_from(cx, x)?
    } else {
        let b = to_index(cx, base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(cx.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text: String = if let Some(s) = str_of(x) {
            s.to_string()
        } else if let Some(bs) = runtime::unwrap_payload(x).downcast::<BytesObj>(Kind::Bytes) {
            String::from_utf8_lossy(&bs.b).into_owned()
        } else {
            return Err(cx.type_error("int() can't convert non-string with explicit base"));
        };
        parse_int_value(cx, &text, b as u32, x)?
    };
    Ok(wrap(cx, cls, v))
}

/// `int(x)` for one argument.
pub fn int_from(cx: &mut Ctx, x: Value) -> PyResult<Value> {
    if x.is_int() {
        return Ok(x);
    }
    if !x.is_kind(Kind::Instance) || !runtime::unwrap_payload(x).is_unbound() {
        match num::num_of(x) {
            Some(Num::I(i)) if !x.is_kind(Kind::Instance) => return Ok(cx.new_int(i)),
            Some(Num::B(b)) if !x.is_kind(Kind::Instance) => return Ok(cx.new_bigint(b.clone())),
            Some(Num::F(f)) if !x.is_kind(Kind::Instance) => return float_to_int(cx, f),
            _ => {}
        }
        if let Some(s) = str_of(x) {
            return parse_int_value(cx, s, 10, x);
        }
        if let Some(bs) = x.downcast::<BytesObj>(Kind::Bytes) {
            let s = String::from_utf8_lossy(&bs.b).into_owned();
            return parse_int_value(cx, &s, 10, x);
        }
    }
    // __int__, __index__, __trunc__ (user classes first; then builtin payloads).
    let cls = runtime::type_of(cx, x);
    for name in ["__int__", "__index__", "__trunc__"] {
        let n = cx.intern(name);
        if let Some(f) = runtime::user_lookup(cls, n) {
            let r = runtime::call_dunder(cx, f, x, &[])?;
            if runtime::is_int_value(r) {
                return Ok(int_exact(cx, r));
            }
            let t = tname(cx, r);
            return Err(cx.type_error(format!("{name} returned non-int (type {t})")));
        }
    }
    let p = runtime::unwrap_payload(x);
    if p != x {
        return int_from(cx, p);
    }
    let t = tname(cx, x);
    Err(cx.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
}

/// An exact int from any int value (bool / subclass -> plain int).
fn int_exact(cx: &mut Ctx, v: Value) -> Value {
    if v.is_int() {
        return v;
    }
    match num::num_of(v) {
        Some(Num::I(i)) => cx.new_int(i),
        Some(Num::B(b)) => cx.new_bigint(b.clone()),
        _ => v,
    }
}

/// float -> int truncation with CPython's errors.
pub fn float_to_int(cx: &mut Ctx, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(cx.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(cx.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(cx.new_int(t as i64));
    }
    Ok(cx.new_bigint(num::float_to_bigint(t)))
}

#[cold]
fn invalid_literal(cx: &mut Ctx, base: u32, orig: Value) -> crate::Exc {
    let r = match str_of(orig) {
        Some(s) => runtime::repr::str_repr(s),
        None => runtime::repr_string(cx, orig).unwrap_or_default(),
    };
    // CPython formats with `%.200R`: the repr cut to 200 characters.
    let r = match r.char_indices().nth(200) {
        Some((i, _)) => &r[..i],
        None => &r[..],
    };
    cx.value_error(format!("invalid literal for int() with base {base}: {r}"))
}

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

fn parse_int_value(cx: &mut Ctx, s: &str, base: u32, orig: Value) -> PyResult<Value> {
    if s.len() > INT_MAX_STR_DIGITS && !base.is_power_of_two() {
        let n = s.trim_matches(py_isspace).trim_start_matches(['+', '-']).chars().filter(|&c| c != '_').count();
        if n > INT_MAX_STR_DIGITS && parse_int(s, base).is_some() {
            return Err(cx.value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    match parse_int(s, base) {
        Some(b) => match b.to_i64() {
            Some(i) => Ok(cx.new_int(i)),
            None => Ok(cx.new_bigint(b)),
        },
        None => Err(invalid_literal(cx, base, orig)),
    }
}

/// Parse Python int literal text (`int(s, base)` rules). None if invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let s = s.trim_matches(py_isspace);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = |i: usize| s.as_bytes().get(i).map(|c| c.to_ascii_lowercase());
    let mut base = base;
    let mut body = s;
    let mut prefixed = false;
    if lower(0) == Some(b'0') {
        let p = match lower(1) {
            Some(b'x') => 16,
            Some(b'o') => 8,
            Some(b'b') => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            base = p;
            body = &s[2..];
            prefixed = true;
        }
    }
    let base0 = base == 0;
    if base0 {
        base = 10;
    }
    // Digits with single underscores between them (one may follow a prefix).
    let mut digits = String::with_capacity(body.len());
    let mut prev_us = !prefixed;
    let mut any = false;
    for c in body.chars() {
        if c == '_' {
            if prev_us {
                return None;
            }
            prev_us = true;
            continue;
        }
        let d = match c.to_digit(36) {
            Some(d) => d,
            None => decimal_value(c)?,
        };
        if d >= base {
            return None;
        }
        digits.push(std::char::from_digit(d, 36).unwrap());
        prev_us = false;
        any = true;
    }
    if !any || prev_us {
        return None;
    }
    // Base 0: a decimal literal may not have leading zeros (except all zeros).
    if base0 && !prefixed && digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|c| c != b'0') {
        return None;
    }
    let v = if digits.len() <= 18 && base == 10 {
        BigInt::from(digits.parse::<i64>().ok()?)
    } else {
        BigInt::from_str_radix(&digits, base).ok()?
    };
    Some(if neg { -v } else { v })
}

// ---------------------------------------------------------------- float

fn float_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "float")?;
    if !kw.is_empty() {
        return Err(cx.type_error("float() takes no keyword arguments"));
    }
    nargs(cx, "float", &args[1..], 0, 1)?;
    let f = match args.get(1) {
        None => 0.0,
        Some(&x) => float_from(cx, x)?,
    };
    let v = cx.new_float(f);
    Ok(wrap(cx, cls, v))
}

/// `float(x)` as an f64.
pub fn float_from(cx: &mut Ctx, x: Value) -> PyResult<f64> {
    if x.is_float() {
        return Ok(x.as_float());
    }
    if !x.is_kind(Kind::Instance) {
        if let Some(n) = num::num_of(x) {
            return num::int_to_f64(cx, n);
        }
        if let Some(s) = str_of(x) {
            return parse_float_value(cx, s, x);
        }
        if let Some(bs) = x.downcast::<BytesObj>(Kind::Bytes) {
            let s = String::from_utf8_lossy(&bs.b).into_owned();
            return parse_float_value(cx, &s, x);
        }
    }
    let cls = runtime::type_of(cx, x);
    for name in ["__float__", "__index__"] {
        let n = cx.intern(name);
        if let Some(f) = runtime::user_lookup(cls, n) {
            let r = runtime::call_dunder(cx, f, x, &[])?;
            if let Some(v) = runtime::float_of(r) {
                return Ok(v);
            }
            if let Some(n) = num::num_of(r).filter(|_| name == "__index__") {
                return num::int_to_f64(cx, n);
            }
            let t = tname(cx, r);
            return Err(cx.type_error(format!("{name} returned non-float (type {t})")));
        }
    }
    let p = runtime::unwrap_payload(x);
    if p != x {
        return float_from(cx, p);
    }
    let t = tname(cx, x);
    Err(cx.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
}

fn parse_float_value(cx: &mut Ctx, s: &str, orig: Value) -> PyResult<f64> {
    match parse_float(s) {
        Some(f) => Ok(f),
        None => {
            let r = match str_of(orig) {
                Some(s) => runtime::repr::str_repr(s),
                None => runtime::repr_string(cx, orig)?,
            };
            Err(cx.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

/// Parse Python float text (`float(s)` rules). None if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(py_isspace);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        return Some(if neg { -f } else { f });
    }
    // Only [0-9._eE+-] and non-ASCII decimal digits; underscores between digits.
    let mut clean = String::with_capacity(body.len());
    let chars: Vec<char> = body.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' | '.' | 'e' | 'E' | '+' | '-' => clean.push(c),
            '_' => {
                let ok = i > 0
                    && i + 1 < chars.len()
                    && chars[i - 1].is_ascii_digit()
                    && chars[i + 1].is_ascii_digit();
                if !ok {
                    return None;
                }
            }
            _ => clean.push(char::from_digit(decimal_value(c)?, 10)?),
        }
    }
    // Rust accepts "inf"/"nan" spellings and leading '+', which are handled above.
    if clean.is_empty() || clean.starts_with(['+', '-']) || !clean.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let f: f64 = clean.parse().ok()?;
    Some(if neg { -f } else { f })
}

// ---------------------------------------------------------------- str / bool

fn str_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "str")?;
    if args.len() == 2 && kw.is_empty() && cls == cx.rt.types.str {
        return cx.str_of(args[1]);
    }
    let [obj, encoding, errors] = parse_args(cx, "str", &args[1..], kw, ["object", "encoding", "errors"], 0)?;
    let v = if obj.is_unbound() {
        cx.new_str("")
    } else if encoding.is_unbound() && errors.is_unbound() {
        if obj.is_kind(Kind::Str) {
            obj
        } else {
            runtime::to_str(cx, obj)?
        }
    } else {
        let Some(b) = super::bytes::bytes_like(obj) else {
            let t = tname(cx, obj);
            return Err(cx.type_error(format!("decoding to str: need a bytes-like object, {t} found")));
        };
        let bytes = b.to_vec();
        let enc = if given(encoding) { str_of(encoding).unwrap_or("utf-8") } else { "utf-8" };
        let errs = if given(errors) { str_of(errors).unwrap_or("strict") } else { "strict" };
        let s = super::codecs::decode(cx, &bytes, enc, errs)?;
        cx.new_string(s)
    };
    Ok(wrap(cx, cls, v))
}

fn bool_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cls_arg(cx, args, "bool")?;
    if !kw.is_empty() {
        return Err(cx.type_error("bool() takes no keyword arguments"));
    }
    nargs(cx, "bool", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::false_()),
        Some(&x) => Ok(Value::bool(runtime::truthy(cx, x)?)),
    }
}

// ---------------------------------------------------------------- containers

fn one_iterable(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Option<Value>> {
    if !kw.is_empty() {
        return Err(cx.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 2 {
        return Err(cx.type_error(format!("{name} expected at most 1 argument, got {}", args.len() - 1)));
    }
    Ok(args.get(1).copied())
}

fn list_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "list")?;
    let items = match one_iterable(cx, args, kw, "list")? {
        Some(it) => collect(cx, it)?,
        None => Vec::new(),
    };
    let v = cx.new_list(items);
    Ok(wrap(cx, cls, v))
}

fn tuple_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "tuple")?;
    let v = match one_iterable(cx, args, kw, "tuple")? {
        Some(it) if it.is_kind(Kind::Tuple) => it,
        Some(it) => {
            let items = collect(cx, it)?;
            cx.new_tuple(items)
        }
        None => cx.new_tuple(Vec::new()),
    };
    Ok(wrap(cx, cls, v))
}

fn dict_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "dict")?;
    if args.len() > 2 {
        return Err(cx.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    let d = cx.new_dict();
    let other = args.get(1).copied().unwrap_or(Value::UNBOUND);
    super::dicts::update_from(cx, d, other, kw)?;
    Ok(wrap(cx, cls, d))
}

fn set_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "set")?;
    let t = match one_iterable(cx, args, kw, "set")? {
        Some(it) => super::sets::table_of(cx, it)?,
        None => Default::default(),
    };
    let v = cx.new_set_from(t, false);
    Ok(wrap(cx, cls, v))
}

fn frozenset_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "frozenset")?;
    let v = match one_iterable(cx, args, kw, "frozenset")? {
        Some(it) if it.is_kind(Kind::FrozenSet) => it,
        Some(it) => {
            let t = super::sets::table_of(cx, it)?;
            cx.new_set_from(t, true)
        }
        None => cx.new_frozenset(),
    };
    Ok(wrap(cx, cls, v))
}

// ---------------------------------------------------------------- range

fn range_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cls_arg(cx, args, "range")?;
    if !kw.is_empty() {
        return Err(cx.type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, to_index(cx, a[0])?, 1),
        2 => (to_index(cx, a[0])?, to_index(cx, a[1])?, 1),
        3 => (to_index(cx, a[0])?, to_index(cx, a[1])?, to_index(cx, a[2])?),
        0 => return Err(cx.type_error("range expected at least 1 argument, got 0")),
        n => return Err(cx.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(cx.value_error("range() arg 3 must not be zero"));
    }
    Ok(cx.new_range(start, stop, step))
}

fn range_self(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<(i64, i64, i64)> {
    match args.first().and_then(|v| v.downcast::<RangeObj>(Kind::Range)) {
        Some(r) => Ok((r.start, r.stop, r.step)),
        None => Err(super::lists::bad_self(cx, args, "range", name)),
    }
}

/// Position of `x` in the range, if it is an int inside it.
fn range_pos(r: (i64, i64, i64), x: Value) -> Option<i64> {
    if x.is_kind(Kind::Instance) {
        return None;
    }
    let i = runtime::int_of(x)?;
    let (start, stop, step) = r;
    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
    if inside && (i as i128 - start as i128) % step as i128 == 0 {
        Some(((i as i128 - start as i128) / step as i128) as i64)
    } else {
        None
    }
}

fn range_count(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = range_self(cx, args, "count")?;
    nargs(cx, "count", &args[1..], 1, 1)?;
    if runtime::int_of(args[1]).is_some() && !args[1].is_kind(Kind::Instance) {
        return Ok(Value::from_small(range_pos(r, args[1]).is_some() as i64));
    }
    // Generic: count equal elements (floats equal to ints, user __eq__).
    let it = runtime::get_iter(cx, args[0])?;
    let mut n = 0;
    while let Some(v) = runtime::iter_next(cx, it)? {
        if runtime::eq(cx, v, args[1])? {
            n += 1;
        }
    }
    Ok(Value::from_small(n))
}

fn range_index(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = range_self(cx, args, "index")?;
    nargs(cx, "index", &args[1..], 1, 1)?;
    if let Some(p) = range_pos(r, args[1]) {
        return Ok(cx.new_int(p));
    }
    if runtime::int_of(args[1]).is_none() {
        let it = runtime::get_iter(cx, args[0])?;
        let mut i = 0;
        while let Some(v) = runtime::iter_next(cx, it)? {
            if runtime::eq(cx, v, args[1])? {
                return Ok(cx.new_int(i));
            }
            i += 1;
        }
    }
    let s = runtime::repr_string(cx, args[1])?;
    Err(cx.value_error(format!("{s} is not in range")))
}

// ---------------------------------------------------------------- bytes

fn bytes_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = cls_arg(cx, args, "bytes")?;
    let [src, encoding, errors] = parse_args(cx, "bytes", &args[1..], kw, ["source", "encoding", "errors"], 0)?;
    let v = if src.is_kind(Kind::Bytes) && !given(encoding) && !given(errors) {
        src
    } else if let Some(b) = dunder_bytes(cx, src, encoding, errors)? {
        if cls == cx.rt.types.bytes {
            return Ok(b); // as returned, even a bytes subclass (CPython)
        }
        runtime::unwrap_payload(b)
    } else {
        let b = source_bytes(cx, src, encoding, errors, "bytes")?;
        cx.new_bytes(b)
    };
    Ok(wrap(cx, cls, v))
}

/// `bytes(obj)` of an object whose type defines `__bytes__`: its result,
/// which must be bytes (CPython's TypeError otherwise).
fn dunder_bytes(cx: &mut Ctx, src: Value, encoding: Value, errors: Value) -> PyResult<Option<Value>> {
    if !src.is_kind(Kind::Instance) || given(encoding) || given(errors) {
        return Ok(None);
    }
    let n = cx.intern("__bytes__");
    let Some(f) = runtime::ops::user_lookup(runtime::type_of(cx, src), n) else { return Ok(None) };
    let r = runtime::ops::call_dunder(cx, f, src, &[])?;
    if runtime::unwrap_payload(r).is_kind(Kind::Bytes) {
        return Ok(Some(r));
    }
    let t = runtime::type_name(cx, r);
    Err(cx.type_error(format!("__bytes__ returned non-bytes (type {t})")))
}

/// The contents of `bytes(source, encoding, errors)` / `bytearray(...)`
/// (`what` names the type in messages): nothing, a str encoded, a count of
/// zero bytes, a buffer's bytes, or an iterable of ints in range(0, 256).
pub(super) fn source_bytes(cx: &mut Ctx, src: Value, encoding: Value, errors: Value, what: &str) -> PyResult<Vec<u8>> {
    if src.is_unbound() {
        if given(encoding) || given(errors) {
            let m = if given(encoding) { "encoding without a string argument" } else { "errors without a string argument" };
            return Err(cx.type_error(m));
        }
        return Ok(Vec::new());
    }
    if str_of(src).is_some() {
        if !given(encoding) {
            return Err(cx.type_error("string argument without an encoding"));
        }
        let enc_m = cx.intern("encode");
        let f = runtime::get_attr(cx, src, enc_m)?;
        let r = if given(errors) { runtime::call(cx, f, &[encoding, errors], &[])? } else { runtime::call(cx, f, &[encoding], &[])? };
        return Ok(super::bytes::bytes_like(r).map_or_else(Vec::new, <[u8]>::to_vec));
    }
    if given(encoding) || given(errors) {
        let m = if given(encoding) { "encoding without a string argument" } else { "errors without a string argument" };
        return Err(cx.type_error(m));
    }
    if let Some(b) = super::bytes::bytes_like(src) {
        return Ok(b.to_vec());
    }
    if let Some(n) = zero_count(cx, src)? {
        if n > STR_MAX_LEN {
            return Err(cx.memory_error(""));
        }
        let mut v = Vec::new();
        if v.try_reserve_exact(n).is_err() {
            return Err(cx.memory_error(""));
        }
        v.resize(n, 0);
        return Ok(v);
    }
    if let Some(b) = super::memview::tobytes(src) {
        return Ok(b);
    }
    bytes_from_iterable(cx, src, what)
}

/// `bytes(n)`'s count when `src` is an int (or has `__index__`): "negative
/// count" below 0, OverflowError past an index-sized integer.
fn zero_count(cx: &mut Ctx, src: Value) -> PyResult<Option<usize>> {
    if let Some(runtime::num::Num::B(b)) = runtime::num::num_of(runtime::unwrap_payload(src)) {
        if num_traits::Signed::is_negative(b) {
            return Err(cx.value_error("negative count"));
        }
        return Err(cx.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let n = if src.is_kind(Kind::Instance) && runtime::ops::user_lookup(runtime::type_of(cx, src), cx.rt.names.index).is_none() {
        None
    } else {
        runtime::index_value(cx, src)?
    };
    match n {
        Some(n) if n < 0 => Err(cx.value_error("negative count")),
        Some(n) => Ok(Some(n as usize)),
        None => Ok(None),
    }
}

/// The bytes of an iterable of ints in range(0, 256), as `bytes(x)` and
/// `int.from_bytes(x)` take them; a non-iterable is "cannot convert" (to `what`).
pub(super) fn bytes_from_iterable(cx: &mut Ctx, src: Value, what: &str) -> PyResult<Vec<u8>> {
    let it = match runtime::get_iter(cx, src) {
        Ok(it) => it,
        Err(e) if !cx.exc_is(cx.rt.types.type_error) => return Err(e),
        Err(_) => {
            let t = tname(cx, src);
            return Err(cx.type_error(format!("cannot convert '{t}' object to {what}")));
        }
    };
    let items = collect(cx, it)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(super::bytearray::byte_value(cx, it).map_err(|e| {
            if what == "bytes" && cx.exc_is(cx.rt.types.value_error) {
                cx.value_error("bytes must be in range(0, 256)")
            } else {
                e
            }
        })?);
    }
    Ok(out)
}

fn bytes_decode(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(b) = args.first().and_then(|&v| super::bytes::self_bytes(v)) else {
        return Err(super::lists::bad_self(cx, args, "bytes", "decode"));
    };
    let [enc, errors] = parse_args(cx, "decode", &args[1..], kw, ["encoding", "errors"], 0)?;
    let enc = if given(enc) { str_of(enc).unwrap_or("utf-8") } else { "utf-8" };
    let errs = if given(errors) { str_of(errors).unwrap_or("strict") } else { "strict" };
    let bytes = b.to_vec();
    let s = super::codecs::decode(cx, &bytes, enc, errs)?;
    Ok(cx.new_string(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        let p = |s: &str, b: u32| parse_int(s, b).map(|v| v.to_string());
        assert_eq!(p(" 42 ", 10).as_deref(), Some("42"));
        assert_eq!(p("-1_000", 10).as_deref(), Some("-1000"));
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("1_", 10), None);
        assert_eq!(p("0x1f", 16).as_deref(), Some("31"));
        assert_eq!(p("0x_1f", 0).as_deref(), Some("31"));
        assert_eq!(p("0b101", 0).as_deref(), Some("5"));
        assert_eq!(p("010", 0), None);
        assert_eq!(p("000", 0).as_deref(), Some("0"));
        assert_eq!(p("z", 36).as_deref(), Some("35"));
        assert_eq!(p("abc", 10), None);
        assert_eq!(p("", 10), None);
        assert_eq!(p("١٢", 10).as_deref(), Some("12"));
        assert_eq!(p("123456789012345678901234567890", 10).as_deref(), Some("123456789012345678901234567890"));
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1.5 "), Some(1.5));
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("x"), None);
        assert_eq!(parse_float(""), None);
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float("++1"), None);
        assert_eq!(parse_float("infinity"), Some(f64::INFINITY));
        assert_eq!(parse_float("in"), None);
    }
}
