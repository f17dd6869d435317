//! The 64-bit tagged value word (DESIGN §3). Only this module touches raw bits.
//!
//! ```text
//! low bits | kind            | payload                                   | owns heap object
//! ---------+-----------------+-------------------------------------------+-----------------
//!   ..00   | pointer         | address of an `ObjHeader` (8-aligned,     | yes (GC-managed, or a
//!          |                 | never null for a live value)              | static immortal singleton)
//!   ..01   | small int       | i62: v = (i << 2) | 1                     | no
//!   ..10   | float           | self-tagged: v = rotl(bits, 4) + 3        | no
//!   ..11   | float           |  (wrapping add); decode rotr(v - 3, 4)    | no
//! ```
//!
//! Self-tagged floats (Melançon/Serrano/Feeley, Gambit's default variant): after
//! rotating left by 4 the top four bits of the double (sign + 3 high exponent
//! bits) sit in the low nibble `t`; adding 3 sets bit 1 exactly when
//! `t ∈ {0,3,4,7,8,11,12,15}`, i.e. ±0.0/subnormals/tiny (< 2^-767), magnitudes in
//! [2^-255, 2^257), and huge/inf/NaN (≥ 2^769). Doubles in the two bands
//! [2^-767, 2^-255) and [2^257, 2^769) (either sign) do not self-tag and are
//! stored as boxed `FloatObj`s (see `heap`), which callers reach through
//! `Value::float_or_box` / `runtime::float_value`.
//!
//! Invariants the fast paths rely on:
//! * `is_int(v)  <=> v & 3 == 1`; `is_float(v) <=> v & 2 != 0`; `is_ptr(v) <=> v & 3 == 0`.
//! * Two small ints compare (==, <, ...) as their raw `i64` words: no untagging.
//! * Int add: `a + (b - 1)` on the raw words gives the tagged sum; overflow of the
//!   i64 addition is exactly overflow of the 62-bit range.
//! * Value 0 (null pointer) is `Value::UNBOUND`: never a Python object; marks
//!   empty registers / unbound locals / "no value" in optional slots.

use static_assertions::assert_eq_size;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub(crate) u64);

assert_eq_size!(Value, u64);

/// Smallest / largest small int (62-bit signed).
pub const SMALL_INT_MIN: i64 = -(1i64 << 61);
pub const SMALL_INT_MAX: i64 = (1i64 << 61) - 1;

impl Value {
    /// The "no value" word (null pointer). Never visible to Python code.
    pub const UNBOUND: Value = Value(0);

    #[inline(always)]
    pub const fn raw(self) -> u64 {
        self.0
    }
    #[inline(always)]
    pub const fn from_raw(bits: u64) -> Value {
        Value(bits)
    }

