//! Builtin functions (print, len, range, ...), constructors of builtin types and
//! methods of builtin types, plus number/str formatting (`format`).
//!
//! Entry point: [`install`], called by `runtime::init` after the builtin classes
//! (`cx.rt.types.*`) and the builtins dict (`cx.rt.builtins`) exist.
//!
//! Files: `spec.rs` (pure format-spec mini-language and float repr, tested
//! against CPython), `format.rs` (`format()` for builtins, `%`, `str.format`),
//! `funcs.rs` (builtin functions incl. print/input/open/globals/locals),
//! `ctors.rs` (`__new__` of int/float/str/bool/list/tuple/dict/set/frozenset/
//! range/bytes: parsing rules and messages), `strs.rs`, `lists.rs` (list/tuple
//! methods and the stable `<`-only sort), `dicts.rs`, `sets.rs`, `nums.rs`
//! (int/float methods), `complex.rs` (the complex type), `bytes.rs` (bytes methods, shared
//! with `bytearray.rs`; the bytes-like readers), `bytearray.rs`, `memview.rs` (memoryview), `views.rs` (dict views, via the runtime),
//! `evalexec.rs` (eval/exec/compile), `excgroup.rs` (exception groups, `except*`'s helpers), `util.rs` (argument helpers).
//!
//! Contracts used by other modules: `format::float_repr`,
//! `format::percent_format(cx, fmt, args)`, `format::format_builtin(cx, v, spec)`,
//! `spec::*` (runtime's `format_value`), `util::parse_args`.
pub mod array;
pub mod bytearray;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod ctors;
pub mod dicts;
pub mod evalexec;
pub mod excgroup;
pub mod format;
pub mod funcs;
pub mod lists;
pub mod memview;
pub mod nums;
pub mod sets;
pub mod spec;
pub mod strs;
pub mod util;
pub mod views;
pub mod weakref;

use crate::vm::Ctx;

/// Register builtin functions into `cx.rt.builtins` and methods / `__new__`
/// constructors into the builtin classes' dicts.
pub fn install(cx: &mut Ctx) {
    funcs::install(cx);
    ctors::install(cx);
    complex::install(cx);
    bytearray::install(cx);
    memview::install(cx);
    bytes::install(cx);
    funcs::install_more(cx);
    evalexec::install(cx);
    strs::install(cx);
    lists::install(cx);
    nums::install(cx);
    dicts::install(cx);
    sets::install(cx);
    views::install(cx);
    excgroup::install(cx);
    let fmt: &[(&'static str, crate::heap::NativeFn)] =
        &[("format", format::str_format), ("format_map", format::str_format_map), ("__format__", format::dunder_format)];
    for &(n, f) in fmt {
        crate::runtime::types::def_method(cx, cx.rt.types.str, n, f);
    }
    crate::runtime::repr::classify_builtin_methods(cx);
}
