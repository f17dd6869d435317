//! Jumps, branches and the back-edge safepoint.
use super::prelude::*;

op!(nop, |ip, fp, cx| { next(ip, fp) });

op!(jump, |ip, fp, cx| { Next::new(target(ip), fp) });

flow_op!(
    /// Backward jump: the safepoint (GC, signals) and the JIT's hot counter.
    /// The fast path is [`back_edge`] (shared with the loop-tail
    /// superinstructions, fused.rs); its slow paths are reached by tail jumps.
    loop_,
    |ip, fp, cx| {
        match back_edge(ip, cx) {
            Edge::On => Flow::Go(Next::new(target(ip), fp)),
            e => e.slow(ip),
        }
    }
);

/// What a back-edge's fast path found.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// Go on to the loop head.
    On,
    /// A safepoint is due (then the counter): [`Edge::slow`].
    Gc,
    /// The counter expired (already decremented): [`Edge::slow`].
    Count,
}

impl Edge {
    /// The back-edge `ip`'s slow path for `self` (not `On`).
    #[inline(always)]
    pub(crate) fn slow(self, ip: *const Inst) -> Flow {
        if self == Edge::Gc {
            Flow::Via(ip, loop_gc::h, loop_gc_slow)
        } else {
            Flow::Via(ip, loop_count::h, loop_count_slow)
        }
    }
}

/// The back-edge `ip` (a `loop_` instruction) without its jump.
///
/// Counter (`a`, the JIT's; `b` = JIT loop index + 1, see jit/mod.rs): the
/// fast path counts `a` down and leaves when it was <= 1 as an i16. The
/// linker emits 0, so the first back-edge arms it ([`loop_count_slow`]); it
/// then expires exactly on the `jit_threshold`-th back-edge, where
/// `jit::hot` is called as before, and after `hot` it is re-armed from what
/// `hot` left: compiled (`b != 0`) expires on every back-edge, otherwise
/// after another `jit_threshold`.
#[inline(always)]
pub(crate) unsafe fn back_edge(ip: *const Inst, cx: &mut Ctx) -> Edge {
    if cx.heap.wants_gc() {
        return Edge::Gc;
    }
    if count_down(ip) {
        return Edge::Count;
    }
    Edge::On
}

/// Count the back-edge `ip`'s counter down; true when it expired (it was
/// <= 1 as an i16; see [`back_edge`]).
#[inline(always)]
unsafe fn count_down(ip: *const Inst) -> bool {
    // SAFETY: instructions are mutable at run time (counters, quickening).
    let mi = ip as *mut Inst;
    let old = (*mi).a;
    (*mi).a = old.wrapping_sub(1);
    old as i16 <= 1
}

cold_handler! {
    loop_gc = loop_gc_slow;
    loop_count = loop_count_slow;
}

/// Back-edge with a safepoint due: run it, then the counter.
#[cold]
#[inline(never)]
unsafe fn loop_gc_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    if safepoint(cx) {
        return throw(ip, cx);
    }
    if count_down(ip) {
        return loop_count_slow(ip, fp, cx);
    }
    Next::new(target(ip), fp)
}

/// The counter expired (its new value is in `a`): arm it (first back-edge)
/// or call `jit::hot` and re-arm it (see [`back_edge`]).
#[cold]
#[inline(never)]
pub(crate) unsafe fn loop_count_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    // SAFETY: instructions are mutable at run time (counters, quickening).
    let mi = ip as *mut Inst;
    let t = cx.vm.jit_threshold.clamp(1, i16::MAX as u32) as u16;
    if (*mi).a == u16::MAX && (*mi).b == 0 && t > 1 {
        // First back-edge since linking: `t - 1` more to the threshold.
        (*mi).a = t - 1;
        return Next::new(target(ip), fp);
    }
    let n = crate::jit::hot(ip, fp, cx);
    (*mi).a = if (*mi).b != 0 { 1 } else { t };
    // The JIT has given this loop up for good: `hot` would only return the
    // head again, so the counter has no reader either.
    if cx.vm.no_jit || crate::jit::gave_up(ip) {
        quicken_nc(ip, cx.vm.no_jit && !tail_counts(ip));
    }
    if cx.vm.no_jit {
        crate::vm::handlers::fused::quicken_floats(target(ip), ip, fp);
    }
    n
}

