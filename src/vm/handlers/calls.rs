//! Functions and calls. A call of a plain Python function with exactly its
//! positional arguments overlays the callee's frame on the argument registers
//! and jumps to its first instruction (no native recursion, no copy); other
//! Python calls bind arguments into a frame at the stack top; everything else
//! goes through `runtime::call`.
use super::prelude::*;
use crate::compile::{CodeObj, NO_REG};
use crate::vm::dispatch::Handler;
use crate::vm::frame::{self, call_value, enter_simple, frame_fits};
use crate::vm::handlers::SlowFn;

op!(
    /// a := function(code aux0, defaults b, kwdefaults/closure aux1).
    make_function,
    |ip, fp, cx| {
        let i = &*ip;
        let code_v = aux_val(ip, 0);
        let extra = aux_val(ip, 1).raw();
        let (kwd, clo) = ((extra & 0xffff) as u16, ((extra >> 16) & 0xffff) as u16);
        let f = make_function(cx, code_v, i.b, kwd, clo, fp);
        set_reg(fp, i.a, f);
        next(ip, fp)
    }
);

#[cold]
#[inline(never)]
unsafe fn make_function(cx: &mut Ctx, code_v: Value, defaults: u16, kwd: u16, clo: u16, fp: *mut Value) -> Value {
    let code = code_v.as_ptr::<CodeObj>();
    crate::vm::link::ensure_linked(code);
    let opt = |r: u16| if r == NO_REG { Value::UNBOUND } else { reg(fp, r) };
    let defaults: Box<[Value]> = runtime::seq_items(opt(defaults)).map(|s| s.to_vec().into_boxed_slice()).unwrap_or_default();
    let closure: Box<[Value]> = runtime::seq_items(opt(clo)).map(|s| s.to_vec().into_boxed_slice()).unwrap_or_default();
    let globals = cx.vm.globals;
    let module = if globals.is_null() { Value::none() } else { (*globals).t.get_str(cx.rt.names.name).unwrap_or(Value::none()) };
    let c = &*code;
    cx.alloc_obj(FunctionObj {
        h: ObjHeader::new(cx.rt.types.function, Kind::Function),
        code,
        globals,
        name: c.name,
        qualname: c.qualname,
        defaults,
        kwdefaults: opt(kwd),
        closure,
        dict: Value::UNBOUND,
        doc: Value::none(),
        module,
    })
}

/// Register `b + 1` after a LoadMethod at `b`: the bound `self`, or UNBOUND.
/// (A pointer offset, not `reg(fp, b + 1)`: no u16 wrap-around to compute.)
#[inline(always)]
unsafe fn method_self(fp: *mut Value, b: u16) -> Value {
    *crate::vm::dispatch::reg_ptr(fp, b).add(1)
}

/// Fast path: `f` is a linked plain Python function taking exactly `nargs`
/// positional arguments, already in `new_fp[0..nargs]`, the frame fits, no
/// collection is due and a frame record can be pushed (one compare with
/// `frames.limit`: recursion limit and the records' capacity). Everything else
/// (including the safepoint) is left to the slow path `slow_h` / `slow`, and
/// a closure's cells to `enter_cells`, so this path makes no calls and the
/// handler saves no callee-saved registers.
#[inline(always)]
unsafe fn fast_call(ip: *const Inst, cx: &mut Ctx, f: Value, nargs: usize, new_fp: *mut Value, slow_h: Handler, slow: SlowFn) -> Flow {
    match try_enter(ip, cx, f, nargs, new_fp) {
        Some(n) => Flow::Go(n),
        None => Flow::Via(ip, slow_h, slow),
    }
}

/// `fast_call`'s checks and entry; None: not its case, nothing done.
#[inline(always)]
unsafe fn try_enter(ip: *const Inst, cx: &mut Ctx, f: Value, nargs: usize, new_fp: *mut Value) -> Option<Next> {
    if !f.is_kind(Kind::Function) {
        return None;
    }
    let code = f.obj::<FunctionObj>().code;
    let c = &*code;
    // The window's end tested first: fewer values live yet (none saved).
    if new_fp.add(c.nregs as usize) > cx.vm.stack_end
        || cx.heap.wants_gc()
        || cx.vm.frames.top >= cx.vm.frames.limit
        || c.engine.fast_argc != nargs as u32
    {
        return None;
    }
    frame::push_reserved(cx, f, code, nargs, new_fp, ip);
    Some(Next::new(c.engine.entry, new_fp))
}

