//! The `complex` type: class, constructor, methods, and the arithmetic,
//! comparison, hash, repr and format rules of CPython 3.11's complexobject.c
//! (`_Py_c_quot`, `_Py_c_pow`, `c_powi`, `complex_repr`, `complex_hash`,
//! `complex_new_impl`, `complex_from_string_inner`, `format_complex_internal`).
//! The runtime's operator slow paths (`runtime::ops`) call [`binop`],
//! [`compare`], [`hash`] and [`repr`]; the layout is `heap::complex`'s.
use super::spec::{self, FmtError};
use super::util::*;
use crate::compile::{BinOp, CmpOp};
use crate::heap::complex::{complex_of, Complex};
use crate::heap::*;
use crate::runtime::num::{self, Num};
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};

const C_1: Complex = Complex { re: 1.0, im: 0.0 };

// ---------------------------------------------------------------- values

/// A new (exact) complex object.
pub fn new_complex(cx: &mut Ctx, c: Complex) -> Value {
    let cls = cx.heap.complex_class;
    cx.alloc_obj(crate::heap::complex::new_object(cls, c))
}

/// The complex value of a complex or of a complex subclass instance.
#[inline]
pub fn as_complex(v: Value) -> Option<Complex> {
    complex_of(runtime::unwrap_payload(v))
}

/// CPython's `to_complex`: a complex, int, bool or float operand as a complex
/// (OverflowError for an int past the float range); None for anything else.
pub fn operand(cx: &mut Ctx, v: Value) -> PyResult<Option<Complex>> {
    let p = runtime::unwrap_payload(v);
    if let Some(c) = complex_of(p) {
        return Ok(Some(c));
    }
    match num::num_of(p) {
        Some(n) => Ok(Some(Complex { re: num::int_to_f64(cx, n)?, im: 0.0 })),
        None => Ok(None),
    }
}

// ---------------------------------------------------------------- arithmetic (complexobject.c)

pub fn c_sum(a: Complex, b: Complex) -> Complex {
    Complex { re: a.re + b.re, im: a.im + b.im }
}

pub fn c_diff(a: Complex, b: Complex) -> Complex {
    Complex { re: a.re - b.re, im: a.im - b.im }
}

pub fn c_neg(a: Complex) -> Complex {
    Complex { re: -a.re, im: -a.im }
}

pub fn c_prod(a: Complex, b: Complex) -> Complex {
    Complex { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

/// `_Py_c_quot` (Smith's method); None = division by zero (CPython's EDOM).
pub fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        // At least one of b.re, b.im is a NaN.
        Some(Complex { re: f64::NAN, im: f64::NAN })
    }
}

/// Why a complex power failed (CPython's errno after `complex_pow`).
#[derive(Debug, PartialEq)]
pub enum PowError {
    /// EDOM: "0.0 to a negative or complex power".
    Domain,
    /// ERANGE: "complex exponentiation".
    Range,
}

/// `_Py_c_pow`; the flag is CPython's EDOM (a zero base with a negative or
/// complex exponent, or libm's cos/sin of an infinite phase).
fn c_pow_general(a: Complex, b: Complex) -> (Complex, bool) {
    if b.re == 0.0 && b.im == 0.0 {
        return (C_1, false);
    }
    if a.re == 0.0 && a.im == 0.0 {
        return (Complex { re: 0.0, im: 0.0 }, b.im != 0.0 || b.re < 0.0);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    (Complex { re: len * phase.cos(), im: len * phase.sin() }, phase.is_infinite())
}

/// `c_powu`: x ** n for 0 <= n, by squaring.
fn c_powu(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (C_1, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `complex_pow` without the modulus: the small-integer exponent path
/// (`c_powi`), `_Py_c_pow` otherwise, then `_Py_ADJUST_ERANGE2`.
pub fn c_pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    let (p, edom) = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            (c_powu(a, n), false)
        } else {
            match c_quot(C_1, c_powu(a, -n)) {
                Some(p) => (p, false),
                None => (Complex { re: 0.0, im: 0.0 }, true),
            }
        }
    } else {
        c_pow_general(a, b)
    };
    if edom {
        return Err(PowError::Domain);
    }
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(p)
}

