//! `_traceback`: the native core of the `traceback` module (py/traceback.py):
//! the text the interpreter prints for an uncaught exception, and a frame's
//! source line with the `^^^` markers under the failing span.

use super::{arity, new_module};
use crate::heap::NativeFn;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

const FUNCS: &[(&str, NativeFn)] = &[("format", tb_format), ("format_only", tb_format_only), ("position", tb_position), ("source_text", tb_source_text)];

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

/// position(code, lasti): CPython's `co_positions()` entry of instruction
/// `lasti // 2`: (lineno, end_lineno, colno, end_colno), colums as 0-based
/// UTF-8 byte offsets, None where unknown.
fn tb_position(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "position", args, kw, 2, 2)?;
    let code = args[0].downcast::<crate::compile::CodeObj>(crate::heap::Kind::Code);
    let ip = runtime::int_of(args[1]).filter(|&i| i >= 0).map(|i| (i / 2) as usize);
    let Some((c, ip)) = code.zip(ip).filter(|(c, ip)| *ip < c.positions.len()) else {
        return Ok(cx.new_tuple(vec![Value::none(); 4]));
    };
    let p = c.positions[ip];
    let num = |n: u32, unknown: bool| if unknown { Value::none() } else { Value::from_small(n as i64) };
    let items = vec![
        num(c.line_of(ip), false),
        num(p.end_line, p.end_line == 0),
        num(p.col, p.col == u32::MAX),
        num(p.end_col, p.end_col == u32::MAX),
    ];
    Ok(cx.new_tuple(items))
}

/// source_text(line, lineno, end_lineno, colno, end_colno): the indented,
/// stripped source `line` of a frame summary and, when the span is known
/// (columns as `position` gives them; None: no markers), CPython 3.11's
/// marker line (`^^^`, or `~~^~~` for binary operations and subscripts) --
/// what `StackSummary.format_frame_summary` prints under `File ..., line N`.
fn tb_source_text(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "source_text", args, kw, 5, 5)?;
    let line = runtime::str_of(args[0]).unwrap_or("").trim_end_matches(['\n', '\r']);
    let num = |v: Value| runtime::int_of(v).map(|i| i.clamp(0, u32::MAX as i64 - 1) as u32);
    let lineno = num(args[1]).unwrap_or(0);
    let pos = match (num(args[2]), num(args[3]), num(args[4])) {
        (Some(end_line), Some(col), Some(end_col)) => Some(crate::compile::code::Pos { end_line, col, end_col }),
        _ => None,
    };
    let mut out = String::new();
    runtime::exc::source_with_carets(line, lineno, pos, &mut out);
    Ok(cx.new_string(out))
}
