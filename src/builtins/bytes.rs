//! A minimal set of `bytes` methods (decode is in `ctors.rs`).
use super::util::*;
use crate::heap::*;
use crate::runtime::{self};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let b = cx.rt.types.bytes;
    let m: &[(&'static str, NativeFn)] = &[
        ("hex", bytes_hex),
        ("join", bytes_join),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("find", bytes_find),
        ("count", bytes_count),
        ("replace", bytes_replace),
        ("split", bytes_split),
        ("strip", bytes_strip),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, b, name, f);
    }
    let f = cx.new_native("fromhex", bytes_fromhex);
    let cm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.classmethod, Kind::ClassMethod), f });
    let d = runtime::cls_ref(b).dict;
    runtime::types::dict_set_str(cx, d, "fromhex", cm);
}

/// The bytes of a bytes value (or bytes subclass instance).
fn bytes_of(v: Value) -> Option<&'static [u8]> {
    runtime::unwrap_payload(v).downcast::<BytesObj>(Kind::Bytes).map(|b| &b.b[..])
}

fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static [u8]> {
    match args.first().and_then(|&v| bytes_of(v)) {
        Some(b) => Ok(b),
        None => Err(super::lists::bad_self(cx, args, "bytes", name)),
    }
}

fn arg_bytes(cx: &mut Ctx, v: Value) -> PyResult<&'static [u8]> {
    match bytes_of(v) {
        Some(b) => Ok(b),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn bytes_hex(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "hex")?;
    let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(cx.new_string(s))
}

fn bytes_fromhex(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    nargs(cx, "fromhex", &args[1..], 1, 1)?;
    let s = arg_str(cx, args[1], |t| format!("fromhex() argument must be str, not {t}"))?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    let bad = |cx: &mut Ctx, at: usize| cx.value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}"));
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(hi) = cs[i].to_digit(16) else { return Err(bad(cx, i)) };
        let Some(lo) = cs.get(i + 1).and_then(|c| c.to_digit(16)) else { return Err(bad(cx, i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(cx.new_bytes(out))
}

fn bytes_join(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = this(cx, args, "join")?;
    nargs(cx, "join", &args[1..], 1, 1)?;
    let items = collect(cx, args[1])?;
    let mut out = Vec::new();
    for (i, &it) in items.iter().enumerate() {
        let Some(b) = bytes_of(it) else {
            let t = tname(cx, it);
            return Err(cx.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(cx.new_bytes(out))
}

fn affix(cx: &mut Ctx, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    nargs(cx, name, &args[1..], 1, 1)?;
    let test = |p: &[u8]| if end { b.ends_with(p) } else { b.starts_with(p) };
    if let Some(items) = runtime::tuple_items(args[1]) {
        for &it in items {
            let p = arg_bytes(cx, it)?;
            if test(p) {
                return Ok(Value::true_());
            }
        }
        return Ok(Value::false_());
    }
    let p = arg_bytes(cx, args[1])?;
    Ok(Value::bool(test(p)))
}
fn bytes_startswith(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(cx, args, "startswith", false)
}
fn bytes_endswith(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(cx, args, "endswith", true)
}

/// (haystack window, its start offset, needle) for find/count with start/end; None if start > len.
fn window(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<(&'static [u8], usize, &'static [u8], bool)> {
    let b = this(cx, args, name)?;
    nargs(cx, name, &args[1..], 1, 3)?;
    let n = match runtime::int_of(args[1]) {
        Some(i) if (0..256).contains(&i) => std::slice::from_ref(&BYTE_TABLE[i as usize]),
        _ => arg_bytes(cx, args[1])?,
    };
    let start = match args.get(2) {
        Some(&v) => opt_index(cx, v, 0)?,
        None => 0,
    };
    let end = match args.get(3) {
        Some(&v) => opt_index(cx, v, i64::MAX)?,
        None => i64::MAX,
    };
    let raw = if start < 0 { (start + b.len() as i64).max(0) } else { start };
    let (a, e) = adjust_range(start, end, b.len());
    if raw > b.len() as i64 || a > e {
        return Ok((&[], 0, n, false));
    }
    Ok((&b[a..e], a, n, true))
}

static BYTE_TABLE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

fn bytes_find(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (w, base, n, ok) = window(cx, args, "find")?;
    let r = if ok { find_sub(w, n).map_or(-1, |i| (i + base) as i64) } else { -1 };
    Ok(Value::from_small(r))
}

fn bytes_count(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, _, n, ok) = window(cx, args, "count")?;
    if !ok {
        return Ok(Value::from_small(0));
    }
    if n.is_empty() {
        return Ok(Value::from_small(b.len() as i64 + 1));
    }
    let (mut c, mut i) = (0, 0);
    while let Some(p) = find_sub(&b[i..], n) {
        c += 1;
        i += p + n.len();
    }
    Ok(Value::from_small(c))
}

fn bytes_replace(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "replace")?;
    nargs(cx, "replace", &args[1..], 2, 2)?;
    let (old, new) = (arg_bytes(cx, args[1])?, arg_bytes(cx, args[2])?);
    if old.is_empty() {
        let mut out = Vec::new();
        for &x in b {
            out.extend_from_slice(new);
            out.push(x);
        }
        out.extend_from_slice(new);
        return Ok(cx.new_bytes(out));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(p) = find_sub(&b[i..], old) {
        out.extend_from_slice(&b[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
    }
    out.extend_from_slice(&b[i..]);
    Ok(cx.new_bytes(out))
}

fn bytes_split(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "split")?;
    nargs(cx, "split", &args[1..], 0, 1)?;
    let parts: Vec<Vec<u8>> = match args.get(1).filter(|v| !v.is_none()) {
        Some(&sep) => {
            let sep = arg_bytes(cx, sep)?;
            if sep.is_empty() {
                return Err(cx.value_error("empty separator"));
            }
            let mut v = Vec::new();
            let mut i = 0;
            while let Some(p) = find_sub(&b[i..], sep) {
                v.push(b[i..i + p].to_vec());
                i += p + sep.len();
            }
            v.push(b[i..].to_vec());
            v
        }
        None => b.split(|c| c.is_ascii_whitespace() || *c == 0x0b).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
    };
    let items: Vec<Value> = parts.into_iter().map(|p| cx.new_bytes(p)).collect();
    Ok(cx.new_list(items))
}

fn bytes_strip(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "strip")?;
    nargs(cx, "strip", &args[1..], 0, 1)?;
    let chars: &[u8] = match args.get(1).filter(|v| !v.is_none()) {
        Some(&c) => arg_bytes(cx, c)?,
        None => b" \t\n\r\x0b\x0c",
    };
    let start = b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !chars.contains(c)).map_or(start, |e| e + 1);
    Ok(cx.new_bytes(b[start..end.max(start)].to_vec()))
}

fn bytes_upper(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "upper")?;
    Ok(cx.new_bytes(b.to_ascii_uppercase()))
}
fn bytes_lower(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "lower")?;
    Ok(cx.new_bytes(b.to_ascii_lowercase()))
}
