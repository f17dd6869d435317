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
use crate::heap::{DictObj, Heap};
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

/// One activation record (kept apart from the registers).
#[derive(Clone, Copy)]
pub struct Frame {
    /// Register window.
    pub fp: *mut Value,
    /// The caller's call instruction (result goes to its `a` register; execution
    /// continues after it). Null for entry frames.
    pub ret_ip: *const Inst,
    pub code: *mut CodeObj,
    /// The running FunctionObj.
    pub func: Value,
    pub globals: *mut DictObj,
    /// Handled-exception stack depth at frame entry.
    pub exc_base: u32,
    pub flags: u32,
    /// The GenObj for `FR_GEN` frames, the new instance for `FR_INIT`, else UNBOUND.
    pub gen: Value,
    /// High-water mark of live registers: max(fp + nregs, caller's top). A
    /// callee overlaid on its caller's argument registers may end below the
    /// caller's window, whose (dead but once-live) temporaries must stay scanned.
    pub top: *mut Value,
}

pub struct VmState {
    /// Base of the register stack (`STACK_VALUES` Values).
    pub stack: *mut Value,
    pub stack_end: *mut Value,
    pub frames: Vec<Frame>,
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
            frames: Vec::with_capacity(1024),
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
            build_class: Value::UNBOUND,
            no_jit: false,
            jit_threshold: 1000,
            stats: false,
            perf_map: false,
            stat: None,
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
}

impl Ctx {
    /// A fresh interpreter: heap, builtin classes, builtins, module registry.
    pub fn new(argv: Vec<String>) -> Ctx {
        let mut cx = Ctx {
            heap: Heap::default(),
            exc: Value::UNBOUND,
            rt: crate::runtime::Runtime::default(),
            vm: VmState::default(),
        };
        cx.rt.argv = argv;
        crate::runtime::init(&mut cx);
        super::install(&mut cx);
        cx
    }

    /// Safepoint: collect if the heap asks for it.
    #[inline]
    /// A safepoint's slow path: collect if due; later also deliver pending
    /// signals (SIGINT -> KeyboardInterrupt) as an exception.
    pub fn safepoint(&mut self) -> crate::PyResult<()> {
        self.maybe_gc();
        Ok(())
    }

    pub fn maybe_gc(&mut self) {
        if self.heap.wants_gc() {
            self.collect();
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
        for f in &self.vm.frames {
            self.heap.mark(f.func);
            self.heap.mark_ptr(f.code);
            self.heap.mark_ptr(f.globals);
            self.heap.mark(f.gen);
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
        self.heap.sweep();
        self.heap.pause_ns += t0.elapsed().as_nanos();
    }
}
