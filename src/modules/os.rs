//! `_os`: the native core of `os` (file system calls, environment, pid,
//! urandom); `os` and `os.path` themselves are bundled Python (`py/os.py`,
//! `py/posixpath.py`).

use super::{arity, new_module, set};
use crate::heap::*;
use crate::runtime::{self, file::io_error, file::os_error_noname};
use crate::vm::Ctx;
use crate::{PyResult, Value};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", o_getcwd),
    ("uname", o_uname),
    ("libc_version", o_libc_version),
    ("chdir", o_chdir),
    ("listdir", o_listdir),
    ("remove", o_remove),
    ("mkdir", o_mkdir),
    ("rmdir", o_rmdir),
    ("rename", o_rename),
    ("stat", o_stat),
    ("getpid", o_getpid),
    ("kill", super::signal::os_kill),
    ("urandom", o_urandom),
    ("utime", o_utime),
    ("get_terminal_size", o_get_terminal_size),
    ("open", o_open),
    ("close", o_close),
    ("read", o_read),
    ("write", o_write),
    ("lseek", o_lseek),
    ("ftruncate", o_ftruncate),
    ("fsync", o_fsync),
    ("isatty", o_isatty),
    ("stat_full", o_stat_full),
    ("fstat", o_fstat),
    ("scandir", o_scandir),
    ("chmod", o_chmod),
    ("symlink", o_symlink),
    ("readlink", o_readlink),
    ("link", o_link),
    ("umask", o_umask),
];

/// The `O_*` open flags (Linux values, as CPython's `os` exports them).
const O_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
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
    for &(name, v) in O_FLAGS {
        super::set_int(cx, m, name, v);
    }
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

/// Linux's `struct utsname`: six NUL-terminated fields of 65 bytes.
#[repr(C)]
struct Utsname {
    fields: [[u8; 65]; 6],
}

extern "C" {
    fn uname(buf: *mut Utsname) -> i32;
    fn gnu_get_libc_version() -> *const std::ffi::c_char;
}

/// `_os.uname()`: (sysname, nodename, release, version, machine).
fn o_uname(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "uname", args, kw, 0, 0)?;
    let mut u = Utsname { fields: [[0; 65]; 6] };
    // SAFETY: uname fills the caller's struct utsname (this layout on Linux).
    if unsafe { uname(&mut u) } != 0 {
        return Err(errno_error(cx));
    }
    let items = u.fields[..5]
        .iter()
        .map(|f| {
            let end = f.iter().position(|&b| b == 0).unwrap_or(f.len());
            cx.new_string(String::from_utf8_lossy(&f[..end]).into_owned())
        })
        .collect();
    Ok(cx.new_tuple(items))
}

/// `_os.libc_version()`: glibc's version string ("2.36"), for platform.libc_ver.
fn o_libc_version(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "libc_version", args, kw, 0, 0)?;
    // SAFETY: glibc returns a static NUL-terminated string.
    let v = unsafe { std::ffi::CStr::from_ptr(gnu_get_libc_version()) };
    Ok(cx.new_string(v.to_string_lossy().into_owned()))
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
    let mode = match args.get(1) {
        Some(&v) => crate::builtins::util::to_c_int(cx, v)? as u32,
        None => 0o777,
    };
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode);
    match b.create(&p) {
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
        Err(e) => Err(io_error2(cx, &e, &a, &b)),
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
        return Err(errno_error(cx));
    }
    let items = vec![cx.new_int(ws.cols as i64), cx.new_int(ws.rows as i64)];
    Ok(cx.new_tuple(items))
}

// ------------------------------------------------------------ descriptors

mod c {
    use std::ffi::{c_char, c_int, c_long, c_uint, c_void};
    extern "C" {
        pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
        pub fn close(fd: c_int) -> c_int;
        pub fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
        pub fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
        pub fn lseek(fd: c_int, off: c_long, whence: c_int) -> c_long;
        pub fn ftruncate(fd: c_int, len: c_long) -> c_int;
        pub fn fsync(fd: c_int) -> c_int;
        pub fn isatty(fd: c_int) -> c_int;
        pub fn umask(mask: c_uint) -> c_uint;
    }
}

/// OSError for the C library's last error, without a filename.
#[cold]
#[inline(never)]
fn errno_error(cx: &mut Ctx) -> crate::Exc {
    let e = std::io::Error::last_os_error();
    os_error_noname(cx, &e)
}

