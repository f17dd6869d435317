//! The `time` module: clocks (wall, monotonic, perf counter, process CPU) as
//! float seconds or int nanoseconds, `sleep`, and calendar time through the C
//! library as CPython's: `gmtime`/`localtime`/`mktime`/`strftime`/`asctime`/
//! `ctime`, `struct_time` (a tuple subclass defined in Python, `STRUCT_TIME`)
//! and the zone constants.

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
    ("gmtime", t_gmtime),
    ("localtime", t_localtime),
    ("mktime", t_mktime),
    ("strftime", t_strftime),
    ("asctime", t_asctime),
    ("ctime", t_ctime),
];

/// The Python half: `struct_time` (the functions are natives, which do not
/// bind as methods: `converter = time.localtime` in a class body works).
const STRUCT_TIME: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

struct_time.__module__ = 'time'
"#;

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "time", FUNCS);
    let code = crate::vm::import::compile_source(cx, STRUCT_TIME, "<frozen time>")?;
    crate::vm::run_code(cx, code, m)?;
    set_zones(cx, m);
    Ok(m)
}

/// `timezone`, `altzone`, `daylight` and `tzname` as CPython computes them:
/// from local time on January 1 and July 1 of this year.
fn set_zones(cx: &mut Ctx, m: Value) {
    let now = now_secs();
    let mut tm = blank_tm();
    // SAFETY: valid pointers for the call.
    unsafe { localtime_r(&now, &mut tm) };
    let at = |mon: i32| {
        let mut t = Tm { mday: 1, mon, year: tm.year, isdst: -1, ..blank_tm() };
        // SAFETY: `t` is a valid struct tm; mktime normalises it and fills gmtoff/zone.
        unsafe { mktime(&mut t) };
        (t.gmtoff, zone_name(&t).unwrap_or_default())
    };
    let (jan, jul) = (at(0), at(6));
    super::set_int(cx, m, "daylight", (jan.0 != jul.0) as i64);
    let (std_, dst) = if jan.0 <= jul.0 { (jan, jul) } else { (jul, jan) };
    super::set_int(cx, m, "timezone", -std_.0);
    super::set_int(cx, m, "altzone", -dst.0);
    let names = [cx.new_str(&std_.1), cx.new_str(&dst.1)];
    let t = cx.new_tuple(names.to_vec());
    super::set(cx, m, "tzname", t);
}

/// `time.struct_time(fields)` (the class lives in the time module's dict).
fn struct_time(cx: &mut Ctx, fields: Value) -> PyResult<Value> {
    let key = cx.intern("time");
    // SAFETY: sys.modules is live for the whole run.
    let module = unsafe { (*cx.rt.modules).t.get_str(key) };
    let cls = match module {
        Some(m) => {
            let k = cx.intern("struct_time");
            crate::runtime::get_attr_opt(cx, m, k)?
        }
        None => None,
    };
    match cls {
        Some(c) => crate::runtime::call(cx, c, &[fields], &[]),
        None => Ok(fields),
    }
}

/// glibc's `struct tm`.
#[repr(C)]
struct Tm {
    sec: i32,
    min: i32,
    hour: i32,
    mday: i32,
    mon: i32,
    year: i32,
    wday: i32,
    yday: i32,
    isdst: i32,
    gmtoff: i64,
    zone: *const std::ffi::c_char,
}

extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut u8, max: usize, fmt: *const std::ffi::c_char, tm: *const Tm) -> usize;
}

fn blank_tm() -> Tm {
    Tm { sec: 0, min: 0, hour: 0, mday: 0, mon: 0, year: 0, wday: 0, yday: 0, isdst: 0, gmtoff: 0, zone: std::ptr::null() }
}

/// The zone name a `struct tm` filled by the C library points at.
fn zone_name(tm: &Tm) -> Option<String> {
    // SAFETY: glibc's tm_zone is null or a NUL-terminated zone name.
    (!tm.zone.is_null()).then(|| unsafe { std::ffi::CStr::from_ptr(tm.zone) }.to_string_lossy().into_owned())
}

/// The current time as a time_t (seconds since the epoch, floor).
fn now_secs() -> i64 {
    wall_ns().div_euclid(1_000_000_000) as i64
}

/// Seconds as a time_t (floor), now for None, with CPython's errors.
fn time_t_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if v.is_none() || v.is_unbound() {
        return Ok(now_secs());
    }
    if let Some(f) = crate::runtime::float_of(v) {
        if f.is_nan() {
            return Err(cx.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(cx.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    match crate::runtime::index_value(cx, v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => {
            let t = crate::runtime::type_name(cx, v);
            Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
        Err(_) if cx.exc_is(cx.rt.types.overflow_error) => Err(cx.overflow_error("timestamp out of range for platform time_t")),
        Err(e) => Err(e),
    }
}

/// `gmtime([seconds])` / `localtime([seconds])`.
fn t_gmtime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "gmtime", args, kw, 0, 1)?;
    broken_down(cx, args.first().copied(), false)
}

fn t_localtime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "localtime", args, kw, 0, 1)?;
    broken_down(cx, args.first().copied(), true)
}

/// `struct_time` of `seconds` (now for None), local or UTC.
fn broken_down(cx: &mut Ctx, seconds: Option<Value>, local: bool) -> PyResult<Value> {
    let t = time_t_arg(cx, seconds.unwrap_or(Value::none()))?;
    let mut tm = blank_tm();
    // SAFETY: `t` and `tm` are valid for the call; the result is `&mut tm` or null.
    let ok = unsafe { if local { localtime_r(&t, &mut tm) } else { gmtime_r(&t, &mut tm) } };
    if ok.is_null() {
        return Err(cx.overflow_error("timestamp out of range for platform time_t"));
    }
    let fields = tm_tuple(cx, &tm);
    struct_time(cx, fields)
}

