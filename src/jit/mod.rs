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
//! * Quickening may rewrite `Inst.h` at run time: every template first checks
//!   that `h` is still the handler it was compiled for, else it side-exits
//!   before doing anything (the interpreter then runs the instruction).
//! * Re-entrancy: while a loop's code runs it is marked active; a nested entry
//!   of the same loop (a fused `x_loop` step form calling the back-edge body, or
//!   a builtin calling back into the same function) interprets instead.
mod codegen;
mod quicken;

use crate::value::Value;
use crate::vm::dispatch::{target, Next};
use crate::vm::{Ctx, Inst};
use std::cell::RefCell;
use std::fmt::Write;

/// A compiled loop: `fp`, `cx` -> the ip to resume the interpreter at (the
/// frame to resume in is in `cx.vm.step_fp`).
pub type JitFn = unsafe extern "C" fn(fp: *mut Value, cx: *mut Ctx) -> *const Inst;

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
    /// `[0]`: set by the compiled code when an instruction's handler was
    /// rewritten (quickening) after compilation: recompile (a few times at
    /// most). `[1]`: back-edges taken in the generic body (see `hot`).
    stale: Box<[u64; 2]>,
    recompiles: u32,
    /// Has a typed body (`typed.rs`).
    typed: bool,
    /// Data the compiled code points into.
    data: Vec<Box<[u64]>>,
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
    static TABLE: std::cell::Cell<(*const Box<Loop>, usize)> = const { std::cell::Cell::new((std::ptr::null(), 0)) };
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
    // SAFETY (the block): as above; no reference into the table is held
    // while the compiled code runs.
    let (r, stale) = {
        (*l).active = true;
        (*l).entries += 1;
        let r = ((*l).f)(fp, cx);
        (*l).active = false;
        // A generic body entered often for a few iterations each loses to
        // the interpreter (entry and exit cost more than they save): give up.
        if (*l).entries == GIVE_UP_CHECK && !(*l).typed && (*l).stale[1] < GIVE_UP_CHECK * MIN_ITERS {
            (*l).recompiles = u32::MAX;
        }
        let stale = std::mem::replace(&mut (*l).stale[0], 0) != 0 || (*l).recompiles == u32::MAX;
        (r, stale)
    };
    if stale {
        recompile(ip, li, fp, cx);
    }
    Next::new(r, cx.vm.step_fp)
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
/// handlers, or after a few times give up and interpret it.
#[cold]
#[inline(never)]
unsafe fn recompile(ip: *const Inst, li: usize, fp: *mut Value, cx: &mut Ctx) {
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
        let stale = l.stale.as_mut_ptr();
        let t0 = std::time::Instant::now();
        let Some(c) = s.jit.as_mut().and_then(|j| j.compile(head, n, stale, fp, cx)) else { return false };
        let l = &mut s.loops[li];
        l.f = c.f;
        l.size = c.size;
        l.typed = c.typed;
        // The old code's data stays: that code may still be on the stack.
        l.data.extend(c.data);
        l.compile_ns += t0.elapsed().as_nanos() as u64;
        true
    });
    if !ok {
        // SAFETY: instructions are mutable at run time (counters, quickening).
        let mi = ip as *mut Inst;
        (*mi).a = 0;
        (*mi).b = 0;
        STATE.with(|s| s.borrow_mut().failed.insert(ip as usize));
    }
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
    STATE.with(|s| {
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
        let mut stale = Box::new([0u64; 2]);
        let r = s.jit.as_mut()?.compile(head, n, stale.as_mut_ptr(), fp, cx);
        let Some(codegen::Compiled { f, size, typed, data }) = r else {
            s.failed.insert(ip as usize);
            return None;
        };
        let name = format!("jit:{name}:{line}");
        if perf {
            perf_map_line(&mut s, f as usize, size, &name);
        }
        s.loops.push(Box::new(Loop { f, name, ninsts: n, size, compile_ns: t0.elapsed().as_nanos() as u64, entries: 0, active: false, stale, recompiles: 0, typed, data }));
        TABLE.with(|t| t.set((s.loops.as_ptr(), s.loops.len())));
        Some(s.loops.len() as u16)
    })
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
    if fr.code.is_null() {
        return ("?".into(), 0);
    }
    let code = &*fr.code;
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