/// `--no-jit`: the counter has no reader, so once `jit::hot` has been called
/// (it is, on the `jit_threshold`-th back-edge, as with the JIT on) the
/// back-edge `ip` becomes a counter-free `loop_nc*` (with the loop head's
/// fast path when the head is a `for` / `while i < n` / `while i > n`, the
/// `--no-fuse`). `body`: the counter fields may hold the loop body's offset
/// instead (`--no-jit`, no [`tail_counts`]): a head's fast path then gets
/// its `_b` form ([`body_of`]).
#[cold]
#[inline(never)]
unsafe fn quicken_nc(ip: *const Inst, body: bool) {
    use crate::vm::dispatch::handler;
    use crate::vm::handlers::{compare, control, fused, iter};
    let head = (*target(ip)).h as usize;
    let first = (*target(ip).add(1)).h as usize;
    let (h, hb) = if !crate::vm::link::fusion_on() {
        (handler!(control::loop_nc), None)
    } else if head == handler!(iter::for_range) as usize && first == handler!(compare::jn_lt) as usize {
        (handler!(control::loop_nc_for_lt), Some(handler!(control::loop_nc_for_lt_b)))
    } else if head == handler!(iter::for_range) as usize && target(ip) == ip.wrapping_sub(1) {
        (handler!(fused::empty_for_nc), None)
    } else if head == handler!(iter::for_range) as usize {
        // Not `for_iter` (a comprehension's): its `a + 1` is no range stop.
        (handler!(control::loop_nc_for), Some(handler!(control::loop_nc_for_b)))
    } else if head == handler!(compare::jn_lt) as usize {
        (handler!(control::loop_nc_lt), Some(handler!(control::loop_nc_lt_b)))
    } else if head == handler!(compare::jn_gt) as usize {
        (handler!(control::loop_nc_gt), Some(handler!(control::loop_nc_gt_b)))
    } else if head == handler!(compare::jn_le) as usize {
        (handler!(control::loop_nc_le), Some(handler!(control::loop_nc_le_b)))
    } else if head == handler!(compare::jn_ge) as usize {
        (handler!(control::loop_nc_ge), Some(handler!(control::loop_nc_ge_b)))
    } else if head == handler!(compare::jn_eq) as usize {
        (handler!(control::loop_nc_eq), Some(handler!(control::loop_nc_eq_b)))
    } else if head == handler!(compare::jn_ne) as usize {
        (handler!(control::loop_nc_ne), Some(handler!(control::loop_nc_ne_b)))
    } else if head == handler!(iter::for_enum2) as usize {
        (handler!(control::loop_nc_enum2), Some(handler!(control::loop_nc_enum2_b)))
    } else {
        (handler!(control::loop_nc), None)
    };
    // SAFETY: instructions are mutable at run time (counters, quickening).
    let mi = ip as *mut Inst;
    match hb {
        Some(hb) if body => {
            // The body's byte offset as an i32 in `a`, `b` (`body_of`).
            let off = (target(ip).add(1) as isize - ip as isize) as i32 as u32;
            (*mi).a = off as u16;
            (*mi).b = (off >> 16) as u16;
            (*mi).h = hb;
        }
        _ => (*mi).h = h,
    }
}

/// Whether a loop tail with a counter (fused.rs: a `fuse_tail!` before its
/// `nc` / `tight` form, `fuse_loop!`) one or two instructions before the
/// back-edge `ip` may still count on `ip`'s counter fields `a`, `b`.
#[cold]
#[inline(never)]
unsafe fn tail_counts(ip: *const Inst) -> bool {
    let head = target(ip);
    (1..=2).map(|k| ip.wrapping_sub(k)).take_while(|&p| p >= head).any(|p| {
        let n = crate::vm::dispatch::step_of((*p).h).map_or("", |s| s.1);
        n.starts_with("fused::") && n.contains("loop") && !n.contains("_nc::")
    })
}

/// The loop body (the head's next instruction) of a `loop_nc_*_b` back-edge
/// `ip`: its counter fields `a`, `b` hold the byte offset as an i32
/// ([`quicken_nc`]), so no multiply and no add of the head's size.
#[inline(always)]
unsafe fn body_of(ip: *const Inst) -> *const Inst {
    // SAFETY: `a`, `b` are the adjacent u16s at offset 8 of the repr(C),
    // 8-aligned `Inst`: one aligned i32 (little-endian: `a` low).
    let off = (ip as *const u8).add(8).cast::<i32>().read();
    (ip as *const u8).offset(off as isize).cast()
}

/// [`back_edge`] without the counter (`--no-jit`, after [`quicken_nc`]).
#[inline(always)]
pub(crate) unsafe fn back_edge_nc(ip: *const Inst, cx: &mut Ctx) -> Option<Flow> {
    if cx.heap.wants_gc() {
        return Some(Flow::Via(ip, loop_gc_nc::h, loop_gc_nc_slow));
    }
    None
}

cold_handler! {
    loop_gc_nc = loop_gc_nc_slow;
}

#[cold]
#[inline(never)]
unsafe fn loop_gc_nc_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    if safepoint(cx) {
        return throw(ip, cx);
    }
    Next::new(target(ip), fp)
}

