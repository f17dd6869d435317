//! The `math` module: CPython 3.11's functions, constants and error messages.
//! Float kernels are in `fmath` (ported from CPython, same libm); this file
//! converts arguments and maps kernel errors to Python exceptions.

use super::fmath::{self, FsumErr, MResult, MathErr};
use super::{arity, new_module, set_float};
use crate::compile::BinOp;
use crate::heap::*;
use crate::runtime::{self, num::Num};
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "math", FUNCS);
    set_float(cx, m, "pi", std::f64::consts::PI);
    set_float(cx, m, "e", std::f64::consts::E);
    set_float(cx, m, "tau", std::f64::consts::TAU);
    set_float(cx, m, "inf", f64::INFINITY);
    set_float(cx, m, "nan", f64::NAN);
    Ok(m)
}

macro_rules! math1 {
    ($($fname:ident = $pyname:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $fname(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
                let x = one_float(cx, concat!("math.", $pyname), args, kw)?;
                let r = fmath::math1(x, $f, $overflow);
                float_result(cx, r)
            }
        )*
    };
}

math1! {
    m_acos = "acos", fmath::libm::acos, false;
    m_acosh = "acosh", fmath::libm::acosh, false;
    m_asin = "asin", fmath::libm::asin, false;
    m_asinh = "asinh", fmath::libm::asinh, false;
    m_atan = "atan", fmath::libm::atan, false;
    m_atanh = "atanh", fmath::libm::atanh, false;
    m_cbrt = "cbrt", fmath::libm::cbrt, false;
    m_cos = "cos", fmath::libm::cos, false;
    m_cosh = "cosh", fmath::libm::cosh, true;
    m_exp = "exp", fmath::libm::exp, true;
    m_exp2 = "exp2", fmath::libm::exp2, true;
    m_expm1 = "expm1", fmath::libm::expm1, true;
    m_fabs = "fabs", fmath::libm::fabs, false;
    m_sin = "sin", fmath::libm::sin, false;
    m_sinh = "sinh", fmath::libm::sinh, true;
    m_sqrt = "sqrt", fmath::libm::sqrt, false;
    m_tan = "tan", fmath::libm::tan, false;
    m_tanh = "tanh", fmath::libm::tanh, false;
    m_log1p = "log1p", fmath::libm::log1p, false;
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("log1p", m_log1p),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("gamma", m_gamma),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("pow", m_pow),
    ("atan2", m_atan2),
    ("fmod", m_fmod),
    ("copysign", m_copysign),
    ("remainder", m_remainder),
    ("hypot", m_hypot),
    ("dist", m_dist),
    ("ldexp", m_ldexp),
    ("frexp", m_frexp),
    ("modf", m_modf),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("factorial", m_factorial),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("comb", m_comb),
    ("perm", m_perm),
    ("isqrt", m_isqrt),
    ("prod", m_prod),
    ("fsum", m_fsum),
    ("nextafter", m_nextafter),
    ("ulp", m_ulp),
];

// ---------------------------------------------------------------- conversions

/// `PyFloat_AsDouble`: floats, ints (OverflowError if too large), `__float__`, `__index__`.
pub fn to_f64(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    match runtime::num::num_of(v) {
        Some(Num::F(f)) => Ok(f),
        Some(n) => runtime::num::int_to_f64(cx, n),
        None => to_f64_slow(cx, v),
    }
}

#[cold]
#[inline(never)]
fn to_f64_slow(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if v.is_kind(Kind::Instance) {
        for name in ["__float__", "__index__"] {
            let k = cx.intern(name);
            if let Some(m) = runtime::get_attr_opt(cx, v, k)? {
                let r = runtime::call(cx, m, &[], &[])?;
                if let Some(f) = runtime::float_of(r) {
                    return Ok(f);
                }
                if name == "__index__" && runtime::is_int_value(r) {
                    return to_f64(cx, r);
                }
                let t = runtime::type_name(cx, v);
                let rt = runtime::type_name(cx, r);
                return Err(cx.type_error(format!("{t}.{name} returned non-float (type {rt})")));
            }
        }
    }
    let t = runtime::type_name(cx, v);
    Err(cx.type_error(format!("must be real number, not {t}")))
}