/// `_Py_c_abs`: C99 rules for infinities and NaNs, hypot otherwise (None = overflow).
pub fn c_abs(z: Complex) -> Option<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Some(z.re.abs());
        }
        if z.im.is_infinite() {
            return Some(z.im.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// `abs(z)` with CPython's OverflowError.
pub fn abs_value(cx: &mut Ctx, z: Complex) -> PyResult<f64> {
    c_abs(z).ok_or_else(|| cx.overflow_error("absolute value too large"))
}

/// `a ** b` with CPython's errors.
pub fn pow_value(cx: &mut Ctx, a: Complex, b: Complex) -> PyResult<Complex> {
    c_pow(a, b).map_err(|e| match e {
        PowError::Domain => cx.zero_division("0.0 to a negative or complex power"),
        PowError::Range => cx.overflow_error("complex exponentiation"),
    })
}

/// `a op b` on complex values for the operators complex defines.
fn arith(cx: &mut Ctx, op: BinOp, a: Complex, b: Complex) -> PyResult<Option<Complex>> {
    Ok(Some(match op {
        BinOp::Add => c_sum(a, b),
        BinOp::Sub => c_diff(a, b),
        BinOp::Mul => c_prod(a, b),
        BinOp::TrueDiv => c_quot(a, b).ok_or_else(|| cx.zero_division("complex division by zero"))?,
        BinOp::Pow => pow_value(cx, a, b)?,
        _ => return Ok(None),
    }))
}

/// The builtin binary operators when an operand is a complex (the runtime's
/// slow path); Ok(None) = NotImplemented (`//`, `%`, bitwise ops, a
/// non-number operand), so the caller raises its TypeError.
#[cold]
#[inline(never)]
pub fn binop(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return Ok(None);
    }
    let (x, y) = match (complex_of(a), complex_of(b)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => match operand(cx, b)? {
            Some(y) => (x, y),
            None => return Ok(None),
        },
        (None, Some(y)) => match operand(cx, a)? {
            Some(x) => (x, y),
            None => return Ok(None),
        },
        (None, None) => return Ok(None),
    };
    match arith(cx, op, x, y)? {
        Some(r) => Ok(Some(new_complex(cx, r))),
        None => Ok(None),
    }
}

/// `x ** y` for a negative float base and a non-integral exponent (float_pow
/// hands those to complex, as CPython's does).
pub fn float_pow(cx: &mut Ctx, x: f64, y: f64) -> PyResult<Value> {
    let r = pow_value(cx, Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
    Ok(new_complex(cx, r))
}

// ---------------------------------------------------------------- comparison, hash, repr

/// `complex_richcompare`: only == and != (Ok(None) = NotImplemented); a
/// complex equals an int exactly when its imaginary part is 0 and the real part
/// compares equal to the int exactly.
#[cold]
#[inline(never)]
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let (c, other) = match (complex_of(a), complex_of(b)) {
        (Some(c), _) => (c, b),
        (None, Some(c)) => (c, a),
        (None, None) => return None,
    };
    let equal = if let Some(d) = complex_of(other) {
        c.re == d.re && c.im == d.im
    } else {
        match num::num_of(other)? {
            Num::F(f) => c.re == f && c.im == 0.0,
            n => c.im == 0.0 && num::num_cmp(Num::F(c.re), n) == Some(std::cmp::Ordering::Equal),
        }
    };
    Some(Value::bool(equal == (op == CmpOp::Eq)))
}

/// `complex_hash`: hash(re) + 1000003 * hash(im) (wrapping); -1 -> -2.
pub fn hash(c: Complex) -> i64 {
    const IMAG: u64 = 1000003;
    let (hr, hi) = (num::hash_f64(c.re) as u64, num::hash_f64(c.im) as u64);
    let h = hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A part as `PyOS_double_to_string(x, 'r', 0, 0)`: the float repr without
/// the ".0" that float's repr adds.
fn part_repr(x: f64) -> String {
    let mut s = spec::float_repr(x);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s
}

/// `complex_repr` (also str): `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(c: Complex) -> String {
    let im = part_repr(c.im);
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part_repr(c.re))
}

