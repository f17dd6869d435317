//! int / bigint / float / bool arithmetic with CPython semantics and messages.
use super::*;
use crate::compile::BinOp;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A numeric operand: small int (incl. bool), big int, or float.
#[derive(Clone, Copy)]
pub enum Num {
    I(i64),
    B(&'static BigInt),
    F(f64),
}

/// Classify a value as a number (builtin int/bool/float, or a subclass payload).
#[inline]
pub fn num_of(v: Value) -> Option<Num> {
    if v.is_int() {
        return Some(Num::I(v.as_small()));
    }
    if v.is_float() {
        return Some(Num::F(v.as_float()));
    }
    if !v.is_obj() {
        return None;
    }
    match v.header().kind {
        Kind::Bool => Some(Num::I(v.header().aux as i64)),
        Kind::BigInt => Some(Num::B(&v.obj::<BigIntObj>().v)),
        Kind::Float => Some(Num::F(v.obj::<FloatObj>().v)),
        Kind::Instance => {
            let p = unwrap_payload(v);
            if p != v {
                num_of(p)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn big(n: Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(i),
        Num::B(b) => b.clone(),
        Num::F(_) => unreachable!("big() of float"),
    }
}

/// int -> float with CPython's OverflowError.
pub fn int_to_f64(cx: &mut Ctx, n: Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(i as f64),
        Num::F(f) => Ok(f),
        Num::B(b) => big_to_f64(cx, b),
    }
}

pub fn big_to_f64(cx: &mut Ctx, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(cx.overflow_error("int too large to convert to float")),
    }
}

/// `a op b` for numbers; Ok(None) when either operand is not a number
/// (or the op does not apply, e.g. float & int).
pub fn num_binop(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (num_of(a), num_of(b)) else { return Ok(None) };
    match (x, y) {
        (Num::F(_), _) | (_, Num::F(_)) => {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul) {
                return Ok(None);
            }
            let fx = int_to_f64(cx, x)?;
            let fy = int_to_f64(cx, y)?;
            float_binop(cx, op, fx, fy).map(Some)
        }
        _ => {
            if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && a.is_kind(Kind::Bool) && b.is_kind(Kind::Bool) {
                let (p, q) = (a == Value::true_(), b == Value::true_());
                let r = match op {
                    BinOp::And => p & q,
                    BinOp::Or => p | q,
                    _ => p ^ q,
                };
                return Ok(Some(Value::bool(r)));
            }
            if op == BinOp::MatMul {
                return Ok(None);
            }
            int_binop(cx, op, x, y).map(Some)
        }
    }
}

/// Integer arithmetic (operands are I or B).
pub fn int_binop(cx: &mut Ctx, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    if let (Num::I(a), Num::I(b)) = (x, y) {
        if let Some(v) = small_binop(cx, op, a, b)? {
            return Ok(v);
        }
    }
    big_binop(cx, op, x, y)
}

/// i64 fast path; Ok(None) = overflowed, redo with big ints.
#[inline]
fn small_binop(cx: &mut Ctx, op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(cx.zero_division("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(cx.zero_division("integer modulo by zero"));
            }
            a.checked_rem(b).map(|_| Integer::mod_floor(&a, &b))
        }
        BinOp::TrueDiv => return int_truediv(cx, Num::I(a), Num::I(b)).map(Some),
        BinOp::Pow => {
            if b < 0 {
                return int_neg_pow(cx, a as f64, b as f64).map(Some);
            }
            if b > u32::MAX as i64 {
                None
            } else {
                a.checked_pow(b as u32)
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(cx.value_error("negative shift count"));
            }
            if a == 0 {
                Some(0)
            } else if b < 63 {
                let r = a.wrapping_shl(b as u32);
                if r >> b == a {
                    Some(r)
                } else {
                    None
                }
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(cx.value_error("negative shift count"));
            }
            Some(a >> b.min(63))
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::MatMul => return Err(cx.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    Ok(r.map(|i| cx.new_int(i)))
}

#[cold]
fn big_binop(cx: &mut Ctx, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    let (a, b) = (big(x), big(y));
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(cx.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(cx.zero_division("integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::TrueDiv => return int_truediv(cx, x, y),
        BinOp::Pow => {
            if b.is_negative() {
                let fa = big_to_f64(cx, &a)?;
                let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                return int_neg_pow(cx, fa, fb);
            }
            match b.to_u32() {
                Some(e) => num_traits::pow(a, e as usize),
                None => {
                    if a.is_zero() || a == BigInt::from(1) {
                        a
                    } else if a == BigInt::from(-1) {
                        if b.is_even() {
                            BigInt::from(1)
                        } else {
                            a
                        }
                    } else {
                        return Err(cx.memory_error(""));
                    }
                }
            }
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(cx.value_error("negative shift count"));
            }
            if a.is_zero() {
                a
            } else {
                match b.to_usize() {
                    Some(s) if s < (1 << 40) => a << s,
                    _ => return Err(cx.overflow_error("too many digits in integer")),
                }
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(cx.value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => {
                    // Floor semantics for negatives (num-bigint's >> rounds toward -inf already).
                    a >> s
                }
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => return Err(cx.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    Ok(cx.new_bigint(r))
}

fn int_neg_pow(cx: &mut Ctx, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 {
        return Err(cx.zero_division("0.0 cannot be raised to a negative power"));
    }
    Ok(cx.new_float(a.powf(b)))
}

/// int / int, correctly rounded.
pub fn int_truediv(cx: &mut Ctx, x: Num, y: Num) -> PyResult<Value> {
    if let (Num::I(a), Num::I(b)) = (x, y) {
        if b == 0 {
            return Err(cx.zero_division("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if a.abs() <= EXACT && b.abs() <= EXACT {
            return Ok(cx.new_float(a as f64 / b as f64));
        }
    }
    let (a, b) = (big(x), big(y));
    if b.is_zero() {
        return Err(cx.zero_division("division by zero"));
    }
    if a.is_zero() {
        let neg = b.is_negative();
        return Ok(cx.new_float(if neg { -0.0 } else { 0.0 }));
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the integer quotient has 55..56 bits, fold the remainder into a
    // sticky bit, convert exactly-rounded via u64, then rescale.
    let shift: i64 = 55 + b.bits() as i64 - a.bits() as i64;
    let (q, r) = if shift >= 0 { (&a << shift as usize).div_rem(&b) } else { a.div_rem(&(&b << (-shift) as usize)) };
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let f = ldexp(q as f64, -shift);
    if f.is_infinite() {
        return Err(cx.overflow_error("integer division result too large for a float"));
    }
    Ok(cx.new_float(if neg { -f } else { f }))
}

/// x * 2^e without intermediate overflow/underflow where avoidable.
pub fn ldexp(x: f64, e: i64) -> f64 {
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// Float arithmetic with CPython's errors.
pub fn float_binop(cx: &mut Ctx, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(cx.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(cx.zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(cx.zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(cx, a, b),
        _ => return Err(cx.type_error("unsupported operand type(s) for float")),
    };
    Ok(cx.new_float(r))
}

/// CPython's float divmod (b != 0): (floor quotient, modulo with b's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(cx: &mut Ctx, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(cx.new_float(1.0));
    }
    if a.is_nan() {
        return Ok(cx.new_float(if b == 0.0 { 1.0 } else { a }));
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(cx.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(cx.value_error("complex results are not supported"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(cx.erange_error());
    }
    Ok(cx.new_float(r))
}

/// Compare two numbers exactly (big int vs float included). None = unordered (NaN).
pub fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(&b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(&b),
        (Num::F(a), i) => int_float_cmp(i, a).map(|o| o.reverse()),
        (i, Num::F(b)) => int_float_cmp(i, b),
        (a, b) => Some(big(a).cmp(&big(b))),
    }
}

/// Exact comparison of an int with a float.
fn int_float_cmp(i: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Num::I(a) = i {
        if a.abs() < (1 << 53) {
            return (a as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 { fb } else { float_to_bigint(fl) };
    let a = big(i);
    match a.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Exact BigInt of an integral finite float.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

// ---------------------------------------------------------------- hashing

/// 2^61 - 1: CPython's numeric hash modulus.
pub const HASH_MOD: u64 = (1u64 << 61) - 1;

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let a = (i.unsigned_abs() % HASH_MOD) as i64;
    let h = if i < 0 { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MOD);
    let a = (b.abs() % m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 {
                314159
            } else {
                -314159
            }
        } else {
            0
        };
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MOD) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MOD {
            x -= HASH_MOD;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MOD) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// (m, e) with v = m * 2^e, 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Hash of any number value.
pub fn hash_num(n: Num) -> i64 {
    match n {
        Num::I(i) => hash_i64(i),
        Num::B(b) => hash_bigint(b),
        Num::F(f) => hash_f64(f),
    }
}
