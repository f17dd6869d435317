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
    add_loop = arith::add + control::loop_;
    sub_loop = arith::sub + control::loop_;
    inplace_add_loop = arith::inplace_add + control::loop_;
    inplace_sub_loop = arith::inplace_sub + control::loop_;
    move_loop = locals::move_ + control::loop_;
    lg_lc = locals::load_global + locals::load_const;
    move_move = locals::move_ + locals::move_;
}
