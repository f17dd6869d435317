//! Superinstructions: an instruction whose successor is a known op runs both
//! bodies in one dispatch. `fuse!(name, first, second)` runs `first`'s body;
//! if it continues to the next instruction (its fast path always does), it
//! runs `second`'s body on that instruction. The second instruction stays in
//! place unchanged, so jumps landing on it and errors raised by it (reported
//! at its own ip) behave exactly as without fusion. Chosen at link time from
//! the op pair (see `link::fused_handler`); pairs come from `--stats` counts.
use super::prelude::*;

macro_rules! fuse_op {
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

/// `fuse_op!` for a second op written with `flow_op!`: its slow paths stay
/// tail jumps (the first op must call nothing: `load_const`).
macro_rules! fuse {
    ($($name:ident = $a:ident :: $x:ident + $b:ident :: $y:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            let n = super::super::$a::$x::body(ip, fp, cx);
            if n.ip == ip.add(1) && n.fp == fp {
                super::super::$b::$y::flow(ip.add(1), fp, cx)
            } else {
                Flow::Go(n)
            }
        });
    )*};
}

/// `first` given as its fast path (`$fast(ip, fp) -> bool`, in the first op's
/// file) and slow path: when the fast path fails, the tail jump to the
/// unfused first op's handler `$unf` runs the slow path and dispatches the
/// second instruction normally. `fuse_fast!` takes a second op written with
/// `flow_op!` (its slow paths are tail jumps too), `fuse_fast_op!` one
/// written with `op!`.
macro_rules! fuse_fast {
    ($($name:ident = $a:ident :: $fast:ident / $slow:ident @ $unf:ident + $b:ident :: $y:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            if super::super::$a::$fast(ip, fp) {
                super::super::$b::$y::flow(ip.add(1), fp, cx)
            } else {
                Flow::Via(ip, super::super::$a::$unf::h, super::super::$a::$slow)
            }
        });
    )*};
}

macro_rules! fuse_fast_op {
    ($($name:ident = $a:ident :: $fast:ident / $slow:ident @ $unf:ident + $b:ident :: $y:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            if super::super::$a::$fast(ip, fp) {
                Flow::Go(super::super::$b::$y::body(ip.add(1), fp, cx))
            } else {
                Flow::Via(ip, super::super::$a::$unf::h, super::super::$a::$slow)
            }
        });
    )*};
}

/// Loop tails: `first` (fast path), the back-edge `control::loop_` after it,
/// and (`fuse_tail!`) the fast path of the loop head (`for_iter` / a
/// `jn_<cmp>`) the back-edge jumps to, in one dispatch. Every slow path is a
/// tail jump (`Flow::Via`: the unfused first op's handler, the back-edge's
/// cold handlers) or a normal dispatch (the head's own handler), so the fast
/// path saves no registers.
macro_rules! fuse_loop {
    ($($name:ident = $a:ident :: $fast:ident / $slow:ident @ $unf:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            if !super::super::$a::$fast(ip, fp) {
                return Flow::Via(ip, super::super::$a::$unf::h, super::super::$a::$slow);
            }
            let l = ip.add(1);
            match super::super::control::back_edge(l, cx) {
                super::super::control::Edge::On => Flow::Go(Next::new(target(l), fp)),
                e => e.slow(l),
            }
        });
    )*};
}

/// The loop head of a `tight` loop tail (`iter::RangeTight`,
/// `compare::JnLtTight`, ...), run inside the tail's own handler `body` (the
/// back-edge's target is `head`). `fits`: the tail gets its `tight` form
/// (linked code: fixed for good). `enter` (on every entry to the handler)
/// reads what stays the same across the iterations once (register
/// addresses, a range's stop and step), or gives `None` when the head's fast
/// form does not apply (e.g. the `for` now runs over a list). `next` runs the
/// head after the body: `None` when the loop goes on at `body`, else the
/// `Next` that leaves it (the loop's exit, another instruction of the body,
/// or the head's own handler for a case its fast form does not take).
/// `leave` runs whenever the loop is left (before any slow path): it stores
/// back what `next` kept in machine registers only.
pub(crate) trait TightHead: Sized {
    /// By default: the body is the one instruction after the head.
    #[inline(always)]
    unsafe fn fits(head: *const Inst, body: *const Inst) -> bool {
        head == body.wrapping_sub(1)
    }
    unsafe fn enter(head: *const Inst, body: *const Inst, fp: *mut Value) -> Option<Self>;
    unsafe fn next(&mut self, head: *const Inst, fp: *mut Value) -> Option<Next>;
    #[inline(always)]
    unsafe fn leave(&self) {}
}

