//! Generators. A suspended generator owns a copy of its registers (`regs`) and
//! its resume index; it holds no native stack. `gen_resume` copies the
//! registers to the top of the register stack, pushes an entry frame
//! (`FR_ENTRY | FR_GEN`) and runs until `Yield` (registers copied back out),
//! `Return` or an exception leaves the frame.
//!
//! `yield from`: the first step runs in the `YieldFrom` handler; while the
//! delegate is active (`yf` set) `gen_resume` forwards send/throw to it
//! directly and re-enters the frame only when the delegate finishes (its
//! return value becomes the `YieldFrom` result) or raises (thrown at the
//! `YieldFrom` instruction).
use super::ctx::{Frame, FR_ENTRY, FR_GEN};
use super::dispatch::{self, leave, Exit, Next};
use super::frame::{self, bind, code_of, frame_fits, inst_index, pop_frame, push_frame};
use super::{Ctx, Inst};
use crate::compile::CodeObj;
use crate::heap::*;
use crate::runtime;
use crate::value::Value;
use crate::{Exc, PyResult};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// Result of resuming a generator.
#[derive(Clone, Copy, Debug)]
pub enum GenStep {
    Yield(Value),
    /// Finished (StopIteration with this value).
    Return(Value),
}

/// A generator object.
#[repr(C)]
pub struct GenObj {
    pub h: ObjHeader,
    pub func: Value,
    pub code: *mut CodeObj,
    /// Saved registers (empty once finished).
    pub regs: Box<[Value]>,
    /// Instruction index to resume at.
    pub ip: u32,
    pub state: GenState,
    /// Handled exceptions saved across a yield inside an `except` block.
    pub handled: Vec<Value>,
    /// Active `yield from` delegate, or UNBOUND.
    pub yf: Value,
    pub name: Value,
    pub qualname: Value,
}

impl Trace for GenObj {
    fn trace(&self, m: &mut Heap) {
        m.mark(self.func);
        m.mark_ptr(self.code);
        m.mark_all(&self.regs);
        m.mark_all(&self.handled);
        m.mark(self.yf);
        m.mark(self.name);
        m.mark(self.qualname);
    }
}

/// Create a generator for a call of generator function `func`.
pub fn make_generator(cx: &mut Ctx, func: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let code = code_of(func);
    super::link::ensure_linked(code);
    // SAFETY: live code object.
    let nregs = unsafe { (*code).nregs as usize };
    // Bind into scratch space above the stack top (not scanned; no GC here).
    let tmp = cx.vm.top();
    if !frame_fits(cx, tmp, nregs) {
        return Err(frame::recursion_error(cx));
    }
    // SAFETY: `tmp .. tmp+nregs` is inside the register stack (checked above).
    unsafe { bind(cx, func, args, kw, tmp)? };
    let regs: Box<[Value]> = unsafe { std::slice::from_raw_parts(tmp, nregs) }.into();
    let f = func.obj::<FunctionObj>();
    let g = GenObj {
        h: ObjHeader::new(cx.rt.types.generator, Kind::Generator),
        func,
        code,
        regs,
        ip: 0,
        state: GenState::Created,
        handled: Vec::new(),
        yf: Value::UNBOUND,
        name: f.name,
        qualname: f.qualname,
    };
    let g = cx.alloc_obj(g);
    cx.vm.generators.push(g);
    Ok(g)
}

#[cold]
fn native_overflow(cx: &mut Ctx) -> Exc {
    cx.recursion_error("maximum recursion depth exceeded")
}

/// Resume `gen` with `sent` (or throw `throw` into it). Native -> Python
/// re-entry: GC is off while it runs (callers may hold Values in locals). A
/// collection that fell due inside is made due again at the caller's next
/// safepoint (`Heap::allow_gc`): a loop that allocates and resumes a generator
/// from native code (`any(... for ...)`, `sum(gen)`) crossed the threshold
/// outside and reached its next safepoint inside, and once ran closures_gen
/// with 0 collections to 47 MiB.
pub fn gen_resume(cx: &mut Ctx, gen: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
    cx.heap.forbid_gc();
    let r = resume(cx, gen, sent, throw);
    cx.heap.allow_gc();
    r
}

