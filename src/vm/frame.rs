//! Frames: pushing and popping activation records, argument binding (CPython's
//! rules and messages), Python->Python calls without native recursion, and
//! exception unwinding through exception tables.
use super::ctx::{Frame, FR_ENTRY, FR_GEN, FR_INIT};
use super::dispatch::{leave, Exit, Next};
use super::{Ctx, Inst};
use crate::compile::{CodeObj, ExcEntry, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::heap::*;
use crate::runtime;
use crate::value::Value;
use crate::{Exc, PyResult};

/// Frame flag (beside ctx.rs's `FR_*`): the frame runs a user binary dunder
/// entered from an arithmetic instruction (`handlers::calls::binop_dunder`);
/// `Frame::gen` holds the operator (`BinOp as u8`, small int). Its result goes
/// to the instruction's register `a`; NotImplemented raises the TypeError.
pub const FR_BINOP: u32 = 16;

#[inline(always)]
pub fn code_of(func: Value) -> *mut CodeObj {
    func.obj::<FunctionObj>().code
}

/// Index of instruction `ip` in its code object.
#[inline]
pub unsafe fn inst_index(code: *const CodeObj, ip: *const Inst) -> usize {
    (ip as usize - (*code).insts.as_ptr() as usize) / std::mem::size_of::<Inst>()
}

/// Push a frame record (and refresh the globals cache). `f.top` is computed
/// here from `f.fp`, the code's `nregs` and the caller's top.
#[inline(always)]
pub fn push_frame(cx: &mut Ctx, mut f: Frame) {
    // SAFETY: frame records point at live code objects.
    let end = unsafe { f.fp.add((*f.code).nregs as usize) };
    f.top = match cx.vm.frames.last() {
        Some(c) if c.top > end => c.top,
        _ => end,
    };
    cx.vm.globals = f.globals;
    cx.vm.frames.push(f);
}

/// Pop the top frame record, refreshing the globals cache from the new top.
#[inline(always)]
pub fn pop_frame(cx: &mut Ctx) -> Frame {
    // SAFETY: callers only pop frames they (or the call that entered them) pushed.
    let f = unsafe { cx.vm.frames.pop().unwrap_unchecked() };
    if let Some(t) = cx.vm.frames.last() {
        cx.vm.globals = t.globals;
    }
    f
}

/// Check frame-depth and register-stack limits for a frame at `fp` with `nregs`.
#[inline(always)]
pub fn frame_fits(cx: &Ctx, fp: *mut Value, nregs: usize) -> bool {
    cx.vm.frames.len() < cx.rt.recursion_limit && stack_fits(cx, fp, nregs)
}

/// The register-stack half of `frame_fits`.
#[inline(always)]
pub fn stack_fits(cx: &Ctx, fp: *mut Value, nregs: usize) -> bool {
    (fp as usize) + nregs * 8 <= cx.vm.stack_end as usize
}

#[cold]
#[inline(never)]
pub fn recursion_error(cx: &mut Ctx) -> Exc {
    if cx.vm.frames.len() >= cx.rt.recursion_limit {
        cx.recursion_error("maximum recursion depth exceeded")
    } else {
        cx.memory_error("register stack exhausted")
    }
}

/// Enter `func` (linked, simple code) whose `nargs` arguments (its
/// `argcount`) are already in `new_fp[0..]`: clear the other registers, push
/// the frame; it starts at the code's `engine.entry` (which loads the closure
/// cells first if it has any). The caller is a Python frame (so `frames` is
/// not empty).
#[inline(always)]
pub unsafe fn enter_simple(cx: &mut Ctx, func: Value, code: *mut CodeObj, nargs: usize, new_fp: *mut Value, ret_ip: *const Inst) -> Next {
    if cx.vm.frames.is_full() {
        cx.vm.frames.grow();
    }
    push_reserved(cx, func, code, nargs, new_fp, ret_ip);
    Next::new((*code).engine.entry, new_fp)
}

/// `enter_simple` but the start, with room for one more frame record
/// already checked (`!frames.is_full()`): clear the registers past the
/// `nargs` arguments (`nargs` is the code's `argcount`), push the frame record.
#[inline(always)]
pub unsafe fn push_reserved(cx: &mut Ctx, func: Value, code: *mut CodeObj, nargs: usize, new_fp: *mut Value, ret_ip: *const Inst) {
    debug_assert!(nargs == (*code).argcount as usize);
    let end = new_fp.add((*code).nregs as usize);
    clear_regs(new_fp.add(nargs), end);
    let vm = &mut cx.vm;
    // Field by field, each value loaded just before its store and `top`
    // (with `end`) first: a whole `Frame` written at once keeps all its
    // values live in registers (the stores may alias their sources), which
    // spills callee-saved registers. `code` and `gen` are not written: a
    // frame without flags has `func`'s code (`Frame::code()`) and no `gen`
    // (the collector marks both only for frames with flags).
    // SAFETY: `top < end` (checked by the caller); every field is plain
    // data; the caller's record is at `top - 1` (`frames` is not empty).
    let fr = vm.frames.top;
    vm.frames.top = fr.add(1);
    let caller_top = (*fr.sub(1)).top;
    std::ptr::addr_of_mut!((*fr).top).write(if caller_top > end { caller_top } else { end });
    std::ptr::addr_of_mut!((*fr).fp).write(new_fp);
    std::ptr::addr_of_mut!((*fr).ret_ip).write(ret_ip);
    std::ptr::addr_of_mut!((*fr).func).write(func);
    let globals = func.obj::<FunctionObj>().globals;
    std::ptr::addr_of_mut!((*fr).globals).write(globals);
    Frame::init_plain_exit(fr, vm.handled.len());
    vm.globals = globals;
}

/// Start the frame just pushed (the top record; `enter_cells`): load its
/// closure cells, then its first instruction.
#[inline(never)]
pub unsafe fn start_cells(cx: &mut Ctx) -> Next {
    // SAFETY: `push_reserved` left the frame's record on top of `frames`.
    let fr = &*cx.vm.frames.top.sub(1);
    let c = &*fr.code();
    load_closure(c, fr.func.obj::<FunctionObj>(), fr.fp);
    Next::new(c.insts.as_ptr() as *mut Inst, fr.fp)
}

/// Set `p..end` to UNBOUND, one store per step (volatile: not a call to
/// memset, nor an unrolled loop that needs more registers).
#[inline(always)]
unsafe fn clear_regs(mut p: *mut Value, end: *mut Value) {
    while p < end {
        std::ptr::write_volatile(p, Value::UNBOUND);
        p = p.add(1);
    }
}

#[inline(never)]
pub(crate) unsafe fn load_closure(c: &CodeObj, f: &FunctionObj, fp: *mut Value) {
    for (i, &r) in c.freevar_regs.iter().enumerate() {
        *fp.add(r as usize) = f.closure.get(i).copied().unwrap_or(Value::UNBOUND);
    }
}

/// Bind `args`/`kw` to the parameters of `func` into the registers at `dst`
/// (all `nregs` registers are written). CPython's binding rules and messages.
pub unsafe fn bind(cx: &mut Ctx, func: Value, args: &[Value], kw: &[(Value, Value)], dst: *mut Value) -> PyResult<()> {
    let f = func.obj::<FunctionObj>();
    let c = &*f.code;
    let nregs = c.nregs as usize;
    let npos = c.argcount as usize;
    let nkwonly = c.kwonlyargcount as usize;
    if kw.is_empty() && args.len() == npos && nkwonly == 0 && c.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 {
        // Exactly the positional parameters (a generator's call, say): copied.
        std::ptr::copy_nonoverlapping(args.as_ptr(), dst, npos);
        std::ptr::write_bytes(dst.add(npos), 0, nregs.saturating_sub(npos));
        if !c.freevar_regs.is_empty() {
            load_closure(c, f, dst);
        }
        return Ok(());
    }
    std::ptr::write_bytes(dst, 0, nregs);
    let nnamed = npos + nkwonly;
    let has_varargs = c.flags & CO_VARARGS != 0;
    let has_varkw = c.flags & CO_VARKEYWORDS != 0;
    let take = args.len().min(npos);
    std::ptr::copy_nonoverlapping(args.as_ptr(), dst, take);
    if has_varargs {
        let rest = if args.len() > npos { args[npos..].to_vec() } else { Vec::new() };
        *dst.add(nnamed) = cx.new_tuple(rest);
    }
    let kwdict = if has_varkw {
        let d = cx.new_dict();
        *dst.add(nnamed + has_varargs as usize) = d;
        d
    } else {
        Value::UNBOUND
    };
    let mut posonly_as_kw: Vec<Value> = Vec::new();
    for &(name, val) in kw {
        let idx = c.varnames[..nnamed].iter().position(|&n| n == name).or_else(|| {
            let s = runtime::str_of(name)?;
            c.varnames[..nnamed].iter().position(|&n| runtime::str_of(n) == Some(s))
        });
        match idx {
            Some(i) if i >= c.posonlyargcount as usize => {
                if !(*dst.add(i)).is_unbound() {
                    let msg = format!("{}() got multiple values for argument '{}'", fname(f), runtime::str_of(name).unwrap_or("?"));
                    return Err(cx.type_error(msg));
                }
                *dst.add(i) = val;
            }
            _ => {
                if has_varkw {
                    runtime::dict_obj(kwdict).expect("kwargs dict").t.set(cx, name, val)?;
                } else if idx.is_some() {
                    posonly_as_kw.push(name);
                } else {
                    let msg = format!("{}() got an unexpected keyword argument '{}'", fname(f), runtime::str_of(name).unwrap_or("?"));
                    return Err(cx.type_error(msg));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(|&n| runtime::str_of(n).unwrap_or("?")).collect();
        let msg = format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(f),
            names.join(", ")
        );
        return Err(cx.type_error(msg));
    }
    if args.len() > npos && !has_varargs {
        return Err(too_many_positional(cx, f, c, args.len(), dst));
    }
    // Positional defaults and missing arguments.
    let ndef = f.defaults.len();
    let first_def = npos.saturating_sub(ndef);
    let mut missing: Vec<&str> = Vec::new();
    for i in take..npos {
        if (*dst.add(i)).is_unbound() {
            if i >= first_def {
                *dst.add(i) = f.defaults[i - first_def];
            } else {
                missing.push(runtime::str_of(c.varnames[i]).unwrap_or("?"));
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(cx, f, &missing, "positional"));
    }
    for i in npos..nnamed {
        if (*dst.add(i)).is_unbound() {
            let d = if f.kwdefaults.is_unbound() || f.kwdefaults.is_none() {
                None
            } else {
                runtime::dict_obj(f.kwdefaults).and_then(|d| d.t.get_str(c.varnames[i]))
            };
            match d {
                Some(v) => *dst.add(i) = v,
                None => missing.push(runtime::str_of(c.varnames[i]).unwrap_or("?")),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(cx, f, &missing, "keyword-only"));
    }
    if !c.freevar_regs.is_empty() {
        load_closure(c, f, dst);
    }
    Ok(())
}

fn fname(f: &FunctionObj) -> &'static str {
    runtime::str_of(f.qualname).or_else(|| runtime::str_of(f.name)).unwrap_or("?")
}

#[cold]
unsafe fn too_many_positional(cx: &mut Ctx, f: &FunctionObj, c: &CodeObj, given: usize, dst: *mut Value) -> Exc {
    let npos = c.argcount as usize;
    let ndef = f.defaults.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", npos - ndef, npos)
    } else {
        format!("{} positional argument{}", npos, plural(npos))
    };
    let nkw = (npos..npos + c.kwonlyargcount as usize).filter(|&i| !(*dst.add(i)).is_unbound()).count();
    let msg = if nkw > 0 {
        format!(
            "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
            fname(f),
            takes,
            given,
            plural(given),
            nkw,
            plural(nkw)
        )
    } else {
        format!("{}() takes {} but {} {} given", fname(f), takes, given, if given == 1 { "was" } else { "were" })
    };
    cx.type_error(msg)
}

#[cold]
fn missing_args(cx: &mut Ctx, f: &FunctionObj, names: &[&str], kind: &str) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let msg = format!(
        "{}() missing {} required {} argument{}: {}",
        fname(f),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    );
    cx.type_error(msg)
}

/// The callable behind `f` if it is a Python function (possibly bound): (function, self).
#[inline]
pub fn python_callee(f: Value) -> Option<(Value, Value)> {
    if f.is_kind(Kind::Function) {
        return Some((f, Value::UNBOUND));
    }
    if let Some(m) = f.downcast::<BoundMethodObj>(Kind::BoundMethod) {
        if m.func.is_kind(Kind::Function) {
            return Some((m.func, m.self_));
        }
    }
    None
}

/// General call from a handler: Python functions get a frame at the top of the
/// stack (no native recursion); anything else goes through `runtime::call`.
/// `ip` is the call instruction (result register `a`).
pub unsafe fn call_value(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> Next {
    if let Some((func, self_)) = python_callee(f) {
        let code = code_of(func);
        super::link::ensure_linked(code);
        if (*code).flags & CO_GENERATOR != 0 {
            let r = if self_.is_unbound() {
                super::gen::make_generator(cx, func, args, kw)
            } else {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(self_);
                v.extend_from_slice(args);
                super::gen::make_generator(cx, func, &v, kw)
            };
            return store_result(ip, fp, cx, r);
        }
        let new_fp = cx.vm.top();
        if !frame_fits(cx, new_fp, (*code).nregs as usize) {
            recursion_error(cx);
            return throw(ip, cx);
        }
        let r = if self_.is_unbound() {
            bind(cx, func, args, kw, new_fp)
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(self_);
            v.extend_from_slice(args);
            bind(cx, func, &v, kw, new_fp)
        };
        if r.is_err() {
            return throw(ip, cx);
        }
        let f = func.obj::<FunctionObj>();
        push_frame(
            cx,
            Frame {
                fp: new_fp,
                ret_ip: ip,
                code,
                func,
                globals: f.globals,
                exc_base: cx.vm.handled.len() as u32,
                flags: 0,
                gen: Value::UNBOUND,
                top: new_fp,
            },
        );
        return Next::new((*code).insts.as_mut_ptr(), new_fp);
    }
    if f.is_kind(Kind::Class) {
        if let Some(init) = plain_init_cached(cx, f.as_ptr()) {
            return construct(ip, cx, f.as_ptr(), init, args, kw);
        }
    }
    let r = runtime::call(cx, f, args, kw);
    store_result(ip, fp, cx, r)
}

/// The Python `__init__` of a plain user class (no `__new__`, no builtin base,
/// not a metaclass), which the VM can run in a frame of its own.
fn plain_init(cx: &mut Ctx, cls: *mut ClassObj) -> Option<Value> {
    let c = runtime::cls_ref(cls);
    if c.flags & runtime::types::CF_BUILTIN != 0 || c.layout != Kind::Instance || !c.builtin_base.is_null() {
        return None;
    }
    // A metaclass's __call__ and the abstract-class check are runtime::class::call_class's.
    if c.h.class != cx.rt.types.type_ || c.flags & runtime::types::CF_ABSTRACT != 0 {
        return None;
    }
    if runtime::user_lookup(cls, cx.rt.names.new).is_some()
        || runtime::issubclass(cls, cx.rt.types.type_)
        || runtime::issubclass(cls, cx.rt.types.base_exception_group)
    {
        return None;
    }
    let init = runtime::user_lookup(cls, cx.rt.names.init)?;
    if !init.is_kind(Kind::Function) {
        return None;
    }
    let code = code_of(init);
    super::link::ensure_linked(code);
    // SAFETY: live code object.
    if unsafe { (*code).flags } & CO_GENERATOR != 0 {
        return None;
    }
    Some(init)
}

thread_local! {
    /// class -> its plain `__init__` (`plain_init_cached`).
    static INIT_CACHE: [std::cell::Cell<runtime::class::VersionEntry>; 64] =
        const { [const { std::cell::Cell::new(runtime::class::EMPTY_VERSION_ENTRY) }; 64] };
}

/// `plain_init`, cached by class version.
#[inline]
fn plain_init_cached(cx: &mut Ctx, cls: *mut ClassObj) -> Option<Value> {
    runtime::class::by_version(&INIT_CACHE, cls, || plain_init(cx, cls))
}

/// `cls(args...)` from a call handler, positional only, the arguments in the
/// caller's registers at `args` with a dead register (the callee / self slot)
/// just below: a plain class whose simple-signature `__init__` takes them
/// (defaults allowed) gets its instance in that slot and a `FR_INIT` frame
/// overlaid there (no copy, no binding). None: not this case, nothing done.
pub unsafe fn construct_positional(ip: *const Inst, cx: &mut Ctx, cls: *mut ClassObj, args: *mut Value, nargs: usize) -> Option<Next> {
    let init = plain_init_cached(cx, cls)?;
    let f = init.obj::<FunctionObj>();
    let code = f.code;
    let c = &*code;
    let n = nargs + 1;
    let new_fp = args.sub(1);
    if !c.engine.simple || n > c.argcount as usize || !frame_fits(cx, new_fp, c.nregs as usize) {
        return None;
    }
    if n < c.argcount as usize && (c.argcount as usize - n) > f.defaults.len() {
        return None;
    }
    let obj = runtime::class::alloc_instance(cx, cls, &[]);
    *new_fp = obj;
    fill_defaults(f, c, n, new_fp);
    for r in c.argcount as usize..c.nregs as usize {
        std::ptr::write_volatile(new_fp.add(r), Value::UNBOUND);
    }
    if !c.freevar_regs.is_empty() {
        load_closure(c, f, new_fp);
    }
    push_init_frame(cx, ip, code, init, new_fp, obj);
    Some(Next::new(c.insts.as_ptr() as *mut Inst, new_fp))
}

/// The `FR_INIT` frame of `init` (a Python function) at `new_fp`: its `gen`
/// slot holds the instance, the call's result when `__init__` returns None.
#[inline(always)]
unsafe fn push_init_frame(cx: &mut Ctx, ip: *const Inst, code: *mut CodeObj, init: Value, new_fp: *mut Value, obj: Value) {
    let globals = init.obj::<FunctionObj>().globals;
    push_frame(
        cx,
        Frame {
            fp: new_fp,
            ret_ip: ip,
            code,
            func: init,
            globals,
            exc_base: cx.vm.handled.len() as u32,
            flags: FR_INIT,
            gen: obj,
            top: new_fp,
        },
    );
}

/// `cls(*args, **kw)`: allocate the instance and enter `__init__` in a frame
/// (`FR_INIT`; the frame's `gen` slot holds the instance, which becomes the
/// call's result when `__init__` returns None).
#[cold]
#[inline(never)]
unsafe fn construct(ip: *const Inst, cx: &mut Ctx, cls: *mut ClassObj, init: Value, args: &[Value], kw: &[(Value, Value)]) -> Next {
    let code = code_of(init);
    let new_fp = cx.vm.top();
    if !frame_fits(cx, new_fp, (*code).nregs as usize) {
        recursion_error(cx);
        return throw(ip, cx);
    }
    let obj = runtime::class::alloc_instance(cx, cls, &[]);
    let f = init.obj::<FunctionObj>();
    let c = &*code;
    let n = args.len() + 1;
    if kw.is_empty() && c.engine.simple && n <= c.argcount as usize {
        // Plain positional __init__: place self and the arguments directly.
        *new_fp = obj;
        std::ptr::copy_nonoverlapping(args.as_ptr(), new_fp.add(1), args.len());
        if fill_defaults(f, c, n, new_fp) {
            for r in c.argcount as usize..c.nregs as usize {
                *new_fp.add(r) = Value::UNBOUND;
            }
            if !c.freevar_regs.is_empty() {
                load_closure(c, f, new_fp);
            }
        } else if bind_init(cx, init, obj, args, kw, new_fp).is_err() {
            return throw(ip, cx);
        }
    } else if bind_init(cx, init, obj, args, kw, new_fp).is_err() {
        return throw(ip, cx);
    }
    push_init_frame(cx, ip, code, init, new_fp, obj);
    Next::new((*code).insts.as_mut_ptr(), new_fp)
}

/// Bind `init(obj, *args, **kw)` into `dst` (the general path).
unsafe fn bind_init(cx: &mut Ctx, init: Value, obj: Value, args: &[Value], kw: &[(Value, Value)], dst: *mut Value) -> PyResult<()> {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(obj);
    v.extend_from_slice(args);
    bind(cx, init, &v, kw, dst)
}

/// Positional defaults for parameters `nargs..argcount` of a simple-signature
/// function into `dst` (arguments already in `dst[..nargs]`); false (nothing
/// written) when some parameter has no default.
#[inline]
pub unsafe fn fill_defaults(f: &FunctionObj, c: &CodeObj, nargs: usize, dst: *mut Value) -> bool {
    let npos = c.argcount as usize;
    let ndef = f.defaults.len();
    if npos - nargs > ndef {
        return false;
    }
    let first_def = npos - ndef;
    for i in nargs..npos {
        *dst.add(i) = *f.defaults.get_unchecked(i - first_def);
    }
    true
}

/// Store a call result in register `a` of `ip` and continue, or raise.
#[inline]
pub unsafe fn store_result(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, r: PyResult<Value>) -> Next {
    match r {
        Ok(v) => {
            *fp.add((*ip).a as usize) = v;
            Next::new(ip.add(1), fp)
        }
        Err(_) => throw(ip, cx),
    }
}

/// Return from the top frame (slow cases: entry frames, generator frames,
/// handled exceptions left on the stack).
#[cold]
#[inline(never)]
pub unsafe fn return_slow(cx: &mut Ctx, v: Value, fp: *mut Value) -> Next {
    let f = pop_frame(cx);
    cx.vm.handled.truncate(f.exc_base as usize);
    if f.flags & FR_GEN != 0 && f.flags & FR_INIT == 0 {
        super::gen::finish(cx, f.gen);
    }
    if f.flags & FR_ENTRY != 0 {
        cx.vm.ret = v;
        return leave(cx, Exit::Return, fp);
    }
    let caller = cx.vm.frames.last().expect("caller frame");
    let cfp = caller.fp;
    let mut v = v;
    if f.flags & FR_BINOP != 0 && v == Value::not_implemented() {
        return binop_not_implemented(cx, f);
    }
    if f.flags & FR_INIT != 0 {
        if !v.is_none() {
            let tn = runtime::type_name(cx, v);
            cx.type_error(format!("__init__() should return None, not '{tn}'"));
            return throw(f.ret_ip, cx);
        }
        v = f.gen;
    }
    *cfp.add((*f.ret_ip).a as usize) = v;
    Next::new(f.ret_ip.add(1), cfp)
}

/// A `FR_BINOP` frame returned NotImplemented: `a op b` has no other method
/// to try (see `binop_dunder`), so it is the TypeError, raised at the
/// arithmetic instruction (whose registers `b`, `c` still hold the operands).
#[cold]
#[inline(never)]
unsafe fn binop_not_implemented(cx: &mut Ctx, f: Frame) -> Next {
    let i = &*f.ret_ip;
    let cfp = cx.vm.frames.last().expect("caller frame").fp;
    // SAFETY: `gen` was made from a BinOp (`binop_dunder`).
    let op: crate::compile::BinOp = std::mem::transmute(f.gen.as_small() as u8);
    let (na, nb) = (runtime::type_name(cx, *cfp.add(i.b as usize)), runtime::type_name(cx, *cfp.add(i.c as usize)));
    let sym = match op {
        crate::compile::BinOp::Pow => "** or pow()",
        _ => runtime::ops::binop_symbol(op),
    };
    cx.type_error(format!("unsupported operand type(s) for {sym}: '{na}' and '{nb}'"));
    throw(f.ret_ip, cx)
}

// ---------------------------------------------------------------- exceptions

/// Raise `cx.exc` at `ip` in the top frame: record the traceback entry, chain
/// the implicit `__context__`, unwind to a handler.
#[cold]
#[inline(never)]
pub unsafe fn throw(ip: *const Inst, cx: &mut Ctx) -> Next {
    chain_context(cx, false);
    unwind(ip, cx, true)
}

/// `raise X`: as `throw`, but the context is always (re)set, like CPython.
#[cold]
#[inline(never)]
pub unsafe fn throw_explicit(ip: *const Inst, cx: &mut Ctx) -> Next {
    chain_context(cx, true);
    unwind(ip, cx, true)
}

/// Re-raise (bare `raise`, end of `finally`): no new traceback entry here.
#[cold]
#[inline(never)]
pub unsafe fn rethrow(ip: *const Inst, cx: &mut Ctx) -> Next {
    unwind(ip, cx, false)
}

pub fn exc_obj(v: Value) -> Option<&'static mut ExceptionObj> {
    v.downcast::<ExceptionObj>(Kind::Exception)
}

/// Implicit exception chaining: the exception being handled becomes the new
/// exception's `__context__` (cycles broken like CPython).
fn chain_context(cx: &mut Ctx, overwrite: bool) {
    let exc = cx.exc;
    let Some(&h) = cx.vm.handled.last() else { return };
    if h == exc || h.is_none() || h.is_unbound() {
        return;
    }
    let Some(e) = exc_obj(exc) else { return };
    if !overwrite && !(e.context.is_unbound() || e.context.is_none()) {
        return;
    }
    // Break a cycle: if `exc` is already in h's context chain, cut it there.
    let mut o = h;
    let mut guard = 0;
    while let Some(oe) = exc_obj(o) {
        if oe.context == exc {
            oe.context = Value::none();
            break;
        }
        o = oe.context;
        guard += 1;
        if guard > 10000 {
            break;
        }
    }
    e.context = h;
}

/// The innermost exception-table entry covering instruction `idx`.
pub(crate) fn find_handler(tab: &[ExcEntry], idx: usize) -> Option<ExcEntry> {
    let idx = idx as u32;
    let mut best: Option<ExcEntry> = None;
    for e in tab {
        if e.start <= idx && idx < e.end {
            match best {
                Some(b) if (b.end - b.start) < (e.end - e.start) => {}
                _ => best = Some(*e),
            }
        }
    }
    best
}

/// Unwind from `ip` (in the top frame) to the nearest handler, popping frames
/// and adding traceback entries; leave the interpreter at an entry frame.
unsafe fn unwind(mut ip: *const Inst, cx: &mut Ctx, mut add_tb: bool) -> Next {
    if cx.exc != cx.vm.tb_exc {
        flush_traceback(cx);
        cx.vm.tb_exc = cx.exc;
    }
    loop {
        let fr = *cx.vm.frames.last().expect("unwind without a frame");
        let code = fr.code();
        let idx = inst_index(code, ip);
        if add_tb {
            cx.vm.tb_pending.push((Value::from_ptr(code), idx as u32));
        }
        add_tb = true;
        if let Some(e) = find_handler(&(*code).exc_table, idx) {
            flush_traceback(cx);
            cx.vm.handled.truncate(fr.exc_base as usize + e.depth as usize);
            *fr.fp.add(e.exc_reg as usize) = cx.exc;
            return Next::new((*code).insts.as_mut_ptr().add(e.handler as usize), fr.fp);
        }
        pop_frame(cx);
        cx.vm.handled.truncate(fr.exc_base as usize);
        if fr.flags & FR_GEN != 0 {
            // May replace cx.exc (StopIteration -> RuntimeError): flush first.
            flush_traceback(cx);
            super::gen::died(cx, fr.gen);
            cx.vm.tb_exc = cx.exc;
        }
        if fr.flags & FR_ENTRY != 0 {
            // Entries stay pending while the exception crosses native code:
            // prepending per native level would be quadratic in the depth.
            return leave(cx, Exit::Error, fr.fp);
        }
        ip = fr.ret_ip;
    }
}

/// Move the pending traceback entries (innermost first) to the front of the
/// exception's traceback (outermost first). Call before reading a traceback
/// of an exception that came out of the VM (`print_exception`).
pub fn flush_traceback(cx: &mut Ctx) {
    let vm = &mut cx.vm;
    if !vm.tb_pending.is_empty() {
        if let Some(e) = exc_obj(vm.tb_exc) {
            e.traceback.splice(0..0, vm.tb_pending.drain(..).rev());
        }
        vm.tb_pending.clear();
    }
    vm.tb_exc = Value::UNBOUND;
}
