//! Methods of `str` (code-point semantics; ASCII fast paths).
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, str_of, str_obj};
use crate::vm::Ctx;
use crate::{PyResult, Value};

/// Register the str methods.
pub fn install(cx: &mut Ctx) {
    let c = cx.rt.types.str;
    let m: &[(&'static str, NativeFn)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("translate", str_translate),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__getnewargs__", str_getnewargs),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, c, name, f);
    }
    // str.maketrans is a static method.
    let f = cx.new_native("maketrans", str_maketrans);
    let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f });
    let d = runtime::cls_ref(c).dict;
    runtime::types::dict_set_str(cx, d, "maketrans", sm);
}

/// Argument check of a clinic-style str method `name` (self is args[0]): no
/// keywords, `min..=max` positionals; CPython's messages ("str.upper() takes
/// no arguments (1 given)", "center expected at least 1 argument, got 0").
#[inline]
fn check(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    Err(check_error(cx, name, n, kw, min, max))
}

#[cold]
#[inline(never)]
fn check_error(cx: &mut Ctx, name: &str, n: usize, kw: &[(Value, Value)], min: usize, max: usize) -> crate::Exc {
    if !kw.is_empty() {
        return cx.type_error(format!("str.{name}() takes no keyword arguments"));
    }
    nargs_error(cx, &format!("str.{name}"), n, min, max)
}

/// The same for the old-style methods (find, count, startswith...):
/// "find() takes at least 1 argument (0 given)".
#[inline]
fn varargs(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(check_error(cx, name, 0, kw, min, max));
    }
    nargs_varargs(cx, name, &args[1..], min, max)
}

/// Self as text (str or str subclass instance).
#[inline]
fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static str> {
    match args.first().and_then(|&v| str_of(v)) {
        Some(s) => Ok(s),
        None => Err(bad_self(cx, args, name)),
    }
}

#[cold]
#[inline(never)]
fn bad_self(cx: &mut Ctx, args: &[Value], name: &str) -> crate::Exc {
    match args.first() {
        Some(&v) => {
            let t = tname(cx, v);
            cx.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"))
        }
        None => cx.type_error(format!("unbound method str.{name}() needs an argument")),
    }
}

#[inline]
fn is_ascii_str(v: Value) -> bool {
    str_obj(v).map_or(false, |s| s.is_ascii())
}

/// Python's str.isspace for one char.
#[inline]
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A `sep` argument: UNBOUND/None -> None, str -> Some, else TypeError.
fn opt_sep(cx: &mut Ctx, v: Value) -> PyResult<Option<&'static str>> {
    if !given(v) {
        return Ok(None);
    }
    let s = arg_str(cx, v, |t| format!("must be str or None, not {t}"))?;
    if s.is_empty() {
        return Err(cx.value_error("empty separator"));
    }
    Ok(Some(s))
}


#[inline]
fn find1(h: &str, p: &str) -> Option<usize> {
    find_sub(h, p)
}

#[inline]
fn rfind1(h: &str, p: &str) -> Option<usize> {
    rfind_sub(h, p)
}

/// A list of new strs, slices of a str that is ASCII when `ascii`.
fn new_str_list(cx: &mut Ctx, parts: Vec<&str>, ascii: bool) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| cx.new_substr(p, ascii)).collect();
    cx.new_list(items)
}

/// Code points of the text `s` of the str value `v` (its cached count for a str).
#[inline]
fn nchars_of(v: Value, s: &str) -> usize {
    match str_obj(v) {
        Some(o) => o.nchars(),
        None => char_len(s),
    }
}