/// The `call` / `call_method` at `ip` on callee `f` with `nargs` arguments at
/// `args`, run as the last part of a fused op at `at` (`fused::load_move_call!`,
/// which passes the callee it loaded and the window link.rs checked):
/// `fast_call`'s case entered, anything else dispatched to the call
/// instruction's own handler (which may be quickened: `call_native`,
/// `call_bm`); a callee that is not a Python function taking exactly `nargs`
/// also makes `at` the plain ops `pair` for good (`unfuse`).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn call1_tail(
    at: *const Inst,
    ip: *const Inst,
    fp: *mut Value,
    cx: &mut Ctx,
    f: Value,
    args: *mut Value,
    nargs: usize,
    pair: fn() -> Handler,
) -> Flow {
    // Not a Python function, or one that the generic call binds (defaults,
    // `*args`, a generator): not this site's case, now or later.
    if !f.is_kind(Kind::Function) || (*f.obj::<FunctionObj>().code).engine.fast_argc != nargs as u32 {
        return Flow::Go(unfuse(at, pair, ip, fp));
    }
    Flow::Go(try_enter(ip, cx, f, nargs, args).unwrap_or(Next::new(ip, fp)))
}

/// A fused call site whose callee is not a plain Python function of its
/// arity (a builtin, a class, defaults): `at` becomes the unfused op(s)
/// `pair` (the fused op's checks would only add to every call there), then
/// the call at `ip` is dispatched.
/// `pair` gives the handler through `handler!` (registered for `--stats`
/// and the JIT), called only here.
#[cold]
#[inline(never)]
unsafe fn unfuse(at: *const Inst, pair: fn() -> Handler, ip: *const Inst, fp: *mut Value) -> Next {
    // SAFETY: instructions are mutable at run time (quickening); `at` is a linked fused op.
    (*(at as *mut Inst)).h = pair();
    Next::new(ip, fp)
}

op!(
    /// The first instruction of a closure's frame that `fast_call` pushed
    /// (reached through `CELLS_ENTRY`, never linked): load the cells, then
    /// go to the code's first instruction.
    enter_cells,
    |ip, fp, cx| { frame::start_cells(cx) }
);

/// Where `fast_call` continues for a closure: `enter_cells` (the code's
/// `engine.entry`, set at link: one load, no test of the closure in the
/// fast path). Registered by `register_entries`.
static CELLS_ENTRY: Inst = Inst { h: enter_cells::h, a: 0, b: 0, c: 0, d: 0 };

/// `CELLS_ENTRY`'s address (for `CodeEngineData::set_signature`).
pub(crate) fn cells_entry() -> *const Inst {
    &CELLS_ENTRY
}

/// Register the handlers of instructions that live outside code objects
/// (`--stats` and the JIT find step forms by handler).
pub fn register_entries() {
    let _ = crate::vm::dispatch::handler!(crate::vm::handlers::calls::enter_cells);
}

/// The exact-arity entry for the slow path: safepoint first, frame records grown.
#[inline(always)]
unsafe fn slow_exact_call(ip: *const Inst, cx: &mut Ctx, f: Value, nargs: usize, new_fp: *mut Value) -> Option<Next> {
    if !f.is_kind(Kind::Function) {
        return None;
    }
    let code = f.obj::<FunctionObj>().code;
    let c = &*code;
    if c.engine.fast_argc != nargs as u32 || !frame_fits(cx, new_fp, c.nregs as usize) {
        return None;
    }
    if cx.heap.wants_gc() && super::control::safepoint(cx) {
        return Some(throw(ip, cx));
    }
    Some(enter_simple(cx, f, code, nargs, new_fp, ip))
}