/// `flow_op!` for the `tight` loop tails: `$body` (the loop body before its
/// back-edge, which is `$k` instructions on) returns `None` when the loop
/// goes on to the back-edge and the head `$head` (the back-edge's target, a
/// [`TightHead`]), else the `Flow` that leaves it;
/// `$miss` is what runs when the head's `enter` finds its fast form does not
/// apply. The threaded handler runs the iterations itself (a jump back to its
/// own top: no load of the instruction's handler, no indirect jump; what
/// stays the same across iterations, such as the `Ctx` fields and the
/// head's state, is loaded once). The instruction is not rewritten
/// meanwhile: fast paths never write instructions, and whatever leaves the
/// loop (a slow path, a deopt) runs after it. The threaded handler runs
/// the back-edge's safepoint test every second iteration (a tight body does
/// not allocate; a signal waits one iteration longer). `body` and `step` run
/// one iteration.
macro_rules! loop_op {
    ($(#[$m:meta])* $name:ident @ $k:literal : $head:ty, |$ip:ident, $ops:ident, $fp:ident, $cx:ident| $body:block else $miss:block) => {
        $(#[$m])*
        #[allow(non_snake_case, unused_unsafe, unused_variables, clippy::missing_safety_doc)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            use crate::vm::handlers::fused::TightHead;

            /// The loop body; `$ops`: its `$k` instructions or a copy of
            /// them (read by the `ops` fast paths: `tail_first!`).
            #[inline(always)]
            pub(crate) unsafe fn run($ip: *const Inst, $ops: *const Inst, $fp: *mut Value, $cx: &mut Ctx) -> Option<Flow> $body

            /// The loop body and the back-edge's safepoint test.
            #[inline(always)]
            pub(crate) unsafe fn flow(ip: *const Inst, ops: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Option<Flow> {
                if let Some(f) = run(ip, ops, fp, cx) {
                    return Some(f);
                }
                crate::vm::handlers::control::back_edge_nc(ip.add($k), cx)
            }

            /// The head's fast form does not apply (checked on entry).
            #[inline(always)]
            pub(crate) unsafe fn miss($ip: *const Inst, $fp: *mut Value, $cx: &mut Ctx) -> Flow $miss

            /// One iteration as a `Next` (slow paths called).
            #[inline(always)]
            pub(crate) unsafe fn body(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
                let head = target(ip.add($k));
                let f = match <$head as TightHead>::enter(head, ip, fp) {
                    None => miss(ip, fp, cx),
                    Some(mut hd) => {
                        let f = match flow(ip, ip, fp, cx) {
                            None => Flow::Go(hd.next(head, fp).unwrap_or(Next::new(ip, fp))),
                            Some(f) => f,
                        };
                        hd.leave();
                        f
                    }
                };
                match f {
                    Flow::Go(n) => n,
                    Flow::Via(at, _, slow) => slow(at, fp, cx),
                }
            }

            /// Threaded handler: iterates until the body or the head leaves the loop.
            #[inline(never)]
            pub unsafe fn h(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> crate::vm::dispatch::Exit {
                let head = target(ip.add($k));
                let f = match <$head as TightHead>::enter(head, ip, fp) {
                    None => miss(ip, fp, cx),
                    Some(mut hd) => {
                        // The body's operands, read once: a store through
                        // `fp` may alias the instructions as far as the
                        // compiler knows (fast paths never write them).
                        let copy = std::ptr::read(ip as *const [Inst; $k]);
                        let ops = copy.as_ptr();
                        let f = loop {
                            if let Some(f) = flow(ip, ops, fp, cx) {
                                break f;
                            }
                            if let Some(n) = hd.next(head, fp) {
                                break Flow::Go(n);
                            }
                            if let Some(f) = run(ip, ops, fp, cx) {
                                break f;
                            }
                            if let Some(n) = hd.next(head, fp) {
                                break Flow::Go(n);
                            }
                        };
                        hd.leave();
                        f
                    }
                };
                match f {
                    Flow::Go(n) => crate::vm::dispatch::tail!(n, cx),
                    Flow::Via(at, h, _) => return h(at, fp, cx),
                }
            }

            /// Step form (JIT, debugging): one iteration.
            #[inline(never)]
            pub unsafe extern "C" fn step(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> *const Inst {
                let n = body(ip, fp, cx);
                cx.vm.step_fp = n.fp;
                n.ip
            }
        }
    };
}

/// The first op of a loop tail (`fuse_tail!`); returns from the handler
/// unless it continues to the back-edge at `ip + 1`. `fast`: a fast-path
/// test with the unfused handler's slow path as a tail jump; `flow`: a
/// `flow_op!` (its slow paths stay tail jumps); `body`: an `op!` body.
/// `$w` wraps the `Flow` returned (`Some` in a [`loop_op!`] body).
macro_rules! tail_first {
    // In a `loop_op!` body: an `ops` fast path reads the operands from
    // `$ops` (a copy of the instruction in the threaded handler).
    ($w:path; $ip:ident / $ops:ident, $fp:ident, $cx:ident, ops $a:ident :: $fast:ident / $slow:ident @ $unf:ident) => {
        if !crate::vm::handlers::$a::$fast($ops, $fp) {
            return $w(Flow::Via($ip, crate::vm::handlers::$a::$unf::h, crate::vm::handlers::$a::$slow));
        }
    };
    ($w:path; $ip:ident / $ops:ident, $fp:ident, $cx:ident, $($first:tt)*) => {
        tail_first!($w; $ip, $fp, $cx, $($first)*)
    };
    // `ops`: a `fast` path that reads only its instruction's operand fields
    // (no inline cache, no aux slot), so a copy of the instruction will do.
    ($w:path; $ip:ident, $fp:ident, $cx:ident, ops $($fast:tt)*) => {
        tail_first!($w; $ip, $fp, $cx, fast $($fast)*)
    };
    ($w:path; $ip:ident, $fp:ident, $cx:ident, fast $a:ident :: $fast:ident / $slow:ident @ $unf:ident) => {
        if !crate::vm::handlers::$a::$fast($ip, $fp) {
            return $w(Flow::Via($ip, crate::vm::handlers::$a::$unf::h, crate::vm::handlers::$a::$slow));
        }
    };
    ($w:path; $ip:ident, $fp:ident, $cx:ident, flow $a:ident :: $x:ident) => {
        match crate::vm::handlers::$a::$x::flow($ip, $fp, $cx) {
            Flow::Go(n) if n.ip == $ip.add(1) && n.fp == $fp => {}
            f => return $w(f),
        }
    };
    ($w:path; $ip:ident, $fp:ident, $cx:ident, body $a:ident :: $x:ident) => {
        let n = crate::vm::handlers::$a::$x::body($ip, $fp, $cx);
        if n.ip != $ip.add(1) || n.fp != $fp {
            return $w(Flow::Go(n));
        }
    };
}

macro_rules! fuse_tail {
    ($($name:ident / $nc:ident = [$($first:tt)*] + $c:ident :: $z:ident / $tz:ident;)*) => {$(
        fuse_tail!(@at 1; $name / $nc = [$($first)*] + $c :: $z / $tz);
    )*};
    // `$k`: the back-edge's offset (the first's fast path does `$k` ops).
    (@at $k:literal; $name:ident / $nc:ident = [$($first:tt)*] + $c:ident :: $z:ident / $tz:ident) => {
        flow_op!($name, |ip, fp, cx| {
            tail_first!(std::convert::identity; ip, fp, cx, $($first)*);
            let l = ip.add($k);
            match super::super::control::back_edge(l, cx) {
                super::super::control::Edge::On => Flow::Go(super::super::$c::$z(target(l), fp)),
                super::super::control::Edge::Count => Flow::Via(ip, super::$nc::count::h, super::$nc::count_slow),
                e => e.slow(l),
            }
        });
        /// `$name`'s counter expired: the back-edge's own slow path, then
        /// under `--no-jit` this instruction becomes `$nc` (like the
        /// back-edge, control.rs `quicken_nc`).
        #[allow(non_snake_case)]
        pub mod $nc {
            use super::*;
            cold_handler! {
                count = count_slow;
            }
            #[cold]
            #[inline(never)]
            pub(crate) unsafe fn count_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
                use crate::vm::{dispatch::handler, handlers::fused};
                let fits = <crate::vm::handlers::$c::$tz as fused::TightHead>::fits(target(ip.add($k)), ip);
                fused::tail_count_slow(ip, fp, cx, $k, fits, handler!(fused::$nc::tight), handler!(fused::$nc::nc))
            }
            flow_op!(
                /// Counter-free form (`--no-jit`).
                nc,
                |ip, fp, cx| {
                    tail_first!(std::convert::identity; ip, fp, cx, $($first)*);
                    let l = ip.add($k);
                    if let Some(f) = super::super::super::control::back_edge_nc(l, cx) {
                        return f;
                    }
                    Flow::Go(super::super::super::$c::$z(target(l), fp))
                }
            );
            loop_op!(
                /// `nc` for a one-op loop body: the head is the previous
                /// instruction and its fast path continues at this one, so
                /// neither the back-edge's target nor the next ip is computed.
                tight @ $k: crate::vm::handlers::$c::$tz,
                |ip, ops, fp, cx| {
                    tail_first!(Some; ip / ops, fp, cx, $($first)*);
                    None
                } else {
                    Flow::Via(ip, deopt::h, deopt_slow)
                }
            );
            cold_handler! {
                deopt = deopt_slow;
            }
            /// The `tight` head's fast form does not apply (`$tz`: e.g. the
            /// `for` loop now runs over a list): back to `nc` for good, and
            /// dispatch this instruction again (nothing of it has run).
            #[cold]
            #[inline(never)]
            pub(crate) unsafe fn deopt_slow(ip: *const Inst, fp: *mut Value, _cx: &mut Ctx) -> Next {
                use crate::vm::handlers::fused;
                // SAFETY: instructions are mutable at run time (quickening).
                (*(ip as *mut Inst)).h = crate::vm::dispatch::handler!(fused::$nc::nc);
                Next::new(ip, fp)
            }
        }
    };
}

/// `fuse_tail!` for a loop tail of two ops (fast paths `$fa` at `ip` and
/// `$fb` at `ip + 1`), the back-edge at `ip + 2` and the head: `x = x * a + b`
/// at the end of a `for`, `t = t + i; i = i + 1` in a `while`. A failed fast
/// path tail-jumps to that op's unfused handler at its own instruction.
macro_rules! fuse_tail2 {
    ($($name:ident / $nc:ident = [$a:ident :: $fa:ident / $sa:ident @ $ua:ident, $b:ident :: $fb:ident / $sb:ident @ $ub:ident] + $c:ident :: $z:ident / $tz:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            tail_first!(std::convert::identity; ip, fp, cx, fast $a :: $fa / $sa @ $ua);
            let ip1 = ip.add(1);
            tail_first!(std::convert::identity; ip1, fp, cx, fast $b :: $fb / $sb @ $ub);
            let l = ip.add(2);
            match super::super::control::back_edge(l, cx) {
                super::super::control::Edge::On => Flow::Go(super::super::$c::$z(target(l), fp)),
                super::super::control::Edge::Count => Flow::Via(ip, super::$nc::count::h, super::$nc::count_slow),
                e => e.slow(l),
            }
        });
        /// `$name`'s counter expired (as `fuse_tail!`'s).
        #[allow(non_snake_case)]
        pub mod $nc {
            use super::*;
            cold_handler! {
                count = count_slow;
            }
            #[cold]
            #[inline(never)]
            pub(crate) unsafe fn count_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
                use crate::vm::{dispatch::handler, handlers::fused};
                let fits = <crate::vm::handlers::$c::$tz as fused::TightHead>::fits(target(ip.add(2)), ip);
                fused::tail_count_slow(ip, fp, cx, 2, fits, handler!(fused::$nc::tight), handler!(fused::$nc::nc))
            }
            flow_op!(
                /// Counter-free form (`--no-jit`).
                nc,
                |ip, fp, cx| {
                    tail_first!(std::convert::identity; ip, fp, cx, fast $a :: $fa / $sa @ $ua);
                    let ip1 = ip.add(1);
                    tail_first!(std::convert::identity; ip1, fp, cx, fast $b :: $fb / $sb @ $ub);
                    let l = ip.add(2);
                    if let Some(f) = super::super::super::control::back_edge_nc(l, cx) {
                        return f;
                    }
                    Flow::Go(super::super::super::$c::$z(target(l), fp))
                }
            );
            loop_op!(
                /// `nc` for a two-op loop body (the head is `ip - 1`).
                tight @ 2: crate::vm::handlers::$c::$tz,
                |ip, ops, fp, cx| {
                    // Both fast paths read only their operands (`ops`).
                    tail_first!(Some; ip / ops, fp, cx, ops $a :: $fa / $sa @ $ua);
                    let (ip1, ops1) = (ip.add(1), ops.add(1));
                    tail_first!(Some; ip1 / ops1, fp, cx, ops $b :: $fb / $sb @ $ub);
                    None
                } else {
                    Flow::Via(ip, deopt::h, deopt_slow)
                }
            );
            cold_handler! {
                deopt = deopt_slow;
            }
            /// The `tight` head's fast form does not apply: back to `nc`.
            #[cold]
            #[inline(never)]
            pub(crate) unsafe fn deopt_slow(ip: *const Inst, fp: *mut Value, _cx: &mut Ctx) -> Next {
                use crate::vm::handlers::fused;
                // SAFETY: instructions are mutable at run time (quickening).
                (*(ip as *mut Inst)).h = crate::vm::dispatch::handler!(fused::$nc::nc);
                Next::new(ip, fp)
            }
        }
    )*};
}

