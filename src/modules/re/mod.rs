//! `_sre`: the native core of `re` (CPython's split: `re.py` over `_sre`).
//! [`parse`] turns a pattern into a node tree with sre_parse's errors,
//! [`engine`] compiles it and matches with an explicit backtracking stack.
//!
//! Python-visible functions (positions are char indices; `marks` is a tuple
//! `(s0, e0, s1, e1, ..., lastindex)` with -1 for an unset group and None for
//! no lastindex):
//! * `compile(pattern, flags, error)` -> `(code, groups, [(name, index)], flags)`;
//!   a bad pattern raises `error(msg, pattern, pos)`;
//! * `match(code, string, pos, endpos, mode)` -> marks or None (mode 0 match,
//!   1 fullmatch, 2 search; +4: no empty match at `pos`, for scanners);
//! * `scan(code, string, pos, endpos, limit)` -> list of marks: successive
//!   matches as `finditer`/`sub`/`split` see them (an empty match right after
//!   the previous match is not allowed; limit 0 = all);
//! * `findall(code, string, pos, endpos)` -> `Pattern.findall`'s list;
//! * `sub(code, string, count, repl)` -> `(new_string, n)`; `repl` is a str
//!   (inserted as is) or a parsed template: a list of strs and group numbers;
//! * `split(code, string, maxsplit)` -> `Pattern.split`'s list.

pub mod engine;
pub mod parse;

use super::new_module;
use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use engine::{Matcher, Mode, Prog, Text, NONE};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] =
    &[("compile", s_compile), ("match", s_match), ("scan", s_scan), ("findall", s_findall), ("sub", s_sub), ("split", s_split)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "_sre", FUNCS);
    super::set_int(cx, m, "MAXREPEAT", parse::MAXREPEAT as i64);
    Ok(m)
}

/// A compiled pattern held by a `Pattern` object, with its matcher's buffers.
struct Code {
    prog: Prog,
    bufs: engine::Buffers,
}

