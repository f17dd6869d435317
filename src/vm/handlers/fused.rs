//! Superinstructions: an instruction whose successor is a known op runs both
//! bodies in one dispatch. `fuse!(name, first, second)` runs `first`'s body;
//! if it continues to the next instruction (its fast path always does), it
//! runs `second`'s body on that instruction. The second instruction stays in
//! place unchanged, so jumps landing on it and errors raised by it (reported
//! at its own ip) behave exactly as without fusion. Chosen at link time from
//! the op pair (see `link::fused_handler`); pairs come from `--stats` counts.
use super::prelude::*;

macro_rules! fuse {
    ($($name:ident = $a:ident :: $x:ident + $b:ident :: $y:ident;)*) => {$(
        op!($name, |ip, fp, cx| {
            let n = super::super::$a::$x::body(ip, fp, cx);
            if n.ip == ip.add(1) && n.fp == fp {
                super::super::$b::$y::body(ip.add(1), fp, cx)
            } else {
                n
            }
        });
    )*};
}

/// `first` given as its fast path (`$fast(ip, fp) -> bool`, in the first op's
/// file) and slow path: when the fast path fails, the slow path runs and the
/// second instruction is dispatched normally (nothing live across the call).
macro_rules! fuse_fast {
    ($($name:ident = $a:ident :: $fast:ident / $slow:ident + $b:ident :: $y:ident;)*) => {$(
        op!($name, |ip, fp, cx| {
            if super::super::$a::$fast(ip, fp) {
                super::super::$b::$y::body(ip.add(1), fp, cx)
            } else {
                super::super::$a::$slow(ip, fp, cx)
            }
        });
    )*};
}

/// Loop tails: `first` (fast path), the back-edge `control::loop_` after it,
/// and the loop head (`for_iter` / a `jn_<cmp>`) the back-edge jumps to, in
/// one dispatch. The head runs only when `loop_` went to its own target in
/// the same frame (not the JIT, not an exception).
macro_rules! fuse_tail {
    ($($name:ident = $a:ident :: $fast:ident / $slow:ident + $c:ident :: $z:ident;)*) => {$(
        op!($name, |ip, fp, cx| {
            if !super::super::$a::$fast(ip, fp) {
                return super::super::$a::$slow(ip, fp, cx);
            }
            let l = ip.add(1);
            let head = target(l);
            let n = super::super::control::loop_::body(l, fp, cx);
            if n.ip == head && n.fp == fp {
                super::super::$c::$z::body(n.ip, fp, cx)
            } else {
                n
            }
        });
    )*};
}

fuse_fast! {
    add_loop = arith::add_fast / binary_slow + control::loop_;
    sub_loop = arith::sub_fast / binary_slow + control::loop_;
    inplace_add_loop = arith::inplace_add_fast / inplace_slow + control::loop_;
    inplace_sub_loop = arith::inplace_sub_fast / inplace_slow + control::loop_;
    move_loop = locals::move_fast / move_slow + control::loop_;
    move_move = locals::move_fast / move_slow + locals::move_;
    // Arithmetic chains (`x * y + z`, `a - b - c`, ...), from --stats pairs
    // of mandelbrot / nbody / spectral_norm / nqueens / fib_iter.
    mul_add = arith::mul_fast / binary_slow + arith::add;
    mul_sub = arith::mul_fast / binary_slow + arith::sub;
    mul_mul = arith::mul_fast / binary_slow + arith::mul;
    mul_inplace_add = arith::mul_fast / binary_slow + arith::inplace_add;
    mul_inplace_sub = arith::mul_fast / binary_slow + arith::inplace_sub;
    add_add = arith::add_fast / binary_slow + arith::add;
    add_sub = arith::add_fast / binary_slow + arith::sub;
    add_mul = arith::add_fast / binary_slow + arith::mul;
    add_move_move = arith::add_fast / binary_slow + fused::move_move;
    sub_sub = arith::sub_fast / binary_slow + arith::sub;
    sub_add = arith::sub_fast / binary_slow + arith::add;
    sub_mul = arith::sub_fast / binary_slow + arith::mul;
    eq_jt = compare::eq_fast / eq_slow + control::jump_if_true;
    eq_jf = compare::eq_fast / eq_slow + control::jump_if_false;
    ne_jt = compare::ne_fast / ne_slow + control::jump_if_true;
    lt_jt = compare::lt_fast / lt_slow + control::jump_if_true;
    gt_jt = compare::gt_fast / gt_slow + control::jump_if_true;
}

fuse_tail! {
    add_loop_for = arith::add_fast / binary_slow + iter::for_range;
    sub_loop_for = arith::sub_fast / binary_slow + iter::for_range;
    inplace_add_loop_for = arith::inplace_add_fast / inplace_slow + iter::for_range;
    inplace_sub_loop_for = arith::inplace_sub_fast / inplace_slow + iter::for_range;
    move_loop_for = locals::move_fast / move_slow + iter::for_range;
    add_loop_jn_lt = arith::add_fast / binary_slow + compare::jn_lt;
    inplace_add_loop_jn_lt = arith::inplace_add_fast / inplace_slow + compare::jn_lt;
    sub_loop_jn_gt = arith::sub_fast / binary_slow + compare::jn_gt;
    inplace_sub_loop_jn_gt = arith::inplace_sub_fast / inplace_slow + compare::jn_gt;
}

fuse! {
    lc_add = locals::load_const + arith::add;
    lc_sub = locals::load_const + arith::sub;
    lc_mul = locals::load_const + arith::mul;
    lc_mod = locals::load_const + arith::mod_;
    lc_floordiv = locals::load_const + arith::floordiv;
    lc_truediv = locals::load_const + arith::truediv;
    lc_inplace_add = locals::load_const + arith::inplace_add;
    lc_inplace_sub = locals::load_const + arith::inplace_sub;
    lc_jn_lt = locals::load_const + compare::jn_lt;
    lc_jn_le = locals::load_const + compare::jn_le;
    lc_jn_gt = locals::load_const + compare::jn_gt;
    lc_jn_ge = locals::load_const + compare::jn_ge;
    lc_jn_eq = locals::load_const + compare::jn_eq;
    lc_jn_ne = locals::load_const + compare::jn_ne;
    lc_lt = locals::load_const + compare::lt;
    lc_eq = locals::load_const + compare::eq;
    lc_ne = locals::load_const + compare::ne;
    lc_get_item = locals::load_const + attrs::get_item;
    lg_lc = locals::load_global + locals::load_const;
}
