//! The interpreter context (`Ctx`) and the engine state (`VmState`): the
//! register stack, frame records and the handled-exception stack.
//!
//! Register stack: one contiguous allocation (`STACK_VALUES` Values, zeroed,
//! never reallocated, so pointers into it stay valid); pages are committed
//! lazily by the OS. A frame is a window `fp` into it. Every slot below the top
//! of the stack (`VmState::top`) holds a valid Value or UNBOUND: frames clear
//! their registers at entry, so the collector can scan `[stack, top)`.
use super::dispatch::Exit;
use super::Inst;
use crate::compile::CodeObj;
use crate::heap::{DictObj, Heap, ObjHeader};
use crate::value::Value;

/// Register stack size in Values (64 MiB of address space).
pub const STACK_VALUES: usize = 8 << 20;

/// Frame flags.
/// The frame was entered from native code (`call_function`, `gen_resume`,
/// module execution): returning or unwinding out of it leaves the interpreter.
pub const FR_ENTRY: u32 = 1;
/// The frame runs a generator (`Frame::gen`).
pub const FR_GEN: u32 = 2;
/// The frame runs `__init__` for a class call; `Frame::gen` holds the new
/// instance, the call's result.
pub const FR_INIT: u32 = 4;

/// One activation record (kept apart from the registers). `repr(C)`: `exc_base`
/// and `flags` are adjacent, read together by `plain_exit`.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Frame {
    /// Register window.
    pub fp: *mut Value,
    /// The caller's call instruction (result goes to its `a` register; execution
    /// continues after it). Null for entry frames.
    pub ret_ip: *const Inst,
    /// The running code; not written (stale) for frames without flags, whose
    /// code is `func`'s: read it through `Frame::code()`.
    pub code: *mut CodeObj,
    /// The running FunctionObj.
    pub func: Value,
    pub globals: *mut DictObj,
    /// Handled-exception stack depth at frame entry.
    pub exc_base: u32,
    pub flags: u32,
    /// The GenObj for `FR_GEN` frames, the new instance for `FR_INIT`, the
    /// operator for `FR_BINOP`; not written (stale) for frames without flags.
    pub gen: Value,
    /// High-water mark of live registers: max(fp + nregs, caller's top). A
    /// callee overlaid on its caller's argument registers may end below the
    /// caller's window, whose (dead but once-live) temporaries must stay scanned.
    pub top: *mut Value,
}

impl Frame {
    /// The running code: `func`'s for a frame without flags (the fast call's
    /// push does not write `code`), else the `code` field.
    #[inline]
    pub fn code(&self) -> *mut CodeObj {
        if self.flags == 0 {
            super::frame::code_of(self.func)
        } else {
            self.code
        }
    }

    /// A plain return: no flags and no handled exception left above the
    /// frame's base (`handled` is the handled-exception stack's depth). One
    /// compare of the two adjacent u32 fields as one word.
    #[inline(always)]
    pub fn plain_exit(&self, handled: usize) -> bool {
        // SAFETY: as in `init_plain_exit`: the two fields are one aligned u64
        // whose low half is `exc_base`.
        unsafe { std::ptr::addr_of!(self.exc_base).cast::<u64>().read() == handled as u64 }
    }

    /// Set `exc_base` to `handled` and `flags` to 0 with one store.
    ///
    /// # Safety
    /// `fr` points to a Frame (fields may be uninitialised).
    #[inline(always)]
    pub unsafe fn init_plain_exit(fr: *mut Frame, handled: usize) {
        // SAFETY: `exc_base` is 8-aligned with `flags` right after it and the
        // target is little-endian (asserted below): the low half is exc_base.
        std::ptr::addr_of_mut!((*fr).exc_base).cast::<u64>().write(handled as u32 as u64);
    }
}

const _: () = assert!(
    std::mem::offset_of!(Frame, flags) == std::mem::offset_of!(Frame, exc_base) + 4
        && std::mem::offset_of!(Frame, exc_base) % 8 == 0
        && cfg!(target_endian = "little")
);

/// The frame records: a stack behind a top pointer (the running frame's
/// record is `top[-1]`), so a call's push and a return's pop are pointer
/// bumps and the depth check is one compare (`top >= limit`). Reads go
/// through the slice (`Deref`): `len`, `last`, `get`, `iter`, indexing.
pub struct FrameStack {
    /// One past the top record.
    pub top: *mut Frame,
    /// `base + min(depth limit, capacity)`: below it a record can be pushed
    /// without growing the stack or passing the recursion limit.
    pub limit: *mut Frame,
    base: *mut Frame,
    /// One past the allocation.
    end: *mut Frame,
    /// The recursion limit `limit` is computed from.
    depth: usize,
}