// `o.x = v; r = o.y` ending a for: one fast path for the pair (attrs.rs,
// one class guard), the back-edge two instructions on.
fuse_tail! { @at 2; store_attr_load_attr_loop_for / store_attr_load_attr_loop_for_nc = [fast attrs::store_load_attr_fast / store_attr_run @ store_attr] + iter::range_head / RangeTight }
// `o[k] = v; r = o[j]` ending a for, one object register (quick.rs; a miss
// runs the set's slow path, which quickens the site to the dict-first twin
// or back, then the get's own instruction).
fuse_tail! { @at 2; set_item_get_item_same_loop_for / set_item_get_item_same_loop_for_nc = [ops quick::set_get_item_fast / set_item_slow @ generic_set_item] + iter::range_head / RangeTight }
fuse_tail! { @at 2; set_item_get_item_same_loop_for_d / set_item_get_item_same_loop_for_d_nc = [ops quick::set_get_item_dfast / set_item_d_slow @ generic_set_item_d] + iter::range_head / RangeTight }

/// `t = x * y` at `ip`, then `r = t + z` (or `z + t`) at `ip + 1` with `t`
/// dead after it (link.rs `fused_tail2`): three self-tagged floats in one
/// f64 computation, the product never tagged nor stored (the result is the
/// one the two ops give). False, with nothing done, otherwise: the pair
/// then runs as `mul_add_f`.
#[inline(always)]
pub(crate) unsafe fn mul_add_fchain(ip: *const Inst, fp: *mut Value) -> bool {
    let (m, a) = (&*ip, &*ip.add(1));
    let (x, y) = (reg(fp, m.b), reg(fp, m.c));
    let t_left = a.b == m.a;
    // Exactly one of the add's operands is the product (link.rs), so the
    // other is the xor of the three register numbers: no branch.
    let z = reg(fp, a.b ^ a.c ^ m.a);
    if !(x.is_float() && y.is_float() && z.is_float()) {
        return false;
    }
    let p = x.as_float() * y.as_float();
    let r = if t_left { p + z.as_float() } else { z.as_float() + p };
    match Value::try_float(r) {
        Some(v) => {
            set_reg(fp, a.a, v);
            true
        }
        None => false,
    }
}

