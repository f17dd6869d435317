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
pub mod quick;

/// Imports every handler family file uses.
pub(crate) mod prelude {
    pub(crate) use crate::heap::*;
    pub(crate) use crate::runtime;
    pub(crate) use crate::value::Value;
    pub(crate) use crate::vm::dispatch::{aux_val, next, op, reg, set_reg, target, Next};
    pub(crate) use crate::vm::frame::{rethrow, store_result, throw};
    pub(crate) use crate::vm::handlers::{cold_handler, flow_op, Flow};
    pub(crate) use crate::vm::{Ctx, Inst};
    pub(crate) use crate::PyResult;
}

/// What a [`flow_op!`] body decides: go on to an instruction, or leave the
/// fast path for a slow one by a tail jump, so the threaded handler keeps
/// nothing alive across a call and saves no registers.
pub(crate) enum Flow {
    /// Dispatch this `(ip, fp)` normally.
    Go(crate::vm::dispatch::Next),
    /// Slow path at instruction `.0`: the threaded handler tail-jumps to the
    /// handler `.1` (which runs it and dispatches its result); the step form
    /// and fused callers call `.2` (the same path, returning the next pair).
    Via(*const crate::vm::Inst, crate::vm::dispatch::Handler, SlowFn),
}

/// A slow path: runs at `ip` and returns the next pair.
pub(crate) type SlowFn =
    unsafe fn(*const crate::vm::Inst, *mut crate::value::Value, &mut crate::vm::Ctx) -> crate::vm::dispatch::Next;

/// `op!` for bodies that return a [`Flow`]: the generated module has the same
/// `h` / `step` (and a `body` returning `Next`, for superinstructions) as
/// `op!`'s, plus `flow` (the body itself). `h` leaves by a tail jump in both
/// cases: to the next instruction's handler, or to the slow handler.
macro_rules! flow_op {
    ($(#[$m:meta])* $name:ident, |$ip:ident, $fp:ident, $cx:ident| $body:block) => {
        $(#[$m])*
        #[allow(non_snake_case, unused_unsafe, unused_variables, clippy::missing_safety_doc)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use $crate::vm::dispatch::{Exit, Next};
            #[allow(unused_imports)]
            use $crate::vm::handlers::Flow;
            #[allow(unused_imports)]
            use $crate::vm::Inst;
            #[allow(unused_imports)]
            use $crate::value::Value;
            #[allow(unused_imports)]
            use $crate::vm::Ctx;

            #[inline(always)]
            pub(crate) unsafe fn flow($ip: *const Inst, $fp: *mut Value, $cx: &mut Ctx) -> Flow $body

            /// The body as a `Next` (slow paths called, not jumped to).
            #[inline(always)]
            pub(crate) unsafe fn body(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
                match flow(ip, fp, cx) {
                    Flow::Go(n) => n,
                    Flow::Via(at, _, slow) => slow(at, fp, cx),
                }
            }

            /// Threaded handler.
            #[inline(never)]
            pub unsafe fn h(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Exit {
                match flow(ip, fp, cx) {
                    Flow::Go(n) => $crate::vm::dispatch::tail!(n, cx),
                    Flow::Via(at, h, _) => return h(at, fp, cx),
                }
            }

            /// Step form (JIT, debugging).
            #[inline(never)]
            pub unsafe extern "C" fn step(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> *const Inst {
                let n = body(ip, fp, cx);
                cx.vm.step_fp = n.fp;
                n.ip
            }
        }
    };
}
pub(crate) use flow_op;

/// A cold handler for [`Flow::Via`]: `mod $name { h }` runs the slow path
/// `$f` and dispatches its result. Never stored in an `Inst` (reached only by
/// tail jumps from fast paths), so it is not registered.
macro_rules! cold_handler {
    ($($name:ident = $f:path;)*) => {$(
        #[allow(non_snake_case, clippy::missing_safety_doc)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            /// Threaded slow handler.
            #[cold]
            #[inline(never)]
            pub unsafe fn h(
                ip: *const $crate::vm::Inst,
                fp: *mut $crate::value::Value,
                cx: &mut $crate::vm::Ctx,
            ) -> $crate::vm::dispatch::Exit {
                let n = $f(ip, fp, cx);
                $crate::vm::dispatch::tail!(n, cx)
            }
        }
    )*};
}
pub(crate) use cold_handler;