/// `format(c, spec)`: CPython's `format_complex_internal`.
pub fn format(c: Complex, spec_text: &str) -> Result<String, FmtError> {
    if spec_text.is_empty() {
        return Ok(repr(c));
    }
    let s = spec::parse_spec(spec_text, 0, "complex")?;
    if s.fill == '0' {
        return Err(FmtError::Value("Zero padding is not allowed in complex format specifier".into()));
    }
    if s.align == b'=' {
        return Err(FmtError::Value("'=' alignment flag is not allowed in complex format specifier".into()));
    }
    let ty = match s.ty {
        0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => s.ty,
        b'n' => b'g',
        t => {
            let code = char::from_u32(t as u32).unwrap_or('?');
            return Err(FmtError::Value(format!("Unknown format code '{code}' for object of type 'complex'")));
        }
    };
    // No type: like str(self) (the real part omitted when it is +0.0, else
    // parentheses), with 'g' for an explicit precision.
    let (skip_re, parens) = if ty == 0 {
        let skip = c.re == 0.0 && c.re.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let repr_style = ty == 0 && s.precision.is_none();
    let part = |x: f64, sign: u8| -> Result<String, FmtError> {
        let mut p = String::new();
        if sign != 0 {
            p.push(sign as char);
        }
        if s.z {
            p.push('z');
        }
        if s.alt {
            p.push('#');
        }
        if s.grouping != 0 {
            p.push(s.grouping as char);
        }
        if let Some(n) = s.precision {
            p.push_str(&format!(".{n}"));
        }
        if !repr_style {
            p.push(if ty == 0 { 'g' } else { ty as char });
        }
        let mut out = spec::format_float(x, &p)?;
        // Repr style has no ".0" for integral parts ("1.", with '#').
        if repr_style && out.ends_with(".0") {
            out.truncate(out.len() - if s.alt { 1 } else { 2 });
        }
        Ok(out)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(c.re, s.sign)?);
    }
    body.push_str(&part(c.im, if skip_re { s.sign } else { b'+' })?);
    body.push('j');
    if parens {
        body.push(')');
    }
    spec::pad_text(&body, s.fill, s.align, s.width, b'>')
}

// ---------------------------------------------------------------- complex(...)

/// `complex.__new__(cls, real=0, imag=0)`: `complex_new_impl`.
fn complex_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = match args.first().and_then(|&c| runtime::class_of_value(c)) {
        Some(c) => c,
        None => return Err(cx.type_error("complex.__new__(X): X is not a type object")),
    };
    let [r, i] = parse_args(cx, "complex", &args[1..], kw, ["real", "imag"], 0)?;
    let exact_cls = cls == cx.heap.complex_class;
    let r = if r.is_unbound() { Value::from_small(0) } else { r };
    if exact_cls && i.is_unbound() && complex_of(r).is_some() {
        return Ok(r);
    }
    let c = complex_from_args(cx, r, i)?;
    let v = new_complex(cx, c);
    Ok(runtime::class::wrap_new(cx, cls, v))
}

