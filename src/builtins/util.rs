//! Argument parsing and conversion helpers shared by the builtins.
use crate::heap::*;
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_traits::ToPrimitive;

/// Check the positional count of `args` (self excluded by the caller).
#[inline]
pub fn nargs(cx: &mut Ctx, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(nargs_error(cx, name, n, min, max))
}

#[cold]
#[inline(never)]
pub fn nargs_error(cx: &mut Ctx, name: &str, n: usize, min: usize, max: usize) -> crate::Exc {
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        let name = short_name(name);
        format!("{name} expected {min} arguments, got {n}")
    } else if n < min {
        let name = short_name(name);
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        let name = short_name(name);
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    cx.type_error(msg)
}

/// "str.center" -> "center": CPython names a method by its qualified name in
/// "takes no arguments"/"takes exactly one argument", by its bare name in
/// "expected at least/most N arguments".
fn short_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Positional count of an old-style (METH_VARARGS) method such as str.find:
/// "find() takes at least 1 argument (0 given)".
pub fn nargs_varargs(cx: &mut Ctx, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(nargs_varargs_error(cx, name, n, min, max))
}

#[cold]
#[inline(never)]
fn nargs_varargs_error(cx: &mut Ctx, name: &str, n: usize, min: usize, max: usize) -> crate::Exc {
    let (what, k) = if n < min { ("least", min) } else { ("most", max) };
    let s = if k == 1 { "" } else { "s" };
    cx.type_error(format!("{}() takes at {what} {k} argument{s} ({n} given)", short_name(name)))
}

/// A slice bound given as a method argument (str.find's start/end): None ->
/// `default`, ints clamped to i64 (a huge bound is past either end), else
/// `__index__` or CPython's TypeError.
pub fn slice_arg(cx: &mut Ctx, v: Value, default: i64) -> PyResult<i64> {
    if let Some(i) = runtime::int_of(v) {
        return Ok(i);
    }
    if v.is_none() || v.is_unbound() {
        return Ok(default);
    }
    slice_arg_slow(cx, v)
}

#[cold]
#[inline(never)]
fn slice_arg_slow(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if let Some(b) = runtime::bigint_ref(v) {
        return Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 });
    }
    match runtime::index_value(cx, v)? {
        Some(i) => Ok(i),
        None => Err(cx.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Put native `f` in class `cls`'s dict as classmethod `name`.
pub fn def_classmethod(cx: &mut Ctx, cls: *mut ClassObj, name: &'static str, f: NativeFn) {
    let f = cx.new_native(name, f);
    let cm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.classmethod, Kind::ClassMethod), f });
    let d = runtime::cls_ref(cls).dict;
    runtime::types::dict_set_str(cx, d, name, cm);
}

/// Reject keyword arguments.
#[inline]
pub fn no_kw(cx: &mut Ctx, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(no_kw_error(cx, name))
    }
}

#[cold]
#[inline(never)]
fn no_kw_error(cx: &mut Ctx, name: &str) -> crate::Exc {
    cx.type_error(format!("{name}() takes no keyword arguments"))
}

/// Parse positional + keyword arguments against `names`; missing ones are
/// UNBOUND. `required` leading parameters must be present; the first `posonly`
/// may not be given by keyword.
#[inline]
pub fn parse_args<const N: usize>(
    cx: &mut Ctx,
    fname: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<[Value; N]> {
    let mut out = [Value::UNBOUND; N];
    if args.len() > N {
        return Err(too_many(cx, fname, N, args.len()));
    }
    // Item by item: no memcpy call for the usual 0-3 arguments.
    for (o, &a) in out.iter_mut().zip(args) {
        *o = a;
    }
    if kw.is_empty() && args.len() >= required {
        return Ok(out);
    }
    if args.len() + kw.len() > N {
        return Err(too_many_kw(cx, fname, N, args.len(), kw.len()));
    }
    parse_kw(cx, fname, kw, &names, required, &mut out)?;
    Ok(out)
}

/// Keyword arguments and the required-parameter check (one copy for every `N`).
#[inline(never)]
fn parse_kw(cx: &mut Ctx, fname: &str, kw: &[(Value, Value)], names: &[&str], required: usize, out: &mut [Value]) -> PyResult<()> {
    for &(k, v) in kw {
        let key = str_of(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_unbound() => out[i] = v,
            Some(i) => return Err(dup_arg(cx, fname, key, i)),
            None => return Err(bad_kw(cx, fname, key)),
        }
    }
    for i in 0..required {
        if out[i].is_unbound() {
            return Err(missing(cx, fname, names[i], i));
        }
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn too_many(cx: &mut Ctx, fname: &str, max: usize, n: usize) -> crate::Exc {
    cx.type_error(format!("{fname}() takes at most {max} argument{} ({n} given)", if max == 1 { "" } else { "s" }))
}
/// More arguments than parameters, some by keyword: "f() takes at most 1
/// keyword argument (2 given)" when all are keywords, else the total count.
#[cold]
#[inline(never)]
fn too_many_kw(cx: &mut Ctx, fname: &str, max: usize, npos: usize, nkw: usize) -> crate::Exc {
    if npos > 0 {
        return too_many(cx, fname, max, npos + nkw);
    }
    cx.type_error(format!("{fname}() takes at most {max} keyword argument{} ({nkw} given)", if max == 1 { "" } else { "s" }))
}
#[cold]
#[inline(never)]
fn dup_arg(cx: &mut Ctx, fname: &str, key: &str, i: usize) -> crate::Exc {
    cx.type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1))
}
#[cold]
#[inline(never)]
fn bad_kw(cx: &mut Ctx, fname: &str, key: &str) -> crate::Exc {
    cx.type_error(format!("'{key}' is an invalid keyword argument for {fname}()"))
}
#[cold]
#[inline(never)]
fn missing(cx: &mut Ctx, fname: &str, name: &str, i: usize) -> crate::Exc {
    cx.type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1))
}

