//! The methods of `bytes`, shared with `bytearray` (decode is in `ctors.rs`):
//! each body works on `&[u8]` and builds the receiver's type (`out`).
//!
//! Bytes-like objects for native code: [`bytes_like`] reads bytes, bytearray
//! or a C-contiguous memoryview; [`bytes_like_mut`] writes into a bytearray or
//! a writable contiguous memoryview.
use super::util::*;
use crate::heap::*;
use crate::runtime::{self};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let m: &[(&'static str, NativeFn)] = &[
        ("hex", bytes_hex),
        ("join", bytes_join),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("find", bytes_find),
        ("rfind", |cx, a, k| bytes_search(cx, a, k, "rfind", true, false)),
        ("index", |cx, a, k| bytes_search(cx, a, k, "index", false, true)),
        ("rindex", |cx, a, k| bytes_search(cx, a, k, "rindex", true, true)),
        ("rsplit", bytes_rsplit),
        ("lstrip", |cx, a, k| strip_impl(cx, a, k, "lstrip", true, false)),
        ("rstrip", |cx, a, k| strip_impl(cx, a, k, "rstrip", false, true)),
        ("splitlines", bytes_splitlines),
        ("zfill", bytes_zfill),
        ("expandtabs", bytes_expandtabs),
        ("istitle", bytes_istitle),
        ("count", bytes_count),
        ("replace", bytes_replace),
        ("split", bytes_split),
        ("strip", bytes_strip),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("__mod__", bytes_mod),
        ("isalnum", |cx, a, k| bytes_pred(cx, a, k, "isalnum", u8::is_ascii_alphanumeric)),
        ("isalpha", |cx, a, k| bytes_pred(cx, a, k, "isalpha", u8::is_ascii_alphabetic)),
        ("isdigit", |cx, a, k| bytes_pred(cx, a, k, "isdigit", u8::is_ascii_digit)),
        ("isspace", |cx, a, k| bytes_pred(cx, a, k, "isspace", |c| b" \t\n\r\x0b\x0c".contains(c))),
        ("isascii", bytes_isascii),
        ("islower", |cx, a, k| bytes_case_pred(cx, a, k, "islower", u8::is_ascii_lowercase)),
        ("isupper", |cx, a, k| bytes_case_pred(cx, a, k, "isupper", u8::is_ascii_uppercase)),
        ("capitalize", |cx, a, k| bytes_map(cx, a, k, "capitalize", capitalize)),
        ("swapcase", |cx, a, k| bytes_map(cx, a, k, "swapcase", swapcase)),
        ("title", |cx, a, k| bytes_map(cx, a, k, "title", title)),
        ("ljust", |cx, a, k| bytes_just(cx, a, k, "ljust", b'<')),
        ("rjust", |cx, a, k| bytes_just(cx, a, k, "rjust", b'>')),
        ("center", |cx, a, k| bytes_just(cx, a, k, "center", b'^')),
        ("partition", |cx, a, k| bytes_partition(cx, a, k, "partition", false)),
        ("rpartition", |cx, a, k| bytes_partition(cx, a, k, "rpartition", true)),
        ("removeprefix", |cx, a, k| bytes_remove(cx, a, k, "removeprefix", false)),
        ("removesuffix", |cx, a, k| bytes_remove(cx, a, k, "removesuffix", true)),
        ("translate", bytes_translate),
    ];
    for b in [cx.rt.types.bytes, cx.rt.types.bytearray] {
        for &(name, f) in m {
            runtime::types::def_method(cx, b, name, f);
        }
        def_classmethod(cx, b, "fromhex", bytes_fromhex);
        let f = cx.new_native("maketrans", bytes_maketrans);
        let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f });
        let d = runtime::cls_ref(b).dict;
        runtime::types::dict_set_str(cx, d, "maketrans", sm);
    }
}

/// bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to
/// the byte of to at the same position.
fn bytes_maketrans(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("maketrans() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(cx.type_error(format!("maketrans expected 2 arguments, got {}", args.len())));
    }
    let (frm, to) = (arg_bytes(cx, args[0])?, arg_bytes(cx, args[1])?);
    if frm.len() != to.len() {
        return Err(cx.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(cx.new_bytes(table))
}

/// translate(table, /, delete=b''): drop the bytes in delete, map the rest
/// through table (None: unchanged).
fn bytes_translate(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "translate")?;
    let (table, delete) = match (&args[1..], kw) {
        ([t], []) => (*t, None),
        ([t, d], []) => (*t, Some(*d)),
        ([t], [(k, d)]) if runtime::str_of(*k) == Some("delete") => (*t, Some(*d)),
        ([], _) => return Err(cx.type_error("translate() takes at least 1 positional argument (0 given)")),
        _ => return Err(cx.type_error(format!("translate() takes at most 2 arguments ({} given)", args.len() - 1 + kw.len()))),
    };
    let table = if table.is_none() { None } else { Some(arg_bytes(cx, table)?) };
    if table.is_some_and(|t| t.len() != 256) {
        return Err(cx.value_error("translation table must be 256 characters long"));
    }
    let delete = match delete {
        Some(d) => arg_bytes(cx, d)?,
        None => &[],
    };
    let r = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.map_or(c, |t| t[c as usize])).collect();
    Ok(out(cx, args, r))
}

/// The bytes of a bytes value (or bytes subclass instance).
pub fn bytes_of(v: Value) -> Option<&'static [u8]> {
    runtime::unwrap_payload(v).downcast::<BytesObj>(Kind::Bytes).map(|b| &b.b[..])
}

/// The bytes of a bytes or bytearray (or subclass instance): the receivers
/// of the shared methods. A bytearray's slice is valid until Python code runs.
pub fn self_bytes(v: Value) -> Option<&'static [u8]> {
    bytes_of(v).or_else(|| super::bytearray::bytearray_of(v).map(|b| &b.b[..]))
}

/// The bytes of a bytes-like object: bytes, bytearray, array.array, or a C-contiguous
/// memoryview that is not released (or instances of their subclasses).
/// The slice is valid until Python code runs (which may resize a bytearray).
pub fn bytes_like(v: Value) -> Option<&'static [u8]> {
    self_bytes(v).or_else(|| super::memview::contiguous(v)).or_else(|| super::array::buffer(v).map(|b| &b[..]))
}

/// The writable bytes of a bytearray or of a writable C-contiguous
/// memoryview (None for bytes, read-only or released views). Valid until
/// Python code runs.
pub fn bytes_like_mut(v: Value) -> Option<&'static mut [u8]> {
    match super::bytearray::bytearray_of(v) {
        Some(b) => Some(&mut b.b[..]),
        None => super::memview::contiguous_mut(v).or_else(|| super::array::buffer(v).map(|b| &mut b[..])),
    }
}

/// A method's result: a bytearray when the receiver (`args[0]`) is one, else bytes.
fn out(cx: &mut Ctx, args: &[Value], b: Vec<u8>) -> Value {
    if super::bytearray::bytearray_of(args[0]).is_some() {
        super::bytearray::new_bytearray(cx, b)
    } else {
        cx.new_bytes(b)
    }
}

/// The receiver's type name, for messages.
fn self_type(args: &[Value]) -> &'static str {
    if super::bytearray::bytearray_of(args[0]).is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static [u8]> {
    match args.first().and_then(|&v| self_bytes(v)) {
        Some(b) => Ok(b),
        None => Err(super::lists::bad_self(cx, args, "bytes", name)),
    }
}

/// `item in container` for a bytes-like container: a byte value or a bytes-like substring.
pub fn buffer_contains(cx: &mut Ctx, container: Value, item: Value) -> PyResult<bool> {
    let is_int = runtime::num::num_of(runtime::unwrap_payload(item)).is_some_and(|n| !matches!(n, runtime::num::Num::F(_)));
    if is_int || (item.is_kind(Kind::Instance) && bytes_like(item).is_none() && runtime::index_value(cx, item)?.is_some()) {
        let x = super::bytearray::byte_value(cx, item)?;
        return Ok(bytes_like(container).unwrap_or(&[]).contains(&x));
    }
    let n = arg_bytes(cx, item)?;
    Ok(find_sub(bytes_like(container).unwrap_or(&[]), n).is_some())
}