/// The whole `mul_add_f` pair, slow paths called (the body form of
/// `mul_addf_chain_loop_for` when its fast path misses).
#[inline(never)]
pub(crate) unsafe fn mul_add_f_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    mul_add_f::body(ip, fp, cx)
}

// Float twin of `mul_add_chain_loop_for` (`quicken_floats`; installed as its
// nc forms): `x = x * a + b` ending a for.
fuse_tail! { @at 2; mul_addf_chain_loop_for / mul_addf_chain_loop_for_nc = [ops fused::mul_add_fchain / mul_add_f_run @ mul_add_f] + iter::range_head / RangeTight }

loop_op!(
    /// The back-edge of a `for` over a range with an empty body (`for i in
    /// range(n): pass`; control.rs `quicken_nc`, `--no-jit`): the head is the
    /// previous instruction, so the safepoint test and the range step loop
    /// here without a dispatch. A head that is not an unboxed range runs its
    /// own handler.
    empty_for_nc @ 0: crate::vm::handlers::iter::RangeTight,
    |ip, ops, fp, cx| { None } else {
        match crate::vm::handlers::control::back_edge_nc(ip, cx) {
            Some(f) => f,
            None => Flow::Go(Next::new(ip.sub(1), fp)),
        }
    }
);

fuse_tail2! {
    mul_add_loop_for / mul_add_loop_for_nc = [arith::mul_fast / binary_slow @ mul, arith::add_fast / binary_slow @ add] + iter::range_head / RangeTight;
    // The same where the product's register is dead after the add (link.rs):
    // its float twin is the chain below.
    mul_add_chain_loop_for / mul_add_chain_loop_for_nc = [arith::mul_fast / binary_slow @ mul, arith::add_fast / binary_slow @ add] + iter::range_head / RangeTight;
    mul_addf_loop_for / mul_addf_loop_for_nc = [arith::mul_ffast / binary_slow @ mul, arith::add_ffast / binary_slow @ add] + iter::range_head / RangeTight;
    add_add_loop_jn_lt / add_add_loop_jn_lt_nc = [arith::add_fast / binary_slow @ add, arith::add_fast / binary_slow @ add] + compare::jn_lt_head / JnLtTight;
    // `a[i] = x; y = a[j]` / `x = a[i]; a[j] = y` ending a for (quick.rs fast paths).
    // The second op's slow path quickens (or deopts) the pair (`*_slow2`).
    set_item_get_item_loop_for / set_item_get_item_loop_for_nc = [quick::set_item_fast / set_item_slow @ generic_set_item, quick::get_item_fast / get_item_slow2 @ generic_get_item2] + iter::range_head / RangeTight;
    get_item_set_item_loop_for / get_item_set_item_loop_for_nc = [quick::get_item_fast / get_item_slow @ generic_get_item, quick::set_item_fast / set_item_slow2 @ generic_set_item2] + iter::range_head / RangeTight;
    // Their dict-first twins (quick.rs `dict_twins`).
    set_item_get_item_loop_for_d / set_item_get_item_loop_for_d_nc = [quick::set_item_dfast / set_item_d_slow @ generic_set_item_d, quick::get_item_dfast / get_item_d_slow2 @ generic_get_item_d2] + iter::range_head / RangeTight;
    get_item_set_item_loop_for_d / get_item_set_item_loop_for_d_nc = [quick::get_item_dfast / get_item_d_slow @ generic_get_item_d, quick::set_item_dfast / set_item_d_slow2 @ generic_set_item_d2] + iter::range_head / RangeTight;
}

