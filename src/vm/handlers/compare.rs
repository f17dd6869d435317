//! Comparisons and fused compare+branch (`jn_<op>`: jump when the comparison
//! is false). Small ints compare as raw words; floats as f64; the rest through
//! `runtime::compare`.
use super::prelude::*;
use crate::compile::CmpOp;
use crate::vm::handlers::fused::TightHead;

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

/// Fast comparison for ints and floats; None = strs and the rest
/// ([`cmp_rest`], out of line, so the fast paths call nothing).
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
    None
}

#[inline(always)]
fn str_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Some(a == b || a.obj::<StrObj>().as_str() == b.obj::<StrObj>().as_str());
    }
    None
}

/// The comparison when [`fast_cmp`] gave up: str ==/!= inline, the rest
/// through the runtime; Err = raised.
#[inline(never)]
fn cmp_rest(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let Some(e) = str_eq(a, b) {
            return Ok(e == (op == CmpOp::Eq));
        }
    }
    slow_cmp(cx, op, a, b)
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

/// `a := b <op> c` past the fast path: strs (==, !=) stay here, the rest
/// goes to the runtime.
#[inline(never)]
unsafe fn value_rest(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, op: CmpOp) -> Next {
    let i = &*ip;
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let Some(e) = str_eq(reg(fp, i.b), reg(fp, i.c)) {
            set_reg(fp, i.a, Value::bool(e == (op == CmpOp::Eq)));
            return next(ip, fp);
        }
    }
    compare_slow(ip, fp, cx, op)
}

/// `jn_<op>` past the fast path.
#[inline(never)]
unsafe fn jn_rest(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, op: CmpOp) -> Next {
    let i = &*ip;
    match cmp_rest(cx, op, reg(fp, i.a), reg(fp, i.b)) {
        Ok(true) => next(ip, fp),
        Ok(false) => Next::new(target(ip), fp),
        Err(_) => throw(ip, cx),
    }
}

macro_rules! cmp_ops {
    ($($name:ident $jn:ident $op:ident $fast:ident $slow:ident $slow_h:ident $jn_slow:ident $jn_slow_h:ident;)*) => {$(
        /// Fast path (ints, floats): stores the bool and returns true; false
        /// = take `$slow` (shared with superinstructions, fused.rs).
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
        #[inline(never)]
        pub(crate) unsafe fn $slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
            value_rest(ip, fp, cx, CmpOp::$op)
        }
        #[inline(never)]
        unsafe fn $jn_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
            jn_rest(ip, fp, cx, CmpOp::$op)
        }
        cold_handler! {
            $slow_h = $slow;
            $jn_slow_h = $jn_slow;
        }
        flow_op!($name, |ip, fp, cx| {
            if $fast(ip, fp) {
                return Flow::Go(next(ip, fp));
            }
            Flow::Via(ip, super::$slow_h::h, super::$slow)
        });
        flow_op!($jn, |ip, fp, cx| {
            let i = &*ip;
            match fast_cmp(CmpOp::$op, reg(fp, i.a), reg(fp, i.b)) {
                Some(true) => Flow::Go(next(ip, fp)),
                Some(false) => Flow::Go(Next::new(target(ip), fp)),
                None => Flow::Via(ip, super::$jn_slow_h::h, super::$jn_slow),
            }
        });
    )*};
}

cmp_ops! {
    lt jn_lt Lt lt_fast lt_slow lt_slow_h jn_lt_slow jn_lt_slow_h;
    le jn_le Le le_fast le_slow le_slow_h jn_le_slow jn_le_slow_h;
    eq jn_eq Eq eq_fast eq_slow eq_slow_h jn_eq_slow jn_eq_slow_h;
    ne jn_ne Ne ne_fast ne_slow ne_slow_h jn_ne_slow jn_ne_slow_h;
    gt jn_gt Gt gt_fast gt_slow gt_slow_h jn_gt_slow jn_gt_slow_h;
    ge jn_ge Ge ge_fast ge_slow ge_slow_h jn_ge_slow jn_ge_slow_h;
}

/// A `jn_<cmp>` loop head run by a loop-tail superinstruction (fused.rs):
/// two small ints branch inline; anything else dispatches the head's own
/// handler.
#[inline(always)]
unsafe fn int_head(ip: *const Inst, fp: *mut Value, lt: bool) -> Next {
    int_head_by(ip, fp, |x, y| if lt { x < y } else { x > y })
}

/// [`int_head`] for any comparison `t` of the raw words (small ints order
/// and compare equal like their raw words).
#[inline(always)]
unsafe fn int_head_by(ip: *const Inst, fp: *mut Value, t: impl Fn(i64, i64) -> bool) -> Next {
    match int_test(ip, fp, t) {
        Some(true) => next(ip, fp),
        Some(false) => Next::new(target(ip), fp),
        None => Next::new(ip, fp),
    }
}

/// `t` of the operands of the `jn_<cmp>` at `ip` when both are small ints.
#[inline(always)]
unsafe fn int_test(ip: *const Inst, fp: *mut Value, t: impl Fn(i64, i64) -> bool) -> Option<bool> {
    let i = &*ip;
    let (a, b) = (reg(fp, i.a), reg(fp, i.b));
    if !Value::both_int(a, b) {
        return None;
    }
    Some(t(a.raw() as i64, b.raw() as i64))
}
#[inline(always)]
pub(crate) unsafe fn jn_lt_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head(ip, fp, true)
}
#[inline(always)]
pub(crate) unsafe fn jn_gt_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head(ip, fp, false)
}
#[inline(always)]
pub(crate) unsafe fn jn_le_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head_by(ip, fp, |x, y| x <= y)
}
#[inline(always)]
pub(crate) unsafe fn jn_ge_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head_by(ip, fp, |x, y| x >= y)
}
#[inline(always)]
pub(crate) unsafe fn jn_eq_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head_by(ip, fp, |x, y| x == y)
}
#[inline(always)]
pub(crate) unsafe fn jn_ne_head(ip: *const Inst, fp: *mut Value) -> Next {
    int_head_by(ip, fp, |x, y| x != y)
}

/// The `jn_lt` / `jn_gt` head of a fused.rs `tight` loop (`while i < n`):
/// its operands' register addresses are taken once on entry; two small ints
/// branch inline (the body again while the compare holds, the exit when
/// not), anything else dispatches the head's own handler.
pub(crate) struct JnTight<const LT: bool> {
    a: *const Value,
    b: *const Value,
}
pub(crate) type JnLtTight = JnTight<true>;
pub(crate) type JnGtTight = JnTight<false>;

impl<const LT: bool> TightHead for JnTight<LT> {
    #[inline(always)]
    unsafe fn enter(ip: *const Inst, _body: *const Inst, fp: *mut Value) -> Option<Self> {
        let i = &*ip;
        Some(JnTight { a: crate::vm::dispatch::reg_ptr(fp, i.a), b: crate::vm::dispatch::reg_ptr(fp, i.b) })
    }
    #[inline(always)]
    unsafe fn next(&mut self, ip: *const Inst, fp: *mut Value) -> Option<Next> {
        let (a, b) = (*self.a, *self.b);
        if !Value::both_int(a, b) {
            return Some(Next::new(ip, fp));
        }
        let (x, y) = (a.raw() as i64, b.raw() as i64);
        let holds = if LT { x < y } else { x > y };
        if holds {
            None
        } else {
            Some(Next::new(target(ip), fp))
        }
    }
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