impl FrameStack {
    fn with_capacity(cap: usize) -> FrameStack {
        let layout = std::alloc::Layout::array::<Frame>(cap).expect("frame stack layout");
        // SAFETY: non-zero size (cap > 0).
        let base = unsafe { std::alloc::alloc(layout) as *mut Frame };
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        // SAFETY: one past the end of the allocation.
        let end = unsafe { base.add(cap) };
        FrameStack { top: base, limit: base, base, end, depth: 0 }
    }

    /// Records the stack holds without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        // SAFETY: both point into (or one past) the same allocation.
        unsafe { self.end.offset_from(self.base) as usize }
    }

    /// No room for one more record without growing.
    #[inline(always)]
    pub fn is_full(&self) -> bool {
        self.top >= self.end
    }

    /// Set the recursion limit (`limit` follows).
    pub fn set_depth_limit(&mut self, depth: usize) {
        self.depth = depth;
        // SAFETY: min(depth, capacity) records from base stay in the allocation.
        self.limit = unsafe { self.base.add(depth.min(self.capacity())) };
    }

    /// Double the capacity (at least 256 more records).
    #[cold]
    #[inline(never)]
    pub fn grow(&mut self) {
        let (len, cap) = (self.len(), self.capacity());
        let new_cap = cap + cap.max(256);
        let old = std::alloc::Layout::array::<Frame>(cap).expect("frame stack layout");
        let new_size = std::alloc::Layout::array::<Frame>(new_cap).expect("frame stack layout").size();
        // SAFETY: `base` was allocated with `old`; the records are plain data.
        let base = unsafe { std::alloc::realloc(self.base as *mut u8, old, new_size) as *mut Frame };
        if base.is_null() {
            std::alloc::handle_alloc_error(old);
        }
        self.base = base;
        // SAFETY: len <= cap < new_cap records in the new allocation.
        unsafe {
            self.top = base.add(len);
            self.end = base.add(new_cap);
        }
        self.set_depth_limit(self.depth);
    }

    /// Push a record, growing the stack if needed.
    #[inline(always)]
    pub fn push(&mut self, f: Frame) {
        if self.is_full() {
            self.grow();
        }
        // SAFETY: top < end (just checked/grown).
        unsafe {
            self.top.write(f);
            self.top = self.top.add(1);
        }
    }

    /// Pop the top record.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Frame> {
        if self.top == self.base {
            return None;
        }
        // SAFETY: top > base: top[-1] is a pushed record.
        unsafe {
            self.top = self.top.sub(1);
            Some(self.top.read())
        }
    }
}

impl std::ops::Deref for FrameStack {
    type Target = [Frame];
    #[inline]
    fn deref(&self) -> &[Frame] {
        // SAFETY: [base, top) are pushed records.
        unsafe { std::slice::from_raw_parts(self.base, self.top.offset_from(self.base) as usize) }
    }
}

impl std::ops::DerefMut for FrameStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Frame] {
        // SAFETY: [base, top) are pushed records, owned by the stack.
        unsafe { std::slice::from_raw_parts_mut(self.base, self.top.offset_from(self.base) as usize) }
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        let layout = std::alloc::Layout::array::<Frame>(self.capacity()).expect("frame stack layout");
        // SAFETY: allocated (or reallocated) with this layout.
        unsafe { std::alloc::dealloc(self.base as *mut u8, layout) };
    }
}

