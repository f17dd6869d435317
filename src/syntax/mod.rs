//! Front end: lexer, parser and AST (CPython 3.11 compatible).
//!
//! * [`parse_module`] parses a file (`exec` mode) into an [`ast::Module`];
//!   [`parse_module_str`] is the same for `exec()`/`compile()` of a string
//!   (only error columns differ).
//! * [`parse_expression`] parses `eval` input into an [`ast::Expr`].
//! * [`dump`] renders a module exactly like CPython's `ast.dump(ast.parse(src))`.
//! * Errors are [`SyntaxError`]s; [`SyntaxError::render`] gives the text
//!   CPython prints for an uncaught syntax error in a file.
//!
//! Besides grammar errors, [`parse_module`] also reports the context errors
//! CPython's symtable/compiler raise (`'return' outside function`,
//! `'break' outside loop`, `'await' outside function`, duplicate arguments,
//! `global`/`nonlocal` rules, starred-target rules, ...), see [`check`];
//! [`parse_module_unchecked`] skips them.
//!
//! Error messages and locations follow CPython 3.11 closely, including its
//! second-pass `invalid_*` rules (emulated by re-parsing the failing
//! statement leniently) and tokenizer-error priorities.
//!
//! Known differences from CPython 3.11:
//! * `Constant.kind` (`'u'` for `u"..."` strings) is not represented;
//! * lone surrogates in string literals (`"\ud800"`) become U+FFFD;
//! * identifiers are NFKC-normalized only for common compatibility
//!   characters (fullwidth ASCII, micro sign, ...); XID classes are
//!   approximated with `char::is_alphabetic`/`is_alphanumeric`;
//! * only UTF-8 sources (coding cookies are honored only for error columns);
//! * the parser emits no warnings (the tokenizer's `1if` SyntaxWarnings,
//!   f-string fields' included, are returned in `Module::warnings`; `is`
//!   with a literal is the compiler's); type comments are ignored;
//! * a few exotic error locations (memoization-dependent second-pass
//!   messages, a BOM on the error line, continuation-character errors right
//!   after a multi-line string).

pub mod ast;
pub mod check;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod unicode_names;
pub mod width;

pub use error::SyntaxError;

/// Parse a module read from a file (`python3.11 file.py`).  `source` may
/// start with a UTF-8 BOM and use `\r\n` line endings.  Error columns follow
/// CPython's file input (byte based unless a coding cookie is present).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_module_mode(source, filename, false)
}

/// Parse a module given as a string (`exec(src)`, `compile(src, f, 'exec')`):
/// same AST, error columns as CPython reports them for string input
/// (character based).
pub fn parse_module_str(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_module_mode(source, filename, true)
}

fn parse_module_mode(source: &str, filename: &str, string_input: bool) -> Result<ast::Module, SyntaxError> {
    let src = lexer::normalize_source(source);
    if let Some(e) = null_byte_error(&src, filename) {
        return Err(e);
    }
    let mut p = if string_input { parser::Parser::new_string(&src) } else { parser::Parser::new(&src) };
    match p.parse_file() {
        Ok(m) => {
            if let Some(e) = check::check_module(&m) {
                let mut err = SyntaxError::at_span(e.msg, filename, &src, e.span).with_kind(e.kind);
                if string_input {
                    // CPython's compiler cannot re-read the source line of
                    // a string (text is None); offsets stay byte based.
                    err.text = String::new();
                }
                return Err(err);
            }
            Ok(m)
        }
        Err(e) => {
            let fe = p.finish_error(e);
            Err(final_to_error(fe, filename, &src, string_input))
        }
    }
}

/// Parse only, without the symtable/compiler context checks.
pub fn parse_module_unchecked(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = lexer::normalize_source(source);
    if let Some(e) = null_byte_error(&src, filename) {
        return Err(e);
    }
    let mut p = parser::Parser::new(&src);
    match p.parse_file() {
        Ok(m) => Ok(m),
        Err(e) => {
            let fe = p.finish_error(e);
            Err(final_to_error(fe, filename, &src, false))
        }
    }
}

/// Parse `eval` input (`expressions NEWLINE* ENDMARKER`).  Leading spaces
/// and tabs are stripped like the `eval()` builtin does.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let trimmed = source.trim_start_matches([' ', '\t']);
    let src = lexer::normalize_source(trimmed);
    if let Some(e) = null_byte_error(&src, filename) {
        return Err(e);
    }
    let mut p = parser::Parser::new_string(&src);
    match p.parse_eval() {
        Ok(e) => Ok(e),
        Err(e) => {
            let fe = p.finish_error(e);
            Err(final_to_error(fe, filename, &src, true))
        }
    }
}

