//! Text file objects (`open()`): read/readline/readlines/iteration, write,
//! close, context manager. Files flush and close when closed, collected, or
//! at exit (the heap drops every object, unless no file is alive: `live_files`).
use super::*;
use crate::heap::{Heap, ObjHeader, Trace};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

/// File objects not yet freed, in every heap of the process. The only objects
/// whose freeing has an effect outside the process (a flush and a close): with
/// none alive, the program's exit may skip freeing the heap (src/main.rs).
static LIVE_FILES: AtomicUsize = AtomicUsize::new(0);

pub fn live_files() -> usize {
    LIVE_FILES.load(Ordering::Relaxed)
}

impl Drop for FileObj {
    fn drop(&mut self) {
        LIVE_FILES.fetch_sub(1, Ordering::Relaxed);
    }
}

#[repr(C)]
pub struct FileObj {
    pub h: ObjHeader,
    pub name: Value,
    pub mode: Box<str>,
    pub reader: Option<BufReader<std::fs::File>>,
    pub writer: Option<BufWriter<std::fs::File>>,
    pub closed: bool,
}

impl Trace for FileObj {
    fn trace(&self, m: &mut Heap) {
        m.mark(self.name);
    }
}

/// OSError subclass + message for an io error (CPython's `[Errno N] msg: 'path'`).
pub fn io_error(cx: &mut Ctx, e: &std::io::Error, path: &str) -> crate::Exc {
    use std::io::ErrorKind as K;
    let t = &cx.rt.types;
    let cls = match e.kind() {
        K::NotFound => t.file_not_found_error,
        K::PermissionDenied => t.permission_error,
        K::AlreadyExists => t.file_exists_error,
        _ => match e.raw_os_error() {
            Some(21) => t.is_a_directory_error,
            Some(20) => t.not_a_directory_error,
            _ => t.os_error,
        },
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = strerror(e);
    let a = cx.new_int(errno as i64);
    let b = cx.new_string(msg);
    let c = cx.new_str(path);
    let exc = new_exception(cx, cls, vec![a, b, c]);
    cx.raise(exc)
}

/// The C library's message for an io error (Rust's text without " (os error N)").
pub(crate) fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust appends " (os error N)"; CPython prints just the C strerror text.
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// A path argument as `os.fspath` gives it: a str, or what an object's
/// `__fspath__` returns (CPython's TypeError if that is not a str); None for
/// anything else (the caller words that error).
pub fn fspath_str(cx: &mut Ctx, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = str_of(v) {
        return Ok(Some(s.to_string()));
    }
    if !v.is_kind(Kind::Instance) {
        return Ok(None);
    }
    let name = cx.intern("__fspath__");
    let Some(m) = get_attr_opt(cx, v, name)? else { return Ok(None) };
    let r = call(cx, m, &[], &[])?;
    match str_of(r) {
        Some(s) => Ok(Some(s.to_string())),
        None => {
            let (t, rt) = (type_name(cx, v), type_name(cx, r));
            Err(cx.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {rt}")))
        }
    }
}

/// `open(path, mode)` in text mode.
pub fn open(cx: &mut Ctx, path: &str, mode: &str) -> PyResult<Value> {
    let m: String = mode.chars().filter(|&c| c != 't' && c != 'b').collect();
    let mut o = std::fs::OpenOptions::new();
    let plus = m.contains('+');
    let (read, write) = match m.chars().next() {
        Some('r') | None => {
            o.read(true);
            if plus {
                o.write(true);
            }
            (true, plus)
        }
        Some('w') => {
            o.write(true).create(true).truncate(true);
            if plus {
                o.read(true);
            }
            (plus, true)
        }
        Some('a') => {
            o.append(true).create(true);
            if plus {
                o.read(true);
            }
            (plus, true)
        }
        Some('x') => {
            o.write(true).create_new(true);
            (plus, true)
        }
        _ => return Err(cx.value_error(format!("invalid mode: '{mode}'"))),
    };
    if std::path::Path::new(path).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(io_error(cx, &e, path));
    }
    let f = match o.open(path) {
        Ok(f) => f,
        Err(e) => return Err(io_error(cx, &e, path)),
    };
    let (reader, writer) = if read && write {
        let f2 = f.try_clone().ok();
        (Some(BufReader::new(f)), f2.map(BufWriter::new))
    } else if read {
        (Some(BufReader::new(f)), None)
    } else {
        (None, Some(BufWriter::new(f)))
    };
    let name = cx.new_str(path);
    let cls = cx.rt.types.file;
    LIVE_FILES.fetch_add(1, Ordering::Relaxed);
    Ok(cx.alloc_obj(FileObj { h: ObjHeader::new(cls, Kind::File), name, mode: mode.into(), reader, writer, closed: false }))
}

pub fn file_repr(v: Value) -> String {
    let f = v.obj::<FileObj>();
    let name = str_of(f.name).unwrap_or("?");
    if is_binary(f) {
        let kind = if f.mode.contains('r') && !f.mode.contains('+') { "BufferedReader" } else { "BufferedWriter" };
        return format!("<_io.{kind} name={}>", repr::str_repr(name));
    }
    if f.closed {
        return format!("<_io.TextIOWrapper name={} encoding='UTF-8'>", repr::str_repr(name));
    }
    format!("<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>", repr::str_repr(name), f.mode)
}

fn this(cx: &mut Ctx, args: &[Value]) -> PyResult<&'static mut FileObj> {
    match args.first().and_then(|v| v.downcast::<FileObj>(Kind::File)) {
        Some(f) if !f.closed => Ok(f),
        Some(_) => Err(cx.value_error("I/O operation on closed file.")),
        None => Err(cx.type_error("descriptor requires a file object")),
    }
}

