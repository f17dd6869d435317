//! `_warnings`: what the `warnings` module (py/warnings.py) needs from the
//! interpreter: the file, line and globals of a calling frame (CPython's
//! `sys._getframe(stacklevel)` in `warn`), and source lines for the message.

use super::{arity, new_module};
use crate::compile::CodeObj;
use crate::heap::NativeFn;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

const FUNCS: &[(&str, NativeFn)] = &[("caller", w_caller), ("getline", w_getline)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    Ok(new_module(cx, "_warnings", FUNCS))
}

/// caller(level): (filename, lineno, globals, code name) of the frame `level` calls above
/// the Python function calling this (1: that function's caller), or None when
/// the stack is not that deep.
fn w_caller(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "caller", args, kw, 1, 1)?;
    let level = crate::builtins::util::to_c_int(cx, args[0])?.max(0) as usize;
    let frames = &cx.vm.frames;
    let Some(i) = frames.len().checked_sub(1 + level) else { return Ok(Value::none()) };
    let fr = frames[i];
    if fr.code().is_null() {
        return Ok(Value::none());
    }
    // SAFETY: a frame's code object is alive while the frame runs.
    let code: &CodeObj = unsafe { &*fr.code() };
    // The frame is suspended in the call that made the frame above it.
    let ret = frames.get(i + 1).map_or(std::ptr::null(), |f| f.ret_ip);
    let base = code.insts.as_ptr();
    let line = if !ret.is_null() && ret >= base {
        // SAFETY: `ret` points into this code's instructions (checked above).
        let k = unsafe { ret.offset_from(base) } as usize;
        code.line_of(k)
    } else {
        code.firstlineno
    };
    let globals = if fr.globals.is_null() { Value::none() } else { Value::from_ptr(fr.globals) };
    let line = Value::from_small(line as i64);
    Ok(cx.new_tuple(vec![code.filename, line, globals, code.name]))
}

/// getline(filename, lineno): the source line (with its end of line) or ''.
fn w_getline(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "getline", args, kw, 2, 2)?;
    let (Some(file), Some(n)) = (runtime::str_of(args[0]).map(str::to_string), runtime::int_of(args[1])) else {
        return Ok(cx.rt.names.empty);
    };
    let line = u32::try_from(n).ok().and_then(|n| runtime::exc::source_line(cx, &file, n));
    match line {
        Some(l) => Ok(cx.new_string(l + "\n")),
        None => Ok(cx.rt.names.empty),
    }
}