impl Trace for Code {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for Code {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn code<'a>(cx: &mut Ctx, v: Value) -> PyResult<&'a mut Code> {
    if let Some(o) = v.downcast::<OtherObj>(Kind::Other) {
        if let Some(c) = o.payload.as_any().downcast_mut::<Code>() {
            return Ok(c);
        }
    }
    Err(cx.type_error("expected a compiled pattern"))
}

fn nargs(cx: &mut Ctx, name: &str, args: Args, kw: Kw, n: usize) -> PyResult<()> {
    super::arity(cx, name, args, kw, n, n)
}

fn s_compile(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "compile", args, kw, 3)?;
    let Some(pat) = runtime::str_of(args[0]) else {
        let t = runtime::type_name(cx, args[0]);
        return Err(cx.type_error(format!("first argument must be string or compiled pattern, not {t}")));
    };
    let flags = crate::builtins::util::to_index(cx, args[1])? as u32;
    let chars: Vec<char> = pat.chars().collect();
    let (prog, parsed) = match engine::compile(&chars, flags) {
        Ok(r) => r,
        Err(e) => return Err(compile_error(cx, e, args[0], args[2])),
    };
    let groups = cx.new_int(prog.groups as i64);
    let mut names = Vec::with_capacity(parsed.names.len());
    for (n, g) in &parsed.names {
        let k = cx.new_str(n);
        let v = cx.new_int(*g as i64);
        names.push(cx.new_tuple(vec![k, v]));
    }
    let names = cx.new_list(names);
    let fl = cx.new_int(parsed.flags as i64);
    let cls = cx.rt.types.object;
    let c = cx.alloc_obj(OtherObj { h: ObjHeader::new(cls, Kind::Other), payload: Box::new(Code { prog, bufs: engine::Buffers::default() }) });
    Ok(cx.new_tuple(vec![c, groups, names, fl]))
}

#[cold]
#[inline(never)]
fn compile_error(cx: &mut Ctx, e: parse::Error, pattern: Value, error_cls: Value) -> crate::Exc {
    match e.kind {
        parse::ErrKind::Overflow => cx.overflow_error(e.msg),
        parse::ErrKind::Value => cx.value_error(e.msg),
        parse::ErrKind::Recursion => cx.recursion_error(e.msg),
        parse::ErrKind::Re => {
            let msg = cx.new_string(e.msg);
            let (p, pos) = match e.pos {
                Some(p) => (pattern, cx.new_int(p as i64)),
                None => (Value::none(), Value::none()),
            };
            match runtime::call(cx, error_cls, &[msg, p, pos], &[]) {
                Ok(exc) => cx.raise(exc),
                Err(x) => x,
            }
        }
    }
}

/// The subject string: its text and, when not ASCII, its chars.
struct Subject {
    s: &'static str,
    chars: Option<Vec<char>>,
}

impl Subject {
    fn new(cx: &mut Ctx, v: Value) -> PyResult<Subject> {
        let Some(so) = runtime::str_obj(v) else {
            // Bytes patterns never get here (re.py's _BytesPattern decodes them).
            if crate::builtins::bytes::bytes_like(v).is_some() {
                return Err(cx.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let t = runtime::type_name(cx, v);
            return Err(cx.type_error(format!("expected string or bytes-like object, got '{t}'")));
        };
        let s: &'static str = so.as_str();
        let chars = if so.is_ascii() { None } else { Some(s.chars().collect()) };
        Ok(Subject { s, chars })
    }
    fn len(&self) -> usize {
        match &self.chars {
            None => self.s.len(),
            Some(c) => c.len(),
        }
    }
    /// Append chars `a..b` to `out`.
    fn push_to(&self, out: &mut String, a: usize, b: usize) {
        match &self.chars {
            None => out.push_str(&self.s[a..b]),
            Some(c) => out.extend(&c[a..b]),
        }
    }
    /// Chars `a..b` as a new str.
    fn slice(&self, cx: &mut Ctx, a: usize, b: usize) -> Value {
        match &self.chars {
            None => cx.new_str(&self.s[a..b]),
            Some(c) => {
                let s: String = c[a..b].iter().collect();
                cx.new_string(s)
            }
        }
    }
}

/// Clamp `pos`/`endpos` as sre does.
fn bounds(cx: &mut Ctx, pos: Value, endpos: Value, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| (i.max(0) as usize).min(len);
    let p = clamp(crate::builtins::util::to_index(cx, pos)?);
    let e = if endpos.is_none() { len } else { clamp(crate::builtins::util::to_index(cx, endpos)?) };
    Ok((p, e))
}

fn poll() -> bool {
    crate::vm::signals::pending()
}

#[cold]
#[inline(never)]
fn interrupted(cx: &mut Ctx) -> crate::Exc {
    match cx.check_signals() {
        Err(e) => e,
        Ok(()) => {
            let c = cx.rt.types.keyboard_interrupt;
            cx.err_noargs(c)
        }
    }
}

/// Run `f` over the subject's text (bytes when ASCII, chars otherwise) cut at `endpos`.
fn with_text<R>(sub: &Subject, endpos: usize, f: impl FnOnce(&dyn TextDyn) -> R) -> R {
    match &sub.chars {
        None => f(&Ascii(&sub.s.as_bytes()[..endpos])),
        Some(c) => f(&Chars(&c[..endpos])),
    }
}

/// Dispatch to a monomorphised matcher for each text kind.
trait TextDyn {
    fn search(&self, m: &mut Matcher, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<(usize, usize)>, engine::Interrupted>;
    fn match_at(&self, m: &mut Matcher, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<usize>, engine::Interrupted>;
    fn len(&self) -> usize;
}

struct Ascii<'a>(&'a [u8]);
struct Chars<'a>(&'a [char]);

macro_rules! text_dyn {
    ($t:ident) => {
        impl TextDyn for $t<'_> {
            fn search(&self, m: &mut Matcher, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<(usize, usize)>, engine::Interrupted> {
                m.search(self.0, pos, mode, must_advance)
            }
            fn match_at(&self, m: &mut Matcher, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<usize>, engine::Interrupted> {
                m.match_at(self.0, pos, mode, must_advance)
            }
            fn len(&self) -> usize {
                Text::len(self.0)
            }
        }
    };
}
text_dyn!(Ascii);
text_dyn!(Chars);

/// The marks tuple of the match `(s, e)` in `m`'s registers.
fn marks(cx: &mut Ctx, m: &Matcher, groups: usize, s: usize, e: usize) -> Value {
    let mut items = Vec::with_capacity(2 * groups + 3);
    items.push(cx.new_int(s as i64));
    items.push(cx.new_int(e as i64));
    for g in 1..=groups {
        let (a, b) = group_span(m, g).map_or((-1, -1), |(a, b)| (a as i64, b as i64));
        items.push(cx.new_int(a));
        items.push(cx.new_int(b));
    }
    let li = m.regs[0];
    items.push(if li == NONE { Value::none() } else { cx.new_int(li as i64) });
    cx.new_tuple(items)
}

fn s_match(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "match", args, kw, 5)?;
    let c = code(cx, args[0])?;
    let prog = &c.prog;
    let sub = Subject::new(cx, args[1])?;
    let (pos, endpos) = bounds(cx, args[2], args[3], sub.len())?;
    let mode = runtime::int_of(args[4]).unwrap_or(0);
    if pos > endpos {
        return Ok(Value::none());
    }
    let mut m = Matcher::with_buffers(prog, poll, std::mem::take(&mut c.bufs));
    // Bit 2 of mode: must advance (a scanner's call after an empty match).
    let must_advance = mode & 4 != 0;
    let r = with_text(&sub, endpos, |t| match mode & 3 {
        2 => t.search(&mut m, pos, Mode::Match, must_advance),
        1 => t.match_at(&mut m, pos, Mode::Full, must_advance).map(|o| o.map(|e| (pos, e))),
        _ => t.match_at(&mut m, pos, Mode::Match, must_advance).map(|o| o.map(|e| (pos, e))),
    });
    let v = match r {
        Err(_) => return Err(interrupted(cx)),
        Ok(None) => Value::none(),
        Ok(Some((s, e))) => marks(cx, &m, prog.groups, s, e),
    };
    c.bufs = m.into_buffers();
    Ok(v)
}

/// Successive matches from `pos` (at most `limit`, 0 = all), calling `each`
/// with the matcher holding each one's groups.
fn scan_matches(cx: &mut Ctx, c: &mut Code, sub: &Subject, pos: usize, endpos: usize, limit: usize, mut each: impl FnMut(&mut Ctx, &Matcher, usize, usize)) -> PyResult<()> {
    if pos > endpos {
        return Ok(());
    }
    let mut m = Matcher::with_buffers(&c.prog, poll, std::mem::take(&mut c.bufs));
    let r = with_text(sub, endpos, |t| {
        let mut p = pos;
        let mut must_advance = false;
        let mut n = 0;
        while p <= t.len() {
            let Some((s, e)) = t.search(&mut m, p, Mode::Match, must_advance)? else { break };
            each(cx, &m, s, e);
            n += 1;
            if limit != 0 && n >= limit {
                break;
            }
            must_advance = e == s;
            p = e;
        }
        Ok(())
    });
    c.bufs = m.into_buffers();
    r.map_err(|_: engine::Interrupted| interrupted(cx))
}

fn s_scan(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "scan", args, kw, 5)?;
    let c = code(cx, args[0])?;
    let groups = c.prog.groups;
    let sub = Subject::new(cx, args[1])?;
    let (pos, endpos) = bounds(cx, args[2], args[3], sub.len())?;
    let limit = crate::builtins::util::to_index(cx, args[4])?.max(0) as usize;
    let mut out = Vec::new();
    scan_matches(cx, c, &sub, pos, endpos, limit, |cx, m, s, e| out.push(marks(cx, m, groups, s, e)))?;
    Ok(cx.new_list(out))
}

fn s_findall(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "findall", args, kw, 4)?;
    let c = code(cx, args[0])?;
    let sub = Subject::new(cx, args[1])?;
    let (pos, endpos) = bounds(cx, args[2], args[3], sub.len())?;
    let groups = c.prog.groups;
    let mut out = Vec::new();
    scan_matches(cx, c, &sub, pos, endpos, 0, |cx, m, s, e| {
        let group = |cx: &mut Ctx, g: usize| match group_span(m, g) {
            None => cx.new_str(""),
            Some((a, b)) => sub.slice(cx, a, b),
        };
        let v = match groups {
            0 => sub.slice(cx, s, e),
            1 => group(cx, 1),
            _ => {
                let items = (1..=groups).map(|g| group(cx, g)).collect();
                cx.new_tuple(items)
            }
        };
        out.push(v);
    })?;
    Ok(cx.new_list(out))
}

/// A group's span in the matcher's registers (None: unset).
fn group_span(m: &Matcher, g: usize) -> Option<(usize, usize)> {
    let (a, b) = (m.regs[2 * g], m.regs[2 * g + 1]);
    if a == NONE || b == NONE {
        None
    } else {
        Some((a, b))
    }
}

/// One piece of a replacement: literal text or a group's text.
enum Piece {
    Lit(&'static str),
    Group(usize),
}

fn s_sub(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "sub", args, kw, 4)?;
    let c = code(cx, args[0])?;
    let groups = c.prog.groups;
    let sub = Subject::new(cx, args[1])?;
    let count = crate::builtins::util::to_index(cx, args[2])?;
    if count < 0 {
        let n = cx.new_int(0);
        return Ok(cx.new_tuple(vec![args[1], n]));
    }
    let count = count as usize;
    let pieces: Vec<Piece> = match runtime::str_of(args[3]) {
        Some(s) => vec![Piece::Lit(s)],
        None => {
            let items = runtime::list_items(args[3]).unwrap_or_default();
            let mut v = Vec::with_capacity(items.len());
            for &it in items {
                match runtime::str_of(it) {
                    Some(s) => v.push(Piece::Lit(s)),
                    None => {
                        let g = runtime::int_of(it).filter(|&g| g >= 0 && g as usize <= groups);
                        match g {
                            Some(g) => v.push(Piece::Group(g as usize)),
                            None => return Err(cx.value_error("bad replacement template")),
                        }
                    }
                }
            }
            v
        }
    };
    let len = sub.len();
    let mut out = String::new();
    let mut last = 0;
    let mut n = 0i64;
    scan_matches(cx, c, &sub, 0, len, count, |_, m, s, e| {
        sub.push_to(&mut out, last, s);
        for p in &pieces {
            match *p {
                Piece::Lit(t) => out.push_str(t),
                Piece::Group(0) => sub.push_to(&mut out, s, e),
                Piece::Group(g) => {
                    if let Some((a, b)) = group_span(m, g) {
                        sub.push_to(&mut out, a, b);
                    }
                }
            }
        }
        last = e;
        n += 1;
    })?;
    let result = if n == 0 {
        args[1]
    } else {
        sub.push_to(&mut out, last, len);
        cx.new_string(out)
    };
    let n = cx.new_int(n);
    Ok(cx.new_tuple(vec![result, n]))
}

fn s_split(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    nargs(cx, "split", args, kw, 3)?;
    let c = code(cx, args[0])?;
    let groups = c.prog.groups;
    let sub = Subject::new(cx, args[1])?;
    let maxsplit = crate::builtins::util::to_index(cx, args[2])?;
    let len = sub.len();
    if maxsplit < 0 {
        let whole = sub.slice(cx, 0, len);
        return Ok(cx.new_list(vec![whole]));
    }
    let mut out = Vec::new();
    let mut last = 0;
    scan_matches(cx, c, &sub, 0, len, maxsplit as usize, |cx, m, s, e| {
        out.push(sub.slice(cx, last, s));
        for g in 1..=groups {
            let v = match group_span(m, g) {
                Some((a, b)) => sub.slice(cx, a, b),
                None => Value::none(),
            };
            out.push(v);
        }
        last = e;
    })?;
    out.push(sub.slice(cx, last, len));
    Ok(cx.new_list(out))
}