macro_rules! loop_nc {
    ($($name:ident = $head:expr;)*) => {$(
        flow_op!(
            /// Counter-free back-edge (`--no-jit`, [`quicken_nc`]) and the
            /// loop head's fast path.
            $name,
            |ip, fp, cx| {
                if let Some(f) = back_edge_nc(ip, cx) {
                    return f;
                }
                Flow::Go($head(target(ip), fp))
            }
        );
    )*};
    (@body $($name:ident = $head:expr;)*) => {$(
        flow_op!(
            /// Counter-free back-edge with the body's offset ([`body_of`]),
            /// and the loop head's fast path.
            $name,
            |ip, fp, cx| {
                if let Some(f) = back_edge_nc(ip, cx) {
                    return f;
                }
                Flow::Go($head(body_of(ip).sub(1), fp))
            }
        );
    )*};
}

loop_nc! {
    loop_nc = Next::new;
    loop_nc_for = crate::vm::handlers::iter::range_head;
    loop_nc_for_lt = crate::vm::handlers::iter::range_head_lt;
    loop_nc_lt = crate::vm::handlers::compare::jn_lt_head;
    loop_nc_gt = crate::vm::handlers::compare::jn_gt_head;
    loop_nc_le = crate::vm::handlers::compare::jn_le_head;
    loop_nc_ge = crate::vm::handlers::compare::jn_ge_head;
    loop_nc_eq = crate::vm::handlers::compare::jn_eq_head;
    loop_nc_ne = crate::vm::handlers::compare::jn_ne_head;
    loop_nc_enum2 = crate::vm::handlers::iter::enum2_head;
}

loop_nc! { @body
    loop_nc_for_b = crate::vm::handlers::iter::range_head;
    loop_nc_for_lt_b = crate::vm::handlers::iter::range_head_lt;
    loop_nc_lt_b = crate::vm::handlers::compare::jn_lt_head;
    loop_nc_gt_b = crate::vm::handlers::compare::jn_gt_head;
    loop_nc_le_b = crate::vm::handlers::compare::jn_le_head;
    loop_nc_ge_b = crate::vm::handlers::compare::jn_ge_head;
    loop_nc_eq_b = crate::vm::handlers::compare::jn_eq_head;
    loop_nc_ne_b = crate::vm::handlers::compare::jn_ne_head;
    loop_nc_enum2_b = crate::vm::handlers::iter::enum2_head;
}

/// The slow half of a safepoint (GC, pending signals); true when it raised
/// an exception (KeyboardInterrupt), which the caller throws at `ip`.
#[cold]
#[inline(never)]
pub fn safepoint(cx: &mut Ctx) -> bool {
    cx.safepoint().is_err()
}

/// Truth value: fast for bools, None and small ints; `None` on error.
#[inline(always)]
pub unsafe fn truth(cx: &mut Ctx, v: Value) -> Option<bool> {
    match truth_fast(v) {
        Some(t) => Some(t),
        None => truth_slow(cx, v),
    }
}

#[cold]
#[inline(never)]
unsafe fn truth_slow(cx: &mut Ctx, v: Value) -> Option<bool> {
    runtime::truthy(cx, v).ok()
}

/// `jump_if_true` (`want` true) / `jump_if_false` past [`truth`]'s inline
/// cases.
#[inline(always)]
unsafe fn jump_if_rest(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, want: bool) -> Next {
    match truth_slow(cx, reg(fp, (*ip).a)) {
        Some(t) if t == want => Next::new(target(ip), fp),
        Some(_) => next(ip, fp),
        None => throw(ip, cx),
    }
}
#[inline(never)]
unsafe fn jump_if_true_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    jump_if_rest(ip, fp, cx, true)
}
#[inline(never)]
unsafe fn jump_if_false_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    jump_if_rest(ip, fp, cx, false)
}
cold_handler! {
    jump_if_true_slow_h = jump_if_true_slow;
    jump_if_false_slow_h = jump_if_false_slow;
}

/// The inline cases of [`truth`] (bools, None, small ints), no call.
#[inline(always)]
fn truth_fast(v: Value) -> Option<bool> {
    if v == Value::true_() {
        return Some(true);
    }
    if v == Value::false_() || v == Value::none() {
        return Some(false);
    }
    if v.is_int() {
        return Some(v.raw() != Value::from_small(0).raw());
    }
    None
}

flow_op!(jump_if_true, |ip, fp, cx| {
    match truth_fast(reg(fp, (*ip).a)) {
        Some(true) => Flow::Go(Next::new(target(ip), fp)),
        Some(false) => Flow::Go(next(ip, fp)),
        None => Flow::Via(ip, super::jump_if_true_slow_h::h, super::jump_if_true_slow),
    }
});

flow_op!(jump_if_false, |ip, fp, cx| {
    match truth_fast(reg(fp, (*ip).a)) {
        Some(false) => Flow::Go(Next::new(target(ip), fp)),
        Some(true) => Flow::Go(next(ip, fp)),
        None => Flow::Via(ip, super::jump_if_false_slow_h::h, super::jump_if_false_slow),
    }
});
