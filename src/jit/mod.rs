//! Template JIT (DESIGN §5, issue 6): hot loops compiled with Cranelift by
//! stitching handler templates.
//!
//! * Counting: the `loop_` back-edge (`vm/handlers/control.rs`) counts in its
//!   `a` operand; at `--jit-threshold` it calls [`hot`]. A compiled loop keeps
//!   `a = 0xFFFF` (so every entry reaches [`hot`]) and `b = index + 1` into the
//!   per-thread loop table.
//! * Compiling (`codegen.rs`): the region `[target .. back-edge]` of one code
//!   object becomes one native `fn(fp, cx) -> *const Inst`. Each instruction is
//!   either an inline template with complete tag guards (small-int arithmetic
//!   and compares, moves, constants, branches, `for range`, the back-edge
//!   safepoint) or a call of its registered step form, after which the returned
//!   ip (and `cx.vm.step_fp`) are compared with the in-region successors;
//!   anything else is a side exit: the native code returns that ip, leaves the
//!   frame in `cx.vm.step_fp`, and the interpreter continues there.
//! * Typed body (`typed.rs`): in loops made only of inline templates (and
//!   calls of the builtins `int`/`float`), the registers get types from the
//!   frame at compile time, checked once at entry; ints (shifted by 2) and
//!   floats (f64) stay unboxed in machine registers, hoisted constants become
//!   immediates, and every failed guard continues in the generic body at the
//!   same instruction with the registers written back.
//! * Quickening may rewrite `Inst.h` at run time (an op rewrites only its own
//!   instruction, while the interpreter runs it): before an entry after the
//!   interpreter may have run region instructions, [`run`] checks that every
//!   inline-templated instruction still has the handler it was compiled for
//!   (else it recompiles); a step call's instruction is checked around the
//!   call, and a rewritten one side-exits (the interpreter runs it).
//! * Re-entrancy: while a loop's code runs it is marked active; a nested entry
//!   of the same loop (a fused `x_loop` step form calling the back-edge body, or
//!   a builtin calling back into the same function) interprets instead.
//! * Entry at the head: once compiled, the loop's head instruction gets the
//!   handler [`jit_enter`] (operands untouched), which finds the loop in a
//!   small per-thread table keyed by the head's address and calls the
//!   compiled code directly: entering the loop from above costs one lookup,
//!   not an interpreted first iteration and the back-edge's slow paths. A
//!   fused handler just before the head that would run the head's op itself
//!   (`lc_jn_lt`) is unfused so that the head is dispatched. Giving the loop
//!   up puts the original handler back ([`uninstall`]). Compiled code treats
//!   `jit_enter` at an instruction as its original handler.
//! * The handler guards (above) are due (`F_DIRTY`) after an exit into the
//!   region or into another frame, a nested entry, and an entry from the
//!   back-edge; entries from above between those check nothing.
//! * Entry at the code's start: when everything from the code's first
//!   instruction to the loop head is `load_const` (`a = 0; b = 1` before
//!   `while`), the first instruction gets `jit_enter` too ([`Start`]): a
//!   call enters the compiled code at once, whose entry for the start
//!   stores those constants first (`codegen::start_consts`).
mod codegen;
mod quicken;

use crate::value::Value;
use crate::vm::dispatch::{handler, step_of, target, Handler, Next, StepFn};
use crate::vm::{Ctx, Inst};
use std::cell::{Cell, RefCell};
use std::fmt::Write;

/// A compiled loop: `fp`, `cx`, entry (0: the loop head, 1: the code's
/// start, see [`Start`]) -> the ip to resume the interpreter at (the frame
/// to resume in is in `cx.vm.step_fp`).
pub type JitFn = unsafe extern "C" fn(fp: *mut Value, cx: *mut Ctx, start: u64) -> *const Inst;

