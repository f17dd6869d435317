//! The engine: link (Op -> Inst), handlers with tail-call dispatch, frames,
//! calls, exception unwinding, generators, imports.
//!
//! Files: `dispatch.rs` (the dispatch contract, `op!`, the run loop),
//! `link.rs` (Op -> Inst, superinstruction selection), `frame.rs` (frames, argument binding, calls,
//! unwinding), `handlers/*` (one file per op family; `fused.rs` = superinstructions;
//! inline caches in `attrs.rs`/`locals.rs`), `gen.rs` (generators),
//! `import.rs` (modules), `entry.rs` (run_source, call_function), `ctx.rs`.
pub mod ctx;
pub mod dispatch;
pub mod entry;
pub mod frame;
pub mod gen;
pub mod handlers;
pub mod icstats;
pub mod import;
pub mod link;

pub use ctx::*;
pub use dispatch::{Exit, Handler, Next, StepFn};
pub use entry::{call_function, run_code, run_source, RunError};
pub use gen::{gen_resume, GenObj, GenState, GenStep};
pub use frame::flush_traceback;
pub use import::import_module;

/// Pre-decoded instruction: handler pointer + operands (DESIGN §2).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Inst {
    pub h: Handler,
    pub a: u16,
    pub b: u16,
    pub c: u16,
    pub d: u16,
}
static_assertions::assert_eq_size!(Inst, [u64; 2]);

/// Per-code engine data (link results, hot counters).
pub struct CodeEngineData {
    /// Number of instructions (aux slots follow them in `CodeObj::insts`).
    pub ninsts: usize,
    /// Handler name of each instruction (for `dis`).
    pub names: Vec<&'static str>,
    /// Plain positional signature: no *args/**kwargs/kw-only, not a generator.
    /// Only set once linked, so the call fast path never sees unlinked code.
    pub simple: bool,
    /// `argcount` when `simple`, else `NO_FAST_ARGC` (no call's argument
    /// count): the call fast path's signature test is one compare.
    pub fast_argc: u32,
    /// Where a call that pushed this code's frame continues: its first
    /// instruction, or `calls::CELLS_ENTRY` (load the closure cells first).
    pub entry: *const Inst,
}

/// `CodeEngineData::fast_argc` of code no call enters directly (more than
/// any instruction's argument count).
pub const NO_FAST_ARGC: u32 = u32::MAX;

impl Default for CodeEngineData {
    fn default() -> Self {
        CodeEngineData { ninsts: 0, names: Vec::new(), simple: false, fast_argc: NO_FAST_ARGC, entry: std::ptr::null() }
    }
}

impl CodeEngineData {
    /// Record `code`'s call shape (`simple`, `fast_argc`); the
    /// linker's last step, so the call fast path never sees unlinked code.
    pub fn set_signature(code: &mut crate::compile::CodeObj) {
        use crate::compile::{CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
        let simple = code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE) == 0 && code.kwonlyargcount == 0;
        code.engine.simple = simple;
        code.engine.fast_argc = if simple { code.argcount as u32 } else { NO_FAST_ARGC };
        code.engine.entry = if code.freevar_regs.is_empty() { code.insts.as_ptr() } else { handlers::calls::cells_entry() };
    }
}

/// Engine-provided builtins (`__build_class__`, generator methods).
pub fn install(cx: &mut Ctx) {
    entry::install(cx);
    handlers::calls::register_entries();
    gen::install(cx);
}