fn str_split(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "split")?;
    let [sep, maxsplit] = parse_args(cx, "split", &args[1..], kw, ["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_unbound() { -1 } else { to_index(cx, maxsplit)? };
    let sep = opt_sep(cx, sep)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts = match sep {
        Some(sep) if sep.len() == 1 && max == usize::MAX => return Ok(split_byte(cx, args[0], s, sep.as_bytes()[0])),
        Some(sep) => {
            let mut v = Vec::new();
            let mut rest = s;
            while v.len() < max {
                match find1(rest, sep) {
                    Some(i) => {
                        v.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            v.push(rest);
            v
        }
        None => split_ws(s, max),
    };
    Ok(new_str_list(cx, parts, is_ascii_str(args[0])))
}

/// `s.split(c)` for a one-byte (ASCII) separator: the pieces go straight into
/// the new list (no Vec of slices; an ASCII byte is always a char boundary).
fn split_byte(cx: &mut Ctx, v: Value, s: &str, sep: u8) -> Value {
    let ascii = is_ascii_str(v);
    let mut items = Vec::with_capacity(8);
    let mut start = 0;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        if c == sep {
            let piece = cx.new_substr(&s[start..i], ascii);
            items.push(piece);
            start = i + 1;
        }
    }
    let piece = cx.new_substr(&s[start..], ascii);
    items.push(piece);
    cx.new_list(items)
}

fn split_ws(s: &str, max: usize) -> Vec<&str> {
    let mut v = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if v.len() >= max {
            v.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(i) => {
                v.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(py_isspace);
            }
            None => {
                v.push(rest);
                break;
            }
        }
    }
    v
}

fn rsplit_ws(s: &str, max: usize) -> Vec<&str> {
    let mut v = Vec::new();
    let mut rest = s.trim_end_matches(py_isspace);
    while !rest.is_empty() {
        if v.len() >= max {
            v.push(rest);
            break;
        }
        match rest.rfind(py_isspace) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                v.push(&rest[i + c.len_utf8()..]);
                rest = rest[..i].trim_end_matches(py_isspace);
            }
            None => {
                v.push(rest);
                break;
            }
        }
    }
    v.reverse();
    v
}