/// Value given (not UNBOUND and not None)?
#[inline]
pub fn given(v: Value) -> bool {
    !v.is_unbound() && !v.is_none()
}

/// Python-visible type name of `v`.
#[inline]
pub fn tname(cx: &Ctx, v: Value) -> &'static str {
    runtime::type_name(cx, v)
}

/// `operator.index(v)` as an i64: ints, bools, `__index__`; OverflowError for huge ints.
pub fn to_index(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if let Some(i) = runtime::int_of(v) {
        return Ok(i);
    }
    to_index_slow(cx, v)
}

#[cold]
#[inline(never)]
fn to_index_slow(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if let Some(b) = runtime::bigint_ref(v) {
        return match b.to_i64() {
            Some(i) => Ok(i),
            None => Err(cx.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    let name = cx.rt.names.index;
    if !v.is_int() && !v.is_float() && v.is_kind(Kind::Instance) {
        if let Some(m) = runtime::get_attr_opt(cx, v, name)? {
            let r = runtime::call(cx, m, &[], &[])?;
            if runtime::is_int_value(r) {
                return to_index(cx, r);
            }
            let t = tname(cx, r);
            return Err(cx.type_error(format!("__index__ returned non-int (type {t})")));
        }
    }
    let t = tname(cx, v);
    Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// A type name in Argument Clinic's "argument must be str, not X" messages:
/// None is spelled "None", not "NoneType".
pub fn clinic_tname(t: &str) -> &str {
    if t == "NoneType" {
        "None"
    } else {
        t
    }
}

/// An int argument converted to a C int (`__index__`; OverflowError past i32).
pub fn to_c_int(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    match to_index(cx, v) {
        Ok(i) if i32::try_from(i).is_ok() => Ok(i),
        Err(e) if !cx.exc_is(cx.rt.types.overflow_error) => Err(e),
        _ => {
            cx.take_exc();
            Err(cx.overflow_error("Python int too large to convert to C int"))
        }
    }
}

/// Optional index argument: UNBOUND/None -> `default`.
#[inline]
pub fn opt_index(cx: &mut Ctx, v: Value, default: i64) -> PyResult<i64> {
    if given(v) {
        to_index(cx, v)
    } else {
        Ok(default)
    }
}

/// Clamp `start`/`end` (slice semantics) to `0..=len`.
#[inline]
pub fn adjust_range(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i + len).max(0)
        } else {
            i.min(len)
        }
    };
    (fix(start) as usize, fix(end) as usize)
}

/// A str argument or TypeError "{what} must be str, not T" style message.
#[inline]
pub fn arg_str(cx: &mut Ctx, v: Value, msg: impl FnOnce(&str) -> String) -> PyResult<&'static str> {
    match str_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(msg(t)))
        }
    }
}

pub use crate::runtime::iter::collect;
pub use crate::runtime::plain_seq_items;

/// Is `v` exactly an instance of the builtin class `cls` (not a subclass)?
#[inline]
pub fn is_exact(cx: &Ctx, v: Value, cls: *mut ClassObj) -> bool {
    runtime::type_of(cx, v) == cls
}

/// Code-point length of a str object.
#[inline]
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of code point `i` in `s` (clamped to the end).
#[inline]
pub fn byte_at(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
    }
}

/// Haystacks up to this many bytes are searched by a first-byte scan plus a
/// compare (no searcher set-up: `str::find` builds a Two-Way searcher per call,
/// ~250 instructions, which dominates on the short strs of typical code).
const SHORT_HAYSTACK: usize = 64;

/// Byte offset of the first occurrence of `p` (non-empty) in `h`. A match
/// starts with `p`'s first byte, a UTF-8 lead byte, so offsets are char boundaries.
#[inline]
pub fn find_sub(h: &str, p: &str) -> Option<usize> {
    let (hb, pb) = (h.as_bytes(), p.as_bytes());
    match pb {
        [] => Some(0),
        [b] if hb.len() <= SHORT_HAYSTACK => hb.iter().position(|x| x == b),
        [b] if b.is_ascii() => h.find(*b as char),
        _ if hb.len() <= SHORT_HAYSTACK => {
            let first = pb[0];
            let rest = &pb[1..];
            let last = hb.len().checked_sub(pb.len())?;
            (0..=last).find(|&i| hb[i] == first && &hb[i + 1..i + pb.len()] == rest)
        }
        _ => h.find(p),
    }
}

/// Byte offset of the last occurrence of `p` (non-empty) in `h`.
#[inline]
pub fn rfind_sub(h: &str, p: &str) -> Option<usize> {
    let (hb, pb) = (h.as_bytes(), p.as_bytes());
    match pb {
        [] => Some(h.len()),
        [b] if hb.len() <= SHORT_HAYSTACK => hb.iter().rposition(|x| x == b),
        [b] if b.is_ascii() => h.rfind(*b as char),
        _ if hb.len() <= SHORT_HAYSTACK => {
            let first = pb[0];
            let rest = &pb[1..];
            let last = hb.len().checked_sub(pb.len())?;
            (0..=last).rev().find(|&i| hb[i] == first && &hb[i + 1..i + pb.len()] == rest)
        }
        _ => h.rfind(p),
    }
}

/// Number of non-overlapping occurrences of `p` (non-empty) in `h`.
pub fn count_sub(h: &str, p: &str, limit: usize) -> usize {
    let mut n = 0;
    let mut at = 0;
    while n < limit {
        match find_sub(&h[at..], p) {
            Some(i) => {
                n += 1;
                at += i + p.len();
            }
            None => break,
        }
    }
    n
}