/// `operator.index(v)` as a BigInt.
pub fn to_bigint(cx: &mut Ctx, v: Value) -> PyResult<BigInt> {
    if let Some(b) = runtime::bigint_of(v) {
        return Ok(b);
    }
    if v.is_kind(Kind::Instance) {
        let k = cx.intern("__index__");
        if let Some(m) = runtime::get_attr_opt(cx, v, k)? {
            let r = runtime::call(cx, m, &[], &[])?;
            if let Some(b) = runtime::bigint_of(r) {
                return Ok(b);
            }
            let rt = runtime::type_name(cx, r);
            return Err(cx.type_error(format!("__index__ returned non-int (type {rt})")));
        }
    }
    let t = runtime::type_name(cx, v);
    Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn one_float(cx: &mut Ctx, name: &str, args: Args, kw: Kw) -> PyResult<f64> {
    arity(cx, name, args, kw, 1, 1)?;
    to_f64(cx, args[0])
}

fn two_floats(cx: &mut Ctx, name: &str, args: Args, kw: Kw) -> PyResult<(f64, f64)> {
    arity(cx, name, args, kw, 2, 2)?;
    let x = to_f64(cx, args[0])?;
    let y = to_f64(cx, args[1])?;
    Ok((x, y))
}

#[cold]
fn math_err(cx: &mut Ctx, e: MathErr) -> Exc {
    match e {
        MathErr::Domain => cx.value_error("math domain error"),
        MathErr::Range => cx.overflow_error("math range error"),
    }
}

fn float_result(cx: &mut Ctx, r: MResult) -> PyResult<Value> {
    match r {
        Ok(f) => Ok(cx.new_float(f)),
        Err(e) => Err(math_err(cx, e)),
    }
}

/// An integral float as a Python int (`PyLong_FromDouble`).
pub fn float_to_int(cx: &mut Ctx, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(cx.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(cx.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 4.0e18 {
        return Ok(cx.new_int(f as i64));
    }
    Ok(cx.new_bigint(runtime::num::float_to_bigint(f)))
}

fn int_result(cx: &mut Ctx, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => cx.new_int(i),
        None => cx.new_bigint(b),
    }
}

// ---------------------------------------------------------------- one-argument specials

fn m_erf(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.erf", args, kw)?;
    Ok(cx.new_float(fmath::erf(x)))
}

fn m_erfc(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.erfc", args, kw)?;
    Ok(cx.new_float(fmath::erfc(x)))
}

fn m_gamma(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.gamma", args, kw)?;
    float_result(cx, fmath::gamma(x))
}

fn m_lgamma(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.lgamma", args, kw)?;
    float_result(cx, fmath::lgamma(x))
}

/// CPython's `loghelper`: ints too large for a float use frexp of the int.
fn log_of(cx: &mut Ctx, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if runtime::is_int_value(v) {
        let b = runtime::bigint_of(v).expect("int value");
        if !b.is_positive() {
            return Err(math_err(cx, MathErr::Domain));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(cx, v)?;
    fmath::log_kernel(x, f).map_err(|e| math_err(cx, e))
}

/// Correctly rounded (mantissa in [0.5, 1), exponent) of a positive big int.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = (b >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = if shift > 0 && b.trailing_zeros().unwrap_or(0) < shift { 1 } else { 0 };
    let m = ((top | sticky) as f64) / 2f64.powi(64);
    let e = shift + 64;
    // Rounding can carry to 1.0: renormalise as CPython's _PyLong_Frexp.
    let (m, e) = if bits < 64 { ((top as f64) / 2f64.powi(bits as i32), bits) } else { (m, e) };
    if m >= 1.0 {
        (m / 2.0, e + 1)
    } else {
        (m, e)
    }
}

fn m_log(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("math.log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(cx.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(cx, args[0], fmath::libm::log)?;
    if args.len() == 1 {
        return Ok(cx.new_float(num));
    }
    let den = log_of(cx, args[1], fmath::libm::log)?;
    if den == 0.0 {
        return Err(cx.zero_division("float division by zero"));
    }
    Ok(cx.new_float(num / den))
}

fn m_log2(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "math.log2", args, kw, 1, 1)?;
    let r = log_of(cx, args[0], fmath::libm::log2)?;
    Ok(cx.new_float(r))
}

fn m_log10(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "math.log10", args, kw, 1, 1)?;
    let r = log_of(cx, args[0], fmath::libm::log10)?;
    Ok(cx.new_float(r))
}

// ---------------------------------------------------------------- two-argument

fn m_pow(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(cx, "pow", args, kw)?;
    float_result(cx, fmath::pow(x, y))
}

fn m_atan2(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (y, x) = two_floats(cx, "atan2", args, kw)?;
    float_result(cx, fmath::math2(y, x, fmath::atan2))
}

fn m_fmod(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(cx, "fmod", args, kw)?;
    float_result(cx, fmath::fmod(x, y))
}

fn m_copysign(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(cx, "copysign", args, kw)?;
    float_result(cx, fmath::math2(x, y, f64::copysign))
}

fn m_remainder(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(cx, "remainder", args, kw)?;
    float_result(cx, fmath::math2(x, y, fmath::remainder))
}

fn m_nextafter(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(cx, "nextafter", args, kw)?;
    Ok(cx.new_float(fmath::nextafter(x, y)))
}

fn m_ulp(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.ulp", args, kw)?;
    Ok(cx.new_float(fmath::ulp(x)))
}

fn m_hypot(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    for &a in args {
        v.push(to_f64(cx, a)?);
    }
    Ok(cx.new_float(fmath::hypot(&v)))
}

fn m_dist(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "dist", args, kw, 2, 2)?;
    let p = crate::builtins::util::collect(cx, args[0])?;
    let q = crate::builtins::util::collect(cx, args[1])?;
    if p.len() != q.len() {
        return Err(cx.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(q.iter()) {
        let x = to_f64(cx, a)?;
        let y = to_f64(cx, b)?;
        diffs.push(x - y);
    }
    Ok(cx.new_float(fmath::hypot(&diffs)))
}

fn m_ldexp(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "ldexp", args, kw, 2, 2)?;
    let x = to_f64(cx, args[0])?;
    let Some(e) = runtime::bigint_of(args[1]) else {
        return Err(cx.type_error("Expected an int as second argument to ldexp."));
    };
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    float_result(cx, fmath::ldexp(x, e))
}

fn m_frexp(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.frexp", args, kw)?;
    let (m, e) = fmath::frexp(x);
    let a = cx.new_float(m);
    let b = cx.new_int(e as i64);
    Ok(cx.new_tuple_from(&[a, b]))
}

fn m_modf(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.modf", args, kw)?;
    let (f, i) = fmath::modf(x);
    let a = cx.new_float(f);
    let b = cx.new_float(i);
    Ok(cx.new_tuple_from(&[a, b]))
}

fn m_isclose(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let ([x, y], rel_tol, abs_tol) = isclose_args(cx, args, kw, to_f64)?;
    Ok(Value::bool(fmath::isclose(x, y, rel_tol, abs_tol)))
}

/// The arguments of math.isclose / cmath.isclose: `(a, b, *, rel_tol=1e-09,
/// abs_tol=0.0)`, a and b converted by `conv`, tolerances checked non-negative.
pub(crate) fn isclose_args<T>(
    cx: &mut Ctx,
    args: Args,
    kw: Kw,
    conv: fn(&mut Ctx, Value) -> PyResult<T>,
) -> PyResult<([T; 2], f64, f64)> {
    if args.len() > 2 {
        return Err(cx.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let [a, b, rel, abs] = crate::builtins::util::parse_args(cx, "isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = conv(cx, a)?;
    let y = conv(cx, b)?;
    let rel_tol = if rel.is_unbound() { 1e-9 } else { to_f64(cx, rel)? };
    let abs_tol = if abs.is_unbound() { 0.0 } else { to_f64(cx, abs)? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(cx.value_error("tolerances must be non-negative"));
    }
    Ok(([x, y], rel_tol, abs_tol))
}

fn m_isfinite(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.isfinite", args, kw)?;
    Ok(Value::bool(x.is_finite()))
}

fn m_isinf(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.isinf", args, kw)?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isnan(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.isnan", args, kw)?;
    Ok(Value::bool(x.is_nan()))
}

fn m_degrees(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.degrees", args, kw)?;
    Ok(cx.new_float(fmath::degrees(x)))
}

fn m_radians(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let x = one_float(cx, "math.radians", args, kw)?;
    Ok(cx.new_float(fmath::radians(x)))
}

// ---------------------------------------------------------------- float -> int

/// floor/ceil/trunc: ints unchanged, floats rounded to an int, else the dunder.
fn rounding(cx: &mut Ctx, name: &str, dunder: &str, args: Args, kw: Kw, f: fn(f64) -> f64) -> PyResult<Value> {
    arity(cx, name, args, kw, 1, 1)?;
    let v = args[0];
    if let Some(i) = runtime::int_of(v) {
        return Ok(cx.new_int(i));
    }
    if let Some(b) = runtime::bigint_ref(v) {
        return Ok(cx.new_bigint(b.clone()));
    }
    if let Some(x) = runtime::float_of(v) {
        return float_to_int(cx, f(x));
    }
    if v.is_kind(Kind::Instance) {
        let k = cx.intern(dunder);
        if let Some(m) = runtime::get_attr_opt(cx, v, k)? {
            return runtime::call(cx, m, &[], &[]);
        }
    }
    if dunder == "__trunc__" {
        let t = runtime::type_name(cx, v);
        return Err(cx.type_error(format!("type {t} doesn't define __trunc__ method")));
    }
    let x = to_f64(cx, v)?;
    float_to_int(cx, f(x))
}

fn m_floor(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    rounding(cx, "math.floor", "__floor__", args, kw, f64::floor)
}

fn m_ceil(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    rounding(cx, "math.ceil", "__ceil__", args, kw, f64::ceil)
}

fn m_trunc(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    rounding(cx, "math.trunc", "__trunc__", args, kw, f64::trunc)
}

// ---------------------------------------------------------------- integer functions

fn m_factorial(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "math.factorial", args, kw, 1, 1)?;
    let n = to_bigint(cx, args[0])?;
    if n.is_negative() {
        return Err(cx.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(cx.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if n <= 20 {
        let r: u64 = (1..=n).product();
        return Ok(int_result(cx, BigInt::from(r)));
    }
    Ok(int_result(cx, product_range(1, n)))
}

/// Product of lo..=hi by binary splitting (balanced multiplications).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_gcd(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for &a in args {
        let b = to_bigint(cx, a)?;
        g = g.gcd(&b);
    }
    Ok(int_result(cx, g))
}

fn m_lcm(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for &a in args {
        let b = to_bigint(cx, a)?;
        l = if l.is_zero() || b.is_zero() { BigInt::zero() } else { l.lcm(&b) };
    }
    Ok(int_result(cx, l.abs()))
}

fn nonneg(cx: &mut Ctx, v: Value, what: &str) -> PyResult<BigInt> {
    let n = to_bigint(cx, v)?;
    if n.is_negative() {
        return Err(cx.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn m_comb(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "comb", args, kw, 2, 2)?;
    let n = nonneg(cx, args[0], "n")?;
    let k = nonneg(cx, args[1], "k")?;
    if k > n {
        return Ok(cx.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(cx.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int_result(cx, r))
}

fn m_perm(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "perm", args, kw, 1, 2)?;
    let n = nonneg(cx, args[0], "n")?;
    if args.len() == 1 || args[1].is_none() {
        return m_factorial(cx, &args[..1], kw);
    }
    let k = nonneg(cx, args[1], "k")?;
    if k > n {
        return Ok(cx.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(cx.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int_result(cx, r))
}

fn m_isqrt(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "math.isqrt", args, kw, 1, 1)?;
    let n = to_bigint(cx, args[0])?;
    if n.is_negative() {
        return Err(cx.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_result(cx, n.sqrt()))
}

fn m_prod(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(cx.type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let mut acc = cx.new_int(1);
    for &(k, v) in kw {
        match runtime::str_of(k) {
            Some("start") => acc = v,
            _ => {
                let name = runtime::str_of(k).unwrap_or("?").to_string();
                return Err(cx.type_error(format!("prod() got an unexpected keyword argument '{name}'")));
            }
        }
    }
    let it = runtime::get_iter(cx, args[0])?;
    while let Some(x) = runtime::iter_next(cx, it)? {
        acc = runtime::binary_op(cx, BinOp::Mul, acc, x)?;
    }
    Ok(acc)
}

fn m_fsum(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "math.fsum", args, kw, 1, 1)?;
    let it = runtime::get_iter(cx, args[0])?;
    let mut s = fmath::Fsum::default();
    while let Some(x) = runtime::iter_next(cx, it)? {
        let f = to_f64(cx, x)?;
        if s.add(f).is_err() {
            return Err(cx.overflow_error("intermediate overflow in fsum"));
        }
    }
    match s.finish() {
        Ok(f) => Ok(cx.new_float(f)),
        Err(FsumErr::Overflow) => Err(cx.overflow_error("intermediate overflow in fsum")),
        Err(FsumErr::InfMinusInf) => Err(cx.value_error("-inf + inf in fsum")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_frexp_normalises() {
        let b = BigInt::from(1) << 2000usize;
        assert_eq!(big_frexp(&b), (0.5, 2001));
        let b = (BigInt::from(1) << 2000usize) - 1;
        assert_eq!(big_frexp(&b), (0.5, 2001));
        assert_eq!(big_frexp(&BigInt::from(3)), (0.75, 2));
    }
}
