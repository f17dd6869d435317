//! The format-spec mini-language (`format(v, spec)`, `str.format`, f-strings):
//! pure functions over Rust values, mirroring CPython's `formatter_unicode.c`.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// A formatting error: the exception class and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtError {
    Value(String),
    Overflow(String),
    /// The result would be too long to allocate (CPython's MemoryError).
    Memory,
}

#[cold]
fn verr(msg: impl Into<String>) -> FmtError {
    FmtError::Value(msg.into())
}

/// An empty String with room for `bytes` bytes, or `FmtError::Memory` past
/// `STR_MAX_LEN` or when the allocation fails (a width of 10**12 must raise
/// MemoryError, not abort the process).
#[inline]
pub fn out_buf(bytes: usize) -> Result<String, FmtError> {
    // Small buffers as every other small allocation (try_reserve's growth
    // path is out of line and costs ~50 instructions per call).
    if bytes <= 4096 {
        return Ok(String::with_capacity(bytes));
    }
    big_out_buf(bytes)
}

#[cold]
#[inline(never)]
fn big_out_buf(bytes: usize) -> Result<String, FmtError> {
    let mut out = String::new();
    if bytes > crate::heap::STR_MAX_LEN || out.try_reserve_exact(bytes).is_err() {
        return Err(FmtError::Memory);
    }
    Ok(out)
}

/// Digits past which a double's decimal expansion is all zeros: at most 767
/// significant digits, 1074 after the point. Rust's formatter panics on a
/// precision over 65535, so longer precisions format this many and pad zeros.
const EXACT_DIGITS: usize = 1100;

/// A parsed format spec.
#[derive(Debug, Clone)]
pub struct Spec {
    pub fill: char,
    /// b'<', b'>', b'^', b'=' or 0 (unspecified).
    pub align: u8,
    /// b'+', b'-', b' ' or 0.
    pub sign: u8,
    pub z: bool,
    pub alt: bool,
    pub width: usize,
    /// b',', b'_' or 0.
    pub grouping: u8,
    pub precision: Option<usize>,
    /// Type character, or 0 for none.
    pub ty: u8,
}