/// `f` an unbound native (builtin function, method of a builtin type): call it
/// on the argument registers directly (no `call_value`/`runtime::call` dispatch).
#[inline(always)]
unsafe fn call_native(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, f: Value, args: *const Value, nargs: usize) -> Option<Next> {
    let n = f.downcast::<NativeObj>(Kind::Native)?;
    if !n.bound.is_unbound() {
        return None;
    }
    let nf = n.f;
    quicken_native(ip);
    let r = nf(cx, std::slice::from_raw_parts(args, nargs), &[]);
    Some(frame::store_result(ip, fp, cx, r))
}

// ---- quickening: sites that call natives ----
//
// A `call` / `call_method` whose callee was an unbound native becomes
// `call_native` / `call_method_native`: one kind check, then the native fn on
// the argument registers. Any other callee deoptimises the site back to the
// generic op for good (`d` = 1: polymorphic sites do not flip back and forth).

/// Rewrite the generic call at `ip` to its native form (first time only).
#[inline(always)]
unsafe fn quicken_native(ip: *const Inst) {
    use crate::vm::dispatch::handler;
    use crate::vm::handlers::calls;
    quicken(ip, handler!(calls::call_native), handler!(calls::call_method_native));
}

/// Rewrite the generic call at `ip` to its bound-method form (first time only).
#[inline(always)]
unsafe fn quicken_bound(ip: *const Inst) {
    use crate::vm::dispatch::handler;
    use crate::vm::handlers::calls;
    quicken(ip, handler!(calls::call_bm), handler!(calls::call_method_bm));
}

/// `ip` (a generic `call` / `call_method` never deoptimised) becomes `for_call` / `for_method`.
#[inline(always)]
unsafe fn quicken(ip: *const Inst, for_call: crate::vm::dispatch::Handler, for_method: crate::vm::dispatch::Handler) {
    use crate::vm::dispatch::handler;
    use crate::vm::handlers::calls;
    let i = &mut *(ip as *mut Inst);
    if i.d != 0 {
        return;
    }
    // SAFETY: instructions are mutable at run time (quickening); `ip` is a linked call.
    if i.h as usize == handler!(calls::call) as usize {
        i.h = for_call;
    } else if i.h as usize == handler!(calls::call_method) as usize {
        i.h = for_method;
    }
}

/// Back to the generic op at `ip`, never to be quickened again.
#[cold]
#[inline(never)]
unsafe fn deopt_native(ip: *const Inst, generic: crate::vm::dispatch::Handler) {
    // SAFETY: instructions are mutable at run time (quickening).
    let i = &mut *(ip as *mut Inst);
    i.h = generic;
    i.d = 1;
}

/// Run native `nf` on `args`. Out of line: a handler calls this function
/// directly, never through a register (`asm/check-dispatch.sh` reads an
/// indirect call in a handler as a failed tail dispatch).
#[inline(never)]
unsafe fn invoke(nf: NativeFn, cx: &mut Ctx, args: *const Value, n: usize) -> PyResult<Value> {
    nf(cx, std::slice::from_raw_parts(args, n), &[])
}

/// The unbound native fn in `f`, if any.
#[inline(always)]
unsafe fn native_fn(f: Value) -> Option<NativeFn> {
    let n = f.downcast::<NativeObj>(Kind::Native)?;
    n.bound.is_unbound().then_some(n.f)
}

op!(
    /// `call` quickened for an unbound native callee.
    call_native,
    |ip, fp, cx| {
        let i = &*ip;
        let Some(nf) = native_fn(reg(fp, i.b)) else { return call_native_deopt(ip, fp, cx) };
        let r = invoke(nf, cx, fp.add(i.b as usize + 1), i.c as usize);
        native_done(ip, fp, cx, r)
    }
);