/// Words of `Loop::flags` (read and written by the compiled code):
/// a handler was rewritten since compilation (recompile), back-edges taken in
/// the generic body, "check the handler guards at the next entry",
/// "compile without sign assumptions" and "compile the generic body".
pub(crate) const F_STALE: usize = 0;
pub(crate) const F_BACKS: usize = 1;
pub(crate) const F_DIRTY: usize = 2;
/// Set by the compiled code (with `F_STALE`) when an entry found a register
/// negative that the typed body assumed non-negative (`typed.rs` `nonneg`):
/// the recompiled code assumes no signs.
pub(crate) const F_NOSIGN: usize = 3;
/// Set by typed code compiled without its generic body (`codegen.rs`
/// `lazy`) when an entry check or a guard failed: the recompiled code has
/// the generic body.
pub(crate) const F_GENERIC: usize = 4;

/// Loop state marker in the back-edge's `a` operand: compiled (or never again).
pub const COMPILED: u16 = 0xFFFF;

/// At this many entries, a loop without a typed body whose generic body took
/// fewer than `MIN_ITERS` back-edges per entry is given up (interpreted):
/// nqueens' inner `for r, qc in enumerate(queens)` ran 269M instructions
/// compiled against 166M interpreted.
const GIVE_UP_CHECK: u64 = 2000;
const MIN_ITERS: u64 = 6;

struct Loop {
    f: JitFn,
    name: String,
    ninsts: usize,
    size: usize,
    compile_ns: u64,
    entries: u64,
    active: bool,
    /// `F_STALE`: set by the compiled code when an instruction's handler was
    /// rewritten (quickening) after compilation: recompile (a few times at
    /// most). `F_BACKS`: back-edges taken in the generic body (see `run`).
    /// `F_DIRTY`: check the handler guards at the next entry. `F_NOSIGN`:
    /// compile without sign assumptions. `F_GENERIC`: compile the generic
    /// body.
    flags: Box<[u64; 5]>,
    /// The region: its head (first instruction) and back-edge (last), and
    /// the loop's index in `State::loops`.
    head: *const Inst,
    back: *const Inst,
    index: usize,
    /// The head's own handler and step form while [`jit_enter`] replaces it.
    orig: Option<(Handler, StepFn)>,
    /// The entry at the code's start, if it has one, and whether the
    /// current code has that entry (`Compiled::start`).
    start: Option<Start>,
    start_ok: bool,
    /// The inline-templated instructions and the handler each was compiled
    /// for (`jit_enter` also passes: it stands for the original).
    guards: Vec<(*const Inst, usize)>,
    recompiles: u32,
    /// Has a typed body (`typed.rs`).
    typed: bool,
    /// Data the compiled code points into.
    data: Vec<Box<[u64]>>,
}

/// A compiled loop's entry at its code's first instruction (see the module
/// doc): that instruction, and its own handler and step form.
struct Start {
    ip: *const Inst,
    orig: (Handler, StepFn),
}

#[derive(Default)]
struct State {
    jit: Option<codegen::Jit>,
    loops: Vec<Box<Loop>>,
    /// Back-edges that could not be compiled (not retried).
    failed: crate::fxhash::HashSet<usize>,
    perf_map: Option<std::fs::File>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
    /// `STATE.loops`' buffer and length, for [`hot`]'s entry without a
    /// `RefCell` borrow (updated whenever a loop is added).
    static TABLE: Cell<(*const Box<Loop>, usize)> = const { Cell::new((std::ptr::null(), 0)) };
    /// Loops whose head has [`jit_enter`], by `slot_of(head)` (first come:
    /// a loop whose slot is taken is entered from its back-edge only).
    /// Invariant: an instruction whose handler is `jit_enter` is the `ip` of
    /// its slot.
    static HEADS: [Cell<HeadSlot>; HEAD_SLOTS] = const { [const { Cell::new(HeadSlot { ip: std::ptr::null(), l: std::ptr::null_mut() }) }; HEAD_SLOTS] };
}