pub struct VmState {
    /// Base of the register stack (`STACK_VALUES` Values).
    pub stack: *mut Value,
    pub stack_end: *mut Value,
    /// Frame records (`frames.limit`: the calls' fast path's depth check,
    /// kept by `Ctx::set_recursion_limit` and `FrameStack::grow`).
    pub frames: FrameStack,
    /// Globals of the frame on top of `frames` (cache for LoadGlobal).
    pub globals: *mut DictObj,
    /// Exceptions being handled (`except` blocks), innermost last.
    pub handled: Vec<Value>,
    /// Value returned / yielded by the last exit.
    pub ret: Value,
    /// Exit code the exit instruction returns.
    pub exit: Exit,
    /// Debug step loop / JIT step forms: the next pair.
    pub step_ip: *const Inst,
    pub step_fp: *mut Value,
    /// Lowest native stack address native->Python re-entry may reach.
    pub native_stack_limit: usize,
    /// Directory of the main script (sys.path[0]) for `.py` imports.
    pub main_dir: Option<std::path::PathBuf>,
    /// Traceback entries not yet stored in `tb_exc` (see `frame::flush_traceback`).
    pub tb_exc: Value,
    pub tb_pending: Vec<(Value, u32)>,
    /// The `__build_class__` native.
    pub build_class: Value,
    pub no_jit: bool,
    pub jit_threshold: u32,
    pub stats: bool,
    /// `--perf-map`: write /tmp/perf-<pid>.map for JIT code.
    pub perf_map: bool,
    /// `--stats` counters (release builds).
    pub stat: Option<Box<super::dispatch::Stats>>,
    /// Safepoint budget (fuzzing only, `Ctx::set_budget`): safepoints left
    /// before every further one raises KeyboardInterrupt. None: unlimited.
    pub budget: Option<u64>,
    /// Under a budget `heap.threshold` stays 0 (every safepoint is taken);
    /// the collector's own threshold is kept here.
    pub budget_gc_at: usize,
    /// User `__repr__` calls under way from native `repr()`:
    /// CPython 3.11 charges each such level 2 more units of the recursion limit.
    pub native_repr_depth: u32,
    /// Every generator object not yet freed (`gen::make` registers it): the
    /// collector's finalization pass scans this, not the whole heap.
    pub generators: Vec<Value>,
    /// Every weakref, by target: cleared by the collector between mark and
    /// sweep (`builtins::weakref::clear_dead`).
    pub weakrefs: crate::builtins::weakref::Registry,
}

impl Default for VmState {
    fn default() -> Self {
        let layout = std::alloc::Layout::array::<Value>(STACK_VALUES).expect("stack layout");
        // SAFETY: non-zero size; zeroed memory is all-UNBOUND Values.
        let stack = unsafe { std::alloc::alloc_zeroed(layout) as *mut Value };
        if stack.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        VmState {
            stack,
            // SAFETY: one past the end of the allocation.
            stack_end: unsafe { stack.add(STACK_VALUES) },
            frames: FrameStack::with_capacity(1024),
            globals: std::ptr::null_mut(),
            handled: Vec::new(),
            ret: Value::UNBOUND,
            exit: Exit::Return,
            step_ip: std::ptr::null(),
            step_fp: std::ptr::null_mut(),
            native_stack_limit: default_native_limit(),
            main_dir: None,
            tb_exc: Value::UNBOUND,
            tb_pending: Vec::new(),
            generators: Vec::new(),
            weakrefs: Default::default(),
            build_class: Value::UNBOUND,
            no_jit: false,
            native_repr_depth: 0,
            jit_threshold: 1000,
            stats: false,
            perf_map: false,
            stat: None,
            budget: None,
            budget_gc_at: 0,
        }
    }
}

impl Drop for VmState {
    fn drop(&mut self) {
        let layout = std::alloc::Layout::array::<Value>(STACK_VALUES).expect("stack layout");
        // SAFETY: allocated in `default` with this layout.
        unsafe { std::alloc::dealloc(self.stack as *mut u8, layout) };
    }
}

/// Approximate current native stack pointer.
#[inline(always)]
pub fn native_sp() -> usize {
    let x = 0u8;
    std::ptr::addr_of!(x) as usize
}

/// Without a known stack size, assume 1 MiB below here is usable.
fn default_native_limit() -> usize {
    native_sp().saturating_sub(1 << 20)
}

impl VmState {
    /// First free register slot: above every live frame's registers.
    #[inline]
    pub fn top(&self) -> *mut Value {
        match self.frames.last() {
            Some(f) => f.top,
            None => self.stack,
        }
    }

    /// Tell the engine how much native stack the interpreter thread has
    /// (called at thread start); re-entry raises RecursionError near the end.
    pub fn set_native_stack(&mut self, size: usize) {
        let margin = (size / 8).clamp(64 << 10, 4 << 20);
        self.native_stack_limit = native_sp().saturating_sub(size.saturating_sub(margin));
    }
}

