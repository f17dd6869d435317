//! Arithmetic: small-int and float fast paths inline, everything else through
//! `runtime::binary_op` / `inplace_op` / `unary_op` (out of line).
use super::prelude::*;
use crate::compile::{BinOp, UnOp};
use crate::vm::dispatch::{handler, Handler};
use crate::vm::handlers::arith;

const OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

#[inline(always)]
fn binop_of(d: u16) -> BinOp {
    OPS[d as usize % OPS.len()]
}

/// Generic binary op (operator in `d`).
#[cold]
#[inline(never)]
pub unsafe fn binary_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let (x, y) = (reg(fp, i.b), reg(fp, i.c));
    if x.is_kind(Kind::Instance) {
        return binary_instance(ip, fp, cx);
    }
    // Two exact strs (a subclass is an instance): `p + q` straight to the
    // one-allocation concatenation, not through runtime::binary_op's
    // dispatch on the operator and the operand kinds; the site becomes
    // `add_s` (`add_s_any` when `concat_short` would not take them).
    if binop_of(i.d) == BinOp::Add && both_str(x, y) {
        // A loop tail keeps its loop: `fused::add_s_loop_for` (P's), whose `+` is `add_s`'s.
        let short = both_short(x, y);
        if !(short && super::fused::str_tail(ip, true)) {
            let to = if short { handler!(arith::add_s) } else { handler!(arith::add_s_any) };
            quicken_str(ip, to, &["arith::add", "arith::add_f"], &["fused::add_", "fused::addf_"]);
        }
        return concat(ip, fp, cx);
    }
    let r = runtime::binary_op(cx, binop_of(i.d), reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

/// Two exact strs (a subclass is an instance).
#[inline(always)]
fn both_str(x: Value, y: Value) -> bool {
    x.is_kind(Kind::Str) && y.is_kind(Kind::Str)
}

/// `a := b + c` for two exact strs: one allocation (`Ctx::concat_str`).
#[inline(always)]
unsafe fn concat(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = cx.concat_str(reg(fp, i.b).obj::<StrObj>(), reg(fp, i.c).obj::<StrObj>());
    set_reg(fp, i.a, r);
    next(ip, fp)
}

/// A `+` / `+=` site at `ip` met two exact strs: it becomes `to` (`add_s` /
/// `inplace_add_s`) when its handler runs that op first, as its own handler
/// (`exact`) or as the first op of a superinstruction (a `prefix` of
/// fused.rs names): the instructions after it stay in place, so the plain
/// op continues there (quick.rs [`requicken`](super::quick::requicken)).
#[cold]
#[inline(never)]
unsafe fn quicken_str(ip: *const Inst, to: Handler, exact: &'static [&'static str], prefix: &'static [&'static str]) {
    super::quick::requicken(ip, &[(super::quick::From::Named { exact, prefix }, to)]);
}

flow_op!(
    /// `Binary Add` quickened after two exact strs (`binary_slow`): two
    /// short ASCII strs inline (`concat_short`), other strs out of line
    /// (`add_s_slow`); anything else goes back to `add` for good.
    add_s,
    |ip, fp, cx| {
        if concat_short(ip, fp, cx) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::add_s_slow::h, super::add_s_slow::body)
    }
);

flow_op!(
    /// `InPlace Add` quickened after two exact strs (`inplace_slow`; `+=` of
    /// strs is `+`).
    inplace_add_s,
    |ip, fp, cx| {
        if concat_short(ip, fp, cx) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::inplace_add_s_slow::h, super::inplace_add_s_slow::body)
    }
);

