//! Exception objects, `except` matching, tracebacks (CPython's text), builtin
//! module registry lookup.
use super::*;

/// A new exception instance of `cls` with `args` (no `__init__` runs).
pub fn new_exception(cx: &mut Ctx, cls: *mut ClassObj, args: Vec<Value>) -> Value {
    let a = cx.new_tuple(args);
    let e = cx.alloc_obj(ExceptionObj::new(cls, a));
    os_error_fields(cx, e);
    e
}

/// The class `OSError(errno, ...)` makes: CPython maps the errno to a subclass
/// (`OSError(2, 'x')` is a FileNotFoundError), for OSError itself only.
pub fn os_error_subclass(cx: &Ctx, cls: *mut ClassObj, args: &[Value]) -> *mut ClassObj {
    let t = &cx.rt.types;
    if cls != t.os_error || !(2..=5).contains(&args.len()) {
        return cls;
    }
    // Linux's errno values (errno.h), as CPython's errnomap.
    match int_of(args[0]) {
        Some(11 | 114 | 115) => t.blocking_io_error,
        Some(10) => t.child_process_error,
        Some(32 | 108) => t.broken_pipe_error,
        Some(103) => t.connection_aborted_error,
        Some(111) => t.connection_refused_error,
        Some(104) => t.connection_reset_error,
        Some(17) => t.file_exists_error,
        Some(2) => t.file_not_found_error,
        Some(21) => t.is_a_directory_error,
        Some(20) => t.not_a_directory_error,
        Some(4) => t.interrupted_error,
        Some(1 | 13) => t.permission_error,
        Some(3) => t.process_lookup_error,
        Some(110) => t.timeout_error,
        _ => cls,
    }
}

/// An OSError's fields from its arguments, as CPython's OSError.__init__: with
/// 2 to 5 arguments, `errno`, `strerror`, `filename` (the 3rd) and `filename2`
/// (the 5th) are set, and a filename drops all but the first two from `args`.
pub fn os_error_fields(cx: &mut Ctx, v: Value) {
    let e = v.obj::<ExceptionObj>();
    if !issubclass(e.h.class, cx.rt.types.os_error) {
        return;
    }
    let args = tuple_items(e.args).unwrap_or(&[]).to_vec();
    if !(2..=5).contains(&args.len()) {
        return;
    }
    let d = attr::instance_dict(cx, v).expect("exceptions have a dict");
    types::dict_set_str(cx, d, "errno", args[0]);
    types::dict_set_str(cx, d, "strerror", args[1]);
    let filename = args.get(2).copied().filter(|f| !f.is_none());
    if let Some(f) = filename {
        types::dict_set_str(cx, d, "filename", f);
        if let Some(&f2) = args.get(4).filter(|f| !f.is_none()) {
            types::dict_set_str(cx, d, "filename2", f2);
        }
        e.args = cx.new_tuple(args[..2].to_vec());
    }
}

/// Turn a `raise` operand into an exception instance (classes are instantiated).
pub fn make_exception(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if v.is_kind(Kind::Exception) {
        return Ok(v);
    }
    if let Some(c) = class_of_value(v) {
        if issubclass(c, cx.rt.types.base_exception) {
            let e = call(cx, v, &[], &[])?;
            if e.is_kind(Kind::Exception) {
                return Ok(e);
            }
            let tn = type_name(cx, e);
            return Err(cx.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {tn}",
                repr::class_repr(c)
            )));
        }
    }
    Err(cx.type_error("exceptions must derive from BaseException"))
}

