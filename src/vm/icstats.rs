//! Inline-cache hit/miss counters for `--stats` (globals, attributes, methods,
//! calls). Counting only happens when `cx.vm.stats` is on.

use super::Ctx;

/// The `--stats` section for inline caches.
pub fn report(_cx: &Ctx) -> String {
    String::new()
}