fn reader<'a>(cx: &mut Ctx, f: &'a mut FileObj) -> PyResult<&'a mut BufReader<std::fs::File>> {
    if let Some(w) = f.writer.as_mut() {
        let _ = w.flush();
    }
    match f.reader.as_mut() {
        Some(r) => Ok(r),
        None => {
            let c = cx.rt.types.os_error;
            Err(cx.err(c, "not readable"))
        }
    }
}

fn is_binary(f: &FileObj) -> bool {
    f.mode.contains('b')
}

/// A line/chunk as the file's element type (str, or bytes in binary mode).
fn wrap_data(cx: &mut Ctx, f: &FileObj, buf: Vec<u8>) -> PyResult<Value> {
    if is_binary(f) {
        return Ok(cx.new_bytes(buf));
    }
    let s = decode(cx, buf)?;
    Ok(cx.new_string(s))
}

fn read_line_raw(cx: &mut Ctx, f: &mut FileObj) -> PyResult<Vec<u8>> {
    let r = reader(cx, f)?;
    let mut buf = Vec::new();
    if let Err(e) = r.read_until(b'\n', &mut buf) {
        let n = str_of(f.name).unwrap_or("").to_string();
        return Err(io_error(cx, &e, &n));
    }
    Ok(buf)
}

fn decode(cx: &mut Ctx, buf: Vec<u8>) -> PyResult<String> {
    match String::from_utf8(buf) {
        Ok(s) => Ok(if s.contains('\r') { s.replace("\r\n", "\n") } else { s }),
        Err(_) => Err(cx.unicode_error("'utf-8' codec can't decode bytes")),
    }
}

/// Iteration over lines.
pub fn file_next(cx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    let f = this(cx, &[v])?;
    let line = read_line_raw(cx, f)?;
    if line.is_empty() {
        return Ok(None);
    }
    wrap_data(cx, f, line).map(Some)
}

fn f_read(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let limit = args.get(1).and_then(|&v| int_of(v)).filter(|&n| n >= 0);
    if is_binary(f) {
        let r = reader(cx, f)?;
        let mut buf = Vec::new();
        match limit {
            None => {
                let _ = r.read_to_end(&mut buf);
            }
            Some(n) => {
                let _ = r.take(n as u64).read_to_end(&mut buf);
            }
        }
        return Ok(cx.new_bytes(buf));
    }
    let r = reader(cx, f)?;
    let s = match limit {
        None => {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            decode(cx, buf)?
        }
        Some(n) => {
            let mut out = String::new();
            let mut count = 0;
            while count < n {
                let mut b = [0u8; 1];
                match r.read(&mut b) {
                    Ok(1) => {
                        let mut bytes = vec![b[0]];
                        let need = match b[0] {
                            0xc0..=0xdf => 1,
                            0xe0..=0xef => 2,
                            0xf0..=0xf7 => 3,
                            _ => 0,
                        };
                        for _ in 0..need {
                            if r.read(&mut b).unwrap_or(0) == 1 {
                                bytes.push(b[0]);
                            }
                        }
                        out.push_str(&String::from_utf8_lossy(&bytes));
                        count += 1;
                    }
                    _ => break,
                }
            }
            out
        }
    };
    Ok(cx.new_string(s))
}

