//! int / bigint / float / bool arithmetic with CPython semantics and messages.
use super::*;
use crate::compile::BinOp;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
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

/// The number tower position of `v` (or of a subclass instance's payload):
/// 1 int/bool, 2 float, 3 complex, None for a non-number. A builtin number's
/// operator slot accepts operands up to its own rank (CPython's int slots
/// return NotImplemented for a float, float's for a complex).
pub fn num_rank(v: Value) -> Option<u8> {
    let p = unwrap_payload(v);
    match num_of(p) {
        Some(Num::F(_)) => Some(2),
        Some(_) => Some(1),
        None => crate::heap::complex::complex_of(p).map(|_| 3),
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
pub fn small_binop(cx: &mut Ctx, op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
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

/// A borrowed big-int view of an int operand: big ints are never copied for an
/// operation (`a + b` on 1000-digit ints used to clone both before adding).
enum BigArg {
    Own(BigInt),
    Ref(&'static BigInt),
}

impl BigArg {
    fn of(n: Num) -> BigArg {
        match n {
            Num::I(i) => BigArg::Own(BigInt::from(i)),
            Num::B(b) => BigArg::Ref(b),
            Num::F(_) => unreachable!("big() of float"),
        }
    }
    fn get(&self) -> &BigInt {
        match self {
            BigArg::Own(b) => b,
            BigArg::Ref(b) => b,
        }
    }
}

#[cold]
fn big_binop(cx: &mut Ctx, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    let (ba, bb) = (BigArg::of(x), BigArg::of(y));
    let (a, b) = (ba.get(), bb.get());
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(cx.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(cx.zero_division("integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        BinOp::TrueDiv => return int_truediv(cx, x, y),
        BinOp::Pow => {
            if b.is_negative() {
                let fa = big_to_f64(cx, a)?;
                let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                return int_neg_pow(cx, fa, fb);
            }
            match b.to_u32() {
                Some(e) => a.pow(e),
                None => {
                    if a.is_zero() || a.is_one() {
                        a.clone()
                    } else if *a == BigInt::from(-1) {
                        if b.is_even() {
                            BigInt::from(1)
                        } else {
                            a.clone()
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
                BigInt::zero()
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
                // Floor semantics for negatives (num-bigint's >> rounds toward -inf already).
                Some(s) => a >> s,
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
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        // A negative base to a fractional power is complex (CPython's float_pow).
        return crate::builtins::complex::float_pow(cx, a, b);
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
        (a, b) => Some(BigArg::of(a).get().cmp(BigArg::of(b).get())),
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

/// `base ** e % m` for an odd modulus of at most four 64-bit digits, by Montgomery
/// multiplication on fixed arrays (num-bigint's general `modpow` allocates for every
/// product: ~50k instructions for `pow(2, 10**7, 2**127 - 1)`, this ~3k).
/// None when the modulus does not qualify. `base` is already reduced into [0, m).
pub fn modpow_small(base: &BigInt, e: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_bigint::{BigUint, Sign};
    const MAX: usize = 4;
    let (Sign::Plus, md) = m.to_u64_digits() else { return None };
    let n = md.len();
    if n > MAX || md[0] & 1 == 0 || base.is_negative() || e.is_negative() {
        return None;
    }
    let mut mm = [0u64; MAX];
    mm[..n].copy_from_slice(&md);
    // -m^-1 mod 2^64 by Newton's iteration (each step doubles the correct bits).
    let mut inv: u64 = 1;
    for _ in 0..6 {
        inv = inv.wrapping_mul(2u64.wrapping_sub(mm[0].wrapping_mul(inv)));
    }
    let minv = inv.wrapping_neg();
    let um = m.magnitude();
    let to_mont = |x: &BigUint| -> [u64; MAX] {
        let r = (x << (64 * n)) % um;
        let mut a = [0u64; MAX];
        for (d, v) in a.iter_mut().zip(r.iter_u64_digits()) {
            *d = v;
        }
        a
    };
    let b = to_mont(base.magnitude());
    let mut x = to_mont(&BigUint::one());
    let mont_mul = |a: &[u64; MAX], b: &[u64; MAX]| -> [u64; MAX] { mont_mul(a, b, &mm, minv, n) };
    let mut top = true;
    for d in e.magnitude().iter_u64_digits().rev() {
        let start = if top { 64 - d.leading_zeros() } else { 64 };
        top = false;
        for bit in (0..start).rev() {
            x = mont_mul(&x, &x);
            if d >> bit & 1 == 1 {
                x = mont_mul(&x, &b);
            }
        }
    }
    let mut one = [0u64; MAX];
    one[0] = 1;
    let r = mont_mul(&x, &one);
    Some(BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&u64s_to_u32s(&r[..n]))))
}

/// Montgomery product a*b/R mod m (CIOS, n digits; a, b < m).
#[inline]
fn mont_mul(a: &[u64; 4], b: &[u64; 4], m: &[u64; 4], minv: u64, n: usize) -> [u64; 4] {
    let mut t = [0u64; 6];
    for i in 0..n {
        let mut c = 0u128;
        for j in 0..n {
            let s = t[j] as u128 + a[i] as u128 * b[j] as u128 + c;
            t[j] = s as u64;
            c = s >> 64;
        }
        let s = t[n] as u128 + c;
        t[n] = s as u64;
        t[n + 1] = (s >> 64) as u64;
        let q = t[0].wrapping_mul(minv);
        let mut c = (t[0] as u128 + q as u128 * m[0] as u128) >> 64;
        for j in 1..n {
            let s = t[j] as u128 + q as u128 * m[j] as u128 + c;
            t[j - 1] = s as u64;
            c = s >> 64;
        }
        let s = t[n] as u128 + c;
        t[n - 1] = s as u64;
        t[n] = t[n + 1] + (s >> 64) as u64;
        t[n + 1] = 0;
    }
    // t < 2m: one conditional subtraction.
    let ge = t[n] != 0 || (0..n).rev().find(|&j| t[j] != m[j]).is_none_or(|j| t[j] > m[j]);
    let mut r = [0u64; 4];
    if ge {
        let mut borrow = 0u64;
        for j in 0..n {
            let (d, b1) = t[j].overflowing_sub(m[j]);
            let (d, b2) = d.overflowing_sub(borrow);
            r[j] = d;
            borrow = (b1 | b2) as u64;
        }
    } else {
        r[..n].copy_from_slice(&t[..n]);
    }
    r
}

fn u64s_to_u32s(d: &[u64]) -> Vec<u32> {
    d.iter().flat_map(|&x| [x as u32, (x >> 32) as u32]).collect()
}
