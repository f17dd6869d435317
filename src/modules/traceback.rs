//! `_traceback`: the native core of the `traceback` module (py/traceback.py):
//! the text the interpreter prints for an uncaught exception.

use super::{arity, new_module};
use crate::heap::NativeFn;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

const FUNCS: &[(&str, NativeFn)] = &[("format", tb_format), ("format_only", tb_format_only)];

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

fn str_list(cx: &mut Ctx, items: Vec<String>) -> Value {
    let items = items.into_iter().map(|s| cx.new_string(s)).collect();
    cx.new_list(items)
}

/// format(exc, chain, limit): traceback.format_exception's list (a header,
/// each frame, the final lines; chained exceptions first if `chain`), with
/// `limit` frames per traceback (None: all; negative: the last ones).
fn tb_format(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "format", args, kw, 3, 3)?;
    let exc = exception_arg(cx, args[0])?;
    let chain = runtime::truthy(cx, args[1])?;
    let limit = if args[2].is_none() { None } else { Some(crate::builtins::util::to_c_int(cx, args[2])?) };
    let opts = runtime::exc::TbOptions { chain, limit, suggest: false };
    let items = runtime::exc::format_chunks(cx, exc, opts);
    Ok(str_list(cx, items))
}

/// format_only(exc): traceback.format_exception_only's list.
fn tb_format_only(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "format_only", args, kw, 1, 1)?;
    let exc = exception_arg(cx, args[0])?;
    let items = runtime::exc::format_only_chunks(cx, exc);
    Ok(str_list(cx, items))
}
