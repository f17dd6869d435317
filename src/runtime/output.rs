//! Buffered stdout/stderr. A broken pipe ends output quietly (like CPython with
//! SIGPIPE's default disposition for `prog | head`).
use std::io::{IsTerminal, Write};

pub struct Output {
    buf: Vec<u8>,
    is_err: bool,
    /// Line-buffered (a terminal): flush after each newline.
    line: bool,
    /// The reader went away: drop further output.
    pub broken: bool,
    /// Discard everything (the fuzz harness).
    sink: bool,
}

const CAP: usize = 1 << 16;

impl Output {
    pub fn stdout() -> Output {
        Output {
            buf: Vec::with_capacity(CAP),
            is_err: false,
            line: std::io::stdout().is_terminal(),
            broken: false,
            sink: false,
        }
    }
    pub fn stderr() -> Output {
        Output { buf: Vec::new(), is_err: true, line: true, broken: false, sink: false }
    }
    /// An output that drops everything written to it (fuzzing).
    pub fn sink() -> Output {
        Output { buf: Vec::new(), is_err: false, line: false, broken: false, sink: true }
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
        if self.buf.len() >= CAP || (self.line && b.contains(&b'\n')) {
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