/// The time tuple argument of strftime/asctime, `localtime()` when absent.
fn tm_or_now(cx: &mut Ctx, v: Option<Value>) -> PyResult<Value> {
    match v {
        Some(v) => Ok(v),
        None => broken_down(cx, None, true),
    }
}

fn tm_tuple(cx: &mut Ctx, tm: &Tm) -> Value {
    let zone = match zone_name(tm) {
        Some(z) => cx.new_str(&z),
        None => Value::none(),
    };
    let f = [tm.year as i64 + 1900, tm.mon as i64 + 1, tm.mday as i64, tm.hour as i64, tm.min as i64, tm.sec as i64, (tm.wday as i64 + 6) % 7, tm.yday as i64 + 1, tm.isdst as i64];
    let mut items: Vec<Value> = f.iter().map(|&i| cx.new_int(i)).collect();
    items.push(zone);
    items.push(cx.new_int(tm.gmtoff));
    cx.new_tuple(items)
}

/// CPython's gettmarg: a 9-tuple (or struct_time) as a `struct tm`.
fn tm_arg(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<Tm> {
    let Some(items) = crate::runtime::tuple_items(crate::runtime::unwrap_payload(v)) else {
        return Err(cx.type_error("Tuple or struct_time argument required"));
    };
    let ints: Option<Vec<i64>> = if items.len() == 9 { items.iter().map(|&x| crate::runtime::int_of(x)).collect() } else { None };
    let Some(f) = ints.filter(|f| f.iter().all(|&x| i32::try_from(x).is_ok())) else {
        return Err(cx.type_error(format!("{fname}(): illegal time tuple argument")));
    };
    let Some(year) = f[0].checked_sub(1900).and_then(|y| i32::try_from(y).ok()) else {
        return Err(cx.overflow_error("year out of range"));
    };
    let mut tm = blank_tm();
    (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec) = (year, f[1] as i32 - 1, f[2] as i32, f[3] as i32, f[4] as i32, f[5] as i32);
    (tm.wday, tm.yday, tm.isdst) = ((f[6] as i32 + 1) % 7, f[7] as i32 - 1, f[8] as i32);
    // A struct_time from gmtime/localtime carries its zone: keep it for %Z/%z.
    let gmtoff = cx.intern("tm_gmtoff");
    if let Ok(Some(off)) = crate::runtime::get_attr_opt(cx, v, gmtoff).map(|o| o.and_then(crate::runtime::int_of)) {
        tm.gmtoff = off;
    }
    Ok(tm)
}

/// CPython's checktm (with strftime's normalisation of zero fields first).
fn check_tm(cx: &mut Ctx, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == -1 {
        tm.yday = 0;
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    let bad = match () {
        _ if !(0..=11).contains(&tm.mon) => "month out of range",
        _ if !(1..=31).contains(&tm.mday) => "day of month out of range",
        _ if !(0..=23).contains(&tm.hour) => "hour out of range",
        _ if !(0..=59).contains(&tm.min) => "minute out of range",
        _ if !(0..=61).contains(&tm.sec) => "seconds out of range",
        _ if tm.wday < 0 => "day of week out of range",
        _ if !(0..=365).contains(&tm.yday) => "day of year out of range",
        _ => return Ok(()),
    };
    Err(cx.value_error(bad))
}

fn t_strftime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "strftime", args, kw, 1, 2)?;
    let Some(fmt) = crate::runtime::str_of(args[0]).map(str::to_string) else {
        let t = crate::runtime::type_name(cx, args[0]);
        return Err(cx.type_error(format!("strftime() argument 1 must be str, not {t}")));
    };
    let t = tm_or_now(cx, args.get(1).copied())?;
    let mut tm = tm_arg(cx, t, "strftime")?;
    check_tm(cx, &mut tm)?;
    if fmt.is_empty() {
        return Ok(cx.new_str(""));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.as_str()) else {
        return Err(cx.value_error("embedded null character"));
    };
    // As CPython: grow the buffer until the result fits (an empty result of a
    // long format is taken as a real empty string past 256 times its length).
    let mut size = 1024.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` is NUL-terminated; `tm` is valid.
        let n = unsafe { strftime(buf.as_mut_ptr(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(cx.new_str(&String::from_utf8_lossy(&buf)));
        }
        size *= 2;
    }
}

fn t_ctime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "ctime", args, kw, 0, 1)?;
    let t = broken_down(cx, args.first().copied(), true)?;
    t_asctime(cx, &[t], &[])
}

fn t_asctime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "asctime", args, kw, 0, 1)?;
    let t = tm_or_now(cx, args.first().copied())?;
    let mut tm = tm_arg(cx, t, "asctime")?;
    check_tm(cx, &mut tm)?;
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let s = format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.wday as usize % 7],
        MONTHS[tm.mon as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year as i64 + 1900
    );
    Ok(cx.new_str(&s))
}

fn t_mktime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "mktime", args, kw, 1, 1)?;
    let mut tm = tm_arg(cx, args[0], "mktime")?;
    tm.wday = -1; // an out-of-range value mktime() overwrites on success
    // SAFETY: `tm` is a valid struct tm.
    let t = unsafe { mktime(&mut tm) };
    if t == -1 && tm.wday == -1 {
        return Err(cx.overflow_error("mktime argument out of range"));
    }
    Ok(cx.new_float(t as f64))
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