fn str_rsplit(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "rsplit")?;
    let [sep, maxsplit] = parse_args(cx, "rsplit", &args[1..], kw, ["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_unbound() { -1 } else { to_index(cx, maxsplit)? };
    let sep = opt_sep(cx, sep)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts = match sep {
        Some(sep) => {
            let mut v = Vec::new();
            let mut rest = s;
            while v.len() < max {
                match rfind1(rest, sep) {
                    Some(i) => {
                        v.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            v.push(rest);
            v.reverse();
            v
        }
        None => rsplit_ws(s, max),
    };
    Ok(new_str_list(cx, parts, is_ascii_str(args[0])))
}

/// iter(x) for str.join: "can only join an iterable" for a non-iterable.
#[inline(never)]
fn join_iter(cx: &mut Ctx, x: Value) -> PyResult<Value> {
    match runtime::get_iter(cx, x) {
        Err(_) if cx.exc_is(cx.rt.types.type_error) => {
            cx.take_exc();
            Err(cx.type_error("can only join an iterable"))
        }
        r => r,
    }
}

fn str_join(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = this(cx, args, "join")?;
    no_kw(cx, "str.join", kw)?;
    nargs(cx, "str.join", &args[1..], 1, 1)?;
    let owned;
    // list/tuple items are read in place: nothing below runs Python code.
    let items: &[Value] = match runtime::plain_seq_items(args[1]) {
        Some(s) => s,
        None => {
            let it = join_iter(cx, args[1])?;
            owned = collect(cx, it)?;
            &owned
        }
    };
    let gaps = items.len().saturating_sub(1);
    let (mut total, mut nchars) = (sep.len() * gaps, 0);
    for (i, &it) in items.iter().enumerate() {
        match str_of(it) {
            Some(t) => {
                total += t.len();
                nchars += nchars_of(it, t);
            }
            None => {
                let t = tname(cx, it);
                return Err(cx.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    if items.len() == 1 && is_exact(cx, items[0], cx.rt.types.str) {
        return Ok(items[0]);
    }
    if gaps > 0 {
        nchars += nchars_of(args[0], sep) * gaps;
    }
    if total > STR_MAX_LEN {
        return Err(cx.memory_error(""));
    }
    // SAFETY: writes exactly `total` bytes: whole strs (valid UTF-8, `nchars`
    // code points), checked above; no Python code runs in between. Short
    // pieces are copied inline (`copy_bytes`), not by a memcpy call each.
    Ok(unsafe {
        cx.new_str_fill(total, nchars, |out| {
            let o = out.as_mut_ptr();
            let mut at = 0;
            for (i, &it) in items.iter().enumerate() {
                if i > 0 {
                    crate::heap::copy_bytes(sep.as_ptr(), o.add(at), sep.len());
                    at += sep.len();
                }
                let t = str_of(it).unwrap_or("");
                crate::heap::copy_bytes(t.as_ptr(), o.add(at), t.len());
                at += t.len();
            }
        })
    })
}

/// strip helper: which = 0 both, 1 left, 2 right.
fn strip_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, which: u8) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 1)?;
    let chars = match args.get(1) {
        Some(&c) if !c.is_none() => Some(arg_str(cx, c, |_| format!("{name} arg must be None or str"))?),
        _ => None,
    };
    let ascii = is_ascii_str(args[0]);
    let r = match chars {
        // ASCII text: strip bytes (whitespace from a bit mask, chars from a set).
        None if ascii => strip_bytes(s, which, |b| b <= b' ' && ASCII_SPACE >> b & 1 != 0),
        None => match which {
            0 => s.trim_matches(py_isspace),
            1 => s.trim_start_matches(py_isspace),
            _ => s.trim_end_matches(py_isspace),
        },
        Some(cs) if cs.is_ascii() && ascii => {
            let mut set = [false; 128];
            for b in cs.bytes() {
                set[b as usize] = true;
            }
            strip_bytes(s, which, |b| set[b as usize & 127])
        }
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            match which {
                0 => s.trim_matches(f),
                1 => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
    };
    if r.len() == s.len() && is_exact(cx, args[0], cx.rt.types.str) {
        return Ok(args[0]);
    }
    Ok(cx.new_substr(r, ascii))
}

/// The ASCII bytes [`py_isspace`] accepts, as bits of a mask: \t \n \v \f
/// \r (9-13), \x1c-\x1f, space.
const ASCII_SPACE: u64 = 0x1f << 9 | 0xf << 28 | 1 << 32;

/// `s` (ASCII) without its leading (`which` 0, 1) and trailing (0, 2) bytes
/// that `strip` accepts.
#[inline(always)]
fn strip_bytes(s: &str, which: u8, strip: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    if which != 2 {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if which != 1 {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    &s[lo..hi]
}

fn str_strip(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(cx, args, kw, "strip", 0)
}
fn str_lstrip(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(cx, args, kw, "lstrip", 1)
}
fn str_rstrip(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(cx, args, kw, "rstrip", 2)
}

fn str_replace(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "replace")?;
    no_kw(cx, "str.replace", kw)?;
    nargs(cx, "replace", &args[1..], 2, 3)?;
    let old = arg_str(cx, args[1], |t| format!("replace() argument 1 must be str, not {}", clinic_tname(t)))?;
    let new = arg_str(cx, args[2], |t| format!("replace() argument 2 must be str, not {}", clinic_tname(t)))?;
    let count = match args.get(3) {
        Some(&c) => to_index(cx, c)?,
        None => -1,
    };
    let count = if count < 0 { usize::MAX } else { count as usize };
    if !old.is_empty() {
        return Ok(replace_nonempty(cx, args, s, old, new, count));
    }
    let out = {
        // Insert `new` before every char and at the end, up to count times.
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(count));
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    };
    Ok(cx.new_string(out))
}

/// `s.replace(old, new, count)` with `old` non-empty: find the matches (the
/// first [`KEPT`] offsets kept), then write the result straight into a new
/// str (one allocation, no String; the search runs again only past `KEPT`).
fn replace_nonempty(cx: &mut Ctx, args: &[Value], s: &str, old: &str, new: &str, count: usize) -> Value {
    const KEPT: usize = 8;
    let mut kept = [0usize; KEPT];
    let (mut n, mut at) = (0, 0);
    while n < count {
        match find_sub(&s[at..], old) {
            Some(i) => {
                if n < KEPT {
                    kept[n] = at + i;
                }
                n += 1;
                at += i + old.len();
            }
            None => break,
        }
    }
    if n == 0 && is_exact(cx, args[0], cx.rt.types.str) {
        return args[0];
    }
    let len = s.len() - n * old.len() + n * new.len();
    let nchars = nchars_of(args[0], s) - n * nchars_of(args[1], old) + n * nchars_of(args[2], new);
    // SAFETY: writes exactly `len` bytes: the text between the `n` matches
    // (split at char boundaries) and `n` copies of `new`, all valid UTF-8.
    unsafe {
        cx.new_str_fill(len, nchars, |out| {
            let o = out.as_mut_ptr();
            let (mut at, mut from) = (0, 0);
            for j in 0..n {
                // Past the kept offsets the same search finds the same matches.
                let i = if j < KEPT { kept[j] } else { from + find_sub(&s[from..], old).unwrap_or(0) };
                crate::heap::copy_bytes(s.as_ptr().add(from), o.add(at), i - from);
                at += i - from;
                crate::heap::copy_bytes(new.as_ptr(), o.add(at), new.len());
                at += new.len();
                from = i + old.len();
            }
            crate::heap::copy_bytes(s.as_ptr().add(from), o.add(at), s.len() - from);
        })
    }
}

/// The text find/count/index search: a window of self (its `start:end`),
/// the needle, the window's char index in self and whether self is ASCII
/// (byte offsets are char offsets).
struct Window {
    w: &'static str,
    sub: &'static str,
    base: usize,
    ascii: bool,
}

/// Resolve (sub, start, end) for find/count/index; None: start beyond the
/// end (not found, even for an empty needle, as CPython).
#[inline]
fn find_args(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Option<Window>> {
    let s = this(cx, args, name)?;
    if args.len() == 2 && kw.is_empty() {
        // `s.find(sub)`: the whole text, no range to resolve.
        let sub = arg_str(cx, args[1], |t| format!("must be str, not {t}"))?;
        return Ok(Some(Window { w: s, sub, base: 0, ascii: is_ascii_str(args[0]) }));
    }
    find_range(cx, args, kw, name, s)
}

#[inline(never)]
fn find_range(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, s: &'static str) -> PyResult<Option<Window>> {
    varargs(cx, name, args, kw, 1, 3)?;
    let start = match args.get(2) {
        Some(&v) => slice_arg(cx, v, 0)?,
        None => 0,
    };
    let end = match args.get(3) {
        Some(&v) => slice_arg(cx, v, i64::MAX)?,
        None => i64::MAX,
    };
    let sub = arg_str(cx, args[1], |t| format!("must be str, not {t}"))?;
    let ascii = is_ascii_str(args[0]);
    let n = if ascii { s.len() } else { char_len(s) };
    let (a, b) = adjust_range(start, end, n);
    let raw_start = if start < 0 { (start + n as i64).max(0) } else { start };
    if raw_start > n as i64 || a > b {
        return Ok(None);
    }
    let ba = byte_at(s, ascii, a);
    let bb = if ascii { b } else { ba + s[ba..].char_indices().nth(b - a).map_or(s.len() - ba, |(i, _)| i) };
    Ok(Some(Window { w: &s[ba..bb], sub, base: a, ascii }))
}

/// The char index in self of byte `byte` of the window.
#[inline]
fn char_index(win: &Window, byte: usize) -> i64 {
    (win.base + if win.ascii { byte } else { win.w[..byte].chars().count() }) as i64
}

fn find_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, rev: bool) -> PyResult<i64> {
    let Some(win) = find_args(cx, args, kw, name)? else {
        return Ok(-1);
    };
    let r = if rev { rfind1(win.w, win.sub) } else { find1(win.w, win.sub) };
    Ok(r.map_or(-1, |i| char_index(&win, i)))
}

fn str_find(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let i = find_impl(cx, args, kw, "find", false)?;
    Ok(Value::from_small(i))
}
fn str_rfind(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let i = find_impl(cx, args, kw, "rfind", true)?;
    Ok(Value::from_small(i))
}
fn str_index(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(cx, args, kw, "index", false)? {
        -1 => Err(cx.value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}
fn str_rindex(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(cx, args, kw, "rindex", true)? {
        -1 => Err(cx.value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}

fn str_count(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Window { w, sub, .. }) = find_args(cx, args, kw, "count")? else {
        return Ok(Value::from_small(0));
    };
    let n = match sub.as_bytes() {
        [] => char_len(w) + 1,
        // A one-byte (ASCII) needle: count the byte (no search per match).
        &[b] => w.bytes().filter(|&c| c == b).count(),
        _ => count_sub(w, sub, usize::MAX),
    };
    Ok(Value::from_small(n as i64))
}

fn affix_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, end: bool) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    if args.len() == 2 && kw.is_empty() {
        // `s.startswith(p)` of a str `p`: the whole text, no range to resolve.
        if let Some(p) = str_of(args[1]) {
            return Ok(Value::bool(if end { s.ends_with(p) } else { s.starts_with(p) }));
        }
    }
    affix_range(cx, args, kw, name, end, s)
}

#[inline(never)]
fn affix_range(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, end: bool, s: &'static str) -> PyResult<Value> {
    varargs(cx, name, args, kw, 1, 3)?;
    let ascii = is_ascii_str(args[0]);
    let n = if ascii { s.len() } else { char_len(s) };
    let start = match args.get(2) {
        Some(&v) => slice_arg(cx, v, 0)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => slice_arg(cx, v, i64::MAX)?,
        None => i64::MAX,
    };
    let raw_start = if start < 0 { (start + n as i64).max(0) } else { start };
    let (a, b) = adjust_range(start, stop, n);
    let w = if raw_start > n as i64 || a > b {
        None
    } else {
        let ba = byte_at(s, ascii, a);
        let bb = byte_at(s, ascii, b);
        Some(&s[ba..bb])
    };
    let test = |p: &str| match w {
        Some(w) => {
            if end {
                w.ends_with(p)
            } else {
                w.starts_with(p)
            }
        }
        None => false,
    };
    if let Some(p) = str_of(args[1]) {
        return Ok(Value::bool(test(p)));
    }
    if let Some(items) = runtime::tuple_items(args[1]) {
        for &it in items {
            let p = arg_str(cx, it, |t| format!("tuple for {name} must only contain str, not {t}"))?;
            if test(p) {
                return Ok(Value::true_());
            }
        }
        return Ok(Value::false_());
    }
    let t = tname(cx, args[1]);
    Err(cx.type_error(format!("{name} first arg must be str or a tuple of str, not {t}")))
}

fn str_startswith(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_impl(cx, args, kw, "startswith", false)
}
fn str_endswith(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_impl(cx, args, kw, "endswith", true)
}

/// Zero-argument str -> str transformation.
/// An ASCII self is mapped byte by byte by `ascii` (see [`map_ascii`]),
/// written straight into the new str; other text goes through `f`.
#[inline]
fn map_impl(
    cx: &mut Ctx,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    ascii: impl Fn(u8, u16) -> u8,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 0)?;
    if is_ascii_str(args[0]) {
        let src = s.as_bytes();
        // SAFETY: ASCII bytes mapped to ASCII bytes, every byte written.
        return Ok(unsafe { cx.new_str_fill(src.len(), src.len(), |out| map_ascii(src, out, ascii)) });
    }
    Ok(cx.new_string(f(s)))
}

/// `out[i] = f(src[i], prev)` where `prev` is the byte before (`NO_PREV` for
/// the first): the state of title/capitalize is a function of the previous
/// input byte, so no computed state is carried from byte to byte.
#[inline(always)]
fn map_ascii(src: &[u8], out: &mut [u8], f: impl Fn(u8, u16) -> u8) {
    let mut prev = NO_PREV;
    for (o, &b) in out.iter_mut().zip(src) {
        *o = f(b, prev);
        prev = b as u16;
    }
}

/// The `prev` of [`map_ascii`]'s first byte (not a byte value).
const NO_PREV: u16 = 0x100;

/// An ASCII letter (its case is bit 0x20).
#[inline(always)]
fn ascii_alpha(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

#[inline(always)]
fn upper_b(b: u8, _: u16) -> u8 {
    b.to_ascii_uppercase()
}
#[inline(always)]
fn lower_b(b: u8, _: u16) -> u8 {
    b.to_ascii_lowercase()
}
#[inline(always)]
fn title_b(b: u8, prev: u16) -> u8 {
    // Lower case after a letter, upper case elsewhere.
    if !ascii_alpha(b) {
        b
    } else if ascii_alpha(prev as u8) {
        b | 0x20
    } else {
        b & !0x20
    }
}
#[inline(always)]
fn capitalize_b(b: u8, prev: u16) -> u8 {
    if prev == NO_PREV {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    }
}
#[inline(always)]
fn swapcase_b(b: u8, _: u16) -> u8 {
    if ascii_alpha(b) {
        b ^ 0x20
    } else {
        b
    }
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}
fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Cased: has an upper/lower case form.
#[inline]
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}
#[inline]
fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
}
fn push_title(out: &mut String, c: char) {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => out.push('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => out.push('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => out.push('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        _ => out.extend(c.to_uppercase()),
    }
}
/// ASCII-only case mapping on bytes (the common case; no allocation per char).
fn ascii_map(s: &str, f: impl Fn(u8, u16) -> u8) -> String {
    let mut out = vec![0; s.len()];
    map_ascii(s.as_bytes(), &mut out, f);
    // SAFETY: ASCII bytes mapped to ASCII bytes stay valid UTF-8.
    unsafe { String::from_utf8_unchecked(out) }
}

fn title(s: &str) -> String {
    if s.is_ascii() {
        return ascii_map(s, title_b);
    }
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}
fn capitalize(s: &str) -> String {
    if s.is_ascii() {
        return ascii_map(s, capitalize_b);
    }
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    if let Some(c) = it.next() {
        push_title(&mut out, c);
    }
    for c in it {
        out.extend(c.to_lowercase());
    }
    out
}
fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return ascii_map(s, swapcase_b);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn str_upper(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "upper", upper_b, upper)
}
fn str_lower(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "lower", lower_b, lower)
}
fn str_casefold(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "casefold", lower_b, casefold)
}
fn str_title(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "title", title_b, title)
}
fn str_capitalize(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "capitalize", capitalize_b, capitalize)
}
fn str_swapcase(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_impl(cx, args, kw, "swapcase", swapcase_b, swapcase)
}

// ---- predicates

fn pred_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 0, 0)?;
    Ok(Value::bool(f(s)))
}

