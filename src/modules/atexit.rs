//! The exit path's side of `atexit` (the module itself is `py/atexit.py`):
//! `run` calls `atexit._run_exitfuncs()` if the program imported atexit.

use crate::vm::Ctx;
use crate::Value;

/// Run the registered exit functions (newest first), if `atexit` was
/// imported. Their exceptions are reported by `_run_exitfuncs` itself; one
/// escaping it (a broken sys.stderr) is dropped, as CPython drops it.
pub fn run(cx: &mut Ctx) {
    let key = cx.intern("atexit");
    // SAFETY: sys.modules is created by runtime::init and lives for the whole run.
    let Some(m) = (unsafe { (*cx.rt.modules).t.get_str(key) }) else { return };
    let name = cx.intern("_run_exitfuncs");
    let Ok(f) = crate::runtime::get_attr(cx, m, name) else { return };
    if crate::runtime::call(cx, f, &[], &[]).is_err() {
        cx.exc = Value::UNBOUND;
    }
}