/// A quickened native call's result: into the destination register, or thrown.
#[inline(always)]
unsafe fn native_done(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, r: crate::PyResult<Value>) -> Next {
    match r {
        Ok(v) => {
            set_reg(fp, (*ip).a, v);
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}

#[cold]
#[inline(never)]
unsafe fn call_native_deopt(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    deopt_native(ip, crate::vm::dispatch::handler!(crate::vm::handlers::calls::call));
    call_slow(ip, fp, cx)
}

op!(
    /// `call_method` quickened for an unbound native callee.
    call_method_native,
    |ip, fp, cx| {
        let i = &*ip;
        let Some(nf) = native_fn(reg(fp, i.b)) else { return call_method_native_deopt(ip, fp, cx) };
        let bound = !method_self(fp, i.b).is_unbound();
        let first = i.b as usize + 2 - bound as usize;
        let r = invoke(nf, cx, fp.add(first), i.c as usize + bound as usize);
        native_done(ip, fp, cx, r)
    }
);

#[cold]
#[inline(never)]
unsafe fn call_method_native_deopt(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    deopt_native(ip, crate::vm::dispatch::handler!(crate::vm::handlers::calls::call_method));
    call_method_slow(ip, fp, cx)
}

/// `f` a bound method (or a native with a bound first argument): its self
/// goes into the dead register just below the arguments (the callee slot of
/// `call`, the self slot of an unbound `call_method`), then the function is
/// entered / the native called there as for a plain call with one more argument.
#[inline(never)]
unsafe fn call_bound(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, f: Value, args: *mut Value, nargs: usize) -> Option<Next> {
    let (func, slf) = match f.kind()? {
        Kind::BoundMethod => {
            let b = f.obj::<BoundMethodObj>();
            (b.func, b.self_)
        }
        Kind::Native if !f.obj::<NativeObj>().bound.is_unbound() => {
            let n = f.obj::<NativeObj>();
            let r = invoke_with_self(cx, n.f, n.bound, args, nargs);
            return Some(frame::store_result(ip, fp, cx, r));
        }
        _ => return None,
    };
    let slot = args.sub(1);
    quicken_bound(ip);
    if let Some(nf) = native_fn(func) {
        let r = invoke_with_self(cx, nf, slf, args, nargs);
        return Some(frame::store_result(ip, fp, cx, r));
    }
    if !func.is_kind(Kind::Function) {
        return None;
    }
    let c = &*func.obj::<FunctionObj>().code;
    if !c.engine.simple || c.argcount as usize > nargs + 1 + func.obj::<FunctionObj>().defaults.len() || c.argcount as usize <= nargs {
        return None;
    }
    *slot = slf;
    if let Some(n) = slow_exact_call(ip, cx, func, nargs + 1, slot) {
        return Some(n);
    }
    if let Some(n) = fast_call_defaults(ip, cx, func, nargs + 1, slot) {
        return Some(n);
    }
    // Not entered after all (the frame does not fit): the generic call raises.
    *slot = f;
    None
}

op!(
    /// `call` quickened for a bound-method callee (`f = obj.m; f(x)`).
    call_bm,
    |ip, fp, cx| { call_bm_run(ip, fp, cx) }
);

#[inline(never)]
unsafe fn call_bm_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    if let Some(n) = call_bound(ip, fp, cx, reg(fp, i.b), fp.add(i.b as usize + 1), i.c as usize) {
        return n;
    }
    deopt_native(ip, crate::vm::dispatch::handler!(crate::vm::handlers::calls::call));
    call_slow(ip, fp, cx)
}

op!(
    /// `call_method` quickened for a bound-method callee held in an attribute.
    call_method_bm,
    |ip, fp, cx| { call_method_bm_run(ip, fp, cx) }
);

#[inline(never)]
unsafe fn call_method_bm_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    if method_self(fp, i.b).is_unbound() {
        if let Some(n) = call_bound(ip, fp, cx, reg(fp, i.b), fp.add(i.b as usize + 2), i.c as usize) {
            return n;
        }
    }
    deopt_native(ip, crate::vm::dispatch::handler!(crate::vm::handlers::calls::call_method));
    call_method_slow(ip, fp, cx)
}

/// Native `nf(slf, *args)`: `slf` goes into the dead register below `args`.
#[inline(always)]
unsafe fn invoke_with_self(cx: &mut Ctx, nf: NativeFn, slf: Value, args: *mut Value, nargs: usize) -> PyResult<Value> {
    let slot = args.sub(1);
    *slot = slf;
    invoke(nf, cx, slot, nargs + 1)
}

