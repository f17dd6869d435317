//! The `time` module: clocks (wall, monotonic, perf counter, process CPU) as
//! float seconds or int nanoseconds, and `sleep`.

use super::{arity, new_module};
use crate::heap::NativeFn;
use crate::vm::Ctx;
use crate::{PyResult, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] = &[
    ("time", t_time),
    ("time_ns", t_time_ns),
    ("perf_counter", t_perf_counter),
    ("perf_counter_ns", t_perf_counter_ns),
    ("monotonic", t_monotonic),
    ("monotonic_ns", t_monotonic_ns),
    ("process_time", t_process_time),
    ("process_time_ns", t_process_time_ns),
    ("sleep", t_sleep),
];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "time", FUNCS);
    super::set_int(cx, m, "timezone", 0);
    Ok(m)
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds of a POSIX clock (as CPython's `_PyTime_GetMonotonicClock` & co).
fn clock_ns(clk: i32) -> i128 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { clock_gettime(clk, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn secs(cx: &mut Ctx, ns: i128) -> Value {
    cx.new_float(ns as f64 * 1e-9)
}

fn nanos(cx: &mut Ctx, ns: i128) -> Value {
    cx.new_int(ns as i64)
}

fn t_time(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.time", args, kw, 0, 0)?;
    Ok(secs(cx, wall_ns()))
}

fn t_time_ns(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.time_ns", args, kw, 0, 0)?;
    Ok(nanos(cx, wall_ns()))
}

fn t_perf_counter(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.perf_counter", args, kw, 0, 0)?;
    Ok(secs(cx, clock_ns(CLOCK_MONOTONIC)))
}

fn t_perf_counter_ns(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.perf_counter_ns", args, kw, 0, 0)?;
    Ok(nanos(cx, clock_ns(CLOCK_MONOTONIC)))
}

fn t_monotonic(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.monotonic", args, kw, 0, 0)?;
    Ok(secs(cx, clock_ns(CLOCK_MONOTONIC)))
}

fn t_monotonic_ns(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.monotonic_ns", args, kw, 0, 0)?;
    Ok(nanos(cx, clock_ns(CLOCK_MONOTONIC)))
}

fn t_process_time(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.process_time", args, kw, 0, 0)?;
    Ok(secs(cx, clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_process_time_ns(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.process_time_ns", args, kw, 0, 0)?;
    Ok(nanos(cx, clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_sleep(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "time.sleep", args, kw, 1, 1)?;
    let v = args[0];
    if !crate::runtime::is_int_value(v) && crate::runtime::float_of(v).is_none() && !v.is_kind(crate::heap::Kind::Instance) {
        let t = crate::runtime::type_name(cx, v);
        return Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let s = super::math::to_f64(cx, v)?;
    if s.is_nan() {
        return Err(cx.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(cx.value_error("sleep length must be non-negative"));
    }
    cx.rt.stdout.flush();
    crate::vm::ctx::signals::sleep(cx, s)?;
    Ok(Value::none())
}
