//! `_traceback`: the native core of the `traceback` module (py/traceback.py):
//! the text the interpreter prints for an uncaught exception.

use super::{arity, new_module};
use crate::heap::NativeFn;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

const FUNCS: &[(&str, NativeFn)] = &[("format", tb_format), ("summary", tb_summary)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    Ok(new_module(cx, "_traceback", FUNCS))
}

fn exception_arg(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if runtime::isinstance(cx, v, cx.rt.types.base_exception) {
        return Ok(v);
    }
    let tn = runtime::type_name(cx, v);
    Err(cx.type_error(format!("expected an exception instance, not {tn}")))
}

/// format(exc, chain): the whole traceback text, as printed for an uncaught exception.
fn tb_format(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "format", args, kw, 2, 2)?;
    let exc = exception_arg(cx, args[0])?;
    let chain = runtime::truthy(cx, args[1])?;
    let s = runtime::exc::format_exception(cx, exc, chain);
    Ok(cx.new_string(s))
}

/// summary(exc): the last line, `Type: message`.
fn tb_summary(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "summary", args, kw, 1, 1)?;
    let exc = exception_arg(cx, args[0])?;
    let s = runtime::exc::exception_summary(cx, exc);
    Ok(cx.new_string(s))
}