fn arg_bytes(cx: &mut Ctx, v: Value) -> PyResult<&'static [u8]> {
    match bytes_like(v) {
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

pub(super) fn bytes_hex(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "hex")?;
    let [sep, per] = parse_args(cx, "hex", &args[1..], kw, ["sep", "bytes_per_sep"], 0)?;
    let hex = |x: &[u8]| x.iter().map(|x| format!("{x:02x}")).collect::<String>();
    if !given(sep) {
        return Ok(cx.new_string(hex(b)));
    }
    let sep = match (runtime::str_of(sep), bytes_like(sep)) {
        (Some(s), _) if s.chars().count() == 1 && s.is_ascii() => s.to_string(),
        (_, Some(x)) if x.len() == 1 && x[0].is_ascii() => (x[0] as char).to_string(),
        (Some(_), _) | (_, Some(_)) => return Err(cx.value_error("sep must be length 1.")),
        _ => {
            let t = tname(cx, sep);
            return Err(cx.type_error(format!("object of type '{t}' has no len()")));
        }
    };
    let per = if given(per) { runtime::int_of(per).unwrap_or(1) } else { 1 };
    let k = per.unsigned_abs().max(1) as usize;
    // Groups of k bytes counted from the right (per > 0) or from the left (per < 0).
    let first = if per > 0 && b.len() % k != 0 { b.len() % k } else { k.min(b.len()) };
    let mut groups = vec![&b[..first.min(b.len())]];
    groups.extend(b[first.min(b.len())..].chunks(k));
    let parts: Vec<String> = groups.into_iter().filter(|g| !g.is_empty()).map(hex).collect();
    Ok(cx.new_string(parts.join(&sep)))
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
    let cls = args[0];
    if cls == Value::from_ptr(cx.rt.types.bytes) {
        return Ok(cx.new_bytes(out));
    }
    let ba = super::bytearray::new_bytearray(cx, out);
    if cls == Value::from_ptr(cx.rt.types.bytearray) {
        return Ok(ba);
    }
    runtime::call(cx, cls, &[ba], &[])
}

fn bytes_join(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "join")?;
    nargs(cx, "join", &args[1..], 1, 1)?;
    let items = collect(cx, args[1])?;
    let sep = this(cx, args, "join")?;
    let mut r = Vec::new();
    for (i, &it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it) else {
            let t = tname(cx, it);
            return Err(cx.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
        };
        if i > 0 {
            r.extend_from_slice(sep);
        }
        r.extend_from_slice(b);
    }
    Ok(out(cx, args, r))
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
    this(cx, args, name)?;
    nargs(cx, name, &args[1..], 1, 3)?;
    let n = match (runtime::int_of(args[1]), bytes_like(args[1])) {
        (Some(i), _) if (0..256).contains(&i) => std::slice::from_ref(&BYTE_TABLE[i as usize]),
        (Some(_), _) => return Err(cx.value_error("byte must be in range(0, 256)")),
        (None, Some(b)) => b,
        (None, None) => {
            let t = tname(cx, args[1]);
            return Err(cx.type_error(format!("argument should be integer or bytes-like object, not '{t}'")));
        }
    };
    let start = match args.get(2) {
        Some(&v) => opt_index(cx, v, 0)?,
        None => 0,
    };
    let end = match args.get(3) {
        Some(&v) => opt_index(cx, v, i64::MAX)?,
        None => i64::MAX,
    };
    // Read self and the needle after the indices (their __index__ may resize a bytearray).
    let b = this(cx, args, name)?;
    let n = if runtime::int_of(args[1]).is_some() { n } else { arg_bytes(cx, args[1])? };
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

fn bytes_find(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_search(cx, args, kw, "find", false, false)
}

/// find / rfind / index / rindex: the first (`rev`: last) offset of the
/// needle in the window; -1 or (`raise`) ValueError when absent.
fn bytes_search(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)], name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let (w, base, n, ok) = window(cx, args, name)?;
    let found = if !ok {
        None
    } else if rev {
        if n.is_empty() { Some(w.len()) } else { w.windows(n.len()).rposition(|x| x == n) }
    } else {
        find_sub(w, n)
    };
    match found {
        Some(i) => Ok(Value::from_small((i + base) as i64)),
        None if raise => Err(cx.value_error("subsection not found")),
        None => Ok(Value::from_small(-1)),
    }
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

