//! Recursive-descent parser for Python 3.11, producing [`ast`] nodes with
//! CPython-compatible locations and CPython-compatible syntax errors.
//!
//! The grammar follows CPython's `Grammar/python.gram`; the `invalid_*`
//! rules CPython runs in its second pass are folded into the places where a
//! parse fails (or where an unambiguous mistake is detected).

use super::ast::*;
use super::lexer::{self, Kw, LexErrKind, LexError, Op, Tok, Token};
use num_bigint::BigInt;

// ---------------------------------------------------------------------------
// Internal error representation

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrType {
    Syntax,
    Indentation,
    Tab,
    /// Parser stack overflow (CPython raises a bare MemoryError).
    Memory,
}

impl ErrType {
    fn name(self) -> &'static str {
        match self {
            ErrType::Syntax => "SyntaxError",
            ErrType::Indentation => "IndentationError",
            ErrType::Tab => "TabError",
            ErrType::Memory => "MemoryError",
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct PErr {
    pub ty: ErrType,
    pub msg: String,
    pub lineno: u32,
    /// 1-based; may be 0 ("no caret").
    pub offset: i64,
    pub end_lineno: u32,
    /// 1-based; <= 0 means none.
    pub end_offset: i64,
    /// Generic "invalid syntax" (lower priority than specific errors when
    /// choosing between alternatives).
    pub generic: bool,
    /// Already in final form (text/offsets fixed): from an f-string
    /// sub-parser or the tokenizer.
    pub text: Option<String>,
    /// Offsets are character based (tokenizer errors).
    pub chars: bool,
}

type PResult<T> = Result<T, Box<PErr>>;

fn perr(ty: ErrType, msg: impl Into<String>, lineno: u32, offset: i64, end_lineno: u32, end_offset: i64) -> Box<PErr> {
    Box::new(PErr {
        ty,
        msg: msg.into(),
        lineno,
        offset,
        end_lineno,
        end_offset,
        generic: false,
        text: None,
        chars: false,
    })
}

// ---------------------------------------------------------------------------
// Helpers on AST nodes

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, tt: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            for x in elts {
                if let Some(t) = invalid_target(x, tt) {
                    return Some(t);
                }
            }
            None
        }
        ExprKind::Starred { value, .. } => {
            if tt == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, tt)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if tt == Targets::For {
                if ops[0] == CmpOp::In {
                    return invalid_target(left, tt);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Set the context of a (valid) target expression.
fn set_ctx(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_ctx(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_ctx(x, ctx);
            }
        }
        _ => {}
    }
}

fn is_valid_target(e: &Expr, tt: Targets) -> bool {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
        ExprKind::Starred { value, .. } => tt != Targets::Del && is_valid_target(value, tt),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().all(|x| is_valid_target(x, tt)),
        _ => false,
    }
}

/// Is `e` (syntactically) a `bitwise_or` expression, i.e. not a comparison,
/// boolean operation, `not`, conditional, lambda, named expression or
/// starred expression?
fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Starred { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
        ExprKind::UnaryOp { op: UnaryOp::Not, .. } => false,
        _ => true,
    }
}