pub struct Ctx {
    pub heap: Heap,
    /// The exception being raised (valid while an `Err(Exc)` propagates).
    pub exc: Value,
    /// Builtin types, interned strings, modules (owned by `runtime`).
    pub rt: crate::runtime::Runtime,
    /// Engine state: register stack, frames, handled-exception stack (owned by `vm`).
    pub vm: VmState,
    /// The shared key lists of instance attributes (`runtime::attr`'s
    /// instance storage): class `c`'s list is `inst_keys[c.h.aux32 - 1]`
    /// (aux32 0: none yet). Append-only interned strs (rooted by the intern table).
    pub inst_keys: Vec<Vec<Value>>,
}

impl Ctx {
    /// A fresh interpreter: heap, builtin classes, builtins, module registry.
    pub fn new(argv: Vec<String>) -> Ctx {
        let mut cx = Ctx {
            heap: Heap::default(),
            exc: Value::UNBOUND,
            rt: crate::runtime::Runtime::default(),
            vm: VmState::default(),
            inst_keys: Vec::new(),
        };
        cx.rt.argv = argv;
        cx.refresh_frame_limit();
        crate::runtime::init(&mut cx);
        super::install(&mut cx);
        cx
    }

    /// `sys.setrecursionlimit` (argument checks done by the caller).
    pub fn set_recursion_limit(&mut self, n: usize) {
        self.rt.recursion_limit = n;
        self.refresh_frame_limit();
    }

    /// Recompute `vm.frames.limit` after the recursion limit changed.
    pub fn refresh_frame_limit(&mut self) {
        self.vm.frames.set_depth_limit(self.rt.recursion_limit);
    }

    /// A safepoint's slow path: collect if due, then deliver a pending SIGINT
    /// as KeyboardInterrupt (the signal handler zeroes `heap.threshold` so the
    /// next safepoint gets here; the collection recomputes the threshold).
    pub fn safepoint(&mut self) -> crate::PyResult<()> {
        if self.vm.budget.is_some() {
            return self.budget_safepoint();
        }
        if signals::pending() {
            // Collect even if not due: it restores the threshold the handler zeroed.
            self.collect_or_defer();
        } else {
            self.maybe_gc();
        }
        self.check_signals()
    }

    /// Limit the program to `n` more safepoints (back-edges and calls); then
    /// every safepoint raises KeyboardInterrupt, so any program ends. For
    /// the fuzz harness (`fuzz/`): normal runs never set it.
    pub fn set_budget(&mut self, n: u64) {
        self.vm.budget = Some(n);
        self.vm.budget_gc_at = self.heap.threshold;
        self.heap.threshold = 0;
    }

    #[cold]
    #[inline(never)]
    fn budget_safepoint(&mut self) -> crate::PyResult<()> {
        if (self.heap.allocated >= self.vm.budget_gc_at || self.heap.stress) && self.heap.no_gc_depth == 0 {
            self.collect();
            self.vm.budget_gc_at = self.heap.threshold;
        }
        self.heap.threshold = 0;
        match self.vm.budget {
            Some(0) => {
                let c = self.rt.types.keyboard_interrupt;
                Err(self.err(c, "safepoint budget exhausted"))
            }
            Some(n) => {
                self.vm.budget = Some(n - 1);
                self.check_signals()
            }
            None => Ok(()),
        }
    }

    /// Raise KeyboardInterrupt if SIGINT arrived since the last check; raise
    /// SystemExit (quiet, status 0) at every safepoint once stdout's reader
    /// went away (`signals::request_quiet_exit`).
    pub fn check_signals(&mut self) -> crate::PyResult<()> {
        if signals::exit_requested() {
            let c = self.rt.types.system_exit;
            return Err(self.err_noargs(c));
        }
        let arrived = signals::take_all();
        if arrived != 0 {
            return self.run_signal_handlers(arrived);
        }
        Ok(())
    }

    /// Deliver the signals in `arrived` (a `signals` bit set) in signal-number
    /// order through `modules::signal::deliver` (a Python handler, or
    /// KeyboardInterrupt for SIGINT); if one raises, the rest stay pending.
    #[cold]
    #[inline(never)]
    fn run_signal_handlers(&mut self, arrived: u64) -> crate::PyResult<()> {
        let mut rest = arrived;
        for sig in 1..=signals::MAX_SIGNAL {
            let bit = signals::bit(sig);
            if rest & bit == 0 {
                continue;
            }
            rest &= !bit;
            if let Err(e) = crate::modules::signal::deliver(self, sig) {
                signals::requeue(rest);
                return Err(e);
            }
        }
        Ok(())
    }