fn fd_arg(cx: &mut Ctx, v: Value) -> PyResult<i32> {
    Ok(crate::builtins::util::to_c_int(cx, v)? as i32)
}

/// `open(path, flags, mode=0o777)` -> a file descriptor.
fn o_open(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "open", args, kw, 2, 3)?;
    let p = path_arg(cx, "open", args[0])?;
    let flags = crate::builtins::util::to_c_int(cx, args[1])? as i32;
    let mode = match args.get(2) {
        Some(&v) => crate::builtins::util::to_c_int(cx, v)? as u32,
        None => 0o777,
    };
    let Ok(cpath) = std::ffi::CString::new(p.as_str()) else {
        return Err(cx.value_error("embedded null byte"));
    };
    // SAFETY: `cpath` is a NUL-terminated string alive across the call; the
    // mode is passed as the one variadic argument open(2) reads with O_CREAT.
    let fd = unsafe { c::open(cpath.as_ptr(), flags | 0o2000000, mode as std::ffi::c_uint) };
    if fd < 0 {
        let e = std::io::Error::last_os_error();
        return Err(io_error(cx, &e, &p));
    }
    Ok(cx.new_int(fd as i64))
}

fn o_close(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "close", args, kw, 1, 1)?;
    let fd = fd_arg(cx, args[0])?;
    // SAFETY: close(2) on any int is memory-safe; a bad fd returns EBADF.
    if unsafe { c::close(fd) } != 0 {
        return Err(errno_error(cx));
    }
    Ok(Value::none())
}