const HEAD_SLOTS: usize = 256;

#[derive(Clone, Copy)]
struct HeadSlot {
    ip: *const Inst,
    l: *mut Loop,
}

fn slot_of(ip: *const Inst) -> usize {
    (ip as usize >> 4) % HEAD_SLOTS
}

crate::vm::dispatch::op!(
    /// The head of a compiled loop (see the module doc): run the compiled
    /// code from the head.
    jit_enter,
    |ip, fp, cx| { enter(ip, fp, cx) }
);

/// [`jit_enter`]'s body (inlined: the handler calls the compiled code
/// itself and tail-jumps to the next handler).
#[inline(always)]
unsafe fn enter(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let s = HEADS.with(|t| t[slot_of(ip)].get());
    if s.ip != ip {
        return lost_head(ip, cx);
    }
    let l = s.l;
    if (*l).active {
        return original(ip, fp, cx, l);
    }
    let r = run(l, fp, cx, (ip != (*l).head) as u64);
    if r == (*l).head {
        return original(r, cx.vm.step_fp, cx, l);
    }
    Next::new(r, cx.vm.step_fp)
}

/// The own handler and step form of loop `l`'s entry instruction `ip` (its
/// head or start).
unsafe fn orig_of(l: *const Loop, ip: *const Inst) -> Option<(Handler, StepFn)> {
    if ip == (*l).head {
        return (*l).orig;
    }
    (*l).start.as_ref().filter(|st| st.ip == ip).map(|st| st.orig)
}

/// Run the own op of entry `ip` (a nested entry of an active loop, or the
/// compiled code returned the head itself): the interpreter runs region
/// instructions, so the next entry checks the guards.
#[cold]
#[inline(never)]
unsafe fn original(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, l: *mut Loop) -> Next {
    (*l).flags[F_DIRTY] = 1;
    if (*ip).h as usize != handler!(jit_enter) as usize {
        // Given up meanwhile: the handler is the original again.
        return Next::new(ip, fp);
    }
    match orig_of(l, ip) {
        Some((_, step)) => {
            let r = step(ip, fp, cx);
            Next::new(r, cx.vm.step_fp)
        }
        None => lost_head(ip, cx),
    }
}

/// A `jit_enter` head without its loop (the invariant of `HEADS` broken):
/// SystemError rather than a wrong guess.
#[cold]
#[inline(never)]
unsafe fn lost_head(ip: *const Inst, cx: &mut Ctx) -> Next {
    let c = cx.rt.types.system_error;
    let _ = cx.err(c, "JIT: compiled loop head without its loop");
    crate::vm::frame::throw(ip, cx)
}

/// The handler instruction `ip` runs as far as the JIT is concerned: its
/// own, or the original one under [`jit_enter`].
///
/// # Safety
/// `ip` is a linked instruction.
pub(crate) unsafe fn orig_handler(ip: *const Inst) -> Handler {
    let h = (*ip).h;
    if h as usize != handler!(jit_enter) as usize {
        return h;
    }
    let s = HEADS.with(|t| t[slot_of(ip)].get());
    match (s.ip == ip).then(|| orig_of(s.l, ip)).flatten() {
        Some((h0, _)) => h0,
        None => h,
    }
}

/// The handler word compiled code also accepts in a handler guard.
pub(crate) fn enter_handler() -> usize {
    handler!(jit_enter) as usize
}

