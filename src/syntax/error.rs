//! Syntax errors, rendered exactly like CPython 3.11 prints an uncaught
//! `SyntaxError` raised while compiling a file.

/// A syntax error.  Offsets are CPython's: `offset`/`end_offset` 1-based
/// columns (0 = unknown), `text` the offending source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: String,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line (may include the trailing newline); empty = none.
    pub text: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Like str(SyntaxError): "msg (file, line N)"
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

impl SyntaxError {
    /// Build an error located at 1-based `offset`..`end_offset` of line
    /// `lineno` of `source` (offsets as CPython stores them).
    pub fn new(
        kind: &str,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind: kind.to_string(),
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: source_line(source, lineno),
        }
    }

    /// Build an error for a compiler-detected problem at an AST span
    /// (0-based byte columns, like CPython's `compiler_error`).
    pub fn at_span(msg: impl Into<String>, filename: &str, source: &str, span: crate::syntax::ast::Span) -> SyntaxError {
        SyntaxError::new(
            "SyntaxError",
            msg,
            filename,
            source,
            span.lineno,
            span.col + 1,
            span.end_lineno,
            span.end_col + 1,
        )
    }

    /// The text CPython 3.11 writes to stderr for this uncaught error
    /// (the `File` line, source line, caret line and message).
    pub fn render(&self) -> String {
        if self.kind == "MemoryError" {
            // CPython's parser stack overflow: no location is printed.
            return if self.msg.is_empty() { "MemoryError\n".to_string() } else { format!("MemoryError: {}\n", self.msg) };
        }
        let mut out = String::new();
        out.push_str("  File \"");
        out.push_str(&self.filename);
        out.push_str("\", line ");
        out.push_str(&self.lineno.to_string());
        out.push('\n');
        if !self.text.is_empty() {
            let text = self.text.as_bytes();
            let line_size = text.len() as i64;
            let mut offset = self.offset as i64;
            let mut end_offset: i64 = if self.kind == "SyntaxError" {
                if self.end_offset == 0 {
                    -1
                } else {
                    self.end_offset as i64
                }
            } else {
                -1
            };
            if self.kind == "SyntaxError" && self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            let reps = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
            offset -= 1;
            let mut start = 0usize;
            while start < text.len() && (text[start] == b' ' || text[start] == b'\t' || text[start] == 0x0c) {
                start += 1;
                offset -= 1;
            }
            let mut t = &text[start..];
            let mut len = t.len() as i64;
            if len > 0 && t[t.len() - 1] == b'\n' {
                len -= 1;
            }
            if offset > len {
                offset = len;
            }
            // skip past embedded newlines
            loop {
                match t.iter().position(|&c| c == b'\n') {
                    None => break,
                    Some(inl) => {
                        let inl = inl as i64;
                        if inl >= offset {
                            break;
                        }
                        let skip = (inl + 1) as usize;
                        t = &t[skip..];
                        len -= inl + 1;
                        offset -= inl + 1;
                    }
                }
            }
            out.push_str("    ");
            out.push_str(&String::from_utf8_lossy(t));
            if len < 0 || (len as usize) >= t.len() || t[len as usize] != b'\n' {
                out.push('\n');
            }
            if offset >= 0 {
                out.push_str("    ");
                for _ in 0..offset {
                    out.push(' ');
                }
                for _ in 0..reps.max(1) {
                    out.push('^');
                }
                out.push('\n');
            }
        }
        out.push_str(&self.kind);
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

/// Line `lineno` (1-based) of `source` including its trailing newline, or
/// "" if out of range.
pub fn source_line(source: &str, lineno: u32) -> String {
    if lineno == 0 {
        return String::new();
    }
    let mut n = 1u32;
    let b = source.as_bytes();
    let mut start = 0usize;
    while n < lineno {
        match b[start..].iter().position(|&c| c == b'\n') {
            Some(i) => {
                start += i + 1;
                n += 1;
            }
            None => return String::new(),
        }
    }
    if start >= b.len() {
        return String::new();
    }
    let end = match b[start..].iter().position(|&c| c == b'\n') {
        Some(i) => start + i + 1,
        None => b.len(),
    };
    source[start..end].to_string()
}
