//! Methods of `int` and `float`.
use super::util::*;
use crate::heap::*;
use crate::runtime::num::{self, num_rank, Num};
use crate::runtime::{self};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(cx: &mut Ctx) {
    let i = cx.rt.types.int;
    let m: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_pos::<0>),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("__index__", int_pos::<1>),
        ("__int__", int_pos::<2>),
        ("__trunc__", int_pos::<3>),
        ("__floor__", int_pos::<4>),
        ("__ceil__", int_pos::<5>),
        ("__float__", num_float::<INT, false>),
        ("__round__", num_round::<INT>),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, i, name, f);
    }
    def_classmethod(cx, i, "from_bytes", int_from_bytes);

    let fl = cx.rt.types.float;
    let m: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("__getnewargs__", float_getnewargs),
        ("__sizeof__", float_sizeof),
        ("conjugate", num_float::<FLOAT, true>),
        ("__float__", num_float::<FLOAT, false>),
        ("__int__", float_int),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", num_round::<FLOAT>),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, fl, name, f);
    }
    def_classmethod(cx, fl, "fromhex", float_fromhex);
    install_num_dunders(cx);
}

/// The class a number native is installed on (natives shared by int, bool
/// and float are generic over it): CPython checks self against that class.
const INT: u8 = 0;
const BOOL: u8 = 1;
const FLOAT: u8 = 2;

/// Is `v` (or the payload of a subclass instance) an instance of class `cls`?
#[inline]
fn owns(cls: u8, v: Value) -> bool {
    let p = runtime::unwrap_payload(v);
    match cls {
        FLOAT => p.is_float(),
        BOOL => p.is_kind(Kind::Bool),
        _ => num::num_of(p).is_some_and(|n| !matches!(n, Num::F(_))),
    }
}

/// "descriptor '__add__' requires a 'float' object but received a 'int'"
/// (slot wrappers such as `__add__`, `__int__`), or bad_self's "descriptor
/// 'bit_length' for 'int' objects doesn't apply to a 'float' object" (methods).
#[cold]
#[inline(never)]
fn wrong_self(cx: &mut Ctx, args: &[Value], cls: u8, name: &str) -> crate::Exc {
    let cname = ["int", "bool", "float"][cls as usize];
    const SLOTS: &[&str] = &["__index__", "__int__", "__float__", "__invert__", "__divmod__", "__rdivmod__"];
    let slot = SLOTS.contains(&name) || NUM_DUNDERS.iter().any(|d| d.0 == name);
    match args.first() {
        Some(&v) if slot => {
            let t = tname(cx, v);
            cx.type_error(format!("descriptor '{name}' requires a '{cname}' object but received a '{t}'"))
        }
        _ => super::lists::bad_self(cx, args, cname, name),
    }
}

/// Self as a number of class `cls` ("int" or "float").
#[inline]
fn this(cx: &mut Ctx, args: &[Value], cls: &str, name: &str) -> PyResult<Num> {
    let c = if cls == "float" { FLOAT } else { INT };
    match args.first().and_then(|&v| num::num_of(v)) {
        Some(n) if owns(c, args[0]) => Ok(n),
        _ => Err(wrong_self(cx, args, c, name)),
    }
}

fn big_of(n: Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(i),
        Num::B(b) => b.clone(),
        Num::F(f) => num::float_to_bigint(f),
    }
}

fn int_bit_length(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "bit_length")?;
    let bits = match n {
        Num::I(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Num::B(b) => b.bits(),
        Num::F(_) => 0,
    };
    Ok(cx.new_int(bits as i64))
}

fn int_bit_count(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "bit_count")?;
    let c = match n {
        Num::I(i) => i.unsigned_abs().count_ones() as u64,
        Num::B(b) => b.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as u64).sum(),
        Num::F(_) => 0,
    };
    Ok(cx.new_int(c as i64))
}

/// `+self` as an exact int (int(), __index__, conjugate...).
/// The int methods that return int(self); `N` indexes their names (for the
/// error when self is not an int).
fn int_pos<const N: usize>(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 6] = ["conjugate", "__index__", "__int__", "__trunc__", "__floor__", "__ceil__"];
    let n = this(cx, args, "int", NAMES[N])?;
    Ok(match n {
        Num::I(i) => cx.new_int(i),
        Num::B(b) => cx.new_bigint(b.clone()),
        Num::F(f) => cx.new_float(f),
    })
}