/// Run loop `l`'s compiled code in frame `fp`; the ip to continue at (frame
/// in `cx.vm.step_fp`). Recompiles or gives the loop up when its code asks.
#[inline(always)]
unsafe fn run(l: *mut Loop, fp: *mut Value, cx: &mut Ctx, start: u64) -> *const Inst {
    // SAFETY (the block): loops are boxed and never removed; no reference
    // into the table is held while the compiled code runs (it may compile).
    if (*l).flags[F_DIRTY] != 0 && !prepare(l, fp, cx) {
        // Given up: the interpreter runs the head's own handler.
        cx.vm.step_fp = fp;
        return (*l).head;
    }
    (*l).active = true;
    let r = ((*l).f)(fp, cx, start);
    (*l).active = false;
    (*l).entries += 1;
    let other = cx.vm.step_fp != fp || ((*l).head..=(*l).back).contains(&r);
    if other || (*l).entries == GIVE_UP_CHECK || (*l).flags[F_STALE] != 0 {
        after(l, other, fp, cx);
    }
    r
}

/// Before an entry with `F_DIRTY`: check the handler guards, recompile when
/// they fail; false when the loop was given up.
#[cold]
#[inline(never)]
unsafe fn prepare(l: *mut Loop, fp: *mut Value, cx: &mut Ctx) -> bool {
    if !guards_hold(l) && !recompile((*l).back, (*l).index, fp, cx) {
        return false;
    }
    (*l).flags[F_DIRTY] = 0;
    true
}

/// After an entry that left into the region or another frame (`other`),
/// asked for a recompile, or completed `GIVE_UP_CHECK` entries.
#[cold]
#[inline(never)]
unsafe fn after(l: *mut Loop, other: bool, fp: *mut Value, cx: &mut Ctx) {
    // A generic body entered often for a few iterations each loses to
    // the interpreter (entry and exit cost more than they save): give up.
    if (*l).entries == GIVE_UP_CHECK && !(*l).typed && (*l).flags[F_BACKS] < GIVE_UP_CHECK * MIN_ITERS {
        (*l).recompiles = u32::MAX;
    }
    // The interpreter continues inside the region or in another frame
    // (which may run this loop's code): it may quicken region instructions.
    if other {
        (*l).flags[F_DIRTY] = 1;
    }
    let stale = std::mem::replace(&mut (*l).flags[F_STALE], 0) != 0 || (*l).recompiles == u32::MAX;
    if stale {
        recompile((*l).back, (*l).index, fp, cx);
    }
}

/// The back-edge at `ip` reached the threshold (or is compiled): compile it if
/// needed, then run the compiled loop from its head. Called after the
/// safepoint; returns the interpreter's next `(ip, fp)`.
///
/// # Safety
/// `ip` is a linked `loop_` instruction of the code running in frame `fp`.
#[cold]
#[inline(never)]
pub unsafe fn hot(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let head = Next::new(target(ip), fp);
    if (*ip).b == 0 && !first_hot(ip, fp, cx) {
        return head;
    }
    let li = (*ip).b as usize - 1;
    // No borrow per entry: loops are boxed and never removed, so the pointer
    // stays valid for the thread's life; no reference is held across the
    // call (which may compile or recompile loops).
    let (tab, len) = TABLE.with(|t| t.get());
    if li >= len {
        return head;
    }
    // SAFETY: `tab[..len]` is the loop table's live buffer (see `TABLE`).
    let l: *mut Loop = &**tab.add(li) as *const Loop as *mut Loop;
    if (*l).active {
        return head;
    }
    // The interpreter ran the loop's instructions up to here.
    (*l).flags[F_DIRTY] = 1;
    let r = run(l, fp, cx, 0);
    Next::new(r, cx.vm.step_fp)
}

/// Whether every inline-templated instruction of loop `l` still has the
/// handler its code was compiled for (quickening rewrites handlers).
#[cold]
#[inline(never)]
unsafe fn guards_hold(l: *const Loop) -> bool {
    let je = handler!(jit_enter) as usize;
    (*l).guards.iter().all(|&(ip, h0)| {
        let h = (*ip).h as usize;
        h == h0 || h == je
    })
}