fuse_loop! {
    add_loop = arith::add_fast / binary_slow @ add;
    sub_loop = arith::sub_fast / binary_slow @ sub;
    inplace_add_loop = arith::inplace_add_fast / inplace_slow @ inplace_add;
    inplace_sub_loop = arith::inplace_sub_fast / inplace_slow @ inplace_sub;
    move_loop = locals::move_fast / move_slow @ move_;
}

fuse_tail! {
    add_loop_for / add_loop_for_nc = [ops arith::add_fast / binary_slow @ add] + iter::range_head / RangeTight;
    sub_loop_for / sub_loop_for_nc = [ops arith::sub_fast / binary_slow @ sub] + iter::range_head / RangeTight;
    inplace_add_loop_for / inplace_add_loop_for_nc = [ops arith::inplace_add_fast / inplace_slow @ inplace_add] + iter::range_head / RangeTight;
    inplace_sub_loop_for / inplace_sub_loop_for_nc = [ops arith::inplace_sub_fast / inplace_slow @ inplace_sub] + iter::range_head / RangeTight;
    move_loop_for / move_loop_for_nc = [ops locals::move_fast / move_slow @ move_] + iter::range_head / RangeTight;
    add_loop_jn_lt / add_loop_jn_lt_nc = [ops arith::add_fast / binary_slow @ add] + compare::jn_lt_head / JnLtTight;
    inplace_add_loop_jn_lt / inplace_add_loop_jn_lt_nc = [ops arith::inplace_add_fast / inplace_slow @ inplace_add] + compare::jn_lt_head / JnLtTight;
    sub_loop_jn_gt / sub_loop_jn_gt_nc = [ops arith::sub_fast / binary_slow @ sub] + compare::jn_gt_head / JnGtTight;
    inplace_sub_loop_jn_gt / inplace_sub_loop_jn_gt_nc = [ops arith::inplace_sub_fast / inplace_slow @ inplace_sub] + compare::jn_gt_head / JnGtTight;
    // Other loop-ending ops over a range (names keep the JIT's `unfused`
    // prefixes). Not ops written with `op!` (get_item, set_item, unpack_seq,
    // list_append as `body`): their inline slow-path calls made the fused
    // handler save registers, list_index 89 -> 100, dict_str 385 -> 399
    // Ir/iter.
    load_global_loop_for / load_global_loop_for_nc = [flow locals::load_global] + iter::range_head / RangeTight;
    // `s = p + q` of strs ending a for ([`str_tail`]): `add_s`'s
    // inline concatenation allocates from a free list and never collects,
    // so its loop can be `tight` (the safepoint test every second iteration
    // lets at most one more short str be allocated before a due collection).
    add_s_loop_for / add_s_loop_for_nc = [flow arith::add_s] + iter::range_head / RangeTight;
    store_attr_loop_for / store_attr_loop_for_nc = [flow attrs::store_attr] + iter::range_head / RangeTight;
    load_attr_loop_for / load_attr_loop_for_nc = [flow attrs::load_attr] + iter::range_head / RangeTight;
    // Their fast paths from quick.rs (slow paths: tail jumps to the generic
    // handlers): list_index, tuple_unpack.
    get_item_loop_for / get_item_loop_for_nc = [ops quick::get_item_fast / get_item_slow @ generic_get_item] + iter::range_head / RangeTight;
    set_item_loop_for / set_item_loop_for_nc = [ops quick::set_item_fast / set_item_slow @ generic_set_item] + iter::range_head / RangeTight;
    // Their dict-first twins (quick.rs `dict_twins`).
    get_item_loop_for_d / get_item_loop_for_d_nc = [ops quick::get_item_dfast / get_item_d_slow @ generic_get_item_d] + iter::range_head / RangeTight;
    set_item_loop_for_d / set_item_loop_for_d_nc = [ops quick::set_item_dfast / set_item_d_slow @ generic_set_item_d] + iter::range_head / RangeTight;
    unpack2_loop_for / unpack2_loop_for_nc = [ops quick::unpack2_fast / unpack_slow @ generic_unpack] + iter::range_head / RangeTight;
    // The same over a head whose body starts with `if a < b` (link.rs).
    move_loop_for_lt / move_loop_for_lt_nc = [ops locals::move_fast / move_slow @ move_] + iter::range_head_lt / RangeLtTight;
    add_loop_for_lt / add_loop_for_lt_nc = [ops arith::add_fast / binary_slow @ add] + iter::range_head_lt / RangeLtTight;
    inplace_add_loop_for_lt / inplace_add_loop_for_lt_nc = [ops arith::inplace_add_fast / inplace_slow @ inplace_add] + iter::range_head_lt / RangeLtTight;
    // Float-first twins (`quicken_floats`; installed as their nc forms).
    addf_loop_for / addf_loop_for_nc = [ops arith::add_ffast / binary_slow @ add] + iter::range_head / RangeTight;
    subf_loop_for / subf_loop_for_nc = [ops arith::sub_ffast / binary_slow @ sub] + iter::range_head / RangeTight;
    inplace_addf_loop_for / inplace_addf_loop_for_nc = [ops arith::inplace_add_ffast / inplace_slow @ inplace_add] + iter::range_head / RangeTight;
    inplace_subf_loop_for / inplace_subf_loop_for_nc = [ops arith::inplace_sub_ffast / inplace_slow @ inplace_sub] + iter::range_head / RangeTight;
}

