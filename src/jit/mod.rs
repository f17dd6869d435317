//! Template JIT (DESIGN §5): hot loops compiled with Cranelift by stitching
//! handler templates. Not built yet; `--no-jit`, `--jit-threshold` and
//! `--perf-map` are accepted and recorded in `cx.vm`.
use crate::vm::Ctx;

/// The `--stats` section of the JIT (empty until loops are compiled).
pub fn stats_report(_cx: &Ctx) -> String {
    String::new()
}
