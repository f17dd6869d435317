//! File objects (`open()`), text and binary: read/readline/readlines/iteration,
//! write, seek/tell/truncate, close, context manager. One buffer per file, as
//! CPython's BufferedRandom keeps it, so reads, writes and seeks mix. Files
//! flush and close when closed, collected, or at exit (the heap drops every
//! object, unless no file is alive: `live_files`).
use super::*;
use crate::heap::{Heap, ObjHeader, Trace};
use std::io::{BufRead, Read, Seek, SeekFrom, Write};
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
        close(self);
        LIVE_FILES.fetch_sub(1, Ordering::Relaxed);
    }
}

#[repr(C)]
pub struct FileObj {
    pub h: ObjHeader,
    /// The path given to open(), or the file descriptor (an int).
    pub name: Value,
    pub mode: Box<str>,
    /// None once closed.
    pub io: Option<Stream>,
    pub readable: bool,
    pub writable: bool,
    /// Close the descriptor with the file (open()'s `closefd`).
    pub closefd: bool,
    /// open() got a `newline` other than None: reads keep '\r\n' (no translation to '\n').
    pub newline_raw: bool,
}

/// Buffer size: CPython's io.DEFAULT_BUFFER_SIZE.
const BUF: usize = 8192;

/// A file with one buffer: read-ahead bytes not yet consumed (`rbuf[rpos..]`)
/// or written bytes not yet flushed (`wbuf`), never both at once. The OS
/// offset is at `rbuf`'s end or `wbuf`'s start; the logical position is
/// what `tell` computes from it.
pub struct Stream {
    file: std::fs::File,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl Stream {
    fn new(file: std::fs::File) -> Stream {
        Stream { file, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }
    }

    /// Give the read-ahead back: the OS offset moves to the logical position.
    fn unread(&mut self) -> std::io::Result<()> {
        let n = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if n > 0 {
            self.file.seek(SeekFrom::Current(-(n as i64)))?;
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let r = self.file.write_all(&self.wbuf);
        self.wbuf.clear();
        r
    }

    /// Before a write or truncate: where the file's position is. Binary files
    /// are at the logical position, as CPython's BufferedRandom rewinds; text
    /// files are past the chunk read ahead, as CPython's TextIOWrapper drops
    /// its decoded chunk without rewinding (`r+`: readline, write appends).
    fn text_sync(&mut self, text: bool) -> std::io::Result<()> {
        if text {
            self.rbuf.clear();
            self.rpos = 0;
            Ok(())
        } else {
            self.unread()
        }
    }

    fn write(&mut self, data: &[u8], text: bool) -> std::io::Result<()> {
        self.text_sync(text)?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= BUF {
            self.flush()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush()?;
        Ok(self.file.stream_position()? - (self.rbuf.len() - self.rpos) as u64)
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        self.unread()?;
        self.file.seek(to)
    }

    /// Everything up to the end of the file.
    fn read_all(&mut self, out: &mut Vec<u8>) -> std::io::Result<()> {
        self.flush()?;
        out.extend_from_slice(&self.rbuf[self.rpos..]);
        self.rbuf.clear();
        self.rpos = 0;
        self.file.read_to_end(out).map(drop)
    }
}

impl Read for Stream {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Stream {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.rpos == self.rbuf.len() {
            self.flush()?;
            self.rbuf.resize(BUF, 0);
            self.rpos = 0;
            match self.file.read(&mut self.rbuf) {
                Ok(n) => self.rbuf.truncate(n),
                Err(e) => {
                    self.rbuf.clear();
                    return Err(e);
                }
            }
        }
        Ok(&self.rbuf[self.rpos..])
    }

    fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
    }
}

impl Trace for FileObj {
    fn trace(&self, m: &mut Heap) {
        m.mark(self.name);
    }
}

/// OSError subclass + message for an io error (CPython's `[Errno N] msg: 'path'`).
pub fn io_error(cx: &mut Ctx, e: &std::io::Error, path: &str) -> crate::Exc {
    io_error2(cx, e, path, None)
}

/// An io error naming a second path too (`[Errno N] msg: 'a' -> 'b'`, as
/// os.rename's): the subclass comes from the errno, as `OSError(errno, ...)`.
pub fn io_error2(cx: &mut Ctx, e: &std::io::Error, path: &str, path2: Option<&str>) -> crate::Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = strerror(e);
    let mut args = vec![cx.new_int(errno as i64), cx.new_string(msg), cx.new_str(path)];
    if let Some(p2) = path2 {
        args.push(Value::none());
        args.push(cx.new_str(p2));
    }
    let cls = exc::os_error_subclass(cx, cx.rt.types.os_error, &args);
    let exc = new_exception(cx, cls, args);
    cx.raise(exc)
}

/// OSError(errno, message) for an io error that names no file (a bad
/// descriptor, an ioctl): `[Errno N] msg`.
#[cold]
pub(crate) fn os_error_noname(cx: &mut Ctx, e: &std::io::Error) -> crate::Exc {
    let errno = cx.new_int(e.raw_os_error().unwrap_or(0) as i64);
    let msg = cx.new_string(strerror(e));
    let cls = cx.rt.types.os_error;
    let exc = new_exception(cx, cls, vec![errno, msg]);
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

/// `open(path, mode)`.
pub fn open(cx: &mut Ctx, path: &str, mode: &str) -> PyResult<Value> {
    let parsed = parse_mode(cx, mode)?;
    let (read, _, plus, m) = parsed;
    let mut o = std::fs::OpenOptions::new();
    o.read(read);
    match m {
        'w' => o.write(true).create(true).truncate(true),
        'a' => o.append(true).create(true),
        'x' => o.write(true).create_new(true),
        _ => o.write(plus),
    };
    if std::path::Path::new(path).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(io_error(cx, &e, path));
    }
    let f = match o.open(path) {
        Ok(f) => f,
        Err(e) => return Err(io_error(cx, &e, path)),
    };
    let name = cx.new_str(path);
    new_file(cx, f, name, mode, parsed, true)
}

/// `open(fd, mode, closefd=...)` on a descriptor the program already has.
pub fn open_fd(cx: &mut Ctx, fd: i64, mode: &str, closefd: bool) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let parsed = parse_mode(cx, mode)?;
    extern "C" {
        fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    }
    const F_GETFD: i32 = 1;
    // SAFETY: F_GETFD only reads the descriptor's flags; -1 for a bad one.
    if fd < 0 || fd > i32::MAX as i64 || unsafe { fcntl(fd as i32, F_GETFD) } < 0 {
        return Err(os_error_noname(cx, &std::io::Error::from_raw_os_error(9)));
    }
    // SAFETY: `fd` is an open descriptor (checked above); the file owns it
    // unless closefd=False, when `close` releases it without closing.
    let f = unsafe { std::fs::File::from_raw_fd(fd as i32) };
    let name = cx.new_int(fd);
    new_file(cx, f, name, mode, parsed, closefd)
}

