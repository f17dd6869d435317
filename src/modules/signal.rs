//! `_signal`: the native core of `signal` (CPython 3.11's
//! Modules/signalmodule.c semantics and messages); `py/signal.py` adds the
//! `Signals` / `Handlers` enums and the wrappers that return them.
//!
//! The OS handler is the engine's (`vm::ctx::signals`): it only marks the
//! signal pending. The next safepoint's `Ctx::check_signals` calls
//! [`deliver`], which runs the Python handler stored in this module's
//! handler table (the list `_handlers`, indexed by signal number). Without
//! the module (never imported), SIGINT raises KeyboardInterrupt as before.
use super::{arity, defs, set, set_int};
use crate::heap::*;
use crate::runtime;
use crate::vm::ctx::signals::{self, MAX_SIGNAL, SIG_DFL, SIG_IGN};
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const SIGINT: i32 = 2;

/// Linux signal numbers (x86-64 / aarch64), in CPython's module order.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGIOT", 6),
    ("SIGABRT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// `struct timeval` / `struct itimerval` (Linux, 64-bit).
#[repr(C)]
#[derive(Default, Clone, Copy)]
struct TimeVal {
    sec: i64,
    usec: i64,
}

#[repr(C)]
#[derive(Default, Clone, Copy)]
struct ITimerVal {
    interval: TimeVal,
    value: TimeVal,
}

impl TimeVal {
    /// Seconds as a timeval, microseconds rounded up (CPython's ROUND_CEILING).
    fn from_secs(x: f64) -> TimeVal {
        let sec = x.floor();
        let usec = ((x - sec) * 1e6).ceil();
        let (sec, usec) = if usec >= 1e6 { (sec + 1.0, 0.0) } else { (sec, usec) };
        TimeVal { sec: sec as i64, usec: usec as i64 }
    }
    fn secs(self) -> f64 {
        self.sec as f64 + self.usec as f64 / 1e6
    }
}

extern "C" {
    fn alarm(secs: u32) -> u32;
    fn strsignal(sig: i32) -> *const std::ffi::c_char;
    fn sigfillset(set: *mut [u64; 16]) -> i32;
    fn sigismember(set: *const [u64; 16], sig: i32) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
    fn setitimer(which: i32, new: *const ITimerVal, old: *mut ITimerVal) -> i32;
    fn getitimer(which: i32, cur: *mut ITimerVal) -> i32;
    fn __errno_location() -> *mut i32;
}

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("_signal");
    for &(name, n) in SIGNALS {
        set_int(cx, m, name, n as i64);
    }
    set_int(cx, m, "NSIG", MAX_SIGNAL as i64 + 1);
    set_int(cx, m, "SIG_DFL", SIG_DFL as i64);
    set_int(cx, m, "SIG_IGN", SIG_IGN as i64);
    set_int(cx, m, "SIG_BLOCK", 0);
    set_int(cx, m, "SIG_UNBLOCK", 1);
    set_int(cx, m, "SIG_SETMASK", 2);
    set_int(cx, m, "ITIMER_REAL", 0);
    set_int(cx, m, "ITIMER_VIRTUAL", 1);
    set_int(cx, m, "ITIMER_PROF", 2);
    let os_error = cx.rt.types.os_error;
    let err = super::exc_class(cx, m, "signal", "itimer_error", os_error)?;
    set(cx, m, "ItimerError", err);
    defs(
        cx,
        m,
        &[
            ("signal", s_signal),
            ("getsignal", s_getsignal),
            ("raise_signal", s_raise_signal),
            ("strsignal", s_strsignal),
            ("valid_signals", s_valid_signals),
            ("alarm", s_alarm),
            ("pause", s_pause),
            ("default_int_handler", s_default_int_handler),
            ("siginterrupt", s_siginterrupt),
            ("setitimer", s_setitimer),
            ("getitimer", s_getitimer),
        ],
    );
    // The handler table: SIGINT's is default_int_handler (installed by the
    // engine); the others reflect the OS disposition (None: not from Python).
    let k = cx.intern("default_int_handler");
    // SAFETY: `m` is the module just made; its dict is live.
    let dih = unsafe { (*m.obj::<ModuleObj>().dict).t.get_str(k) }.unwrap_or(Value::none());
    let mut table = vec![Value::none(); MAX_SIGNAL as usize + 1];
    for (sig, slot) in table.iter_mut().enumerate().skip(1) {
        *slot = match signals::disposition(sig as i32) {
            _ if sig as i32 == SIGINT => dih,
            Some(h) if h == SIG_DFL || h == SIG_IGN => Value::from_small(h as i64),
            _ => Value::none(),
        };
    }
    let t = cx.new_list(table);
    set(cx, m, "_handlers", t);
    Ok(m)
}

