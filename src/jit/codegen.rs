//! Cranelift code generation for one loop region (see `jit/mod.rs`).
//!
//! Conventions of the generated function `fn(fp, cx) -> *const Inst`:
//! * The function has up to two bodies. The generic one (this file) works on
//!   tagged words with complete guards and step-form calls. In loops made only
//!   of inline templates its registers live in SSA variables, written back to
//!   `fp[r]` before every call out and every exit (so the GC and step forms
//!   always see the frame as the interpreter would) and re-read after calls.
//!   The typed body (`typed.rs`) keeps unboxed ints/floats, checks types once
//!   at entry, and continues in the generic body on any failed guard.
//! * Block `blocks[k]` runs instruction `head + k`. `exit(ip)` stores `fp` in
//!   `cx.vm.step_fp` and returns `ip`; `exit_raw(ip)` returns `ip` with
//!   `step_fp` already set by a step form (possibly another frame).
//! * Every template re-checks the tags it relies on. That `Inst.h` is still
//!   the handler a template was chosen for is checked by `jit::run` before
//!   entries (`Compiled::guards`) and here after each step call.
use crate::runtime::iter::IterState;
use crate::value::Value;
use crate::vm::dispatch::{step_of, StepFn};
use crate::vm::{Ctx, Inst};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, Block, InstBuilder, MemFlagsData, SigRef, Signature};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{self as cg};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;

use super::JitFn;

#[path = "typed.rs"]
mod typed;

const I64: types::Type = types::I64;

/// A compiled loop: the function, its code size, whether it has a typed
/// body, and the data its code points into (kept alive with it).
pub struct Compiled {
    pub f: JitFn,
    pub size: usize,
    pub typed: bool,
    pub data: Vec<Box<[u64]>>,
    /// The inline-templated instructions and the handler each was compiled
    /// for (checked by `jit::run` before an entry, see `F_DIRTY`).
    pub guards: Vec<(*const Inst, usize)>,
    /// Has the entry at the code's start (`jit::Start`, `start_consts`).
    pub start: bool,
}

/// The registers and constants of the `load_const`s from `start` (the
/// code's first instruction) to the loop head, when that is all there is
/// (at least one): what the compiled code's entry at the start stores.
///
/// # Safety
/// `start..head` are linked instructions of one code.
pub unsafe fn start_consts(head: *const Inst, start: *const Inst) -> Option<Vec<(u16, Value)>> {
    if start >= head {
        return None;
    }
    let mut out = Vec::new();
    let mut p = start;
    while p < head {
        // A fused `lc_*` (`lc_jn_lt` before the head) is a `load_const` of
        // its own instruction first; each later instruction has its own op.
        let name = step_of(super::orig_handler(p))?.1;
        if unfused(name).map_or(name, |u| u.0) != "locals::load_const" {
            return None;
        }
        out.push(((*p).a, crate::vm::dispatch::aux_val(p, 0)));
        p = p.add(1);
    }
    Some(out)
}