/// (readable, writable, '+', the main mode letter) of a mode string, with
/// CPython's ValueErrors.
fn parse_mode(cx: &mut Ctx, mode: &str) -> PyResult<Mode> {
    let mut main = None;
    let mut seen = String::new();
    let (mut plus, mut text, mut binary, mut mains) = (false, false, false, 0);
    for c in mode.chars() {
        if seen.contains(c) || !"rwaxtb+".contains(c) {
            return Err(cx.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            '+' => plus = true,
            't' => text = true,
            'b' => binary = true,
            _ => {
                main = Some(c);
                mains += 1;
            }
        }
    }
    if text && binary {
        return Err(cx.value_error("can't have text and binary mode at once"));
    }
    if mains > 1 {
        return Err(cx.value_error("must have exactly one of create/read/write/append mode"));
    }
    let Some(m) = main else {
        return Err(cx.value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    };
    Ok((m == 'r' || plus, m != 'r' || plus, plus, m))
}

/// `parse_mode`'s result: (readable, writable, '+', the main mode letter).
type Mode = (bool, bool, bool, char);

/// The file object for `f`, opened with `mode` (`parsed` is its `parse_mode`).
fn new_file(cx: &mut Ctx, f: std::fs::File, name: Value, mode: &str, parsed: Mode, closefd: bool) -> PyResult<Value> {
    let (readable, writable, _, main) = parsed;
    let mut io = Stream::new(f);
    if main == 'a' {
        // CPython seeks to the end on opening for append, so tell() starts there.
        let _ = io.file.seek(SeekFrom::End(0));
    }
    let cls = cx.rt.types.file;
    LIVE_FILES.fetch_add(1, Ordering::Relaxed);
    let h = ObjHeader::new(cls, Kind::File);
    Ok(cx.alloc_obj(FileObj { h, name, mode: mode.into(), io: Some(io), readable, writable, closefd, newline_raw: false }))
}

pub fn file_repr(v: Value) -> String {
    let f = v.obj::<FileObj>();
    let name = match str_of(f.name) {
        Some(s) => repr::str_repr(s),
        None => int_of(f.name).map_or_else(|| "?".into(), |i| i.to_string()),
    };
    if is_binary(f) {
        let kind = match (f.readable, f.writable) {
            (true, true) => "BufferedRandom",
            (true, false) => "BufferedReader",
            _ => "BufferedWriter",
        };
        return format!("<_io.{kind} name={name}>");
    }
    format!("<_io.TextIOWrapper name={name} mode='{}' encoding='UTF-8'>", f.mode)
}

fn this(cx: &mut Ctx, args: &[Value]) -> PyResult<&'static mut FileObj> {
    match args.first().and_then(|v| v.downcast::<FileObj>(Kind::File)) {
        Some(f) if f.io.is_some() => Ok(f),
        Some(_) => Err(cx.value_error("I/O operation on closed file.")),
        None => Err(cx.type_error("descriptor requires a file object")),
    }
}

/// The open file's stream (`this` checked it is open).
fn stream(f: &mut FileObj) -> &mut Stream {
    f.io.as_mut().expect("checked open")
}

/// io.UnsupportedOperation(msg), CPython's error for an operation the file's
/// mode does not allow.
#[cold]
fn unsupported(cx: &mut Ctx, msg: &str) -> crate::Exc {
    let cls = crate::vm::import_module(cx, "io", 0, Value::UNBOUND).and_then(|io| {
        let n = cx.intern("UnsupportedOperation");
        get_attr(cx, io, n)
    });
    match cls.ok().and_then(|c| c.downcast::<ClassObj>(Kind::Class).map(|c| c as *mut ClassObj)) {
        Some(c) => cx.err(c, msg),
        None => {
            let c = cx.rt.types.os_error;
            cx.err(c, msg)
        }
    }
}

fn os_err(cx: &mut Ctx, f: &FileObj, e: &std::io::Error) -> crate::Exc {
    let n = str_of(f.name).unwrap_or("").to_string();
    io_error(cx, e, &n)
}

fn reader<'a>(cx: &mut Ctx, f: &'a mut FileObj) -> PyResult<&'a mut Stream> {
    if !f.readable {
        return Err(unsupported(cx, if is_binary(f) { "read" } else { "not readable" }));
    }
    Ok(stream(f))
}