/// Attribute `name` of the `_signal` module, if it was imported.
fn module_attr(cx: &mut Ctx, name: &str) -> Option<Value> {
    let key = cx.intern("_signal");
    // SAFETY: sys.modules is created by runtime::init and lives for the whole run.
    let m = unsafe { (*cx.rt.modules).t.get_str(key) }?;
    if !m.is_kind(Kind::Module) {
        return None;
    }
    let k = cx.intern(name);
    // SAFETY: `m` is a module object (kind checked); its dict is live.
    unsafe { (*m.obj::<ModuleObj>().dict).t.get_str(k) }
}

/// The handler table of the `_signal` module, if it was imported.
fn table(cx: &mut Ctx) -> Option<&'static mut Vec<Value>> {
    let t = module_attr(cx, "_handlers")?;
    runtime::list_vec(t).filter(|v| v.len() == MAX_SIGNAL as usize + 1)
}

/// Run the handler of signal `sig`, which arrived (from `Ctx::check_signals`,
/// at a safepoint): the Python handler with `(signum, None)`, nothing for
/// SIG_DFL / SIG_IGN (set after the signal arrived); without the module,
/// KeyboardInterrupt for SIGINT.
pub fn deliver(cx: &mut Ctx, sig: i32) -> PyResult<()> {
    let h = match table(cx) {
        Some(t) => t[sig as usize],
        None if sig == SIGINT => return Err(keyboard_interrupt(cx)),
        None => return Ok(()),
    };
    if h.is_int() || h.is_none() {
        return Ok(());
    }
    runtime::call(cx, h, &[Value::from_small(sig as i64), Value::none()], &[])?;
    Ok(())
}

#[cold]
fn keyboard_interrupt(cx: &mut Ctx) -> Exc {
    let c = cx.rt.types.keyboard_interrupt;
    cx.err_noargs(c)
}

/// OSError (or its errno subclass) `[Errno N] strerror`.
#[cold]
#[inline(never)]
fn os_error(cx: &mut Ctx, errno: i32) -> Exc {
    errno_error(cx, None, errno)
}

/// `cls(errno, strerror)`; without `cls`, OSError's errno subclass.
fn errno_error(cx: &mut Ctx, cls: Option<*mut ClassObj>, errno: i32) -> Exc {
    let e = std::io::Error::from_raw_os_error(errno);
    let n = cx.new_int(errno as i64);
    let msg = cx.new_string(crate::runtime::file::strerror(&e));
    let args = vec![n, msg];
    let cls = cls.unwrap_or_else(|| runtime::exc::os_error_subclass(cx, cx.rt.types.os_error, &args));
    let exc = runtime::exc::new_exception(cx, cls, args);
    cx.raise(exc)
}

/// A signal number argument (int or `__index__`).
fn signum_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    crate::builtins::util::to_c_int(cx, v)
}

/// A signal number in 1..NSIG, or ValueError.
fn valid_signum(cx: &mut Ctx, v: Value) -> PyResult<i32> {
    let n = signum_arg(cx, v)?;
    if !(1..=MAX_SIGNAL as i64).contains(&n) {
        return Err(cx.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// `signal(signalnum, handler)`: install `handler`, return the previous one.
fn s_signal(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "signal", args, kw, 2, 2)?;
    let sig = valid_signum(cx, args[0])?;
    let h = args[1];
    let os_handler = if runtime::call::is_callable(cx, h) {
        usize::MAX
    } else {
        // An int equal to SIG_DFL / SIG_IGN (a Handlers member, True) names them.
        match runtime::num::num_of(h) {
            Some(runtime::num::Num::I(0)) => SIG_DFL,
            Some(runtime::num::Num::I(1)) => SIG_IGN,
            _ => {
                return Err(cx.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"))
            }
        }
    };
    // Signals that already arrived run their old handlers first (as CPython's).
    cx.check_signals()?;
    if let Err(errno) = signals::set_disposition(sig, os_handler) {
        return Err(os_error(cx, errno));
    }
    let Some(t) = table(cx) else { return Ok(Value::none()) };
    let old = std::mem::replace(&mut t[sig as usize], h);
    Ok(old)
}

fn s_getsignal(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "getsignal", args, kw, 1, 1)?;
    let sig = valid_signum(cx, args[0])?;
    Ok(table(cx).map_or(Value::none(), |t| t[sig as usize]))
}

/// `raise_signal(signalnum)`: send it to this thread and run its handler now.
fn s_raise_signal(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "raise_signal", args, kw, 1, 1)?;
    let n = signum_arg(cx, args[0])?;
    let sig = i32::try_from(n).unwrap_or(-1);
    if let Err(errno) = signals::raise_in_thread(sig) {
        return Err(os_error(cx, errno));
    }
    cx.check_signals()?;
    Ok(Value::none())
}

fn s_strsignal(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "strsignal", args, kw, 1, 1)?;
    let sig = valid_signum(cx, args[0])?;
    // SAFETY: strsignal returns a NUL-terminated string (or NULL); copied at once.
    let s = unsafe {
        let p = strsignal(sig);
        if p.is_null() {
            return Ok(Value::none());
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    Ok(cx.new_string(s))
}

/// The signal numbers the OS accepts (glibc reserves 32 and 33).
fn s_valid_signals(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "valid_signals", args, kw, 0, 0)?;
    let mut set = [0u64; 16];
    // SAFETY: a valid sigset; plain libc calls.
    unsafe { sigfillset(&mut set) };
    let s = cx.new_set();
    for sig in 1..=MAX_SIGNAL {
        // SAFETY: as above.
        if unsafe { sigismember(&set, sig) } == 1 {
            runtime::set_obj(s).expect("a new set").t.add(cx, Value::from_small(sig as i64))?;
        }
    }
    Ok(s)
}

fn s_alarm(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "alarm", args, kw, 1, 1)?;
    let n = crate::builtins::util::to_c_int(cx, args[0])?;
    // SAFETY: plain libc call.
    let left = unsafe { alarm(n as u32) };
    Ok(Value::from_small(left as i64))
}

