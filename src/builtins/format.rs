//! Number and string formatting: float repr, the format-spec mini-language,
//! `%` formatting and `str.format`.
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub use super::spec::float_repr;

/// `fmt % args` for str.
pub fn percent_format(cx: &mut Ctx, fmt: &str, args: Value) -> PyResult<Value> {
    let _ = (fmt, args);
    Ok(cx_none(cx))
}

fn cx_none(_cx: &mut Ctx) -> Value {
    Value::none()
}