/// As `gen_resume`, for callers that hold no unrooted Values (the VM's own
/// handlers): collections may run inside the generator.
pub fn resume(cx: &mut Ctx, gv: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
    if super::ctx::native_sp() < cx.vm.native_stack_limit {
        return Err(native_overflow(cx));
    }
    let Some(g) = gv.downcast::<GenObj>(Kind::Generator) else {
        return Err(cx.type_error("not a generator"));
    };
    match g.state {
        GenState::Running => return Err(cx.value_error("generator already executing")),
        GenState::Done => {
            if let Some(t) = throw {
                return Err(cx.raise(t));
            }
            return Ok(GenStep::Return(Value::none()));
        }
        GenState::Created => {
            if let Some(t) = throw {
                finish(cx, gv);
                return Err(cx.raise(t));
            }
            if !sent.is_none() {
                return Err(cx.type_error("can't send non-None value to a just-started generator"));
            }
        }
        GenState::Suspended => {}
    }
    let (mut sent, mut throw) = (sent, throw);
    if !g.yf.is_unbound() {
        g.state = GenState::Running;
        let r = delegate(cx, g.yf, sent, throw);
        g.state = GenState::Suspended;
        match r {
            Ok(GenStep::Yield(v)) => return Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(v)) => {
                g.yf = Value::UNBOUND;
                sent = v;
                throw = None;
            }
            Err(_) => {
                g.yf = Value::UNBOUND;
                throw = Some(cx.exc);
            }
        }
    }
    // SAFETY: the generator's code is linked and live; the frame goes at the stack top.
    unsafe { enter(cx, gv, sent, throw) }
}

unsafe fn enter(cx: &mut Ctx, gv: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
    let g = gv.obj::<GenObj>();
    let code = g.code;
    let nregs = (*code).nregs as usize;
    let fp = cx.vm.top();
    if !frame_fits(cx, fp, nregs) {
        return Err(frame::recursion_error(cx));
    }
    copy_regs(g.regs.as_ptr(), fp, nregs);
    let exc_base = cx.vm.handled.len() as u32;
    if !g.handled.is_empty() {
        restore_handled(cx, g);
    }
    let globals = g.func.obj::<FunctionObj>().globals;
    push_frame(cx, Frame { fp, ret_ip: std::ptr::null(), code, func: g.func, globals, exc_base, flags: FR_ENTRY | FR_GEN, gen: gv, top: fp });
    g.state = GenState::Running;
    let ip = (*code).insts.as_mut_ptr().add(g.ip as usize);
    let exit = match throw {
        Some(t) => {
            cx.exc = t;
            let at = if g.ip > 0 { ip.sub(1) } else { ip };
            let n = frame::throw(at, cx);
            dispatch::run(n.ip, n.fp, cx)
        }
        None => {
            if g.ip > 0 {
                *fp.add((*ip.sub(1)).a as usize) = sent;
            }
            dispatch::run(ip, fp, cx)
        }
    };
    match exit {
        Exit::Yield => Ok(GenStep::Yield(cx.vm.ret)),
        Exit::Return => Ok(GenStep::Return(cx.vm.ret)),
        _ => Err(Exc),
    }
}

/// Put the exceptions the generator was handling when it yielded back on the
/// handled stack (a yield inside an `except` block; rare).
#[cold]
#[inline(never)]
fn restore_handled(cx: &mut Ctx, g: &mut GenObj) {
    cx.vm.handled.append(&mut g.handled);
}

/// Save the handled exceptions above `base` into the generator (a yield inside
/// an `except` block; rare).
#[cold]
#[inline(never)]
fn save_handled(cx: &mut Ctx, g: &mut GenObj, base: usize) {
    g.handled.extend(cx.vm.handled.drain(base..));
}

/// Copy `n` registers (element-wise: frames are small, a memmove call costs more).
#[inline(always)]
unsafe fn copy_regs(src: *const Value, dst: *mut Value, n: usize) {
    for k in 0..n {
        std::ptr::write_volatile(dst.add(k), *src.add(k));
    }
}

/// `Yield` / `YieldFrom`: save the frame into its generator and leave.
pub unsafe fn suspend(cx: &mut Ctx, ip: *const Inst, fp: *mut Value, v: Value) -> Next {
    let fr = pop_frame(cx);
    let g = fr.gen.obj::<GenObj>();
    let n = (*fr.code).nregs as usize;
    copy_regs(fp, g.regs.as_mut_ptr(), n.min(g.regs.len()));
    g.ip = inst_index(fr.code, ip) as u32 + 1;
    if cx.vm.handled.len() > fr.exc_base as usize {
        save_handled(cx, g, fr.exc_base as usize);
    }
    g.state = GenState::Suspended;
    cx.vm.ret = v;
    leave(cx, Exit::Yield, fp)
}