/// replace(old, new, count=-1, /): at most `count` (negative: every) occurrences.
fn bytes_replace(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "replace")?;
    if !kw.is_empty() {
        let t = self_type(args);
        return Err(cx.type_error(format!("{t}.replace() takes no keyword arguments")));
    }
    nargs(cx, "replace", &args[1..], 2, 3)?;
    let count = match args.get(3) {
        Some(&c) => to_index(cx, c)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    // Read the operands after the count (its __index__ may resize a bytearray).
    let b = this(cx, args, "replace")?;
    let (old, new) = (arg_bytes(cx, args[1])?, arg_bytes(cx, args[2])?);
    let mut out = Vec::with_capacity(b.len());
    let (mut i, mut n) = (0, 0);
    if old.is_empty() {
        // An empty needle matches before every byte and at the end.
        while n < max && i <= b.len() {
            out.extend_from_slice(new);
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
            n += 1;
        }
        out.extend_from_slice(b.get(i..).unwrap_or(&[]));
        return Ok(self::out(cx, args, out));
    }
    while n < max {
        let Some(p) = find_sub(&b[i..], old) else { break };
        out.extend_from_slice(&b[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
        n += 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(self::out(cx, args, out))
}

fn bytes_split(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "split")?;
    let [sep, maxsplit] = parse_args(cx, "split", &args[1..], kw, ["sep", "maxsplit"], 0)?;
    let max = if given(maxsplit) { to_index(cx, maxsplit)? } else { -1 };
    let b = this(cx, args, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<Vec<u8>> = match Some(sep).filter(|v| given(*v) && !v.is_none()) {
        Some(sep) => {
            let sep = arg_bytes(cx, sep)?;
            if sep.is_empty() {
                return Err(cx.value_error("empty separator"));
            }
            let mut v = Vec::new();
            let mut i = 0;
            while v.len() < max {
                let Some(p) = find_sub(&b[i..], sep) else { break };
                v.push(b[i..i + p].to_vec());
                i += p + sep.len();
            }
            v.push(b[i..].to_vec());
            v
        }
        None => {
            let ws = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
            let mut v = Vec::new();
            let mut i = 0;
            loop {
                while i < b.len() && ws(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if v.len() == max {
                    v.push(b[i..].to_vec());
                    break;
                }
                let s = i;
                while i < b.len() && !ws(b[i]) {
                    i += 1;
                }
                v.push(b[s..i].to_vec());
            }
            v
        }
    };
    let items: Vec<Value> = parts.into_iter().map(|p| out(cx, args, p)).collect();
    Ok(cx.new_list(items))
}

fn bytes_strip(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(cx, args, kw, "strip", true, true)
}

/// strip / lstrip / rstrip: drop the bytes of `chars` (default ASCII
/// whitespace) from the `left` and/or `right` end.
fn strip_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 1)?;
    let chars: &[u8] = match args.get(1).filter(|v| !v.is_none()) {
        Some(&c) => arg_bytes(cx, c)?,
        None => b" \t\n\r\x0b\x0c",
    };
    let start = if left { b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len()) } else { 0 };
    let end = if right { b.iter().rposition(|c| !chars.contains(c)).map_or(start, |e| e + 1) } else { b.len() };
    Ok(out(cx, args, b[start..end.max(start)].to_vec()))
}

/// rsplit(sep=None, maxsplit=-1): split from the right.
fn bytes_rsplit(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "rsplit")?;
    let [sep, maxsplit] = parse_args(cx, "rsplit", &args[1..], kw, ["sep", "maxsplit"], 0)?;
    let max = if given(maxsplit) { to_index(cx, maxsplit)? } else { -1 };
    let b = this(cx, args, "rsplit")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&[u8]> = Vec::new();
    match Some(sep).filter(|v| given(*v) && !v.is_none()) {
        Some(sep) => {
            let sep = arg_bytes(cx, sep)?;
            if sep.is_empty() {
                return Err(cx.value_error("empty separator"));
            }
            let mut end = b.len();
            while parts.len() < max {
                let Some(p) = b[..end].windows(sep.len()).rposition(|w| w == sep) else { break };
                parts.push(&b[p + sep.len()..end]);
                end = p;
            }
            parts.push(&b[..end]);
        }
        None => {
            let ws = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
            let mut i = b.len();
            loop {
                while i > 0 && ws(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == max {
                    parts.push(&b[..i]);
                    break;
                }
                let e = i;
                while i > 0 && !ws(b[i - 1]) {
                    i -= 1;
                }
                parts.push(&b[i..e]);
            }
        }
    }
    let items: Vec<Value> = parts.into_iter().rev().map(|p| out(cx, args, p.to_vec())).collect();
    Ok(cx.new_list(items))
}

/// splitlines(keepends=False): at \n, \r and \r\n.
fn bytes_splitlines(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "splitlines")?;
    let [keep] = parse_args(cx, "splitlines", &args[1..], kw, ["keepends"], 0)?;
    let keep = given(keep) && runtime::truthy(cx, keep)?;
    let b = this(cx, args, "splitlines")?;
    let mut items = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let s = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let e = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
        }
        items.push(out(cx, args, b[s..if keep { i } else { e }].to_vec()));
    }
    Ok(cx.new_list(items))
}