/// A back-edge not compiled yet reached the threshold: compile its loop
/// (true), or leave it to the interpreter (false). Out of line so that
/// [`hot`]'s entry of a compiled loop saves few registers.
#[cold]
#[inline(never)]
unsafe fn first_hot(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> bool {
    // SAFETY: instructions are mutable at run time (counters, quickening).
    let mi = ip as *mut Inst;
    if cx.vm.no_jit || cx.vm.jit_threshold > COMPILED as u32 {
        (*mi).a = 0;
        return false;
    }
    quicken::enum2(target(ip), ip, fp);
    match compile(ip, fp, cx) {
        Some(i) => {
            (*mi).a = COMPILED;
            (*mi).b = i;
            true
        }
        None => {
            (*mi).a = 0;
            false
        }
    }
}

/// Whether the JIT has given up the back-edge `ip` for good (not worth
/// compiling, failed, or given up after recompiles): the interpreter may then
/// quicken it as under `--no-jit` (counter-free `loop_nc*` forms), since
/// [`hot`] would only return the loop head again.
///
/// # Safety
/// `ip` is a linked `loop_` instruction.
pub unsafe fn gave_up(ip: *const Inst) -> bool {
    // A compiled loop's back-edge has its table index in `b` (cheap test
    // first: this is asked after every entry of a compiled loop).
    (*ip).b == 0 && STATE.with(|s| s.borrow().failed.contains(&(ip as usize)))
}

/// A compiled loop met a rewritten handler: compile it again for the current
/// handlers (true), or after a few times give up and interpret it.
#[cold]
#[inline(never)]
unsafe fn recompile(ip: *const Inst, li: usize, fp: *mut Value, cx: &mut Ctx) -> bool {
    let head = target(ip);
    let n = ip.offset_from(head) as usize + 1;
    let ok = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let s = &mut *s;
        let l = &mut s.loops[li];
        l.recompiles = l.recompiles.saturating_add(1);
        if l.recompiles > 4 || !stack_room(cx) {
            return false;
        }
        let flags = l.flags.as_mut_ptr();
        let t0 = std::time::Instant::now();
        let Some(c) = s.jit.as_mut().and_then(|j| j.compile(head, n, flags, fp, cx)) else { return false };
        let l = &mut s.loops[li];
        l.f = c.f;
        l.start_ok = c.start;
        l.size = c.size;
        l.typed = c.typed;
        // The old code's data stays: that code may still be on the stack.
        l.data.extend(c.data);
        l.compile_ns += t0.elapsed().as_nanos() as u64;
        l.guards = c.guards;
        true
    });
    let l = STATE.with(|s| &mut *s.borrow_mut().loops[li] as *mut Loop);
    if ok {
        // The head's handler may have been quickened (replacing `jit_enter`).
        install(l, cx);
    } else {
        uninstall(l);
        // SAFETY: instructions are mutable at run time (counters, quickening).
        let mi = ip as *mut Inst;
        (*mi).a = 0;
        (*mi).b = 0;
        STATE.with(|s| s.borrow_mut().failed.insert(ip as usize));
    }
    ok
}

/// Give loop `l`'s head [`jit_enter`] (see the module doc), unless its slot
/// in `HEADS` is another head's; unfuse the ops just before it that would
/// run the head's op themselves.
///
/// # Safety
/// `l` is a live loop whose code is the code running in `cx`'s top frame.
unsafe fn install(l: *mut Loop, cx: &Ctx) {
    let head = (*l).head;
    let k = slot_of(head);
    let s = HEADS.with(|t| t[k].get());
    if !s.ip.is_null() && s.ip != head {
        return;
    }
    let je = handler!(jit_enter);
    let h = (*head).h;
    if h as usize != je as usize {
        match step_of(h) {
            Some((step, _)) => (*l).orig = Some((h, step)),
            None => return,
        }
    }
    if (*l).orig.is_none() {
        return;
    }
    // Fused ops of two or three instructions (`lc_jn_lt`, `add_move_move`)
    // just before the head; not loop tails (another loop's back-edge).
    let start = codegen::code_info(head, cx).1;
    if let Some(start) = start {
        for back in 1..=2 {
            let p = head.wrapping_sub(back);
            if p < start {
                break;
            }
            let Some((_, name)) = step_of((*p).h) else { continue };
            if name.contains("loop") {
                continue;
            }
            if let Some(base) = codegen::unfused(name).and_then(|(base, _)| crate::vm::dispatch::handler_named(base)) {
                // SAFETY: instructions are mutable at run time (quickening);
                // a fused op's first op alone is the same op.
                (*(p as *mut Inst)).h = base;
            }
        }
    }
    HEADS.with(|t| t[k].set(HeadSlot { ip: head, l }));
    // SAFETY: as above; the operands stay those of the original op.
    (*(head as *mut Inst)).h = je;
    if let Some(start) = start {
        install_start(l, start);
    }
}

