//! Methods of `int` and `float`.
use super::util::*;
use crate::heap::*;
use crate::runtime::num::{self, Num};
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
        ("conjugate", int_pos),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__index__", int_pos),
        ("__int__", int_pos),
        ("__trunc__", int_pos),
        ("__floor__", int_pos),
        ("__ceil__", int_pos),
        ("__float__", num_float),
        ("__round__", num_round),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, i, name, f);
    }
    let f = cx.new_native("from_bytes", int_from_bytes);
    let cm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.classmethod, Kind::ClassMethod), f });
    let d = runtime::cls_ref(i).dict;
    runtime::types::dict_set_str(cx, d, "from_bytes", cm);

    let fl = cx.rt.types.float;
    let m: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", num_float),
        ("__float__", num_float),
        ("__int__", float_trunc),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", num_round),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, fl, name, f);
    }
    let f = cx.new_native("fromhex", float_fromhex);
    let cm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.classmethod, Kind::ClassMethod), f });
    let d = runtime::cls_ref(fl).dict;
    runtime::types::dict_set_str(cx, d, "fromhex", cm);
}

/// Self as a number.
#[inline]
fn this(cx: &mut Ctx, args: &[Value], cls: &str, name: &str) -> PyResult<Num> {
    match args.first().and_then(|&v| num::num_of(v)) {
        Some(n) => Ok(n),
        None => Err(super::lists::bad_self(cx, args, cls, name)),
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
fn int_pos(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "__int__")?;
    Ok(match n {
        Num::I(i) => cx.new_int(i),
        Num::B(b) => cx.new_bigint(b.clone()),
        Num::F(f) => cx.new_float(f),
    })
}

fn num_float(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "float", "__float__")?;
    let f = num::int_to_f64(cx, n)?;
    Ok(cx.new_float(f))
}


fn num_round(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(cx, args, "int", "__round__")?;
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
    let mut b: Vec<u8> = match runtime::unwrap_payload(bytes).downcast::<BytesObj>(Kind::Bytes) {
        Some(bo) => bo.b.to_vec(),
        None => {
            let items = collect(cx, bytes)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let i = to_index(cx, it)?;
                if !(0..256).contains(&i) {
                    return Err(cx.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
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

fn float_self(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first().and_then(|&v| runtime::float_of(v)) {
        Some(f) => Ok(f),
        None => Err(super::lists::bad_self(cx, args, "float", name)),
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
