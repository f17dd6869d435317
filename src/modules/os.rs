//! `_os`: the native core of `os` (file system calls, environment, pid,
//! urandom); `os` and `os.path` themselves are bundled Python (`py/os.py`,
//! `py/posixpath.py`).

use super::{arity, new_module, set};
use crate::heap::*;
use crate::runtime::{self, file::io_error};
use crate::vm::Ctx;
use crate::{PyResult, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", o_getcwd),
    ("chdir", o_chdir),
    ("listdir", o_listdir),
    ("remove", o_remove),
    ("mkdir", o_mkdir),
    ("rmdir", o_rmdir),
    ("rename", o_rename),
    ("stat", o_stat),
    ("getpid", o_getpid),
    ("urandom", o_urandom),
    ("utime", o_utime),
    ("get_terminal_size", o_get_terminal_size),
];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "_os", FUNCS);
    let env = cx.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = cx.new_str(&k.to_string_lossy());
        let v = cx.new_str(&v.to_string_lossy());
        if let Some(d) = runtime::dict_obj(env) {
            d.t.set(cx, k, v)?;
        }
    }
    set(cx, m, "environ", env);
    Ok(m)
}

/// `import os.path` when `os` has not set `sys.modules['os.path']` yet.
pub fn init_path(cx: &mut Ctx) -> PyResult<Value> {
    let os = crate::vm::import_module(cx, "os", 0, Value::UNBOUND)?;
    let k = cx.intern("path");
    runtime::get_attr(cx, os, k)
}

/// A path argument: str, or an object whose `__fspath__` returns one (os.PathLike).
fn path_arg(cx: &mut Ctx, fname: &str, v: Value) -> PyResult<String> {
    if let Some(s) = runtime::file::fspath_str(cx, v)? {
        return Ok(s);
    }
    let t = runtime::type_name(cx, v);
    Err(cx.type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {t}")))
}

fn o_getcwd(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "getcwd", args, kw, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(cx.new_str(&p.to_string_lossy())),
        Err(e) => Err(io_error(cx, &e, ".")),
    }
}

fn o_chdir(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "chdir", args, kw, 1, 1)?;
    let p = path_arg(cx, "chdir", args[0])?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_listdir(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "listdir", args, kw, 0, 1)?;
    let p = match args.first() {
        Some(&v) if !v.is_none() => path_arg(cx, "listdir", v)?,
        _ => ".".to_string(),
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(rd) => rd,
        Err(e) => return Err(io_error(cx, &e, &p)),
    };
    let names: Vec<String> = rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    let items: Vec<Value> = names.iter().map(|n| cx.new_str(n)).collect();
    Ok(cx.new_list(items))
}

fn o_remove(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "remove", args, kw, 1, 1)?;
    let p = path_arg(cx, "remove", args[0])?;
    if std::path::Path::new(&p).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(io_error(cx, &e, &p));
    }
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_mkdir(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "mkdir", args, kw, 1, 2)?;
    let p = path_arg(cx, "mkdir", args[0])?;
    match std::fs::create_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_rmdir(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "rmdir", args, kw, 1, 1)?;
    let p = path_arg(cx, "rmdir", args[0])?;
    match std::fs::remove_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_rename(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "rename", args, kw, 2, 2)?;
    let a = path_arg(cx, "rename", args[0])?;
    let b = path_arg(cx, "rename", args[1])?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &a)),
    }
}

/// `stat(path)` -> (is_file, is_dir, size, mtime, mode) or raises FileNotFoundError.
fn o_stat(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "stat", args, kw, 1, 1)?;
    let p = path_arg(cx, "stat", args[0])?;
    let md = match std::fs::metadata(&p) {
        Ok(m) => m,
        Err(e) => return Err(io_error(cx, &e, &p)),
    };
    let mtime = md.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0.0, |d| d.as_secs_f64());
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::MetadataExt;
        md.mode() as i64
    };
    #[cfg(not(unix))]
    let mode = 0i64;
    let items = vec![
        Value::bool(md.is_file()),
        Value::bool(md.is_dir()),
        cx.new_int(md.len() as i64),
        cx.new_float(mtime),
        cx.new_int(mode),
    ];
    Ok(cx.new_tuple(items))
}

fn o_getpid(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "getpid", args, kw, 0, 0)?;
    Ok(cx.new_int(std::process::id() as i64))
}

fn o_urandom(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "urandom", args, kw, 1, 1)?;
    let n = crate::builtins::util::to_index(cx, args[0])?;
    if n < 0 {
        return Err(cx.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    if let Err(e) = r {
        return Err(io_error(cx, &e, "/dev/urandom"));
    }
    Ok(cx.new_bytes(buf))
}

/// `utime(path, times=None)`: set the access and modification times to now,
/// or to `times = (atime, mtime)` in seconds.
fn o_utime(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "utime", args, kw, 1, 2)?;
    let p = path_arg(cx, "utime", args[0])?;
    let now = std::time::SystemTime::now();
    let (atime, mtime) = match args.get(1).copied().filter(|t| *t != Value::none()) {
        None => (now, now),
        Some(t) => {
            let items = runtime::tuple_items(t).filter(|it| it.len() == 2);
            let secs = items.and_then(|it| Some((seconds(it[0])?, seconds(it[1])?)));
            let Some((a, m)) = secs.filter(|(a, m)| a.is_finite() && m.is_finite()) else {
                return Err(cx.type_error("utime: 'times' must be either a tuple of two ints or None"));
            };
            let at = |s: f64| {
                let d = std::time::Duration::from_secs_f64(s.abs());
                if s < 0.0 { std::time::UNIX_EPOCH - d } else { std::time::UNIX_EPOCH + d }
            };
            (at(a), at(m))
        }
    };
    let r = std::fs::File::options()
        .write(true)
        .open(&p)
        .or_else(|_| std::fs::File::open(&p))
        .and_then(|f| f.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)));
    match r {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

/// A time in seconds: int or float.
fn seconds(v: Value) -> Option<f64> {
    runtime::float_of(v).or_else(|| runtime::int_of(v).map(|i| i as f64))
}

/// `get_terminal_size(fd=1)` -> (columns, lines) of the terminal on `fd`
/// (ioctl TIOCGWINSZ), or OSError (ENOTTY when `fd` is not a terminal).
fn o_get_terminal_size(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "get_terminal_size", args, kw, 0, 1)?;
    let fd = match args.first() {
        Some(&v) => crate::builtins::util::to_c_int(cx, v)? as i32,
        None => 1,
    };
    #[repr(C)]
    #[derive(Default)]
    struct Winsize {
        rows: u16,
        cols: u16,
        xpixel: u16,
        ypixel: u16,
    }
    extern "C" {
        fn ioctl(fd: i32, request: std::ffi::c_ulong, ...) -> i32;
    }
    const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;
    let mut ws = Winsize::default();
    // SAFETY: TIOCGWINSZ writes one `struct winsize` (four u16s, laid out as
    // `Winsize`) through the pointer, which points at a live local.
    let r = unsafe { ioctl(fd, TIOCGWINSZ, &mut ws as *mut Winsize) };
    if r != 0 {
        let e = std::io::Error::last_os_error();
        let errno = cx.new_int(e.raw_os_error().unwrap_or(0) as i64);
        let msg = cx.new_string(runtime::file::strerror(&e));
        let exc = runtime::new_exception(cx, cx.rt.types.os_error, vec![errno, msg]);
        return Err(cx.raise(exc));
    }
    let items = vec![cx.new_int(ws.cols as i64), cx.new_int(ws.rows as i64)];
    Ok(cx.new_tuple(items))
}
