//! Comparisons and fused compare+branch (`jn_<op>`: jump when the comparison
//! is false). Small ints compare as raw words; floats as f64; the rest through
//! `runtime::compare`.
use super::prelude::*;
use crate::compile::CmpOp;

const CMPS: [CmpOp; 10] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];

/// Fast comparison for ints, floats and (==/!=) strs; None = use the runtime.
#[inline(always)]
fn fast_cmp(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    if Value::both_int(a, b) {
        let (x, y) = (a.raw() as i64, b.raw() as i64);
        return Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            _ => x >= y,
        });
    }
    if a.is_float() && b.is_float() {
        let (x, y) = (a.as_float(), b.as_float());
        return Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            _ => x >= y,
        });
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return str_eq(a, b).map(|e| e == (op == CmpOp::Eq));
    }
    None
}

#[inline(always)]
fn str_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Some(a == b || a.obj::<StrObj>().as_str() == b.obj::<StrObj>().as_str());
    }
    None
}

/// Comparison through the runtime; Err = raised.
#[cold]
#[inline(never)]
fn slow_cmp(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let r = runtime::compare(cx, op, a, b)?;
    if r == Value::true_() {
        return Ok(true);
    }
    if r == Value::false_() {
        return Ok(false);
    }
    runtime::truthy(cx, r)
}

#[cold]
#[inline(never)]
unsafe fn compare_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, op: CmpOp) -> Next {
    let i = &*ip;
    let r = runtime::compare(cx, op, reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

macro_rules! cmp_ops {
    ($($name:ident $jn:ident $op:ident $fast:ident $slow:ident;)*) => {$(
        /// Fast path: stores the bool and returns true; false = take `$slow`
        /// (shared with superinstructions, fused.rs).
        #[inline(always)]
        pub(crate) unsafe fn $fast(ip: *const Inst, fp: *mut Value) -> bool {
            let i = &*ip;
            match fast_cmp(CmpOp::$op, reg(fp, i.b), reg(fp, i.c)) {
                Some(t) => {
                    set_reg(fp, i.a, Value::bool(t));
                    true
                }
                None => false,
            }
        }
        #[cold]
        #[inline(never)]
        pub(crate) unsafe fn $slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
            compare_slow(ip, fp, cx, CmpOp::$op)
        }
        op!($name, |ip, fp, cx| {
            if $fast(ip, fp) {
                return next(ip, fp);
            }
            $slow(ip, fp, cx)
        });
        op!($jn, |ip, fp, cx| {
            let i = &*ip;
            let (a, b) = (reg(fp, i.a), reg(fp, i.b));
            let t = match fast_cmp(CmpOp::$op, a, b) {
                Some(t) => t,
                None => match slow_cmp(cx, CmpOp::$op, a, b) {
                    Ok(t) => t,
                    Err(_) => return throw(ip, cx),
                },
            };
            if t { next(ip, fp) } else { Next::new(target(ip), fp) }
        });
    )*};
}

cmp_ops! {
    lt jn_lt Lt lt_fast lt_slow;
    le jn_le Le le_fast le_slow;
    eq jn_eq Eq eq_fast eq_slow;
    ne jn_ne Ne ne_fast ne_slow;
    gt jn_gt Gt gt_fast gt_slow;
    ge jn_ge Ge ge_fast ge_slow;
}

/// A `jn_<cmp>` loop head run by a loop-tail superinstruction (fused.rs):
/// two small ints branch inline; anything else dispatches the head's own
/// handler.
#[inline(always)]
unsafe fn int_head(ip: *const Inst, fp: *mut Value, lt: bool) -> Next {
    let i = &*ip;
    let (a, b) = (reg(fp, i.a), reg(fp, i.b));
    if !Value::both_int(a, b) {
        return Next::new(ip, fp);
    }
    let (x, y) = (a.raw() as i64, b.raw() as i64);
    let t = if lt { x < y } else { x > y };
    if t {
        next(ip, fp)
    } else {
        Next::new(target(ip), fp)
    }
}
#[inline(always)]
pub(crate) unsafe fn jn_lt_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head(ip, fp, true)
}
#[inline(always)]
pub(crate) unsafe fn jn_gt_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head(ip, fp, false)
}

op!(is, |ip, fp, cx| {
    let i = &*ip;
    set_reg(fp, i.a, Value::bool(reg(fp, i.b) == reg(fp, i.c)));
    next(ip, fp)
});

op!(is_not, |ip, fp, cx| {
    let i = &*ip;
    set_reg(fp, i.a, Value::bool(reg(fp, i.b) != reg(fp, i.c)));
    next(ip, fp)
});

op!(jn_is, |ip, fp, cx| {
    let i = &*ip;
    if reg(fp, i.a) == reg(fp, i.b) { next(ip, fp) } else { Next::new(target(ip), fp) }
});

op!(jn_is_not, |ip, fp, cx| {
    let i = &*ip;
    if reg(fp, i.a) != reg(fp, i.b) { next(ip, fp) } else { Next::new(target(ip), fp) }
});

// Generic compare (`in`, `not in`): operator in `d`.
op!(compare, |ip, fp, cx| { compare_slow(ip, fp, cx, CMPS[(*ip).d as usize % 10]) });

macro_rules! jn_contains {
    ($name:ident, $want:expr) => {
        op!($name, |ip, fp, cx| {
            let i = &*ip;
            match runtime::contains(cx, reg(fp, i.b), reg(fp, i.a)) {
                Ok(t) => if t == $want { next(ip, fp) } else { Next::new(target(ip), fp) },
                Err(_) => throw(ip, cx),
            }
        });
    };
}
jn_contains!(jn_in, true);
jn_contains!(jn_not_in, false);