/// Superscripts, circled digits and the like: digits that are not decimal.
#[inline]
fn is_digit_not_decimal(c: char) -> bool {
    matches!(c, '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨' | '⑴'..='⑼' | '⒈'..='⒐' | '⓵'..='⓽' | '❶'..='❾' | '➀'..='➈' | '➊'..='➒')
}
/// Digit value of a Unicode decimal (Nd) char: Nd blocks are runs of 10 starting at 0.
pub fn decimal_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
        0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50,
        0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8,
        0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let u = c as u32;
    ZEROS.iter().find(|&&z| u >= z && u < z + 10).map(|&z| u - z)
}
fn isdecimal(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    }
    !s.is_empty() && s.chars().all(|c| decimal_value(c).is_some())
}
fn isdigit(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    }
    !s.is_empty() && s.chars().all(|c| decimal_value(c).is_some() || is_digit_not_decimal(c))
}
fn isnumeric(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_numeric() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '万' | '億' | '零')
        })
}
fn isalpha(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic());
    }
    !s.is_empty() && s.chars().all(|c| c.is_alphabetic())
}
fn isalnum(s: &str) -> bool {
    if s.is_ascii() {
        return !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    }
    !s.is_empty() && s.chars().all(|c| c.is_alphanumeric())
}
fn isspace(s: &str) -> bool {
    !s.is_empty() && s.chars().all(py_isspace)
}
fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}
fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}
fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric() || c == '\u{b7}')
}
/// Python's str.isprintable for one char.
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !(c.is_control()
        || (c.is_whitespace())
        || matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
            | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}'
            | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
        || is_unassigned_hint(c))
}
#[inline]
fn is_unassigned_hint(c: char) -> bool {
    // Noncharacters (always unassigned).
    let u = c as u32;
    (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE
}
fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

fn str_isdigit(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isdigit", isdigit)
}
fn str_isdecimal(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isdecimal", isdecimal)
}
fn str_isnumeric(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isnumeric", isnumeric)
}
fn str_isalpha(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isalpha", isalpha)
}
fn str_isalnum(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isalnum", isalnum)
}
fn str_isspace(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isspace", isspace)
}
fn str_isupper(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isupper", isupper)
}
fn str_islower(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "islower", islower)
}
fn str_istitle(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "istitle", istitle)
}
fn str_isidentifier(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isidentifier", isidentifier)
}
fn str_isprintable(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isprintable", isprintable)
}
fn str_isascii(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pred_impl(cx, a, kw, "isascii", |s| s.is_ascii())
}

