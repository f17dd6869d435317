//! Inline-cache hit/miss counters for `--stats` (globals, attributes, methods,
//! calls). Counting only happens when `cx.vm.stats` is on.
//!
//! API (for every engineer's caches):
//! * `icstats::miss(cx, Cache::X)` — call it on the slow path (cold: free);
//! * `icstats::hit(cx, Cache::X)` — optional. When a cache records no explicit
//!   hits, its hits are *derived*: the `--stats` op counts of the handlers that
//!   use the cache (`HANDLERS`) minus its misses. So fast paths need no
//!   counting at all: a miss always leaves the fast path.
//!
//! Both are `#[inline(always)]` and guarded by `cx.vm.stats`.

use super::Ctx;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The inline caches that report hit rates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Cache {
    /// LoadGlobal (globals/builtins by dict version).
    Global = 0,
    /// LoadAttr on instances (class version + instance dict).
    LoadAttr = 1,
    /// StoreAttr on instances.
    StoreAttr = 2,
    /// LoadMethod (function cached by class version).
    Method = 3,
    /// Calls: the direct-entry fast path (plain positional Python function;
    /// natives and bound methods, also in their quickened handlers).
    Call = 4,
}

const N: usize = 5;
const NAMES: [&str; N] = ["globals", "load_attr", "store_attr", "load_method", "calls"];

/// Handler names (as in the `--stats` op table) whose dispatches are lookups of
/// each cache; used to derive hits when only misses are counted.
const HANDLERS: [&[&str]; N] = [
    &["locals::load_global", "locals::load_global_cached"],
    &["attrs::load_attr"],
    &["attrs::store_attr"],
    &["attrs::load_method"],
    &["calls::call", "calls::call_method", "calls::call_native", "calls::call_method_native", "calls::call_bm", "calls::call_method_bm"],
];

static HITS: [AtomicU64; N] = [const { AtomicU64::new(0) }; N];
static MISSES: [AtomicU64; N] = [const { AtomicU64::new(0) }; N];

/// Count a hit of cache `c` (only under `--stats`).
#[inline(always)]
pub fn hit(cx: &Ctx, c: Cache) {
    if cx.vm.stats {
        HITS[c as usize].fetch_add(1, Relaxed);
    }
}

/// Count a miss of cache `c` (only under `--stats`).
#[inline(always)]
pub fn miss(cx: &Ctx, c: Cache) {
    if cx.vm.stats {
        MISSES[c as usize].fetch_add(1, Relaxed);
    }
}

/// The `--stats` section for inline caches.
pub fn report(cx: &Ctx) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let ops = cx.vm.stat.as_ref().map(|s| &s.ops);
    let _ = writeln!(out, "inline caches (hits / lookups):");
    for k in 0..N {
        let m = MISSES[k].load(Relaxed);
        let mut h = HITS[k].load(Relaxed);
        if h == 0 {
            let total: u64 = ops.map_or(0, |o| HANDLERS[k].iter().map(|n| o.get(n).copied().unwrap_or(0)).sum());
            h = total.saturating_sub(m);
        }
        let t = h + m;
        if t == 0 {
            let _ = writeln!(out, "  {:<12} -", NAMES[k]);
        } else {
            let _ = writeln!(out, "  {:<12} {:>12} / {:<12} {:5.1}%", NAMES[k], h, t, h as f64 * 100.0 / t as f64);
        }
    }
    out
}