/// `read(fd, n)` -> at most n bytes (b'' at end of file).
fn o_read(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "read", args, kw, 2, 2)?;
    let fd = fd_arg(cx, args[0])?;
    let n = crate::builtins::util::to_index(cx, args[1])?;
    if n < 0 {
        return Err(cx.value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` has room for `n` bytes and outlives the call.
    let r = unsafe { c::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r < 0 {
        return Err(errno_error(cx));
    }
    buf.truncate(r as usize);
    Ok(cx.new_bytes(buf))
}

/// `write(fd, data)` -> the number of bytes written.
fn o_write(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "write", args, kw, 2, 2)?;
    let fd = fd_arg(cx, args[0])?;
    let Some(data) = crate::builtins::bytes::bytes_like(args[1]) else {
        let t = runtime::type_name(cx, args[1]);
        return Err(cx.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    // SAFETY: `data` is the live buffer of args[1] (no Python code runs during the call).
    let r = unsafe { c::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(errno_error(cx));
    }
    Ok(cx.new_int(r as i64))
}

fn o_lseek(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "lseek", args, kw, 3, 3)?;
    let fd = fd_arg(cx, args[0])?;
    let pos = crate::builtins::util::to_index(cx, args[1])?;
    let how = fd_arg(cx, args[2])?;
    // SAFETY: lseek(2) takes plain integers.
    let r = unsafe { c::lseek(fd, pos as std::ffi::c_long, how) };
    if r < 0 {
        return Err(errno_error(cx));
    }
    Ok(cx.new_int(r as i64))
}

fn o_ftruncate(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "ftruncate", args, kw, 2, 2)?;
    let fd = fd_arg(cx, args[0])?;
    let len = crate::builtins::util::to_index(cx, args[1])?;
    // SAFETY: ftruncate(2) takes plain integers.
    if unsafe { c::ftruncate(fd, len as std::ffi::c_long) } != 0 {
        return Err(errno_error(cx));
    }
    Ok(Value::none())
}

fn o_fsync(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "fsync", args, kw, 1, 1)?;
    let fd = fd_arg(cx, args[0])?;
    // SAFETY: fsync(2) takes a plain integer.
    if unsafe { c::fsync(fd) } != 0 {
        return Err(errno_error(cx));
    }
    Ok(Value::none())
}

fn o_isatty(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "isatty", args, kw, 1, 1)?;
    let fd = fd_arg(cx, args[0])?;
    // SAFETY: isatty(3) takes a plain integer.
    Ok(Value::bool(unsafe { c::isatty(fd) } == 1))
}

fn o_umask(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "umask", args, kw, 1, 1)?;
    let m = fd_arg(cx, args[0])?;
    // SAFETY: umask(2) takes a plain integer and cannot fail.
    let old = unsafe { c::umask(m as u32) };
    Ok(cx.new_int(old as i64))
}

// ------------------------------------------------------------ stat, scandir

/// The fields of `os.stat_result`, in CPython's order: (mode, ino, dev,
/// nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns,
/// blksize, blocks, rdev).
fn stat_tuple(cx: &mut Ctx, md: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let (a, m, c) = (ns(md.atime(), md.atime_nsec()), ns(md.mtime(), md.mtime_nsec()), ns(md.ctime(), md.ctime_nsec()));
    let secs = |t: i128| t as f64 / 1e9;
    let mut items = vec![
        cx.new_int(md.mode() as i64),
        cx.new_int(md.ino() as i64),
        cx.new_int(md.dev() as i64),
        cx.new_int(md.nlink() as i64),
        cx.new_int(md.uid() as i64),
        cx.new_int(md.gid() as i64),
        cx.new_int(md.size() as i64),
        cx.new_float(secs(a)),
        cx.new_float(secs(m)),
        cx.new_float(secs(c)),
    ];
    for t in [a, m, c] {
        items.push(cx.new_int(t as i64));
    }
    items.push(cx.new_int(md.blksize() as i64));
    items.push(cx.new_int(md.blocks() as i64));
    items.push(cx.new_int(md.rdev() as i64));
    cx.new_tuple(items)
}

/// `stat_full(path, follow_symlinks)`: the stat_result fields (`stat_tuple`).
fn o_stat_full(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "stat", args, kw, 2, 2)?;
    let p = path_arg(cx, "stat", args[0])?;
    let follow = runtime::truthy(cx, args[1])?;
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    match md {
        Ok(md) => Ok(stat_tuple(cx, &md)),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_fstat(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    arity(cx, "fstat", args, kw, 1, 1)?;
    let fd = fd_arg(cx, args[0])?;
    if fd < 0 {
        let e = std::io::Error::from_raw_os_error(9);
        return Err(os_error_noname(cx, &e));
    }
    // SAFETY: the File only borrows `fd` (ManuallyDrop: never closed here);
    // fstat on a bad descriptor returns EBADF.
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    match f.metadata() {
        Ok(md) => Ok(stat_tuple(cx, &md)),
        Err(e) => Err(os_error_noname(cx, &e)),
    }
}

/// `scandir(path)` -> [(name, kind)], kind 'd' directory, 'f' regular file,
/// 'l' symlink, 'o' other (the entry's own type, links not followed).
fn o_scandir(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "scandir", args, kw, 1, 1)?;
    let p = path_arg(cx, "scandir", args[0])?;
    let rd = match std::fs::read_dir(&p) {
        Ok(rd) => rd,
        Err(e) => return Err(io_error(cx, &e, &p)),
    };
    let mut items = Vec::new();
    for e in rd.filter_map(|e| e.ok()) {
        let kind = match e.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let name = cx.new_str(&e.file_name().to_string_lossy());
        let kind = cx.new_str(kind);
        items.push(cx.new_tuple(vec![name, kind]));
    }
    Ok(cx.new_list(items))
}

fn o_chmod(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    arity(cx, "chmod", args, kw, 2, 2)?;
    let p = path_arg(cx, "chmod", args[0])?;
    let mode = fd_arg(cx, args[1])? as u32;
    match std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}

fn o_symlink(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "symlink", args, kw, 2, 2)?;
    let src = path_arg(cx, "symlink", args[0])?;
    let dst = path_arg(cx, "symlink", args[1])?;
    match std::os::unix::fs::symlink(&src, &dst) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error2(cx, &e, &src, &dst)),
    }
}

fn o_link(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "link", args, kw, 2, 2)?;
    let src = path_arg(cx, "link", args[0])?;
    let dst = path_arg(cx, "link", args[1])?;
    match std::fs::hard_link(&src, &dst) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error2(cx, &e, &src, &dst)),
    }
}

/// An io error naming two paths: `[Errno N] msg: 'a' -> 'b'`.
#[cold]
fn io_error2(cx: &mut Ctx, e: &std::io::Error, a: &str, b: &str) -> crate::Exc {
    crate::runtime::file::io_error2(cx, e, a, Some(b))
}

fn o_readlink(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "readlink", args, kw, 1, 1)?;
    let p = path_arg(cx, "readlink", args[0])?;
    match std::fs::read_link(&p) {
        Ok(t) => Ok(cx.new_str(&t.to_string_lossy())),
        Err(e) => Err(io_error(cx, &e, &p)),
    }
}
