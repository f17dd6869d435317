//! Handlers, one file per op family. Every op is defined with `dispatch::op!`
//! (one body -> threaded handler `h` + step form `step`); slow paths are
//! `#[cold] #[inline(never)]` functions in the same file.
//!
//! Naming: the op module is the generic op name (`add`, `load_global`),
//! `jn_<cmp>` is the fused "jump if not <cmp>", a trailing `_` avoids keywords.
pub mod arith;
pub mod attrs;
pub mod calls;
pub mod compare;
pub mod containers;
pub mod control;
pub mod exc;
pub mod fused;
pub mod gen_ops;
pub mod iter;
pub mod locals;

/// Imports every handler family file uses.
pub(crate) mod prelude {
    pub(crate) use crate::heap::*;
    pub(crate) use crate::runtime;
    pub(crate) use crate::value::Value;
    pub(crate) use crate::vm::dispatch::{aux_val, next, op, reg, set_reg, target, Next};
    pub(crate) use crate::vm::frame::{rethrow, store_result, throw};
    pub(crate) use crate::vm::{Ctx, Inst};
    pub(crate) use crate::PyResult;
}
