//! The `sys` module: argv, exit, recursion limit, version info, path,
//! modules, standard streams (write/flush, readline/read), and friends.
//! Struct-sequence values are finished by the bundled `py/_sysinfo.py`.

use super::{arity, defs, new_module, set, set_int, set_str};
use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::io::Read;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub const VERSION: &str = "3.11.0 (tauraro 0.1.0) [rustc]";

const FUNCS: &[(&str, NativeFn)] = &[
    ("exit", s_exit),
    ("getrecursionlimit", s_getrecursionlimit),
    ("setrecursionlimit", s_setrecursionlimit),
    ("intern", s_intern),
    ("exc_info", s_exc_info),
    ("exception", s_exception),
    ("getdefaultencoding", s_getdefaultencoding),
    ("getsizeof", s_getsizeof),
    ("audit", s_audit),
];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "sys", FUNCS);
    let argv: Vec<Value> = cx.rt.argv.clone().iter().map(|a| cx.new_str(a)).collect();
    let argv = cx.new_list(argv);
    set(cx, m, "argv", argv);
    // No -W options: always empty (unittest.main reads it).
    let warnoptions = cx.new_list(Vec::new());
    set(cx, m, "warnoptions", warnoptions);
    let dir = cx.vm.main_dir.as_ref().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = if dir == "." { String::new() } else { dir };
    let d = cx.new_str(&dir);
    let path = cx.new_list(vec![d]);
    set(cx, m, "path", path);
    set(cx, m, "modules", Value::from_ptr(cx.rt.modules));
    set_int(cx, m, "maxsize", i64::MAX);
    set_int(cx, m, "maxunicode", 0x10ffff);
    set_str(cx, m, "version", VERSION);
    set_int(cx, m, "hexversion", 0x030b00f0);
    set_int(cx, m, "api_version", 1013);
    let vi: Vec<Value> = vec![cx.new_int(3), cx.new_int(11), cx.new_int(0), cx.new_str("final"), cx.new_int(0)];
    let vi = cx.new_tuple(vi);
    set(cx, m, "version_info", vi);
    set_str(cx, m, "platform", std::env::consts::OS);
    set_str(cx, m, "byteorder", if cfg!(target_endian = "little") { "little" } else { "big" });
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    set_str(cx, m, "executable", &exe);
    set_str(cx, m, "prefix", "");
    set_str(cx, m, "copyright", "Tauraro: MIT licence");
    let names: Vec<Value> = super::table().map(|(n, _)| cx.new_str(n)).collect();
    let names = cx.new_tuple(names);
    set(cx, m, "builtin_module_names", names);
    let stdout = stream(cx, "<stdout>", "w", 1);
    set(cx, m, "stdout", stdout);
    set(cx, m, "__stdout__", stdout);
    let stderr = stream(cx, "<stderr>", "w", 2);
    set(cx, m, "stderr", stderr);
    set(cx, m, "__stderr__", stderr);
    let stdin = stream(cx, "<stdin>", "r", 0);
    set(cx, m, "stdin", stdin);
    set(cx, m, "__stdin__", stdin);
    finish_with_python(cx, m);
    Ok(m)
}

/// Run `_sysinfo.py` in the module's namespace. A failure keeps the plain
/// tuples set above (sys must import even if an exotic feature is missing).
fn finish_with_python(cx: &mut Ctx, m: Value) {
    let src = include_str!("py/_sysinfo.py");
    let saved = cx.exc;
    let ok = crate::vm::import::compile_source(cx, src, "<frozen sys>").and_then(|code| crate::vm::run_code(cx, code, m));
    if ok.is_err() {
        cx.exc = saved;
    }
}

/// A standard stream: a namespace with `write`/`flush` (or `readline`/`read`).
fn stream(cx: &mut Ctx, name: &str, mode: &str, fd: i64) -> Value {
    let s = cx.new_module(name);
    set_str(cx, s, "name", name);
    set_str(cx, s, "mode", mode);
    set_str(cx, s, "encoding", "utf-8");
    set_int(cx, s, "_fd", fd);
    let fns: &[(&'static str, NativeFn)] = match fd {
        0 => &[("readline", stdin_readline), ("read", stdin_read), ("readlines", stdin_readlines), ("isatty", false_fn), ("fileno", fileno0)],
        1 => &[("write", stdout_write), ("flush", stdout_flush), ("isatty", false_fn), ("fileno", fileno1)],
        _ => &[("write", stderr_write), ("flush", stderr_flush), ("isatty", false_fn), ("fileno", fileno2)],
    };
    defs(cx, s, fns);
    s
}

fn write_arg(cx: &mut Ctx, name: &str, args: Args, kw: Kw) -> PyResult<&'static str> {
    arity(cx, name, args, kw, 1, 1)?;
    match runtime::str_of(args[0]) {
        Some(s) => Ok(s),
        None => {
            let t = runtime::type_name(cx, args[0]);
            Err(cx.type_error(format!("write() argument must be str, not {t}")))
        }
    }
}