fn bin_op_of(op: Op) -> Option<Operator> {
    Some(match op {
        Op::PlusEqual => Operator::Add,
        Op::MinEqual => Operator::Sub,
        Op::StarEqual => Operator::Mult,
        Op::AtEqual => Operator::MatMult,
        Op::SlashEqual => Operator::Div,
        Op::PercentEqual => Operator::Mod,
        Op::AmperEqual => Operator::BitAnd,
        Op::VBarEqual => Operator::BitOr,
        Op::CircumflexEqual => Operator::BitXor,
        Op::LeftShiftEqual => Operator::LShift,
        Op::RightShiftEqual => Operator::RShift,
        Op::DoubleStarEqual => Operator::Pow,
        Op::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

const MAX_DEPTH: u32 = 1200;

// ---------------------------------------------------------------------------
// Parser

pub struct Parser<'s> {
    src: &'s str,
    toks: Vec<Token>,
    pos: usize,
    max_pos: usize,
    lex_error: Option<LexError>,
    /// The tokenizer's SyntaxWarnings, handed to the module.
    lex_warnings: Vec<(u32, &'static str)>,
    hit_lex: bool,
    last_end: (u32, u32),
    depth: u32,
    /// Sub-parser for an f-string replacement field.
    fstring: bool,
    /// Spans of parenthesized expressions `( expr )` (groups), used to
    /// decide whether an expression is an atom for error messages.
    groups: Vec<Span>,
    /// Furthest token ever fetched (CPython's `p->fill`), never restored.
    fill_pos: usize,
    /// Second-pass mode: a failing trailer / operator continuation backs
    /// off to the shorter match (PEG backtracking), so CPython's `invalid_*`
    /// rules see the same prefixes.
    lenient: bool,
    /// Inside CPython's `expression_without_invalid` (invalid rules off).
    no_invalid: bool,
    /// In the second pass (CPython's invalid rules on); `lenient` is also
    /// set for a few first-pass backtracking spots.
    pass2: bool,
    /// Replacement fields (brace position) whose tokenizer warnings were
    /// taken: a field parsed again by backtracking warns once, as CPython's
    /// memoized `strings` rule does.
    fstring_warned: Vec<(u32, u32)>,
    /// Token positions where an expression was successfully parsed with
    /// invalid rules off: CPython memoizes that result, so later parses at
    /// the same position (in the same pass) reuse it without the checks.
    memo_no_invalid: Vec<u64>,
    /// Token positions (`spec_key`: position, pass, which rule) where a
    /// speculative `star_expressions` of the invalid rules (invalid_expression
    /// and invalid_legacy_expression; invalid_for_target) already ran and
    /// raised nothing. CPython memoizes `expression`, so each position is
    /// parsed once; without this the cascade re-parses the rest of the line
    /// at every name: `a m*b, ` * n and `(a for x[` * n took 2^n steps.
    memo_spec: Vec<u64>,
}

struct StrPiece {
    is_bytes: bool,
    is_raw: bool,
    is_f: bool,
    /// body byte range in the source
    lo: usize,
    hi: usize,
    tok: Token,
}

impl<'s> Parser<'s> {
    pub fn new(src: &'s str) -> Parser<'s> {
        Parser::from_lexed(src, lexer::tokenize(src))
    }

    /// Parser for string input (see [`lexer::tokenize_string`]).
    pub fn new_string(src: &'s str) -> Parser<'s> {
        Parser::from_lexed(src, lexer::tokenize_string(src))
    }

    fn from_lexed(src: &'s str, lexed: lexer::LexResult) -> Parser<'s> {
        let lexer::LexResult { tokens: toks, error: lex_error, warnings: lex_warnings } = lexed;
        Parser { src, toks, pos: 0, max_pos: 0, lex_error, lex_warnings, hit_lex: false, last_end: (1, 0), depth: 0, fstring: false, groups: Vec::new(), fill_pos: 0, lenient: false, no_invalid: false, pass2: false, fstring_warned: Vec::new(), memo_no_invalid: Vec::new(), memo_spec: Vec::new() }
    }

    // ------------------------------------------------------------ tokens

    #[inline]
    fn tok(&mut self) -> Tok {
        let t = self.toks[self.pos].tok;
        if self.pos > self.max_pos {
            self.max_pos = self.pos;
            if self.pos > self.fill_pos {
                self.fill_pos = self.pos;
            }
        }
        if t == Tok::Error {
            self.hit_lex = true;
        }
        t
    }

    #[inline]
    fn cur(&self) -> Token {
        self.toks[self.pos]
    }

    fn peek_n(&mut self, n: usize) -> Tok {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if i > self.max_pos {
            self.max_pos = i;
            if i > self.fill_pos {
                self.fill_pos = i;
            }
        }
        let t = self.toks[i].tok;
        if t == Tok::Error {
            self.hit_lex = true;
        }
        t
    }

    fn bump(&mut self) -> Token {
        let t = self.toks[self.pos];
        if !matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker | Tok::Error) {
            self.last_end = (t.end_line, t.end_col);
        }
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    #[inline]
    fn at_op(&mut self, op: Op) -> bool {
        self.tok() == Tok::Op(op)
    }

    #[inline]
    fn at_kw(&mut self, kw: Kw) -> bool {
        self.tok() == Tok::Kw(kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn text(&self, t: &Token) -> &'s str {
        &self.src[t.lo as usize..t.hi as usize]
    }

    fn at_name(&mut self) -> bool {
        self.tok() == Tok::Name
    }

    fn at_soft_kw(&mut self, s: &str) -> bool {
        if self.tok() == Tok::Name {
            let t = self.cur();
            self.text(&t) == s
        } else {
            false
        }
    }

    fn tok_span(t: &Token) -> Span {
        Span::new(t.line, t.col, t.end_line, t.end_col)
    }

    fn start_of(&self) -> (u32, u32) {
        let t = &self.toks[self.pos];
        (t.line, t.col)
    }

    fn span_from(&self, start: (u32, u32)) -> Span {
        Span::new(start.0, start.1, self.last_end.0, self.last_end.1)
    }

    /// The identifier of a NAME token (NFKC-normalized for the common
    /// compatibility characters: fullwidth ASCII, micro sign, ...).
    fn name_text(&self, t: &Token) -> String {
        let s = self.text(t);
        if s.is_ascii() {
            return s.to_string();
        }
        s.chars()
            .map(|c| match c as u32 {
                0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap(),
                0x00B5 => '\u{03BC}',
                0x017F => 's',
                0x212A => 'K',
                0x212B => '\u{00C5}',
                0x2126 => '\u{03A9}',
                0x00AA => 'a',
                0x00BA => 'o',
                _ => c,
            })
            .collect()
    }

    fn expect_name(&mut self) -> PResult<(String, Token)> {
        if self.at_name() {
            let t = self.bump();
            Ok((self.name_text(&t), t))
        } else {
            Err(self.err_invalid())
        }
    }

    // ------------------------------------------------------------ errors

    /// Generic error at the current token ("invalid syntax", or the
    /// indentation variants).
    fn err_invalid(&mut self) -> Box<PErr> {
        let _ = self.tok();
        // CPython reports generic errors at the last token fetched by its
        // first pass (the furthest token looked at).
        let t = self.toks[self.max_pos.max(self.pos).min(self.toks.len() - 1)];
        match t.tok {
            Tok::Indent | Tok::Dedent => {
                let msg = if t.tok == Tok::Indent { "unexpected indent" } else { "unexpected unindent" };
                let mut e = perr(ErrType::Indentation, msg, t.line, t.col as i64, t.line, -1);
                e.generic = true;
                e
            }
            _ => {
                let mut e = self.err_at_token(&t, "invalid syntax");
                e.generic = true;
                e
            }
        }
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token, msg)
    fn err_at_token(&self, t: &Token, msg: impl Into<String>) -> Box<PErr> {
        if t.nocol {
            // col_offset == -1: RAISE_ERROR_KNOWN_LOCATION gives offset 0
            perr(ErrType::Syntax, msg, t.line, 0, t.end_line, 0)
        } else {
            perr(ErrType::Syntax, msg, t.line, t.col as i64 + 1, t.end_line, t.end_col as i64 + 1)
        }
    }

    /// RAISE_INDENTATION_ERROR at token (uses the token start, or the
    /// tokenizer position for INDENT/DEDENT/ENDMARKER).
    fn indent_err_at_token(&self, t: &Token, msg: impl Into<String>) -> Box<PErr> {
        // (The end offset is stored but never printed for IndentationError.)
        if t.nocol {
            perr(ErrType::Indentation, msg, t.line, t.col as i64, t.end_line, -1)
        } else {
            perr(ErrType::Indentation, msg, t.line, t.col as i64 + 1, t.end_line, t.end_col as i64 + 1)
        }
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg)
    fn err_at_span(&self, s: Span, msg: impl Into<String>) -> Box<PErr> {
        perr(ErrType::Syntax, msg, s.lineno, s.col as i64 + 1, s.end_lineno, s.end_col as i64 + 1)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)
    fn err_range(&self, a: Span, b: Span, msg: impl Into<String>) -> Box<PErr> {
        perr(ErrType::Syntax, msg, a.lineno, a.col as i64 + 1, b.end_lineno, b.end_col as i64 + 1)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(node, msg)
    fn err_starting_from(&self, s: Span, msg: impl Into<String>) -> Box<PErr> {
        // end = CURRENT_POS: the tokenizer position (end of the furthest
        // token fetched).
        let t = self.toks[self.max_pos.min(self.toks.len() - 1)];
        perr(ErrType::Syntax, msg, s.lineno, s.col as i64 + 1, t.end_line, t.end_col as i64)
    }

    fn check_depth(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            // CPython: "MemoryError" (parser stack overflow).
            let t = self.cur();
            let mut e = self.err_at_token(&t, "");
            e.ty = ErrType::Memory;
            return Err(e);
        }
        Ok(())
    }

    /// Run `f` speculatively: on failure restore the position and return
    /// the error.
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let save = self.pos;
        let save_end = self.last_end;
        let save_depth = self.depth;
        let r = f(self);
        if r.is_err() {
            self.pos = save;
            self.last_end = save_end;
            self.depth = save_depth;
        }
        r
    }

    /// In lenient (second-pass) mode, a generic failure of `f` restores the
    /// position and yields `None` (PEG backtracking to a shorter match).
    fn lenient_try<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        if !self.lenient {
            return f(self).map(Some);
        }
        let save = (self.pos, self.last_end, self.depth);
        match f(self) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                // (with invalid rules off, CPython would not have raised a
                // specific error: the alternative just fails)
                if (e.generic || self.no_invalid) && !self.hit_lex {
                    self.pos = save.0;
                    self.last_end = save.1;
                    self.depth = save.2;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn invalid_target_error(&self, e: &Expr, tt: Targets) -> Option<Box<PErr>> {
        let bad = invalid_target(e, tt)?;
        let msg = if tt == Targets::Del {
            format!("cannot delete {}", expr_name(bad))
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        Some(self.err_at_span(bad.span, msg))
    }

    // ------------------------------------------------------------ module

    pub(crate) fn parse_file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => break,
                _ => {
                    let start = self.pos;
                    if let Err(e) = self.statement(&mut body) {
                        return Err(self.second_pass(start, e));
                    }
                }
            }
        }
        Ok(Module { body, warnings: std::mem::take(&mut self.lex_warnings) })
    }

    /// CPython re-parses with its `invalid_*` rules after a generic
    /// failure; the location of a remaining generic error is the one of the
    /// first pass.  Re-parse the failing top-level statement leniently.
    fn second_pass(&mut self, start: usize, e: Box<PErr>) -> Box<PErr> {
        self.second_pass_with(start, e, |p| {
            let mut scratch = Vec::new();
            p.statement(&mut scratch)
        })
    }

    /// The second pass of `second_pass`, re-parsing with `rule` from `start`.
    fn second_pass_with(&mut self, start: usize, e: Box<PErr>, rule: impl FnOnce(&mut Self) -> PResult<()>) -> Box<PErr> {
        if !e.generic || self.hit_lex {
            return e;
        }
        let saved = (self.pos, self.last_end, self.depth, self.max_pos);
        self.pos = start;
        self.depth = 0;
        self.lenient = true;
        self.pass2 = true;
        self.memo_no_invalid.clear();
        self.memo_spec.clear();
        let r = rule(self);
        self.lenient = false;
        self.pass2 = false;
        self.pos = saved.0;
        self.last_end = saved.1;
        self.depth = saved.2;
        self.max_pos = saved.3;
        match r {
            Err(e2) if !e2.generic || self.hit_lex => e2,
            _ => e,
        }
    }

    /// `eval` input: expressions NEWLINE* ENDMARKER
    pub(crate) fn parse_eval(&mut self) -> PResult<Expr> {
        let e = self.expressions()?;
        while self.tok() == Tok::Newline {
            self.bump();
        }
        if self.tok() != Tok::EndMarker {
            return Err(self.err_invalid());
        }
        Ok(e)
    }

    // ------------------------------------------------------------ statements

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.tok() {
            Tok::Kw(Kw::Def) | Tok::Op(Op::At) | Tok::Kw(Kw::If) | Tok::Kw(Kw::Class) | Tok::Kw(Kw::With)
            | Tok::Kw(Kw::For) | Tok::Kw(Kw::Try) | Tok::Kw(Kw::While) => {
                let s = self.compound_stmt()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw(Kw::Async) => {
                let n = self.peek_n(1);
                if matches!(n, Tok::Kw(Kw::Def) | Tok::Kw(Kw::With) | Tok::Kw(Kw::For)) {
                    let s = self.compound_stmt()?;
                    out.push(s);
                    Ok(())
                } else {
                    self.simple_stmts(out)
                }
            }
            Tok::Name => {
                if self.at_soft_kw("match") {
                    if let Some(s) = self.try_match_stmt()? {
                        out.push(s);
                        return Ok(());
                    }
                }
                self.simple_stmts(out)
            }
            Tok::Indent => Err(self.err_invalid()),
            _ => self.simple_stmts(out),
        }
    }

    fn compound_stmt(&mut self) -> PResult<Stmt> {
        match self.tok() {
            Tok::Op(Op::At) => self.decorated(),
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), None),
            Tok::Kw(Kw::Class) => self.classdef(Vec::new(), None),
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::While) => self.while_stmt(),
            Tok::Kw(Kw::For) => self.for_stmt(None),
            Tok::Kw(Kw::With) => self.with_stmt(None),
            Tok::Kw(Kw::Try) => self.try_stmt(),
            Tok::Kw(Kw::Async) => {
                let a = self.bump();
                match self.tok() {
                    Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), Some(a)),
                    Tok::Kw(Kw::For) => self.for_stmt(Some(a)),
                    Tok::Kw(Kw::With) => self.with_stmt(Some(a)),
                    _ => Err(self.err_invalid()),
                }
            }
            _ => Err(self.err_invalid()),
        }
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(Op::Semi) {
                if self.tok() == Tok::Newline {
                    break;
                }
                continue;
            }
            break;
        }
        if self.tok() == Tok::Newline {
            self.bump();
            Ok(())
        } else {
            Err(self.err_invalid())
        }
    }

    /// A block: NEWLINE INDENT statements DEDENT | simple_stmts.
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.tok() == Tok::Newline {
            self.bump();
            if self.tok() != Tok::Indent {
                let t = self.cur();
                if t.tok == Tok::Error {
                    return Err(self.err_invalid());
                }
                return Err(self.indent_err_at_token(
                    &t,
                    format!("expected an indented block after {} on line {}", what, line),
                ));
            }
            self.bump();
            loop {
                match self.tok() {
                    Tok::Dedent => {
                        self.bump();
                        break;
                    }
                    Tok::EndMarker => break,
                    _ => self.statement(&mut body)?,
                }
            }
            Ok(body)
        } else {
            self.simple_stmts(&mut body)?;
            Ok(body)
        }
    }

    /// Expect ':' after a compound statement header.  `newline_special`:
    /// a NEWLINE here gives "expected ':'" (the invalid_*_stmt rules);
    /// `forced`: any other token also gives "expected ':'" (`&&':'`).
    fn expect_colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        let t = self.cur();
        if t.tok == Tok::Error {
            return Err(self.err_invalid());
        }
        if forced || t.tok == Tok::Newline {
            return Err(self.err_at_token(&t, "expected ':'"));
        }
        Err(self.err_invalid())
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.at_op(Op::At) {
            self.bump();
            let e = self.named_expression()?;
            decorators.push(e);
            if self.tok() != Tok::Newline {
                return Err(self.err_invalid());
            }
            self.bump();
        }
        match self.tok() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, None),
            Tok::Kw(Kw::Class) => self.classdef(decorators, None),
            Tok::Kw(Kw::Async) if self.peek_n(1) == Tok::Kw(Kw::Def) => {
                let a = self.bump();
                self.funcdef(decorators, Some(a))
            }
            _ => Err(self.err_invalid()),
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_tok: Option<Token>) -> PResult<Stmt> {
        let def = self.bump(); // 'def'
        let start = match &async_tok {
            Some(a) => (a.line, a.col),
            None => (def.line, def.col),
        };
        let (name, _) = self.expect_name()?;
        if !self.at_op(Op::LPar) {
            let t = self.cur();
            if t.tok == Tok::Error {
                return Err(self.err_invalid());
            }
            return Err(self.err_at_token(&t, "expected '('"));
        }
        self.bump();
        let args = self.parameters(false)?;
        if !self.eat_op(Op::RPar) {
            return Err(self.err_invalid());
        }
        let returns = if self.at_op(Op::RArrow) {
            let arrow = self.cur();
            // ['->' expression] &&':' -- PEG backtracking may accept a
            // prefix of the annotation, then the forced ':' fails there.
            let saved_lenient = self.lenient;
            self.lenient = true;
            let r = self.speculate(|p| {
                p.bump();
                p.expression()
            });
            self.lenient = saved_lenient;
            match r {
                Ok(e) => Some(Box::new(e)),
                Err(e) => {
                    if self.hit_lex || !e.generic {
                        return Err(e);
                    }
                    // ['->' expression] failed: &&':' at the '->'
                    return Err(self.err_at_token(&arrow, "expected ':'"));
                }
            }
        } else {
            None
        };
        self.expect_colon(true)?;
        let body = self.block("function definition", def.line)?;
        Ok(Stmt::new(
            StmtKind::FunctionDef {
                name,
                args: Box::new(args),
                body,
                decorator_list,
                returns,
                is_async: async_tok.is_some(),
            },
            self.span_from(start),
        ))
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>, _a: Option<Token>) -> PResult<Stmt> {
        let cls = self.bump();
        let start = (cls.line, cls.col);
        let (name, _) = self.expect_name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.at_op(Op::LPar) {
            let lp = self.bump();
            let (a, k) = self.call_arguments(&lp, false)?;
            bases = a;
            keywords = k;
        }
        self.expect_colon(false)?;
        let body = self.block("class definition", cls.line)?;
        Ok(Stmt::new(StmtKind::ClassDef { name, bases, keywords, body, decorator_list }, self.span_from(start)))
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump(); // 'if' or 'elif'
        let start = (t.line, t.col);
        let what = if t.tok == Tok::Kw(Kw::If) { "'if' statement" } else { "'elif' statement" };
        let test = self.named_expression()?;
        self.expect_colon(false)?;
        let body = self.block(what, t.line)?;
        let orelse = if self.at_kw(Kw::Elif) {
            vec![self.if_stmt()?]
        } else if self.at_kw(Kw::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        Ok(Stmt::new(StmtKind::If { test: Box::new(test), body, orelse }, self.span_from(start)))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let e = self.bump();
        self.expect_colon(true)?;
        self.block("'else' statement", e.line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let start = (t.line, t.col);
        let test = self.named_expression()?;
        self.expect_colon(false)?;
        let body = self.block("'while' statement", t.line)?;
        let orelse = if self.at_kw(Kw::Else) { self.else_block()? } else { Vec::new() };
        Ok(Stmt::new(StmtKind::While { test: Box::new(test), body, orelse }, self.span_from(start)))
    }

    fn for_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let t = self.bump();
        let start = match &async_tok {
            Some(a) => (a.line, a.col),
            None => (t.line, t.col),
        };
        let target = self.star_targets_for()?;
        if !self.eat_kw(Kw::In) {
            return Err(self.err_invalid());
        }
        let iter = self.star_expressions()?;
        self.expect_colon(false)?;
        let body = self.block("'for' statement", t.line)?;
        let orelse = if self.at_kw(Kw::Else) { self.else_block()? } else { Vec::new() };
        Ok(Stmt::new(
            StmtKind::For {
                target: Box::new(target),
                iter: Box::new(iter),
                body,
                orelse,
                is_async: async_tok.is_some(),
            },
            self.span_from(start),
        ))
    }

    /// Targets of `for` (in statements and comprehensions), up to `in`.
    fn star_targets_for(&mut self) -> PResult<Expr> {
        let start_pos = self.pos;
        let r = self.star_targets_for_inner();
        if let Ok(e) = &r {
            if self.at_kw(Kw::In) && is_valid_target(e, Targets::For) {
                let mut e = r.unwrap();
                set_ctx(&mut e, ExprContext::Store);
                return Ok(e);
            }
        }
        if self.hit_lex {
            return r.and_then(|_| Err(self.err_invalid()));
        }
        if let Err(e) = &r {
            if !e.generic {
                return r;
            }
        }
        // invalid_for_target: `'for' star_expressions` -> the first
        // invalid target (FOR_TARGETS), or an expression-level invalid
        // rule (e.g. a missing comma). Once per position and pass.
        let key = self.spec_key(start_pos, 1);
        if !self.spec_done(key) {
            self.invalid_targets_reparse(start_pos, Targets::For)?;
            self.spec_mark(key);
        }
        match r {
            Ok(e) => {
                // (a valid target not followed by 'in': the caller reports)
                self.to_target(e, Targets::For)
            }
            Err(e) => Err(e),
        }
    }

    /// The invalid_for_target / invalid_del_stmt rules: `star_expressions`
    /// from token `pos` (position restored), raising its specific error or
    /// the first invalid target of kind `tt`; Ok when neither applies.
    fn invalid_targets_reparse(&mut self, pos: usize, tt: Targets) -> PResult<()> {
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        self.pos = pos;
        let r = self.star_expressions();
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        match r {
            Ok(e) => match self.invalid_target_error(&e, tt) {
                Some(err) => Err(err),
                None => Ok(()),
            },
            Err(err) if !err.generic || self.hit_lex => Err(err),
            Err(_) => Ok(()),
        }
    }

    fn star_targets_for_inner(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.target_elem()?;
        let e = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if !self.can_start_target() {
                    break;
                }
                elts.push(self.target_elem()?);
            }
            Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Store }, self.span_from(start))
        } else {
            first
        };
        Ok(e)
    }

    fn can_start_target(&mut self) -> bool {
        matches!(self.tok(), Tok::Name | Tok::Op(Op::LPar) | Tok::Op(Op::LSqb) | Tok::Op(Op::Star))
            || self.can_start_expression()
    }

    /// One element of a target list (star_target): '*' star_target |
    /// a primary (NAME, attribute, subscript, parenthesized/list target).
    fn target_elem(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let s = self.bump();
            self.check_depth()?;
            let v = self.target_elem();
            self.depth -= 1;
            let v = v?;
            let sp = self.span_from((s.line, s.col));
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, sp));
        }
        self.primary()
    }

    /// Validate `e` as an assignment target and set Store/Del context.
    fn to_target(&mut self, mut e: Expr, tt: Targets) -> PResult<Expr> {
        if !is_valid_target(&e, tt) {
            if let Some(err) = self.invalid_target_error(&e, tt) {
                return Err(err);
            }
            return Err(self.err_invalid());
        }
        set_ctx(&mut e, if tt == Targets::Del { ExprContext::Del } else { ExprContext::Store });
        Ok(e)
    }

    fn with_stmt(&mut self, async_tok: Option<Token>) -> PResult<Stmt> {
        let t = self.bump();
        let start = match &async_tok {
            Some(a) => (a.line, a.col),
            None => (t.line, t.col),
        };
        let mut items = None;
        let mut first_err = None;
        if self.at_op(Op::LPar) {
            // 'with' '(' ','.with_item+ ','? ')' ':'
            let r = self.speculate(|p| {
                p.bump();
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if p.eat_op(Op::Comma) {
                        if p.at_op(Op::RPar) {
                            break;
                        }
                        continue;
                    }
                    break;
                }
                if !p.eat_op(Op::RPar) {
                    return Err(p.err_invalid());
                }
                if !p.at_op(Op::Colon) {
                    return Err(p.err_invalid());
                }
                Ok(items)
            });
            match r {
                Ok(v) => items = Some(v),
                Err(e) => {
                    if self.hit_lex {
                        return Err(e);
                    }
                    first_err = Some(e)
                }
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = Vec::new();
                let r: PResult<()> = (|| {
                    loop {
                        v.push(self.with_item()?);
                        if !self.eat_op(Op::Comma) {
                            break;
                        }
                    }
                    Ok(())
                })();
                if let Err(e) = r {
                    if let Some(fe) = first_err {
                        if !fe.generic {
                            return Err(fe);
                        }
                    }
                    return Err(e);
                }
                v
            }
        };
        if !self.at_op(Op::Colon) {
            if let Some(fe) = first_err {
                if !fe.generic {
                    return Err(fe);
                }
            }
        }
        self.expect_colon(false)?;
        let body = self.block("'with' statement", t.line)?;
        Ok(Stmt::new(StmtKind::With { items, body, is_async: async_tok.is_some() }, self.span_from(start)))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let e = self.expression()?;
        if self.eat_kw(Kw::As) {
            let tpos = self.pos;
            let t = self.target_elem();
            let la = matches!(self.tok(), Tok::Op(Op::Comma) | Tok::Op(Op::RPar) | Tok::Op(Op::Colon));
            if let Ok(t) = &t {
                if la && is_valid_target(t, Targets::Star) {
                    let t = self.to_target(t.clone(), Targets::Star)?;
                    return Ok(WithItem { context_expr: e, optional_vars: Some(t) });
                }
            }
            if self.hit_lex {
                return Err(self.err_invalid());
            }
            // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
            let save = (self.pos, self.last_end, self.depth, self.max_pos);
            self.pos = tpos;
            let a = self.expression();
            let la2 = matches!(self.tok(), Tok::Op(Op::Comma) | Tok::Op(Op::RPar) | Tok::Op(Op::Colon));
            self.pos = save.0;
            self.last_end = save.1;
            self.depth = save.2;
            self.max_pos = save.3;
            match a {
                Ok(a) if la2 => {
                    if let Some(err) = self.invalid_target_error(&a, Targets::Star) {
                        return Err(err);
                    }
                }
                Err(err) if !err.generic || self.hit_lex => return Err(err),
                _ => {}
            }
            let t = t?;
            if !is_valid_target(&t, Targets::Star) {
                // star_target failed and invalid_with_item did not apply
                return Err(self.err_invalid());
            }
            let t = self.to_target(t, Targets::Star)?;
            return Ok(WithItem { context_expr: e, optional_vars: Some(t) });
        }
        Ok(WithItem { context_expr: e, optional_vars: None })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let start = (t.line, t.col);
        self.expect_colon(true)?;
        let body = self.block("'try' statement", t.line)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw(Kw::Except) {
            let ex = self.bump();
            let is_star = self.at_op(Op::Star);
            if is_star {
                let st = self.bump();
                if matches!(self.tok(), Tok::Newline | Tok::Op(Op::Colon)) {
                    let t2 = self.cur();
                    return Err(self.err_at_token(&t2, "expected one or more exception types"));
                }
                if star == Some(false) {
                    return Err(self.err_range(Self::tok_span(&ex), Self::tok_span(&st), "cannot have both 'except' and 'except*' on the same 'try'"));
                }
            } else if star == Some(true) {
                return Err(self.err_at_token(&ex, "cannot have both 'except' and 'except*' on the same 'try'"));
            }
            star = Some(is_star);
            let hstart = (ex.line, ex.col);
            let mut type_ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) {
                if self.tok() == Tok::Newline {
                    let t2 = self.cur();
                    return Err(self.err_at_token(&t2, "expected ':'"));
                }
                let e = self.expression()?;
                if self.at_op(Op::Comma) {
                    // except A, B:
                    let r = self.speculate(|p| {
                        p.bump();
                        p.expressions()?;
                        if p.eat_kw(Kw::As) {
                            p.expect_name()?;
                        }
                        if p.at_op(Op::Colon) {
                            Ok(())
                        } else {
                            Err(p.err_invalid())
                        }
                    });
                    if r.is_ok() {
                        return Err(self.err_starting_from(e.span, "multiple exception types must be parenthesized"));
                    }
                    if self.hit_lex {
                        return r.map(|_| unreachable!());
                    }
                    return Err(self.err_invalid());
                }
                type_ = Some(e);
                if self.eat_kw(Kw::As) {
                    let (n, _) = self.expect_name()?;
                    name = Some(n);
                }
            }
            self.expect_colon(false)?;
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, ex.line)?;
            handlers.push(ExceptHandler { type_, name, body: hbody, span: self.span_from(hstart) });
        }
        let orelse = if !handlers.is_empty() && self.at_kw(Kw::Else) { self.else_block()? } else { Vec::new() };
        let finalbody = if self.at_kw(Kw::Finally) {
            let f = self.bump();
            self.expect_colon(true)?;
            self.block("'finally' statement", f.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t2 = self.cur();
            if t2.tok == Tok::Error {
                return Err(self.err_invalid());
            }
            let mut e = self.err_at_token(&t2, "expected 'except' or 'finally' block");
            if t2.nocol {
                e.offset = t2.col as i64;
            }
            return Err(e);
        }
        let kind = if star == Some(true) {
            StmtKind::TryStar { body, handlers, orelse, finalbody }
        } else {
            StmtKind::Try { body, handlers, orelse, finalbody }
        };
        Ok(Stmt::new(kind, self.span_from(start)))
    }

    // ------------------------------------------------------------ simple statements

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.cur();
        let start = (t.line, t.col);
        match self.tok() {
            Tok::Kw(Kw::Pass) => {
                self.bump();
                Ok(Stmt::new(StmtKind::Pass, Self::tok_span(&t)))
            }
            Tok::Kw(Kw::Break) => {
                self.bump();
                Ok(Stmt::new(StmtKind::Break, Self::tok_span(&t)))
            }
            Tok::Kw(Kw::Continue) => {
                self.bump();
                Ok(Stmt::new(StmtKind::Continue, Self::tok_span(&t)))
            }
            Tok::Kw(Kw::Return) => {
                self.bump();
                let v = if self.at_simple_stmt_end() { None } else { Some(Box::new(self.star_expressions()?)) };
                Ok(Stmt::new(StmtKind::Return(v), self.span_from(start)))
            }
            Tok::Kw(Kw::Raise) => {
                self.bump();
                if self.at_simple_stmt_end() {
                    return Ok(Stmt::new(StmtKind::Raise { exc: None, cause: None }, self.span_from(start)));
                }
                let exc = self.expression()?;
                let cause = if self.eat_kw(Kw::From) { Some(Box::new(self.expression()?)) } else { None };
                Ok(Stmt::new(StmtKind::Raise { exc: Some(Box::new(exc)), cause }, self.span_from(start)))
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let (n, _) = self.expect_name()?;
                    names.push(n);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                let k = if t.tok == Tok::Kw(Kw::Global) { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) };
                Ok(Stmt::new(k, self.span_from(start)))
            }
            Tok::Kw(Kw::Del) => self.del_stmt(),
            Tok::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) { Some(Box::new(self.expression()?)) } else { None };
                Ok(Stmt::new(StmtKind::Assert { test: Box::new(test), msg }, self.span_from(start)))
            }
            Tok::Kw(Kw::Import) => self.import_name(),
            Tok::Kw(Kw::From) => self.import_from(),
            _ => self.expr_or_assign(),
        }
    }

    fn at_simple_stmt_end(&mut self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Op(Op::Semi))
    }

    fn del_stmt(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let start = (t.line, t.col);
        let tpos = self.pos;
        // del_targets: ','.del_target+ [','] &(';' | NEWLINE)
        let mut targets = Vec::new();
        let r: PResult<()> = (|| {
            loop {
                let e = self.target_elem()?;
                targets.push(e);
                if self.eat_op(Op::Comma) {
                    if self.at_simple_stmt_end() {
                        break;
                    }
                    continue;
                }
                break;
            }
            Ok(())
        })();
        let ok = r.is_ok() && self.at_simple_stmt_end() && targets.iter().all(|e| is_valid_target(e, Targets::Del));
        if ok {
            let mut out = Vec::with_capacity(targets.len());
            for mut e in targets {
                set_ctx(&mut e, ExprContext::Del);
                out.push(e);
            }
            return Ok(Stmt::new(StmtKind::Delete(out), self.span_from(start)));
        }
        if self.hit_lex {
            return Err(self.err_invalid());
        }
        if let Err(e) = &r {
            if !e.generic {
                return r.map(|_| unreachable!());
            }
        }
        // invalid_del_stmt: 'del' star_expressions
        let first_err = r.err();
        self.invalid_targets_reparse(tpos, Targets::Del)?;
        match first_err {
            Some(e) => Err(e),
            None => Err(self.err_invalid()),
        }
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let (mut n, _) = self.expect_name()?;
        while self.at_op(Op::Dot) {
            self.bump();
            let (m, _) = self.expect_name()?;
            n.push('.');
            n.push_str(&m);
        }
        Ok(n)
    }

    fn import_name(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let start = (t.line, t.col);
        let mut names = Vec::new();
        loop {
            let a = self.start_of();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
            names.push(Alias { name, asname, span: self.span_from(a) });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(Stmt::new(StmtKind::Import(names), self.span_from(start)))
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let t = self.bump();
        let start = (t.line, t.col);
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw(Kw::Import) { None } else { Some(self.dotted_name()?) };
        if !self.eat_kw(Kw::Import) {
            return Err(self.err_invalid());
        }
        let mut names = Vec::new();
        if self.at_op(Op::Star) {
            let s = self.bump();
            names.push(Alias { name: "*".to_string(), asname: None, span: Self::tok_span(&s) });
        } else if self.eat_op(Op::LPar) {
            loop {
                let a = self.start_of();
                let (name, _) = self.expect_name()?;
                let asname = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
                names.push(Alias { name, asname, span: self.span_from(a) });
                if self.eat_op(Op::Comma) {
                    if self.at_op(Op::RPar) {
                        break;
                    }
                    continue;
                }
                break;
            }
            if !self.eat_op(Op::RPar) {
                return Err(self.err_invalid());
            }
        } else {
            loop {
                let a = self.start_of();
                let (name, _) = self.expect_name()?;
                let asname = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
                names.push(Alias { name, asname, span: self.span_from(a) });
                if self.at_op(Op::Comma) {
                    if self.peek_n(1) == Tok::Newline {
                        self.bump();
                        let nl = self.cur();
                        return Err(self.err_at_token(&nl, "trailing comma not allowed without surrounding parentheses"));
                    }
                    self.bump();
                    continue;
                }
                break;
            }
        }
        Ok(Stmt::new(StmtKind::ImportFrom { module, names, level }, self.span_from(start)))
    }

    /// Expression statement, assignment, augmented or annotated assignment.
    fn expr_or_assign(&mut self) -> PResult<Stmt> {
        let first_tok = self.cur();
        let start = (first_tok.line, first_tok.col);
        let first = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        if let ExprKind::Tuple { .. } = first.kind {
            if self.can_start_expression() && !self.starts_with_lpar(first.span) {
                // invalid_assignment: star_named_expression ','
                // star_named_expressions* ... -- CPython keeps parsing
                // juxtaposed elements, applying invalid_named_expression.
                if let Some(e) = self.juxtaposed_elements_error() {
                    return Err(e);
                }
            }
        }
        match self.tok() {
            Tok::Op(Op::Colon) => {
                // annotated assignment
                if matches!(first.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Starred { .. }) {
                    return Err(self.err_invalid());
                }
                if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    // the invalid_assignment rules need `':' expression`
                    let save = (self.pos, self.last_end, self.depth, self.max_pos);
                    self.bump();
                    let ok = self.expression().is_ok();
                    self.pos = save.0;
                    self.last_end = save.1;
                    self.depth = save.2;
                    self.max_pos = save.3;
                    if !ok {
                        return Err(self.err_invalid());
                    }
                }
                let simple;
                match &first.kind {
                    ExprKind::Name { .. } => simple = first_tok.tok != Tok::Op(Op::LPar),
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => simple = false,
                    ExprKind::Tuple { elts, .. } => {
                        let parenthesized = first_tok.tok == Tok::Op(Op::LPar) && elts.first().map_or(true, |x| x.span.col != first_tok.col || x.span.lineno != first_tok.line);
                        let at = if parenthesized || elts.is_empty() { first.span } else { elts[0].span };
                        return Err(self.err_at_span(at, "only single target (not tuple) can be annotated"));
                    }
                    ExprKind::List { .. } => {
                        return Err(self.err_at_span(first.span, "only single target (not list) can be annotated"));
                    }
                    _ => {
                        return Err(self.err_at_span(first.span, "illegal target for annotation"));
                    }
                }
                self.bump();
                let annotation = self.expression()?;
                let value = if self.eat_op(Op::Equal) {
                    Some(Box::new(if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? }))
                } else {
                    None
                };
                let mut target = first;
                set_ctx(&mut target, ExprContext::Store);
                Ok(Stmt::new(
                    StmtKind::AnnAssign { target: Box::new(target), annotation: Box::new(annotation), value, simple },
                    self.span_from(start),
                ))
            }
            Tok::Op(op) if bin_op_of(op).is_some() => {
                let aop = bin_op_of(op).unwrap();
                if matches!(first.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.is_group(&first) {
                    return Err(self.err_invalid());
                }
                if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return Err(self.err_at_span(
                        first.span,
                        format!("'{}' is an illegal expression for augmented assignment", expr_name(&first)),
                    ));
                }
                self.bump();
                let value = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
                let mut target = first;
                set_ctx(&mut target, ExprContext::Store);
                Ok(Stmt::new(
                    StmtKind::AugAssign { target: Box::new(target), op: aop, value: Box::new(value) },
                    self.span_from(start),
                ))
            }
            Tok::Op(Op::Equal) => {
                let mut targets = vec![first];
                let value;
                loop {
                    // self.tok() is '='
                    let lhs = targets.last().unwrap();
                    if !is_valid_target(lhs, Targets::Star) {
                        let first_target = targets.len() == 1;
                        if !first_target {
                            if let Some(e) = self.assignment_elements_error(targets[0].span) {
                                return Err(e);
                            }
                        }
                        return Err(self.assign_target_error(lhs, first_target));
                    }
                    self.bump();
                    let v = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
                    if self.at_op(Op::Equal) {
                        targets.push(v);
                        continue;
                    }
                    value = v;
                    break;
                }
                for t in targets.iter_mut() {
                    set_ctx(t, ExprContext::Store);
                }
                Ok(Stmt::new(StmtKind::Assign { targets, value: Box::new(value) }, self.span_from(start)))
            }
            Tok::Op(Op::ColonEqual) => {
                // invalid_named_expression: expression ':=' expression
                let last = match &first.kind {
                    ExprKind::Tuple { elts, .. } if !self.starts_with_lpar(first.span) && !elts.is_empty() => elts.last().unwrap(),
                    _ => &first,
                };
                if let ExprKind::Name { .. } = last.kind {
                    if let ExprKind::Name { .. } = first.kind {
                        // `a := b, c = d`
                        if let Some(e) = self.assignment_elements_error(first.span) {
                            return Err(e);
                        }
                    }
                    return Err(self.err_invalid());
                }
                if let ExprKind::Starred { .. } = last.kind {
                    return Err(self.err_invalid());
                }
                if !self.walrus_rhs_ok() {
                    return Err(self.err_invalid());
                }
                Err(self.err_at_span(last.span, format!("cannot use assignment expressions with {}", expr_name(last))))
            }
            _ => Ok(Stmt::new(StmtKind::Expr(Box::new(first)), self.span_from(start))),
        }
    }

    fn juxtaposed_elements_error(&mut self) -> Option<Box<PErr>> {
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        let mut found = None;
        loop {
            if !(self.can_start_expression() || self.at_op(Op::Star)) {
                break;
            }
            match self.star_named_expression() {
                Ok(_) => {}
                Err(e) => {
                    if !e.generic && !self.hit_lex {
                        found = Some(e);
                    }
                    break;
                }
            }
            self.eat_op(Op::Comma);
        }
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        found
    }

    /// invalid_assignment's `star_named_expression ',' star_named_expressions*`
    /// re-parsed from the statement's start `start`: the first specific error
    /// an element raises (invalid_named_expression: `x = f(), a = g()` ->
    /// "Maybe you meant '=='..." on `x = f()`). CPython tries this alternative
    /// before it checks the assignment's targets.
    fn assignment_elements_error(&mut self, start: Span) -> Option<Box<PErr>> {
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        self.pos = self.toks.partition_point(|t| (t.line, t.col) < (start.lineno, start.col));
        let found = match self.star_named_expression() {
            Err(e) if !e.generic && !self.hit_lex => Some(e),
            Ok(_) if self.eat_op(Op::Comma) => self.juxtaposed_elements_error(),
            _ => None,
        };
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        found
    }

    /// The error for `lhs = ...` where `lhs` is not a valid target
    /// (CPython's invalid_named_expression / invalid_assignment rules).
    /// `self.pos` is at the '='.
    fn assign_target_error(&mut self, lhs: &Expr, first_target: bool) -> Box<PErr> {
        if matches!(lhs.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.is_group(lhs) {
            return self.err_at_span(lhs.span, "assignment to yield expression not possible");
        }
        // The element directly before '='.
        let last = match &lhs.kind {
            ExprKind::Tuple { elts, .. } if !self.starts_with_lpar(lhs.span) && !elts.is_empty() => elts.last().unwrap(),
            _ => lhs,
        };
        // (with a trailing comma the element is not directly before '=')
        let adjacent = (last.span.end_lineno, last.span.end_col) == (lhs.span.end_lineno, lhs.span.end_col);
        if first_target && adjacent {
            if let Some(e) = self.named_expr_eq_error(last) {
                return e;
            }
        }
        if let Some(e) = self.invalid_target_error(lhs, Targets::Star) {
            return e;
        }
        self.err_invalid()
    }

    fn starts_with_lpar(&self, s: Span) -> bool {
        // Find the token starting at s.
        let line = s.lineno;
        let col = s.col;
        // binary search over tokens by (line, col)
        let idx = self.toks.partition_point(|t| (t.line, t.col) < (line, col));
        idx < self.toks.len() && self.toks[idx].line == line && self.toks[idx].col == col && self.toks[idx].tok == Tok::Op(Op::LPar) && !self.toks[idx].nocol
    }

    fn token_at(&self, s: Span) -> Option<Token> {
        let idx = self.toks.partition_point(|t| (t.line, t.col) < (s.lineno, s.col));
        let idx = (idx..self.toks.len()).find(|&i| !self.toks[i].nocol)?;
        let t = self.toks[idx];
        if t.line == s.lineno && t.col == s.col {
            Some(t)
        } else {
            None
        }
    }

    /// invalid_named_expression alternatives 2 and 3, for `e` directly
    /// followed by '=' at `self.pos`.
    fn is_group(&self, e: &Expr) -> bool {
        self.groups.iter().rev().any(|s| *s == e.span)
    }

    fn named_expr_eq_error(&mut self, e: &Expr) -> Option<Box<PErr>> {
        if self.no_invalid || !self.at_op(Op::Equal) {
            return None;
        }
        if !is_bitwise_or_level(e) && !self.is_group(e) {
            return None;
        }
        // !(list|tuple|genexp|'True'|'None'|'False')
        let mut lm = e;
        loop {
            lm = match &lm.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::Call { func, .. } => func,
                ExprKind::Attribute { value, .. } => value,
                ExprKind::Subscript { value, .. } => value,
                _ => break,
            };
        }
        if lm.span.lineno == e.span.lineno && lm.span.col == e.span.col {
            let excluded = match &lm.kind {
                ExprKind::List { .. } => true,
                ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => self.starts_with_lpar(lm.span),
                ExprKind::Constant(Constant::Bool(_)) | ExprKind::Constant(Constant::None) => {
                    matches!(self.token_at(lm.span).map(|t| t.tok), Some(Tok::Kw(_)))
                }
                _ => false,
            };
            if excluded {
                return None;
            }
        }
        // '=' bitwise_or !('='|':=')
        let save = self.pos;
        let save_end = self.last_end;
        let save_depth = self.depth;
        let save_max = self.max_pos;
        self.bump();
        let rhs = self.bitwise_or();
        let ok = match &rhs {
            Ok(_) => !matches!(self.tok(), Tok::Op(Op::Equal) | Tok::Op(Op::ColonEqual)),
            Err(_) => false,
        };
        self.pos = save;
        self.last_end = save_end;
        self.depth = save_depth;
        self.max_pos = save_max;
        if !ok || self.hit_lex {
            return None;
        }
        let rhs = rhs.ok()?;
        if let ExprKind::Name { .. } = e.kind {
            return Some(self.err_range(e.span, rhs.span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
        Some(self.err_at_span(
            e.span,
            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e)),
        ))
    }

    // ------------------------------------------------------------ match statement

    fn try_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        // "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
        let save = self.pos;
        let save_end = self.last_end;
        let m = self.bump();
        let subject = match self.speculate(|p| p.match_subject()) {
            Ok(s) => s,
            Err(e) => {
                if self.hit_lex || (self.lenient && !e.generic) {
                    return Err(e);
                }
                self.pos = save;
                self.last_end = save_end;
                return Ok(None);
            }
        };
        if !self.at_op(Op::Colon) {
            if self.tok() == Tok::Newline {
                // invalid_match_stmt: "match" subject_expr NEWLINE -> expected ':'
                let t = self.cur();
                return Err(self.err_at_token(&t, "expected ':'"));
            }
            self.pos = save;
            self.last_end = save_end;
            return Ok(None);
        }
        self.bump();
        if self.tok() != Tok::Newline {
            self.pos = save;
            self.last_end = save_end;
            return Ok(None);
        }
        self.bump();
        if self.tok() != Tok::Indent {
            let t = self.cur();
            return Err(self.indent_err_at_token(&t, format!("expected an indented block after 'match' statement on line {}", m.line)));
        }
        self.bump();
        let mut cases = Vec::new();
        loop {
            if !self.at_soft_kw("case") {
                if cases.is_empty() {
                    return Err(self.err_invalid());
                }
                break;
            }
            cases.push(self.case_block()?);
            if self.tok() == Tok::Dedent {
                break;
            }
        }
        if self.tok() != Tok::Dedent {
            return Err(self.err_invalid());
        }
        self.bump();
        Ok(Some(Stmt::new(StmtKind::Match { subject: Box::new(subject), cases }, self.span_from((m.line, m.col)))))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.star_named_expression()?;
        if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::Colon) {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            return Ok(Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)));
        }
        if let ExprKind::Starred { .. } = first.kind {
            return Err(self.err_invalid());
        }
        Ok(first)
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let c = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw(Kw::If) { Some(self.named_expression()?) } else { None };
        if !self.at_op(Op::Colon) {
            let t = self.cur();
            if t.tok == Tok::Newline {
                return Err(self.err_at_token(&t, "expected ':'"));
            }
            return Err(self.err_invalid());
        }
        self.bump();
        let body = self.block("'case' statement", c.line)?;
        Ok(MatchCase { pattern, guard, body })
    }

    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start_of();
        let first = self.maybe_star_pattern()?;
        if self.at_op(Op::Comma) {
            let mut pats = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                    break;
                }
                pats.push(self.maybe_star_pattern()?);
            }
            return Ok(Pattern { kind: PatternKind::MatchSequence(pats), span: self.span_from(start) });
        }
        if let PatternKind::MatchStar(_) = first.kind {
            return Ok(Pattern { kind: PatternKind::MatchSequence(vec![first]), span: self.span_from(start) });
        }
        Ok(first)
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at_op(Op::Star) {
            let s = self.bump();
            let (n, _) = self.expect_name()?;
            let name = if n == "_" { None } else { Some(n) };
            return Ok(Pattern { kind: PatternKind::MatchStar(name), span: self.span_from((s.line, s.col)) });
        }
        self.pattern()
    }

    fn pattern(&mut self) -> PResult<Pattern> {
        self.check_depth()?;
        let start = self.start_of();
        let p = self.or_pattern()?;
        let r = if self.eat_kw(Kw::As) {
            let t = self.cur();
            let (n, nt) = self.expect_name()?;
            if n == "_" {
                self.depth -= 1;
                return Err(self.err_at_token(&nt, "cannot use '_' as a target"));
            }
            let _ = t;
            Pattern { kind: PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(n) }, span: self.span_from(start) }
        } else {
            p
        };
        self.depth -= 1;
        Ok(r)
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start_of();
        let first = self.closed_pattern()?;
        if !self.at_op(Op::VBar) {
            return Ok(first);
        }
        let mut pats = vec![first];
        while self.eat_op(Op::VBar) {
            pats.push(self.closed_pattern()?);
        }
        Ok(Pattern { kind: PatternKind::MatchOr(pats), span: self.span_from(start) })
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let t = self.cur();
        if self.at_op(Op::Minus) {
            self.bump();
            if self.tok() != Tok::Number {
                return Err(self.err_invalid());
            }
            let n = self.atom()?;
            return Ok(Expr::new(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(n) }, self.span_from((t.line, t.col))));
        }
        if self.tok() != Tok::Number {
            return Err(self.err_invalid());
        }
        self.atom()
    }

    /// literal_expr for patterns and mapping keys.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        match self.tok() {
            Tok::String => self.atom(),
            Tok::Kw(Kw::None) | Tok::Kw(Kw::True) | Tok::Kw(Kw::False) => self.atom(),
            _ => {
                let n = self.signed_number()?;
                if self.at_op(Op::Plus) || self.at_op(Op::Minus) {
                    let op = if self.bump().tok == Tok::Op(Op::Plus) { Operator::Add } else { Operator::Sub };
                    if self.tok() != Tok::Number {
                        return Err(self.err_invalid());
                    }
                    let im = self.atom()?;
                    return Ok(Expr::new(ExprKind::BinOp { left: Box::new(n), op, right: Box::new(im) }, self.span_from(start)));
                }
                Ok(n)
            }
        }
    }

    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let (n, t) = self.expect_name()?;
        let mut e = Expr::new(ExprKind::Name { id: n, ctx: ExprContext::Load }, Self::tok_span(&t));
        while self.at_op(Op::Dot) {
            self.bump();
            let (a, _) = self.expect_name()?;
            e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr: a, ctx: ExprContext::Load }, self.span_from(start));
        }
        Ok(e)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start_of();
        match self.tok() {
            Tok::Number | Tok::Op(Op::Minus) | Tok::String => {
                let e = self.literal_expr()?;
                Ok(Pattern { kind: PatternKind::MatchValue(Box::new(e)), span: self.span_from(start) })
            }
            Tok::Kw(Kw::None) | Tok::Kw(Kw::True) | Tok::Kw(Kw::False) => {
                let t = self.bump();
                let c = match t.tok {
                    Tok::Kw(Kw::None) => Constant::None,
                    Tok::Kw(Kw::True) => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(Pattern { kind: PatternKind::MatchSingleton(c), span: Self::tok_span(&t) })
            }
            Tok::Name => {
                let e = self.name_or_attr()?;
                if self.at_op(Op::LPar) {
                    return self.class_pattern(e, start);
                }
                match e.kind {
                    ExprKind::Name { id, .. } => {
                        if id == "_" {
                            Ok(Pattern { kind: PatternKind::MatchAs { pattern: None, name: None }, span: e.span })
                        } else {
                            Ok(Pattern { kind: PatternKind::MatchAs { pattern: None, name: Some(id) }, span: e.span })
                        }
                    }
                    _ => Ok(Pattern { kind: PatternKind::MatchValue(Box::new(e)), span: self.span_from(start) }),
                }
            }
            Tok::Op(Op::LPar) => {
                self.bump();
                if self.eat_op(Op::RPar) {
                    return Ok(Pattern { kind: PatternKind::MatchSequence(vec![]), span: self.span_from(start) });
                }
                let first = self.maybe_star_pattern()?;
                if self.at_op(Op::Comma) {
                    let mut pats = vec![first];
                    while self.eat_op(Op::Comma) {
                        if self.at_op(Op::RPar) {
                            break;
                        }
                        pats.push(self.maybe_star_pattern()?);
                    }
                    if !self.eat_op(Op::RPar) {
                        return Err(self.err_invalid());
                    }
                    return Ok(Pattern { kind: PatternKind::MatchSequence(pats), span: self.span_from(start) });
                }
                if !self.eat_op(Op::RPar) {
                    return Err(self.err_invalid());
                }
                if let PatternKind::MatchStar(_) = first.kind {
                    return Ok(Pattern { kind: PatternKind::MatchSequence(vec![first]), span: self.span_from(start) });
                }
                Ok(first)
            }
            Tok::Op(Op::LSqb) => {
                self.bump();
                let mut pats = Vec::new();
                while !self.at_op(Op::RSqb) {
                    pats.push(self.maybe_star_pattern()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                if !self.eat_op(Op::RSqb) {
                    return Err(self.err_invalid());
                }
                Ok(Pattern { kind: PatternKind::MatchSequence(pats), span: self.span_from(start) })
            }
            Tok::Op(Op::LBrace) => {
                self.bump();
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                while !self.at_op(Op::RBrace) {
                    if self.at_op(Op::DoubleStar) {
                        self.bump();
                        let (n, _) = self.expect_name()?;
                        rest = Some(n);
                        self.eat_op(Op::Comma);
                        break;
                    }
                    let k = if self.at_name() { self.name_or_attr()? } else { self.literal_expr()? };
                    if !self.eat_op(Op::Colon) {
                        return Err(self.err_invalid());
                    }
                    keys.push(k);
                    patterns.push(self.pattern()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                if !self.eat_op(Op::RBrace) {
                    return Err(self.err_invalid());
                }
                Ok(Pattern { kind: PatternKind::MatchMapping { keys, patterns, rest }, span: self.span_from(start) })
            }
            _ => Err(self.err_invalid()),
        }
    }

    fn class_pattern(&mut self, cls: Expr, start: (u32, u32)) -> PResult<Pattern> {
        self.bump(); // '('
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(Op::RPar) {
            if self.at_name() && self.peek_n(1) == Tok::Op(Op::Equal) {
                let (n, _) = self.expect_name()?;
                self.bump();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                if !kwd_attrs.is_empty() {
                    let p = self.pattern()?;
                    return Err(self.err_at_span(p.span, "positional patterns follow keyword patterns"));
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if !self.eat_op(Op::RPar) {
            return Err(self.err_invalid());
        }
        Ok(Pattern {
            kind: PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns },
            span: self.span_from(start),
        })
    }

    // ------------------------------------------------------------ parameters

    /// Parse a parameter list up to ')' (def) or ':' (lambda).
    fn parameters(&mut self, is_lambda: bool) -> PResult<Arguments> {
        let end_op = if is_lambda { Op::Colon } else { Op::RPar };
        let mut a = Arguments::default();
        let mut plain: Vec<Arg> = Vec::new();
        let mut seen_slash = false;
        let mut seen_star = false; // '*' or '*args'
        let mut bare_star: Option<Token> = None;
        let mut seen_default = false;
        loop {
            if self.at_op(end_op) {
                break;
            }
            if a.kwarg.is_some() {
                // arguments cannot follow var-keyword argument
                let t = self.cur();
                if self.at_name() {
                    let p = self.param(is_lambda)?;
                    return Err(self.err_at_span(p.span, "arguments cannot follow var-keyword argument"));
                }
                if matches!(t.tok, Tok::Op(Op::Star) | Tok::Op(Op::DoubleStar) | Tok::Op(Op::Slash)) {
                    return Err(self.err_at_token(&t, "arguments cannot follow var-keyword argument"));
                }
                return Err(self.err_invalid());
            }
            match self.tok() {
                Tok::Op(Op::Slash) => {
                    let t = self.cur();
                    if seen_slash {
                        return Err(self.err_at_token(&t, "/ may appear only once"));
                    }
                    if seen_star {
                        return Err(self.err_at_token(&t, "/ must be ahead of *"));
                    }
                    if plain.is_empty() {
                        if self.peek_n(1) == Tok::Op(Op::Comma) {
                            return Err(self.err_at_token(&t, "at least one argument must precede /"));
                        }
                        return Err(self.err_invalid());
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut plain);
                    if self.at_op(Op::Star) {
                        let st = self.cur();
                        return Err(self.err_at_token(&st, "expected comma between / and *"));
                    }
                }
                Tok::Op(Op::Star) => {
                    let t = self.cur();
                    if seen_star {
                        return Err(self.err_at_token(&t, "* argument may appear only once"));
                    }
                    self.bump();
                    seen_star = true;
                    if self.at_op(Op::Comma) || self.at_op(end_op) {
                        if self.at_op(end_op) || matches!(self.peek_n(1), Tok::Op(o) if o == end_op || o == Op::DoubleStar) {
                            if is_lambda {
                                // RAISE_SYNTAX_ERROR: at the last token fetched
                                let i = if self.at_op(end_op) { self.pos } else { self.pos + 1 };
                                let lt = self.toks[i.min(self.toks.len() - 1)];
                                return Err(self.err_at_token(&lt, "named arguments must follow bare *"));
                            }
                            return Err(self.err_at_token(&t, "named arguments must follow bare *"));
                        }
                        bare_star = Some(t);
                    } else {
                        let p = if !is_lambda && self.at_name() && self.peek_n(1) == Tok::Op(Op::Colon) {
                            // param_star_annotation: NAME ':' star_expression
                            let (n, nt) = self.expect_name()?;
                            self.bump();
                            let ann = self.star_expression()?;
                            Arg { arg: n, annotation: Some(Box::new(ann)), span: self.span_from((nt.line, nt.col)) }
                        } else {
                            self.param(is_lambda)?
                        };
                        if self.at_op(Op::Equal) {
                            let t = self.cur();
                            return Err(self.err_at_token(&t, "var-positional argument cannot have default value"));
                        }
                        a.vararg = Some(p);
                    }
                }
                Tok::Op(Op::DoubleStar) => {
                    self.bump();
                    let p = self.param(is_lambda)?;
                    if self.at_op(Op::Equal) {
                        let t = self.cur();
                        return Err(self.err_at_token(&t, "var-keyword argument cannot have default value"));
                    }
                    a.kwarg = Some(p);
                }
                Tok::Name => {
                    let p = self.param(is_lambda)?;
                    let default = if self.at_op(Op::Equal) {
                        let eq = self.bump();
                        if self.at_op(Op::Comma) || self.at_op(end_op) {
                            if is_lambda {
                                return Err(self.err_invalid());
                            }
                            return Err(self.err_at_token(&eq, "expected default value expression"));
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                        bare_star = None;
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None => {
                                if seen_default && (self.at_op(Op::Comma) || self.at_op(end_op)) {
                                    return Err(self.err_at_span(p.span, "non-default argument follows default argument"));
                                }
                            }
                        }
                        plain.push(p);
                    }
                }
                Tok::Op(Op::LPar) => {
                    // param_no_default* '(' param_no_default+ ','? ')'
                    let lp = self.cur();
                    let save_max = self.max_pos;
                    let r = self.speculate(|p| {
                        p.bump();
                        let mut n = 0;
                        while p.at_name() {
                            p.param(is_lambda)?;
                            n += 1;
                            if !p.eat_op(Op::Comma) {
                                break;
                            }
                        }
                        if n > 0 && p.at_op(Op::RPar) {
                            Ok(p.bump())
                        } else {
                            Err(p.err_invalid())
                        }
                    });
                    self.max_pos = save_max;
                    return match r {
                        Ok(rp) if !self.hit_lex => Err(self.err_range(
                            Self::tok_span(&lp),
                            Self::tok_span(&rp),
                            if is_lambda {
                                "Lambda expression parameters cannot be parenthesized"
                            } else {
                                "Function parameters cannot be parenthesized"
                            },
                        )),
                        _ => Err(self.err_invalid()),
                    };
                }
                _ => return Err(self.err_invalid()),
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(t) = bare_star {
            return Err(self.err_at_token(&t, "named arguments must follow bare *"));
        }
        a.args = plain;
        Ok(a)
    }

    fn param(&mut self, is_lambda: bool) -> PResult<Arg> {
        let (n, t) = self.expect_name()?;
        let annotation = if !is_lambda && self.eat_op(Op::Colon) { Some(Box::new(self.expression()?)) } else { None };
        Ok(Arg { arg: n, annotation, span: self.span_from((t.line, t.col)) })
    }

    // ------------------------------------------------------------ expressions

    /// expressions: expression (',' expression)* [','] (used by `eval`).
    fn expressions(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.can_start_expression() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !(self.can_start_expression() || self.at_op(Op::Star)) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let s = self.bump();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.span_from((s.line, s.col))));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let s = self.bump();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.span_from((s.line, s.col))));
        }
        self.named_expression()
    }

    fn can_start_expression(&mut self) -> bool {
        match self.tok() {
            Tok::Name | Tok::Number | Tok::String => true,
            Tok::Kw(k) => matches!(k, Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(o) => matches!(
                o,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// named_expression: NAME ':=' expression | expression !':='
    fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && self.peek_n(1) == Tok::Op(Op::ColonEqual) {
            let (n, t) = self.expect_name()?;
            self.bump();
            let value = self.expression()?;
            let target = Expr::new(ExprKind::Name { id: n, ctx: ExprContext::Store }, Self::tok_span(&t));
            return Ok(Expr::new(
                ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) },
                self.span_from((t.line, t.col)),
            ));
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            // invalid_named_expression: expression ':=' expression
            if self.walrus_rhs_ok() {
                return Err(self.err_at_span(e.span, format!("cannot use assignment expressions with {}", expr_name(&e))));
            }
            return Err(self.err_invalid());
        }
        if self.at_op(Op::Equal) {
            if let Some(err) = self.named_expr_eq_error(&e) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// At ':=': does an expression follow?  (second-pass speculation)
    fn walrus_rhs_ok(&mut self) -> bool {
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        self.bump();
        let ok = self.expression().is_ok();
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        ok && !self.hit_lex
    }

    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    fn expression(&mut self) -> PResult<Expr> {
        self.check_depth()?;
        let r = self.expression_inner(true);
        self.depth -= 1;
        r
    }

    fn memo_mark(&mut self, p: usize) {
        let w = p / 64;
        if self.memo_no_invalid.len() <= w {
            self.memo_no_invalid.resize(w + 1, 0);
        }
        self.memo_no_invalid[w] |= 1 << (p % 64);
    }

    /// A speculative `star_expressions` from the current position, as the
    /// invalid rules try it: a tokenizer error met on the way or a specific
    /// error propagates, anything else is forgotten (and remembered per
    /// position, see `memo_spec`).
    fn speculative_star_expressions(&mut self) -> PResult<()> {
        let key = self.spec_key(self.pos, 0);
        if self.spec_done(key) {
            return Ok(());
        }
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        let r = self.star_expressions();
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        if self.hit_lex {
            return Err(self.err_invalid());
        }
        if let Err(e) = r {
            if !e.generic {
                return Err(e);
            }
        }
        self.spec_mark(key);
        Ok(())
    }

    /// `memo_spec` key of a speculative parse at token `pos` in this pass;
    /// `rule` 0 is invalid_expression's, 1 invalid_for_target's.
    fn spec_key(&self, pos: usize, rule: usize) -> usize {
        (pos * 2 + self.lenient as usize) * 2 + rule
    }

    fn spec_done(&self, key: usize) -> bool {
        self.memo_spec.get(key / 64).map_or(false, |&m| m & (1u64 << (key % 64)) != 0)
    }

    fn spec_mark(&mut self, key: usize) {
        let w = key / 64;
        if self.memo_spec.len() <= w {
            self.memo_spec.resize(w + 1, 0);
        }
        self.memo_spec[w] |= 1u64 << (key % 64);
    }

    fn memo_has(&self, p: usize) -> bool {
        self.memo_no_invalid.get(p / 64).map_or(false, |w| w & (1 << (p % 64)) != 0)
    }

    fn expression_inner(&mut self, check_invalid: bool) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambdef();
        }
        let start_tok = self.cur();
        let start = (start_tok.line, start_tok.col);
        let a = if !self.no_invalid && self.memo_has(self.pos) {
            // the disjunction here was memoized by an invalid-rules-off parse
            let saved = (self.no_invalid, self.lenient);
            self.no_invalid = true;
            self.lenient = true;
            let r = self.disjunction();
            self.no_invalid = saved.0;
            self.lenient = saved.1;
            r?
        } else {
            self.disjunction()?
        };
        if self.at_kw(Kw::If) {
            let before_if = (self.pos, self.last_end, self.depth);
            self.bump();
            let test = match self.lenient_try(|p| p.disjunction())? {
                Some(t) => t,
                None => {
                    self.pos = before_if.0;
                    self.last_end = before_if.1;
                    self.depth = before_if.2;
                    return Ok(a);
                }
            };
            if !self.eat_kw(Kw::Else) {
                if self.no_invalid && self.tok() != Tok::Error {
                    // `disjunction 'if' disjunction 'else' expression` fails:
                    // fall back to the plain disjunction.
                    self.pos = before_if.0;
                    self.last_end = before_if.1;
                    self.depth = before_if.2;
                    return Ok(a);
                }
                if self.at_op(Op::Colon) || self.tok() == Tok::Error {
                    return Err(self.err_invalid());
                }
                return Err(self.err_range(a.span, test.span, "expected 'else' after 'if' expression"));
            }
            let orelse = match self.lenient_try(|p| p.expression())? {
                Some(o) => o,
                None => {
                    self.pos = before_if.0;
                    self.last_end = before_if.1;
                    self.depth = before_if.2;
                    return Ok(a);
                }
            };
            return Ok(Expr::new(
                ExprKind::IfExp { test: Box::new(test), body: Box::new(a), orelse: Box::new(orelse) },
                self.span_from(start),
            ));
        }
        if check_invalid && self.can_start_expression() && !matches!(self.tok(), Tok::Op(Op::Minus) | Tok::Op(Op::Plus)) {
            self.invalid_expression(&a, &start_tok)?;
        } else if check_invalid && self.lenient && !self.no_invalid && start_tok.tok == Tok::Name && !matches!(a.kind, ExprKind::Name { .. }) {
            self.legacy_cascade(&start_tok)?;
        }
        Ok(a)
    }

    /// CPython's invalid_expression / invalid_legacy_expression: two
    /// juxtaposed expressions.
    fn invalid_expression(&mut self, a: &Expr, start_tok: &Token) -> PResult<()> {
        if self.no_invalid {
            return Ok(());
        }
        self.invalid_expression_comma(a, start_tok)?;
        // Legacy print/exec statements.  (CPython's invalid_legacy_expression
        // parses `NAME !'(' star_expressions` for any name, which may run
        // into a tokenizer error further on.)
        let legacy = match &a.kind {
            ExprKind::Name { id, .. } => id == "print" || id == "exec",
            _ => false,
        };
        if !legacy {
            if let ExprKind::Name { .. } = a.kind {
                if !self.at_op(Op::LPar) {
                    self.speculative_star_expressions()?;
                }
            } else if self.lenient && start_tok.tok == Tok::Name {
                return self.legacy_cascade(start_tok);
            }
            return Ok(());
        }
        {
            if self.at_op(Op::LPar) {
                return Ok(());
            }
            let save = (self.pos, self.last_end, self.depth, self.max_pos);
            let r = self.star_expressions();
            let hit = self.hit_lex;
            self.pos = save.0;
            self.last_end = save.1;
            self.depth = save.2;
            self.max_pos = save.3;
            if let Ok(b) = r {
                if !hit {
                    let id = if let ExprKind::Name { id, .. } = &a.kind { id.clone() } else { String::new() };
                    return Err(self.err_range(
                        a.span,
                        b.span,
                        format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id),
                    ));
                }
            }
            return Ok(());
        }
    }

    /// Second pass: CPython's invalid_legacy_expression (`NAME !'('
    /// star_expressions`) is tried at every expression starting with a
    /// NAME; errors raised while parsing the `star_expressions` propagate.
    fn legacy_cascade(&mut self, start_tok: &Token) -> PResult<()> {
        let idx = self.toks.partition_point(|t| (t.lo, t.hi) < (start_tok.lo, start_tok.hi));
        if idx + 1 >= self.toks.len() || self.toks[idx].lo != start_tok.lo {
            return Ok(());
        }
        let save = self.pos;
        self.pos = idx + 1;
        if self.at_op(Op::LPar) || !(self.can_start_expression() || self.at_op(Op::Star)) {
            self.pos = save;
            return Ok(());
        }
        let r = self.speculative_star_expressions();
        self.pos = save;
        if self.hit_lex {
            return Err(self.err_invalid()); // located from the caller's position
        }
        r
    }

    fn invalid_expression_comma(&mut self, a: &Expr, start_tok: &Token) -> PResult<()> {
        if let ExprKind::Name { id, .. } = &a.kind {
            if id == "print" || id == "exec" {
                return Ok(());
            }
        }
        // !(NAME STRING | SOFT_KEYWORD)
        if start_tok.tok == Tok::Name {
            let s = self.text(start_tok);
            // CPython compares soft keywords with strncmp(kw, name, len(name)),
            // so any prefix of "match"/"case"/"_" counts (e.g. `c`, `m`).
            if ["_", "case", "match"].iter().any(|k| k.starts_with(s)) {
                return Ok(());
            }
            let idx = self.toks.partition_point(|t| (t.line, t.col) < (start_tok.line, start_tok.col));
            if idx + 1 < self.toks.len() && self.toks[idx + 1].tok == Tok::String {
                return Ok(());
            }
        }
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        let b_start = self.pos;
        let saved_ni = (self.no_invalid, self.lenient);
        self.no_invalid = true;
        self.lenient = true;
        let r = self.expression_inner(false);
        self.no_invalid = saved_ni.0;
        self.lenient = saved_ni.1;
        if r.is_ok() {
            // CPython memoizes this (invalid-rules-off, possibly shortened)
            // result; later parses at this position reuse it.
            self.memo_mark(b_start);
        }
        let last_level = if self.pos > 0 { self.toks[self.pos - 1].level } else { 0 };
        let hit = self.hit_lex;
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        if let Ok(b) = r {
            if !hit && last_level > 0 {
                return Err(self.err_range(a.span, b.span, "invalid syntax. Perhaps you forgot a comma?"));
            }
        }
        Ok(())
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let l = self.bump();
        let args = self.parameters(true)?;
        if !self.eat_op(Op::Colon) {
            return Err(self.err_invalid());
        }
        let body = self.expression()?;
        Ok(Expr::new(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, self.span_from((l.line, l.col))))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.conjunction()?;
        if !self.at_kw(Kw::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Kw::Or) {
            let r = self.lenient_try(|p| {
                p.bump();
                p.conjunction()
            })?;
            let Some(v) = r else { break };
            values.push(v);
        }
        if values.len() == 1 {
            return Ok(values.pop().unwrap());
        }
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::Or, values }, self.span_from(start)))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.inversion()?;
        if !self.at_kw(Kw::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Kw::And) {
            let r = self.lenient_try(|p| {
                p.bump();
                p.inversion()
            })?;
            let Some(v) = r else { break };
            values.push(v);
        }
        if values.len() == 1 {
            return Ok(values.pop().unwrap());
        }
        Ok(Expr::new(ExprKind::BoolOp { op: BoolOp::And, values }, self.span_from(start)))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Not) {
            let t = self.bump();
            self.check_depth()?;
            let operand = self.inversion();
            self.depth -= 1;
            let operand = operand?;
            return Ok(Expr::new(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, self.span_from((t.line, t.col))));
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        Some(match self.tok() {
            Tok::Op(Op::EqEqual) => CmpOp::Eq,
            Tok::Op(Op::NotEqual) => CmpOp::NotEq,
            Tok::Op(Op::Less) => CmpOp::Lt,
            Tok::Op(Op::LessEqual) => CmpOp::LtE,
            Tok::Op(Op::Greater) => CmpOp::Gt,
            Tok::Op(Op::GreaterEqual) => CmpOp::GtE,
            Tok::Kw(Kw::In) => CmpOp::In,
            Tok::Kw(Kw::Is) => {
                if self.peek_n(1) == Tok::Kw(Kw::Not) {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Kw(Kw::Not) => {
                if self.peek_n(1) == Tok::Kw(Kw::In) {
                    CmpOp::NotIn
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            let r = self.lenient_try(|p| {
                p.bump();
                if op == CmpOp::IsNot || op == CmpOp::NotIn {
                    p.bump();
                }
                p.bitwise_or()
            })?;
            let Some(c) = r else { break };
            ops.push(op);
            comparators.push(c);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(ExprKind::Compare { left: Box::new(left), ops, comparators }, self.span_from(start)))
    }

    /// The binary operators of `bitwise_or` and their precedence level
    /// (0 `|` ... 5 `*`; `**` is `power`'s).
    fn binop_of(t: Tok) -> Option<(Operator, u8)> {
        Some(match t {
            Tok::Op(Op::VBar) => (Operator::BitOr, 0),
            Tok::Op(Op::Circumflex) => (Operator::BitXor, 1),
            Tok::Op(Op::Amper) => (Operator::BitAnd, 2),
            Tok::Op(Op::LeftShift) => (Operator::LShift, 3),
            Tok::Op(Op::RightShift) => (Operator::RShift, 3),
            Tok::Op(Op::Plus) => (Operator::Add, 4),
            Tok::Op(Op::Minus) => (Operator::Sub, 4),
            Tok::Op(Op::Star) => (Operator::Mult, 5),
            Tok::Op(Op::Slash) => (Operator::Div, 5),
            Tok::Op(Op::DoubleSlash) => (Operator::FloorDiv, 5),
            Tok::Op(Op::Percent) => (Operator::Mod, 5),
            Tok::Op(Op::At) => (Operator::MatMult, 5),
            _ => return None,
        })
    }

    /// Left-associative binary operators of level `min` and above, by
    /// precedence climbing (one call per operand instead of one per level:
    /// every atom of every expression passes here). The flag is set when a
    /// right operand failed leniently: the grammar's one-rule-per-level form
    /// then stops at every level, so the caller stops too.
    fn binop_level(&mut self, min: u8) -> PResult<(Expr, bool)> {
        let start = self.start_of();
        let mut left = self.factor()?;
        while let Some((op, level)) = Self::binop_of(self.tok()) {
            if level < min {
                break;
            }
            let r = self.lenient_try(|p| {
                p.bump();
                p.binop_level(level + 1)
            })?;
            let Some((right, stop)) = r else { return Ok((left, true)) };
            left = Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, self.span_from(start));
            if stop {
                return Ok((left, true));
            }
        }
        Ok((left, false))
    }

    fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binop_level(0).map(|(e, _)| e)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op(Op::Plus) => UnaryOp::UAdd,
            Tok::Op(Op::Minus) => UnaryOp::USub,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let t = self.bump();
        self.check_depth()?;
        let operand = self.factor();
        self.depth -= 1;
        let operand = operand?;
        Ok(Expr::new(ExprKind::UnaryOp { op, operand: Box::new(operand) }, self.span_from((t.line, t.col))))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let base = self.await_primary()?;
        if self.at_op(Op::DoubleStar) {
            let r = self.lenient_try(|p| {
                p.bump();
                p.check_depth()?;
                let exp = p.factor();
                p.depth -= 1;
                exp
            })?;
            let Some(exp) = r else { return Ok(base) };
            return Ok(Expr::new(
                ExprKind::BinOp { left: Box::new(base), op: Operator::Pow, right: Box::new(exp) },
                self.span_from(start),
            ));
        }
        Ok(base)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Await) {
            let t = self.bump();
            let v = self.primary()?;
            return Ok(Expr::new(ExprKind::Await(Box::new(v)), self.span_from((t.line, t.col))));
        }
        self.primary()
    }

    fn primary(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let mut e = self.atom()?;
        loop {
            match self.tok() {
                Tok::Op(Op::Dot) => {
                    let r = self.lenient_try(|p| {
                        p.bump();
                        p.expect_name()
                    })?;
                    let Some((attr, _)) = r else { break };
                    e = Expr::new(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.span_from(start));
                }
                Tok::Op(Op::LPar) => {
                    let r = self.lenient_try(|p| {
                        let lp = p.bump();
                        p.call_arguments(&lp, true)
                    })?;
                    let Some((args, keywords)) = r else { break };
                    e = Expr::new(ExprKind::Call { func: Box::new(e), args, keywords }, self.span_from(start));
                }
                Tok::Op(Op::LSqb) => {
                    let r = self.lenient_try(|p| {
                        p.bump();
                        let slice = p.slices()?;
                        if !p.eat_op(Op::RSqb) {
                            return Err(p.err_invalid());
                        }
                        Ok(slice)
                    })?;
                    let Some(slice) = r else { break };
                    e = Expr::new(
                        ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: ExprContext::Load },
                        self.span_from(start),
                    );
                }
                Tok::Op(Op::LBrace) if self.pass2 && !self.no_invalid => {
                    self.invalid_comprehension_after_primary()?;
                    break;
                }
                _ => break,
            }
        }
        Ok(e)
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        let first = self.slice_item()?;
        if !self.at_op(Op::Comma) {
            if let ExprKind::Starred { .. } = first.kind {
                // `a[*b]`: the second alternative of `slices` -> a tuple
                return Ok(Expr::new(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, self.span_from(start)));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.start_of();
        if self.at_op(Op::Star) {
            let s = self.bump();
            let v = self.expression()?;
            return Ok(Expr::new(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.span_from((s.line, s.col))));
        }
        let lower = if self.at_op(Op::Colon) { None } else { Some(self.named_expression_or_expr()?) };
        if !self.at_op(Op::Colon) {
            return Ok(lower.unwrap());
        }
        if let Some(l) = &lower {
            if let ExprKind::NamedExpr { .. } = l.kind {
                return Err(self.err_invalid());
            }
        }
        self.bump();
        let upper = if matches!(self.tok(), Tok::Op(Op::Colon) | Tok::Op(Op::Comma) | Tok::Op(Op::RSqb)) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(Op::Colon) {
            if !matches!(self.tok(), Tok::Op(Op::Comma) | Tok::Op(Op::RSqb)) {
                step = Some(Box::new(self.expression()?));
            }
        }
        Ok(Expr::new(ExprKind::Slice { lower: lower.map(Box::new), upper, step }, self.span_from(start)))
    }

    fn named_expression_or_expr(&mut self) -> PResult<Expr> {
        self.named_expression()
    }

    /// Arguments of a call (after '(' up to and including ')').
    fn call_arguments(&mut self, lpar: &Token, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false; // NAME=value seen
        let mut seen_dstar = false; // **kw seen
        let mut pos_after_kw = false;
        let mut genexp_count = 0usize;
        let mut n_items = 0usize;
        loop {
            if self.at_op(Op::RPar) {
                break;
            }
            n_items += 1;
            let item_start = self.cur();
            if self.at_op(Op::Star) {
                let s = self.bump();
                let v = match self.expression() {
                    Ok(v) => v,
                    Err(e) => {
                        if n_items > 1 && e.generic && !self.hit_lex {
                            // invalid_arguments: args ',' '*'
                            return Err(self.err_at_token(&s, "iterable argument unpacking follows keyword argument unpacking"));
                        }
                        return Err(e);
                    }
                };
                let e = Expr::new(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.span_from((s.line, s.col)));
                if seen_dstar {
                    return Err(self.err_at_token(&s, "iterable argument unpacking follows keyword argument unpacking"));
                }
                args.push(e);
            } else if self.at_op(Op::DoubleStar) {
                let s = self.bump();
                let v = self.expression()?;
                seen_dstar = true;
                keywords.push(Keyword { arg: None, value: v, span: self.span_from((s.line, s.col)) });
            } else if self.at_name() && self.peek_n(1) == Tok::Op(Op::Equal) {
                let (n, t) = self.expect_name()?;
                let eq = self.bump();
                let v = self.expression()?;
                if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
                    // invalid_arguments: NAME '=' expression for_if_clauses
                    return Err(self.err_range(Self::tok_span(&t), Self::tok_span(&eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                }
                if self.at_op(Op::Equal) {
                    return Err(self.err_invalid());
                }
                seen_kw = true;
                keywords.push(Keyword { arg: Some(n), value: v, span: self.span_from((t.line, t.col)) });
            } else if matches!(self.tok(), Tok::Kw(Kw::True) | Tok::Kw(Kw::False) | Tok::Kw(Kw::None)) && self.peek_n(1) == Tok::Op(Op::Equal) {
                let t = self.bump();
                let eq = self.bump();
                let name = match t.tok {
                    Tok::Kw(k) => k.name(),
                    _ => "",
                };
                return Err(self.err_range(Self::tok_span(&t), Self::tok_span(&eq), format!("cannot assign to {}", name)));
            } else {
                let e = self.named_expression_arg()?;
                if !allow_genexp && (self.at_kw(Kw::For) || self.at_kw(Kw::Async)) {
                    return Err(self.err_invalid());
                }
                // (CPython tries `primary genexp` first, which looks past an
                // `async` after the first argument.)
                let async_for = self.at_kw(Kw::Async) && n_items == 1 && self.peek_n(1) == Tok::Kw(Kw::For);
                if n_items > 1 && self.at_kw(Kw::For) {
                    // Only CPython's second pass (invalid_arguments) parses a
                    // comprehension here: `args ',' expression for_if_clauses`.
                    let for_tok = self.cur();
                    let save = (self.pos, self.last_end, self.depth, self.max_pos);
                    let r = self.comprehension_clauses();
                    let last = self.last_end;
                    self.pos = save.0;
                    self.last_end = save.1;
                    self.depth = save.2;
                    self.max_pos = save.3;
                    let _ = for_tok;
                    match r {
                        Ok(_) if !self.hit_lex => {
                            let elt_span = e.span;
                            return Err(perr(
                                ErrType::Syntax,
                                "Generator expression must be parenthesized",
                                elt_span.lineno,
                                elt_span.col as i64 + 1,
                                last.0,
                                last.1 as i64 + 1,
                            ));
                        }
                        Err(err) if !err.generic && !self.hit_lex => return Err(err),
                        _ => return Err(self.err_invalid()),
                    }
                }
                if self.at_kw(Kw::For) || async_for {
                    let gens = self.comprehension_clauses()?;
                    let span = Span::new(lpar.line, lpar.col, self.last_end.0, self.last_end.1);
                    let elt_span = e.span;
                    let g = Expr::new(ExprKind::GeneratorExp { elt: Box::new(e), generators: gens }, span);
                    genexp_count += 1;
                    if n_items == 1 && !self.at_op(Op::RPar) && !self.at_op(Op::Comma) {
                        return Err(self.err_invalid());
                    }
                    if n_items > 1 || !self.at_op(Op::RPar) {
                        let last = self.last_end;
                        return Err(perr(
                            ErrType::Syntax,
                            "Generator expression must be parenthesized",
                            elt_span.lineno,
                            elt_span.col as i64 + 1,
                            last.0,
                            last.1 as i64 + 1,
                        ));
                    }
                    args.push(g);
                } else {
                    if self.at_op(Op::Equal) {
                        // invalid_kwarg: !(NAME '=') expression '='
                        let eq = self.cur();
                        return Err(self.err_range(e.span, Self::tok_span(&eq), "expression cannot contain assignment, perhaps you meant \"==\"?"));
                    }
                    if seen_kw || seen_dstar {
                        pos_after_kw = true;
                    }
                    args.push(e);
                }
            }
            let _ = item_start;
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        let _ = genexp_count;
        if !self.at_op(Op::RPar) {
            if pos_after_kw && self.tok() != Tok::Error {
                // invalid_arguments: args ',' args -> RAISE_SYNTAX_ERROR at
                // the last token fetched
                let t = self.cur();
                let msg = if seen_dstar {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                return Err(self.err_at_token(&t, msg));
            }
            return Err(self.err_invalid());
        }
        if pos_after_kw {
            let t = self.cur();
            let msg = if seen_dstar {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            return Err(self.err_at_token(&t, msg));
        }
        self.bump();
        Ok((args, keywords))
    }

    /// assignment_expression | expression !':='
    fn named_expression_arg(&mut self) -> PResult<Expr> {
        if self.at_name() && self.peek_n(1) == Tok::Op(Op::ColonEqual) {
            return self.named_expression();
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.err_invalid());
        }
        Ok(e)
    }

    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For) {
                self.bump();
                true
            } else {
                false
            };
            if !self.eat_kw(Kw::For) {
                break;
            }
            let target = self.star_targets_for()?;
            if !self.eat_kw(Kw::In) {
                return Err(self.err_invalid());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
            if !(self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For))) {
                break;
            }
        }
        Ok(gens)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let t = self.bump();
        let start = (t.line, t.col);
        if self.eat_kw(Kw::From) {
            let v = self.expression()?;
            return Ok(Expr::new(ExprKind::YieldFrom(Box::new(v)), self.span_from(start)));
        }
        if self.can_start_expression() || self.at_op(Op::Star) {
            let v = self.star_expressions()?;
            return Ok(Expr::new(ExprKind::Yield(Some(Box::new(v))), self.span_from(start)));
        }
        Ok(Expr::new(ExprKind::Yield(None), self.span_from(start)))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.cur();
        match self.tok() {
            Tok::Name => {
                self.bump();
                Ok(Expr::new(ExprKind::Name { id: self.name_text(&t), ctx: ExprContext::Load }, Self::tok_span(&t)))
            }
            Tok::Number => {
                self.bump();
                let c = parse_number(self.text(&t));
                Ok(Expr::new(ExprKind::Constant(c), Self::tok_span(&t)))
            }
            Tok::String => self.strings(),
            Tok::Kw(Kw::None) => {
                self.bump();
                Ok(Expr::new(ExprKind::Constant(Constant::None), Self::tok_span(&t)))
            }
            Tok::Kw(Kw::True) => {
                self.bump();
                Ok(Expr::new(ExprKind::Constant(Constant::Bool(true)), Self::tok_span(&t)))
            }
            Tok::Kw(Kw::False) => {
                self.bump();
                Ok(Expr::new(ExprKind::Constant(Constant::Bool(false)), Self::tok_span(&t)))
            }
            Tok::Op(Op::Ellipsis) => {
                self.bump();
                Ok(Expr::new(ExprKind::Constant(Constant::Ellipsis), Self::tok_span(&t)))
            }
            Tok::Op(Op::LPar) => {
                self.check_depth()?;
                let r = self.paren_atom();
                self.depth -= 1;
                r
            }
            Tok::Op(Op::LSqb) => {
                self.check_depth()?;
                let r = self.list_atom();
                self.depth -= 1;
                r
            }
            Tok::Op(Op::LBrace) => {
                self.check_depth()?;
                let r = self.brace_atom();
                self.depth -= 1;
                r
            }
            _ => Err(self.err_invalid()),
        }
    }

    fn paren_atom(&mut self) -> PResult<Expr> {
        let lp = self.bump();
        let start = (lp.line, lp.col);
        if self.eat_op(Op::RPar) {
            return Ok(Expr::new(ExprKind::Tuple { elts: vec![], ctx: ExprContext::Load }, self.span_from(start)));
        }
        if self.at_kw(Kw::Yield) {
            let y = self.yield_expr()?;
            if !self.eat_op(Op::RPar) {
                return Err(self.err_invalid());
            }
            self.groups.push(y.span);
            return Ok(y);
        }
        if self.at_op(Op::DoubleStar) {
            // invalid_group: '(' '**' expression ')'
            let s = self.cur();
            let r = self.speculate(|p| {
                p.bump();
                let e = p.expression()?;
                if p.at_op(Op::RPar) {
                    Ok(e)
                } else {
                    Err(p.err_invalid())
                }
            });
            if r.is_ok() {
                return Err(self.err_at_token(&s, "cannot use double starred expression here"));
            }
            return Err(self.err_invalid());
        }
        let first = self.star_named_expression()?;
        self.starred_first_check(&first)?;
        if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For)) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.err_at_span(first.span, "iterable unpacking cannot be used in comprehension"));
            }
            let gens = self.comprehension_clauses()?;
            if !self.eat_op(Op::RPar) {
                return Err(self.err_invalid());
            }
            return Ok(Expr::new(ExprKind::GeneratorExp { elt: Box::new(first), generators: gens }, self.span_from(start)));
        }
        if self.at_op(Op::RPar) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.err_at_span(first.span, "cannot use starred expression here"));
            }
            self.bump();
            self.groups.push(first.span);
            return Ok(first);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.err_invalid());
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.eat_op(Op::RPar) {
            return Err(self.err_invalid());
        }
        Ok(Expr::new(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let lb = self.bump();
        let start = (lb.line, lb.col);
        if self.eat_op(Op::RSqb) {
            return Ok(Expr::new(ExprKind::List { elts: vec![], ctx: ExprContext::Load }, self.span_from(start)));
        }
        let first = self.star_named_expression()?;
        self.starred_first_check(&first)?;
        if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For)) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.err_at_span(first.span, "iterable unpacking cannot be used in comprehension"));
            }
            let gens = self.comprehension_clauses()?;
            if !self.eat_op(Op::RSqb) {
                return Err(self.err_invalid());
            }
            return Ok(Expr::new(ExprKind::ListComp { elt: Box::new(first), generators: gens }, self.span_from(start)));
        }
        let elts = self.display_rest(first, Op::RSqb)?;
        if self.at_kw(Kw::For) && elts.len() >= 1 {
            let a = elts[0].span;
            let c = self.toks[self.pos - 1];
            return Err(self.err_range(a, Self::tok_span(&c), "did you forget parentheses around the comprehension target?"));
        }
        if !self.eat_op(Op::RSqb) {
            return Err(self.err_invalid());
        }
        Ok(Expr::new(ExprKind::List { elts, ctx: ExprContext::Load }, self.span_from(start)))
    }

    /// First element of a display: CPython's invalid_comprehension /
    /// invalid_group parse `'*' expression` there, so a missing comma after
    /// the starred value is diagnosed.
    fn starred_first_check(&mut self, first: &Expr) -> PResult<()> {
        if let ExprKind::Starred { value, .. } = &first.kind {
            if self.can_start_expression() && !matches!(self.tok(), Tok::Op(Op::Minus) | Tok::Op(Op::Plus)) && !self.no_invalid {
                if let Some(t) = self.token_at(value.span) {
                    let v = (**value).clone();
                    self.invalid_expression_comma(&v, &t)?;
                }
            }
        }
        Ok(())
    }

    /// The elements of a list or set display after its first one, up to the
    /// closing bracket `close` (not consumed), with invalid_comprehension's
    /// errors: `[a, for x in y]`, `{a, b for x in y}`.
    fn display_rest(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.at_op(Op::Comma) {
            let comma = self.bump();
            if self.at_op(close) {
                break;
            }
            if self.at_kw(Kw::For) {
                if let Some(e) = self.forgot_parens_error(&elts, &comma) {
                    return Err(e);
                }
            }
            elts.push(self.star_named_expression()?);
            if self.at_kw(Kw::For) {
                let a = elts[0].span;
                let b = elts.last().unwrap().span;
                return Err(self.err_range(a, b, "did you forget parentheses around the comprehension target?"));
            }
        }
        Ok(elts)
    }

    /// CPython's `primary genexp` in the second pass: genexp's
    /// invalid_comprehension also accepts a '{' after a primary, so the
    /// first elements of `1 {x fo}` / `f {a, b for a in c}` are parsed with
    /// the invalid rules on and an error there is reported inside the braces.
    /// Consumes nothing when there is no specific error.
    fn invalid_comprehension_after_primary(&mut self) -> PResult<()> {
        self.lenient_try(|p| -> PResult<()> {
            p.bump();
            let first = p.star_named_expression()?;
            p.starred_first_check(&first)?;
            if matches!(first.kind, ExprKind::Starred { .. }) && p.at_kw(Kw::For) {
                p.comprehension_clauses()?;
                return Err(p.err_at_span(first.span, "iterable unpacking cannot be used in comprehension"));
            }
            p.display_rest(first, Op::RBrace)?;
            Err(p.err_invalid())
        })
        .map(|_| ())
    }

    /// invalid_comprehension: `[a, b, for x in y]` / `[a, for x in y]`
    /// (at `for`, after the comma).
    fn forgot_parens_error(&mut self, elts: &[Expr], comma: &Token) -> Option<Box<PErr>> {
        let save = (self.pos, self.last_end, self.depth, self.max_pos);
        let r = self.comprehension_clauses();
        self.pos = save.0;
        self.last_end = save.1;
        self.depth = save.2;
        self.max_pos = save.3;
        match r {
            Err(e) if !e.generic && !self.hit_lex => return Some(e),
            Err(_) => return None,
            Ok(_) => {}
        }
        if self.hit_lex {
            return None;
        }
        let a = elts[0].span;
        let b = if elts.len() == 1 { Self::tok_span(comma) } else { elts.last().unwrap().span };
        Some(self.err_range(a, b, "did you forget parentheses around the comprehension target?"))
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let lb = self.bump();
        let start = (lb.line, lb.col);
        if self.eat_op(Op::RBrace) {
            return Ok(Expr::new(ExprKind::Dict { keys: vec![], values: vec![] }, self.span_from(start)));
        }
        if self.at_op(Op::DoubleStar) {
            let s = self.bump();
            let v = self.bitwise_or()?;
            if self.at_kw(Kw::For) {
                return Err(self.err_at_token(&s, "dict unpacking cannot be used in dict comprehension"));
            }
            return self.dict_rest(start, vec![None], vec![v]);
        }
        let first = self.star_named_expression()?;
        self.starred_first_check(&first)?;
        if self.at_op(Op::Colon) && !matches!(first.kind, ExprKind::Starred { .. }) {
            let colon = self.bump();
            if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
                return Err(self.err_at_token(&colon, "expression expected after dictionary key and ':'"));
            }
            if self.at_op(Op::Star) {
                return Err(self.dict_starred_value_error());
            }
            let v = self.expression()?;
            if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For)) {
                let gens = self.comprehension_clauses()?;
                if !self.eat_op(Op::RBrace) {
                    return Err(self.err_invalid());
                }
                return Ok(Expr::new(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(v), generators: gens },
                    self.span_from(start),
                ));
            }
            return self.dict_rest(start, vec![Some(first)], vec![v]);
        }
        // set
        if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_n(1) == Tok::Kw(Kw::For)) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.err_at_span(first.span, "iterable unpacking cannot be used in comprehension"));
            }
            let gens = self.comprehension_clauses()?;
            if !self.eat_op(Op::RBrace) {
                return Err(self.err_invalid());
            }
            return Ok(Expr::new(ExprKind::SetComp { elt: Box::new(first), generators: gens }, self.span_from(start)));
        }
        let elts = self.display_rest(first, Op::RBrace)?;
        if !self.eat_op(Op::RBrace) {
            return Err(self.err_invalid());
        }
        Ok(Expr::new(ExprKind::Set(elts), self.span_from(start)))
    }

    /// expression ':' '*' bitwise_or -> RAISE_SYNTAX_ERROR_STARTING_FROM('*')
    fn dict_starred_value_error(&mut self) -> Box<PErr> {
        let s = self.bump();
        if let Err(e) = self.bitwise_or() {
            return e;
        }
        let _ = self.tok();
        self.err_starting_from(Self::tok_span(&s), "cannot use a starred expression in a dictionary value")
    }

    fn dict_rest(&mut self, start: (u32, u32), mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> PResult<Expr> {
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.at_op(Op::DoubleStar) {
                self.bump();
                let v = self.bitwise_or()?;
                keys.push(None);
                values.push(v);
                continue;
            }
            // (CPython reports a missing ':' here rather than a missing
            // comma: the key's invalid_expression check does not fire.)
            self.check_depth()?;
            let k = self.expression_inner(false);
            self.depth -= 1;
            let k = k?;
            if !self.at_op(Op::Colon) {
                // invalid_kvpair: ':' expected after dictionary key
                return Err(perr(
                    ErrType::Syntax,
                    "':' expected after dictionary key",
                    k.span.lineno,
                    k.span.end_col as i64,
                    k.span.end_lineno,
                    0,
                ));
            }
            let colon = self.bump();
            if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
                return Err(self.err_at_token(&colon, "expression expected after dictionary key and ':'"));
            }
            if self.at_op(Op::Star) {
                return Err(self.dict_starred_value_error());
            }
            let v = self.expression()?;
            keys.push(Some(k));
            values.push(v);
        }
        if !self.eat_op(Op::RBrace) {
            return Err(self.err_invalid());
        }
        Ok(Expr::new(ExprKind::Dict { keys, values }, self.span_from(start)))
    }

    // ------------------------------------------------------------ strings

    fn strings(&mut self) -> PResult<Expr> {
        let first = self.cur();
        let mut pieces: Vec<StrPiece> = Vec::new();
        while self.tok() == Tok::String {
            let t = self.bump();
            pieces.push(self.string_piece(t));
        }
        // The token after the strings is the "last token" for errors
        // raised by RAISE_SYNTAX_ERROR in the string parser.
        let after = self.cur();
        let _ = self.tok();
        let last = self.toks[self.pos - 1];
        let span = Span::new(first.line, first.col, last.end_line, last.end_col);
        let is_bytes = pieces[0].is_bytes;
        if pieces.iter().any(|p| p.is_bytes != is_bytes) {
            return Err(self.err_at_token(&after, "cannot mix bytes and nonbytes literals"));
        }
        if is_bytes {
            let mut out = Vec::new();
            for p in &pieces {
                let body = &self.src[p.lo..p.hi];
                if let Some(_) = body.bytes().position(|c| c >= 128) {
                    return Err(self.err_at_span(Self::tok_span(&p.tok), "bytes can only contain ASCII literal characters"));
                }
                if p.is_raw {
                    out.extend_from_slice(body.as_bytes());
                } else {
                    decode_escapes_bytes(body, &mut out).map_err(|m| self.err_at_token(&after, m))?;
                }
            }
            return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(out)), span));
        }
        if !pieces.iter().any(|p| p.is_f) {
            let mut out = String::new();
            for p in &pieces {
                let body = &self.src[p.lo..p.hi];
                if p.is_raw {
                    out.push_str(body);
                } else {
                    decode_escapes_str(body, &mut out).map_err(|m| self.err_at_token(&after, m))?;
                }
            }
            return Ok(Expr::new(ExprKind::Constant(Constant::Str(out)), span));
        }
        // f-string(s)
        let mut b = FBuilder { values: Vec::new(), last_str: String::new(), span };
        for p in &pieces {
            if !p.is_f {
                let body = &self.src[p.lo..p.hi];
                if p.is_raw {
                    b.last_str.push_str(body);
                } else {
                    decode_escapes_str(body, &mut b.last_str).map_err(|m| self.err_at_token(&after, m))?;
                }
                continue;
            }
            let mut i = p.lo;
            self.fstring_concat(&mut b, &mut i, p.hi, p.is_raw, 0, &after)?;
        }
        b.flush();
        Ok(Expr::new(ExprKind::JoinedStr(b.values), span))
    }

    fn string_piece(&self, t: Token) -> StrPiece {
        let s = self.text(&t).as_bytes();
        let mut i = 0;
        let mut is_bytes = false;
        let mut is_raw = false;
        let mut is_f = false;
        while i < s.len() && s[i] != b'\'' && s[i] != b'"' {
            match s[i] {
                b'b' | b'B' => is_bytes = true,
                b'r' | b'R' => is_raw = true,
                b'f' | b'F' => is_f = true,
                _ => {}
            }
            i += 1;
        }
        let q = s[i];
        let triple = i + 2 < s.len() && s[i + 1] == q && s[i + 2] == q && s.len() - i >= 6;
        let ql = if triple { 3 } else { 1 };
        let lo = t.lo as usize + i + ql;
        let hi = t.hi as usize - ql;
        StrPiece { is_bytes, is_raw, is_f, lo, hi: hi.max(lo), tok: t }
    }

    /// _PyPegen_FstringParser_ConcatFstring: parse `src[*i..end]`.
    fn fstring_concat(&mut self, b: &mut FBuilder, i: &mut usize, end: usize, raw: bool, recurse: u32, after: &Token) -> PResult<()> {
        loop {
            // literal part
            let (lit_end, next, doubled) = self.fstring_find_literal(*i, end, raw, recurse, after)?;
            if lit_end > *i {
                let body = &self.src[*i..lit_end];
                if raw {
                    b.last_str.push_str(body);
                } else {
                    decode_escapes_str(body, &mut b.last_str).map_err(|m| self.err_at_token(after, m))?;
                }
            }
            *i = next;
            if doubled {
                continue;
            }
            if *i >= end || self.src.as_bytes()[*i] == b'}' {
                break;
            }
            // expression
            let (expr_text, fv) = self.fstring_find_expr(i, end, raw, recurse, b.span, after)?;
            if let Some(t) = expr_text {
                b.last_str.push_str(&t);
            }
            b.flush();
            b.values.push(fv);
        }
        if recurse != 0 && (*i >= end || self.src.as_bytes()[*i] != b'}') {
            return Err(self.err_at_token(after, "f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Returns (end of literal text, position to continue, doubled-brace).
    fn fstring_find_literal(&self, start: usize, end: usize, raw: bool, recurse: u32, after: &Token) -> PResult<(usize, usize, bool)> {
        let s = self.src.as_bytes();
        let mut p = start;
        while p < end {
            let mut ch = s[p];
            p += 1;
            if !raw && ch == b'\\' && p < end {
                ch = s[p];
                p += 1;
                if ch == b'N' {
                    if p < end {
                        let c = s[p];
                        p += 1;
                        if c == b'{' {
                            while p < end {
                                let c = s[p];
                                p += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if recurse == 0 {
                    if p < end && s[p] == ch {
                        return Ok((p, p + 1, true));
                    }
                    if ch == b'}' {
                        return Err(self.err_at_token(after, "f-string: single '}' is not allowed"));
                    }
                }
                p -= 1;
                return Ok((p, p, false));
            }
        }
        Ok((p.min(end), p.min(end), false))
    }

    fn fstring_find_expr(&mut self, i: &mut usize, end: usize, raw: bool, recurse: u32, span: Span, after: &Token) -> PResult<(Option<String>, Expr)> {
        let s = self.src.as_bytes();
        if recurse >= 2 {
            return Err(self.err_at_token(after, "f-string: expressions nested too deeply"));
        }
        let brace = *i;
        *i += 1;
        let expr_start = *i;
        let mut quote: u8 = 0;
        let mut string_type = 0;
        let mut stack: Vec<u8> = Vec::new();
        while *i < end {
            let ch = s[*i];
            if ch == b'\\' {
                return Err(self.err_at_token(after, "f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if string_type == 3 {
                        if *i + 2 < end && s[*i + 1] == ch && s[*i + 2] == ch {
                            *i += 3;
                            string_type = 0;
                            quote = 0;
                            continue;
                        }
                    } else {
                        string_type = 0;
                        quote = 0;
                        *i += 1;
                        continue;
                    }
                }
                *i += 1;
                continue;
            }
            if ch == b'\'' || ch == b'"' {
                if *i + 2 < end && s[*i + 1] == ch && s[*i + 2] == ch {
                    string_type = 3;
                    *i += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            } else if ch == b'[' || ch == b'{' || ch == b'(' {
                if stack.len() >= 200 {
                    return Err(self.err_at_token(after, "f-string: too many nested parenthesis"));
                }
                stack.push(ch);
            } else if ch == b'#' {
                return Err(self.err_at_token(after, "f-string expression part cannot include '#'"));
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *i + 1 < end {
                    let next = s[*i + 1];
                    if (ch == b'!' && next == b'=') || (ch == b'=' && next == b'=') || (ch == b'<' && next == b'=') || (ch == b'>' && next == b'=') {
                        *i += 2;
                        continue;
                    }
                }
                if ch == b'>' || ch == b'<' {
                    *i += 1;
                    continue;
                }
                break;
            } else if ch == b']' || ch == b'}' || ch == b')' {
                match stack.pop() {
                    None => return Err(self.err_at_token(after, format!("f-string: unmatched '{}'", ch as char))),
                    Some(open) => {
                        if !((open == b'(' && ch == b')') || (open == b'[' && ch == b']') || (open == b'{' && ch == b'}')) {
                            return Err(self.err_at_token(
                                after,
                                format!("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch as char, open as char),
                            ));
                        }
                    }
                }
            }
            *i += 1;
        }
        let expr_end = (*i).min(end);
        if quote != 0 {
            return Err(self.err_at_token(after, "f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.err_at_token(after, format!("f-string: unmatched '{}'", open as char)));
        }
        if *i >= end {
            return Err(self.err_at_token(after, "f-string: expecting '}'"));
        }
        // compile the expression
        let expr_src = &self.src[expr_start..expr_end];
        if expr_src.bytes().all(|c| c == b' ' || c == b'\t' || c == b'\n' || c == 0x0c) {
            let c = s[expr_end];
            if c == b'!' || c == b':' || c == b'=' {
                return Err(self.err_at_token(after, format!("f-string: expression required before '{}'", c as char)));
            }
            return Err(self.err_at_token(after, "f-string: empty expression not allowed"));
        }
        let value = self.fstring_compile_expr(brace, expr_start, expr_end)?;
        let mut expr_text = None;
        if s[*i] == b'=' {
            *i += 1;
            while *i < end && matches!(s[*i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                *i += 1;
            }
            if *i >= end {
                return Err(self.err_at_token(after, "f-string: expecting '}'"));
            }
            expr_text = Some(self.src[expr_start..*i].to_string());
        }
        let mut conversion: i32 = -1;
        if s[*i] == b'!' {
            *i += 1;
            if *i >= end {
                return Err(self.err_at_token(after, "f-string: expecting '}'"));
            }
            // the conversion char (may be non-ASCII; take a whole char)
            let c = self.src[*i..].chars().next().unwrap_or('\0');
            *i += c.len_utf8();
            if !(c == 's' || c == 'r' || c == 'a') {
                return Err(self.err_at_token(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = c as i32;
        }
        let mut format_spec = None;
        if *i >= end {
            return Err(self.err_at_token(after, "f-string: expecting '}'"));
        }
        if s[*i] == b':' {
            *i += 1;
            if *i >= end {
                return Err(self.err_at_token(after, "f-string: expecting '}'"));
            }
            let mut fb = FBuilder { values: Vec::new(), last_str: String::new(), span };
            self.fstring_concat(&mut fb, i, end, raw, recurse + 1, after)?;
            fb.flush();
            format_spec = Some(Box::new(Expr::new(ExprKind::JoinedStr(fb.values), span)));
        }
        if *i >= end || s[*i] != b'}' {
            return Err(self.err_at_token(after, "f-string: expecting '}'"));
        }
        *i += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = 'r' as i32;
        }
        Ok((expr_text, Expr::new(ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, span)))
    }

    /// CPython's `fstring` start rule (a replacement field in parentheses).
    fn fstring_field(&mut self) -> PResult<Expr> {
        let e = self.star_expressions()?;
        match self.tok() {
            Tok::Newline | Tok::EndMarker => Ok(e),
            _ => Err(self.err_invalid()),
        }
    }

    /// Parse the replacement-field expression `src[lo..hi]` (brace at
    /// `brace`) as CPython does: "(" + expr + ")" with star_expressions.
    fn fstring_compile_expr(&mut self, brace: usize, lo: usize, hi: usize) -> PResult<Expr> {
        let mut buf = String::with_capacity(hi - lo + 2);
        buf.push('(');
        buf.push_str(&self.src[lo..hi]);
        buf.push(')');
        // location of the '{'
        let (line, col) = self.pos_of_byte(brace);
        let mut sub = Parser::from_lexed(&buf, lexer::Lexer::new(&buf, line, col).run());
        sub.fstring = true;
        sub.depth = self.depth;
        // (CPython runs a whole parser on the field: a second pass too)
        let r = sub.fstring_field().map_err(|e| sub.second_pass_with(0, e, |p| p.fstring_field().map(|_| ())));
        match r {
            Ok(e) => {
                // The field's tokenizer warnings, in the outer list where
                // CPython's lazy tokenizer emits them (after the lines before).
                if !sub.lex_warnings.is_empty() && !self.fstring_warned.contains(&(line, col)) {
                    self.fstring_warned.push((line, col));
                    let at = self.lex_warnings.partition_point(|w| w.0 <= line);
                    self.lex_warnings.splice(at..at, sub.lex_warnings.drain(..));
                }
                Ok(e)
            }
            Err(e) => {
                let e = sub.finish_error(e);
                if e.text.is_some() {
                    // already final (a nested f-string's error)
                    return Err(Box::new(PErr {
                        ty: match e.kind.as_str() {
                            "IndentationError" => ErrType::Indentation,
                            "TabError" => ErrType::Tab,
                            "MemoryError" => ErrType::Memory,
                            _ => ErrType::Syntax,
                        },
                        msg: e.msg,
                        lineno: e.lineno,
                        offset: e.offset as i64,
                        end_lineno: e.end_lineno,
                        end_offset: e.end_offset as i64,
                        generic: false,
                        text: e.text,
                        chars: true,
                    }));
                }
                // Convert to a final error relative to the "(expr)" buffer.
                let mut offset = e.offset as i64;
                let mut end_offset = e.end_offset as i64;
                let is_lex = sub.hit_lex || matches!(sub.lex_error.as_ref().map(|l| l.kind), Some(LexErrKind::Eager));
                let msg = if e.msg.starts_with("f-string") || is_lex { e.msg.clone() } else { format!("f-string: {}", e.msg) };
                if !is_lex || true {
                    offset -= col as i64;
                    if end_offset > 0 {
                        end_offset -= col as i64;
                    }
                }
                let rel = e.lineno.saturating_sub(line) as usize;
                let text = buf.split('\n').nth(rel).unwrap_or("").to_string();
                Err(Box::new(PErr {
                    ty: match e.kind.as_str() {
                        "IndentationError" => ErrType::Indentation,
                        "TabError" => ErrType::Tab,
                        "MemoryError" => ErrType::Memory,
                        _ => ErrType::Syntax,
                    },
                    msg,
                    lineno: e.lineno,
                    offset,
                    end_lineno: e.end_lineno,
                    end_offset,
                    generic: false,
                    text: Some(text),
                    chars: true,
                }))
            }
        }
    }

    /// (line, col) of a byte offset in the source.
    fn pos_of_byte(&self, b: usize) -> (u32, u32) {
        // Find the token containing b, then count lines within it.
        let idx = self.toks.partition_point(|t| (t.lo as usize) <= b).saturating_sub(1);
        let t = &self.toks[idx];
        let bytes = self.src.as_bytes();
        let mut line = t.line;
        let mut line_start: Option<usize> = None;
        for (k, &c) in bytes[t.lo as usize..b].iter().enumerate() {
            if c == b'\n' {
                line += 1;
                line_start = Some(t.lo as usize + k + 1);
            }
        }
        match line_start {
            Some(ls) => (line, (b - ls) as u32),
            None => (line, t.col + (b - t.lo as usize) as u32),
        }
    }

    // ------------------------------------------------------------ error finishing

    /// Convert an internal error into the error CPython would report,
    /// applying tokenizer-error priority.  The offsets of the returned error
    /// are final, `text` is filled only for f-string sub-parser errors.
    pub(crate) fn finish_error(&self, e: Box<PErr>) -> FinalErr {
        let mut f = self.finish_error_inner(e);
        f.fill_line = self.toks[self.fill_pos.max(self.max_pos).min(self.toks.len() - 1)].end_line;
        f
    }

    fn finish_error_inner(&self, e: Box<PErr>) -> FinalErr {
        if e.ty == ErrType::Memory {
            return FinalErr {
                kind: "MemoryError".to_string(),
                msg: String::new(),
                lineno: e.lineno,
                offset: 0,
                end_lineno: e.end_lineno,
                end_offset: 0,
                text: None,
                chars: true,
                fill_line: 0,
            };
        }
        if self.hit_lex {
            if let Some(le) = &self.lex_error {
                return self.lex_final(le);
            }
        }
        if e.text.is_some() || e.chars {
            // f-string sub-parser errors keep their location, but a
            // later tokenizer error still wins.
            if let Some(le) = &self.lex_error {
                if le.kind == LexErrKind::Eager {
                    return self.lex_final(le);
                }
            }
            return FinalErr {
                kind: e.ty.name().to_string(),
                msg: e.msg,
                lineno: e.lineno,
                offset: e.offset.max(0) as u32,
                end_lineno: e.end_lineno,
                end_offset: e.end_offset.max(0) as u32,
                text: e.text,
                chars: true,
                fill_line: 0,
            };
        }
        if let Some(le) = &self.lex_error {
            if le.kind == LexErrKind::Eager && !(e.ty == ErrType::Indentation && e.generic) {
                return self.lex_final(le);
            }
            if e.ty == ErrType::Indentation && e.generic {
                // "unexpected indent/unindent" is raised without the
                // full-source tokenizer check.
                return FinalErr {
                    kind: e.ty.name().to_string(),
                    msg: e.msg,
                    lineno: e.lineno,
                    offset: e.offset.max(0) as u32,
                    end_lineno: e.end_lineno,
                    end_offset: e.end_offset.max(0) as u32,
                    text: None,
                    chars: false,
                    fill_line: 0,
                };
            }
            if let Some((c, line, col)) = le.paren {
                let cur_line = self.toks[self.fill_pos.max(self.max_pos).min(self.toks.len() - 1)].line;
                if cur_line > line {
                    return FinalErr {
                        kind: "SyntaxError".to_string(),
                        msg: format!("'{}' was never closed", c as char),
                        lineno: line,
                        offset: col + 1,
                        end_lineno: line,
                        end_offset: 0,
                        text: None,
                        chars: false,
                        fill_line: 0,
                    };
                }
            }
        }
        FinalErr {
            kind: e.ty.name().to_string(),
            msg: e.msg,
            lineno: e.lineno,
            offset: e.offset.max(0) as u32,
            end_lineno: e.end_lineno,
            end_offset: e.end_offset.max(0) as u32,
            text: None,
            chars: false,
            fill_line: 0,
        }
    }

    fn lex_final(&self, le: &LexError) -> FinalErr {
        match le.kind {
            LexErrKind::Eager => FinalErr {
                kind: "SyntaxError".to_string(),
                msg: le.msg.clone(),
                lineno: le.lineno,
                offset: le.offset,
                end_lineno: le.end_lineno,
                end_offset: le.end_offset,
                text: None,
                chars: true,
                fill_line: 0,
            },
            LexErrKind::Eof => {
                if let Some((c, line, col)) = le.paren {
                    FinalErr {
                        kind: "SyntaxError".to_string(),
                        msg: format!("'{}' was never closed", c as char),
                        lineno: line,
                        offset: col + 1,
                        end_lineno: line,
                        end_offset: 0,
                        text: None,
                        chars: false,
                        fill_line: 0,
                    }
                } else {
                    FinalErr {
                        kind: "SyntaxError".to_string(),
                        msg: le.msg.clone(),
                        lineno: le.lineno,
                        offset: le.offset,
                        end_lineno: le.end_lineno,
                        end_offset: 0,
                        text: None,
                        chars: false,
                        fill_line: 0,
                    }
                }
            }
            LexErrKind::Dedent | LexErrKind::TooDeep => FinalErr {
                kind: "IndentationError".to_string(),
                msg: le.msg.clone(),
                lineno: le.lineno,
                offset: le.offset,
                end_lineno: le.end_lineno,
                end_offset: 0,
                text: None,
                chars: false,
                fill_line: 0,
            },
            LexErrKind::TabSpace => FinalErr {
                kind: "TabError".to_string(),
                msg: le.msg.clone(),
                lineno: le.lineno,
                offset: le.offset,
                end_lineno: le.end_lineno,
                end_offset: 0,
                text: None,
                chars: false,
                fill_line: 0,
            },
            LexErrKind::LineCont => FinalErr {
                kind: "SyntaxError".to_string(),
                msg: le.msg.clone(),
                lineno: le.lineno,
                offset: le.offset,
                end_lineno: le.end_lineno,
                end_offset: 0,
                text: None,
                chars: false,
                fill_line: 0,
            },
        }
    }
}

/// A resolved error (before attaching the filename and source text).
pub(crate) struct FinalErr {
    pub kind: String,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
    /// Offsets are final (no byte->char conversion).
    pub chars: bool,
    /// Line of the furthest token fetched (CPython's tokenizer line).
    pub fill_line: u32,
}

struct FBuilder {
    values: Vec<Expr>,
    last_str: String,
    span: Span,
}

impl FBuilder {
    fn flush(&mut self) {
        if !self.last_str.is_empty() {
            let s = std::mem::take(&mut self.last_str);
            self.values.push(Expr::new(ExprKind::Constant(Constant::Str(s)), self.span));
        }
    }
}

// ---------------------------------------------------------------------------
// Literals

/// Convert a NUMBER token's text to a constant.
pub fn parse_number(text: &str) -> Constant {
    let t: String = if text.contains('_') { text.chars().filter(|&c| c != '_').collect() } else { text.to_string() };
    let b = t.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return Constant::Int(BigInt::parse_bytes(&b[2..], radix).unwrap_or_default());
        }
    }
    let last = *b.last().unwrap_or(&b'0');
    if last == b'j' || last == b'J' {
        let f = parse_float(&t[..t.len() - 1]);
        return Constant::Complex { real: 0.0, imag: f };
    }
    if b.iter().any(|&c| c == b'.' || c == b'e' || c == b'E') {
        return Constant::Float(parse_float(&t));
    }
    if b.len() <= 18 {
        let mut v: i64 = 0;
        for &c in b {
            v = v * 10 + (c - b'0') as i64;
        }
        return Constant::Int(BigInt::from(v));
    }
    Constant::Int(BigInt::parse_bytes(b, 10).unwrap_or_default())
}

fn parse_float(s: &str) -> f64 {
    let s2;
    let s = if s.ends_with('.') {
        s2 = format!("{}0", s);
        &s2
    } else if s.starts_with('.') {
        s2 = format!("0{}", s);
        &s2
    } else {
        s
    };
    s.parse::<f64>().unwrap_or(f64::INFINITY)
}

fn hex_val(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'f' => Some((c - b'a' + 10) as u32),
        b'A'..=b'F' => Some((c - b'A' + 10) as u32),
        _ => None,
    }
}

/// Decode the escapes of a (non-raw) str literal body, appending to `out`.
pub fn decode_escapes_str(body: &str, out: &mut String) -> Result<(), String> {
    let b = body.as_bytes();
    if !b.contains(&b'\\') {
        out.push_str(body);
        return Ok(());
    }
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[run..i]);
        let esc_start = i;
        i += 1;
        if i >= b.len() {
            // (only possible for an f-string literal piece before `\{`:
            // CPython turns a trailing backslash into a literal one)
            out.push('\\');
            run = i;
            break;
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                let mut k = 0;
                while k < n {
                    match b.get(i).and_then(|&d| hex_val(d)) {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            k += 1;
                        }
                        None => {
                            let what = match c {
                                b'x' => "truncated \\xXX escape",
                                b'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                                conv_pos(body, esc_start),
                                conv_pos(body, i.saturating_sub(1).max(esc_start + 1)),
                                what
                            ));
                        }
                    }
                }
                if v > 0x10FFFF {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                        conv_pos(body, esc_start),
                        conv_pos(body, i - 1)
                    ));
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'N' => {
                // \N{name}
                if i < b.len() && b[i] == b'{' {
                    if let Some(close) = b[i..].iter().position(|&x| x == b'}') {
                        let name = &body[i + 1..i + close];
                        if !name.is_empty() {
                            if let Some(ch) = super::unicode_names::lookup(name) {
                                out.push(ch);
                                i += close + 1;
                                run = i;
                                continue;
                            }
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                                conv_pos(body, esc_start),
                                conv_pos(body, i + close)
                            ));
                        }
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                            conv_pos(body, esc_start),
                            conv_pos(body, i + close) - 1
                        ));
                    }
                }
                let end = if i < b.len() && b[i] == b'{' { b.len() - 1 } else { i.min(b.len().saturating_sub(1)).max(esc_start + 1) };
                return Err(format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                    conv_pos(body, esc_start),
                    conv_pos(body, end)
                ));
            }
            _ => {
                // invalid escape: kept verbatim (DeprecationWarning in CPython)
                out.push('\\');
                // push the (possibly multi-byte) char
                let ch_start = i - 1;
                let ch = body[ch_start..].chars().next().unwrap();
                out.push(ch);
                i = ch_start + ch.len_utf8();
            }
        }
        run = i;
    }
    out.push_str(&body[run..]);
    Ok(())
}

/// Position in CPython's decoding buffer, where every non-ASCII character
/// of the literal has been replaced by a 10-byte `\UXXXXXXXX` escape.
fn conv_pos(body: &str, idx: usize) -> usize {
    let idx = idx.min(body.len());
    let b = body.as_bytes();
    let mut n = 0;
    for &c in &b[..idx] {
        if c < 0x80 {
            n += 1;
        } else if c & 0xC0 != 0x80 {
            n += 10;
        }
    }
    n
}

/// Decode the escapes of a (non-raw) bytes literal body.
pub fn decode_escapes_bytes(body: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        if i >= b.len() {
            return Err("(value error) Trailing \\ in string".to_string());
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let h1 = b.get(i).and_then(|&d| hex_val(d));
                let h2 = b.get(i + 1).and_then(|&d| hex_val(d));
                match (h1, h2) {
                    (Some(a), Some(bb)) => {
                        out.push((a * 16 + bb) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("(value error) invalid \\x escape at position {}", i - 2)),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(())
}
