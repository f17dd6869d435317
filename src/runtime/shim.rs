//! Calls into other modules (kept in one place so the runtime's dependencies
//! on the VM / builtins / modules are easy to see).
use super::*;

pub fn install_builtins(cx: &mut Ctx) {
    crate::builtins::install(cx);
}

pub fn install_modules(cx: &mut Ctx) {
    crate::modules::install(cx);
}

/// Native -> Python function call (the VM's `call_function`).
#[inline]
pub fn call_function(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::vm::call_function(cx, f, args, kw)
}

/// Resume a generator: Ok(Some(v)) = yielded, Ok(None) = finished.
pub fn gen_next(cx: &mut Ctx, gen: Value) -> PyResult<Option<Value>> {
    match crate::vm::gen_resume(cx, gen, Value::none(), None)? {
        crate::vm::GenStep::Yield(v) => Ok(Some(v)),
        crate::vm::GenStep::Return(v) => {
            cx.rt.gen_return = v;
            Ok(None)
        }
    }
}
