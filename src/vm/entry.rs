//! Entry points into the engine: running a module's source, native -> Python
//! calls, and the engine's builtins (`__build_class__`).
use super::ctx::{native_sp, Frame, FR_ENTRY};
use super::dispatch::{self, Exit};
use super::frame::{self, bind, code_of, frame_fits, push_frame, python_callee};
use super::Ctx;
use crate::compile::{CodeObj, CO_GENERATOR};
use crate::heap::*;
use crate::runtime;
use crate::syntax::SyntaxError;
use crate::value::Value;
use crate::{Exc, PyResult};

/// Why running a program failed.
#[derive(Debug)]
pub enum RunError {
    /// The source did not parse / compile.
    Syntax(SyntaxError),
    /// An exception escaped; it is in `cx.exc`.
    Exc,
}

/// Parse, compile and run `source` as module `module_name` (`__main__` for the
/// program). Returns the module.
pub fn run_source(cx: &mut Ctx, source: &str, filename: &str, module_name: &str) -> Result<Value, RunError> {
    let ast = crate::syntax::parse_module(source, filename).map_err(RunError::Syntax)?;
    let code = crate::compile::compile_module(cx, &ast, filename, source).map_err(RunError::Syntax)?;
    let module = cx.new_module(module_name);
    if let Some(m) = module.downcast::<ModuleObj>(Kind::Module) {
        // SAFETY: module dicts are live.
        let d = unsafe { &mut *m.dict };
        let k = cx.intern("__file__");
        let v = cx.new_str(filename);
        d.t.set_str(k, v);
        let k = cx.intern("__name__");
        let v = cx.intern(module_name);
        d.t.set_str(k, v);
        let k = cx.intern("__builtins__");
        d.t.set_str(k, Value::from_ptr(cx.rt.builtins));
    }
    let key = cx.intern(module_name);
    // SAFETY: sys.modules is live for the whole run.
    unsafe { (*cx.rt.modules).t.set_str(key, module) };
    run_code(cx, code, module).map_err(|_| RunError::Exc)?;
    Ok(module)
}

/// Run module code `code` with `module`'s dict as globals. Collections may run
/// (the caller holds no unrooted Values).
pub fn run_code(cx: &mut Ctx, code: Value, module: Value) -> PyResult<Value> {
    let globals = module.downcast::<ModuleObj>(Kind::Module).map(|m| m.dict).unwrap_or(std::ptr::null_mut());
    let c = code.as_ptr::<CodeObj>();
    super::link::ensure_linked(c);
    // SAFETY: `c` is a live code object.
    let name = unsafe { (*c).name };
    let func = cx.alloc_obj(FunctionObj {
        h: ObjHeader::new(cx.rt.types.function, Kind::Function),
        code: c,
        globals,
        name,
        qualname: name,
        defaults: Box::new([]),
        kwdefaults: Value::UNBOUND,
        closure: Box::new([]),
        dict: Value::UNBOUND,
        doc: Value::none(),
        module: Value::none(),
    });
    // SAFETY: module code takes no arguments; the frame goes at the stack top.
    unsafe { call_entry(cx, func, &[], &[]) }
}

/// Call a Python function from native code (`runtime::call` uses this for
/// FunctionObjs). Recurses on the native stack; GC is off meanwhile.
pub fn call_function(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if native_sp() < cx.vm.native_stack_limit {
        return Err(cx.recursion_error("maximum recursion depth exceeded"));
    }
    cx.heap.forbid_gc();
    // A callback with no loop and no call reaches no safepoint of its own, so
    // a native loop calling it (`list(iter(f, x))`) must offer one here: the
    // SIGINT handler and the fuzz budget both zero the threshold. The caller
    // holds unrooted Values, so no_gc_depth is already raised: this never collects.
    let r = if cx.heap.wants_gc() { cx.safepoint() } else { Ok(()) };
    // SAFETY: the new frame goes at the stack top, above every live register.
    let r = r.and_then(|()| unsafe { call_entry(cx, f, args, kw) });
    cx.heap.allow_gc();
    r
}