fn parse_num(b: &[u8], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let start = *pos;
    let mut n: usize = 0;
    while *pos < b.len() && b[*pos].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((b[*pos] - b'0') as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| verr("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos > start { Some(n) } else { None })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Parse `spec` for an object whose default type is `default_ty` (b's' str,
/// b'd' int, 0 float); `tyname` names the object's type in error messages.
pub fn parse_spec(spec: &str, default_ty: u8, tyname: &str) -> Result<Spec, FmtError> {
    let mut s = Spec {
        fill: ' ',
        align: 0,
        sign: 0,
        z: false,
        alt: false,
        width: 0,
        grouping: 0,
        precision: None,
        ty: default_ty,
    };
    let mut chars = spec.chars();
    let c0 = chars.next();
    let c1 = chars.next();
    let mut pos = 0usize; // byte offset
    let mut fill_given = false;
    match (c0, c1) {
        (Some(f), Some(a)) if is_align(a) => {
            s.fill = f;
            s.align = a as u8;
            fill_given = true;
            pos = f.len_utf8() + 1;
        }
        (Some(a), _) if is_align(a) => {
            s.align = a as u8;
            pos = 1;
        }
        _ => {}
    }
    let b = spec.as_bytes();
    if pos < b.len() && matches!(b[pos], b'+' | b'-' | b' ') {
        s.sign = b[pos];
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'z' {
        s.z = true;
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'#' {
        s.alt = true;
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'0' && !fill_given {
        s.fill = '0';
        if s.align == 0 && default_ty != b's' {
            s.align = b'=';
        }
        pos += 1;
    }
    s.width = parse_num(b, &mut pos)?.unwrap_or(0);
    if pos < b.len() && b[pos] == b',' {
        s.grouping = b',';
        pos += 1;
    }
    if pos < b.len() && b[pos] == b'_' {
        if s.grouping != 0 {
            return Err(verr("Cannot specify both ',' and '_'."));
        }
        s.grouping = b'_';
        pos += 1;
    }
    if pos < b.len() && b[pos] == b',' && s.grouping == b'_' {
        return Err(verr("Cannot specify both ',' and '_'."));
    }
    if pos < b.len() && b[pos] == b'.' {
        pos += 1;
        s.precision = parse_num(b, &mut pos)?;
        if s.precision.is_none() {
            return Err(verr("Format specifier missing precision"));
        }
    }
    let rest = &spec[pos..];
    let mut rc = rest.chars();
    match (rc.next(), rc.next()) {
        (None, _) => {}
        (Some(t), None) if t.is_ascii() => s.ty = t as u8,
        _ => return Err(verr(format!("Invalid format specifier '{spec}' for object of type '{tyname}'"))),
    }
    if s.grouping != 0 {
        match s.ty {
            b'd' | b'e' | b'f' | b'g' | b'E' | b'G' | b'%' | b'F' | 0 => {}
            b'b' | b'o' | b'x' | b'X' if s.grouping == b'_' => {}
            t => {
                return Err(verr(format!("Cannot specify '{}' with '{}'.", s.grouping as char, t as char)));
            }
        }
    }
    Ok(s)
}

#[cold]
fn unknown_code(ty: u8, tyname: &str) -> FmtError {
    let code = if ty > 32 && ty < 128 { (ty as char).to_string() } else { format!("\\x{ty:x}") };
    verr(format!("Unknown format code '{code}' for object of type '{tyname}'"))
}

// ---------------------------------------------------------------- padding

/// Insert `sep` every `group` digits (from the right) into `digits` (ASCII),
/// padding with zeros (and separators) until at least `min_width` chars.
fn group_digits(digits: &str, sep: char, group: usize, min_width: usize) -> Result<String, FmtError> {
    let n = digits.len().max(min_width);
    let mut out = out_buf(n + n / group + 1)?.into_bytes();
    let mut count = 0;
    let mut it = digits.bytes().rev();
    loop {
        let d = match it.next() {
            Some(d) => d,
            None if out.len() < min_width => b'0',
            None => break,
        };
        if count == group {
            out.push(sep as u8);
            count = 0;
        }
        out.push(d);
        count += 1;
    }
    out.reverse();
    // SAFETY: ASCII digits and an ASCII separator (',' or '_').
    Ok(unsafe { String::from_utf8_unchecked(out) })
}

/// Assemble a number: sign+prefix, integer digits (grouped / zero padded),
/// remainder (fraction, exponent, '%'), then fill/align to width.
fn finish_number(s: &Spec, neg: bool, prefix: &str, digits: &str, rest: &str, group: usize) -> Result<String, FmtError> {
    if s.width > crate::heap::STR_MAX_LEN {
        return Err(FmtError::Memory);
    }
    let sign = if neg {
        "-"
    } else {
        match s.sign {
            b'+' => "+",
            b' ' => " ",
            _ => "",
        }
    };
    let align = if s.align == 0 { b'>' } else { s.align };
    let zero_pad = s.fill == '0' && align == b'=';
    let fixed = sign.len() + prefix.len() + rest.chars().count();
    let min_width = if zero_pad { s.width.saturating_sub(fixed) } else { 0 };
    let body = if s.grouping != 0 {
        group_digits(digits, s.grouping as char, group, min_width)?
    } else if digits.len() < min_width {
        let mut z = out_buf(min_width)?;
        z.extend(std::iter::repeat('0').take(min_width - digits.len()));
        z.push_str(digits);
        z
    } else {
        digits.to_string()
    };
    let len = fixed + body.chars().count();
    let pad = s.width.saturating_sub(len);
    let mut out = out_buf(sign.len() + prefix.len() + body.len() + rest.len() + pad * s.fill.len_utf8())?;
    let fill = |out: &mut String, n: usize| (0..n).for_each(|_| out.push(s.fill));
    match align {
        b'<' => {}
        b'^' => fill(&mut out, pad / 2),
        b'=' => {}
        _ => fill(&mut out, pad),
    }
    out.push_str(sign);
    out.push_str(prefix);
    if align == b'=' {
        fill(&mut out, pad);
    }
    out.push_str(&body);
    out.push_str(rest);
    match align {
        b'<' => fill(&mut out, pad),
        b'^' => fill(&mut out, pad - pad / 2),
        _ => {}
    }
    Ok(out)
}

/// Pad text to `width` code points with `fill` per `align` (default `default_align`).
pub fn pad_text(text: &str, fill: char, align: u8, width: usize, default_align: u8) -> Result<String, FmtError> {
    if width > crate::heap::STR_MAX_LEN {
        return Err(FmtError::Memory);
    }
    let n = text.chars().count();
    if n >= width {
        return Ok(text.to_string());
    }
    let pad = width - n;
    let (l, r) = match if align == 0 { default_align } else { align } {
        b'<' => (0, pad),
        b'^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut out = out_buf(text.len() + pad * fill.len_utf8())?;
    (0..l).for_each(|_| out.push(fill));
    out.push_str(text);
    (0..r).for_each(|_| out.push(fill));
    Ok(out)
}

// ---------------------------------------------------------------- str

/// `format(s, spec)` for a str.
pub fn format_str(text: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, b's', "str")?;
    if s.ty != b's' {
        return Err(unknown_code(s.ty, "str"));
    }
    if s.sign != 0 {
        return Err(verr("Sign not allowed in string format specifier"));
    }
    if s.z {
        return Err(verr("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alt {
        return Err(verr("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == b'=' {
        return Err(verr("'=' alignment not allowed in string format specifier"));
    }
    let t = match s.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((i, _)) => &text[..i],
            None => text,
        },
        None => text,
    };
    pad_text(t, s.fill, s.align, s.width, b'<')
}

// ---------------------------------------------------------------- int

/// An int argument: small or big.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn is_neg(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }
    /// Digits of |v| in `radix` (lowercase).
    pub fn magnitude(&self, radix: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    10 => m.to_string(),
                    16 => format!("{m:x}"),
                    8 => format!("{m:o}"),
                    2 => format!("{m:b}"),
                    _ => unreachable!(),
                }
            }
            IntRef::Big(b) => b.abs().to_str_radix(radix),
        }
    }
    /// Correctly rounded conversion, or None if too large.
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }
}

/// BigInt -> f64, correctly rounded (half-even); None when it overflows.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    let bits = b.bits();
    if bits > 1024 {
        return None;
    }
    // Keep 65 significant bits plus a sticky bit, let the parse-free route round:
    let m = b.abs();
    let shift = bits.saturating_sub(64);
    let top = (&m >> shift).to_u64().unwrap();
    let low_mask: BigInt = (BigInt::from(1u8) << shift) - 1u8;
    let sticky = !(&m & low_mask).is_zero();
    // Round top (64 bits) to 53 bits, half-even with sticky.
    let extra = 64 - 53;
    let mut mant = top >> extra;
    let rem = top & ((1u64 << extra) - 1);
    let half = 1u64 << (extra - 1);
    if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    let f = (mant as f64) * 2f64.powi((shift + extra as u64) as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if b.is_negative() { -f } else { f })
}

/// `format(n, spec)` for an int (`tyname` is the type's name for messages).
pub fn format_int(v: IntRef, spec: &str, tyname: &str) -> Result<String, FmtError> {
    let s = parse_spec(spec, b'd', tyname)?;
    let radix = match s.ty {
        b'd' | b'n' => 10,
        b'x' | b'X' => 16,
        b'o' => 8,
        b'b' => 2,
        b'c' => 0,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {
            let f = v
                .to_f64()
                .ok_or_else(|| FmtError::Overflow("int too large to convert to float".into()))?;
            return format_float_parsed(f, s);
        }
        t => return Err(unknown_code(t, tyname)),
    };
    if s.precision.is_some() {
        return Err(verr("Precision not allowed in integer format specifier"));
    }
    if s.z {
        return Err(verr("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if radix == 0 {
        return format_int_char(v, &s);
    }
    let mut digits = v.magnitude(radix);
    if s.ty == b'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if s.alt {
        match s.ty {
            b'x' => "0x",
            b'X' => "0X",
            b'o' => "0o",
            b'b' => "0b",
            _ => "",
        }
    } else {
        ""
    };
    let group = if radix == 10 { 3 } else { 4 };
    finish_number(&s, v.is_neg(), prefix, &digits, "", group)
}

#[cold]
fn format_int_char(v: IntRef, s: &Spec) -> Result<String, FmtError> {
    if s.sign != 0 {
        return Err(verr("Sign not allowed with integer format specifier 'c'"));
    }
    if s.alt {
        return Err(verr("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let cp = match v {
        IntRef::Small(i) => i,
        IntRef::Big(b) if b.to_i64().is_some() => -1,
        IntRef::Big(_) => return Err(FmtError::Overflow("Python int too large to convert to C long".into())),
    };
    let ch = u32::try_from(cp)
        .ok()
        .filter(|&c| c < 0x110000)
        .ok_or_else(|| FmtError::Overflow("%c arg not in range(0x110000)".into()))?;
    // Surrogates cannot live in a Rust str; substitute U+FFFD.
    let ch = char::from_u32(ch).unwrap_or('\u{FFFD}');
    pad_text(&ch.to_string(), s.fill, s.align, s.width, b'>')
}

// ---------------------------------------------------------------- float

/// Shortest round-trip digits of |f| (finite) and decpt (value = 0.DIGITS * 10^decpt).
fn shortest_digits(f: f64) -> (String, i32) {
    let (mut d, decpt) = split_sci(&format!("{:e}", f.abs()));
    // Rust breaks an exact tie between two shortest candidates upward; CPython's
    // dtoa rounds it to even. Only an odd last digit can be such a round-up.
    if d.as_bytes().last().is_some_and(|b| b % 2 == 1) {
        if let Some(even) = tie_to_even(f.abs(), &d) {
            d = even;
        }
    }
    (d, decpt)
}

/// `d` (odd last digit) with that digit lowered when |f| lies exactly halfway
/// between it and the lower candidate and the lower one still reads back as f.
#[cold]
#[inline(never)]
fn tie_to_even(f: f64, d: &str) -> Option<String> {
    let n = d.len();
    let mut lower = d.as_bytes().to_vec();
    *lower.last_mut()? -= 1;
    lower.push(b'5');
    // Cheap filter: n+1 correctly rounded digits must be `lower` then 5.
    let (t, _) = split_sci(&format!("{:.*e}", n, f));
    if t.as_bytes() != lower.as_slice() {
        return None;
    }
    // Exact: a double's decimal expansion has at most 767 significant digits.
    let (x, decpt) = split_sci(&format!("{:.*e}", n + 800, f));
    if !x.as_bytes()[..n + 1].eq(lower.as_slice()) || x.as_bytes()[n + 1..].iter().any(|&c| c != b'0') {
        return None;
    }
    lower.pop();
    let even = String::from_utf8(lower).ok()?;
    let back: f64 = format!("0.{}e{}", even, decpt).parse().ok()?;
    (back == f).then_some(even)
}

/// Split Rust's `d.ddde±x` into (digits, decpt).
fn split_sci(e: &str) -> (String, i32) {
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp + 1)
}

/// `p` significant digits of |f|, trailing zeros stripped, and decpt.
fn sig_digits(f: f64, p: usize) -> (String, i32) {
    let e = format!("{:.*e}", p.saturating_sub(1).min(EXACT_DIGITS), f.abs());
    let (mut d, decpt) = split_sci(&e);
    while d.len() > 1 && d.ends_with('0') {
        d.pop();
    }
    (d, decpt)
}

/// Lay out digits/decpt in fixed or exponent form (CPython's format_float_short).
/// `min_digits`: pad with zeros to this many digits (alt 'g').
fn layout(d: String, decpt: i32, use_exp: bool, min_digits: usize, add_dot0: bool, alt: bool, upper: bool) -> Result<String, FmtError> {
    let zeros = min_digits.saturating_sub(d.len());
    let n = d.len() + zeros;
    let mut out = out_buf(n + decpt.unsigned_abs() as usize + 8)?;
    let mut d = d;
    if zeros > 0 {
        let mut padded = out_buf(n)?;
        padded.push_str(&d);
        padded.extend(std::iter::repeat('0').take(zeros));
        d = padded;
    }
    if use_exp {
        out.push_str(&d[..1]);
        if d.len() > 1 {
            out.push('.');
            out.push_str(&d[1..]);
        } else if alt {
            out.push('.');
        }
        let exp = if d == "0" { 0 } else { decpt - 1 };
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        (0..-decpt).for_each(|_| out.push('0'));
        out.push_str(&d);
    } else {
        let ip = decpt as usize;
        if d.len() <= ip {
            out.push_str(&d);
            (d.len()..ip).for_each(|_| out.push('0'));
            if add_dot0 {
                out.push_str(".0");
            } else if alt {
                out.push('.');
            }
        } else {
            out.push_str(&d[..ip]);
            out.push('.');
            out.push_str(&d[ip..]);
        }
    }
    Ok(out)
}

/// `{:.prec$}` of |f| for any precision: digits past EXACT_DIGITS are zeros.
fn fixed_digits(f: f64, prec: usize) -> Result<String, FmtError> {
    let p = prec.min(EXACT_DIGITS);
    let s = format!("{:.*}", p, f.abs());
    if p == prec {
        return Ok(s);
    }
    let mut out = out_buf(s.len() + (prec - p) + 1)?;
    out.push_str(&s);
    out.extend(std::iter::repeat('0').take(prec - p));
    Ok(out)
}

/// Format |f| (finite) per type: b'r' repr, b'e', b'f', b'g' (+ flags).
fn float_body(f: f64, ty: u8, prec: usize, alt: bool, add_dot0: bool, upper: bool) -> Result<String, FmtError> {
    match ty {
        b'f' => {
            let mut s = fixed_digits(f, prec)?;
            if alt && prec == 0 {
                s.push('.');
            }
            Ok(s)
        }
        b'e' => {
            let (d, decpt) = split_sci(&format!("{:.*e}", prec.min(EXACT_DIGITS), f.abs()));
            layout(d, decpt, true, prec.saturating_add(1), false, alt, upper)
        }
        b'g' => {
            let p = prec.max(1);
            let (d, decpt) = sig_digits(f, p);
            let lim = if add_dot0 { p as i32 - 1 } else { p as i32 };
            let use_exp = decpt <= -4 || decpt > lim;
            // Alternate form keeps trailing zeros: p significant digits in total.
            let min = if alt { p } else { 0 };
            layout(d, decpt, use_exp, min, add_dot0, alt, upper)
        }
        _ => {
            let (d, decpt) = shortest_digits(f);
            let use_exp = decpt <= -4 || decpt > 16;
            layout(d, decpt, use_exp, 0, add_dot0, alt, upper)
        }
    }
}

/// CPython's `repr(float)` / `str(float)`.
pub fn float_repr(f: f64) -> String {
    if !f.is_finite() {
        return nonfinite(f, false).to_string();
    }
    // A repr has at most 17 digits and a 3-digit exponent: no allocation limit.
    let body = float_body(f, b'r', 0, false, true, false).unwrap_or_default();
    if f.is_sign_negative() {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

fn nonfinite(f: f64, upper: bool) -> &'static str {
    match (f.is_nan(), f > 0.0 || f.is_nan(), upper) {
        (true, _, false) => "nan",
        (true, _, true) => "NAN",
        (false, true, false) => "inf",
        (false, true, true) => "INF",
        (false, false, false) => "-inf",
        (false, false, true) => "-INF",
    }
}

/// `format(f, spec)` for a float.
pub fn format_float(f: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(f));
    }
    let s = parse_spec(spec, 0, "float")?;
    format_float_parsed(f, s)
}

fn format_float_parsed(f: f64, s: Spec) -> Result<String, FmtError> {
    let upper = matches!(s.ty, b'E' | b'F' | b'G');
    let (ty, default_prec, add_dot0) = match s.ty {
        0 if s.precision.is_none() => (b'r', 0, true),
        0 => (b'g', 6, true),
        b'e' | b'E' => (b'e', 6, false),
        b'f' | b'F' | b'%' => (b'f', 6, false),
        b'g' | b'G' | b'n' => (b'g', 6, false),
        t => return Err(unknown_code(t, "float")),
    };
    let prec = s.precision.unwrap_or(default_prec);
    if prec > i32::MAX as usize {
        return Err(verr("precision too big"));
    }
    let neg = f.is_sign_negative() && !f.is_nan();
    if !f.is_finite() {
        let body = nonfinite(f.abs(), upper);
        let rest = if s.ty == b'%' { "%" } else { "" };
        let mut s2 = s.clone();
        s2.grouping = 0;
        return finish_number(&s2, neg, "", body, rest, 3);
    }
    let v = if s.ty == b'%' { f * 100.0 } else { f };
    let mut body = float_body(v, ty, prec, s.alt, add_dot0, upper)?;
    if s.ty == b'%' {
        body.push('%');
    }
    let neg = neg && !(s.z && is_zero_text(&body));
    // Split the integer digits (grouped / zero padded) from the remainder.
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    finish_number(&s, neg, "", digits, rest, 3)
}

/// True when a formatted magnitude shows zero (for the `z` option).
fn is_zero_text(body: &str) -> bool {
    let mant = body.split(['e', 'E']).next().unwrap_or("");
    mant.bytes().all(|c| c == b'0' || c == b'.' || c == b'%')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(i: i64, spec: &str) -> String {
        format_int(IntRef::Small(i), spec, "int").unwrap_or_else(|e| format!("{e:?}"))
    }
    fn ff(f: f64, spec: &str) -> String {
        format_float(f, spec).unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn float_repr_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
            (123.456, "123.456"),
            (9999999999999998.0, "9999999999999998.0"),
            // Exact ties between two shortest candidates: half to even.
            (125892541179416.625, "125892541179416.62"),
            (1.25000762939453125, "1.2500076293945312"),
        ];
        for &(f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:?}");
        }
    }

    #[test]
    fn int_specs() {
        assert_eq!(fi(1234, "010,"), "00,001,234");
        assert_eq!(fi(1234, "08,"), "0,001,234");
        assert_eq!(fi(-1234, "09,"), "-0,001,234");
        assert_eq!(fi(0x1234567, "#015_x"), "0x000_0123_4567");
        assert_eq!(fi(255, "#010b"), "0b11111111");
        assert_eq!(fi(12, "^08"), "00012000");
        assert_eq!(fi(12, "x<8"), "12xxxxxx");
        assert_eq!(fi(12345, "_"), "12_345");
        assert_eq!(fi(12, "#o"), "0o14");
        assert_eq!(fi(-12, "#X"), "-0XC");
        assert_eq!(fi(12, "#010x"), "0x0000000c");
        assert_eq!(fi(-255, "_b"), "-1111_1111");
        assert_eq!(fi(12, ".2f"), "12.00");
        assert_eq!(fi(1, "=10,"), "         1");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(42, "+d"), "+42");
        assert_eq!(fi(42, " d"), " 42");
        assert_eq!(fi(1, ".2d"), "Value(\"Precision not allowed in integer format specifier\")");
        assert_eq!(fi(1, "abc"), "Value(\"Invalid format specifier 'abc' for object of type 'int'\")");
        assert_eq!(fi(1, ",x"), "Value(\"Cannot specify ',' with 'x'.\")");
        assert_eq!(fi(1, "_c"), "Value(\"Cannot specify '_' with 'c'.\")");
        assert_eq!(fi(1, ",_"), "Value(\"Cannot specify both ',' and '_'.\")");
        let big: BigInt = BigInt::from(1u8) << 64;
        assert_eq!(format_int(IntRef::Big(&big), "_x", "int").unwrap(), "1_0000_0000_0000_0000");
        assert_eq!(format_int(IntRef::Big(&big), ",", "int").unwrap(), "18,446,744,073,709,551,616");
    }

    #[test]
    fn float_specs() {
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(f64::NAN, "=+10"), "+      nan");
        assert_eq!(ff(f64::NEG_INFINITY, "010.2f"), "-000000inf");
        assert_eq!(ff(1234.5, "012,.2f"), "0,001,234.50");
        assert_eq!(ff(-0.0, "z.1f"), "0.0");
        assert_eq!(ff(-0.0001, "z.1f"), "0.0");
        assert_eq!(ff(-1e-10, "z.2e"), "-1.00e-10");
        assert_eq!(ff(1e16, ""), "1e+16");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(1234.5, ".3"), "1.23e+03");
        assert_eq!(ff(100.0, ".3"), "1e+02");
        assert_eq!(ff(1e16, ".17"), "1e+16");
        assert_eq!(ff(0.0001, ".3"), "0.0001");
        assert_eq!(ff(0.00001, ".3"), "1e-05");
        assert_eq!(ff(123456789.0, ","), "123,456,789.0");
        assert_eq!(ff(1.5e20, ","), "1.5e+20");
        assert_eq!(ff(1.0, "g"), "1");
        assert_eq!(ff(1e-5, "g"), "1e-05");
        assert_eq!(ff(123456789.0, "g"), "1.23457e+08");
        assert_eq!(ff(1.0, "#g"), "1.00000");
        assert_eq!(ff(100.0, "#.3g"), "100.");
        assert_eq!(ff(0.0, "e"), "0.000000e+00");
        assert_eq!(ff(0.5, ".0f"), "0");
        assert_eq!(ff(2.5, ".0f"), "2");
        assert_eq!(ff(1.5, ".0f"), "2");
        assert_eq!(ff(1.0, ".0e"), "1e+00");
        assert_eq!(ff(1.0, "#.0e"), "1.e+00");
        assert_eq!(ff(1.0, "#.0f"), "1.");
        assert_eq!(ff(1.0, "%"), "100.000000%");
        assert_eq!(ff(1.0, ".0%"), "100%");
        assert_eq!(ff(1e20, "n"), "1e+20");
        assert_eq!(ff(1.5, "10"), "       1.5");
        assert_eq!(ff(1.5, "=^10"), "===1.5====");
        assert_eq!(ff(f64::NAN, "+010"), "+000000nan");
        assert_eq!(ff(-1.5, "^+10"), "   -1.5   ");
        assert_eq!(ff(3.14159, ">10.2f"), "      3.14");
        assert_eq!(ff(1e100, "f"), "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000");
        assert_eq!(ff(1.5, "c"), "Value(\"Unknown format code 'c' for object of type 'float'\")");
        assert_eq!(ff(1.0, ".2.3"), "Value(\"Invalid format specifier '.2.3' for object of type 'float'\")");
        assert_eq!(ff(0.000123456, "G"), "0.000123456");
        assert_eq!(ff(1.23456e-5, "G"), "1.23456E-05");
        assert_eq!(ff(f64::INFINITY, "F"), "INF");
    }

    #[test]
    fn str_specs() {
        assert_eq!(format_str("ab", "05").unwrap(), "ab000");
        assert_eq!(format_str("ab", ">5").unwrap(), "   ab");
        assert_eq!(format_str("héllo", "*^9.3").unwrap(), "***hél***");
        assert!(format_str("a", "+").is_err());
        assert_eq!(format_str("a", ",").unwrap_err(), verr("Cannot specify ',' with 's'."));
    }

    #[test]
    fn big_float() {
        let b: BigInt = BigInt::from(1u8) << 80;
        assert_eq!(big_to_f64(&b), Some(2f64.powi(80)));
        let b: BigInt = (BigInt::from(1u8) << 80) + (BigInt::from(1u8) << 27) ; // exactly half ulp -> even
        assert_eq!(big_to_f64(&b), Some(2f64.powi(80)));
        let b: BigInt = (BigInt::from(1u8) << 80) + (BigInt::from(1u8) << 27) + 1;
        assert_eq!(big_to_f64(&b), Some(2f64.powi(80) + 2f64.powi(28)));
        assert_eq!(big_to_f64(&(BigInt::from(1u8) << 1024)), None);
    }
}