/// Give the code's first instruction `start` [`jit_enter`] for loop `l`
/// (see [`Start`]) when everything from there to the head is `load_const`
/// and its slot in `HEADS` is free.
///
/// # Safety
/// As [`install`]; `start` is the first instruction of the head's code.
unsafe fn install_start(l: *mut Loop, start: *const Inst) {
    if !(*l).start_ok {
        drop_start(l);
        return;
    }
    let head = (*l).head;
    let k = slot_of(start);
    let s = HEADS.with(|t| t[k].get());
    if start >= head || (!s.ip.is_null() && (s.ip != start || s.l != l)) {
        return;
    }
    let je = handler!(jit_enter);
    let h = (*start).h;
    if h as usize != je as usize {
        if codegen::start_consts(head, start).is_none() {
            return;
        }
        let Some((step, _)) = step_of(h) else { return };
        (*l).start = Some(Start { ip: start, orig: (h, step) });
    }
    if (*l).start.is_none() {
        return;
    }
    HEADS.with(|t| t[k].set(HeadSlot { ip: start, l }));
    // SAFETY: instructions are mutable at run time (quickening); the
    // operands stay those of the original op.
    (*(start as *mut Inst)).h = je;
}

/// Give loop `l`'s start entry its own handler back, if it has one.
///
/// # Safety
/// `l` is a live loop whose code is alive.
unsafe fn drop_start(l: *mut Loop) {
    let Some(st) = (*l).start.take() else { return };
    let k = slot_of(st.ip);
    let s = HEADS.with(|t| t[k].get());
    if s.ip == st.ip && s.l == l {
        if (*st.ip).h as usize == handler!(jit_enter) as usize {
            // SAFETY: instructions are mutable at run time (quickening).
            (*(st.ip as *mut Inst)).h = st.orig.0;
        }
        HEADS.with(|t| t[k].set(HeadSlot { ip: std::ptr::null(), l: std::ptr::null_mut() }));
    }
}

/// Give loop `l`'s head its own handler back (the loop is given up).
///
/// # Safety
/// `l` is a live loop whose code is alive.
unsafe fn uninstall(l: *mut Loop) {
    drop_start(l);
    let head = (*l).head;
    let k = slot_of(head);
    let s = HEADS.with(|t| t[k].get());
    if s.ip != head || s.l != l {
        return;
    }
    if let Some((h, _)) = (*l).orig {
        if (*head).h as usize == handler!(jit_enter) as usize {
            // SAFETY: instructions are mutable at run time (quickening).
            (*(head as *mut Inst)).h = h;
        }
    }
    HEADS.with(|t| t[k].set(HeadSlot { ip: std::ptr::null(), l: std::ptr::null_mut() }));
}

