//! Buffered stdout/stderr. A broken pipe ends output quietly (like CPython with
//! SIGPIPE's default disposition for `prog | head`).
use std::io::{IsTerminal, Write};

pub struct Output {
    buf: Vec<u8>,
    is_err: bool,
    /// Line-buffered (a terminal): flush after each newline.
    line: bool,
    /// Unbuffered (`-u`): flush after every write.
    unbuf: bool,
    /// The reader went away: drop further output.
    pub broken: bool,
    /// Discard everything (the fuzz harness).
    sink: bool,
}

const CAP: usize = 1 << 16;

/// `-u` / `PYTHONUNBUFFERED`: every write reaches the fd at once (CPython's
/// unbuffered binary layer with write_through text streams).
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Make stdout/stderr created from now on unbuffered (`-u`).
pub fn set_unbuffered() {
    UNBUFFERED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `-u` given, or `PYTHONUNBUFFERED` set to a non-empty string (as CPython).
fn unbuffered() -> bool {
    UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed)
        || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty())
}

impl Output {
    pub fn stdout() -> Output {
        Output {
            buf: Vec::with_capacity(CAP),
            is_err: false,
            line: std::io::stdout().is_terminal(),
            unbuf: unbuffered(),
            broken: false,
            sink: false,
        }
    }
    pub fn stderr() -> Output {
        Output { buf: Vec::new(), is_err: true, line: true, unbuf: unbuffered(), broken: false, sink: false }
    }
    /// An output that drops everything written to it (fuzzing).
    pub fn sink() -> Output {
        Output { buf: Vec::new(), is_err: false, line: false, unbuf: false, broken: false, sink: true }
    }

    #[inline]
    pub fn write_str(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    pub fn write_bytes(&mut self, b: &[u8]) {
        if self.broken {
            return;
        }
        self.buf.extend_from_slice(b);
        if self.unbuf || self.buf.len() >= CAP || (self.line && b.contains(&b'\n')) {
            self.flush();
        }
    }

    /// Write everything buffered. Errors (EPIPE) mark the stream broken.
    pub fn flush(&mut self) {
        if self.buf.is_empty() || self.broken || self.sink {
            self.buf.clear();
            return;
        }
        let r = if self.is_err {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.buf).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.buf).and_then(|_| o.flush())
        };
        self.buf.clear();
        if let Err(e) = r {
            self.broken = true;
            if !self.is_err && e.kind() == std::io::ErrorKind::BrokenPipe {
                // The reader went away (`prog | head`): end quietly (SystemExit
                // at the next safepoint: files still get flushed) instead of
                // looping on lost output.
                if !crate::vm::ctx::signals::request_quiet_exit() {
                    std::process::exit(0);
                }
            }
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