// ---- padding

fn fill_arg(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<(&'static str, usize, char)> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 1, 2)?;
    let w = to_index(cx, args[1])?;
    let fill = match args.get(2) {
        Some(&f) => {
            let fs = arg_str(cx, f, |t| format!("The fill character must be a unicode character, not {t}"))?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(cx.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((s, w.max(0) as usize, fill))
}

/// An empty String with room for `bytes` bytes, or MemoryError (past
/// STR_MAX_LEN or when the allocation fails), as CPython's failed allocation.
fn str_buf(cx: &mut Ctx, bytes: Option<usize>) -> PyResult<String> {
    let mut out = String::new();
    match bytes {
        Some(n) if n <= STR_MAX_LEN && out.try_reserve_exact(n).is_ok() => Ok(out),
        _ => Err(str_too_long(cx)),
    }
}

#[cold]
#[inline(never)]
fn str_too_long(cx: &mut Ctx) -> crate::Exc {
    cx.memory_error("")
}

fn pad(cx: &mut Ctx, s: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let bytes = (left + right).checked_mul(fill.len_utf8()).and_then(|p| p.checked_add(s.len()));
    let mut out = str_buf(cx, bytes)?;
    (0..left).for_each(|_| out.push(fill));
    out.push_str(s);
    (0..right).for_each(|_| out.push(fill));
    Ok(out)
}

fn just_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, mode: u8) -> PyResult<Value> {
    let (s, w, fill) = fill_arg(cx, args, kw, name)?;
    let n = char_len(s);
    if n >= w {
        if is_exact(cx, args[0], cx.rt.types.str) {
            return Ok(args[0]);
        }
        return Ok(cx.new_str(s));
    }
    let marg = w - n;
    let (l, r) = match mode {
        b'<' => (0, marg),
        b'>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & w & 1);
            (l, marg - l)
        }
    };
    let out = pad(cx, s, l, r, fill)?;
    Ok(cx.new_string(out))
}

fn str_center(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    just_impl(cx, a, kw, "center", b'^')
}
fn str_ljust(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    just_impl(cx, a, kw, "ljust", b'<')
}
fn str_rjust(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    just_impl(cx, a, kw, "rjust", b'>')
}

fn str_zfill(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "zfill")?;
    check(cx, "zfill", args, kw, 1, 1)?;
    let w = to_index(cx, args[1])?.max(0) as usize;
    let n = char_len(s);
    if n >= w {
        return Ok(cx.new_str(s));
    }
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = str_buf(cx, (w - n).checked_add(s.len()))?;
    out.push_str(sign);
    (0..w - n).for_each(|_| out.push('0'));
    out.push_str(rest);
    Ok(cx.new_string(out))
}

fn partition_impl(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, rev: bool) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 1, 1)?;
    let sep = arg_str(cx, args[1], |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(cx.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    let items: Vec<Value> = parts.iter().map(|p| cx.new_str(p)).collect();
    Ok(cx.new_tuple(items))
}
fn str_partition(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(cx, a, kw, "partition", false)
}
fn str_rpartition(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(cx, a, kw, "rpartition", true)
}

#[inline]
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn str_splitlines(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "splitlines")?;
    let [keep] = parse_args(cx, "splitlines", &args[1..], kw, ["keepends"], 0)?;
    let keep = !keep.is_unbound() && to_c_int(cx, keep)? != 0;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            parts.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(new_str_list(cx, parts, is_ascii_str(args[0])))
}