    pub fn maybe_gc(&mut self) {
        if self.heap.wants_gc() {
            self.collect_or_defer();
        }
    }

    /// Collect, unless native code that called back into Python holds
    /// unrooted Values: then postpone (signals are still delivered).
    fn collect_or_defer(&mut self) {
        if self.heap.no_gc_depth == 0 {
            self.collect();
        } else {
            self.heap.defer_gc();
            if signals::pending() {
                self.heap.threshold = 0;
            }
        }
    }

    /// Mark from every root, then sweep.
    #[cold]
    #[inline(never)]
    pub fn collect(&mut self) {
        let t0 = std::time::Instant::now();
        let top = self.vm.top();
        // SAFETY: [stack, top) holds valid Values (see module doc).
        let n = unsafe { top.offset_from(self.vm.stack) } as usize;
        let regs = unsafe { std::slice::from_raw_parts(self.vm.stack, n) };
        self.heap.mark_all(regs);
        for f in self.vm.frames.iter() {
            self.heap.mark(f.func);
            self.heap.mark_ptr(f.globals);
            // Plain frames (no flags) leave `code` and `gen` unwritten
            // (`push_reserved`); their code is `func`'s, marked with it.
            if f.flags != 0 {
                self.heap.mark_ptr(f.code);
                self.heap.mark(f.gen);
            }
        }
        self.heap.mark_all(&self.vm.handled);
        self.heap.mark(self.vm.ret);
        self.heap.mark(self.vm.build_class);
        self.heap.mark(self.vm.tb_exc);
        for &(c, _) in &self.vm.tb_pending {
            self.heap.mark(c);
        }
        self.heap.mark(self.exc);
        self.rt.trace(&mut self.heap);
        self.heap.propagate();
        let dying = self.dying_generators();
        // Marks are final: clear weakrefs to what the sweep frees.
        let weak_due = crate::builtins::weakref::clear_dead(&mut self.vm.weakrefs);
        self.heap.sweep();
        self.heap.pause_ns += t0.elapsed().as_nanos();
        // A SIGINT during the sweep may have had its zeroed threshold overwritten.
        if signals::pending() {
            self.heap.threshold = 0;
        }
        if !dying.is_empty() {
            super::gen::finalize(self, dying);
        }
        crate::builtins::weakref::run_callbacks(self, weak_due);
    }

    /// Unreachable generators whose `close()` runs code (`gen::needs_close`):
    /// marked again (with all they reach) so they survive this sweep, to be
    /// closed right after it, once (`gen::finalize` finishes them), as
    /// CPython's finalizer closes a generator it frees.
    fn dying_generators(&mut self) -> Vec<Value> {
        let mut dying = Vec::new();
        // Unmarked generators are freed by the coming sweep unless dying:
        // they leave the registry here.
        self.vm.generators.retain(|&g| {
            // SAFETY: registered generators are live until the sweep; marks are current.
            if unsafe { (*g.as_ptr::<ObjHeader>()).mark } {
                true
            } else if super::gen::needs_close(g) {
                dying.push(g);
                true
            } else {
                false
            }
        });
        if !dying.is_empty() {
            self.heap.mark_all(&dying);
            self.heap.propagate();
        }
        dying
    }

    /// At interpreter exit: close every generator still suspended where its
    /// `close()` runs code (`finally`, `with` exits), as CPython does when it
    /// tears the modules down. The driver calls it once the program ended,
    /// before the final flush of stdout.
    pub fn finalize_generators(&mut self) {
        let gens: Vec<Value> = self.vm.generators.iter().copied().filter(|&g| super::gen::needs_close(g)).collect();
        super::gen::finalize(self, gens);
    }
}