/// `ast.dump(ast.parse(src))` of a module.
pub fn dump(m: &ast::Module) -> String {
    dump::dump_module(m)
}

/// `ast.dump()` of a single expression.
pub fn dump_expr(e: &ast::Expr) -> String {
    dump::dump_expr(e)
}

impl SyntaxError {
    fn with_kind(mut self, kind: &str) -> SyntaxError {
        self.kind = kind.to_string();
        self
    }
}

/// CPython names the line holding the first NUL and shows it up to the NUL
/// (no caret).
fn null_byte_error(src: &str, filename: &str) -> Option<SyntaxError> {
    // `contains` on bytes is memchr (a word at a time); every module's
    // source passes here, and almost none has a null byte.
    if !src.as_bytes().contains(&0) {
        return None;
    }
    let at = src.as_bytes().iter().position(|&b| b == 0)?;
    let before = &src[..at];
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    Some(SyntaxError {
        kind: "SyntaxError".to_string(),
        msg: "source code cannot contain null bytes".to_string(),
        filename: filename.to_string(),
        lineno: before.matches('\n').count() as u32 + 1,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: format!("{}\n", &before[start..]),
    })
}

/// Does the source declare an encoding (`# -*- coding: ... -*-`) on one of
/// its first two lines?  CPython then reports parser error columns in
/// characters instead of bytes.
fn has_coding_cookie(src: &str) -> bool {
    for (i, line) in src.split('\n').enumerate() {
        if i >= 2 {
            break;
        }
        let l = line.trim_start_matches([' ', '\t', '\x0c']);
        if let Some(rest) = l.strip_prefix('#') {
            if let Some(k) = rest.find("coding") {
                let after = &rest.as_bytes()[k + 6..];
                if !after.is_empty() && (after[0] == b':' || after[0] == b'=') {
                    return true;
                }
            }
        } else if !l.is_empty() {
            break;
        }
    }
    false
}

fn byte_to_char_offset(text: &str, col: u32) -> u32 {
    let b = text.as_bytes();
    let len = b.len();
    let c = (col as usize).min(len + 1);
    let within = c.min(len);
    let mut n = b[..within].iter().filter(|&&x| (x & 0xC0) != 0x80).count() as u32;
    if c > len {
        n += 1;
    }
    n
}

fn final_to_error(fe: parser::FinalErr, filename: &str, src: &str, string_input: bool) -> SyntaxError {
    let text = match fe.text {
        Some(t) => t,
        None => error::source_line(src, fe.lineno),
    };
    let (mut offset, mut end_offset) = (fe.offset, fe.end_offset);
    if !fe.chars && (string_input || has_coding_cookie(src)) {
        // CPython converts both offsets with the text of `lineno`; for
        // string input that line lacks its newline unless it is the line
        // the tokenizer is on.
        let conv: &str = if string_input && fe.lineno < fe.fill_line { text.strip_suffix('\n').unwrap_or(&text) } else { &text };
        offset = byte_to_char_offset(conv, offset);
        if end_offset > 0 {
            end_offset = byte_to_char_offset(conv, end_offset);
        }
    }
    SyntaxError {
        kind: fe.kind,
        msg: fe.msg,
        filename: filename.to_string(),
        lineno: fe.lineno,
        offset,
        end_lineno: fe.end_lineno,
        end_offset,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(src: &str) -> String {
        match parse_module(src, "<test>") {
            Ok(m) => dump(&m),
            Err(e) => panic!("{}", e.render()),
        }
    }

    #[test]
    fn simple_dumps() {
        assert_eq!(
            d("x = 1\n"),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
        );
        assert_eq!(
            d("-2**2"),
            "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"
        );
    }

    #[test]
    fn float_reprs() {
        use dump::float_repr;
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(12345678901234567.0), "1.2345678901234568e+16");
        assert_eq!(float_repr(2.5), "2.5");
        assert_eq!(float_repr(100.0), "100.0");
    }

    #[test]
    fn error_render() {
        let e = parse_module("x = (1 +\n\ny=2\n", "x.py").unwrap_err();
        assert_eq!(
            e.render(),
            "  File \"x.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"
        );
    }
}