/// zfill(width): pad with b'0' after a leading sign.
fn bytes_zfill(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "zfill")?;
    check(cx, "zfill", args, kw, 1, 1)?;
    let width = to_index(cx, args[1])?;
    let b = this(cx, args, "zfill")?;
    let fill = (width.max(0) as usize).saturating_sub(b.len());
    let sign = usize::from(matches!(b.first(), Some(b'+') | Some(b'-')));
    let mut out = Vec::with_capacity(b.len() + fill);
    out.extend_from_slice(&b[..sign]);
    out.resize(sign + fill, b'0');
    out.extend_from_slice(&b[sign..]);
    Ok(self::out(cx, args, out))
}

/// expandtabs(tabsize=8): tabs to spaces up to the next multiple of tabsize.
fn bytes_expandtabs(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "expandtabs")?;
    let [ts] = parse_args(cx, "expandtabs", &args[1..], kw, ["tabsize"], 0)?;
    let ts = if given(ts) { to_index(cx, ts)? } else { 8 };
    let b = this(cx, args, "expandtabs")?;
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0i64;
    for &c in b {
        match c {
            b'\t' if ts > 0 => {
                let n = ts - col % ts;
                out.resize(out.len() + n as usize, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(self::out(cx, args, out))
}

/// istitle: cased runs start upper case, and there is at least one.
fn bytes_istitle(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "istitle")?;
    check(cx, "istitle", args, kw, 0, 0)?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::false_());
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::false_());
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn bytes_upper(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(cx, args, kw, "upper", <[u8]>::to_ascii_uppercase)
}
fn bytes_lower(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(cx, args, kw, "lower", <[u8]>::to_ascii_lowercase)
}

// ---------------------------------------------------------------- ASCII methods

/// No keywords, `min..=max` positionals after self (Argument Clinic's messages).
fn check(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    let t = self_type(args);
    if !kw.is_empty() {
        return Err(cx.type_error(format!("{t}.{name}() takes no keyword arguments")));
    }
    let n = args.len() - 1;
    if n < min || n > max {
        return Err(nargs_error(cx, &format!("{t}.{name}"), n, min, max));
    }
    Ok(())
}

/// isalnum/isalpha/isdigit/isspace: non-empty and every byte passes `f`.
fn bytes_pred(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 0)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(f)))
}

fn bytes_isascii(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = this(cx, args, "isascii")?;
    check(cx, "isascii", args, kw, 0, 0)?;
    Ok(Value::bool(b.is_ascii()))
}

/// islower/isupper: some cased byte, and every cased byte passes `f`.
fn bytes_case_pred(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 0)?;
    let cased = b.iter().filter(|c| c.is_ascii_alphabetic());
    Ok(Value::bool(b.iter().any(u8::is_ascii_alphabetic) && cased.clone().all(f)))
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter().map(|&c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

/// Upper case after a non-letter, lower case after a letter.
fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn bytes_map(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 0)?;
    Ok(out(cx, args, f(b)))
}

