//! Formatting with objects: `format(v, spec)` / `__format__`, `%` formatting
//! and `str.format` / `str.format_map`. Pure spec handling is in `spec.rs`.
use super::spec::{self, FmtError, IntRef};
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub use super::spec::float_repr;

/// The Python exception for a spec-engine error.
#[cold]
pub(crate) fn raise_fmt(cx: &mut Ctx, e: FmtError) -> crate::Exc {
    match e {
        FmtError::Value(m) => cx.value_error(m),
        FmtError::Overflow(m) => cx.overflow_error(m),
        FmtError::Memory => cx.memory_error(""),
    }
}

/// `format(v, spec)` for builtin values (int, bool, float, str and their
/// subclasses' payloads); any other object formats as `str(v)` with an empty
/// spec, else TypeError. Does not look up `__format__`.
pub fn format_builtin(cx: &mut Ctx, v: Value, spec: &str) -> PyResult<String> {
    let p = runtime::unwrap_payload(v);
    let tyname = tname(cx, v);
    let r = if p.is_int() {
        if spec.is_empty() {
            return Ok(itoa(p.as_small()));
        }
        spec::format_int(IntRef::Small(p.as_small()), spec, tyname)
    } else if p.is_float() || p.is_kind(Kind::Float) {
        let f = runtime::float_of(p).unwrap();
        spec::format_float(f, spec)
    } else if let Some(s) = str_of(p) {
        spec::format_str(s, spec)
    } else if p.is_kind(Kind::Bool) {
        if spec.is_empty() {
            return Ok(if p == Value::true_() { "True" } else { "False" }.to_string());
        }
        spec::format_int(IntRef::Small(p.header().aux as i64), spec, tyname)
    } else if let Some(b) = runtime::bigint_ref(p) {
        if spec.is_empty() {
            return Ok(b.to_string());
        }
        spec::format_int(IntRef::Big(b), spec, tyname)
    } else {
        if spec.is_empty() {
            return runtime::str_string(cx, v);
        }
        return Err(cx.type_error(format!("unsupported format string passed to {tyname}.__format__")));
    };
    r.map_err(|e| raise_fmt(cx, e))
}

#[inline]
fn itoa(i: i64) -> String {
    i.to_string()
}

/// `format(v, spec)` (with `__format__` dispatch) as a Rust string.
pub fn format_value(cx: &mut Ctx, v: Value, spec: &str) -> PyResult<String> {
    // Exact builtin scalars: no `__format__` dispatch, no intermediate str object.
    if !v.is_obj() || matches!(v.header().kind, Kind::Str | Kind::Bool | Kind::BigInt | Kind::Float) {
        return format_builtin(cx, v, spec);
    }
    let r = runtime::format_value(cx, v, spec)?;
    Ok(str_of(r).unwrap_or("").to_string())
}

/// `__format__` native for int/float/str/bool.
pub fn dunder_format(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(format_arity_error(cx, args));
    }
    let spec = arg_str(cx, args[1], |t| format!("__format__() argument must be str, not {t}"))?;
    let s = format_builtin(cx, args[0], spec)?;
    Ok(cx.new_string(s))
}

/// "int.__format__() takes exactly one argument (0 given)"; bool's method is
/// int's, so the class named is that of the payload's kind.
#[cold]
#[inline(never)]
fn format_arity_error(cx: &mut Ctx, args: &[Value]) -> crate::Exc {
    let owner = match args.first().map(|&v| runtime::unwrap_payload(v)) {
        Some(p) if p.is_float() || p.is_kind(Kind::Float) => "float",
        Some(p) if str_of(p).is_some() => "str",
        _ => "int",
    };
    let n = args.len().saturating_sub(1);
    cx.type_error(format!("{owner}.__format__() takes exactly one argument ({n} given)"))
}

// ---------------------------------------------------------------- %-formatting