fn is_binary(f: &FileObj) -> bool {
    f.mode.contains('b')
}

/// A line/chunk as the file's element type (str, or bytes in binary mode).
fn wrap_data(cx: &mut Ctx, f: &FileObj, buf: Vec<u8>) -> PyResult<Value> {
    if is_binary(f) {
        return Ok(cx.new_bytes(buf));
    }
    let s = decode(cx, buf, f.newline_raw)?;
    Ok(cx.new_string(s))
}

/// One line, at most `limit` bytes (binary) or characters (text) if given.
fn read_line_raw(cx: &mut Ctx, f: &mut FileObj, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let binary = is_binary(f);
    let r = reader(cx, f)?;
    let mut buf = Vec::new();
    let res = match limit {
        None => r.read_until(b'\n', &mut buf).map(drop),
        Some(n) => read_line_limited(r, &mut buf, n, binary),
    };
    match res {
        Ok(()) => Ok(buf),
        Err(e) => Err(os_err(cx, f, &e)),
    }
}

fn read_line_limited(r: &mut Stream, buf: &mut Vec<u8>, n: usize, binary: bool) -> std::io::Result<()> {
    let mut count = 0;
    while count < n {
        let Some(b) = read_char(r, buf, binary)? else { break };
        count += 1;
        if b == b'\n' {
            break;
        }
    }
    Ok(())
}

