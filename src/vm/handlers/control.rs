//! Jumps, branches and the back-edge safepoint.
use super::prelude::*;

op!(nop, |ip, fp, cx| { next(ip, fp) });

op!(jump, |ip, fp, cx| { Next::new(target(ip), fp) });

op!(
    /// Backward jump: the safepoint (GC, signals) and the JIT's hot counter
    /// (`a` counts back-edges; at `--jit-threshold` [`crate::jit::hot`] compiles
    /// the loop, and a compiled loop keeps `a` at the top so every entry goes
    /// through it; see `jit/mod.rs`).
    loop_,
    |ip, fp, cx| {
        if cx.heap.wants_gc() && safepoint(cx) {
            return throw(ip, cx);
        }
        let n = (*ip).a as u32 + 1;
        if n >= cx.vm.jit_threshold {
            return crate::jit::hot(ip, fp, cx);
        }
        // SAFETY: instructions are mutable at run time (counters, quickening).
        (*(ip as *mut Inst)).a = n as u16;
        Next::new(target(ip), fp)
    }
);

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
    if v == Value::true_() {
        return Some(true);
    }
    if v == Value::false_() || v == Value::none() {
        return Some(false);
    }
    if v.is_int() {
        return Some(v.raw() != Value::from_small(0).raw());
    }
    truth_slow(cx, v)
}

#[cold]
#[inline(never)]
unsafe fn truth_slow(cx: &mut Ctx, v: Value) -> Option<bool> {
    runtime::truthy(cx, v).ok()
}

op!(jump_if_true, |ip, fp, cx| {
    match truth(cx, reg(fp, (*ip).a)) {
        Some(true) => Next::new(target(ip), fp),
        Some(false) => next(ip, fp),
        None => throw(ip, cx),
    }
});

op!(jump_if_false, |ip, fp, cx| {
    match truth(cx, reg(fp, (*ip).a)) {
        Some(false) => Next::new(target(ip), fp),
        Some(true) => next(ip, fp),
        None => throw(ip, cx),
    }
});
