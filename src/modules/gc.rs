//! `gc`: the interface of CPython's collector module over Tauraro's own
//! mark-and-sweep heap (`src/heap/`). There are no generations: `collect`
//! runs one full collection whatever the generation asked; the thresholds
//! are stored and reported (CPython's defaults) but the heap paces itself by
//! bytes allocated. `disable` stops automatic collections by raising the
//! heap's threshold out of reach (a SIGINT, which zeroes it to reach a
//! safepoint, lets one collection through); `enable` makes the next safepoint
//! collect, which sets the usual threshold again.

use super::{arity, new_module};
use crate::heap::NativeFn;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESHOLDS: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("get_stats", gc_get_stats),
    ("is_tracked", gc_is_tracked),
    ("freeze", gc_nothing),
    ("unfreeze", gc_nothing),
    ("get_freeze_count", gc_get_freeze_count),
];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "gc", FUNCS);
    let garbage = cx.new_list(Vec::new());
    super::set(cx, m, "garbage", garbage);
    let callbacks = cx.new_list(Vec::new());
    super::set(cx, m, "callbacks", callbacks);
    for (name, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        super::set_int(cx, m, name, v);
    }
    Ok(m)
}

/// `collect(generation=2)`: one full collection; returns the number of
/// unreachable objects found (0: the heap does not count what it frees yet).
fn gc_collect(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let gen = match (args.first(), kw.first()) {
        (Some(&g), _) => Some(g),
        (None, Some(&(_, g))) => Some(g),
        _ => None,
    };
    if args.len() + kw.len() > 1 {
        return Err(cx.type_error(format!("collect() takes at most 1 argument ({} given)", args.len() + kw.len())));
    }
    if let Some(g) = gen {
        let g = crate::builtins::util::to_c_int(cx, g)?;
        if !(0..=2).contains(&g) {
            return Err(cx.value_error("invalid generation"));
        }
    }
    // Inside a native callback, Values held by the natives below are not
    // roots: collecting then is unsafe, so the call does nothing (as a
    // collection already running would in CPython).
    if cx.heap.no_gc_depth == 0 {
        cx.collect();
        if !ENABLED.load(Ordering::Relaxed) {
            cx.heap.threshold = usize::MAX;
        }
    }
    Ok(cx.new_int(0))
}

fn gc_enable(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "enable", args, kw, 0, 0)?;
    if !ENABLED.swap(true, Ordering::Relaxed) {
        cx.heap.threshold = 0;
    }
    Ok(Value::none())
}

fn gc_disable(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "disable", args, kw, 0, 0)?;
    ENABLED.store(false, Ordering::Relaxed);
    if !cx.heap.stress {
        cx.heap.threshold = usize::MAX;
    }
    Ok(Value::none())
}

fn gc_isenabled(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "isenabled", args, kw, 0, 0)?;
    Ok(Value::bool(ENABLED.load(Ordering::Relaxed)))
}

/// `get_count()`: (allocations since the last collection, 0, 0); the first
/// is the heap's byte count scaled to objects of a typical 64 bytes.
fn gc_get_count(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "get_count", args, kw, 0, 0)?;
    let n = (cx.heap.allocated / 64) as i64;
    let items = vec![cx.new_int(n), cx.new_int(0), cx.new_int(0)];
    Ok(cx.new_tuple(items))
}

fn gc_get_threshold(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "get_threshold", args, kw, 0, 0)?;
    let items = THRESHOLDS.iter().map(|t| cx.new_int(t.load(Ordering::Relaxed))).collect();
    Ok(cx.new_tuple(items))
}

fn gc_set_threshold(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("set_threshold() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(cx.type_error(format!(
            "set_threshold() takes {} ({} given)",
            if args.is_empty() { "at least 1 argument" } else { "at most 3 arguments" },
            args.len()
        )));
    }
    let mut vals = Vec::with_capacity(args.len());
    for &a in args {
        vals.push(crate::builtins::util::to_c_int(cx, a)?);
    }
    for (t, v) in THRESHOLDS.iter().zip(vals) {
        t.store(v, Ordering::Relaxed);
    }
    Ok(Value::none())
}

/// `get_stats()`: one dict per generation; all collections count as the oldest's.
fn gc_get_stats(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "get_stats", args, kw, 0, 0)?;
    let mut out = Vec::with_capacity(3);
    for g in 0..3 {
        let d = cx.new_dict();
        let n = if g == 2 { cx.heap.collections as i64 } else { 0 };
        for (k, v) in [("collections", n), ("collected", 0), ("uncollectable", 0)] {
            let (k, v) = (cx.new_str(k), cx.new_int(v));
            crate::runtime::set_item(cx, d, k, v)?;
        }
        out.push(d);
    }
    Ok(cx.new_list(out))
}

/// `is_tracked(obj)`: CPython tracks containers, not atoms (int, float, str, bytes, None, bool).
fn gc_is_tracked(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    use crate::heap::Kind;
    arity(cx, "is_tracked", args, kw, 1, 1)?;
    let v = args[0];
    let atom = !v.is_obj() || v.is_none() || matches!(v.kind(), Some(Kind::Str | Kind::BigInt | Kind::Float | Kind::Bytes | Kind::Bool | Kind::Range | Kind::Ellipsis | Kind::NotImplemented));
    Ok(Value::bool(!atom))
}

fn gc_nothing(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "freeze", args, kw, 0, 0)?;
    Ok(Value::none())
}

fn gc_get_freeze_count(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "get_freeze_count", args, kw, 0, 0)?;
    Ok(cx.new_int(0))
}