/// Append one byte (binary) or one UTF-8 character (text) to `buf`; its
/// first byte, or None at the end of the file.
fn read_char(r: &mut Stream, buf: &mut Vec<u8>, binary: bool) -> std::io::Result<Option<u8>> {
    let mut b = [0u8; 1];
    if r.read(&mut b)? == 0 {
        return Ok(None);
    }
    let first = b[0];
    buf.push(first);
    let need = match first {
        _ if binary => 0,
        0xc0..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf7 => 3,
        _ => 0,
    };
    for _ in 0..need {
        if r.read(&mut b)? == 1 {
            buf.push(b[0]);
        }
    }
    Ok(Some(first))
}

/// Up to `n` UTF-8 characters (text `read(n)`), fewer at the end of the file.
fn read_chars(r: &mut Stream, buf: &mut Vec<u8>, n: usize) -> std::io::Result<()> {
    for _ in 0..n {
        if read_char(r, buf, false)?.is_none() {
            break;
        }
    }
    Ok(())
}

/// UTF-8 text; '\r\n' read as '\n' unless `raw` (`FileObj::newline_raw`).
fn decode(cx: &mut Ctx, buf: Vec<u8>, raw: bool) -> PyResult<String> {
    match String::from_utf8(buf) {
        Ok(s) => Ok(if !raw && s.contains('\r') { s.replace("\r\n", "\n") } else { s }),
        Err(_) => Err(cx.unicode_error("'utf-8' codec can't decode bytes")),
    }
}

/// Iteration over lines.
pub fn file_next(cx: &mut Ctx, v: Value) -> PyResult<Option<Value>> {
    let f = this(cx, &[v])?;
    let line = read_line_raw(cx, f, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    wrap_data(cx, f, line).map(Some)
}

/// A size argument (`read(n)`, `readline(n)`): None or negative = no limit.
fn size_arg(cx: &mut Ctx, args: &[Value], i: usize) -> PyResult<Option<usize>> {
    match args.get(i) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => match int_of(v) {
            Some(n) => Ok((n >= 0).then_some(n as usize)),
            None => {
                let t = type_name(cx, v);
                Err(cx.type_error(format!("argument should be integer or None, not '{t}'")))
            }
        },
    }
}

fn f_read(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let limit = size_arg(cx, args, 1)?;
    let binary = is_binary(f);
    let r = reader(cx, f)?;
    let mut buf = Vec::new();
    let res = match limit {
        None => r.read_all(&mut buf),
        Some(n) if binary => r.take(n as u64).read_to_end(&mut buf).map(drop),
        Some(n) => read_chars(r, &mut buf, n),
    };
    if let Err(e) = res {
        return Err(os_err(cx, f, &e));
    }
    wrap_data(cx, f, buf)
}

fn f_readline(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let limit = size_arg(cx, args, 1)?;
    let b = read_line_raw(cx, f, limit)?;
    wrap_data(cx, f, b)
}