/// `except ty:` matching: ty is a class or a tuple of classes.
pub fn exc_matches(cx: &mut Ctx, exc: Value, ty: Value) -> PyResult<bool> {
    if let Some(items) = tuple_items(ty) {
        for &t in items {
            if exc_matches(cx, exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match class_of_value(ty) {
        Some(c) if issubclass(c, cx.rt.types.base_exception) => Ok(isinstance(cx, exc, c)),
        _ => Err(cx.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// Source line `line` of a file as read (cached; no line end, indentation kept).
pub fn source_line(cx: &mut Ctx, file: &str, line: u32) -> Option<String> {
    if !cx.rt.source_cache.contains_key(file) {
        let lines = std::fs::read_to_string(file).ok().map(|s| split_lines(&s));
        cx.rt.source_cache.insert(file.to_string(), lines);
    }
    let lines = cx.rt.source_cache.get(file)?.as_ref()?;
    lines.get((line as usize).checked_sub(1)?).cloned()
}

/// Lines as Python's text mode reads them (universal newlines), without their ends.
fn split_lines(s: &str) -> Vec<String> {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        let b = rest.as_bytes();
        let skip = if b.get(end) == Some(&b'\r') && b.get(end + 1) == Some(&b'\n') { 2 } else { 1 };
        rest = rest.get(end + skip..).unwrap_or("");
    }
    out
}

/// Register source text for a file name (e.g. `-c` code or the REPL), for tracebacks.
pub fn cache_source(cx: &mut Ctx, file: &str, text: &str) {
    cx.rt.source_cache.insert(file.to_string(), Some(split_lines(text)));
}

/// The last line of a traceback: `Type: message` (or `Type`).
pub fn exception_summary(cx: &mut Ctx, exc: Value) -> String {
    let cls = type_of(cx, exc);
    let mut name = repr::class_fullname(cls);
    if let Some(rest) = name.strip_prefix("__main__.") {
        name = rest.to_string();
    }
    let msg = match str_string(cx, exc) {
        Ok(s) => s,
        Err(_) => {
            cx.exc = Value::UNBOUND;
            "<exception str() failed>".to_string()
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// CPython's traceback text for an uncaught exception (with chained causes/contexts).
pub fn print_exception(cx: &mut Ctx, exc: Value) -> String {
    format_exception(cx, exc, true)
}

/// The traceback text of `exc`; `chain`: preceded by its causes/contexts.
pub fn format_exception(cx: &mut Ctx, exc: Value, chain: bool) -> String {
    format_chunks(cx, exc, TbOptions { chain, limit: None, suggest: true }).concat()
}

/// How a traceback is formatted: the interpreter's printer, or the
/// `traceback` module's (which takes a limit and, in 3.11, makes no
/// "Did you mean" suggestions).
#[derive(Clone, Copy)]
pub struct TbOptions {
    /// Causes and contexts first.
    pub chain: bool,
    /// Frames per traceback: the first n, or the last -n (traceback.py's limit).
    pub limit: Option<i64>,
    pub suggest: bool,
}

/// The traceback as the `traceback` module's list: one item per header,
/// frame, chain message and final line.
pub fn format_chunks(cx: &mut Ctx, exc: Value, opts: TbOptions) -> Vec<String> {
    let mut p = PrintCtx { depth: 0, need_close: false, seen: Vec::new(), opts, out: Vec::new() };
    if opts.chain {
        format_chain(cx, exc, &mut p);
    } else {
        format_one(cx, exc, &mut p);
    }
    p.out
}

/// `traceback.format_exception_only`: the final lines (a SyntaxError's
/// location lines, `Type: message`, the notes).
pub fn format_only_chunks(cx: &mut Ctx, exc: Value) -> Vec<String> {
    summary_lines(cx, exc, false)
}

/// Exception groups print as nested boxes (CPython's `_ExceptionPrintContext`).
struct PrintCtx {
    /// Group nesting: each level indents by 2 and prefixes a margin character.
    depth: usize,
    /// The last member of a group still needs the box's closing line.
    need_close: bool,
    /// Exceptions already printed (chains and groups may share them).
    seen: Vec<Value>,
    opts: TbOptions,
    out: Vec<String>,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// One item: `text` with every line prefixed by the indent and `margin` inside a group.
    fn emit(&mut self, text: &str, margin: char) {
        if self.depth == 0 {
            self.out.push(text.to_string());
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        let mut t = String::new();
        for line in text.split_inclusive('\n') {
            t.push_str(&prefix);
            t.push_str(line);
        }
        self.out.push(t);
    }

    fn emit_all(&mut self, items: &[String], margin: char) {
        for t in items {
            self.emit(t, margin);
        }
    }
}

fn format_chain(cx: &mut Ctx, exc: Value, p: &mut PrintCtx) {
    p.seen.push(exc);
    if let Some(e) = exc.downcast::<ExceptionObj>(Kind::Exception) {
        let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
        if cause.is_kind(Kind::Exception) && !p.seen.contains(&cause) {
            format_chain(cx, cause, p);
            p.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if !suppress && context.is_kind(Kind::Exception) && !p.seen.contains(&context) {
            format_chain(cx, context, p);
            p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
    format_one(cx, exc, p);
}

/// One exception (a group with its members, each with its chain if chaining).
fn format_one(cx: &mut Ctx, exc: Value, p: &mut PrintCtx) {
    let frames = frames_text(cx, exc, p.opts.limit);
    let summary = summary_lines(cx, exc, p.opts.suggest);
    let Some(members) = crate::builtins::excgroup::members(cx, exc) else {
        if !frames.is_empty() {
            p.emit("Traceback (most recent call last):\n", '|');
            p.emit_all(&frames, '|');
        }
        p.emit_all(&summary, '|');
        return;
    };
    if p.depth > MAX_GROUP_DEPTH {
        p.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let toplevel = p.depth == 0;
    if toplevel {
        p.depth += 1;
    }
    if !frames.is_empty() {
        p.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
        p.emit_all(&frames, '|');
    }
    p.emit_all(&summary, '|');
    let num = members.len();
    let n = num.min(MAX_GROUP_WIDTH + 1);
    p.need_close = false;
    for (i, &m) in members.iter().take(n).enumerate() {
        let last = i + 1 == n;
        p.need_close |= last;
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let corner = if i == 0 { "+-" } else { "  " };
        let line = format!("{}{corner}+---------------- {title} ----------------\n", p.indent());
        p.out.push(line);
        p.depth += 1;
        if truncated {
            let rest = num - MAX_GROUP_WIDTH;
            let s = if rest > 1 { "s" } else { "" };
            p.emit(&format!("and {rest} more exception{s}\n"), '|');
        } else if p.opts.chain {
            format_chain(cx, m, p);
        } else {
            format_one(cx, m, p);
        }
        if last && p.need_close {
            let line = format!("{}+------------------------------------\n", p.indent());
            p.out.push(line);
            p.need_close = false;
        }
        p.depth -= 1;
    }
    if toplevel {
        p.depth = 0;
    }
}

const RECURSIVE_CUTOFF: usize = 3;

fn repeated_note(out: &mut Vec<String>, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push(format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// The entries of `exc`'s traceback, one item each (`File ..., line ..., in
/// ...` with the source line), within `limit`.
fn frames_text(cx: &mut Ctx, exc: Value, limit: Option<i64>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(e) = exc.downcast::<ExceptionObj>(Kind::Exception) else { return out };
    let mut tb = e.traceback.clone();
    match limit {
        Some(n) if n >= 0 => tb.truncate(n as usize),
        Some(n) => {
            let keep = (n.unsigned_abs() as usize).min(tb.len());
            tb.drain(..tb.len() - keep);
        }
        None => {}
    }
    // CPython shows a run of identical entries (same file, line and
    // function) 3 times, then "[Previous line repeated N more times]".
    let mut last: Option<(Value, u32, Value)> = None;
    let mut count = 0usize;
    for (code, ip) in tb {
        let Some(c) = code.downcast::<crate::compile::CodeObj>(Kind::Code) else { continue };
        let line = c.line_of(ip as usize);
        let key = (c.filename, line as u32, c.name);
        if last != Some(key) {
            repeated_note(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let file = str_of(c.filename).unwrap_or("?").to_string();
        let name = str_of(c.name).unwrap_or("?");
        let mut t = format!("  File \"{file}\", line {line}, in {name}\n");
        if let Some(src) = source_line(cx, &file, line) {
            let pos = c.positions.get(ip as usize).copied();
            source_with_carets(&src, line, pos, &mut t);
        }
        out.push(t);
    }
    repeated_note(&mut out, count);
    out
}

/// The last lines: `Type: message` (a SyntaxError's location lines first),
/// a suggestion if `suggest`, then the lines of the `__notes__`.
fn summary_lines(cx: &mut Ctx, exc: Value, suggest: bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(text) = syntax_error_text(cx, exc) {
        out.extend(text.split_inclusive('\n').map(str::to_string));
    } else {
        let mut s = exception_summary(cx, exc);
        if suggest {
            crate::suggest::offer(cx, exc, &mut s); // ". Did you mean: 'x'?" (NameError, AttributeError)
        }
        s.push('\n');
        out.push(s);
    }
    notes_lines(cx, exc, &mut out);
    out
}

/// `__notes__`: each note's lines (a note that is not a str is shown by str(),
/// notes that are not a sequence by repr()), as traceback.py prints them.
fn notes_lines(cx: &mut Ctx, exc: Value, out: &mut Vec<String>) {
    let key = cx.intern("__notes__");
    let notes = match get_attr_opt(cx, exc, key) {
        Ok(Some(n)) => n,
        _ => {
            cx.exc = Value::UNBOUND;
            return;
        }
    };
    let Some(items) = seq_items(notes).map(|s| s.to_vec()) else {
        let s = repr_string(cx, notes).unwrap_or_else(|_| {
            cx.exc = Value::UNBOUND;
            "<__notes__ repr() failed>".to_string()
        });
        out.push(s + "\n");
        return;
    };
    for n in items {
        let s = str_string(cx, n).unwrap_or_else(|_| {
            cx.exc = Value::UNBOUND;
            "<note str() failed>".to_string()
        });
        out.extend(s.split('\n').map(|l| format!("{l}\n")));
    }
}

/// CPython's `IS_WHITESPACE` (traceback.c).
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// `_PyPegen_byte_offset_to_character_offset`: characters in the first `col`
/// bytes of `s` (invalid cuts count as one replacement character; past the
/// end counts the C string's NUL as one more).
fn char_offset(s: &str, col: usize) -> usize {
    let b = s.as_bytes();
    let col = col.min(b.len() + 1);
    if col > b.len() {
        return s.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..col]).chars().count()
}

/// One frame's source line and, when the op's span does not cover the whole
/// line, its marker line, as CPython 3.11's `tb_displayline` prints them:
/// `^^^^` under the span, `~~^~~` when the span is a binary operation or a
/// subscript (primary `~`, the operator or brackets `^`).
pub fn source_with_carets(line: &str, lineno: u32, pos: Option<crate::compile::code::Pos>, out: &mut String) {
    let lead = line.chars().take_while(|&c| c == ' ' || c == '\t' || c == '\x0c').count();
    let stripped: String = line.chars().skip(lead).collect();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let Some(p) = pos else { return };
    if p.end_line == 0 || p.end_line < lineno || p.col == u32::MAX || p.end_col == u32::MAX {
        return;
    }
    let start = char_offset(line, p.col as usize);
    let mut end = char_offset(line, p.end_col as usize);
    let mut anchors = None;
    if p.end_line == lineno {
        anchors = caret_anchors(line, start, end);
    } else {
        // Multi-line span: up to the last non-blank character. (CPython walks
        // the UTF-8 bytes from the character length down; so do we.)
        let b = line.as_bytes();
        let mut i = line.chars().count() as isize;
        loop {
            i -= 1;
            if i < 0 || !is_ws(b.get(i as usize).copied().unwrap_or(0)) {
                break;
            }
        }
        end = (i + 1) as usize;
    }
    let stripped_len = stripped.chars().count();
    if end.wrapping_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    let (left, right, primary, secondary) = anchors.unwrap_or((usize::MAX, usize::MAX, '^', '^'));
    // Columns as displayed: wide characters take two.
    let dw = |chars: usize| crate::syntax::width::display_width(line, chars);
    let (start, end, left, right) = match anchors {
        Some(_) => (dw(start), dw(end), dw(left), dw(right)),
        None => (dw(start), dw(end), left, right),
    };
    let mut off = lead as isize - 4; // the loop writes the 4-space margin too
    loop {
        off += 1;
        if off > end as isize {
            break;
        }
        let o = off as usize;
        let ch = if off <= start as isize {
            ' '
        } else if anchors.is_some() && left < o && o <= right {
            secondary
        } else {
            primary
        };
        out.push(ch);
    }
    out.push('\n');
}

/// `extract_anchors_from_line`: parse the span's text alone; a binary
/// operation marks its operator, a subscript its brackets. Character offsets
/// into `line`, and the primary and secondary characters.
fn caret_anchors(line: &str, start: usize, end: usize) -> Option<(usize, usize, char, char)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let segment: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
    let m = crate::syntax::parse_module_unchecked(&segment, "<segment>").ok()?;
    if m.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &m.body[0].kind else { return None };
    let s = segment.as_bytes();
    let (l, r, p, q) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (lend, rstart) = (left.span.end_col as usize, right.span.col as usize);
            let (mut l, mut r, mut p, mut q) = (usize::MAX, usize::MAX, '^', '^');
            let mut i = lend;
            while i < rstart {
                let c = *s.get(i)?;
                if is_ws(c) {
                    i += 1;
                    continue;
                }
                l = i;
                r = i + 1;
                if i + 1 < rstart && !is_ws(*s.get(i + 1)?) {
                    r += 1;
                }
                if i + 1 < rstart && c == b')' {
                    i += 1;
                    continue;
                }
                p = '~';
                q = '^';
                break;
            }
            if l == usize::MAX {
                return None;
            }
            (l, r, p, q)
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = value.span.end_col as usize;
            let mut r = slice.span.end_col as usize + 1;
            let n = s.len();
            while l < n && (is_ws(s[l]) || s[l] != b'[') {
                l += 1;
            }
            while r < n && (is_ws(s[r]) || s[r] != b']') {
                r += 1;
            }
            if r < n {
                r += 1;
            }
            (l, r, '~', '^')
        }
        _ => return None,
    };
    Some((char_offset(&segment, l) + start, char_offset(&segment, r) + start, p, q))
}

/// A SyntaxError's `File/line/caret` block and last line, rendered by the
/// front end exactly as CPython prints it (None if not a SyntaxError with details).
fn syntax_error_text(cx: &mut Ctx, exc: Value) -> Option<String> {
    let cls = type_of(cx, exc);
    if !issubclass(cls, cx.rt.types.syntax_error) {
        return None;
    }
    let args = tuple_items(exc.obj::<ExceptionObj>().args)?;
    let msg = str_of(*args.first()?)?.to_string();
    let d = tuple_items(*args.get(1)?)?;
    let num = |i: usize| d.get(i).and_then(|&v| int_of(v)).unwrap_or(0).max(0) as u32;
    let e = crate::syntax::SyntaxError {
        kind: class_name(cls).to_string(),
        msg,
        filename: d.first().and_then(|&v| str_of(v)).unwrap_or("<unknown>").to_string(),
        lineno: num(1),
        offset: num(2),
        text: d.get(3).and_then(|&v| str_of(v)).unwrap_or("").to_string(),
        end_lineno: num(4),
        end_offset: num(5),
    };
    Some(e.render())
}

/// Look up a builtin module: Some(result) if registered (module created on first import).
pub fn import_builtin(cx: &mut Ctx, name: &str) -> Option<PyResult<Value>> {
    let init = cx.rt.builtin_modules.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)?;
    // SAFETY: `modules` is the live sys.modules dict.
    let modules = unsafe { &mut (*cx.rt.modules).t };
    let key = cx.intern(name);
    if let Some(m) = modules.get_str(key) {
        return Some(Ok(m));
    }
    // Module initialisers hold the new module in Rust locals (and may run
    // bundled Python code): no collection until it is in sys.modules.
    cx.heap.forbid_gc();
    let r = init(cx);
    cx.heap.allow_gc();
    if let Ok(m) = r {
        // SAFETY: as above.
        unsafe { (*cx.rt.modules).t.set_str(key, m) };
    }
    Some(r)
}

/// `exc.__traceback__`: None, or the chain of `traceback` objects CPython
/// builds, outermost first, each with `tb_lineno`, `tb_lasti`, `tb_frame`
/// and `tb_next` (ending in None), so `while tb: ...; tb = tb.tb_next` walks
/// every entry.
/// The same objects each time: entries prepended since the last call (frames
/// the exception passed through since) get new objects in front of the old
/// chain. Native code: no collection can run while the chain is built.
pub fn traceback_chain(cx: &mut Ctx, exc: Value) -> Value {
    crate::vm::flush_traceback(cx);
    let Some(e) = exc.downcast::<ExceptionObj>(Kind::Exception) else { return Value::none() };
    let mut next = if e.tb_head.is_unbound() { Value::none() } else { e.tb_head };
    let fresh = e.traceback.len().saturating_sub(e.tb_len as usize);
    if fresh == 0 {
        return next;
    }
    let entries = e.traceback[..fresh].to_vec();
    let cls = cx.rt.types.traceback;
    let keys = tb_keys(cx);
    let mut globals = Vec::new();
    for &(code, ip) in entries.iter().rev() {
        let line = code.downcast::<crate::compile::CodeObj>(Kind::Code).map_or(0, |c| c.line_of(ip as usize));
        let frame = tb_frame(cx, code, line, &mut globals);
        let tb = alloc_instance(cx, cls, &[]);
        let Some(d) = instance_dict(cx, tb) else { return Value::none() };
        // SAFETY: `d` is the fresh instance's live dict; nothing collects here.
        unsafe {
            (*d).t.set_str(keys.lineno, Value::from_small(line as i64));
            (*d).t.set_str(keys.lasti, Value::from_small(2 * ip as i64));
            (*d).t.set_str(keys.code, code);
            (*d).t.set_str(keys.next, next);
            (*d).t.set_str(keys.frame, frame);
        }
        next = tb;
    }
    e.tb_head = next;
    e.tb_len = e.traceback.len() as u32;
    next
}

/// A `tb_frame`: a `frame` object with `f_code`, `f_lineno` and `f_globals`.
/// Frames are not kept after they return, so `f_globals` is the dict of the
/// module whose `__file__` is the code's file name (an empty dict if none is):
/// what unittest reads (`'__unittest' in tb.tb_frame.f_globals`). `seen`:
/// the (file name, globals) pairs found so far for this chain.
fn tb_frame(cx: &mut Ctx, code: Value, line: u32, seen: &mut Vec<(Value, Value)>) -> Value {
    let fname = code.downcast::<crate::compile::CodeObj>(Kind::Code).map_or(Value::none(), |c| c.filename);
    let globals = match seen.iter().find(|(f, _)| *f == fname) {
        Some(&(_, g)) => g,
        None => {
            let g = module_globals(cx, str_of(fname)).unwrap_or_else(|| cx.new_dict());
            seen.push((fname, g));
            g
        }
    };
    let frame = alloc_instance(cx, cx.rt.types.frame, &[]);
    let keys = [("f_code", code), ("f_lineno", Value::from_small(line as i64)), ("f_globals", globals)];
    if let Some(d) = instance_dict(cx, frame) {
        for (k, v) in keys {
            let k = cx.intern(k);
            note_instance_key(k);
            // SAFETY: `d` is the fresh frame's live dict; nothing collects here.
            unsafe { (*d).t.set_str(k, v) };
        }
    }
    frame
}

/// The dict of the module in sys.modules whose `__file__` is `file`.
fn module_globals(cx: &mut Ctx, file: Option<&str>) -> Option<Value> {
    let file = file?;
    let fk = cx.intern("__file__");
    // SAFETY: sys.modules is live for the run; reads only.
    let mods = unsafe { (*cx.rt.modules).t.values() };
    mods.into_iter().find_map(|m| {
        let mo = m.downcast::<ModuleObj>(Kind::Module)?;
        // SAFETY: module dicts are live objects; read only.
        let d = unsafe { &*mo.dict };
        (d.t.get_str(fk).and_then(str_of)? == file).then_some(Value::from_ptr(mo.dict))
    })
}

/// The instance-dict keys of a `traceback` object. `_tb_code` is the entry's
/// code object (CPython reaches it as `tb_frame.f_code`), read back by
/// `set_traceback`; `tb_lasti` is twice the instruction index.
struct TbKeys {
    lineno: Value,
    lasti: Value,
    code: Value,
    next: Value,
    frame: Value,
}

fn tb_keys(cx: &mut Ctx) -> TbKeys {
    let k = TbKeys {
        lineno: cx.intern("tb_lineno"),
        lasti: cx.intern("tb_lasti"),
        code: cx.intern("_tb_code"),
        next: cx.intern("tb_next"),
        frame: cx.intern("tb_frame"),
    };
    for n in [k.lineno, k.lasti, k.code, k.next, k.frame] {
        note_instance_key(n);
    }
    k
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: `tb` (None or a
/// `traceback` object) becomes `__traceback__`, and the entries of its chain
/// the printed traceback.
pub fn set_traceback(cx: &mut Ctx, exc: Value, tb: Value) -> PyResult<()> {
    let is_tb = tb.is_kind(Kind::Instance) && tb.header().class == cx.rt.types.traceback;
    if !is_tb && !tb.is_none() {
        return Err(cx.type_error("__traceback__ must be a traceback or None"));
    }
    crate::vm::flush_traceback(cx);
    let entries = if is_tb { traceback_entries(cx, tb) } else { Vec::new() };
    if let Some(e) = exc.downcast::<ExceptionObj>(Kind::Exception) {
        e.tb_len = entries.len() as u32;
        e.traceback = entries;
        e.tb_head = if is_tb { tb } else { Value::UNBOUND };
    }
    Ok(())
}

/// `tb.tb_next = val`: None or a `traceback` object whose chain does not
/// lead back to `tb` (CPython's TypeError / ValueError otherwise).
#[cold]
#[inline(never)]
pub fn set_tb_next(cx: &mut Ctx, tb: Value, val: Value) -> PyResult<()> {
    let cls = cx.rt.types.traceback;
    let is_tb = |v: Value| v.is_kind(Kind::Instance) && v.header().class == cls;
    if !val.is_none() && !is_tb(val) {
        let tn = type_name(cx, val);
        return Err(cx.type_error(format!("expected traceback object, got '{tn}'")));
    }
    let keys = tb_keys(cx);
    let mut cur = val;
    while is_tb(cur) {
        if cur == tb {
            return Err(cx.value_error("traceback loop detected"));
        }
        let Some(d) = instance_dict(cx, cur) else { break };
        // SAFETY: `d` is the live dict of `cur`; read only.
        cur = unsafe { (*d).t.get_str(keys.next) }.unwrap_or(Value::none());
    }
    if let Some(d) = instance_dict(cx, tb) {
        // SAFETY: `d` is the live dict of `tb`.
        unsafe { (*d).t.set_str(keys.next, val) };
    }
    Ok(())
}

/// The (code, instruction) entries of the `traceback` chain from `tb`, up to
/// an object that is not one (a `tb_next` set by the program may end it early
/// or loop: each object is taken once).
pub(crate) fn traceback_entries(cx: &mut Ctx, mut tb: Value) -> Vec<(Value, u32)> {
    let keys = tb_keys(cx);
    let cls = cx.rt.types.traceback;
    let mut seen = std::collections::HashSet::new();
    let mut entries = Vec::new();
    while tb.is_kind(Kind::Instance) && tb.header().class == cls && seen.insert(tb.raw()) {
        let Some(d) = instance_dict(cx, tb) else { break };
        // SAFETY: `d` is the live dict of `tb`; reads only.
        let (code, lasti, next) = unsafe { ((*d).t.get_str(keys.code), (*d).t.get_str(keys.lasti), (*d).t.get_str(keys.next)) };
        let ip = lasti.and_then(int_of).map_or(0, |i| (i / 2).clamp(0, u32::MAX as i64) as u32);
        if let Some(code) = code.filter(|c| c.is_kind(Kind::Code)) {
            entries.push((code, ip));
        }
        tb = next.unwrap_or(Value::none());
    }
    entries
}
