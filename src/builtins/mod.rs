//! Builtin functions (print, len, range, ...), constructors of builtin types and
//! methods of builtin types, plus number/str formatting (`format`).
//!
//! Entry point: [`install`], called by `runtime::init` after the builtin classes
//! (`cx.rt.types.*`) and the builtins dict (`cx.rt.builtins`) exist.
pub mod format;
pub mod spec;

use crate::vm::Ctx;

/// Register builtin functions into `cx.rt.builtins` and methods / `__new__`
/// constructors into the builtin classes' dicts.
pub fn install(cx: &mut Ctx) {
    let _ = cx;
}