fn f_readlines(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    let hint = size_arg(cx, args, 1)?.filter(|&n| n > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let b = read_line_raw(cx, f, None)?;
        if b.is_empty() {
            break;
        }
        total += b.len();
        out.push(wrap_data(cx, f, b)?);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
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
    if !f.writable {
        return Err(unsupported(cx, if is_binary(f) { "write" } else { "not writable" }));
    }
    let text = !is_binary(f);
    if let Err(e) = stream(f).write(data, text) {
        return Err(os_err(cx, f, &e));
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
    if let Err(e) = stream(f).flush() {
        return Err(os_err(cx, f, &e));
    }
    Ok(Value::none())
}

/// An int argument of seek/truncate (`__index__` as CPython takes it).
fn int_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    match int_of(v) {
        Some(i) => Ok(i),
        None => match index_value(cx, v)? {
            Some(i) => Ok(i),
            None => {
                let t = type_name(cx, v);
                Err(cx.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn f_seek(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_range(cx, "seek", args, &[], 2, 3)?;
    let f = this(cx, args)?;
    let pos = int_arg(cx, args[1])?;
    let whence = match args.get(2) {
        Some(&w) => int_arg(cx, w)?,
        None => 0,
    };
    let to = match whence {
        0 if pos < 0 && !is_binary(f) => return Err(cx.value_error(format!("negative seek position {pos}"))),
        0 if pos < 0 => return Err(os_err(cx, f, &std::io::Error::from_raw_os_error(22))),
        0 => SeekFrom::Start(pos as u64),
        1 if pos != 0 && !is_binary(f) => return Err(unsupported(cx, "can't do nonzero cur-relative seeks")),
        1 => SeekFrom::Current(pos),
        2 if pos != 0 && !is_binary(f) => return Err(unsupported(cx, "can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(pos),
        _ if is_binary(f) => return Err(cx.value_error(format!("whence value {whence} unsupported"))),
        _ => return Err(cx.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    match stream(f).seek(to) {
        Ok(p) => Ok(cx.new_int(p as i64)),
        Err(e) => Err(os_err(cx, f, &e)),
    }
}

fn f_tell(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "tell", args, &[], 1)?;
    let f = this(cx, args)?;
    match stream(f).tell() {
        Ok(p) => Ok(cx.new_int(p as i64)),
        Err(e) => Err(os_err(cx, f, &e)),
    }
}

fn f_truncate(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_range(cx, "truncate", args, &[], 1, 2)?;
    let f = this(cx, args)?;
    if !f.writable {
        return Err(unsupported(cx, "truncate"));
    }
    let size = match args.get(1) {
        Some(&v) if !v.is_none() => Some(int_arg(cx, v)?),
        _ => None,
    };
    let text = !is_binary(f);
    let s = stream(f);
    let res = s.text_sync(text).and_then(|()| s.tell()).and_then(|here| {
        let size = size.map_or(here, |n| n.max(0) as u64);
        s.file.set_len(size).map(|()| size)
    });
    match res {
        Ok(n) => Ok(cx.new_int(n as i64)),
        Err(e) => Err(os_err(cx, f, &e)),
    }
}

fn f_fileno(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(cx, args)?;
    let fd = stream(f).file.as_raw_fd();
    Ok(cx.new_int(fd as i64))
}

fn f_isatty(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::io::IsTerminal;
    let f = this(cx, args)?;
    Ok(Value::bool(stream(f).file.is_terminal()))
}

fn f_readable(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(this(cx, args)?.readable))
}

fn f_writable(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(this(cx, args)?.writable))
}

fn f_seekable(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = this(cx, args)?;
    Ok(Value::bool(stream(f).file.stream_position().is_ok()))
}

fn close(f: &mut FileObj) {
    if let Some(mut s) = f.io.take() {
        let _ = s.flush();
        if !f.closefd {
            use std::os::fd::IntoRawFd;
            // The descriptor stays open: the program still owns it.
            let _ = s.file.into_raw_fd();
        }
    }
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

/// Attributes `name`, `mode`, `closed`, `encoding`, `errors`.
pub fn file_attr(cx: &mut Ctx, v: Value, name: &str) -> Option<Value> {
    let f = v.obj::<FileObj>();
    match name {
        "name" => Some(f.name),
        "mode" => {
            let m = f.mode.to_string();
            Some(cx.new_string(m))
        }
        "closed" => Some(Value::bool(f.io.is_none())),
        "encoding" if !is_binary(f) => Some(cx.new_str("UTF-8")),
        "errors" if !is_binary(f) => Some(cx.new_str("strict")),
        _ => None,
    }
}

pub fn install(cx: &mut Ctx) {
    let c = cx.rt.types.file;
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("fileno", f_fileno),
        ("isatty", f_isatty),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("close", f_close),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
    ];
    for &(name, f) in methods {
        def_method(cx, c, name, f);
    }
}