unsafe fn call_entry(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((func, self_)) = python_callee(f) else {
        return runtime::call(cx, f, args, kw);
    };
    let code = code_of(func);
    super::link::ensure_linked(code);
    let fp = cx.vm.top();
    if !(kw.is_empty() && place_positional(cx, func, self_, args, fp)) {
        let with_self;
        let args = if self_.is_unbound() {
            args
        } else {
            with_self = [&[self_][..], args].concat();
            &with_self[..]
        };
        if (*code).flags & CO_GENERATOR != 0 {
            return super::gen::make_generator(cx, func, args, kw);
        }
        if !frame_fits(cx, fp, (*code).nregs as usize) {
            return Err(frame::recursion_error(cx));
        }
        bind(cx, func, args, kw, fp)?;
    }
    let globals = func.obj::<FunctionObj>().globals;
    push_frame(
        cx,
        Frame {
            fp,
            ret_ip: std::ptr::null(),
            code,
            func,
            globals,
            exc_base: cx.vm.handled.len() as u32,
            flags: FR_ENTRY,
            gen: Value::UNBOUND,
            top: fp,
        },
    );
    match dispatch::run((*code).insts.as_mut_ptr(), fp, cx) {
        Exit::Return => Ok(cx.vm.ret),
        _ => Err(Exc),
    }
}

/// The common case of a native -> Python call (`sorted(key=f)`, `map(f, ..)`,
/// a user dunder): positional arguments only, a simple signature (defaults
/// allowed), the frame fits. Writes `self_` (unless UNBOUND), the arguments,
/// the defaults, UNBOUND in the other registers and the closure cells straight
/// into the frame at `fp` (no `[self] + args` vector, no `bind`); false =
/// nothing written, bind as usual (which also raises the errors).
#[inline(always)]
unsafe fn place_positional(cx: &Ctx, func: Value, self_: Value, args: &[Value], fp: *mut Value) -> bool {
    let f = func.obj::<FunctionObj>();
    let c = &*f.code;
    let with_self = !self_.is_unbound() as usize;
    let n = args.len() + with_self;
    let npos = c.argcount as usize;
    let nregs = c.nregs as usize;
    if !c.engine.simple || n > npos || npos - n > f.defaults.len() || !frame_fits(cx, fp, nregs) {
        return false;
    }
    if with_self != 0 {
        *fp = self_;
    }
    std::ptr::copy_nonoverlapping(args.as_ptr(), fp.add(with_self), args.len());
    frame::fill_defaults(f, c, n, fp);
    for r in npos..nregs {
        *fp.add(r) = Value::UNBOUND;
    }
    if !c.freevar_regs.is_empty() {
        frame::load_closure(c, f, fp);
    }
    true
}

/// Raise a Python SyntaxError (IndentationError, TabError) for `e`.
#[cold]
pub fn raise_syntax_error(cx: &mut Ctx, e: &SyntaxError) -> Exc {
    let t = &cx.rt.types;
    let cls = match e.kind.as_str() {
        "IndentationError" => t.indentation_error,
        "TabError" => t.tab_error,
        _ => t.syntax_error,
    };
    let msg = cx.new_str(&e.msg);
    let fname = cx.new_str(&e.filename);
    let text = if e.text.is_empty() { Value::none() } else { cx.new_str(&e.text) };
    let details = vec![
        fname,
        Value::from_small(e.lineno as i64),
        Value::from_small(e.offset as i64),
        text,
        Value::from_small(e.end_lineno as i64),
        Value::from_small(e.end_offset as i64),
    ];
    let details_t = cx.new_tuple(details.clone());
    let exc = runtime::new_exception(cx, cls, vec![msg, details_t]);
    if let Some(eo) = frame::exc_obj(exc) {
        if eo.dict.is_null() {
            eo.dict = cx.new_dict().as_ptr();
        }
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        let mk = cx.intern("msg");
        // SAFETY: the dict was just checked / created.
        unsafe {
            (*eo.dict).t.set_str(mk, msg);
            for (n, v) in names.iter().zip(details) {
                let k = cx.intern(n);
                (*eo.dict).t.set_str(k, v);
            }
        }
    }
    cx.raise(exc)
}

/// `__build_class__(func, name, *bases, **kw)`.
fn build_class(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(cx.type_error("__build_class__: not enough arguments"));
    }
    if !args[0].is_kind(Kind::Function) {
        return Err(cx.type_error("__build_class__: func must be a function"));
    }
    if runtime::str_of(args[1]).is_none() {
        return Err(cx.type_error("__build_class__: name is not a string"));
    }
    runtime::build_class(cx, args[0], args[1], &args[2..], kw)
}

/// Install the engine's builtins.
pub fn install(cx: &mut Ctx) {
    let bc = cx.new_builtin_function("__build_class__", build_class);
    cx.vm.build_class = bc;
    if !cx.rt.builtins.is_null() {
        let k = cx.intern("__build_class__");
        // SAFETY: the builtins dict is live.
        unsafe { (*cx.rt.builtins).t.set_str(k, bc) };
    }
}