fn num_float<const C: u8, const CONJ: bool>(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, if C == FLOAT { "float" } else { "int" }, if CONJ { "conjugate" } else { "__float__" })?;
    let f = num::int_to_f64(cx, n)?;
    Ok(cx.new_float(f))
}


fn num_round<const C: u8>(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, if C == FLOAT { "float" } else { "int" }, "__round__")?;
    let plain = match n {
        Num::I(i) => cx.new_int(i),
        Num::B(b) => cx.new_bigint(b.clone()),
        Num::F(f) => cx.new_float(f),
    };
    let mut a = vec![plain];
    a.extend_from_slice(&args[1..]);
    super::funcs::round(cx, &a, kw)
}

fn int_to_bytes(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "to_bytes")?;
    let [length, order, signed] = parse_args(cx, "to_bytes", &args[1..], kw, ["length", "byteorder", "signed"], 0)?;
    let length = opt_index(cx, length, 1)?;
    if length < 0 {
        return Err(cx.value_error("length argument must be non-negative"));
    }
    let order = if given(order) { runtime::str_of(order).unwrap_or("big") } else { "big" };
    let signed = given(signed) && runtime::truthy(cx, signed)?;
    let v = big_of(n);
    if v.is_negative() && !signed {
        return Err(cx.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        bytes.clear();
    }
    let len = length as usize;
    if bytes.len() > len {
        // Signed: trailing 0x00/0xFF sign bytes beyond the length are fine only if they are redundant.
        return Err(cx.overflow_error("int too big to convert"));
    }
    let pad = if signed && v.is_negative() { 0xFF } else { 0 };
    bytes.resize(len, pad);
    match order {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(cx.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(cx.new_bytes(bytes))
}

fn int_from_bytes(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // args[0] is the class.
    let [bytes, order, signed] = parse_args(cx, "from_bytes", &args[1..], kw, ["bytes", "byteorder", "signed"], 1)?;
    let order = if given(order) { runtime::str_of(order).unwrap_or("big") } else { "big" };
    let signed = given(signed) && runtime::truthy(cx, signed)?;
    let mut b: Vec<u8> = match super::bytes::bytes_like(bytes) {
        Some(bo) => bo.to_vec(),
        None if runtime::str_of(bytes).is_some() => {
            let t = tname(cx, bytes);
            return Err(cx.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        None => match super::memview::tobytes(bytes) {
            Some(v) => v,
            None => super::ctors::bytes_from_iterable(cx, bytes, "bytes")?,
        },
    };
    match order {
        "little" => {}
        "big" => b.reverse(),
        _ => return Err(cx.value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed { BigInt::from_signed_bytes_le(&b) } else { BigInt::from_bytes_le(Sign::Plus, &b) };
    let r = cx.new_bigint(v);
    let cls = args[0];
    if cls == Value::from_ptr(cx.rt.types.int) {
        return Ok(r);
    }
    runtime::call(cx, cls, &[r], &[])
}

fn int_as_integer_ratio(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "as_integer_ratio")?;
    let v = match n {
        Num::I(i) => cx.new_int(i),
        Num::B(b) => cx.new_bigint(b.clone()),
        Num::F(_) => Value::from_small(0),
    };
    Ok(cx.new_tuple_from(&[v, Value::from_small(1)]))
}

/// `int.__getnewargs__`: `(int(self),)` (what pickle and copy call).
fn int_getnewargs(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "int", "__getnewargs__")?;
    check_noargs(cx, args, "int.__getnewargs__")?;
    let v = int_pos::<2>(cx, args, &[])?;
    Ok(cx.new_tuple_from(&[v]))
}

/// `int.__sizeof__`: CPython's size of an int object, 24 bytes plus 4 per
/// 30-bit digit (at least one: 0 is 28 bytes as 1 is).
fn int_sizeof(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "__sizeof__")?;
    check_noargs(cx, args, "int.__sizeof__")?;
    let bits = match n {
        Num::I(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Num::B(b) => b.bits(),
        Num::F(_) => 0,
    };
    Ok(Value::from_small(24 + 4 * bits.div_ceil(30).max(1) as i64))
}

/// `float.__getnewargs__`: `(float(self),)`.
fn float_getnewargs(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "__getnewargs__")?;
    check_noargs(cx, args, "float.__getnewargs__")?;
    let v = cx.new_float(f);
    Ok(cx.new_tuple_from(&[v]))
}

/// `float.__sizeof__`: a CPython float object is 24 bytes.
fn float_sizeof(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    float_self(cx, args, "__sizeof__")?;
    check_noargs(cx, args, "float.__sizeof__")?;
    Ok(Value::from_small(24))
}

/// A method that takes no arguments besides self.
fn check_noargs(cx: &mut Ctx, args: &[Value], qual: &str) -> PyResult<()> {
    nargs(cx, qual, &args[1..], 0, 0)
}

fn float_self(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first().and_then(|&v| runtime::float_of(v)) {
        Some(f) => Ok(f),
        None => Err(wrong_self(cx, args, FLOAT, name)),
    }
}

fn float_is_integer(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(cx.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(cx.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (n, d) = float_ratio(f);
    let (n, d) = (cx.new_bigint(n), cx.new_bigint(d));
    Ok(cx.new_tuple_from(&[n, d]))
}

/// Exact (numerator, denominator) of a finite float, in lowest terms.
pub fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (mant, -1074) } else { (mant | (1u64 << 52), exp - 1075) };
    let tz = m.trailing_zeros() as i64;
    let (m, e) = (m >> tz, e + tz);
    let mut n = BigInt::from(m);
    let mut d = BigInt::from(1);
    if e > 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    let g = n.gcd(&d);
    let (n, d) = (n / &g, d / g);
    (if f < 0.0 { -n } else { n }, d)
}

fn float_int(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "__int__")?;
    super::ctors::float_to_int(cx, f)
}
fn float_trunc(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "__trunc__")?;
    super::ctors::float_to_int(cx, f)
}
fn float_floor(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "__floor__")?;
    super::ctors::float_to_int(cx, f.floor())
}
fn float_ceil(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "__ceil__")?;
    super::ctors::float_to_int(cx, f.ceil())
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (trailing zeros stripped).
pub fn float_hex_str(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let digits = format!("{mant:013x}");
    let esign = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{digits}p{esign}{}", e.abs())
}

