//! The dispatch contract (DESIGN §2). Read this before touching a handler.
//!
//! ```text
//! type Handler = unsafe fn(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Exit;
//! #[repr(C)] struct Inst { h: Handler, a: u16, b: u16, c: u16, d: u16 }   // 16 bytes
//! ```
//!
//! Pinned arguments (the same three in every handler, so they stay in registers):
//! * `ip` — the instruction being executed (an element of `CodeObj::insts`).
//! * `fp` — the frame's register window: register `r` is `*fp.add(r)`.
//! * `cx` — the interpreter context (heap, runtime state, frame records).
//!
//! Every op is written ONCE with [`op!`]: a body `|ip, fp, cx| -> Next` that
//! returns the next `(ip, fp)` pair. The macro generates, inside a module named
//! after the op:
//! * `h` — the threaded handler: runs the body, then tail-calls
//!   `((*next.ip).h)(next.ip, next.fp, cx)`. Identical signatures, no live value
//!   with a destructor, nothing pointing into the handler's frame: LLVM emits a
//!   `jmp`. `asm/check-dispatch.sh` verifies that no handler `call`s another.
//! * `step` — `extern "C" fn(ip, fp, cx) -> *const Inst`: runs the body, leaves the
//!   new `fp` in `cx.vm.step_fp` and returns the next ip (the JIT calls these).
//!
//! Debug builds (`cfg(debug_assertions)`, where LLVM does not guarantee sibling
//! calls) make `h` return `Exit::Step` after storing the next pair in `cx.vm`,
//! and [`run`] drives it in a plain loop. Release builds enter the first handler
//! once and handlers jump to each other until an exit.
//!
//! Leaving the interpreter: a body returns `Next { ip: exit_ip(), .. }` after
//! setting `cx.vm.exit` (Return / Error / Yield); the exit instruction's
//! handler returns that code. No handler tests for exits on its fast path.
//!
//! Rules for bodies: guards before side effects; slow paths are
//! `#[cold] #[inline(never)]` functions returning `Next` (they return before the
//! tail call, so no native frame is left under it); errors go through
//! `frame::throw` (exception-table lookup, frame unwinding), which also returns
//! a `Next`.
//!
//! Operand encoding (see `link.rs`): `a`, `b`, `c`, `d` are u16 operands; `cd`
//! (c | d << 16) is an i32 used for relative jump targets and for the relative
//! offset of an *aux slot* (a 16-byte slot after the code's instructions whose
//! `a..d` hold a 64-bit `Value` — constants, names, extra operands).

use super::{Ctx, Inst};
use crate::value::Value;