/// The value `complex(r, i)` builds (`i` UNBOUND when omitted).
fn complex_from_args(cx: &mut Ctx, r: Value, i: Value) -> PyResult<Complex> {
    if let Some(s) = str_of(r) {
        if !i.is_unbound() {
            return Err(cx.type_error("complex() can't take second arg if first is a string"));
        }
        return parse_complex_value(cx, s, r);
    }
    if !i.is_unbound() && str_of(i).is_some() {
        return Err(cx.type_error("complex() second arg can't be a string"));
    }
    let r = complex_special(cx, r)?;
    if !is_number(cx, r) {
        let t = tname(cx, r);
        return Err(cx.type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    }
    if !i.is_unbound() && !is_number(cx, i) {
        let t = tname(cx, i);
        return Err(cx.type_error(format!("complex() second argument must be a number, not '{t}'")));
    }
    // The parts may themselves be complex: real + imag*1j.
    let (mut cr, cr_is_complex) = match as_complex(r) {
        Some(c) => (c, true),
        None => (Complex { re: super::ctors::float_from(cx, r)?, im: 0.0 }, false),
    };
    let mut ci = Complex { re: 0.0, im: 0.0 };
    let mut ci_is_complex = false;
    if i.is_unbound() {
        ci.re = cr.im;
    } else if let Some(c) = as_complex(i) {
        ci = c;
        ci_is_complex = true;
    } else {
        ci.re = super::ctors::float_from(cx, i)?;
    }
    if ci_is_complex {
        cr.re -= ci.im;
    }
    if cr_is_complex && !i.is_unbound() {
        ci.re += cr.im;
    }
    Ok(Complex { re: cr.re, im: ci.re })
}

/// `try_complex_special_method`: the result of a user `__complex__`, or `v`.
pub fn complex_special(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let cls = runtime::type_of(cx, v);
    // Builtin types define no user `__complex__`: skip interning the name.
    if runtime::cls_ref(cls).flags & runtime::types::CF_BUILTIN != 0 {
        return Ok(v);
    }
    let n = cx.intern("__complex__");
    let Some(f) = runtime::user_lookup(cls, n) else { return Ok(v) };
    let r = runtime::call_dunder(cx, f, v, &[])?;
    if as_complex(r).is_none() {
        let t = tname(cx, r);
        return Err(cx.type_error(format!("__complex__ returned non-complex (type {t})")));
    }
    Ok(r)
}

/// Has a number protocol complex() accepts: int, float, complex (or a
/// subclass), or a class defining `__float__` or `__index__`.
fn is_number(cx: &mut Ctx, v: Value) -> bool {
    let p = runtime::unwrap_payload(v);
    if complex_of(p).is_some() || num::num_of(p).is_some() {
        return true;
    }
    let cls = runtime::type_of(cx, v);
    ["__float__", "__index__"].iter().any(|name| {
        let n = cx.intern(name);
        runtime::user_lookup(cls, n).is_some()
    })
}

fn parse_complex_value(cx: &mut Ctx, s: &str, orig: Value) -> PyResult<Complex> {
    match parse_complex(s) {
        Ok(c) => Ok(c),
        Err(ParseError::Malformed) => Err(cx.value_error("complex() arg is a malformed string")),
        Err(ParseError::Underscore) => {
            let r = match str_of(orig) {
                Some(s) => runtime::repr::str_repr(s),
                None => runtime::repr_string(cx, orig)?,
            };
            Err(cx.value_error(format!("could not convert string to complex: {r}")))
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum ParseError {
    Malformed,
    /// An underscore not between two digits.
    Underscore,
}

/// Parse complex() text: `_Py_string_to_number_with_underscores` +
/// `complex_from_string_inner` (forms `<float>`, `<float>j`,
/// `<float><signed-float>j`, `<float><sign>j`, `<sign>j`, `j`, optionally
/// in parentheses, surrounded by whitespace).
pub fn parse_complex(text: &str) -> Result<Complex, ParseError> {
    // Unicode decimal digits and spaces -> ASCII (other non-ASCII chars stay and fail).
    let mut b: Vec<u8> = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii() {
            b.push(ch as u8);
        } else if super::strs::py_isspace(ch) {
            b.push(b' ');
        } else if let Some(d) = super::strs::decimal_value(ch) {
            b.push(b'0' + d as u8);
        } else {
            b.push(0xff);
        }
    }
    if b.contains(&b'_') {
        b = strip_underscores(&b).ok_or(ParseError::Underscore)?;
    }
    parse_complex_ascii(&b).ok_or(ParseError::Malformed)
}

/// Remove underscores that sit between digits; None if any other underscore.
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

fn parse_complex_ascii(b: &[u8]) -> Option<Complex> {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    if let Some((z, n)) = float_prefix(&b[i..]) {
        i += n;
        if at(i) == b'+' || at(i) == b'-' {
            x = z;
            match float_prefix(&b[i..]) {
                Some((w, n)) => {
                    y = w;
                    i += n;
                }
                None => {
                    y = if at(i) == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
            }
            if !is_j(at(i)) {
                return None;
            }
            i += 1;
        } else if is_j(at(i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = match at(i) {
            b'+' => {
                i += 1;
                1.0
            }
            b'-' => {
                i += 1;
                -1.0
            }
            _ => 1.0,
        };
        if !is_j(at(i)) {
            return None;
        }
        i += 1;
    }
    while is_space(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    (i == b.len()).then_some(Complex { re: x, im: y })
}

/// The longest float literal at the start of `b` (`PyOS_string_to_double`
/// with an end pointer: sign, digits with an optional point and exponent, or
/// inf / infinity / nan in any case): (value, bytes used).
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'+') => {
            i = 1;
            false
        }
        Some(b'-') => {
            i = 1;
            true
        }
        _ => false,
    };
    let sign = |v: f64| if neg { -v } else { v };
    for (word, v) in [("infinity", f64::INFINITY), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        if b.len() >= i + word.len() && b[i..i + word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return Some((sign(v), i + word.len()));
        }
    }
    let start = i;
    let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    let mut ndigits = 0;
    while digit(i) {
        i += 1;
        ndigits += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while digit(i) {
            i += 1;
            ndigits += 1;
        }
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digit(j) {
            while digit(j) {
                j += 1;
            }
            i = j;
        }
    }
    let text = std::str::from_utf8(&b[start..i]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((sign(v), i))
}

// ---------------------------------------------------------------- class and methods

/// Self of a complex method, or CPython's descriptor TypeError.
/// Keywords are refused after the self check ("wrapper __add__() takes no
/// keyword arguments", "complex.conjugate() takes no keyword arguments").
fn this(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, slot: bool) -> PyResult<Complex> {
    let Some(c) = args.first().and_then(|&v| as_complex(v)) else { return Err(wrong_self(cx, args, name, slot)) };
    if !kw.is_empty() {
        let what = if slot { format!("wrapper {name}") } else { format!("complex.{name}") };
        return Err(cx.type_error(format!("{what}() takes no keyword arguments")));
    }
    Ok(c)
}

#[cold]
#[inline(never)]
fn wrong_self(cx: &mut Ctx, args: &[Value], name: &str, slot: bool) -> crate::Exc {
    match args.first() {
        Some(&v) if slot => {
            let t = tname(cx, v);
            cx.type_error(format!("descriptor '{name}' requires a 'complex' object but received a '{t}'"))
        }
        None if slot => cx.type_error(format!("descriptor '{name}' of 'complex' object needs an argument")),
        _ => super::lists::bad_self(cx, args, "complex", name),
    }
}

/// Argument count after self: slot wrappers say "expected 1 argument, got 2"
/// (`wrap_binaryfunc`), methods "complex.conjugate() takes no arguments (1 given)";
/// `__pow__`/`__rpow__` take 1 or 2 (`wrap_ternaryfunc`'s " expected at most ...").
fn arity(cx: &mut Ctx, a: &[Value], name: &str, slot: bool, min: usize, max: usize) -> PyResult<()> {
    let got = a.len().saturating_sub(1);
    if (min..=max).contains(&got) {
        return Ok(());
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let msg = if !slot {
        format!("complex.{name}() takes no arguments ({got} given)")
    } else if min == max {
        format!("expected {min} argument{}, got {got}", plural(min))
    } else if got < min {
        format!(" expected at least {min} argument{}, got {got}", plural(min))
    } else {
        format!(" expected at most {max} argument{}, got {got}", plural(max))
    };
    Err(cx.type_error(msg))
}

/// The binary dunders (`complex.__add__(z, other)` ...): NotImplemented for a
/// non-number `other`; `refl` swaps the operands.
fn dunder_binop(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)], name: &str, op: BinOp, refl: bool) -> PyResult<Value> {
    let x = this(cx, a, kw, name, true)?;
    arity(cx, a, name, true, 1, if op == BinOp::Pow { 2 } else { 1 })?;
    if a.len() == 3 && !a[2].is_none() {
        return Err(cx.value_error("complex modulo"));
    }
    let Some(y) = operand(cx, a[1])? else { return Ok(Value::not_implemented()) };
    let (l, r) = if refl { (y, x) } else { (x, y) };
    match arith(cx, op, l, r)? {
        Some(c) => Ok(new_complex(cx, c)),
        None => Ok(Value::not_implemented()),
    }
}

macro_rules! binop_dunders {
    ($($f:ident $name:literal $op:ident $refl:literal;)*) => {
        $(fn $f(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            dunder_binop(cx, a, kw, $name, BinOp::$op, $refl)
        })*
        const BINOP_DUNDERS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

binop_dunders! {
    c_add "__add__" Add false;
    c_radd "__radd__" Add true;
    c_sub "__sub__" Sub false;
    c_rsub "__rsub__" Sub true;
    c_mul "__mul__" Mul false;
    c_rmul "__rmul__" Mul true;
    c_truediv "__truediv__" TrueDiv false;
    c_rtruediv "__rtruediv__" TrueDiv true;
    c_pow_dunder "__pow__" Pow false;
    c_rpow "__rpow__" Pow true;
}

fn dunder_cmp(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)], name: &str, op: CmpOp) -> PyResult<Value> {
    this(cx, a, kw, name, true)?;
    arity(cx, a, name, true, 1, 1)?;
    let (x, y) = (runtime::unwrap_payload(a[0]), runtime::unwrap_payload(a[1]));
    Ok(compare(op, x, y).unwrap_or(Value::not_implemented()))
}

macro_rules! cmp_dunders {
    ($($f:ident $name:literal $op:ident;)*) => {
        $(fn $f(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            dunder_cmp(cx, a, kw, $name, CmpOp::$op)
        })*
        const CMP_DUNDERS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

cmp_dunders! {
    c_eq "__eq__" Eq;
    c_ne "__ne__" Ne;
    c_lt "__lt__" Lt;
    c_le "__le__" Le;
    c_gt "__gt__" Gt;
    c_ge "__ge__" Ge;
}

/// Self alone (one-argument slot wrappers and methods).
fn unary_self(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)], name: &str, slot: bool) -> PyResult<Complex> {
    let z = this(cx, a, kw, name, slot)?;
    arity(cx, a, name, slot, 0, 0)?;
    Ok(z)
}

fn c_bool(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__bool__", true)?;
    Ok(Value::bool(z.re != 0.0 || z.im != 0.0))
}

fn c_neg_dunder(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__neg__", true)?;
    Ok(new_complex(cx, c_neg(z)))
}

fn c_pos(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__pos__", true)?;
    Ok(new_complex(cx, z))
}

fn c_abs_dunder(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__abs__", true)?;
    let r = abs_value(cx, z)?;
    Ok(cx.new_float(r))
}

fn c_hash(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__hash__", true)?;
    Ok(cx.new_int(hash(z)))
}

fn c_repr(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__repr__", true)?;
    Ok(cx.new_string(repr(z)))
}

fn c_str(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__str__", true)?;
    Ok(cx.new_string(repr(z)))
}

/// `complex.__complex__`: self when exact, else a complex of the same value.
fn c_complex(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__complex__", false)?;
    if complex_of(a[0]).is_some() {
        return Ok(a[0]);
    }
    Ok(new_complex(cx, z))
}

fn c_conjugate(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "conjugate", false)?;
    Ok(new_complex(cx, Complex { re: z.re, im: -z.im }))
}

fn c_getnewargs(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = unary_self(cx, a, kw, "__getnewargs__", false)?;
    let (re, im) = (cx.new_float(z.re), cx.new_float(z.im));
    Ok(cx.new_tuple_from(&[re, im]))
}

fn c_format(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = this(cx, a, kw, "__format__", false)?;
    if a.len() != 2 {
        let n = a.len() - 1;
        return Err(cx.type_error(format!("complex.__format__() takes exactly one argument ({n} given)")));
    }
    let spec = arg_str(cx, a[1], |t| format!("__format__() argument must be str, not {t}"))?;
    match format(z, spec) {
        Ok(s) => Ok(cx.new_string(s)),
        Err(e) => Err(super::format::raise_fmt(cx, e)),
    }
}

fn c_real(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = this(cx, a, &[], "real", false)?;
    Ok(cx.new_float(z.re))
}

fn c_imag(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = this(cx, a, &[], "imag", false)?;
    Ok(cx.new_float(z.im))
}

/// Create the `complex` class (a builtin class whose instances are complex
/// objects; user subclasses hold one as their payload), its methods, and
/// `builtins.complex`.
pub fn install(cx: &mut Ctx) {
    let object = cx.rt.types.object;
    let dict = runtime::alloc::raw_dict(cx);
    let name = cx.intern("complex");
    let cls = cx.heap.alloc(ClassObj {
        h: ObjHeader::new(cx.rt.types.type_, Kind::Class),
        name,
        qualname: name,
        bases: vec![object],
        mro: Vec::new(),
        dict,
        layout: Kind::Other,
        version: runtime::ops::next_version(),
        flags: runtime::types::CF_BUILTIN,
        builtin_base: std::ptr::null_mut(),
    });
    let c = runtime::cls_ref(cls);
    c.mro = vec![cls, object];
    c.builtin_base = cls;
    cx.heap.complex_class = cls;
    let doc = cx.new_str("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.");
    runtime::types::dict_set_str(cx, dict, "__doc__", doc);
    let new = cx.new_native("__new__", complex_new);
    let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f: new });
    runtime::types::dict_set_str(cx, dict, "__new__", sm);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__bool__", c_bool),
        ("__neg__", c_neg_dunder),
        ("__pos__", c_pos),
        ("__abs__", c_abs_dunder),
        ("__hash__", c_hash),
        ("__repr__", c_repr),
        ("__str__", c_str),
        ("__complex__", c_complex),
        ("conjugate", c_conjugate),
        ("__getnewargs__", c_getnewargs),
        ("__format__", c_format),
    ];
    for &(n, f) in methods.iter().chain(BINOP_DUNDERS).chain(CMP_DUNDERS) {
        runtime::types::def_method(cx, cls, n, f);
    }
    for (n, f) in [("real", c_real as NativeFn), ("imag", c_imag)] {
        let fget = cx.new_native(n, f);
        let doc = cx.new_str(if n == "real" { "the real part of a complex number" } else { "the imaginary part of a complex number" });
        let p = cx.alloc_obj(PropertyObj {
            h: ObjHeader::new(cx.rt.types.property, Kind::Property),
            fget,
            fset: Value::none(),
            fdel: Value::none(),
            doc,
        });
        runtime::types::dict_set_str(cx, dict, n, p);
    }
    let b = cx.rt.builtins;
    runtime::types::dict_set_str(cx, b, "complex", Value::from_ptr(cls));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    #[test]
    fn reprs() {
        assert_eq!(repr(c(0.0, 1.0)), "1j");
        assert_eq!(repr(c(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(c(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(repr(c(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(c(1e16, 0.0)), "(1e+16+0j)");
        assert_eq!(repr(c(0.0, -1.5)), "-1.5j");
    }

    #[test]
    fn parses() {
        assert_eq!(parse_complex("1+2j"), Ok(c(1.0, 2.0)));
        assert_eq!(parse_complex(" ( -1.5e3-2J ) "), Ok(c(-1500.0, -2.0)));
        assert_eq!(parse_complex("j"), Ok(c(0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Ok(c(0.0, -1.0)));
        assert_eq!(parse_complex("1+j"), Ok(c(1.0, 1.0)));
        assert_eq!(parse_complex("1_000.5"), Ok(c(1000.5, 0.0)));
        assert_eq!(parse_complex("1__0"), Err(ParseError::Underscore));
        assert_eq!(parse_complex("1e"), Err(ParseError::Malformed));
        assert_eq!(parse_complex("(1+2j"), Err(ParseError::Malformed));
        assert_eq!(parse_complex(""), Err(ParseError::Malformed));
        assert!(parse_complex("infj").unwrap().im.is_infinite());
    }

    #[test]
    fn powers() {
        assert_eq!(c_pow(c(0.0, 0.0), c(-1.0, 0.0)), Err(PowError::Domain));
        assert_eq!(c_pow(c(0.0, 1.0), c(2.0, 0.0)), Ok(c(-1.0, 0.0)));
        assert_eq!(c_pow(c(1e200, 0.0), c(2.0, 0.0)), Err(PowError::Range));
        assert_eq!(c_quot(c(1.0, 0.0), c(0.0, 0.0)), None);
    }
}