pub struct Jit {
    module: JITModule,
    ctx: cg::Context,
    fctx: FunctionBuilderContext,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Ar {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
}

/// What an instruction compiles to.
#[derive(Clone, Copy, Debug)]
enum Tpl {
    /// Call the step form.
    Step,
    /// Side exit before executing (unknown handler).
    Exit,
    Move,
    LoadConst,
    /// Binary arithmetic: small ints and self-tagged floats inline.
    Arith(Ar),
    /// Int compare (`IntCC`), then branch (jump when false).
    JumpIfNot(IntCC),
    /// Int compare producing a bool.
    Cmp(IntCC),
    Jump,
    JumpIfFalse,
    JumpIfTrue,
    Back,
    ForIter,
    /// Unboxed range (iter.rs `range_step`): cursor in `a`, stop `a+1`, step `a+2`.
    ForRange,
    /// `load_global` of the builtin `int` or `float` (at compile time): a step
    /// call in the generic body, the constant in the typed one (`typed.rs`).
    Global,
    /// `call` of `int` / `float` (at compile time) with one argument: a step
    /// call in the generic body, an inline conversion in the typed one.
    Conv(typed::Conv),
}

/// The op a fused handler (`fused::<first>_<rest>`, fused.rs) runs first on
/// its own instruction, with that op's unfused step form. The JIT runs only
/// that op for the instruction and the following instructions from their own
/// blocks, so fused step forms (which would run a back-edge body inside the
/// compiled loop) are never called. Unknown fused names use their own step.
pub(super) fn unfused(name: &str) -> Option<(&'static str, StepFn)> {
    use crate::vm::handlers::{arith, attrs, compare, containers, locals};
    let f = name.strip_prefix("fused::")?;
    // Longest prefixes first ("inplace_add_" and "add_s_" before "add_").
    let table: [(&str, &'static str, StepFn); 20] = [
        ("inplace_add_", "arith::inplace_add", arith::inplace_add::step),
        ("inplace_sub_", "arith::inplace_sub", arith::inplace_sub::step),
        ("add_s_", "arith::add_s", arith::add_s::step),
        ("add_", "arith::add", arith::add::step),
        ("sub_", "arith::sub", arith::sub::step),
        ("mul_", "arith::mul", arith::mul::step),
        ("move_", "locals::move_", locals::move_::step),
        ("lc_", "locals::load_const", locals::load_const::step),
        ("lg_", "locals::load_global", locals::load_global::step),
        ("load_global_", "locals::load_global", locals::load_global::step),
        ("load_method_", "attrs::load_method", attrs::load_method::step),
        ("get_item_", "attrs::get_item", attrs::get_item::step),
        ("set_item_", "attrs::set_item", attrs::set_item::step),
        ("store_attr_", "attrs::store_attr", attrs::store_attr::step),
        ("load_attr_", "attrs::load_attr", attrs::load_attr::step),
        ("unpack_", "containers::unpack_seq", containers::unpack_seq::step),
        ("list_append_", "containers::list_append", containers::list_append::step),
        ("eq_", "compare::eq", compare::eq::step),
        ("ne_", "compare::ne", compare::ne::step),
        ("slice_", "containers::build_slice", containers::build_slice::step),
    ];
    table.iter().find(|t| f.starts_with(t.0)).map(|t| (t.1, t.2))
}

fn template(name: &str) -> Tpl {
    match name {
        "locals::move_" => Tpl::Move,
        "locals::load_const" => Tpl::LoadConst,
        "arith::add" | "arith::inplace_add" => Tpl::Arith(Ar::Add),
        "arith::sub" | "arith::inplace_sub" => Tpl::Arith(Ar::Sub),
        "arith::mul" => Tpl::Arith(Ar::Mul),
        "arith::truediv" => Tpl::Arith(Ar::TrueDiv),
        "arith::floordiv" => Tpl::Arith(Ar::FloorDiv),
        "arith::mod_" => Tpl::Arith(Ar::Mod),
        "compare::jn_lt" => Tpl::JumpIfNot(IntCC::SignedLessThan),
        "compare::jn_le" => Tpl::JumpIfNot(IntCC::SignedLessThanOrEqual),
        "compare::jn_gt" => Tpl::JumpIfNot(IntCC::SignedGreaterThan),
        "compare::jn_ge" => Tpl::JumpIfNot(IntCC::SignedGreaterThanOrEqual),
        "compare::jn_eq" => Tpl::JumpIfNot(IntCC::Equal),
        "compare::jn_ne" => Tpl::JumpIfNot(IntCC::NotEqual),
        "compare::lt" => Tpl::Cmp(IntCC::SignedLessThan),
        "compare::le" => Tpl::Cmp(IntCC::SignedLessThanOrEqual),
        "compare::gt" => Tpl::Cmp(IntCC::SignedGreaterThan),
        "compare::ge" => Tpl::Cmp(IntCC::SignedGreaterThanOrEqual),
        "compare::eq" => Tpl::Cmp(IntCC::Equal),
        "compare::ne" => Tpl::Cmp(IntCC::NotEqual),
        "control::jump" => Tpl::Jump,
        "control::jump_if_false" => Tpl::JumpIfFalse,
        "control::jump_if_true" => Tpl::JumpIfTrue,
        "control::loop_" => Tpl::Back,
        "iter::for_iter" => Tpl::ForIter,
        "iter::for_range" => Tpl::ForRange,
        // Refined by `typed::refine` (else Step).
        "locals::load_global" => Tpl::Global,
        "calls::call" => Tpl::Conv(typed::Conv::Float),
        _ => Tpl::Step,
    }
}

/// Whether compiling the `n` instructions from `head` pays: a step-form call
/// from native code costs more than an interpreter dispatch (guard, call,
/// frame and successor checks), so loops made mostly of calls stay
/// interpreted. Measured: nbody's inner loop (a third calls) ran 8% slower
/// compiled; arith_mixed (a fifth calls) 3% slower; list_comp's
/// `[i * 2 for i in range(a, b) if i % 3]` (a sixth: the append) 10% more
/// instructions; loops with at most a seventh calls run faster.
/// A `for` whose iterator (in frame `fp` now) is not the kind its template
/// inlines is a call too: `[x * x for x in evens if ...]` (a list iterator
/// and an append in 6 instructions) ran 28% more instructions compiled.
pub unsafe fn worth_compiling(head: *const Inst, n: usize, fp: *mut Value, cx: &Ctx) -> bool {
    let calls = (0..n)
        .filter(|&k| {
            let ip = head.add(k);
            match step_of(super::orig_handler(ip)) {
                None => true,
                Some((_, name)) => match typed::refine(template(unfused(name).map_or(name, |u| u.0)), ip, head, cx) {
                    Tpl::Step => true,
                    Tpl::ForIter => range_iter(crate::vm::dispatch::reg(fp, (*ip).a).raw()) == 0,
                    Tpl::ForRange => !crate::vm::dispatch::reg(fp, (*ip).a).is_int(),
                    _ => false,
                },
            }
        })
        .count();
    calls * 7 <= n
}

/// Offsets into `Ctx` and objects, measured on the live values at compile time.
struct Offs {
    step_fp: i32,
    allocated: i32,
    threshold: i32,
    /// `IterObj` fields of the `Range` state.
    cur: i32,
    step: i32,
    left: i32,
}

unsafe fn offsets(cx: &mut Ctx) -> Option<Offs> {
    let base = cx as *mut Ctx as usize;
    let off = |p: usize| i32::try_from(p.wrapping_sub(base)).ok();
    let st_off = std::mem::offset_of!(crate::heap::objects::IterObj, st);
    let probe = IterState::Range { cur: 0, step: 0, left: 0 };
    let pbase = &probe as *const IterState as usize;
    let (cur, step, left) = match &probe {
        IterState::Range { cur, step, left } => (
            (cur as *const i64 as usize - pbase + st_off) as i32,
            (step as *const i64 as usize - pbase + st_off) as i32,
            (left as *const u64 as usize - pbase + st_off) as i32,
        ),
        _ => return None,
    };
    Some(Offs {
        step_fp: off(std::ptr::addr_of!(cx.vm.step_fp) as usize)?,
        allocated: off(std::ptr::addr_of!(cx.heap.allocated) as usize)?,
        threshold: off(std::ptr::addr_of!(cx.heap.threshold) as usize)?,
        cur,
        step,
        left,
    })
}

/// `v` when it is a range iterator object (its `Range` fields at the offsets
/// the templates use), else 0.
unsafe extern "C" fn range_iter(v: u64) -> u64 {
    let v = Value::from_raw(v);
    if v.is_kind(crate::heap::Kind::Iter) {
        if let IterState::Range { .. } = v.obj::<crate::heap::objects::IterObj>().st {
            return v.raw();
        }
    }
    0
}

/// The back-edge's safepoint (GC, signals): `target(ip)`, or the handler ip
/// of the exception it raised (frame in `cx.vm.step_fp` either way).
unsafe extern "C" fn safepoint(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> *const Inst {
    if cx.heap.wants_gc() && crate::vm::handlers::control::safepoint(cx) {
        let n = crate::vm::frame::throw(ip, cx);
        cx.vm.step_fp = n.fp;
        return n.ip;
    }
    cx.vm.step_fp = fp;
    crate::vm::dispatch::target(ip)
}

impl Jit {
    pub fn new() -> Option<Jit> {
        let mut fb = settings::builder();
        fb.set("opt_level", "speed").ok()?;
        fb.set("use_colocated_libcalls", "false").ok()?;
        fb.set("is_pic", "false").ok()?;
        fb.set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }).ok()?;
        let isa = cranelift_native::builder().ok()?.finish(settings::Flags::new(fb)).ok()?;
        let module = JITModule::new(JITBuilder::with_isa(isa, cranelift_module::default_libcall_names()));
        let ctx = module.make_context();
        Some(Jit { module, ctx, fctx: FunctionBuilderContext::new() })
    }

    /// Compile the `n` instructions from `head` (the last is the back-edge).
    pub unsafe fn compile(
        &mut self,
        head: *const Inst,
        n: usize,
        flags: *mut u64,
        feedback: *const Value,
        cx: &mut Ctx,
    ) -> Option<Compiled> {
        let offs = offsets(cx)?;
        self.module.clear_context(&mut self.ctx);
        let cc = self.module.isa().default_call_conv();
        let mut sig = Signature::new(cc);
        for _ in 0..3 {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        self.ctx.func.signature = sig;
        let mut step_sig = Signature::new(cc);
        for _ in 0..3 {
            step_sig.params.push(AbiParam::new(I64));
        }
        step_sig.returns.push(AbiParam::new(I64));
        let mut one_sig = Signature::new(cc);
        one_sig.params.push(AbiParam::new(I64));
        one_sig.returns.push(AbiParam::new(I64));
        let mut two_sig = one_sig.clone();
        two_sig.params.push(AbiParam::new(I64));
        let fcfg = self.module.isa().frontend_config();
        let typed;
        let data;
        let guards;
        let start;
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let step_ref = b.import_signature(step_sig);
            let one_ref = b.import_signature(one_sig);
            let two_ref = b.import_signature(two_sig);
            let mut g = Gen::new(&mut b, head, n, offs, (step_ref, one_ref, two_ref), flags);
            g.feedback = feedback;
            g.cxp = cx as *const Ctx;
            (g.nvars, g.code_start) = code_info(head, cx);
            g.prefix = g.code_start.and_then(|s| start_consts(head, s));
            start = g.prefix.is_some();
            g.emit()?;
            typed = !g.tblocks.is_empty();
            data = std::mem::take(&mut g.data);
            guards = std::mem::take(&mut g.guards);
            b.seal_all_blocks();
            b.finalize(fcfg);
        }
        let id = self.module.declare_anonymous_function(&self.ctx.func.signature).ok()?;
        let dump = std::env::var_os("TAURARO_JIT_DUMP").is_some();
        self.ctx.set_disasm(dump);
        if dump {
            eprintln!("{}", self.ctx.func.display());
        }
        self.module.define_function(id, &mut self.ctx).ok()?;
        if let Some(d) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref()).filter(|_| dump) {
            eprintln!("{d}");
        }
        let size = self.ctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().ok()?;
        let p = self.module.get_finalized_function(id);
        if dump {
            // The final machine code, for `objdump -D -b binary -mi386:x86-64`.
            let bytes = std::slice::from_raw_parts(p, size);
            let _ = std::fs::write(format!("/tmp/tauraro-jit-{:x}.bin", p as usize), bytes);
        }
        // SAFETY: the function was built with exactly JitFn's signature and
        // calling convention (the ISA default, i.e. "C").
        Some(Compiled { f: std::mem::transmute::<*const u8, JitFn>(p), size, typed, data, guards, start })
    }
}