/// `f` a class, after the call's safepoint: builtin classes are called
/// directly; a plain user class gets its instance + `__init__` frame over the
/// argument registers (see `frame::construct_positional`).
#[inline(always)]
unsafe fn construct(cx: &mut Ctx, ip: *const Inst, fp: *mut Value, f: Value, args: *mut Value, nargs: usize) -> Option<Next> {
    if !f.is_kind(Kind::Class) {
        return None;
    }
    if cx.heap.wants_gc() && super::control::safepoint(cx) {
        return Some(throw(ip, cx));
    }
    let cls = f.as_ptr::<ClassObj>();
    if runtime::cls_ref(cls).flags & runtime::types::CF_BUILTIN != 0 {
        if cls == cx.rt.types.str && nargs == 1 {
            // `str(x)`: straight to the conversion, not through the class
            // call's `__new__` / `__init__` lookups and argument parsing.
            let r = cx.str_of(*args);
            return Some(frame::store_result(ip, fp, cx, r));
        }
        // The class goes into the dead register below the arguments, as a bound self.
        let r = match runtime::class::builtin_new_native(cx, cls) {
            Some(nf) => invoke_with_self(cx, nf, f, args, nargs),
            None => runtime::class::call_class(cx, cls, std::slice::from_raw_parts(args, nargs), &[]),
        };
        return Some(frame::store_result(ip, fp, cx, r));
    }
    frame::construct_positional(ip, cx, cls, args, nargs)
}

/// Simple signature, fewer arguments than parameters: fill positional defaults
/// into the callee's registers and enter it (no tuple, no `bind`).
#[inline(never)]
unsafe fn fast_call_defaults(ip: *const Inst, cx: &mut Ctx, f: Value, nargs: usize, new_fp: *mut Value) -> Option<Next> {
    if !f.is_kind(Kind::Function) {
        return None;
    }
    let func = f.obj::<FunctionObj>();
    let code = func.code;
    let c = &*code;
    let npos = c.argcount as usize;
    if !c.engine.simple || nargs >= npos || !frame_fits(cx, new_fp, c.nregs as usize) {
        return None;
    }
    if !crate::vm::frame::fill_defaults(func, c, nargs, new_fp) {
        return None;
    }
    if cx.heap.wants_gc() && super::control::safepoint(cx) {
        return Some(throw(ip, cx));
    }
    Some(enter_simple(cx, f, code, npos, new_fp, ip))
}

flow_op!(
    /// a := b(b+1 .. b+c)
    call,
    |ip, fp, cx| {
        let i = &*ip;
        let f = reg(fp, i.b);
        fast_call(ip, cx, f, i.c as usize, fp.add(i.b as usize + 1), super::call_slow_h::h, super::call_slow)
    }
);

#[cold]
#[inline(never)]
unsafe fn call_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let f = reg(fp, i.b);
    if let Some(n) = call_native(ip, fp, cx, f, fp.add(i.b as usize + 1), i.c as usize) {
        return n;
    }
    if let Some(n) = slow_exact_call(ip, cx, f, i.c as usize, fp.add(i.b as usize + 1)) {
        return n;
    }
    if let Some(n) = construct(cx, ip, fp, f, fp.add(i.b as usize + 1), i.c as usize) {
        return n;
    }
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::Call);
    if let Some(n) = fast_call_defaults(ip, cx, f, i.c as usize, fp.add(i.b as usize + 1)) {
        return n;
    }
    if let Some(n) = call_bound(ip, fp, cx, f, fp.add(i.b as usize + 1), i.c as usize) {
        return n;
    }
    let args = std::slice::from_raw_parts(fp.add(i.b as usize + 1), i.c as usize);
    call_value(ip, fp, cx, f, args, &[])
}

flow_op!(
    /// After LoadMethod at b: a := b(b+1 if bound, b+2 .. b+1+c)
    call_method,
    |ip, fp, cx| {
        let i = &*ip;
        let f = reg(fp, i.b);
        let (h, slow) = (super::call_method_slow_h::h, super::call_method_slow);
        // Two straight copies of the fast path, not one on computed operands:
        // `self` bound (a method found on the type) or not (a plain attribute).
        if !method_self(fp, i.b).is_unbound() {
            fast_call(ip, cx, f, i.c as usize + 1, fp.add(i.b as usize + 1), h, slow)
        } else {
            fast_call(ip, cx, f, i.c as usize, fp.add(i.b as usize + 2), h, slow)
        }
    }
);