/// The generator returned.
pub fn finish(_cx: &mut Ctx, gv: Value) {
    let g = gv.obj::<GenObj>();
    g.state = GenState::Done;
    g.regs = Box::new([]);
    g.handled.clear();
    g.yf = Value::UNBOUND;
}

/// An exception left the generator frame: finish it; StopIteration becomes
/// `RuntimeError: generator raised StopIteration` (PEP 479).
pub fn died(cx: &mut Ctx, gv: Value) {
    finish(cx, gv);
    if cx.exc_is(cx.rt.types.stop_iteration) {
        let orig = cx.exc;
        cx.runtime_error("generator raised StopIteration");
        if let Some(e) = frame::exc_obj(cx.exc) {
            e.cause = orig;
            e.context = orig;
            e.suppress_context = true;
        }
    }
}

/// One step of a `yield from` delegate: send `sent` (or throw `throw`).
pub fn delegate(cx: &mut Ctx, it: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
    if it.is_kind(Kind::Generator) {
        return gen_resume(cx, it, sent, throw);
    }
    if let Some(t) = throw {
        let name = cx.intern("throw");
        let m = runtime::get_attr_opt(cx, it, name)?;
        let Some(m) = m else { return Err(cx.raise(t)) };
        let r = runtime::call(cx, m, &[t], &[]);
        return step_result(cx, r);
    }
    if sent.is_none() {
        return match runtime::iter_next(cx, it)? {
            Some(v) => Ok(GenStep::Yield(v)),
            None => Ok(GenStep::Return(Value::none())),
        };
    }
    let name = cx.intern("send");
    let m = runtime::get_attr(cx, it, name)?;
    let r = runtime::call(cx, m, &[sent], &[]);
    step_result(cx, r)
}

/// A `send`/`throw` call result: a value is a yield; StopIteration a return.
fn step_result(cx: &mut Ctx, r: PyResult<Value>) -> PyResult<GenStep> {
    match r {
        Ok(v) => Ok(GenStep::Yield(v)),
        Err(e) => {
            if cx.exc_is(cx.rt.types.stop_iteration) {
                let v = stop_value(cx.exc);
                cx.exc = Value::UNBOUND;
                Ok(GenStep::Return(v))
            } else {
                Err(e)
            }
        }
    }
}

/// `StopIteration.value` (first arg or None).
pub fn stop_value(exc: Value) -> Value {
    frame::exc_obj(exc)
        .and_then(|e| runtime::tuple_items(e.args).and_then(|a| a.first().copied()))
        .unwrap_or(Value::none())
}

// ---------------------------------------------------------------- methods

fn this(cx: &mut Ctx, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&g) if g.is_kind(Kind::Generator) => Ok(g),
        _ => Err(cx.type_error("descriptor requires a 'generator' object")),
    }
}

fn as_next(cx: &mut Ctx, r: PyResult<GenStep>) -> PyResult<Value> {
    match r? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(cx.stop_iteration(v)),
    }
}

fn gen_iter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args)
}

fn gen_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(cx, args)?;
    let r = gen_resume(cx, g, Value::none(), None);
    as_next(cx, r)
}

fn gen_send(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(cx, args)?;
    let v = args.get(1).copied().unwrap_or(Value::none());
    let r = gen_resume(cx, g, v, None);
    as_next(cx, r)
}

/// The exception `gen.throw(typ[, val])` raises.
fn throw_value(cx: &mut Ctx, typ: Value, val: Option<Value>) -> PyResult<Value> {
    if let Some(c) = runtime::class_of_value(typ) {
        if runtime::issubclass(c, cx.rt.types.base_exception) {
            return match val {
                Some(v) if runtime::isinstance(cx, v, c) => Ok(v),
                Some(v) if v.is_none() => runtime::call(cx, typ, &[], &[]),
                Some(v) => match runtime::tuple_items(v) {
                    Some(items) => {
                        let items = items.to_vec();
                        runtime::call(cx, typ, &items, &[])
                    }
                    None => runtime::call(cx, typ, &[v], &[]),
                },
                None => runtime::call(cx, typ, &[], &[]),
            };
        }
    } else if runtime::isinstance(cx, typ, cx.rt.types.base_exception) {
        if matches!(val, Some(v) if !v.is_none()) {
            return Err(cx.type_error("instance exception may not have a separate value"));
        }
        return Ok(typ);
    }
    let msg = format!("exceptions must be classes or instances deriving from BaseException, not {}", runtime::type_name(cx, typ));
    Err(cx.type_error(msg))
}