fn str_expandtabs(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "expandtabs")?;
    let [ts] = parse_args(cx, "expandtabs", &args[1..], kw, ["tabsize"], 0)?;
    let ts = if ts.is_unbound() { 8 } else { to_c_int(cx, ts)? };
    // Columns per code point: a tab advances to the next multiple of `ts`.
    let widths = |f: &mut dyn FnMut(char, i64)| {
        let mut col: i64 = 0;
        for c in s.chars() {
            let n = match c {
                '\t' if ts > 0 => ts - col % ts,
                '\t' => 0,
                _ => 1,
            };
            col = if c == '\n' || c == '\r' { 0 } else { col + n };
            f(c, n);
        }
    };
    let mut bytes: Option<usize> = Some(0);
    widths(&mut |c, n| {
        let b = if c == '\t' { n as usize } else { c.len_utf8() };
        bytes = bytes.and_then(|t| t.checked_add(b));
    });
    let mut out = str_buf(cx, bytes)?;
    widths(&mut |c, n| match c {
        '\t' => (0..n).for_each(|_| out.push(' ')),
        _ => out.push(c),
    });
    Ok(cx.new_string(out))
}

/// A new bytes object.
pub fn new_bytes(cx: &mut Ctx, b: Vec<u8>) -> Value {
    let cls = cx.rt.types.bytes;
    cx.alloc_obj(BytesObj { h: ObjHeader::new(cls, Kind::Bytes), hash: -1, b: b.into_boxed_slice() })
}