fuse_fast_op! {
    move_move = locals::move_fast / move_slow @ move_ + locals::move_;
    add_move_move = arith::add_fast / binary_slow @ add + fused::move_move;
}

fuse_fast! {
    // Arithmetic chains (`x * y + z`, `a - b - c`, ...), from --stats pairs
    // of mandelbrot / nbody / spectral_norm / nqueens / fib_iter.
    mul_add = arith::mul_fast / binary_slow @ mul + arith::add;
    mul_sub = arith::mul_fast / binary_slow @ mul + arith::sub;
    mul_mul = arith::mul_fast / binary_slow @ mul + arith::mul;
    mul_inplace_add = arith::mul_fast / binary_slow @ mul + arith::inplace_add;
    mul_inplace_sub = arith::mul_fast / binary_slow @ mul + arith::inplace_sub;
    add_add = arith::add_fast / binary_slow @ add + arith::add;
    add_sub = arith::add_fast / binary_slow @ add + arith::sub;
    add_mul = arith::add_fast / binary_slow @ add + arith::mul;
    sub_sub = arith::sub_fast / binary_slow @ sub + arith::sub;
    sub_add = arith::sub_fast / binary_slow @ sub + arith::add;
    sub_mul = arith::sub_fast / binary_slow @ sub + arith::mul;
    // Float-first twins of the chains (`quicken_floats`).
    mul_add_f = arith::mul_ffast / binary_slow @ mul + arith::add_f;
    mul_sub_f = arith::mul_ffast / binary_slow @ mul + arith::sub_f;
    mul_mul_f = arith::mul_ffast / binary_slow @ mul + arith::mul_f;
    mul_inplace_add_f = arith::mul_ffast / binary_slow @ mul + arith::inplace_add_f;
    mul_inplace_sub_f = arith::mul_ffast / binary_slow @ mul + arith::inplace_sub_f;
    add_add_f = arith::add_ffast / binary_slow @ add + arith::add_f;
    add_sub_f = arith::add_ffast / binary_slow @ add + arith::sub_f;
    add_mul_f = arith::add_ffast / binary_slow @ add + arith::mul_f;
    sub_sub_f = arith::sub_ffast / binary_slow @ sub + arith::sub_f;
    sub_add_f = arith::sub_ffast / binary_slow @ sub + arith::add_f;
    sub_mul_f = arith::sub_ffast / binary_slow @ sub + arith::mul_f;
    eq_jt = compare::eq_fast / eq_slow @ eq + control::jump_if_true;
    eq_jf = compare::eq_fast / eq_slow @ eq + control::jump_if_false;
    ne_jt = compare::ne_fast / ne_slow @ ne + control::jump_if_true;
    lt_jt = compare::lt_fast / lt_slow @ lt + control::jump_if_true;
    gt_jt = compare::gt_fast / gt_slow @ gt + control::jump_if_true;
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
    // `x[k]` with a constant key: dict-first when `k` is a str (link.rs).
    lc_get_item = locals::load_const + quick::get_item;
    lc_get_item_d = locals::load_const + quick::get_item_d;
}

fuse_op! {
    lg_lc = locals::load_global + locals::load_const;
}

/// A load of a call's callee then the Move of its first argument (`r =
/// f(x)`, `r = o.m(x)`) in one dispatch. The load's misses stay tail jumps
/// (its handler's slow path, then the Move dispatched normally); a Move
/// cannot fail.
macro_rules! load_move {
    ($($name:ident = $a:ident :: $x:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            tail_first!(std::convert::identity; ip, fp, cx, flow $a :: $x);
            let ip1 = ip.add(1);
            crate::vm::handlers::locals::move_fast(ip1, fp);
            Flow::Go(next(ip1, fp))
        });
    )*};
}