cold_handler! {
    call_slow_h = call_slow;
    call_method_slow_h = call_method_slow;
}

#[cold]
#[inline(never)]
unsafe fn call_method_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let f = reg(fp, i.b);
    let bound = !method_self(fp, i.b).is_unbound();
    let first = i.b as usize + 2 - bound as usize;
    if let Some(n) = call_native(ip, fp, cx, f, fp.add(first), i.c as usize + bound as usize) {
        return n;
    }
    if let Some(n) = slow_exact_call(ip, cx, f, i.c as usize + bound as usize, fp.add(first)) {
        return n;
    }
    if !bound {
        if let Some(n) = construct(cx, ip, fp, f, fp.add(first), i.c as usize) {
            return n;
        }
    }
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::Call);
    if let Some(n) = fast_call_defaults(ip, cx, f, i.c as usize + bound as usize, fp.add(first)) {
        return n;
    }
    if !bound {
        if let Some(n) = call_bound(ip, fp, cx, f, fp.add(first), i.c as usize) {
            return n;
        }
    }
    let args = std::slice::from_raw_parts(fp.add(first), i.c as usize + bound as usize);
    call_value(ip, fp, cx, f, args, &[])
}

/// Split the last `len(kwnames)` of `args` into keyword pairs.
unsafe fn kw_split(kwnames: Value, args: &[Value]) -> (&[Value], Vec<(Value, Value)>) {
    let names = runtime::tuple_items(kwnames).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let kw = names.iter().copied().zip(args[npos..].iter().copied()).collect();
    (&args[..npos], kw)
}

op!(
    /// As call; aux0 = kwnames tuple, aux1 = nargs (positional + keyword).
    call_kw,
    |ip, fp, cx| {
        let i = &*ip;
        let nargs = aux_val(ip, 1).raw() as usize;
        let f = reg(fp, i.b);
        let all = std::slice::from_raw_parts(fp.add(i.b as usize + 1), nargs);
        let (pos, kw) = kw_split(aux_val(ip, 0), all);
        call_value(ip, fp, cx, f, pos, &kw)
    }
);

op!(call_method_kw, |ip, fp, cx| {
    let i = &*ip;
    let nargs = aux_val(ip, 1).raw() as usize;
    let f = reg(fp, i.b);
    let bound = !method_self(fp, i.b).is_unbound();
    let first = i.b as usize + 2 - bound as usize;
    let all = std::slice::from_raw_parts(fp.add(first), nargs + bound as usize);
    let (pos, kw) = kw_split(aux_val(ip, 0), all);
    call_value(ip, fp, cx, f, pos, &kw)
});