fn float_hex(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = float_self(cx, args, "hex")?;
    Ok(cx.new_string(float_hex_str(f)))
}

fn float_fromhex(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    nargs(cx, "fromhex", &args[1..], 1, 1)?;
    let s = arg_str(cx, args[1], |t| format!("fromhex() argument must be str, not {t}"))?;
    let Some(f) = parse_hex_float(s) else {
        return Err(cx.value_error("invalid hexadecimal floating-point string"));
    };
    if f.is_infinite() && !s.to_ascii_lowercase().contains("inf") {
        return Err(cx.overflow_error("hexadecimal value too large to represent as a float"));
    }
    let v = cx.new_float(f);
    let cls = args[0];
    if cls == Value::from_ptr(cx.rt.types.float) {
        return Ok(v);
    }
    runtime::call(cx, cls, &[v], &[])
}

/// Parse `[sign]['0x']hex[.hex]['p' exp]` or inf/nan.
pub fn parse_hex_float(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Some(f) = super::ctors::parse_float(s).filter(|f| !f.is_finite()) {
        return Some(f);
    }
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let s = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")).unwrap_or(s);
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        m = m * 16u8 + c.to_digit(16)?;
    }
    let e = exp - 4 * fp.len() as i64;
    // m * 2^e, correctly rounded via the exact decimal-free route.
    let f = if m.is_zero() {
        0.0
    } else if e >= 0 {
        if m.bits() as i64 + e > 1100 {
            return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY }); // no huge shift
        }
        super::spec::big_to_f64(&(m << e as usize)).unwrap_or(f64::INFINITY)
    } else {
        let bits = m.bits() as i64;
        let mf = super::spec::big_to_f64(&m)?;
        if mf.is_finite() && m.bits() <= 53 {
            num::ldexp(mf, e)
        } else {
            let top = &m >> ((bits - 60).max(0) as usize);
            num::ldexp(top.to_f64()?, e + (bits - 60).max(0))
        }
    };
    Some(if neg { -f } else { f })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for &f in &[1.0, 0.1, -2.5, 1e300, 5e-324, 3.141592653589793] {
            let h = float_hex_str(f);
            assert_eq!(parse_hex_float(&h), Some(f), "{h}");
        }
        assert_eq!(float_hex_str(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex_str(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex_str(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex_str(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn ratio() {
        assert_eq!(float_ratio(0.5), (BigInt::from(1), BigInt::from(2)));
        assert_eq!(float_ratio(-3.0), (BigInt::from(-3), BigInt::from(1)));
        assert_eq!(float_ratio(0.1).1, BigInt::from(1u64 << 55));
    }
}

// ---------------------------------------------------------------- int/float dunders called directly


/// `int.__add__(1, 1.5)` / `float.__add__(1.5, 'a')`: CPython's slot wrappers return
/// NotImplemented when the other operand is not of a type the method's class accepts
/// (int accepts ints, float accepts ints and floats); otherwise the builtin operation.
fn num_dunder(cx: &mut Ctx, a: &[Value], cls: u8, name: &str, op: NumOp) -> PyResult<Value> {
    let n = if matches!(op, NumOp::Bin(crate::compile::BinOp::Pow, _)) && a.len() == 3 { 3 } else { 2 };
    runtime::args::check_exact(cx, name, a, &[], n)?;
    if !owns(cls, a[0]) {
        return Err(wrong_self(cx, a, cls, name));
    }
    let (x, y) = (runtime::unwrap_payload(a[0]), runtime::unwrap_payload(a[1]));
    let (Some(rs), Some(ro)) = (num_rank(x), num_rank(y)) else { return Ok(Value::not_implemented()) };
    if ro > rs {
        return Ok(Value::not_implemented());
    }
    match op {
        NumOp::Bin(b, refl) => {
            let (l, r) = if refl { (y, x) } else { (x, y) };
            if n == 3 {
                let m = runtime::unwrap_payload(a[2]);
                if rs == 1 && num_rank(m) != Some(1) {
                    return Ok(Value::not_implemented()); // int.__pow__ with a float modulus
                }
                return super::funcs::pow(cx, &[l, r, m], &[]);
            }
            Ok(runtime::ops::builtin_binop(cx, b, l, r)?.unwrap_or(Value::not_implemented()))
        }
        NumOp::Cmp(c) => Ok(runtime::ops::builtin_compare(cx, c, x, y)?.unwrap_or(Value::not_implemented())),
    }
}

#[derive(Clone, Copy)]
enum NumOp {
    Bin(crate::compile::BinOp, bool),
    Cmp(crate::compile::CmpOp),
}

/// `(name, function on int, on bool, on float, int only)`: the bitwise dunders
/// exist on int (and bool) only.
macro_rules! num_dunders {
    ($($fname:ident $name:literal $op:expr, $int_only:literal;)*) => {
        $(fn $fname<const C: u8>(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            num_dunder(cx, a, C, $name, $op)
        })*
        const NUM_DUNDERS: &[(&str, [NativeFn; 3], bool)] =
            &[$(($name, [$fname::<INT>, $fname::<BOOL>, $fname::<FLOAT>], $int_only)),*];
    };
}

use crate::compile::{BinOp as B, CmpOp as C};
num_dunders! {
    nd_add "__add__" NumOp::Bin(B::Add, false), false;
    nd_radd "__radd__" NumOp::Bin(B::Add, true), false;
    nd_sub "__sub__" NumOp::Bin(B::Sub, false), false;
    nd_rsub "__rsub__" NumOp::Bin(B::Sub, true), false;
    nd_mul "__mul__" NumOp::Bin(B::Mul, false), false;
    nd_rmul "__rmul__" NumOp::Bin(B::Mul, true), false;
    nd_truediv "__truediv__" NumOp::Bin(B::TrueDiv, false), false;
    nd_rtruediv "__rtruediv__" NumOp::Bin(B::TrueDiv, true), false;
    nd_floordiv "__floordiv__" NumOp::Bin(B::FloorDiv, false), false;
    nd_rfloordiv "__rfloordiv__" NumOp::Bin(B::FloorDiv, true), false;
    nd_mod "__mod__" NumOp::Bin(B::Mod, false), false;
    nd_rmod "__rmod__" NumOp::Bin(B::Mod, true), false;
    nd_pow "__pow__" NumOp::Bin(B::Pow, false), false;
    nd_rpow "__rpow__" NumOp::Bin(B::Pow, true), false;
    nd_and "__and__" NumOp::Bin(B::And, false), true;
    nd_rand "__rand__" NumOp::Bin(B::And, true), true;
    nd_or "__or__" NumOp::Bin(B::Or, false), true;
    nd_ror "__ror__" NumOp::Bin(B::Or, true), true;
    nd_xor "__xor__" NumOp::Bin(B::Xor, false), true;
    nd_rxor "__rxor__" NumOp::Bin(B::Xor, true), true;
    nd_lshift "__lshift__" NumOp::Bin(B::LShift, false), true;
    nd_rlshift "__rlshift__" NumOp::Bin(B::LShift, true), true;
    nd_rshift "__rshift__" NumOp::Bin(B::RShift, false), true;
    nd_rrshift "__rrshift__" NumOp::Bin(B::RShift, true), true;
    nd_eq "__eq__" NumOp::Cmp(C::Eq), false;
    nd_ne "__ne__" NumOp::Cmp(C::Ne), false;
    nd_lt "__lt__" NumOp::Cmp(C::Lt), false;
    nd_le "__le__" NumOp::Cmp(C::Le), false;
    nd_gt "__gt__" NumOp::Cmp(C::Gt), false;
    nd_ge "__ge__" NumOp::Cmp(C::Ge), false;
}

/// `int.__invert__`.
fn nd_invert<const C: u8>(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    runtime::args::check_exact(cx, "__invert__", a, &[], 1)?;
    if !owns(C, a[0]) {
        return Err(wrong_self(cx, a, C, "__invert__"));
    }
    runtime::ops::unary_op(cx, crate::compile::UnOp::Invert, runtime::unwrap_payload(a[0]))
}

/// `__divmod__` / `__rdivmod__`: NotImplemented for foreign operands, else divmod().
fn divmod_dunder(cx: &mut Ctx, a: &[Value], cls: u8, name: &str, refl: bool) -> PyResult<Value> {
    runtime::args::check_exact(cx, name, a, &[], 2)?;
    if !owns(cls, a[0]) {
        return Err(wrong_self(cx, a, cls, name));
    }
    let (x, y) = (runtime::unwrap_payload(a[0]), runtime::unwrap_payload(a[1]));
    match (num_rank(x), num_rank(y)) {
        (Some(rs), Some(ro)) if ro <= rs => {
            let (l, r) = if refl { (y, x) } else { (x, y) };
            super::funcs::divmod(cx, &[l, r], &[])
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn nd_divmod<const C: u8>(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_dunder(cx, a, C, "__divmod__", false)
}

fn nd_rdivmod<const C: u8>(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    divmod_dunder(cx, a, C, "__rdivmod__", true)
}

/// The dunders bool itself defines (the others it inherits from int).
const BOOL_OWN: &[&str] = &["__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"];

/// The numeric dunders of int/bool/float (`item::install_dunders` leaves them to this).
fn install_num_dunders(cx: &mut Ctx) {
    let t = cx.rt.types;
    let per_class: [(*mut ClassObj, [NativeFn; 3]); 3] = [
        (t.int, [nd_divmod::<INT>, nd_rdivmod::<INT>, nd_invert::<INT>]),
        (t.bool, [nd_divmod::<INT>, nd_rdivmod::<INT>, nd_invert::<INT>]),
        (t.float, [nd_divmod::<FLOAT>, nd_rdivmod::<FLOAT>, nd_invert::<FLOAT>]),
    ];
    for (k, (c, [divmod, rdivmod, invert])) in per_class.into_iter().enumerate() {
        runtime::types::def_method(cx, c, "__divmod__", divmod);
        runtime::types::def_method(cx, c, "__rdivmod__", rdivmod);
        runtime::types::def_method(cx, c, "__format__", super::format::dunder_format);
        if c != t.float {
            runtime::types::def_method(cx, c, "__invert__", invert);
        }
        for &(name, fs, int_only) in NUM_DUNDERS {
            // bool defines only &, | and ^ itself; its other dunders are int's.
            let own = k != BOOL as usize || BOOL_OWN.contains(&name);
            if !int_only || c != t.float {
                runtime::types::def_method(cx, c, name, fs[if own { k } else { INT as usize }]);
            }
        }
    }
}