fn f_readline(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let b = read_line_raw(cx, f)?;
    wrap_data(cx, f, b)
}

fn f_readlines(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let mut out = Vec::new();
    loop {
        let b = read_line_raw(cx, f)?;
        if b.is_empty() {
            break;
        }
        out.push(wrap_data(cx, f, b)?);
    }
    Ok(cx.new_list(out))
}

fn f_write(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "write", args, &[], 2)?;
    let f = this(cx, args)?;
    let data: &[u8] = if is_binary(f) {
        match crate::builtins::bytes::bytes_like(args[1]) {
            Some(b) => b,
            None => {
                let tn = type_name(cx, args[1]);
                return Err(cx.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        }
    } else {
        match str_of(args[1]) {
            Some(s) => s.as_bytes(),
            None => {
                let tn = type_name(cx, args[1]);
                return Err(cx.type_error(format!("write() argument must be str, not {tn}")));
            }
        }
    };
    let Some(w) = f.writer.as_mut() else {
        let c = cx.rt.types.os_error;
        return Err(cx.err(c, "not writable"));
    };
    if let Err(e) = w.write_all(data) {
        let n = str_of(f.name).unwrap_or("").to_string();
        return Err(io_error(cx, &e, &n));
    }
    let n = if is_binary(f) { data.len() } else { std::str::from_utf8(data).map_or(0, |s| s.chars().count()) };
    Ok(cx.new_int(n as i64))
}

fn f_writelines(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "writelines", args, &[], 2)?;
    let items = iter::collect(cx, args[1])?;
    for it in items {
        f_write(cx, &[args[0], it], &[])?;
    }
    Ok(Value::none())
}

fn f_flush(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    if let Some(w) = f.writer.as_mut() {
        let _ = w.flush();
    }
    Ok(Value::none())
}

fn close(f: &mut FileObj) {
    if let Some(mut w) = f.writer.take() {
        let _ = w.flush();
    }
    f.reader = None;
    f.closed = true;
}

fn f_close(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first().and_then(|v| v.downcast::<FileObj>(Kind::File)) {
        Some(f) => {
            close(f);
            Ok(Value::none())
        }
        None => Err(cx.type_error("descriptor 'close' requires a file object")),
    }
}

fn f_enter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args)?;
    Ok(args[0])
}

fn f_exit(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    f_close(cx, &args[..1.min(args.len())], kw)?;
    Ok(Value::false_())
}

fn f_iter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args)?;
    Ok(args[0])
}

fn f_next(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match file_next(cx, args[0])? {
        Some(v) => Ok(v),
        None => Err(cx.stop_iteration(Value::UNBOUND)),
    }
}

/// Attributes `name`, `mode`, `closed`.
pub fn file_attr(cx: &mut Ctx, v: Value, name: &str) -> Option<Value> {
    let f = v.obj::<FileObj>();
    match name {
        "name" => Some(f.name),
        "mode" => {
            let m = f.mode.to_string();
            Some(cx.new_string(m))
        }
        "closed" => Some(Value::bool(f.closed)),
        "encoding" => Some(cx.new_str("UTF-8")),
        _ => None,
    }
}

pub fn install(cx: &mut Ctx) {
    let c = cx.rt.types.file;
    def_method(cx, c, "read", f_read);
    def_method(cx, c, "readline", f_readline);
    def_method(cx, c, "readlines", f_readlines);
    def_method(cx, c, "write", f_write);
    def_method(cx, c, "writelines", f_writelines);
    def_method(cx, c, "flush", f_flush);
    def_method(cx, c, "close", f_close);
    def_method(cx, c, "__enter__", f_enter);
    def_method(cx, c, "__exit__", f_exit);
    def_method(cx, c, "__iter__", f_iter);
    def_method(cx, c, "__next__", f_next);
}