load_move! {
    lg_move = locals::load_global;
    load_method_move = attrs::load_method;
}

// ---- K: a callee load, its one argument's Move, then the call ----

/// `r = f(x)` (LoadGlobal g, Move g+1, Call base g nargs 1) and `r = o.m(x)`
/// (LoadMethod g, Move g+2, CallMethod base g nargs 1), the registers checked
/// by link.rs: the load (`tail_first!`), the Move, then the call at `ip + 2`
/// on the loaded callee (`calls::call1_tail`: entered, or that instruction
/// dispatched). Operands are read before the first store (a store through
/// `fp` may alias the instructions as far as the compiler knows).
macro_rules! load_move_call {
    ($($name:ident = $a:ident :: $x:ident, $bound:literal / $pair:ident;)*) => {$(
        flow_op!($name, |ip, fp, cx| {
            let (g, src) = ((*ip).a as usize, (*ip.add(1)).b as usize);
            tail_first!(std::convert::identity; ip, fp, cx, flow $a :: $x);
            let f = *fp.add(g);
            // A method load's self (g + 1): bound, one argument more at g + 1.
            let (args, n) = if $bound && (*fp.add(g + 1)).is_unbound() { (fp.add(g + 2), 1) } else { (fp.add(g + 1), 1 + $bound as usize) };
            *fp.add(g + 1 + $bound as usize) = *fp.add(src);
            let pair = || crate::vm::dispatch::handler!(crate::vm::handlers::fused::$pair);
            crate::vm::handlers::calls::call1_tail(ip, ip.add(2), fp, cx, f, args, n, pair)
        });
    )*};
}

load_move_call! {
    lg_move_call = locals::load_global, false / lg_move;
    load_method_move_call = attrs::load_method, true / load_method_move;
}

/// A `BuildSlice` whose slice is only the key of the subscript right after
/// it and dead after that (link.rs `slice_key_dead`): `x[a:b:c]` of an exact
/// list / tuple / str, and `x[a:b:c] = v` of a list from a list or tuple,
/// with small-int / None bounds, run without the slice object (its register
/// is left as it was) and continue after the subscript. Anything else builds
/// the slice and runs the subscript's own instruction, which raises its own
/// errors at its own ip.
macro_rules! slice_subscript {
    ($($name:ident = $run:ident;)*) => {$(
        op!($name, |ip, fp, cx| { $run(ip, fp, cx) });
    )*};
}

slice_subscript! {
    slice_get_item = slice_get_item_run;
    slice_set_item = slice_set_item_run;
}

/// The bounds registers of the `BuildSlice` at `ip`.
#[inline(always)]
unsafe fn slice_bounds(ip: *const Inst, fp: *mut Value) -> (Value, Value, Value) {
    let b = fp.add((*ip).b as usize);
    (*b, *b.add(1), *b.add(2))
}

#[inline(never)]
unsafe fn slice_get_item_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let g = &*ip.add(1);
    let (a, b, c) = slice_bounds(ip, fp);
    if let Some(v) = runtime::item::plain_slice_get(cx, reg(fp, g.b), a, b, c) {
        set_reg(fp, g.a, v);
        return Next::new(ip.add(2), fp);
    }
    super::containers::build_slice::body(ip, fp, cx)
}

#[inline(never)]
unsafe fn slice_set_item_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let s = &*ip.add(1);
    let (a, b, c) = slice_bounds(ip, fp);
    if runtime::item::plain_slice_set(reg(fp, s.a), a, b, c, reg(fp, s.c)) {
        return Next::new(ip.add(2), fp);
    }
    super::containers::build_slice::body(ip, fp, cx)
}

/// (int-first `+` loop tail over a range, its str twin) pairs for [`str_tail`].
fn str_tails() -> &'static [(crate::vm::dispatch::Handler, crate::vm::dispatch::Handler)] {
    static T: std::sync::OnceLock<Vec<(crate::vm::dispatch::Handler, crate::vm::dispatch::Handler)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        use crate::vm::dispatch::handler as h;
        use crate::vm::handlers::fused;
        vec![
            (h!(fused::add_loop_for), h!(fused::add_s_loop_for)),
            (h!(fused::add_loop_for_nc::nc), h!(fused::add_s_loop_for_nc::nc)),
            (h!(fused::add_loop_for_nc::tight), h!(fused::add_s_loop_for_nc::tight)),
            (h!(fused::addf_loop_for_nc::nc), h!(fused::add_s_loop_for_nc::nc)),
            (h!(fused::addf_loop_for_nc::tight), h!(fused::add_s_loop_for_nc::tight)),
        ]
    })
}

/// The `+` at `ip` met two strs (`to_str`, arith.rs `binary_slow`)
/// or an `add_s` site met something else (arith.rs `deopt_str`): when `ip`
/// is a `+` loop tail over a range ([`str_tails`]) it becomes its str twin
/// `add_s_loop_for` (same form: counter, `nc` or `tight`), or back to the
/// int-first tail, and the answer is true; false for any other site.
#[cold]
#[inline(never)]
pub(crate) unsafe fn str_tail(ip: *const Inst, to_str: bool) -> bool {
    let h = (*ip).h as usize;
    for &(int, s) in str_tails() {
        let (from, to) = if to_str { (int, s) } else { (s, int) };
        if h == to as usize {
            return true;
        }
        if h == from as usize {
            // SAFETY: instructions are mutable at run time (quickening).
            (*(ip as *mut Inst)).h = to;
            return true;
        }
    }
    false
}