/// ljust/rjust/center(width, fillbyte=b' ').
fn bytes_just(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, mode: u8) -> PyResult<Value> {
    this(cx, args, name)?;
    check(cx, name, args, kw, 1, 2)?;
    let w = to_index(cx, args[1])?.max(0) as usize;
    let b = this(cx, args, name)?;
    let fill = match args.get(2) {
        Some(&f) => match self_bytes(f) {
            Some(&[c]) => c,
            _ => {
                let t = tname(cx, f);
                return Err(cx.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {t}")));
            }
        },
        None => b' ',
    };
    let marg = w.saturating_sub(b.len());
    let (l, r) = match mode {
        b'<' => (0, marg),
        b'>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & w & 1);
            (l, marg - l)
        }
    };
    // Past STR_MAX_LEN MemoryError, as for str (an overcommitted reservation
    // would succeed and then fail when written).
    let mut out = Vec::new();
    if b.len() + marg > STR_MAX_LEN || out.try_reserve_exact(b.len() + marg).is_err() {
        return Err(cx.memory_error(""));
    }
    out.resize(l, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + r, fill);
    Ok(self::out(cx, args, out))
}

fn bytes_partition(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, rev: bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 1, 1)?;
    let sep = arg_bytes(cx, args[1])?;
    if sep.is_empty() {
        return Err(cx.value_error("empty separator"));
    }
    let at = if rev { b.windows(sep.len()).rposition(|w| w == sep) } else { find_sub(b, sep) };
    let parts: [&[u8]; 3] = match at {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if rev => [b"", b"", b],
        None => [b, b"", b""],
    };
    let mut vs: Vec<Value> = parts.iter().map(|p| out(cx, args, p.to_vec())).collect();
    // A bytes receiver returns the separator object itself (CPython's stringlib).
    if at.is_some() && bytes_of(args[0]).is_some() {
        vs[1] = args[1];
    }
    Ok(cx.new_tuple(vs))
}

fn bytes_remove(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, suffix: bool) -> PyResult<Value> {
    let b = this(cx, args, name)?;
    check(cx, name, args, kw, 1, 1)?;
    let p = arg_bytes(cx, args[1])?;
    let r = if suffix { b.strip_suffix(p) } else { b.strip_prefix(p) };
    Ok(out(cx, args, r.unwrap_or(b).to_vec()))
}

// ---------------------------------------------------------------- bytes % args

/// `bytes.__mod__`: printf-style formatting of bytes (PEP 461).
fn bytes_mod(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    runtime::args::check_exact(cx, "__mod__", args, kw, 2)?;
    // A copy: formatting runs Python code, which may resize a bytearray receiver.
    let f = this(cx, args, "__mod__")?.to_vec();
    let r = percent(cx, &f, args[1])?;
    Ok(out(cx, args, r))
}

