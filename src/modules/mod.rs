//! Builtin modules (math, sys, time, random, os, collections, ...).
//!
//! Entry point: [`install`], called by `runtime::init`; it registers every
//! builtin module's init function in `cx.rt.builtin_modules`. An init function
//! builds the module object on first import (`import_builtin`).

pub mod fmath;
pub mod mt;

use crate::vm::Ctx;
use crate::{PyResult, Value};

/// Module initialiser: builds and returns the module object.
pub type InitFn = fn(&mut Ctx) -> PyResult<Value>;

/// Every builtin module, by import name.
pub fn table() -> Vec<(&'static str, InitFn)> {
    Vec::new()
}

/// Register the builtin modules (`cx.rt.builtin_modules`).
pub fn install(cx: &mut Ctx) {
    // Wired to `cx.rt.builtin_modules` once the runtime defines it.
    let _ = (cx, table());
}