fn stdout_write(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let s = write_arg(cx, "write", args, kw)?;
    cx.rt.stdout.write_str(s);
    Ok(cx.new_int(s.chars().count() as i64))
}

fn stderr_write(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let s = write_arg(cx, "write", args, kw)?;
    cx.rt.stderr.write_str(s);
    Ok(cx.new_int(s.chars().count() as i64))
}

fn stdout_flush(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    cx.rt.stdout.flush();
    Ok(Value::none())
}

fn stderr_flush(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    cx.rt.stderr.flush();
    Ok(Value::none())
}

fn false_fn(_cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::false_())
}

fn fileno0(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(cx.new_int(0))
}
fn fileno1(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(cx.new_int(1))
}
fn fileno2(cx: &mut Ctx, _args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(cx.new_int(2))
}

fn stdin_readline(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "readline", args, kw, 0, 1)?;
    cx.rt.stdout.flush();
    let bytes = crate::vm::ctx::signals::read_line(cx)?;
    let line = String::from_utf8_lossy(&bytes).into_owned();
    Ok(cx.new_string(line))
}

fn stdin_read(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "read", args, kw, 0, 1)?;
    cx.rt.stdout.flush();
    let mut s = String::new();
    if let Err(e) = std::io::stdin().lock().read_to_string(&mut s) {
        return Err(cx.os_error(e.to_string()));
    }
    Ok(cx.new_string(s))
}

fn stdin_readlines(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let all = stdin_read(cx, args, kw)?;
    let s = runtime::str_of(all).unwrap_or("").to_string();
    let lines: Vec<Value> = s.split_inclusive('\n').map(|l| cx.new_str(l)).collect();
    Ok(cx.new_list(lines))
}

fn s_exit(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.exit", args, kw, 0, 1)?;
    let cls = cx.rt.types.system_exit;
    let exc = runtime::new_exception(cx, cls, args.to_vec());
    Err(cx.raise(exc))
}

fn s_getrecursionlimit(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.getrecursionlimit", args, kw, 0, 0)?;
    Ok(cx.new_int(cx.rt.recursion_limit as i64))
}

fn s_setrecursionlimit(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.setrecursionlimit", args, kw, 1, 1)?;
    if runtime::float_of(args[0]).is_some() {
        return Err(cx.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::builtins::util::to_c_int(cx, args[0])?;
    if n < 1 {
        return Err(cx.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts the frames and this C call: the new limit must exceed that.
    let depth = cx.vm.frames.len() as i64 + 1;
    if n <= depth {
        return Err(cx.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    cx.set_recursion_limit(n as usize);
    Ok(Value::none())
}

fn s_intern(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.intern", args, kw, 1, 1)?;
    if !args[0].is_kind(Kind::Str) {
        let t = runtime::type_name(cx, args[0]);
        return Err(cx.type_error(format!("intern() argument must be str, not {t}")));
    }
    Ok(cx.intern_value(args[0]))
}

/// The exception being handled (innermost `except` block), or None.
fn current_exc(cx: &Ctx) -> Value {
    cx.vm.handled.iter().rev().copied().find(|v| !v.is_unbound() && !v.is_none()).unwrap_or(Value::none())
}

fn s_exc_info(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.exc_info", args, kw, 0, 0)?;
    let e = current_exc(cx);
    if e.is_none() {
        let n = Value::none();
        return Ok(cx.new_tuple(vec![n, n, n]));
    }
    let t = Value::from_ptr(runtime::type_of(cx, e));
    let name = cx.rt.names.traceback;
    let tb = runtime::attr::get_attr_opt(cx, e, name)?.unwrap_or(Value::none());
    Ok(cx.new_tuple(vec![t, e, tb]))
}

fn s_exception(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.exception", args, kw, 0, 0)?;
    Ok(current_exc(cx))
}

/// `sys.audit(event, *args)`: no audit hooks can be added here, so it only checks `event`.
fn s_audit(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "audit", args, kw, 1, usize::MAX)?;
    if !args[0].is_kind(Kind::Str) {
        let t = runtime::type_name(cx, args[0]);
        return Err(cx.type_error(format!("expected str for argument 'event', not {t}")));
    }
    Ok(Value::none())
}

fn s_getdefaultencoding(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.getdefaultencoding", args, kw, 0, 0)?;
    Ok(cx.new_str("utf-8"))
}

fn s_getsizeof(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "sys.getsizeof", args, kw, 1, 2)?;
    getsizeof_value(cx, args[0])
}

/// `sys.getsizeof`'s approximation (CPython 3.11's sizes of str/list/tuple).
pub fn getsizeof_value(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let args = [v];
    let n = match args[0].kind() {
        Some(Kind::Str) => 49 + runtime::str_of(args[0]).map_or(0, |s| s.len()),
        Some(Kind::List) => 56 + 8 * runtime::list_items(args[0]).map_or(0, |l| l.len()),
        Some(Kind::Tuple) => 40 + 8 * runtime::tuple_items(args[0]).map_or(0, |l| l.len()),
        _ => 28,
    };
    Ok(cx.new_int(n as i64))
}