/// Compile the loop closed by the back-edge `ip`; the loop-table index + 1.
unsafe fn compile(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Option<u16> {
    let head = target(ip);
    if head > ip || !stack_room(cx) {
        return None;
    }
    let n = ip.offset_from(head) as usize + 1;
    let (name, line) = code_name(ip, cx);
    let perf = cx.vm.perf_map;
    let l = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.failed.contains(&(ip as usize)) || s.loops.len() >= COMPILED as usize - 1 || n > 4000 {
            return None;
        }
        if !codegen::worth_compiling(head, n, fp, cx) {
            s.failed.insert(ip as usize);
            return None;
        }
        let t0 = std::time::Instant::now();
        if s.jit.is_none() {
            s.jit = codegen::Jit::new();
        }
        let mut flags = Box::new([0, 0, 1u64, 0, 0]);
        let r = s.jit.as_mut()?.compile(head, n, flags.as_mut_ptr(), fp, cx);
        let Some(codegen::Compiled { f, size, typed, data, guards, start: start_ok }) = r else {
            s.failed.insert(ip as usize);
            return None;
        };
        let name = format!("jit:{name}:{line}");
        if perf {
            perf_map_line(&mut s, f as usize, size, &name);
        }
        let index = s.loops.len();
        let compile_ns = t0.elapsed().as_nanos() as u64;
        let l = Loop { f, name, ninsts: n, size, compile_ns, entries: 0, active: false, flags, head, back: ip, index, orig: None, start: None, start_ok, guards, recompiles: 0, typed, data };
        s.loops.push(Box::new(l));
        TABLE.with(|t| t.set((s.loops.as_ptr(), s.loops.len())));
        Some(&mut *s.loops[index] as *mut Loop)
    })?;
    install(l, cx);
    // SAFETY: as above.
    Some((*l).index as u16 + 1)
}

/// Cranelift's compiler needs a good deal of native stack (register
/// allocation); on a small or nearly used-up stack the loop stays interpreted.
fn stack_room(cx: &Ctx) -> bool {
    const NEED: usize = 2 << 20;
    crate::vm::ctx::native_sp().saturating_sub(cx.vm.native_stack_limit) >= NEED
}

/// The running code's name and the source line of instruction `ip`.
unsafe fn code_name(ip: *const Inst, cx: &Ctx) -> (String, u32) {
    let Some(fr) = cx.vm.frames.last() else { return ("?".into(), 0) };
    if fr.code().is_null() {
        return ("?".into(), 0);
    }
    let code = &*fr.code();
    let base = code.insts.as_ptr();
    let name = crate::runtime::str_of(code.name).map(|s| s.to_string()).unwrap_or_else(|| "?".into());
    let k = if ip >= base { ip.offset_from(base) as usize } else { usize::MAX };
    (name, code.lines.get(k).copied().unwrap_or(code.firstlineno))
}

fn perf_map_line(s: &mut State, start: usize, size: usize, name: &str) {
    use std::io::Write as _;
    if s.perf_map.is_none() {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        s.perf_map = std::fs::OpenOptions::new().create(true).append(true).open(path).ok();
    }
    if let Some(f) = s.perf_map.as_mut() {
        let _ = writeln!(f, "{start:x} {size:x} {name}");
    }
}

/// The `--stats` section of the JIT: loops compiled, compile time and native
/// size of each, and how many times each was entered (= side exits).
pub fn stats_report(_cx: &Ctx) -> String {
    let mut out = String::new();
    STATE.with(|s| {
        let s = s.borrow();
        let total: u64 = s.loops.iter().map(|l| l.compile_ns).sum();
        let _ = writeln!(out, "jit: {} loops compiled in {:.3} ms, {} not compiled", s.loops.len(), total as f64 / 1e6, s.failed.len());
        for l in &s.loops {
            let _ = writeln!(
                out,
                "  {:>10} side exits  {:8.3} ms  {} recompiles  {:5} insts -> {:6} bytes  {}{}",
                l.entries,
                l.compile_ns as f64 / 1e6,
                l.recompiles,
                l.ninsts,
                l.size,
                l.name,
                if l.typed { "  typed" } else { "" }
            );
        }
    });
    out
}