    // ---- kind predicates ----
    #[inline(always)]
    pub const fn is_int(self) -> bool {
        self.0 & 3 == 1
    }
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.0 & 2 != 0
    }
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0 & 3 == 0
    }
    #[inline(always)]
    pub const fn is_unbound(self) -> bool {
        self.0 == 0
    }
    /// Both operands small ints: one test on the OR of the words minus 1
    /// (tag 01 becomes 00, every other tag stays nonzero; `b - 1` is also the
    /// addend of [`Value::int_add`], so the two share it).
    #[inline(always)]
    pub const fn both_int(a: Value, b: Value) -> bool {
        (a.0.wrapping_sub(1) | b.0.wrapping_sub(1)) & 3 == 0
    }

    // ---- small ints ----
    #[inline(always)]
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
    }
    /// Caller guarantees `fits_small(i)`.
    #[inline(always)]
    pub const fn from_small(i: i64) -> Value {
        Value(((i << 2) | 1) as u64)
    }
    /// Some(value) when `i` fits in 62 bits (else the caller boxes a big int).
    #[inline(always)]
    pub const fn try_int(i: i64) -> Option<Value> {
        if Self::fits_small(i) {
            Some(Self::from_small(i))
        } else {
            None
        }
    }
    /// Caller guarantees `is_int()`.
    #[inline(always)]
    pub const fn as_small(self) -> i64 {
        (self.0 as i64) >> 2
    }
    #[inline(always)]
    pub fn small(self) -> Option<i64> {
        if self.is_int() {
            Some(self.as_small())
        } else {
            None
        }
    }

    /// Tagged add of two small ints; None on 62-bit overflow.
    #[inline(always)]
    pub fn int_add(a: Value, b: Value) -> Option<Value> {
        match (a.0 as i64).checked_add((b.0 as i64) - 1) {
            Some(r) => Some(Value(r as u64)),
            None => None,
        }
    }
    /// Tagged subtract of two small ints; None on overflow.
    #[inline(always)]
    pub fn int_sub(a: Value, b: Value) -> Option<Value> {
        match (a.0 as i64).checked_sub((b.0 as i64) - 1) {
            Some(r) => Some(Value(r as u64)),
            None => None,
        }
    }
    /// Multiply of two small ints; None on overflow.
    #[inline(always)]
    pub fn int_mul(a: Value, b: Value) -> Option<Value> {
        // (a-1) = 4x; (b>>2) = y  =>  4xy, +1 re-tags.
        match ((a.0 as i64) - 1).checked_mul((b.0 as i64) >> 2) {
            Some(r) => Some(Value((r | 1) as u64)),
            None => None,
        }
    }
    /// Order two small ints without untagging.
    #[inline(always)]
    pub const fn int_lt(a: Value, b: Value) -> bool {
        (a.0 as i64) < (b.0 as i64)
    }

    // ---- floats ----
    /// Self-tag a double if its exponent lands on a float tag.
    #[inline(always)]
    pub const fn try_float(f: f64) -> Option<Value> {
        let v = f.to_bits().rotate_left(4).wrapping_add(3);
        if v & 2 != 0 {
            Some(Value(v))
        } else {
            None
        }
    }
    /// Caller guarantees `is_float()`.
    #[inline(always)]
    pub const fn as_float(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(3).rotate_right(4))
    }

    // ---- pointers ----
    /// Caller guarantees `p` is 8-aligned and non-null.
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        debug_assert!(!p.is_null() && (p as usize) & 7 == 0);
        Value(p as u64)
    }
    /// Caller guarantees `is_ptr()`; returns the object address.
    #[inline(always)]
    pub const fn as_ptr<T>(self) -> *mut T {
        self.0 as usize as *mut T
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_int() {
            write!(f, "Int({})", self.as_small())
        } else if self.is_float() {
            write!(f, "Float({:?})", self.as_float())
        } else if self.is_unbound() {
            write!(f, "Unbound")
        } else {
            write!(f, "Ptr({:#x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64* — deterministic PRNG for the property tests.
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed >> 12;
        *seed ^= *seed << 25;
        *seed ^= *seed >> 27;
        seed.wrapping_mul(0x2545F4914F6CDD1D)
    }

    fn band_is_boxed(f: f64) -> bool {
        let a = f.abs();
        (a >= 2f64.powi(-767) && a < 2f64.powi(-255)) || (a >= 2f64.powi(257) && a < 2f64.powi(769))
    }

    fn check_float(f: f64) {
        match Value::try_float(f) {
            Some(v) => {
                assert!(v.is_float() && !v.is_int() && !v.is_ptr(), "{f:e}");
                assert_eq!(v.as_float().to_bits(), f.to_bits(), "round trip {f:e}");
                assert!(!band_is_boxed(f), "{f:e} should be boxed");
            }
            None => assert!(band_is_boxed(f), "{f:e} should self-tag"),
        }
    }

    #[test]
    fn float_edges() {
        let edges = [
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1.0,
            -1.0,
            0.1,
            1.5,
            1e300,
            -1e300,
            1e-300,
            1e100,
            1e-100,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001), // signalling NaN payload
            f64::from_bits(0x7fff_ffff_ffff_ffff),
            2f64.powi(257),
            2f64.powi(-255),
            2f64.powi(-767),
            2f64.powi(769),
            2f64.powi(257) * (1.0 - f64::EPSILON),
        ];
        for &f in &edges {
            check_float(f);
        }
    }

    #[test]
    fn float_random_bits() {
        let mut s = 0x1234_5678_9abc_def1u64;
        for _ in 0..200_000 {
            check_float(f64::from_bits(rng(&mut s)));
        }
    }

    #[test]
    fn int_round_trip_and_arith() {
        let mut s = 42u64;
        let edges = [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, SMALL_INT_MAX - 1, SMALL_INT_MIN + 1, 1 << 40, -(1 << 40)];
        let mut vals: Vec<i64> = edges.to_vec();
        for _ in 0..100_000 {
            let r = rng(&mut s) as i64;
            vals.push(r >> (rng(&mut s) % 64));
        }
        for w in vals.windows(2) {
            let (x, y) = (w[0], w[1]);
            for &i in &[x, y] {
                match Value::try_int(i) {
                    Some(v) => {
                        assert!(v.is_int() && !v.is_float() && !v.is_ptr());
                        assert_eq!(v.as_small(), i);
                    }
                    None => assert!(!(SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)),
                }
            }
            if let (Some(a), Some(b)) = (Value::try_int(x), Value::try_int(y)) {
                assert!(Value::both_int(a, b));
                let want = |r: Option<i64>| r.and_then(Value::try_int).map(|v| v.as_small());
                assert_eq!(Value::int_add(a, b).map(|v| v.as_small()), want(x.checked_add(y)));
                assert_eq!(Value::int_sub(a, b).map(|v| v.as_small()), want(x.checked_sub(y)));
                assert_eq!(Value::int_mul(a, b).map(|v| v.as_small()), want(x.checked_mul(y)));
                assert_eq!(Value::int_lt(a, b), x < y);
            }
        }
    }

    #[test]
    fn kinds_disjoint() {
        let p = Box::into_raw(Box::new(0u64));
        let v = Value::from_ptr(p);
        assert!(v.is_ptr() && !v.is_int() && !v.is_float());
        assert!(!Value::both_int(v, Value::from_small(1)));
        assert!(!Value::both_int(Value::try_float(1.0).unwrap(), Value::from_small(1)));
        assert!(Value::UNBOUND.is_ptr() && Value::UNBOUND.is_unbound());
        unsafe { drop(Box::from_raw(p)) };
    }
}