struct Pct {
    left: bool,
    sign: u8,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// `fmt % args` for str.
pub fn percent_format(cx: &mut Ctx, fmt: &str, args: Value) -> PyResult<Value> {
    let s = percent_string(cx, fmt, args)?;
    Ok(cx.new_string(s))
}

/// Whether `x` in `fmt % x` is the mapping for `%(key)` fields (CPython's
/// PyMapping_Check: its type has `__getitem__`), tuples and str excepted.
/// bytes % also excepts bytes; str % takes a bytes object as a mapping.
pub(crate) fn is_mapping_arg(cx: &mut Ctx, v: Value) -> bool {
    if runtime::tuple_items(v).is_some() || str_of(v).is_some() {
        return false;
    }
    if runtime::dict_obj(v).is_some() || v.is_kind(Kind::List) || v.is_kind(Kind::Range) {
        return true;
    }
    if v.is_kind(Kind::Instance) {
        let n = cx.rt.names.getitem;
        let cls = runtime::type_of(cx, v);
        return runtime::class_lookup(cls, n).is_some();
    }
    false
}

pub fn percent_string(cx: &mut Ctx, fmt: &str, args: Value) -> PyResult<String> {
    let one = [args];
    // Tuple items are read in place (tuples are immutable).
    let items: &[Value] = runtime::tuple_items(args).unwrap_or(&one);
    let mapping = (is_mapping_arg(cx, args) || args.is_kind(Kind::Bytes)).then_some(args);
    let mut out = String::with_capacity(fmt.len() + 16);
    let b = fmt.as_bytes();
    let mut argi = 0usize;
    let mut i = 0;
    let mut lit = 0;
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        out.push_str(&fmt[lit..i]);
        let start = i;
        i += 1;
        if i >= b.len() {
            return Err(cx.value_error("incomplete format"));
        }
        // "%%" is a literal only directly; with flags/width it is a conversion.
        if b[i] == b'%' {
            out.push('%');
            i += 1;
            lit = i;
            continue;
        }
        // %(key)
        let mut keyed: Option<Value> = None;
        if b[i] == b'(' {
            let Some(m) = mapping else {
                return Err(cx.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < b.len() && depth > 0 {
                match b[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(cx.value_error("incomplete format key"));
            }
            let key = cx.new_str(&fmt[ks..i - 1]);
            // As CPython: the looked-up value is the only argument left for
            // this conversion (its '*' fields included); the mapping itself
            // cannot be consumed any more ('%(x)s %s' % d is an error).
            keyed = Some(runtime::get_item(cx, m, key)?);
            argi = items.len();
        }
        let mut p = Pct { left: false, sign: 0, alt: false, zero: false, width: 0, prec: None };
        while i < b.len() {
            match b[i] {
                b'-' => p.left = true,
                b'+' => p.sign = b'+',
                b' ' => {
                    if p.sign == 0 {
                        p.sign = b' '
                    }
                }
                b'#' => p.alt = true,
                b'0' => p.zero = true,
                _ => break,
            }
            i += 1;
        }
        let next_arg = |cx: &mut Ctx, argi: &mut usize, keyed: &mut Option<Value>| -> PyResult<Value> {
            if let Some(v) = keyed.take() {
                Ok(v)
            } else if *argi < items.len() {
                *argi += 1;
                Ok(items[*argi - 1])
            } else {
                Err(cx.type_error("not enough arguments for format string"))
            }
        };
        if i < b.len() && b[i] == b'*' {
            let w = next_arg(cx, &mut argi, &mut keyed)?;
            let w = star_arg(cx, w, "C ssize_t")?;
            // -(-2**63) does not fit: CPython's width stays negative, i.e. none.
            p.left |= w < 0;
            p.width = if w == i64::MIN { 0 } else { w.unsigned_abs() as usize };
            i += 1;
        } else {
            p.width = pct_number(cx, b, &mut i, isize::MAX as usize, "width too big")?;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                let w = next_arg(cx, &mut argi, &mut keyed)?;
                let w = star_arg(cx, w, "C int")?;
                if w > i32::MAX as i64 {
                    return Err(cx.overflow_error("Python int too large to convert to C int"));
                }
                p.prec = Some(w.max(0) as usize);
                i += 1;
            } else {
                p.prec = Some(pct_number(cx, b, &mut i, i32::MAX as usize, "precision too big")?);
            }
        }
        while i < b.len() && matches!(b[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= b.len() {
            return Err(cx.value_error("incomplete format"));
        }
        let c = fmt[i..].chars().next().unwrap();
        i += c.len_utf8();
        lit = i;
        let v = next_arg(cx, &mut argi, &mut keyed)?;
        let _ = start;
        let plain = !p.left && p.sign == 0 && !p.alt && !p.zero && p.width == 0 && p.prec.is_none();
        if plain && c == 's' && v.is_kind(Kind::Str) {
            out.push_str(str_of(v).unwrap());
            continue;
        }
        if v.is_int() && !p.alt && p.sign == 0 && p.prec.is_none() && matches!(c, 'd' | 'i' | 'x' | 'X' | 'o') {
            pct_small_int(cx, &mut out, v.as_small(), c, &p)?;
            continue;
        }
        let piece = pct_one(cx, c, v, &p, i - c.len_utf8())?;
        out.push_str(&piece);
    }
    out.push_str(&fmt[lit..]);
    if argi < items.len() && mapping.is_none() {
        return Err(cx.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `%d`/`%x`/`%X`/`%o` of a small int with only width / `0` / `-` flags
/// (digits into a stack buffer: no `fmt` machinery).
fn pct_small_int(cx: &mut Ctx, out: &mut String, i: i64, c: char, p: &Pct) -> PyResult<()> {
    let (radix, alpha) = match c {
        'x' => (16, b'a'),
        'X' => (16, b'A'),
        'o' => (8, b'a'),
        _ => (10, b'a'),
    };
    let mut buf = [0u8; 24];
    // A constant radix per call: the divisions become multiplications.
    let pos = match radix {
        16 => radix_digits::<16>(&mut buf, i.unsigned_abs(), alpha),
        8 => radix_digits::<8>(&mut buf, i.unsigned_abs(), alpha),
        _ => radix_digits::<10>(&mut buf, i.unsigned_abs(), alpha),
    };
    // SAFETY: ASCII digits only.
    let digits = unsafe { std::str::from_utf8_unchecked(&buf[pos..]) };
    let sign = if i < 0 { "-" } else { "" };
    let pad = p.width.saturating_sub(digits.len() + sign.len());
    reserve_or_memory_error(cx, out, pad + digits.len() + 1)?;
    let fill = |out: &mut String, ch: char| out.extend(std::iter::repeat(ch).take(pad));
    if p.left {
        out.push_str(sign);
        out.push_str(digits);
        fill(out, ' ');
    } else if p.zero {
        out.push_str(sign);
        fill(out, '0');
        out.push_str(digits);
    } else {
        fill(out, ' ');
        out.push_str(sign);
        out.push_str(digits);
    }
    Ok(())
}

/// Room for `extra` more bytes in `out`, or MemoryError (past STR_MAX_LEN or
/// when the allocation fails) instead of aborting.
#[inline]
fn reserve_or_memory_error(cx: &mut Ctx, out: &mut String, extra: usize) -> PyResult<()> {
    if extra <= 4096 {
        out.reserve(extra);
        return Ok(());
    }
    reserve_big(cx, out, extra)
}

#[cold]
#[inline(never)]
fn reserve_big(cx: &mut Ctx, out: &mut String, extra: usize) -> PyResult<()> {
    let ok = out.len().checked_add(extra).is_some_and(|n| n <= STR_MAX_LEN) && out.try_reserve(extra).is_ok();
    if ok {
        Ok(())
    } else {
        Err(raise_fmt(cx, FmtError::Memory))
    }
}

/// A width or precision written in the format: digits at `b[*i..]`, at most
/// `max`, else ValueError `too_big` (CPython's "width too big").
fn pct_number(cx: &mut Ctx, b: &[u8], i: &mut usize, max: usize, too_big: &str) -> PyResult<usize> {
    let mut n: usize = 0;
    while *i < b.len() && b[*i].is_ascii_digit() {
        let d = (b[*i] - b'0') as usize;
        if n > (max - d) / 10 {
            return Err(cx.value_error(too_big));
        }
        n = n * 10 + d;
        *i += 1;
    }
    Ok(n)
}

/// The int argument of a '*' width or precision (`ctype` names the C type
/// in the OverflowError for a big int).
fn star_arg(cx: &mut Ctx, v: Value, ctype: &str) -> PyResult<i64> {
    if let Some(w) = runtime::int_of(v) {
        return Ok(w);
    }
    if let Some(b) = runtime::bigint_ref(runtime::unwrap_payload(v)) {
        use num_traits::ToPrimitive;
        return b.to_i64().ok_or_else(|| cx.overflow_error(format!("Python int too large to convert to {ctype}")));
    }
    Err(cx.type_error("* wants int"))
}

/// Digits of `m` in base `R` at the end of `buf` (letters from `alpha`);
/// returns where they start.
#[inline(always)]
fn radix_digits<const R: u64>(buf: &mut [u8; 24], mut m: u64, alpha: u8) -> usize {
    let mut pos = buf.len();
    loop {
        pos -= 1;
        let d = (m % R) as u8;
        buf[pos] = if d < 10 { b'0' + d } else { alpha + d - 10 };
        m /= R;
        if m == 0 {
            return pos;
        }
    }
}

fn pad_pct(cx: &mut Ctx, s: String, p: &Pct) -> PyResult<String> {
    if s.len() >= p.width {
        return Ok(s);
    }
    let align = if p.left { b'<' } else { b'>' };
    spec::pad_text(&s, ' ', align, p.width, b'>').map_err(|e| raise_fmt(cx, e))
}

/// Build a format spec for numbers from %-flags.
fn num_spec(p: &Pct, ty: char, prec: Option<usize>) -> String {
    let mut s = String::new();
    if p.left {
        s.push('<');
    } else if p.zero {
        s.push_str("0=");
    }
    if p.sign != 0 {
        s.push(p.sign as char);
    }
    if p.alt {
        s.push('#');
    }
    if p.width > 0 {
        s.push_str(&p.width.to_string());
    }
    if let Some(pr) = prec {
        s.push('.');
        s.push_str(&pr.to_string());
    }
    s.push(ty);
    s
}

fn pct_one(cx: &mut Ctx, c: char, v: Value, p: &Pct, at: usize) -> PyResult<String> {
    match c {
        's' => {
            let s = runtime::str_string(cx, v)?;
            pad_pct(cx, trunc(s, p.prec), p)
        }
        'r' => {
            let s = runtime::repr_string(cx, v)?;
            pad_pct(cx, trunc(s, p.prec), p)
        }
        'a' => {
            let s = runtime::repr_string(cx, v)?;
            pad_pct(cx, trunc(super::funcs::ascii_escape(&s), p.prec), p)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => pct_int(cx, c, v, p),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match runtime::float_of(v) {
                Some(f) => f,
                None => match runtime::num::num_of(v) {
                    Some(n) => runtime::num::int_to_f64(cx, n)?,
                    None => {
                        let t = tname(cx, v);
                        return Err(cx.type_error(format!("must be real number, not {t}")));
                    }
                },
            };
            let spec = num_spec(p, c, Some(p.prec.unwrap_or(6)));
            spec::format_float(f, &spec).map_err(|e| raise_fmt(cx, e))
        }
        'c' => {
            let ch = if let Some(i) = runtime::int_of(v) {
                match u32::try_from(i).ok().filter(|&u| u < 0x110000).and_then(char::from_u32) {
                    Some(ch) => ch,
                    None => return Err(cx.overflow_error("%c arg not in range(0x110000)")),
                }
            } else if runtime::is_int_value(v) {
                return Err(cx.overflow_error("%c arg not in range(0x110000)"));
            } else if let Some(s) = str_of(v).filter(|s| s.chars().count() == 1) {
                s.chars().next().unwrap()
            } else {
                return Err(cx.type_error("%c requires int or char"));
            };
            pad_pct(cx, ch.to_string(), p)
        }
        _ => {
            let code = c as u32;
            Err(cx.value_error(format!("unsupported format character '{c}' (0x{code:x}) at index {at}")))
        }
    }
}

fn trunc(s: String, prec: Option<usize>) -> String {
    match prec {
        Some(n) => match s.char_indices().nth(n) {
            Some((i, _)) => s[..i].to_string(),
            None => s,
        },
        None => s,
    }
}

fn pct_int(cx: &mut Ctx, c: char, v: Value, p: &Pct) -> PyResult<String> {
    let num = match runtime::num::num_of(v) {
        Some(runtime::num::Num::F(f)) if matches!(c, 'd' | 'i' | 'u') => {
            if !f.is_finite() {
                let m = if f.is_nan() { "cannot convert float NaN to integer" } else { "cannot convert float infinity to integer" };
                return Err(if f.is_nan() { cx.value_error(m) } else { cx.overflow_error(m) });
            }
            let b = runtime::num::float_to_bigint(f);
            cx.new_bigint(b)
        }
        Some(runtime::num::Num::F(_)) | None => {
            if matches!(c, 'd' | 'i' | 'u') && !runtime::is_int_value(v) {
                let t = tname(cx, v);
                return Err(cx.type_error(format!("%{c} format: a real number is required, not {t}")));
            }
            if !runtime::is_int_value(v) {
                let i = to_index(cx, v).map_err(|_| {
                    let t = tname(cx, v);
                    cx.type_error(format!("%{c} format: an integer is required, not {t}"))
                })?;
                cx.new_int(i)
            } else {
                v
            }
        }
        Some(_) => v,
    };
    let num = runtime::unwrap_payload(num);
    let ty = match c {
        'x' => 'x',
        'X' => 'X',
        'o' => 'o',
        _ => 'd',
    };
    let r = match p.prec {
        None => {
            let spec = num_spec(p, ty, None);
            match runtime::bigint_ref(num) {
                Some(b) => spec::format_int(IntRef::Big(b), &spec, "int"),
                None => spec::format_int(IntRef::Small(runtime::int_of(num).unwrap_or(0)), &spec, "int"),
            }
        }
        Some(prec) => {
            if prec > i32::MAX as usize - 3 {
                return Err(cx.overflow_error("precision too large"));
            }
            let r = match runtime::bigint_ref(num) {
                Some(b) => IntRef::Big(b),
                None => IntRef::Small(runtime::int_of(num).unwrap_or(0)),
            };
            pct_int_prec(r, ty, p, prec)
        }
    };
    r.map_err(|e| raise_fmt(cx, e))
}

/// `%.<prec>d` / `x` / `X` / `o`: the precision is a minimum digit count.
fn pct_int_prec(r: IntRef, ty: char, p: &Pct, prec: usize) -> Result<String, FmtError> {
    let radix = match ty {
        'x' | 'X' => 16,
        'o' => 8,
        _ => 10,
    };
    let mut d = r.magnitude(radix);
    if ty == 'X' {
        d.make_ascii_uppercase();
    }
    let prefix = match (p.alt, ty) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    let sign = match (r.is_neg(), p.sign) {
        (true, _) => "-",
        (false, b'+') => "+",
        (false, b' ') => " ",
        _ => "",
    };
    let zeros = prec.saturating_sub(d.len());
    let len = sign.len() + prefix.len() + zeros + d.len();
    let pad = p.width.saturating_sub(len);
    let mut out = spec::out_buf(len + pad)?;
    let fill = |out: &mut String, ch: char, n: usize| out.extend(std::iter::repeat(ch).take(n));
    if !p.left && !p.zero {
        fill(&mut out, ' ', pad);
    }
    out.push_str(sign);
    out.push_str(prefix);
    if p.zero && !p.left {
        fill(&mut out, '0', pad);
    }
    fill(&mut out, '0', zeros);
    out.push_str(&d);
    if p.left {
        fill(&mut out, ' ', pad);
    }
    Ok(out)
}

// ---------------------------------------------------------------- str.format

/// Where replacement fields get their values.
struct FmtArgs<'a> {
    pos: &'a [Value],
    kw: &'a [(Value, Value)],
    map: Option<Value>,
    auto: Option<usize>,
    manual: bool,
}

pub fn str_format(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(|&v| str_of(v)) else {
        return Err(cx.type_error("descriptor 'format' for 'str' objects doesn't apply to this object"));
    };
    let mut fa = FmtArgs { pos: &args[1..], kw, map: None, auto: None, manual: false };
    let s = vformat(cx, fmt, &mut fa, 2)?;
    Ok(cx.new_string(s))
}

pub fn str_format_map(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(|&v| str_of(v)) else {
        return Err(cx.type_error("descriptor 'format_map' for 'str' objects doesn't apply to this object"));
    };
    nargs(cx, "format_map", &args[1..], 1, 1)?;
    let mut fa = FmtArgs { pos: &[], kw: &[], map: Some(args[1]), auto: None, manual: false };
    let s = vformat(cx, fmt, &mut fa, 2)?;
    Ok(cx.new_string(s))
}

fn vformat(cx: &mut Ctx, fmt: &str, fa: &mut FmtArgs, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(cx.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut lit = 0;
    while i < b.len() {
        match b[i] {
            b'{' => {
                out.push_str(&fmt[lit..i]);
                if i + 1 < b.len() && b[i + 1] == b'{' {
                    out.push('{');
                    i += 2;
                    lit = i;
                    continue;
                }
                if i + 1 == b.len() {
                    return Err(cx.value_error("Single '{' encountered in format string"));
                }
                // Find the matching '}'.
                let start = i + 1;
                let mut count = 1;
                let mut j = start;
                while j < b.len() {
                    match b[j] {
                        b'{' => count += 1,
                        b'}' => {
                            count -= 1;
                            if count == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= b.len() {
                    return Err(cx.value_error(if count > 1 { "unmatched '{' in format spec" } else { "expected '}' before end of string" }));
                }
                let piece = render_field(cx, &fmt[start..j], fa, depth)?;
                out.push_str(&piece);
                i = j + 1;
                lit = i;
            }
            b'}' => {
                out.push_str(&fmt[lit..i]);
                if i + 1 < b.len() && b[i + 1] == b'}' {
                    out.push('}');
                    i += 2;
                    lit = i;
                    continue;
                }
                return Err(cx.value_error("Single '}' encountered in format string"));
            }
            _ => i += 1,
        }
    }
    out.push_str(&fmt[lit..]);
    Ok(out)
}

fn render_field(cx: &mut Ctx, field: &str, fa: &mut FmtArgs, depth: u32) -> PyResult<String> {
    // Split name / conversion / spec (brackets in the name may hold ':' or '!').
    let b = field.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'[' => {
                while k < b.len() && b[k] != b']' {
                    k += 1;
                }
                if k < b.len() {
                    k += 1;
                }
                continue;
            }
            b'{' => return Err(cx.value_error("unexpected '{' in field name")),
            b':' | b'!' => break,
            _ => k += 1,
        }
    }
    let name = &field[..k];
    let mut conv = None;
    let mut spec = "";
    if k < b.len() && b[k] == b'!' {
        if k + 1 >= b.len() {
            return Err(cx.value_error("end of string while looking for conversion specifier"));
        }
        let c = field[k + 1..].chars().next().unwrap();
        conv = Some(c);
        let after = k + 1 + c.len_utf8();
        if after < b.len() {
            if b[after] != b':' {
                return Err(cx.value_error("expected ':' after conversion specifier"));
            }
            spec = &field[after + 1..];
        }
    } else if k < b.len() {
        spec = &field[k + 1..];
    }
    let mut v = lookup_field(cx, name, fa)?;
    if let Some(c) = conv {
        v = match c {
            'r' => runtime::repr(cx, v)?,
            's' => runtime::to_str(cx, v)?,
            'a' => {
                let r = runtime::repr_string(cx, v)?;
                cx.new_string(super::funcs::ascii_escape(&r))
            }
            _ => return Err(cx.value_error(format!("Unknown conversion specifier {c}"))),
        };
    }
    let spec_owned;
    let spec = if spec.contains('{') {
        spec_owned = vformat(cx, spec, fa, depth - 1)?;
        &spec_owned[..]
    } else {
        spec
    };
    format_value(cx, v, spec)
}

fn lookup_field(cx: &mut Ctx, name: &str, fa: &mut FmtArgs) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if fa.manual {
            return Err(cx.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let n = fa.auto.unwrap_or(0);
        fa.auto = Some(n + 1);
        positional(cx, fa, n)?
    } else if first.bytes().all(|c| c.is_ascii_digit()) {
        if fa.auto.is_some() {
            return Err(cx.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        fa.manual = true;
        let n: usize = first.parse().map_err(|_| cx.value_error("Too many decimal digits in format string"))?;
        positional(cx, fa, n)?
    } else {
        keyword(cx, fa, first)?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(cx.value_error("Empty attribute in format string"));
            }
            let a = cx.intern(attr);
            v = runtime::get_attr(cx, v, a)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(cx.value_error("Missing ']' in format field"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(cx.value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(n) if key.bytes().all(|c| c.is_ascii_digit()) => Value::from_small(n),
                _ => cx.new_str(key),
            };
            v = runtime::get_item(cx, v, k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(cx.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(cx.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

fn positional(cx: &mut Ctx, fa: &FmtArgs, n: usize) -> PyResult<Value> {
    if fa.map.is_some() {
        return Err(cx.value_error("Format string contains positional fields"));
    }
    match fa.pos.get(n) {
        Some(&v) => Ok(v),
        None => Err(cx.index_error(format!("Replacement index {n} out of range for positional args tuple"))),
    }
}

fn keyword(cx: &mut Ctx, fa: &FmtArgs, name: &str) -> PyResult<Value> {
    if let Some(m) = fa.map {
        let k = cx.new_str(name);
        return runtime::get_item(cx, m, k);
    }
    for &(k, v) in fa.kw {
        if str_of(k) == Some(name) {
            return Ok(v);
        }
    }
    let k = cx.new_str(name);
    Err(cx.key_error(k))
}