/// `pause()`: wait until a signal arrives, then run its handler.
fn s_pause(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "pause", args, kw, 0, 0)?;
    while !signals::pending() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    cx.check_signals()?;
    Ok(Value::none())
}

fn s_default_int_handler(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    Err(keyboard_interrupt(cx))
}

/// `siginterrupt(sig, flag)`: system calls are always interrupted here (the
/// engine installs its handler without SA_RESTART); checks the number.
fn s_siginterrupt(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "siginterrupt", args, kw, 2, 2)?;
    valid_signum(cx, args[0])?;
    runtime::truthy(cx, args[1])?;
    Ok(Value::none())
}

/// `os.kill(pid, sig)`; a signal sent to this process is delivered (its
/// handler run) before it returns, as CPython's.
pub fn os_kill(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "kill", args, kw, 2, 2)?;
    let pid = crate::builtins::util::to_c_int(cx, args[0])?;
    let sig = crate::builtins::util::to_c_int(cx, args[1])?;
    // SAFETY: plain libc call.
    if unsafe { kill(pid as i32, sig as i32) } != 0 {
        // SAFETY: errno of this thread.
        let errno = unsafe { *__errno_location() };
        return Err(os_error(cx, errno));
    }
    cx.check_signals()?;
    Ok(Value::none())
}

/// `signal.ItimerError(errno, strerror)`.
#[cold]
#[inline(never)]
fn itimer_error(cx: &mut Ctx, errno: i32) -> Exc {
    let cls = module_attr(cx, "ItimerError").and_then(runtime::class_of_value);
    errno_error(cx, cls, errno)
}

/// A number of seconds (int or float; CPython's message for anything else).
fn secs_arg(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    match runtime::num::num_of(v) {
        Some(runtime::num::Num::F(x)) => Ok(x),
        Some(runtime::num::Num::I(i)) => Ok(i as f64),
        Some(runtime::num::Num::B(b)) => Ok(num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY)),
        None => {
            let t = runtime::type_name(cx, v);
            Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// (value, interval) of an itimerval, in seconds.
fn itimer_tuple(cx: &mut Ctx, t: ITimerVal) -> Value {
    let (v, i) = (cx.new_float(t.value.secs()), cx.new_float(t.interval.secs()));
    cx.new_tuple(vec![v, i])
}

/// `setitimer(which, seconds, interval=0.0)`: the previous (value, interval).
fn s_setitimer(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let [which, secs, interval] =
        crate::builtins::util::parse_args(cx, "setitimer", args, kw, ["which", "seconds", "interval"], 2)?;
    let which = crate::builtins::util::to_c_int(cx, which)?;
    let value = TimeVal::from_secs(secs_arg(cx, secs)?);
    let interval = if interval.is_unbound() { TimeVal::default() } else { TimeVal::from_secs(secs_arg(cx, interval)?) };
    let new = ITimerVal { interval, value };
    let mut old = ITimerVal::default();
    // SAFETY: valid itimerval structs; plain libc call.
    if unsafe { setitimer(which as i32, &new, &mut old) } != 0 {
        // SAFETY: errno of this thread.
        let errno = unsafe { *__errno_location() };
        return Err(itimer_error(cx, errno));
    }
    Ok(itimer_tuple(cx, old))
}

/// `getitimer(which)`: the current (value, interval).
fn s_getitimer(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "getitimer", args, kw, 1, 1)?;
    let which = crate::builtins::util::to_c_int(cx, args[0])?;
    let mut cur = ITimerVal::default();
    // SAFETY: a valid out struct; plain libc call.
    if unsafe { getitimer(which as i32, &mut cur) } != 0 {
        // SAFETY: errno of this thread.
        let errno = unsafe { *__errno_location() };
        return Err(itimer_error(cx, errno));
    }
    Ok(itimer_tuple(cx, cur))
}