/// The number of named locals and the first instruction of the code
/// running in the current frame, if `head` is one of its instructions (else
/// u16::MAX: every register named).
pub(super) unsafe fn code_info(head: *const Inst, cx: &Ctx) -> (u16, Option<*const Inst>) {
    let Some(fr) = cx.vm.frames.last() else { return (u16::MAX, None) };
    if fr.code().is_null() {
        return (u16::MAX, None);
    }
    let code = &*fr.code();
    let r = code.insts.as_ptr_range();
    if r.contains(&head) {
        (code.varnames.len().min(u16::MAX as usize) as u16, Some(r.start))
    } else {
        (u16::MAX, None)
    }
}

struct Gen<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    head: *const Inst,
    n: usize,
    offs: Offs,
    step_ref: SigRef,
    one_ref: SigRef,
    /// `fn(i64, i64) -> i64` (helpers of the typed body).
    two_ref: SigRef,
    blocks: Vec<Block>,
    /// The typed body's blocks (`typed.rs`; empty when there is none), its
    /// unboxed registers, and the heap's `allocated` at entry.
    tblocks: Vec<Block>,
    /// Copies of the typed body (`tblocks` holds `n` blocks per copy) and
    /// the copy being emitted.
    tcopies: usize,
    tcopy: usize,
    /// The typed body is a counted loop unrolled `COUNT_UNROLL` times
    /// (`typed.rs`).
    tcount: Option<typed::Counted>,
    /// The typed body's bail block of each instruction (`typed.rs` `bail`).
    tbails: crate::fxhash::HashMap<usize, Block>,
    /// Int registers the typed body keeps non-negative (`typed.rs` `nonneg`).
    tnn: crate::fxhash::HashSet<u16>,
    tvars: crate::fxhash::HashMap<(u16, typed::Ty), Variable>,
    /// Register types before each instruction of the typed body, and while
    /// emitting one: before it (`tcur`, updated by its writes) and after it.
    tstates: Vec<typed::Types>,
    tcur: typed::Types,
    tnext: typed::Types,
    alloc0: Option<cranelift_codegen::ir::Value>,
    /// The typed loop's copy of `cx` (`typed.rs`).
    tcx: Option<cranelift_codegen::ir::Value>,
    /// 2**61 and the sign mask as f64 values loaded before the typed loop,
    /// for `int(x)`'s range test (`typed.rs`; constants would be
    /// rematerialized in the loop, two instructions each).
    tint_range: Option<(cranelift_codegen::ir::Value, cranelift_codegen::ir::Value)>,
    /// A typed body compiled without the generic body (until `F_GENERIC`):
    /// its entry checks and guards leave to the interpreter instead, which
    /// saves most of the compile time (arith_mixed's loop: ~28M of ~35M
    /// instructions). The block for failed entry checks, once made.
    lazy: bool,
    lazy_exit: Option<Block>,
    /// Where the typed body keeps `fp` while its loop runs.
    fp_slot: Option<cranelift_codegen::ir::StackSlot>,
    /// Where the typed body keeps `cx` (`typed.rs`).
    cx_slot: Option<cranelift_codegen::ir::StackSlot>,
    /// Descriptors the code points into (`typed::spill`), owned by the `Loop`.
    data: Vec<Box<[u64]>>,
    /// Registers below this are named locals (always written back); the
    /// others are temporaries, written back only where live (`typed.rs`).
    nvars: u16,
    /// Registers the typed body uses as constants (`typed.rs`).
    tconsts: crate::fxhash::HashMap<u16, Value>,
    /// The code's first instruction (when known).
    code_start: Option<*const Inst>,
    /// The constants the entry at the code's start stores (`start_consts`).
    prefix: Option<Vec<(u16, Value)>>,
    /// The entry's `start` argument (`JitFn`).
    start_arg: cranelift_codegen::ir::Value,
    /// Registers live at each instruction (typed body only).
    live: Vec<crate::fxhash::HashSet<u16>>,
    exit: Block,
    exit_raw: Block,
    /// The frame and context pointers, as variables: the typed body
    /// (`typed.rs`) leaves `fp` in a stack slot while its loop runs and
    /// re-reads it where it bails (it is not held across the loop).
    fpv: Variable,
    cxv: Variable,
    /// One range-iterator cache per `for_iter` (0 = unknown); reset by calls.
    caches: Vec<Variable>,
    /// Python registers used by inline templates live in SSA variables
    /// (machine registers); `fp` memory is brought up to date (`flush`) before
    /// every call out and every exit, and re-read (`reload`) after calls.
    vars: crate::fxhash::HashMap<u16, Variable>,
    /// Promoted registers some template writes (the ones `flush` stores).
    written: Vec<u16>,
    /// Inline-templated instructions and the handler each was compiled for;
    /// checked at entry and after every call out (only step forms rewrite `h`).
    guards: Vec<(*const Inst, usize)>,
    /// The loop's flag words (`jit/mod.rs` `F_*`).
    flags: *mut u64,
    /// The frame at compile time (type feedback; may be null).
    feedback: *const Value,
    /// The context (runtime type objects for `typed::refine`).
    cxp: *const Ctx,
}

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'b> Gen<'a, 'b> {
    fn new(
        b: &'a mut FunctionBuilder<'b>,
        head: *const Inst,
        n: usize,
        offs: Offs,
        (step_ref, one_ref, two_ref): (SigRef, SigRef, SigRef),
        flags: *mut u64,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (fpv, cxv) = (b.declare_var(I64), b.declare_var(I64));
        let fp = b.block_params(entry)[0];
        let cx = b.block_params(entry)[1];
        let start_arg = b.block_params(entry)[2];
        b.def_var(fpv, fp);
        b.def_var(cxv, cx);
        let blocks = (0..n).map(|_| b.create_block()).collect();
        let exit = b.create_block();
        b.append_block_param(exit, I64);
        let exit_raw = b.create_block();
        b.append_block_param(exit_raw, I64);
        Gen {
            b,
            head,
            n,
            offs,
            step_ref,
            one_ref,
            two_ref,
            blocks,
            tblocks: Vec::new(),
            tcopies: 1,
            tcopy: 0,
            tcount: None,
            tbails: Default::default(),
            tnn: Default::default(),
            lazy: false,
            lazy_exit: None,
            tvars: Default::default(),
            tstates: Vec::new(),
            tcur: Default::default(),
            tnext: Default::default(),
            alloc0: None,
            tcx: None,
            tint_range: None,
            fp_slot: None,
            cx_slot: None,
            data: Vec::new(),
            nvars: u16::MAX,
            tconsts: Default::default(),
            code_start: None,
            prefix: None,
            start_arg,
            live: Vec::new(),
            exit,
            exit_raw,
            fpv,
            cxv,
            caches: Vec::new(),
            vars: Default::default(),
            written: Vec::new(),
            guards: Vec::new(),
            flags,
            feedback: std::ptr::null(),
            cxp: std::ptr::null(),
        }
    }

    fn fp(&mut self) -> cranelift_codegen::ir::Value {
        self.b.use_var(self.fpv)
    }
    fn cx(&mut self) -> cranelift_codegen::ir::Value {
        self.b.use_var(self.cxv)
    }

    fn ip(&self, k: usize) -> *const Inst {
        // SAFETY: k < n, inside the code's instruction array.
        unsafe { self.head.add(k) }
    }

    /// The block of instruction `p`, if it is in the region.
    fn block_of(&self, p: *const Inst) -> Option<Block> {
        let (p, h) = (p as usize, self.head as usize);
        if p < h || (p - h) % std::mem::size_of::<Inst>() != 0 {
            return None;
        }
        let k = (p - h) / std::mem::size_of::<Inst>();
        (k < self.n).then(|| self.blocks[k])
    }

    fn iconst(&mut self, v: u64) -> cranelift_codegen::ir::Value {
        self.b.ins().iconst(I64, v as i64)
    }

    /// Jump to instruction `p`: its block, or a side exit there.
    fn goto(&mut self, p: *const Inst) {
        match self.block_of(p) {
            Some(bl) => {
                self.b.ins().jump(bl, &[]);
            }
            None => {
                let v = self.iconst(p as u64);
                self.b.ins().jump(self.exit, &[v.into()]);
            }
        }
    }

    fn load_reg(&mut self, r: u16) -> cranelift_codegen::ir::Value {
        match self.vars.get(&r) {
            Some(&v) => self.b.use_var(v),
            None => {
                let fp = self.fp();
                self.b.ins().load(I64, mem(), fp, (r as i32) * 8)
            }
        }
    }
    fn store_reg(&mut self, r: u16, v: cranelift_codegen::ir::Value) {
        match self.vars.get(&r) {
            Some(&var) => self.b.def_var(var, v),
            None => {
                let fp = self.fp();
                self.b.ins().store(mem(), v, fp, (r as i32) * 8);
            }
        }
    }

    /// Write promoted registers back to the frame (before calls and exits).
    fn flush(&mut self) {
        let fp = self.fp();
        for r in self.written.clone() {
            let v = self.b.use_var(self.vars[&r]);
            self.b.ins().store(mem(), v, fp, (r as i32) * 8);
        }
    }

    /// Re-read promoted registers from the frame (after calls).
    fn reload(&mut self) {
        self.reload_known(&Default::default());
    }

    /// `reload`, except that the registers in `known` hold those values.
    fn reload_known(&mut self, known: &crate::fxhash::HashMap<u16, Value>) {
        let mut rs: Vec<(u16, Variable)> = self.vars.iter().map(|(r, v)| (*r, *v)).collect();
        rs.sort_by_key(|x| x.0);
        let fp = self.fp();
        for (r, var) in rs {
            let v = match known.get(&r) {
                Some(c) => self.iconst(c.raw()),
                None => self.b.ins().load(I64, mem(), fp, (r as i32) * 8),
            };
            self.b.def_var(var, v);
        }
    }

    /// Side-exit to `to` unless the inline-templated instruction `which` (if
    /// it is one) still has its handler. (`jit::run` checks all of them
    /// before an entry.)
    fn check_guards(&mut self, to: cranelift_codegen::ir::Value, exit: Block, which: *const Inst) {
        for (ip, h0) in self.guards.clone() {
            if ip != which {
                continue;
            }
            let (go, stale) = self.guard_handler(ip, h0);
            // Tell `run` to recompile (`F_STALE`).
            self.b.switch_to_block(stale);
            self.set_flags(&[super::F_STALE]);
            self.b.ins().jump(exit, &[to.into()]);
            self.b.switch_to_block(go);
        }
    }

    /// Set the words `fs` of the loop's flags (`jit::F_STALE`, ...) to 1.
    fn set_flags(&mut self, fs: &[usize]) {
        let one = self.iconst(1);
        for &f in fs {
            let p = self.iconst(self.flags as u64 + 8 * f as u64);
            self.b.ins().store(mem(), one, p, 0);
        }
    }

    /// Branch on whether instruction `ip` still has handler `h0`: the blocks
    /// (empty, for the caller to fill) reached when it has and when not.
    /// `jit_enter` (a compiled loop's head, `jit/mod.rs`) stands for the
    /// original handler.
    fn guard_handler(&mut self, ip: *const Inst, h0: usize) -> (Block, Block) {
        let ipv = self.iconst(ip as u64);
        let h = self.b.ins().load(I64, mem(), ipv, 0);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, h, h0 as i64);
        let go = self.b.create_block();
        let other = self.b.create_block();
        let changed = self.b.create_block();
        self.b.ins().brif(same, go, &[], other, &[]);
        self.b.switch_to_block(other);
        let enter = self.b.ins().icmp_imm_s(IntCC::Equal, h, super::enter_handler() as i64);
        self.b.ins().brif(enter, go, &[], changed, &[]);
        (go, changed)
    }

    /// Registers an inline template reads and writes.
    unsafe fn operands(&self, tpl: Tpl, i: &Inst) -> (Vec<u16>, Vec<u16>) {
        match tpl {
            Tpl::Move => (vec![i.b], vec![i.a]),
            Tpl::LoadConst => (vec![], vec![i.a]),
            Tpl::Arith(_) | Tpl::Cmp(_) => (vec![i.b, i.c], vec![i.a]),
            Tpl::JumpIfNot(_) => (vec![i.a, i.b], vec![]),
            Tpl::JumpIfFalse | Tpl::JumpIfTrue => (vec![i.a], vec![]),
            Tpl::ForIter => (vec![i.a], vec![i.b]),
            Tpl::ForRange => (vec![i.a, i.a + 1, i.a + 2], vec![i.a, i.b]),
            Tpl::Global => (vec![], vec![i.a]),
            Tpl::Conv(_) => (vec![i.b, i.b + 1], vec![i.a]),
            Tpl::Step | Tpl::Exit | Tpl::Back | Tpl::Jump => (vec![], vec![]),
        }
    }

    /// Branch to `ok` when both words are small ints, else to `bad`.
    fn guard_both_int(&mut self, x: cranelift_codegen::ir::Value, y: cranelift_codegen::ir::Value, ok: Block, bad: Block) {
        // Small ints have low bits 01: both are iff ((x^1)|(y^1)) & 3 == 0.
        let x1 = self.b.ins().bxor_imm_s(x, 1);
        let y1 = self.b.ins().bxor_imm_s(y, 1);
        let or = self.b.ins().bor(x1, y1);
        let bad_bits = self.b.ins().band_imm_s(or, 3);
        self.b.ins().brif(bad_bits, bad, &[], ok, &[]);
    }

    unsafe fn emit(&mut self) -> Option<()> {
        let zero = self.iconst(0);
        // Caches for every for_iter in the region.
        for k in 0..self.n {
            if matches!(self.tpl_of(k).0, Tpl::ForIter) {
                let v = self.b.declare_var(I64);
                self.b.def_var(v, zero);
                self.caches.push(v);
            }
        }
        // Promote the registers of inline templates (only in loops without
        // step calls: each call must flush and reload every promoted register,
        // which costs more than it saves); collect their guards.
        let promote = (0..self.n).all(|k| !matches!(self.tpl_of(k).0, Tpl::Step | Tpl::Exit))
            && std::env::var_os("TAURARO_JIT_NOPROMOTE").is_none();
        for k in 0..self.n {
            let (tpl, h0, _) = self.tpl_of(k);
            if matches!(tpl, Tpl::Step | Tpl::Exit | Tpl::Back) {
                continue;
            }
            self.guards.push((self.ip(k), h0));
            let (rd, wr) = self.operands(tpl, &*self.ip(k));
            if !promote {
                continue;
            }
            for r in rd.iter().chain(&wr) {
                if !self.vars.contains_key(r) {
                    let v = self.b.declare_var(I64);
                    self.vars.insert(*r, v);
                }
            }
            for r in wr {
                if !self.written.contains(&r) {
                    self.written.push(r);
                }
            }
        }
        // The entry at the code's start (`jit::Start`): the constants stored
        // (the frame as the interpreter would have it), and known to the
        // variables; then the typed entry for it (`typed.rs`) or the
        // generic body.
        let mut pre = None;
        if let Some(prefix) = self.prefix.clone() {
            let bl = self.b.create_block();
            let main = self.b.create_block();
            self.b.ins().brif(self.start_arg, bl, &[], main, &[]);
            self.b.switch_to_block(bl);
            let fp = self.fp();
            let mut known: crate::fxhash::HashMap<u16, Value> = Default::default();
            for (r, v) in prefix {
                let c = self.iconst(v.raw());
                self.b.ins().store(mem(), c, fp, (r as i32) * 8);
                known.insert(r, v);
            }
            self.reload_known(&known);
            // Cranelift's builder wants a block filled before it switches
            // away: the prefix block ends here, its continuation is filled
            // by the typed entry (or the generic jump) below.
            let rest = self.b.create_block();
            self.b.ins().jump(rest, &[]);
            pre = Some((rest, known, main));
            self.b.switch_to_block(main);
        }
        self.reload_known(&Default::default());
        match self.infer_types() {
            Some(ty) => {
                self.lazy = *self.flags.add(super::F_GENERIC) == 0;
                self.emit_typed(ty, pre);
            }
            None => {
                self.b.ins().jump(self.blocks[0], &[]);
                if let Some((bl, _, _)) = pre {
                    self.b.switch_to_block(bl);
                    self.b.ins().jump(self.blocks[0], &[]);
                }
            }
        }
        // Exit blocks.
        self.b.switch_to_block(self.exit);
        let r = self.b.block_params(self.exit)[0];
        self.flush();
        let (fp, cx) = (self.fp(), self.cx());
        self.b.ins().store(mem(), fp, cx, self.offs.step_fp);
        self.b.ins().return_(&[r]);
        self.b.switch_to_block(self.exit_raw);
        let r = self.b.block_params(self.exit_raw)[0];
        self.b.ins().return_(&[r]);

        if self.lazy {
            // The generic body's step forms must exist for the recompile.
            return (0..self.n).all(|k| self.tpl_of(k).2.is_some()).then_some(());
        }
        let mut cache_i = 0;
        for k in 0..self.n {
            self.b.switch_to_block(self.blocks[k]);
            let (tpl, h0, step) = self.tpl_of(k);
            let ip = self.ip(k);
            if matches!(tpl, Tpl::Exit) {
                let v = self.iconst(ip as u64);
                self.b.ins().jump(self.exit, &[v.into()]);
                continue;
            }
            let step = step?;
            // Guard (step calls): the handler is still the one compiled for.
            // Inline templates are covered by `guards`.
            if matches!(tpl, Tpl::Step | Tpl::Global | Tpl::Conv(_)) {
                let (go, out) = self.guard_handler(ip, h0);
                self.b.switch_to_block(out);
                let ipv = self.iconst(ip as u64);
                self.b.ins().jump(self.exit, &[ipv.into()]);
                self.b.switch_to_block(go);
            }
            let i = *ip;
            match tpl {
                Tpl::Exit => unreachable!(),
                Tpl::Step | Tpl::Global | Tpl::Conv(_) => self.step_call(k, step),
                Tpl::Move => {
                    let v = self.load_reg(i.b);
                    self.store_reg(i.a, v);
                    self.goto(ip.add(1));
                }
                Tpl::LoadConst => {
                    let v = self.iconst(crate::vm::dispatch::aux_val(ip, 0).raw());
                    self.store_reg(i.a, v);
                    self.goto(ip.add(1));
                }
                Tpl::Arith(op) => self.arith(k, op, step),
                Tpl::JumpIfNot(cc) => self.compare(k, cc, (i.a, i.b), None, step),
                Tpl::Cmp(cc) => self.compare(k, cc, (i.b, i.c), Some(i.a), step),
                Tpl::Jump => self.goto(crate::vm::dispatch::target(ip)),
                Tpl::JumpIfFalse | Tpl::JumpIfTrue => {
                    // True/False/None inline, small ints by their word, else the step form.
                    let v = self.load_reg(i.a);
                    let (t_to, f_to) = if matches!(tpl, Tpl::JumpIfTrue) {
                        (crate::vm::dispatch::target(ip), ip.add(1))
                    } else {
                        (ip.add(1), crate::vm::dispatch::target(ip))
                    };
                    let tb = self.b.create_block();
                    let fb = self.b.create_block();
                    let c1 = self.b.create_block();
                    let c2 = self.b.create_block();
                    let c3 = self.b.create_block();
                    let slow = self.b.create_block();
                    let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::true_().raw() as i64);
                    self.b.ins().brif(is_t, tb, &[], c1, &[]);
                    self.b.switch_to_block(c1);
                    let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::false_().raw() as i64);
                    let is_n = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::none().raw() as i64);
                    let fals = self.b.ins().bor(is_f, is_n);
                    self.b.ins().brif(fals, fb, &[], c2, &[]);
                    self.b.switch_to_block(c2);
                    let tag = self.b.ins().band_imm_s(v, 3);
                    let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 1);
                    self.b.ins().brif(is_int, c3, &[], slow, &[]);
                    self.b.switch_to_block(c3);
                    let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, Value::from_small(0).raw() as i64);
                    self.b.ins().brif(nz, tb, &[], fb, &[]);
                    self.b.switch_to_block(tb);
                    self.goto(t_to);
                    self.b.switch_to_block(fb);
                    self.goto(f_to);
                    self.b.switch_to_block(slow);
                    self.step_call(k, step);
                }
                Tpl::Back => self.back_edge(ip),
                Tpl::ForIter => {
                    let var = self.caches[cache_i];
                    cache_i += 1;
                    self.for_range(k, var, step);
                }
                Tpl::ForRange => self.for_unboxed(k, step),
            }
        }
        Some(())
    }

    /// Template, handler word and step form of instruction `k`.
    unsafe fn tpl_of(&self, k: usize) -> (Tpl, usize, Option<StepFn>) {
        let h = super::orig_handler(self.ip(k));
        match step_of(h) {
            None => (Tpl::Exit, h as usize, None),
            Some((s, name)) => match unfused(name) {
                Some((base, s1)) => (typed::refine(template(base), self.ip(k), self.head, &*self.cxp), h as usize, Some(s1)),
                None => (typed::refine(template(name), self.ip(k), self.head, &*self.cxp), h as usize, Some(s)),
            },
        }
    }

    fn reset_caches(&mut self) {
        if self.caches.is_empty() {
            return;
        }
        let z = self.iconst(0);
        for v in self.caches.clone() {
            self.b.def_var(v, z);
        }
    }

    /// Dispatch on an ip returned by a step form or helper: a different frame
    /// leaves; an in-region successor candidate continues; anything else leaves.
    unsafe fn dispatch_result(&mut self, k: usize, r: cranelift_codegen::ir::Value) {
        let (fp, cx) = (self.fp(), self.cx());
        let nfp = self.b.ins().load(I64, mem(), cx, self.offs.step_fp);
        let same = self.b.ins().icmp(IntCC::Equal, nfp, fp);
        let cont = self.b.create_block();
        self.b.ins().brif(same, cont, &[], self.exit_raw, &[r.into()]);
        self.b.switch_to_block(cont);
        self.reload();
        // Quickening rewrites the handler of the instruction being run: when
        // that was an inline template's slow path, its template may be stale.
        // (Every handler is checked again at the next entry.)
        self.check_guards(r, self.exit_raw, self.ip(k));
        self.reset_caches();
        // Candidates: the next instructions and the jump targets of this and the
        // next instruction (fused handlers run two). Any in-region ip is a
        // correct place to continue; the list only decides which are native.
        let ip = self.ip(k);
        let mut cands: Vec<*const Inst> = vec![ip.wrapping_add(1)];
        for q in [ip, ip.wrapping_add(1)] {
            if self.block_of(q).is_some() {
                // Not every op's `cd` is a jump offset: wrapping arithmetic, and
                // only in-region results are used.
                cands.push(q.wrapping_offset((*q).cd()));
            }
        }
        cands.push(ip.wrapping_add(2));
        let mut seen = Vec::new();
        for c in cands {
            let Some(bl) = self.block_of(c) else { continue };
            if seen.contains(&c) {
                continue;
            }
            seen.push(c);
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, r, c as i64);
            let next = self.b.create_block();
            self.b.ins().brif(is, bl, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(self.exit_raw, &[r.into()]);
    }

    /// Call the step form of instruction `k` and dispatch on its result.
    unsafe fn step_call(&mut self, k: usize, step: StepFn) {
        self.flush();
        let ipv = self.iconst(self.ip(k) as u64);
        let f = self.iconst(step as usize as u64);
        let (fp, cx) = (self.fp(), self.cx());
        let call = self.b.ins().call_indirect(self.step_ref, f, &[ipv, fp, cx]);
        let r = self.b.inst_results(call)[0];
        self.dispatch_result(k, r);
    }

    /// The back-edge: inline `wants_gc` test (`allocated >= threshold`), the
    /// rest in the `safepoint` helper; then the loop head.
    unsafe fn back_edge(&mut self, ip: *const Inst) {
        let k = ip.offset_from(self.head) as usize;
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let cx = self.cx();
        let a = self.b.ins().load(I64, mem(), cx, self.offs.allocated);
        let t = self.b.ins().load(I64, mem(), cx, self.offs.threshold);
        let want = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, a, t);
        self.b.ins().brif(want, slow, &[], fast, &[]);
        self.b.switch_to_block(fast);
        // Count the back-edge (`F_BACKS`, for `run`'s give-up rule).
        let cnt = self.iconst(self.flags as u64 + 8 * super::F_BACKS as u64);
        let c = self.b.ins().load(I64, mem(), cnt, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(mem(), c1, cnt, 0);
        self.goto(crate::vm::dispatch::target(ip));
        self.b.switch_to_block(slow);
        self.flush();
        let ipv = self.iconst(ip as u64);
        let f = self.iconst(safepoint as *const () as u64);
        let (fp, cx) = (self.fp(), self.cx());
        let call = self.b.ins().call_indirect(self.step_ref, f, &[ipv, fp, cx]);
        let r = self.b.inst_results(call)[0];
        self.dispatch_result(k, r);
    }

    /// Type feedback: which fast paths to emit for operands `x`, `y`, from the
    /// values they hold at compile time (ints, floats; both when unknown or
    /// mixed). Only a choice of code: every path keeps its complete guard.
    unsafe fn paths(&self, x: u16, y: u16) -> (bool, bool) {
        if self.feedback.is_null() {
            return (true, true);
        }
        let (a, b) = (*self.feedback.add(x as usize), *self.feedback.add(y as usize));
        if Value::both_int(a, b) {
            (true, false)
        } else if a.is_float() && b.is_float() {
            (false, true)
        } else {
            (true, true)
        }
    }

    /// Comparison of registers `x`, `y` (compare.rs `fast_cmp`): small ints as
    /// raw words, floats as f64 (IEEE, so NaN compares false except `!=`);
    /// then either a bool into `dst` or a branch (`jn_*`: jump when false).
    unsafe fn compare(&mut self, k: usize, cc: IntCC, (xr, yr): (u16, u16), dst: Option<u16>, step: StepFn) {
        use cranelift_codegen::ir::condcodes::FloatCC;
        let ip = self.ip(k);
        let (want_int, want_float) = self.paths(xr, yr);
        let x = self.load_reg(xr);
        let y = self.load_reg(yr);
        let slow = self.b.create_block();
        let res = self.b.create_block();
        self.b.append_block_param(res, types::I8);
        let int = self.b.create_block();
        let notint = self.b.create_block();
        if want_int {
            self.guard_both_int(x, y, int, notint);
        } else {
            self.b.ins().jump(notint, &[]);
        }
        self.b.switch_to_block(int);
        let t = self.b.ins().icmp(cc, x, y);
        self.b.ins().jump(res, &[t.into()]);
        self.b.switch_to_block(notint);
        if want_float {
            let both = self.b.ins().band(x, y);
            let tag = self.b.ins().band_imm_s(both, 2);
            let flt = self.b.create_block();
            self.b.ins().brif(tag, flt, &[], slow, &[]);
            self.b.switch_to_block(flt);
            let fx = self.unbox_f(x);
            let fy = self.unbox_f(y);
            let fcc = match cc {
                IntCC::SignedLessThan => FloatCC::LessThan,
                IntCC::SignedLessThanOrEqual => FloatCC::LessThanOrEqual,
                IntCC::SignedGreaterThan => FloatCC::GreaterThan,
                IntCC::SignedGreaterThanOrEqual => FloatCC::GreaterThanOrEqual,
                IntCC::Equal => FloatCC::Equal,
                _ => FloatCC::NotEqual,
            };
            let t = self.b.ins().fcmp(fcc, fx, fy);
            self.b.ins().jump(res, &[t.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(res);
        let t = self.b.block_params(res)[0];
        match dst {
            Some(d) => {
                let tv = self.iconst(Value::true_().raw());
                let fv = self.iconst(Value::false_().raw());
                let v = self.b.ins().select(t, tv, fv);
                self.store_reg(d, v);
                self.goto(ip.add(1));
            }
            None => {
                let yes = self.b.create_block();
                let no = self.b.create_block();
                self.b.ins().brif(t, yes, &[], no, &[]);
                self.b.switch_to_block(yes);
                self.goto(ip.add(1));
                self.b.switch_to_block(no);
                self.goto(crate::vm::dispatch::target(ip));
            }
        }
        self.b.switch_to_block(slow);
        self.step_call(k, step);
    }

    /// Decode a self-tagged float word (`Value::as_float`).
    fn unbox_f(&mut self, v: cranelift_codegen::ir::Value) -> cranelift_codegen::ir::Value {
        let t = self.b.ins().iadd_imm_s(v, -3);
        let r = self.b.ins().rotr_imm_s(t, 4);
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), r)
    }

    /// Store float `f` in register `dst` if it self-tags (`Value::try_float`),
    /// then go on at `next`; else `slow` (the step form boxes it).
    fn box_f(&mut self, f: cranelift_codegen::ir::Value, dst: u16, next: *const Inst, slow: Block) {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let r = self.b.ins().rotl_imm_s(bits, 4);
        let v = self.b.ins().iadd_imm_s(r, 3);
        let tag = self.b.ins().band_imm_s(v, 2);
        let ok = self.b.create_block();
        self.b.ins().brif(tag, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        self.store_reg(dst, v);
        self.goto(next);
    }

    /// Untag a small int word.
    fn untag(&mut self, v: cranelift_codegen::ir::Value) -> cranelift_codegen::ir::Value {
        self.b.ins().sshr_imm_s(v, 2)
    }

    /// Tag `i` into `dst` if it fits 62 bits, else `slow`; then `next`.
    fn tag_int(&mut self, i: cranelift_codegen::ir::Value, dst: u16, next: *const Inst, slow: Block) {
        let sh = self.b.ins().ishl_imm_s(i, 2);
        let back = self.b.ins().sshr_imm_s(sh, 2);
        let fits = self.b.ins().icmp(IntCC::Equal, back, i);
        let ok = self.b.create_block();
        self.b.ins().brif(fits, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        let v = self.b.ins().bor_imm_s(sh, 1);
        self.store_reg(dst, v);
        self.goto(next);
    }

    /// Binary arithmetic (arith.rs): the int and float fast paths exactly as
    /// the handlers compute them; anything else (other types, overflow, zero
    /// divisors, floats that do not self-tag) calls the step form.
    unsafe fn arith(&mut self, k: usize, op: Ar, step: StepFn) {
        let ip = self.ip(k);
        let i = *ip;
        let nx = ip.add(1);
        let (want_int, want_float) = self.paths(i.b, i.c);
        let x = self.load_reg(i.b);
        let y = self.load_reg(i.c);
        let int = self.b.create_block();
        let notint = self.b.create_block();
        let slow = self.b.create_block();
        if want_int {
            self.guard_both_int(x, y, int, notint);
        } else {
            self.b.ins().jump(notint, &[]);
        }
        // ints
        self.b.switch_to_block(int);
        match op {
            Ar::Add | Ar::Sub | Ar::Mul => {
                let (r, of) = match op {
                    Ar::Add => {
                        let y1 = self.b.ins().iadd_imm_s(y, -1);
                        self.b.ins().sadd_overflow(x, y1)
                    }
                    Ar::Sub => {
                        let y1 = self.b.ins().iadd_imm_s(y, -1);
                        self.b.ins().ssub_overflow(x, y1)
                    }
                    _ => {
                        let x1 = self.b.ins().iadd_imm_s(x, -1);
                        let yi = self.untag(y);
                        let (p, of) = self.b.ins().smul_overflow(x1, yi);
                        (self.b.ins().bor_imm_s(p, 1), of)
                    }
                };
                let done = self.b.create_block();
                self.b.ins().brif(of, slow, &[], done, &[]);
                self.b.switch_to_block(done);
                self.store_reg(i.a, r);
                self.goto(nx);
            }
            Ar::FloorDiv | Ar::Mod => {
                // y != 0 (raw word 1 is small int 0).
                let nz = self.b.create_block();
                let yz = self.b.ins().icmp_imm_s(IntCC::Equal, y, 1);
                self.b.ins().brif(yz, slow, &[], nz, &[]);
                self.b.switch_to_block(nz);
                let xi = self.untag(x);
                let yi = self.untag(y);
                let q = self.b.ins().sdiv(xi, yi);
                let qy = self.b.ins().imul(q, yi);
                let r = self.b.ins().isub(xi, qy);
                let zero = self.b.ins().iconst(I64, 0);
                let rnz = self.b.ins().icmp(IntCC::NotEqual, r, zero);
                if op == Ar::FloorDiv {
                    let sx = self.b.ins().bxor(xi, yi);
                    let neg = self.b.ins().icmp(IntCC::SignedLessThan, sx, zero);
                    let adj = self.b.ins().band(rnz, neg);
                    let adj = self.b.ins().uextend(I64, adj);
                    let q = self.b.ins().isub(q, adj);
                    self.tag_int(q, i.a, nx, slow);
                } else {
                    let sx = self.b.ins().bxor(r, yi);
                    let neg = self.b.ins().icmp(IntCC::SignedLessThan, sx, zero);
                    let adj = self.b.ins().band(rnz, neg);
                    let ry = self.b.ins().iadd(r, yi);
                    let r = self.b.ins().select(adj, ry, r);
                    self.tag_int(r, i.a, nx, slow);
                }
            }
            Ar::TrueDiv => {
                // Exact when both fit in 53 bits and y != 0.
                let xi = self.untag(x);
                let yi = self.untag(y);
                let lim = 1i64 << 53;
                let ax = self.b.ins().iabs(xi);
                let ay = self.b.ins().iabs(yi);
                let okx = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, ax, lim);
                let oky = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, ay, lim);
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, yi, 0);
                let ok1 = self.b.ins().band(okx, oky);
                let ok = self.b.ins().band(ok1, nz);
                let go = self.b.create_block();
                self.b.ins().brif(ok, go, &[], slow, &[]);
                self.b.switch_to_block(go);
                let fx = self.b.ins().fcvt_from_sint(types::F64, xi);
                let fy = self.b.ins().fcvt_from_sint(types::F64, yi);
                let f = self.b.ins().fdiv(fx, fy);
                self.box_f(f, i.a, nx, slow);
            }
        }
        // floats (add, sub, mul, truediv)
        self.b.switch_to_block(notint);
        if matches!(op, Ar::FloorDiv | Ar::Mod) || !want_float {
            self.b.ins().jump(slow, &[]);
        } else {
            let both = self.b.ins().band(x, y);
            let tag = self.b.ins().band_imm_s(both, 2);
            let flt = self.b.create_block();
            self.b.ins().brif(tag, flt, &[], slow, &[]);
            self.b.switch_to_block(flt);
            let fx = self.unbox_f(x);
            let fy = self.unbox_f(y);
            let f = match op {
                Ar::Add => self.b.ins().fadd(fx, fy),
                Ar::Sub => self.b.ins().fsub(fx, fy),
                Ar::Mul => self.b.ins().fmul(fx, fy),
                _ => {
                    let z = self.b.ins().f64const(0.0);
                    let nz = self.b.ins().fcmp(cranelift_codegen::ir::condcodes::FloatCC::NotEqual, fy, z);
                    let go = self.b.create_block();
                    self.b.ins().brif(nz, go, &[], slow, &[]);
                    self.b.switch_to_block(go);
                    self.b.ins().fdiv(fx, fy)
                }
            };
            self.box_f(f, i.a, nx, slow);
        }
        self.b.switch_to_block(slow);
        self.step_call(k, step);
    }

    /// `for_range` on an unboxed range (`iter::range_step`, exactly): while the
    /// cursor word is a small int, `cursor < stop` (raw words) yields it and
    /// adds the step; otherwise the step form.
    unsafe fn for_unboxed(&mut self, k: usize, step: StepFn) {
        let ip = self.ip(k);
        let i = *ip;
        let it = self.load_reg(i.a);
        let tag = self.b.ins().band_imm_s(it, 3);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 1);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(is_int, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let stop = self.load_reg(i.a + 1);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, it, stop);
        let yes = self.b.create_block();
        let no = self.b.create_block();
        self.b.ins().brif(more, yes, &[], no, &[]);
        self.b.switch_to_block(yes);
        self.store_reg(i.b, it);
        let st = self.load_reg(i.a + 2);
        let st1 = self.b.ins().iadd_imm_s(st, -1);
        let nc = self.b.ins().iadd(it, st1);
        self.store_reg(i.a, nc);
        self.goto(ip.add(1));
        self.b.switch_to_block(no);
        self.goto(crate::vm::dispatch::target(ip));
        self.b.switch_to_block(slow);
        self.step_call(k, step);
    }

    /// `for x in range(...)`: inline stepping of a range iterator (found by
    /// the `range_iter` check, cached while no call intervenes).
    unsafe fn for_range(&mut self, k: usize, var: Variable, step: StepFn) {
        let ip = self.ip(k);
        let i = *ip;
        let it = self.load_reg(i.a);
        let c = self.b.use_var(var);
        let hit = self.b.ins().icmp(IntCC::Equal, it, c);
        let fast = self.b.create_block();
        let check = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(hit, fast, &[], check, &[]);
        self.b.switch_to_block(check);
        let f = self.iconst(range_iter as *const () as u64);
        let call = self.b.ins().call_indirect(self.one_ref, f, &[it]);
        let r = self.b.inst_results(call)[0];
        let ok = self.b.create_block();
        self.b.ins().brif(r, ok, &[], slow, &[]);
        self.b.switch_to_block(ok);
        self.b.def_var(var, it);
        self.b.ins().jump(fast, &[]);
        self.b.switch_to_block(fast);
        let left = self.b.ins().load(I64, mem(), it, self.offs.left);
        let more = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(left, more, &[], done, &[]);
        self.b.switch_to_block(done);
        self.goto(crate::vm::dispatch::target(ip));
        self.b.switch_to_block(more);
        let cur = self.b.ins().load(I64, mem(), it, self.offs.cur);
        let sh = self.b.ins().ishl_imm_s(cur, 2);
        let back = self.b.ins().sshr_imm_s(sh, 2);
        let fits = self.b.ins().icmp(IntCC::Equal, back, cur);
        let store = self.b.create_block();
        self.b.ins().brif(fits, store, &[], slow, &[]);
        self.b.switch_to_block(store);
        let v = self.b.ins().bor_imm_s(sh, 1);
        self.store_reg(i.b, v);
        let st = self.b.ins().load(I64, mem(), it, self.offs.step);
        let nc = self.b.ins().iadd(cur, st);
        self.b.ins().store(mem(), nc, it, self.offs.cur);
        let nl = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(mem(), nl, it, self.offs.left);
        self.goto(ip.add(1));
        self.b.switch_to_block(slow);
        self.step_call(k, step);
    }
}