pub type Handler = unsafe fn(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Exit;
pub type StepFn = unsafe extern "C" fn(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> *const Inst;

/// Why the interpreter loop stopped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Exit {
    /// The entry frame returned; the value is in `cx.vm.ret`.
    Return,
    /// An exception left the entry frame; it is in `cx.exc`.
    Error,
    /// A generator frame yielded `cx.vm.ret`.
    Yield,
    /// Debug builds: one op ran; the next pair is in `cx.vm.step_ip/step_fp`.
    Step,
}

/// The next instruction and frame.
#[derive(Clone, Copy)]
pub struct Next {
    pub ip: *const Inst,
    pub fp: *mut Value,
}

impl Next {
    #[inline(always)]
    pub fn new(ip: *const Inst, fp: *mut Value) -> Next {
        Next { ip, fp }
    }
}

/// Define an op once; generates `mod $name { h, step }` (see module doc).
macro_rules! op {
    ($(#[$m:meta])* $name:ident, |$ip:ident, $fp:ident, $cx:ident| $body:block) => {
        $(#[$m])*
        #[allow(non_snake_case, unused_unsafe, unused_variables, clippy::missing_safety_doc)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use $crate::vm::dispatch::{Exit, Next};
            #[allow(unused_imports)]
            use $crate::vm::Inst;
            #[allow(unused_imports)]
            use $crate::value::Value;
            #[allow(unused_imports)]
            use $crate::vm::Ctx;

            #[inline(always)]
            pub(crate) unsafe fn body($ip: *const Inst, $fp: *mut Value, $cx: &mut Ctx) -> Next $body

            /// Threaded handler.
            #[inline(never)]
            pub unsafe fn h(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Exit {
                let n = body(ip, fp, cx);
                $crate::vm::dispatch::tail!(n, cx)
            }

            /// Step form (JIT, debugging).
            #[inline(never)]
            pub unsafe extern "C" fn step(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> *const Inst {
                let n = body(ip, fp, cx);
                cx.vm.step_fp = n.fp;
                n.ip
            }
        }
    };
}
pub(crate) use op;

#[cfg(not(debug_assertions))]
macro_rules! tail {
    ($n:expr, $cx:expr) => {{
        let n = $n;
        // SAFETY: `n.ip` is a linked instruction (or the exit instruction) whose
        // handler expects exactly this frame.
        return unsafe { ((*n.ip).h)(n.ip, n.fp, $cx) };
    }};
}
#[cfg(debug_assertions)]
macro_rules! tail {
    ($n:expr, $cx:expr) => {{
        let n = $n;
        $cx.vm.step_ip = n.ip;
        $cx.vm.step_fp = n.fp;
        return $crate::vm::dispatch::Exit::Step;
    }};
}
pub(crate) use tail;

/// The exit instruction: its handler returns `cx.vm.exit`.
pub mod exit_op {
    use super::*;
    #[inline(never)]
    pub unsafe fn h(_ip: *const Inst, _fp: *mut Value, cx: &mut Ctx) -> Exit {
        cx.vm.exit
    }
}

/// Aux slots are never dispatched.
pub mod aux_slot {
    use super::*;
    #[inline(never)]
    pub unsafe fn h(_ip: *const Inst, _fp: *mut Value, _cx: &mut Ctx) -> Exit {
        unreachable!("aux slot dispatched")
    }
}

pub static EXIT_INST: Inst = Inst { h: exit_op::h, a: 0, b: 0, c: 0, d: 0 };

#[inline(always)]
pub fn exit_ip() -> *const Inst {
    &EXIT_INST
}

/// Leave the interpreter with `e` (set `cx.vm.exit`, go to the exit instruction).
#[inline(always)]
pub fn leave(cx: &mut Ctx, e: Exit, fp: *mut Value) -> Next {
    cx.vm.exit = e;
    Next::new(exit_ip(), fp)
}

/// Run from `ip` in frame `fp` until an exit.
///
/// # Safety
/// `ip` is a linked instruction of the code of the frame record on top of
/// `cx.vm.frames`, and `fp` that frame's register window.
#[cfg(not(debug_assertions))]
pub unsafe fn run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Exit {
    if cx.vm.stats {
        return run_counting(ip, fp, cx);
    }
    ((*ip).h)(ip, fp, cx)
}

// ---- --stats: a counting step loop (separate path; the handlers are untouched) ----

static STATS_ON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
type Registry = crate::fxhash::HashMap<usize, (StepFn, &'static str)>;
static REGISTRY: std::sync::Mutex<Option<Registry>> = std::sync::Mutex::new(None);

/// Turn on op counting (before any code is linked).
pub fn enable_stats() {
    STATS_ON.store(true, std::sync::atomic::Ordering::Relaxed);
}
#[inline]
pub fn stats_enabled() -> bool {
    STATS_ON.load(std::sync::atomic::Ordering::Relaxed)
}
/// The handler of op module `path` (e.g. `handler!(arith::add)`), registered
/// once (its step form and name) so `--stats` and the JIT can find them.
/// Every handler that is ever stored in an `Inst` — by the linker or by
/// quickening at run time — must be obtained through this macro.
macro_rules! handler {
    ($($p:ident)::+) => {{
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            $crate::vm::dispatch::register($($p::)+h as $crate::vm::dispatch::Handler, $($p::)+step, stringify!($($p)::+))
        });
        $($p::)+h as $crate::vm::dispatch::Handler
    }};
}
pub(crate) use handler;

/// The step form of a registered handler (JIT, `--stats`).
pub fn step_of(h: Handler) -> Option<(StepFn, &'static str)> {
    let r = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    r.as_ref().and_then(|m| m.get(&(h as usize)).copied())
}

/// The registered handler named `name` (`"locals::load_const"`), if any.
pub fn handler_named(name: &str) -> Option<Handler> {
    let r = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let h = r.as_ref()?.iter().find(|(_, v)| v.1 == name).map(|(h, _)| *h)?;
    // SAFETY: the registry's keys are `Handler`s cast to usize (`register`).
    Some(unsafe { std::mem::transmute::<usize, Handler>(h) })
}

/// Link time: remember the step form and name of a handler.
pub fn register(h: Handler, step: StepFn, name: &'static str) {
    let mut r = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let m = r.get_or_insert_with(Default::default);
    // `stringify!` spaces paths ("arith :: add"); one leaked name per handler.
    m.entry(h as usize).or_insert_with(|| (step, Box::leak(name.replace(' ', "").into_boxed_str())));
}

/// Op and op-pair counts of a `--stats` run.
#[derive(Default)]
pub struct Stats {
    pub ops: crate::fxhash::HashMap<&'static str, u64>,
    pub pairs: crate::fxhash::HashMap<(&'static str, &'static str), u64>,
    pub last: &'static str,
}

/// Step loop that counts every dispatched op and op pair.
unsafe fn run_counting(mut ip: *const Inst, mut fp: *mut Value, cx: &mut Ctx) -> Exit {
    loop {
        if ip == exit_ip() {
            return cx.vm.exit;
        }
        let (step, name) = {
            let r = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
            match r.as_ref().and_then(|m| m.get(&((*ip).h as usize)).copied()) {
                Some(x) => x,
                None => return ((*ip).h)(ip, fp, cx),
            }
        };
        let st = cx.vm.stat.get_or_insert_with(Default::default);
        *st.ops.entry(name).or_insert(0) += 1;
        let prev = std::mem::replace(&mut st.last, name);
        *st.pairs.entry((prev, name)).or_insert(0) += 1;
        ip = step(ip, fp, cx);
        fp = cx.vm.step_fp;
    }
}

/// The `--stats` report (stderr text).
pub fn stats_report(cx: &Ctx) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if let Some(st) = &cx.vm.stat {
        let total: u64 = st.ops.values().sum();
        let _ = writeln!(out, "instructions dispatched: {total}");
        let mut ops: Vec<_> = st.ops.iter().collect();
        ops.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (n, c) in ops.iter().take(40) {
            let _ = writeln!(out, "  {:>12} {:5.1}%  {}", c, **c as f64 * 100.0 / total.max(1) as f64, n);
        }
        let mut pairs: Vec<_> = st.pairs.iter().filter(|(k, _)| !k.0.is_empty()).collect();
        pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let _ = writeln!(out, "top op pairs:");
        for ((a, b), c) in pairs.iter().take(20) {
            let _ = writeln!(out, "  {:>12}  {} -> {}", c, a, b);
        }
    }
    let _ = writeln!(out, "gc: {} collections, {:.3} ms total pause", cx.heap.collections, cx.heap.pause_ns as f64 / 1e6);
    out
}

/// Debug builds: the plain step loop.
///
/// # Safety
/// As the release form.
#[cfg(debug_assertions)]
pub unsafe fn run(mut ip: *const Inst, mut fp: *mut Value, cx: &mut Ctx) -> Exit {
    if cx.vm.stats {
        return run_counting(ip, fp, cx);
    }
    loop {
        let e = ((*ip).h)(ip, fp, cx);
        if e != Exit::Step {
            return e;
        }
        ip = cx.vm.step_ip;
        fp = cx.vm.step_fp;
    }
}

// ---- operand helpers (used by every handler family) ----

/// Register `r` of frame `fp`.
#[inline(always)]
pub unsafe fn reg(fp: *mut Value, r: u16) -> Value {
    *fp.add(r as usize)
}
#[inline(always)]
pub unsafe fn set_reg(fp: *mut Value, r: u16, v: Value) {
    *fp.add(r as usize) = v;
}
#[inline(always)]
pub unsafe fn reg_ptr(fp: *mut Value, r: u16) -> *mut Value {
    fp.add(r as usize)
}

impl Inst {
    /// `c | d << 16` as a signed offset (jump targets, aux offsets).
    #[inline(always)]
    pub fn cd(&self) -> isize {
        ((self.c as u32) | ((self.d as u32) << 16)) as i32 as isize
    }
    /// The 64-bit payload of an aux slot.
    #[inline(always)]
    pub fn payload(&self) -> u64 {
        (self.a as u64) | ((self.b as u64) << 16) | ((self.c as u64) << 32) | ((self.d as u64) << 48)
    }
}

/// The aux slot `ip` points to (via `cd`).
#[inline(always)]
pub unsafe fn aux(ip: *const Inst) -> *const Inst {
    ip.offset((*ip).cd())
}
/// The Value stored in aux slot `k` of `ip` (`k` = 0, 1, ...).
#[inline(always)]
pub unsafe fn aux_val(ip: *const Inst, k: usize) -> Value {
    Value::from_raw((*aux(ip).add(k)).payload())
}
/// Overwrite the payload of aux slot `p` (inline caches).
#[inline(always)]
pub unsafe fn set_payload(p: *mut Inst, v: u64) {
    (*p).a = v as u16;
    (*p).b = (v >> 16) as u16;
    (*p).c = (v >> 32) as u16;
    (*p).d = (v >> 48) as u16;
}

/// Jump target encoded in `cd`.
#[inline(always)]
pub unsafe fn target(ip: *const Inst) -> *const Inst {
    ip.offset((*ip).cd())
}
#[inline(always)]
pub unsafe fn next(ip: *const Inst, fp: *mut Value) -> Next {
    Next::new(ip.add(1), fp)
}