/// The bytes `%` operator: numeric conversions are rendered by the str
/// formatter one spec at a time; %s/%b/%r/%a/%c are bytes-specific.
pub fn percent(cx: &mut Ctx, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let one = [args];
    let (items, single): (&[Value], bool) = match runtime::tuple_items(args) {
        Some(t) => (t, false),
        None => (&one, true),
    };
    let mapping = super::format::is_mapping_arg(cx, runtime::unwrap_payload(args));
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let (mut i, mut argi, mut used_map) = (0usize, 0usize, false);
    let next = |cx: &mut Ctx, argi: &mut usize| -> PyResult<Value> {
        let v = items.get(*argi).copied();
        *argi += 1;
        v.ok_or_else(|| cx.type_error("not enough arguments for format string"))
    };
    while i < fmt.len() {
        if fmt[i] != b'%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key_val = None;
        if fmt.get(i) == Some(&b'(') {
            let start = i + 1;
            let mut depth = 1;
            while i + 1 < fmt.len() && depth > 0 {
                i += 1;
                depth += (fmt[i] == b'(') as i32 - (fmt[i] == b')') as i32;
            }
            if depth > 0 {
                return Err(cx.value_error("incomplete format key"));
            }
            if !mapping {
                return Err(cx.type_error("format requires a mapping"));
            }
            let k = cx.new_bytes(fmt[start..i].to_vec());
            key_val = Some(runtime::get_item(cx, args, k)?);
            used_map = true;
            i += 1;
        }
        // flags, width, precision: collected as text for the str formatter
        let mut spec = String::from("%");
        let (mut left, mut width, mut prec) = (false, 0usize, None::<usize>);
        while let Some(&c) = fmt.get(i).filter(|c| b"-+ #0".contains(c)) {
            left |= c == b'-';
            spec.push(c as char);
            i += 1;
        }
        for part in 0..2 {
            if part == 1 {
                if fmt.get(i) != Some(&b'.') {
                    break;
                }
                spec.push('.');
                i += 1;
            }
            let mut n = 0usize;
            if fmt.get(i) == Some(&b'*') {
                let v = next(cx, &mut argi)?;
                let Some(w) = v.is_int().then(|| v.as_small()) else {
                    return Err(cx.type_error("* wants int"));
                };
                if part == 0 && w < 0 {
                    left = true;
                    spec.push('-');
                }
                n = w.unsigned_abs() as usize;
                i += 1;
            } else {
                while let Some(&d) = fmt.get(i).filter(|d| d.is_ascii_digit()) {
                    n = n.saturating_mul(10).saturating_add((d - b'0') as usize);
                    i += 1;
                }
            }
            spec.push_str(&n.to_string());
            if part == 0 {
                width = n;
            } else {
                prec = Some(n);
            }
        }
        while matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else { return Err(cx.value_error("incomplete format")) };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let v = match key_val {
            Some(v) => v,
            None => next(cx, &mut argi)?,
        };
        let numeric = b"diuoxXeEfFgG".contains(&conv);
        let body: Vec<u8> = match conv {
            b's' | b'b' => {
                let mut b = match bytes_like(v) {
                    Some(b) => b.to_vec(),
                    None => {
                        let t = tname(cx, v);
                        let m = format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'");
                        return Err(cx.type_error(m));
                    }
                };
                if let Some(p) = prec {
                    b.truncate(p);
                }
                b
            }
            b'r' | b'a' => {
                let r = runtime::repr_string(cx, v)?;
                let mut b = super::funcs::ascii_escape(&r).into_bytes();
                if let Some(p) = prec {
                    b.truncate(p);
                }
                b
            }
            b'c' => match (self_bytes(v), num_of_int(v)) {
                (Some(b), _) if b.len() == 1 => b.to_vec(),
                (_, Some(n)) if (0..256).contains(&n) => vec![n as u8],
                (_, Some(_)) => return Err(cx.overflow_error("%c arg not in range(256)")),
                _ => return Err(cx.type_error("%c requires an integer in range(256) or a single byte")),
            },
            _ if numeric => {
                let float_conv = matches!(conv, b'e' | b'E' | b'f' | b'F' | b'g' | b'G');
                if float_conv && !v.is_kind(Kind::Instance) && runtime::num::num_of(runtime::unwrap_payload(v)).is_none() {
                    let t = tname(cx, v);
                    return Err(cx.type_error(format!("float argument required, not {t}")));
                }
                // bytes formatting names %i "%d" in its messages (%u keeps its name)
                spec.push(if conv == b'i' { 'd' } else { conv as char });
                let t = cx.new_tuple_from(&[v]);
                super::format::percent_string(cx, &spec, t)?.into_bytes()
            }
            _ => {
                let m = format!("unsupported format character '{}' (0x{:x}) at index {}", conv as char, conv, i - 1);
                return Err(cx.value_error(m));
            }
        };
        let pad = if numeric { 0 } else { width.saturating_sub(body.len()) };
        if !left {
            out.resize(out.len() + pad, b' ');
        }
        out.extend_from_slice(&body);
        if left {
            out.resize(out.len() + pad, b' ');
        }
    }
    if !used_map && argi < items.len() && !(single && mapping) {
        return Err(cx.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

fn num_of_int(v: Value) -> Option<i64> {
    match runtime::num::num_of(runtime::unwrap_payload(v))? {
        runtime::num::Num::I(i) => Some(i),
        runtime::num::Num::B(_) => Some(i64::MAX),
        runtime::num::Num::F(_) => None,
    }
}