op!(
    /// a := b(*c, **d)
    call_ex,
    |ip, fp, cx| { call_ex_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn call_ex_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let f = reg(fp, i.b);
    let argv = reg(fp, i.c);
    let args: Vec<Value> = match runtime::seq_items(argv) {
        Some(s) => s.to_vec(),
        None => match runtime::iter::collect(cx, argv) {
            Ok(v) => v,
            Err(_) => {
                if cx.exc_is(cx.rt.types.type_error) {
                    let fname = super::containers::callable_name(cx, f);
                    let msg = format!("{} argument after * must be an iterable, not {}", fname, runtime::type_name(cx, argv));
                    cx.type_error(msg);
                }
                return throw(ip, cx);
            }
        },
    };
    let kw: Vec<(Value, Value)> = if i.d == NO_REG {
        Vec::new()
    } else {
        match runtime::dict_obj(reg(fp, i.d)) {
            Some(d) => d.t.iter().collect(),
            None => Vec::new(),
        }
    };
    call_value(ip, fp, cx, f, &args, &kw)
}

flow_op!(return_, |ip, fp, cx| {
    let v = reg(fp, (*ip).a);
    let vm = &mut cx.vm;
    // SAFETY: a running frame always has its record on top of `frames`;
    // without flags it is not an entry frame, so its caller's is below it.
    let fr = vm.frames.top.sub(1);
    if !(*fr).plain_exit(vm.handled.len()) {
        return Flow::Via(ip, super::return_slow_h::h, super::return_slow_at);
    }
    vm.frames.top = fr;
    let ret_ip = (*fr).ret_ip;
    let caller = &*fr.sub(1);
    vm.globals = caller.globals;
    let cfp = caller.fp;
    set_reg(cfp, (*ret_ip).a, v);
    Flow::Go(Next::new(ret_ip.add(1), cfp))
});

/// `return_`'s slow path (entry, generator and `__init__` frames; handled
/// exceptions left on the stack) in the cold-handler form.
#[cold]
#[inline(never)]
unsafe fn return_slow_at(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let v = reg(fp, (*ip).a);
    let vm = &mut cx.vm;
    // SAFETY: a running frame always has its record on top of `frames`.
    let fr = &*vm.frames.top.sub(1);
    if fr.flags == crate::vm::ctx::FR_INIT && v.is_none() && vm.handled.len() == fr.exc_base as usize {
        // `__init__` returned None: the call's result is the new instance
        // (an `__init__` frame is not an entry frame: its caller is below).
        let (ret_ip, obj) = (fr.ret_ip, fr.gen);
        vm.frames.top = vm.frames.top.sub(1);
        let caller = &*vm.frames.top.sub(1);
        vm.globals = caller.globals;
        let cfp = caller.fp;
        set_reg(cfp, (*ret_ip).a, obj);
        return Next::new(ret_ip.add(1), cfp);
    }
    frame::return_slow(cx, v, fp)
}

cold_handler! {
    return_slow_h = return_slow_at;
}

/// A user binary dunder entered as a Python call (for `arith::binary_slow`
/// and the fused ops' slow paths, whose instruction `ip` computes
/// `a := b op c`): `b` is a plain instance whose class defines `__op__` as a
/// plain two-parameter Python function, and `c` is an instance of the same
/// class or a small int / float. Then CPython tries only `b.__op__(c)` (no
/// reflected method: same class, or a builtin number whose `__rop__` cannot
/// take an instance), so it is entered here in a frame at the stack top
/// (`FR_BINOP`) returning to `ip` (result into `a`; NotImplemented raises the
/// TypeError, see `frame::return_slow`): no `runtime::binary_op`, no native
/// re-entry, no argument vector. None: not this case, nothing done.
#[inline(never)]
pub unsafe fn binop_dunder(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, op: crate::compile::BinOp) -> Option<Next> {
    let i = &*ip;
    let (a, b) = (reg(fp, i.b), reg(fp, i.c));
    if !a.downcast::<InstanceObj>(Kind::Instance)?.payload.is_unbound() {
        return None;
    }
    let cls = a.header().class;
    let same = b.downcast::<InstanceObj>(Kind::Instance).is_some_and(|o| o.h.class == cls && o.payload.is_unbound());
    if !(same || b.is_int() || b.is_float() || b.is_kind(Kind::Float)) {
        return None;
    }
    let name = runtime::ops::op_names(cx, op)[0];
    let f = runtime::ops::user_lookup(cls, name)?;
    if !f.is_kind(Kind::Function) {
        return None;
    }
    let func = f.obj::<FunctionObj>();
    let code = func.code;
    crate::vm::link::ensure_linked(code);
    let c = &*code;
    let new_fp = cx.vm.top();
    if !c.engine.simple || c.argcount != 2 || !frame_fits(cx, new_fp, c.nregs as usize) {
        return None;
    }
    *new_fp = a;
    *new_fp.add(1) = b;
    for r in 2..c.nregs as usize {
        *new_fp.add(r) = Value::UNBOUND;
    }
    if !c.freevar_regs.is_empty() {
        frame::load_closure(c, func, new_fp);
    }
    frame::push_frame(
        cx,
        crate::vm::ctx::Frame {
            fp: new_fp,
            ret_ip: ip,
            code,
            func: f,
            globals: func.globals,
            exc_base: cx.vm.handled.len() as u32,
            flags: frame::FR_BINOP,
            gen: Value::from_small(op as u8 as i64),
            top: new_fp,
        },
    );
    Some(Next::new(c.insts.as_ptr() as *mut Inst, new_fp))
}

op!(load_build_class, |ip, fp, cx| {
    set_reg(fp, (*ip).a, cx.vm.build_class);
    next(ip, fp)
});
