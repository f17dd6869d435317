//! Calls into other modules that may not exist yet (temporary guards; remove
//! once the VM provides `call_function` / `gen_resume`).
use super::*;

pub fn install_builtins(cx: &mut Ctx) {
    crate::builtins::install(cx);
}

pub fn install_modules(cx: &mut Ctx) {
    crate::modules::install(cx);
}

/// Native -> Python function call (the VM's `call_function`).
pub fn call_function(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = (f, args, kw);
    Err(cx.runtime_error("calling Python functions is not wired yet (vm::call_function)"))
}

/// Resume a generator: Ok(Some(v)) = yielded, Ok(None) = finished.
pub fn gen_next(cx: &mut Ctx, gen: Value) -> PyResult<Option<Value>> {
    let _ = gen;
    Err(cx.runtime_error("generators are not wired yet (vm::gen_resume)"))
}