/// SIGINT -> KeyboardInterrupt, and the `signal` module's Python handlers.
/// The OS handler only sets the signal's bit and zeroes the published
/// `heap.threshold`, so `wants_gc()` turns true and the next safepoint
/// (back-edge or call) runs `Ctx::safepoint`, whose `check_signals` runs the
/// handlers (`modules::signal::deliver`). Blocking calls poll with `sleep` /
/// `read_line` below.
pub mod signals {
    use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};

    /// Signals that arrived and are not delivered yet: bit `sig % 64` (signals 1..=64).
    static PENDING: AtomicU64 = AtomicU64::new(0);
    static EXIT: AtomicBool = AtomicBool::new(false);
    static THRESHOLD: AtomicPtr<usize> = AtomicPtr::new(std::ptr::null_mut());

    const SIGINT: i32 = 2;
    pub const SIG_DFL: usize = 0;
    pub const SIG_IGN: usize = 1;
    /// The highest signal number (SIGRTMAX on Linux; NSIG - 1).
    pub const MAX_SIGNAL: i32 = 64;

    /// The `PENDING` bit of signal `sig` (1..=MAX_SIGNAL).
    #[inline]
    pub fn bit(sig: i32) -> u64 {
        1u64 << (sig as u32 % 64)
    }

    /// Layout of `struct sigaction` on Linux (x86-64 and aarch64).
    #[repr(C)]
    struct SigAction {
        handler: usize,
        mask: [u64; 16],
        flags: i32,
        restorer: usize,
    }

    extern "C" {
        fn sigaction(sig: i32, act: *const SigAction, old: *mut SigAction) -> i32;
        fn sigemptyset(set: *mut [u64; 16]) -> i32;
        fn raise(sig: i32) -> i32;
        fn sigaddset(set: *mut [u64; 16], sig: i32) -> i32;
        fn sigfillset(set: *mut [u64; 16]) -> i32;
        fn __errno_location() -> *mut i32;
        fn pthread_sigmask(how: i32, set: *const [u64; 16], old: *mut [u64; 16]) -> i32;
    }

    const SIG_BLOCK: i32 = 0;
    const SIG_UNBLOCK: i32 = 1;

    fn sigint_mask(how: i32) {
        let mut set = [0u64; 16];
        // SAFETY: a valid sigset; plain libc calls.
        unsafe {
            sigemptyset(&mut set);
            sigaddset(&mut set, SIGINT);
            pthread_sigmask(how, &set, std::ptr::null_mut());
        }
    }

    /// Block every signal in the calling thread (the launcher, after spawning
    /// the interpreter thread) so the kernel delivers them to the interpreter
    /// thread, whose blocking reads then return EINTR, and so a signal a
    /// program sends itself (`os.kill(os.getpid(), s)`) arrives before `kill`
    /// returns.
    pub fn block_in_this_thread() {
        let mut set = [0u64; 16];
        // SAFETY: a valid sigset; plain libc calls.
        unsafe {
            sigfillset(&mut set);
            pthread_sigmask(SIG_BLOCK, &set, std::ptr::null_mut());
        }
    }

    extern "C" fn on_signal(sig: i32) {
        PENDING.fetch_or(bit(sig), Ordering::SeqCst);
        let p = THRESHOLD.load(Ordering::SeqCst);
        if !p.is_null() {
            // SAFETY: `p` points at the live `heap.threshold` (cleared by the guard
            // before the Ctx goes away); a racy usize store at worst delays delivery.
            unsafe { std::ptr::write_volatile(p, 0) };
        }
    }

    fn set_handler(h: usize) {
        let _ = set_disposition(SIGINT, h);
    }

    /// Set the OS disposition of `sig` to `h` (SIG_DFL, SIG_IGN, or the
    /// engine's handler when `h` is neither); the previous disposition, or
    /// the errno (EINVAL for SIGKILL, SIGSTOP, or a bad number).
    pub fn set_disposition(sig: i32, h: usize) -> Result<usize, i32> {
        let h = if h == SIG_DFL || h == SIG_IGN { h } else { on_signal as extern "C" fn(i32) as usize };
        let mut act = SigAction { handler: h, mask: [0; 16], flags: 0, restorer: 0 };
        let mut old = SigAction { handler: 0, mask: [0; 16], flags: 0, restorer: 0 };
        // SAFETY: valid sigaction structs; no SA_RESTART, so blocking reads and
        // sleeps return EINTR and can raise.
        unsafe {
            sigemptyset(&mut act.mask);
            if sigaction(sig, &act, &mut old) != 0 {
                return Err(*__errno_location());
            }
        }
        Ok(old.handler)
    }

    /// The OS disposition of `sig` (None if it cannot be read).
    pub fn disposition(sig: i32) -> Option<usize> {
        let mut old = SigAction { handler: 0, mask: [0; 16], flags: 0, restorer: 0 };
        // SAFETY: a valid out struct; a null new action only reads.
        (unsafe { sigaction(sig, std::ptr::null(), &mut old) } == 0).then_some(old.handler)
    }

    /// Send `sig` to this thread (`signal.raise_signal`); the errno on failure.
    pub fn raise_in_thread(sig: i32) -> Result<(), i32> {
        // SAFETY: plain libc calls.
        unsafe {
            if raise(sig) != 0 {
                return Err(*__errno_location());
            }
        }
        Ok(())
    }

    /// Clears the published threshold pointer when dropped (before the Ctx).
    pub struct Guard(());

    impl Drop for Guard {
        fn drop(&mut self) {
            THRESHOLD.store(std::ptr::null_mut(), Ordering::SeqCst);
        }
    }

    /// Install the handler for `cx` (which must not move while the guard lives).
    pub fn install(cx: &mut super::Ctx) -> Guard {
        THRESHOLD.store(&mut cx.heap.threshold, Ordering::SeqCst);
        PENDING.store(0, Ordering::SeqCst);
        EXIT.store(false, Ordering::SeqCst);
        set_handler(on_signal as extern "C" fn(i32) as usize);
        Guard(())
    }

    /// A signal (or a quiet exit) is waiting to be delivered.
    #[inline]
    pub fn pending() -> bool {
        PENDING.load(Ordering::Relaxed) != 0 || EXIT.load(Ordering::Relaxed)
    }

    /// stdout's reader went away (`prog | head -1`): end the program quietly
    /// through SystemExit at the next safepoint, so `finally` blocks run and
    /// files are flushed. False when no interpreter is installed (then the
    /// caller exits at once).
    pub fn request_quiet_exit() -> bool {
        let p = THRESHOLD.load(Ordering::SeqCst);
        if p.is_null() {
            return false;
        }
        EXIT.store(true, Ordering::SeqCst);
        // SAFETY: as in `on_signal`; this runs on the interpreter thread.
        unsafe { std::ptr::write_volatile(p, 0) };
        true
    }

    /// Sticky: once requested, every safepoint raises SystemExit.
    pub fn exit_requested() -> bool {
        EXIT.load(Ordering::Relaxed)
    }

    /// Drop the pending signals (true if there were any).
    pub fn take() -> bool {
        PENDING.swap(0, Ordering::SeqCst) != 0
    }

    /// Consume the pending signals: their `bit`s.
    pub fn take_all() -> u64 {
        PENDING.swap(0, Ordering::SeqCst)
    }

    /// Make the signals of `bits` pending again (delivered at the next safepoint).
    pub fn requeue(bits: u64) {
        if bits != 0 {
            PENDING.fetch_or(bits, Ordering::SeqCst);
            let p = THRESHOLD.load(Ordering::SeqCst);
            if !p.is_null() {
                // SAFETY: as in `on_signal`; this runs on the interpreter thread.
                unsafe { std::ptr::write_volatile(p, 0) };
            }
        }
    }

    /// End the process the way an uncaught KeyboardInterrupt ends CPython:
    /// re-raise SIGINT with the default action (exit status 130 / -2).
    pub fn exit_by_sigint() -> ! {
        set_handler(SIG_DFL);
        sigint_mask(SIG_UNBLOCK);
        // SAFETY: plain libc call.
        unsafe { raise(SIGINT) };
        std::process::exit(130)
    }

    /// Sleep `secs`, waking early to raise KeyboardInterrupt on SIGINT.
    pub fn sleep(cx: &mut super::Ctx, secs: f64) -> crate::PyResult<()> {
        let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.clamp(0.0, 1e9));
        loop {
            cx.check_signals()?;
            let now = std::time::Instant::now();
            if now >= end {
                return Ok(());
            }
            std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        }
    }

    /// One line from stdin (with its newline; empty at EOF) through std's
    /// shared buffer; a SIGINT while blocked raises KeyboardInterrupt.
    pub fn read_line(cx: &mut super::Ctx) -> crate::PyResult<Vec<u8>> {
        use std::io::BufRead;
        let mut out = Vec::new();
        let stdin = std::io::stdin();
        loop {
            let mut lock = stdin.lock();
            let buf = match lock.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    drop(lock);
                    cx.check_signals()?;
                    continue;
                }
                Err(e) => return Err(cx.os_error(e.to_string())),
            };
            if buf.is_empty() {
                return Ok(out);
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&buf[..=i]);
                    lock.consume(i + 1);
                    return Ok(out);
                }
                None => {
                    let n = buf.len();
                    out.extend_from_slice(buf);
                    lock.consume(n);
                }
            }
        }
    }
}