fn str_encode(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "encode")?;
    let [enc, errors] = parse_args(cx, "encode", &args[1..], kw, ["encoding", "errors"], 0)?;
    let enc = if enc.is_unbound() { "utf-8" } else { arg_str(cx, enc, |t| format!("encode() argument 'encoding' must be str, not {}", clinic_tname(t)))? };
    if !errors.is_unbound() {
        arg_str(cx, errors, |t| format!("encode() argument 'errors' must be str, not {}", clinic_tname(t)))?;
    }
    let errors = if given(errors) { str_of(errors).unwrap_or("strict") } else { "strict" };
    let bytes = super::codecs::encode(cx, s, enc, errors)?;
    Ok(new_bytes(cx, bytes))
}

fn str_maketrans(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "str.maketrans", kw)?;
    nargs(cx, "maketrans", args, 1, 3)?;
    let d = cx.new_dict();
    if args.len() == 1 {
        if runtime::dict_obj(args[0]).is_none() {
            return Err(cx.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        let items = super::dicts::dict_items_vec(args[0]);
        for (k, v) in items {
            let key = match str_of(k) {
                Some(ks) => {
                    let mut it = ks.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::from_small(c as i64),
                        _ => return Err(cx.value_error("string keys in translate table must be of length 1")),
                    }
                }
                None if runtime::is_int_value(k) => k,
                None => return Err(cx.type_error("keys in translate table must be strings or integers")),
            };
            runtime::set_item(cx, d, key, v)?;
        }
        return Ok(d);
    }
    let y = arg_str(cx, args[1], |t| format!("maketrans() argument 2 must be str, not {}", clinic_tname(t)))?;
    let x = arg_str(cx, args[0], |_| "first maketrans argument must be a string if there is a second argument".into())?;
    if char_len(x) != char_len(y) {
        return Err(cx.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let bv = Value::from_small(b as i64);
        runtime::set_item(cx, d, Value::from_small(a as i64), bv)?;
    }
    if let Some(&z) = args.get(2) {
        let z = arg_str(cx, z, |t| format!("maketrans() argument 3 must be str, not {}", clinic_tname(t)))?;
        for c in z.chars() {
            runtime::set_item(cx, d, Value::from_small(c as i64), Value::none())?;
        }
    }
    Ok(d)
}

fn str_translate(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "translate")?;
    check(cx, "translate", args, kw, 1, 1)?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::from_small(c as i64);
        let r = match runtime::get_item(cx, table, key) {
            Ok(r) => r,
            Err(e) => {
                let le = cx.rt.types.lookup_error;
                if cx.exc_is(le) {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        if r.is_none() {
            continue;
        }
        if let Some(t) = str_of(r) {
            out.push_str(t);
        } else if let Some(i) = runtime::int_of(r) {
            match u32::try_from(i).ok().filter(|&u| u < 0x110000).and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(cx.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(cx.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(cx.new_string(out))
}

fn affix_remove(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(cx, args, name)?;
    check(cx, name, args, kw, 1, 1)?;
    let p = arg_str(cx, args[1], |t| format!("{name}() argument must be str, not {}", clinic_tname(t)))?;
    let r = if suffix { s.strip_suffix(p) } else { s.strip_prefix(p) };
    match r {
        Some(r) if !p.is_empty() => Ok(cx.new_str(r)),
        _ if is_exact(cx, args[0], cx.rt.types.str) => Ok(args[0]),
        _ => Ok(cx.new_str(s)),
    }
}
fn str_removeprefix(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_remove(cx, a, kw, "removeprefix", false)
}
fn str_removesuffix(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_remove(cx, a, kw, "removesuffix", true)
}



fn str_getnewargs(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(cx, args, "__getnewargs__")?;
    let v = cx.new_str(s);
    Ok(cx.new_tuple_from(&[v]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ws_split() {
        assert_eq!(split_ws("  a b\t c  ", usize::MAX), vec!["a", "b", "c"]);
        assert_eq!(split_ws("  a b\t c  ", 1), vec!["a", "b\t c  "]);
        assert_eq!(rsplit_ws("  a b\t c  ", 1), vec!["  a b", "c"]);
        assert_eq!(split_ws("", usize::MAX), Vec::<&str>::new());
        assert_eq!(split_ws("a\x1cb", usize::MAX), vec!["a", "b"]);
    }

    #[test]
    fn cases() {
        assert_eq!(title("hello world's fine"), "Hello World'S Fine");
        assert_eq!(capitalize("hELLO"), "Hello");
        assert_eq!(swapcase("aBc"), "AbC");
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(casefold("Straße"), "strasse");
        assert!(istitle("Hello World"));
        assert!(!istitle("Hello world"));
        assert!(isupper("ABC1"));
        assert!(!isupper("123"));
        assert!(isdigit("²") && !isdecimal("²"));
        assert!(isdecimal("٣"));
        assert!(isidentifier("_a1") && !isidentifier("1a"));
        assert!(!isprintable("a\n") && isprintable("a b"));
    }
}