/// A fused loop tail's counter expired (its back-edge is `k` instructions
/// on): the back-edge's own slow path; then, when no compiled code will run
/// this loop, the tail becomes its counter-free form: `tight` when its head
/// `fits` (`TightHead::fits`: e.g. a loop whose body is just this
/// instruction), else `nc`.
#[cold]
#[inline(never)]
pub(crate) unsafe fn tail_count_slow(
    ip: *const Inst,
    fp: *mut Value,
    cx: &mut Ctx,
    k: usize,
    fits: bool,
    tight: crate::vm::dispatch::Handler,
    nc: crate::vm::dispatch::Handler,
) -> Next {
    let l = ip.add(k);
    let n = super::control::loop_count_slow(l, fp, cx);
    if cx.vm.no_jit || crate::jit::gave_up(l) {
        // SAFETY: instructions are mutable at run time (quickening).
        (*(ip as *mut Inst)).h = if fits { tight } else { nc };
        if cx.vm.no_jit {
            quicken_floats(target(l), ip, fp);
        }
    }
    n
}

/// `--no-jit`, when the loop `head..=last` of frame `fp` gets hot: every
/// int-first arithmetic handler in it whose operand registers (`b`, `c`)
/// hold a float now becomes its float-first twin (two-float test first,
/// then the same int and mixed paths: an int later costs a test, no deopt).
///
/// # Safety
/// `head..=last` are linked instructions of the code running in frame `fp`.
#[cold]
#[inline(never)]
pub(crate) unsafe fn quicken_floats(head: *const Inst, last: *const Inst, fp: *mut Value) {
    let twins = float_twins();
    let mut p = head;
    while p <= last {
        let i = &*p;
        if let Some(&(_, f)) = twins.iter().find(|t| t.0 == i.h as usize) {
            if reg(fp, i.b).is_float() || reg(fp, i.c).is_float() {
                // SAFETY: instructions are mutable at run time (quickening).
                (*(p as *mut Inst)).h = f;
            }
        }
        p = p.add(1);
    }
}

/// (int-first handler, float-first twin) pairs for [`quicken_floats`].
fn float_twins() -> &'static [(usize, crate::vm::dispatch::Handler)] {
    static T: std::sync::OnceLock<Vec<(usize, crate::vm::dispatch::Handler)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        use crate::vm::dispatch::handler as h;
        use crate::vm::handlers::{arith, fused};
        vec![
            (h!(arith::add) as usize, h!(arith::add_f)),
            (h!(arith::sub) as usize, h!(arith::sub_f)),
            (h!(arith::mul) as usize, h!(arith::mul_f)),
            (h!(arith::inplace_add) as usize, h!(arith::inplace_add_f)),
            (h!(arith::inplace_sub) as usize, h!(arith::inplace_sub_f)),
            (h!(fused::mul_add) as usize, h!(fused::mul_add_f)),
            (h!(fused::mul_sub) as usize, h!(fused::mul_sub_f)),
            (h!(fused::mul_mul) as usize, h!(fused::mul_mul_f)),
            (h!(fused::mul_inplace_add) as usize, h!(fused::mul_inplace_add_f)),
            (h!(fused::mul_inplace_sub) as usize, h!(fused::mul_inplace_sub_f)),
            (h!(fused::add_add) as usize, h!(fused::add_add_f)),
            (h!(fused::add_sub) as usize, h!(fused::add_sub_f)),
            (h!(fused::add_mul) as usize, h!(fused::add_mul_f)),
            (h!(fused::sub_sub) as usize, h!(fused::sub_sub_f)),
            (h!(fused::sub_add) as usize, h!(fused::sub_add_f)),
            (h!(fused::sub_mul) as usize, h!(fused::sub_mul_f)),
            (h!(fused::mul_add_loop_for_nc::nc) as usize, h!(fused::mul_addf_loop_for_nc::nc)),
            (h!(fused::mul_add_loop_for_nc::tight) as usize, h!(fused::mul_addf_loop_for_nc::tight)),
            (h!(fused::mul_add_chain_loop_for_nc::nc) as usize, h!(fused::mul_addf_chain_loop_for_nc::nc)),
            (h!(fused::mul_add_chain_loop_for_nc::tight) as usize, h!(fused::mul_addf_chain_loop_for_nc::tight)),
            (h!(fused::add_loop_for_nc::nc) as usize, h!(fused::addf_loop_for_nc::nc)),
            (h!(fused::add_loop_for_nc::tight) as usize, h!(fused::addf_loop_for_nc::tight)),
            (h!(fused::sub_loop_for_nc::nc) as usize, h!(fused::subf_loop_for_nc::nc)),
            (h!(fused::sub_loop_for_nc::tight) as usize, h!(fused::subf_loop_for_nc::tight)),
            (h!(fused::inplace_add_loop_for_nc::nc) as usize, h!(fused::inplace_addf_loop_for_nc::nc)),
            (h!(fused::inplace_add_loop_for_nc::tight) as usize, h!(fused::inplace_addf_loop_for_nc::tight)),
            (h!(fused::inplace_sub_loop_for_nc::nc) as usize, h!(fused::inplace_subf_loop_for_nc::nc)),
            (h!(fused::inplace_sub_loop_for_nc::tight) as usize, h!(fused::inplace_subf_loop_for_nc::tight)),
        ]
    })
}