/// `a := b + c` when both are short ASCII strs (`Heap::concat_short`): true when done.
#[inline(always)]
unsafe fn concat_short(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> bool {
    let i = &*ip;
    match cx.heap.concat_short(cx.rt.types.str, reg(fp, i.b), reg(fp, i.c)) {
        Some(r) => {
            set_reg(fp, i.a, r);
            true
        }
        None => false,
    }
}

op!(
    /// `add_s` beyond `concat_short` (tail-jumped to: no call layer): two
    /// strs are concatenated (`concat`); anything else sends the site back
    /// to `add` (`deopt_str`). A site whose strs are not both short
    /// becomes `add_s_any` (`generalize_str`; a str loop tail goes back to
    /// its int-first form, whose `binary_slow` does that).
    add_s_slow,
    |ip, fp, cx| {
        let i = &*ip;
        let (x, y) = (reg(fp, i.b), reg(fp, i.c));
        if both_str(x, y) {
            if !both_short(x, y) {
                if (*ip).h as usize == super::add_s::h as Handler as usize {
                    generalize_str(ip, handler!(arith::add_s), handler!(arith::add_s_any));
                } else {
                    // `fused::add_s_loop_for` back to its int-first tail,
                    // whose `binary_slow` makes the `+` `add_s_any`.
                    crate::vm::handlers::fused::str_tail(ip, false);
                }
            }
            return concat(ip, fp, cx);
        }
        deopt_str(ip, fp, cx, handler!(arith::add_s), handler!(arith::add), binary_slow)
    }
);

op!(
    /// `inplace_add_s` beyond `concat_short` (as `add_s_slow`).
    inplace_add_s_slow,
    |ip, fp, cx| {
        let i = &*ip;
        let (x, y) = (reg(fp, i.b), reg(fp, i.c));
        if both_str(x, y) {
            if (*ip).h as usize == super::inplace_add_s::h as Handler as usize && !both_short(x, y) {
                generalize_str(ip, handler!(arith::inplace_add_s), handler!(arith::inplace_add_s_any));
            }
            return concat(ip, fp, cx);
        }
        deopt_str(ip, fp, cx, handler!(arith::inplace_add_s), handler!(arith::inplace_add), inplace_slow)
    }
);

op!(
    /// `add_s` at a site that met strs `concat_short` does not take (one of
    /// 8 bytes or more, not ASCII, ...: `add_s_slow`): two strs straight to
    /// `concat`, without `concat_short`'s guard and a jump to `add_s_slow`
    /// (an 8+8-byte concatenation cost 158 Ir/iter so, 137 here); anything
    /// else sends the site back to `add` (`deopt_str`).
    add_s_any,
    |ip, fp, cx| {
        let i = &*ip;
        if both_str(reg(fp, i.b), reg(fp, i.c)) {
            return concat(ip, fp, cx);
        }
        deopt_str(ip, fp, cx, handler!(arith::add_s_any), handler!(arith::add), binary_slow)
    }
);

op!(
    /// `inplace_add_s` at a site that met strs `concat_short` does not take (as `add_s_any`).
    inplace_add_s_any,
    |ip, fp, cx| {
        let i = &*ip;
        if both_str(reg(fp, i.b), reg(fp, i.c)) {
            return concat(ip, fp, cx);
        }
        deopt_str(ip, fp, cx, handler!(arith::inplace_add_s_any), handler!(arith::inplace_add), inplace_slow)
    }
);

/// Both strs (`both_str`) are short enough for `Heap::concat_short`: a miss
/// of theirs was an empty free list, not a reason to leave `add_s`.
#[inline(always)]
fn both_short(x: Value, y: Value) -> bool {
    // SAFETY: both are str objects (callers checked `both_str`): their first word is readable.
    let (hx, hy) = unsafe { (x.as_ptr::<u64>().read(), y.as_ptr::<u64>().read()) };
    StrObj::is_short_ascii(hx) && StrObj::is_short_ascii(hy)
}

/// An `add_s` / `inplace_add_s` site (`from`) met strs that `concat_short`
/// does not take: it becomes `to` (`add_s_any` / `inplace_add_s_any`) for good.
#[cold]
#[inline(never)]
unsafe fn generalize_str(ip: *const Inst, from: Handler, to: Handler) {
    super::quick::requicken(ip, &[(super::quick::From::Handler(from), to)]);
}

/// An `add_s` / `inplace_add_s` site (`from`) met something else than two
/// strs: back to the generic `to` (quick.rs `requicken`), and its slow path now.
#[cold]
#[inline(never)]
unsafe fn deopt_str(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, from: Handler, to: Handler, slow: super::SlowFn) -> Next {
    // `fused::add_s_loop_for` back to its int-first tail (P's).
    if !super::fused::str_tail(ip, false) {
        super::quick::requicken(ip, &[(super::quick::From::Handler(from), to)]);
    }
    slow(ip, fp, cx)
}

/// A user instance on the left: its `__op__` is entered as a Python frame
/// returning here when `calls::binop_dunder` can, else the generic path.
/// (Kept apart so that str/list/... operands pay one kind test, no call.)
#[cold]
#[inline(never)]
unsafe fn binary_instance(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    if let Some(n) = super::calls::binop_dunder(ip, fp, cx, binop_of(i.d)) {
        return n;
    }
    let r = runtime::binary_op(cx, binop_of(i.d), reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

#[cold]
#[inline(never)]
pub unsafe fn inplace_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let (x, y) = (reg(fp, i.b), reg(fp, i.c));
    if binop_of(i.d) == BinOp::Add && both_str(x, y) {
        quicken_str(
            ip,
            if both_short(x, y) { handler!(arith::inplace_add_s) } else { handler!(arith::inplace_add_s_any) },
            &["arith::inplace_add", "arith::inplace_add_f"],
            &["fused::inplace_add_", "fused::inplace_addf_"],
        );
        return concat(ip, fp, cx);
    }
    let r = runtime::inplace_op(cx, binop_of(i.d), reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

/// Both operands floats (self-tagged): the f64 values.
#[inline(always)]
fn both_float(a: Value, b: Value) -> Option<(f64, f64)> {
    if a.is_float() && b.is_float() {
        Some((a.as_float(), b.as_float()))
    } else {
        None
    }
}

/// A small int and a float (either order): both as f64, the int converted
/// as CPython's `int + float` does (`float(i)`, round to nearest).
#[inline(always)]
fn int_float(a: Value, b: Value) -> Option<(f64, f64)> {
    if a.is_int() && b.is_float() {
        Some((a.as_small() as f64, b.as_float()))
    } else if a.is_float() && b.is_int() {
        Some((a.as_float(), b.as_small() as f64))
    } else {
        None
    }
}

/// Store a float result in register `a` and continue; a result that does not
/// self-tag is boxed out of line (so the fast path saves no registers).
#[inline(always)]
unsafe fn float_result(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, f: f64) -> Next {
    match Value::try_float(f) {
        Some(v) => {
            set_reg(fp, (*ip).a, v);
            next(ip, fp)
        }
        None => boxed_float_result(ip, fp, cx, f),
    }
}

#[cold]
#[inline(never)]
unsafe fn boxed_float_result(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, f: f64) -> Next {
    let v = cx.new_float(f);
    set_reg(fp, (*ip).a, v);
    next(ip, fp)
}

macro_rules! arith_op {
    ($($name:ident $fast:ident / $fname:ident $ffast:ident $int:path, $flt:expr, $slow:ident / $slow_h:ident;)*) => {$(
        /// Fast path (small ints, self-tagged floats): stores the result in
        /// register `a` and returns true; false = nothing done, take `$slow`.
        /// Shared by the op and its superinstructions (fused.rs).
        #[inline(always)]
        pub(crate) unsafe fn $fast(ip: *const Inst, fp: *mut Value) -> bool {
            let i = &*ip;
            let a = reg(fp, i.b);
            let b = reg(fp, i.c);
            if Value::both_int(a, b) {
                if let Some(r) = $int(a, b) {
                    set_reg(fp, i.a, r);
                    return true;
                }
            } else if let Some((x, y)) = both_float(a, b).or_else(|| int_float(a, b)) {
                if let Some(v) = Value::try_float($flt(x, y)) {
                    set_reg(fp, i.a, v);
                    return true;
                }
            }
            false
        }
        /// `$fast` testing for two floats first (the float-first twin that
        /// `quicken_floats` installs when a hot loop computes on floats).
        #[inline(always)]
        pub(crate) unsafe fn $ffast(ip: *const Inst, fp: *mut Value) -> bool {
            let i = &*ip;
            let a = reg(fp, i.b);
            let b = reg(fp, i.c);
            if a.is_float() && b.is_float() {
                if let Some(v) = Value::try_float($flt(a.as_float(), b.as_float())) {
                    set_reg(fp, i.a, v);
                    return true;
                }
                return false;
            }
            $fast(ip, fp)
        }
        flow_op!($name, |ip, fp, cx| {
            if $fast(ip, fp) {
                return Flow::Go(next(ip, fp));
            }
            Flow::Via(ip, super::$slow_h::h, super::$slow)
        });
        flow_op!(
            /// Float-first twin (`quicken_floats`).
            $fname,
            |ip, fp, cx| {
                if $ffast(ip, fp) {
                    return Flow::Go(next(ip, fp));
                }
                Flow::Via(ip, super::$slow_h::h, super::$slow)
            }
        );
    )*};
}

cold_handler! {
    binary_slow_h = binary_slow;
    inplace_slow_h = inplace_slow;
}


arith_op! {
    add add_fast / add_f add_ffast Value::int_add, |x: f64, y: f64| x + y, binary_slow / binary_slow_h;
    sub sub_fast / sub_f sub_ffast Value::int_sub, |x: f64, y: f64| x - y, binary_slow / binary_slow_h;
    mul mul_fast / mul_f mul_ffast Value::int_mul, |x: f64, y: f64| x * y, binary_slow / binary_slow_h;
    inplace_add inplace_add_fast / inplace_add_f inplace_add_ffast Value::int_add, |x: f64, y: f64| x + y, inplace_slow / inplace_slow_h;
    inplace_sub inplace_sub_fast / inplace_sub_f inplace_sub_ffast Value::int_sub, |x: f64, y: f64| x - y, inplace_slow / inplace_slow_h;
}

flow_op!(truediv, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    let q = if let Some((x, y)) = both_float(a, b).or_else(|| int_float(a, b)) {
        if y != 0.0 {
            Some(x / y)
        } else {
            None
        }
    } else if Value::both_int(a, b) {
        let (x, y) = (a.as_small(), b.as_small());
        // Exact when both fit in 53 bits (CPython: correctly rounded quotient).
        if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            Some(x as f64 / y as f64)
        } else {
            None
        }
    } else {
        None
    };
    // A quotient that does not self-tag is recomputed and boxed by the runtime.
    if let Some(v) = q.and_then(Value::try_float) {
        set_reg(fp, i.a, v);
        return Flow::Go(next(ip, fp));
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

flow_op!(floordiv, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    if Value::both_int(a, b) {
        let (x, y) = (a.as_small(), b.as_small());
        if y != 0 {
            // No overflow: |x| < 2^61 (only -2^61 // -1 leaves the small range).
            let q = floor_div(x, y);
            if let Some(v) = Value::try_int(q) {
                set_reg(fp, i.a, v);
                return Flow::Go(next(ip, fp));
            }
        }
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

#[inline(always)]
fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

flow_op!(mod_, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    if Value::both_int(a, b) {
        let (x, y) = (a.as_small(), b.as_small());
        if y != 0 {
            let mut r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r += y;
            }
            set_reg(fp, i.a, Value::from_small(r));
            return Flow::Go(next(ip, fp));
        }
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

flow_op!(and, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    if Value::both_int(a, b) {
        // Tag bits 01 & 01 = 01.
        set_reg(fp, i.a, Value::from_raw(a.raw() & b.raw()));
        return Flow::Go(next(ip, fp));
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

flow_op!(or, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    if Value::both_int(a, b) {
        set_reg(fp, i.a, Value::from_raw(a.raw() | b.raw()));
        return Flow::Go(next(ip, fp));
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

flow_op!(xor, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    let b = reg(fp, i.c);
    if Value::both_int(a, b) {
        set_reg(fp, i.a, Value::from_raw((a.raw() ^ b.raw()) | 1));
        return Flow::Go(next(ip, fp));
    }
    Flow::Via(ip, super::binary_slow_h::h, super::binary_slow)
});

op!(binary, |ip, fp, cx| { binary_slow(ip, fp, cx) });
op!(inplace, |ip, fp, cx| { inplace_slow(ip, fp, cx) });

const UNOPS: [UnOp; 4] = [UnOp::Neg, UnOp::Pos, UnOp::Invert, UnOp::Not];

#[cold]
#[inline(never)]
unsafe fn unary_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = runtime::unary_op(cx, UNOPS[i.c as usize % 4], reg(fp, i.b));
    store_result(ip, fp, cx, r)
}

op!(neg, |ip, fp, cx| {
    let i = &*ip;
    let a = reg(fp, i.b);
    if a.is_int() {
        if let Some(v) = Value::try_int(-a.as_small()) {
            set_reg(fp, i.a, v);
            return next(ip, fp);
        }
    } else if a.is_float() {
        return float_result(ip, fp, cx, -a.as_float());
    }
    unary_slow(ip, fp, cx)
});

op!(not, |ip, fp, cx| {
    let i = &*ip;
    match crate::vm::handlers::control::truth(cx, reg(fp, i.b)) {
        Some(t) => {
            set_reg(fp, i.a, Value::bool(!t));
            next(ip, fp)
        }
        None => throw(ip, cx),
    }
});

op!(unary, |ip, fp, cx| { unary_slow(ip, fp, cx) });