fn gen_throw(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(cx, args)?;
    let Some(&typ) = args.get(1) else {
        return Err(cx.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = throw_value(cx, typ, args.get(2).copied())?;
    let r = gen_resume(cx, g, Value::none(), Some(exc));
    as_next(cx, r)
}

/// Would closing `gv` run Python code? It is suspended at a point inside a
/// `try`/`with` (an exception-table entry covers its `Yield`; CPython throws
/// GeneratorExit there), or delegates (`yield from`) to a generator that is.
/// Unstarted, finished and handler-less generators close silently.
pub fn needs_close(gv: Value) -> bool {
    let g = gv.obj::<GenObj>();
    if g.state != GenState::Suspended {
        return false;
    }
    // SAFETY: a suspended generator's code object is live and linked.
    let tab = unsafe { &(*g.code).exc_table };
    if g.ip > 0 && frame::find_handler(tab, g.ip as usize - 1).is_some() {
        return true;
    }
    g.yf.is_kind(Kind::Generator) && needs_close(g.yf)
}

/// Close generators that became garbage (or, at exit, all that are left),
/// as CPython's finalizer does: an exception escaping `close()` is reported
/// to stderr as "Exception ignored in: ..." and dropped. The state the
/// interrupted code may hold in `cx.exc` / `vm.ret` is kept. No collection
/// runs meanwhile (`gens` is not rooted).
pub fn finalize(cx: &mut Ctx, gens: Vec<Value>) {
    let (exc, ret) = (cx.exc, cx.vm.ret);
    cx.heap.forbid_gc();
    for g in gens {
        if gv_done(g) {
            continue;
        }
        cx.exc = Value::UNBOUND;
        if gen_close_value(cx, g).is_err() {
            report_ignored(cx, g);
        }
        // Never finalized twice (a generator that yielded again stays garbage).
        finish(cx, g);
    }
    cx.heap.allow_gc();
    cx.exc = exc;
    cx.vm.ret = ret;
}

fn gv_done(g: Value) -> bool {
    g.obj::<GenObj>().state == GenState::Done
}

/// Print "Exception ignored in: repr(g)" and the pending exception's
/// traceback (CPython's unraisable hook): a finalizer or callback failed.
#[cold]
pub(crate) fn report_ignored(cx: &mut Ctx, g: Value) {
    frame::flush_traceback(cx);
    let e = cx.exc;
    cx.exc = Value::UNBOUND;
    let what = runtime::repr_string(cx, g).unwrap_or_else(|_| "<generator>".to_string());
    cx.exc = Value::UNBOUND;
    let tb = runtime::print_exception(cx, e);
    cx.rt.stdout.flush();
    cx.rt.stderr.write_str(&format!("Exception ignored in: {what}\n{tb}"));
    cx.rt.stderr.flush();
}

/// `gen.close()`.
pub fn gen_close_value(cx: &mut Ctx, g: Value) -> PyResult<Value> {
    let st = g.obj::<GenObj>().state;
    if matches!(st, GenState::Created | GenState::Done) {
        finish(cx, g);
        return Ok(Value::none());
    }
    let ge = cx.rt.types.generator_exit;
    let exc = runtime::new_exception(cx, ge, vec![]);
    match gen_resume(cx, g, Value::none(), Some(exc)) {
        Ok(GenStep::Yield(_)) => Err(cx.runtime_error("generator ignored GeneratorExit")),
        Ok(GenStep::Return(_)) => Ok(Value::none()),
        Err(e) => {
            if cx.exc_is(ge) || cx.exc_is(cx.rt.types.stop_iteration) {
                cx.exc = Value::UNBOUND;
                Ok(Value::none())
            } else {
                Err(e)
            }
        }
    }
}

fn gen_close(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = this(cx, args)?;
    gen_close_value(cx, g)
}

/// Install the generator methods on `cx.rt.types.generator`.
pub fn install(cx: &mut Ctx) {
    let cls = cx.rt.types.generator;
    if cls.is_null() {
        return;
    }
    runtime::types::def_method(cx, cls, "__iter__", gen_iter);
    runtime::types::def_method(cx, cls, "__next__", gen_next);
    runtime::types::def_method(cx, cls, "send", gen_send);
    runtime::types::def_method(cx, cls, "throw", gen_throw);
    runtime::types::def_method(cx, cls, "close", gen_close);
}
