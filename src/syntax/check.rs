//! Context checks that CPython performs after parsing (in its symtable and
//! compiler passes) and reports as `SyntaxError`s:
//!
//! * symtable (reported first, for the whole module): `nonlocal` at module
//!   level, duplicate arguments, `'yield' inside list comprehension`, ...
//! * compiler (source order): `'return' outside function`, `'break' outside
//!   loop`, `'continue' not properly in loop`, `'yield' outside function`,
//!   `'await' outside (async) function`, `'async for'/'async with' outside
//!   async function`, `'return' with value in async generator`,
//!   `'yield from' inside async function`.

use super::ast::*;

pub struct CheckError {
    pub kind: &'static str,
    pub msg: String,
    pub span: Span,
}

fn err(msg: impl Into<String>, span: Span) -> Option<CheckError> {
    Some(CheckError { kind: "SyntaxError", msg: msg.into(), span })
}

pub fn check_module(m: &Module) -> Option<CheckError> {
    if let Some(e) = symtable_check(m) {
        return Some(e);
    }
    let mut c = CompCheck { func: None, in_loop: false, in_star: false };
    for st in &m.body {
        if let Some(e) = c.stmt(st) {
            return Some(e);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// symtable-like checks (CPython's Python/symtable.c)

const USE: u8 = 1;
const DEF_LOCAL: u8 = 2;
const DEF_PARAM: u8 = 4;
const DEF_ANNOT: u8 = 8;
const DEF_GLOBAL: u8 = 16;
const DEF_NONLOCAL: u8 = 32;
const DEF_IMPORT: u8 = 64;

#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Module,
    Function,
    Class,
    Comprehension,
}

type FxMap<K, V> = crate::fxhash::HashMap<K, V>;

struct Block<'a> {
    kind: BlockKind,
    parent: Option<usize>,
    /// name -> flags
    names: FxMap<&'a str, u8>,
    /// nonlocal directives (name, statement span) in source order
    nonlocals: Vec<(&'a str, Span)>,
    /// global and nonlocal directives in source order
    directives: Vec<(&'a str, Span)>,
    children: Vec<usize>,
    /// comprehension iteration variables (for walrus checks)
    iter_vars: Vec<&'a str>,
}

impl<'a> Block<'a> {
    fn flags(&self, n: &str) -> u8 {
        self.names.get(n).copied().unwrap_or(0)
    }
    fn add(&mut self, n: &'a str, f: u8) {
        *self.names.entry(n).or_insert(0) |= f;
    }
}

struct SymCheck<'a> {
    blocks: Vec<Block<'a>>,
    /// Record USE/DEF flags of names (only needed when the module has
    /// `global`/`nonlocal` statements).
    track: bool,
    cur: usize,
    /// inside the iterable expression of a comprehension
    comp_iter_expr: u32,
    /// kind of the innermost comprehension ("list comprehension", ...)
    comp_what: String,
}

type R = Result<(), CheckError>;

fn fail(msg: impl Into<String>, span: Span) -> R {
    Err(CheckError { kind: "SyntaxError", msg: msg.into(), span })
}

impl<'a> SymCheck<'a> {
    fn new(track: bool) -> SymCheck<'a> {
        SymCheck {
            track,
            blocks: vec![Block { kind: BlockKind::Module, parent: None, names: FxMap::default(), nonlocals: Vec::new(), directives: Vec::new(), children: Vec::new(), iter_vars: Vec::new() }],
            cur: 0,
            comp_iter_expr: 0,
            comp_what: String::new(),
        }
    }

    fn enter(&mut self, kind: BlockKind) -> usize {
        let id = self.blocks.len();
        self.blocks.push(Block { kind, parent: Some(self.cur), names: FxMap::default(), nonlocals: Vec::new(), directives: Vec::new(), children: Vec::new(), iter_vars: Vec::new() });
        self.blocks[self.cur].children.push(id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn add(&mut self, n: &'a str, f: u8) {
        if self.track || f & (DEF_PARAM | DEF_GLOBAL | DEF_NONLOCAL) != 0 {
            let c = self.cur;
            self.blocks[c].add(n, f);
        }
    }

    fn add_param(&mut self, a: &'a Arg) -> R {
        if self.blocks[self.cur].flags(&a.arg) & DEF_PARAM != 0 {
            return fail(format!("duplicate argument '{}' in function definition", a.arg), a.span);
        }
        self.add(&a.arg, DEF_PARAM);
        Ok(())
    }

    fn params(&mut self, a: &'a Arguments) -> R {
        for p in a.posonlyargs.iter().chain(a.args.iter()).chain(a.vararg.iter()).chain(a.kwonlyargs.iter()).chain(a.kwarg.iter()) {
            self.add_param(p)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &'a Arguments, returns: Option<&'a Expr>) -> R {
        for p in a.posonlyargs.iter().chain(a.args.iter()).chain(a.vararg.iter()).chain(a.kwonlyargs.iter()).chain(a.kwarg.iter()) {
            if let Some(an) = &p.annotation {
                self.expr(an)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn stmts(&mut self, v: &'a [Stmt]) -> R {
        for s in v {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, .. } => {
                self.add(name, DEF_LOCAL);
                for d in &args.defaults {
                    self.expr(d)?;
                }
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.annotations(args, returns.as_deref())?;
                for d in decorator_list {
                    self.expr(d)?;
                }
                let prev = self.enter(BlockKind::Function);
                self.params(args)?;
                self.stmts(body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.add(name, DEF_LOCAL);
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                for d in decorator_list {
                    self.expr(d)?;
                }
                let prev = self.enter(BlockKind::Class);
                self.stmts(body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Delete(t) => {
                for e in t {
                    self.expr(e)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.blocks[self.cur].flags(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && *simple {
                        let k = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return fail(format!("annotated name '{}' can't be {}", id, k), s.span);
                    }
                    if *simple {
                        self.add(id, DEF_ANNOT | DEF_LOCAL);
                    } else if value.is_some() {
                        self.add(id, DEF_LOCAL);
                    }
                } else {
                    self.expr(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let n = a.asname.as_deref().unwrap_or_else(|| a.name.split('.').next().unwrap_or(""));
                    self.add(n, DEF_IMPORT);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.blocks[self.cur].kind != BlockKind::Module {
                            return fail("import * only allowed at module level", a.span);
                        }
                        continue;
                    }
                    let n = a.asname.as_deref().unwrap_or(&a.name);
                    self.add(n, DEF_IMPORT);
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    let cur = self.blocks[self.cur].flags(n);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to global declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", n)
                        } else {
                            format!("name '{}' is assigned to before global declaration", n)
                        };
                        return fail(msg, s.span);
                    }
                    self.add(n, DEF_GLOBAL);
                    let c = self.cur;
                    self.blocks[c].directives.push((n.as_str(), s.span));
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let cur = self.blocks[self.cur].flags(n);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to nonlocal declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", n)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", n)
                        };
                        return fail(msg, s.span);
                    }
                    self.add(n, DEF_NONLOCAL);
                    let c = self.cur;
                    self.blocks[c].nonlocals.push((n.as_str(), s.span));
                    self.blocks[c].directives.push((n.as_str(), s.span));
                }
                Ok(())
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn pattern(&mut self, p: &'a Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
                Ok(())
            }
        }
    }

    fn in_comprehension(&self) -> bool {
        self.blocks[self.cur].kind == BlockKind::Comprehension
    }

    fn expr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                self.add(id, if *ctx == ExprContext::Load { USE } else { DEF_LOCAL });
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return fail("assignment expression cannot be used in a comprehension iterable expression", e.span);
                }
                if self.in_comprehension() {
                    if let ExprKind::Name { id, .. } = &target.kind {
                        // walk comprehension blocks outwards
                        let mut b = self.cur;
                        loop {
                            let blk = &self.blocks[b];
                            if blk.kind != BlockKind::Comprehension {
                                if blk.kind == BlockKind::Class {
                                    return fail("assignment expression within a comprehension cannot be used in a class body", target.span);
                                }
                                break;
                            }
                            if blk.iter_vars.iter().any(|v| v == id) {
                                return fail(format!("assignment expression cannot rebind comprehension iteration variable '{}'", id), target.span);
                            }
                            b = blk.parent.unwrap();
                        }
                        self.expr(value)?;
                        // binds in the enclosing non-comprehension scope
                        self.blocks[b].add(id, DEF_LOCAL);
                        return Ok(());
                    }
                }
                self.expr(value)?;
                self.expr(target)
            }
            ExprKind::Lambda { args, body } => {
                for d in &args.defaults {
                    self.expr(d)?;
                }
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                let prev = self.enter(BlockKind::Function);
                self.params(args)?;
                self.expr(body)?;
                self.cur = prev;
                Ok(())
            }
            ExprKind::ListComp { elt, generators } => self.comp(&[elt], generators, "list comprehension"),
            ExprKind::SetComp { elt, generators } => self.comp(&[elt], generators, "set comprehension"),
            ExprKind::GeneratorExp { elt, generators } => self.comp(&[elt], generators, "generator expression"),
            ExprKind::DictComp { key, value, generators } => self.comp(&[key, value], generators, "dict comprehension"),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => {
                if self.in_comprehension() {
                    if !matches!(e.kind, ExprKind::Await(_)) {
                        let what = self.comp_what.clone();
                        return fail(format!("'yield' inside {}", what), e.span);
                    }
                }
                let mut r = Ok(());
                for_each_expr_child(e, &mut |c| {
                    if r.is_ok() {
                        r = self.expr(c);
                    }
                });
                r
            }
            _ => {
                let mut r = Ok(());
                for_each_expr_child(e, &mut |c| {
                    if r.is_ok() {
                        r = self.expr(c);
                    }
                });
                r
            }
        }
    }

    fn comp(&mut self, elts: &[&'a Expr], gens: &'a [Comprehension], what: &str) -> R {
        // The first iterable is evaluated in the enclosing scope.
        self.comp_iter_expr += 1;
        let r = self.expr(&gens[0].iter);
        self.comp_iter_expr -= 1;
        r?;
        let prev = self.enter(BlockKind::Comprehension);
        let prev_what = std::mem::replace(&mut self.comp_what, what.to_string());
        let r = (|| {
            for (i, g) in gens.iter().enumerate() {
                collect_names(&g.target, &mut self.blocks[self.cur].iter_vars);
                self.expr(&g.target)?;
                if i > 0 {
                    self.comp_iter_expr += 1;
                    let r = self.expr(&g.iter);
                    self.comp_iter_expr -= 1;
                    r?;
                }
                for c in &g.ifs {
                    self.expr(c)?;
                }
            }
            for el in elts {
                self.expr(el)?;
            }
            Ok(())
        })();
        self.comp_what = prev_what;
        self.cur = prev;
        r
    }

    /// Analysis phase: `nonlocal` names must be bound in an enclosing
    /// function scope.
    fn analyze(&self, b: usize, bound: &[&'a str]) -> R {
        let blk = &self.blocks[b];
        for (n, span) in &blk.nonlocals {
            // error_at_directive: the first global/nonlocal statement for n
            let at = blk.directives.iter().find(|(k, _)| k == n).map_or(*span, |(_, sp)| *sp);
            if blk.flags(n) & DEF_GLOBAL != 0 {
                return fail(format!("name '{}' is nonlocal and global", n), at);
            }
            if blk.kind == BlockKind::Module {
                return fail("nonlocal declaration not allowed at module level", at);
            }
            if !bound.iter().any(|x| x == n) {
                return fail(format!("no binding for nonlocal '{}' found", n), at);
            }
        }
        let mut newbound: Vec<&'a str> = Vec::new();
        if blk.kind != BlockKind::Class {
            if blk.kind == BlockKind::Function || blk.kind == BlockKind::Comprehension {
                for (n, f) in &blk.names {
                    if f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 && f & (DEF_GLOBAL | DEF_NONLOCAL) == 0 {
                        newbound.push(n);
                    }
                }
            }
            for n in bound {
                if blk.flags(n) & DEF_GLOBAL == 0 {
                    newbound.push(n);
                }
            }
        } else {
            newbound.extend(bound.iter().copied());
            // methods can refer to the implicit `__class__` cell
            newbound.push("__class__");
        }
        for &c in &blk.children {
            self.analyze(c, &newbound)?;
        }
        Ok(())
    }
}

fn collect_names<'a>(e: &'a Expr, out: &mut Vec<&'a str>) {
    match &e.kind {
        ExprKind::Name { id, .. } => out.push(id),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            for x in elts {
                collect_names(x, out);
            }
        }
        ExprKind::Starred { value, .. } => collect_names(value, out),
        _ => {}
    }
}

fn has_directives(v: &[Stmt]) -> bool {
    v.iter().any(|s| match &s.kind {
        StmtKind::Global(_) | StmtKind::Nonlocal(_) => true,
        StmtKind::FunctionDef { body, .. } | StmtKind::ClassDef { body, .. } | StmtKind::With { body, .. } => has_directives(body),
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            has_directives(body) || has_directives(orelse)
        }
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            has_directives(body) || handlers.iter().any(|h| has_directives(&h.body)) || has_directives(orelse) || has_directives(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_directives(&c.body)),
        _ => false,
    })
}

fn symtable_check(m: &Module) -> Option<CheckError> {
    let mut s = SymCheck::new(has_directives(&m.body));
    for st in &m.body {
        if let Err(e) = s.stmt(st) {
            return Some(e);
        }
    }
    s.analyze(0, &[]).err()
}

/// Span of a yield directly in `e` (not inside a nested scope).
fn find_yield(e: &Expr) -> Option<Span> {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some(e.span),
        ExprKind::Lambda { .. } => None,
        _ => {
            let mut r = None;
            for_each_expr_child(e, &mut |c| {
                if r.is_none() {
                    r = find_yield(c);
                }
            });
            r
        }
    }
}

// ---------------------------------------------------------------------------
// compiler-like checks

#[derive(Clone, Copy)]
struct FuncCtx<'a> {
    is_async: bool,
    /// body, to find out lazily whether the function is a generator
    body: Option<&'a [Stmt]>,
    is_lambda: bool,
    is_comprehension: bool,
}

/// Does a comprehension contain `await` in its own scope (elt, ifs,
/// non-first iterables, targets), i.e. not inside nested lambdas or
/// comprehensions?
fn comp_has_await(elts: &[&Expr], gens: &[Comprehension]) -> bool {
    fn has(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Await(_) => true,
            ExprKind::Lambda { .. } => false,
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => generators.first().map_or(false, |g| has(&g.iter)),
            _ => {
                let mut r = false;
                for_each_expr_child(e, &mut |c| {
                    if !r {
                        r = has(c);
                    }
                });
                r
            }
        }
    }
    elts.iter().any(|e| has(e))
        || gens.iter().enumerate().any(|(i, g)| (i > 0 && has(&g.iter)) || has(&g.target) || g.ifs.iter().any(has))
}

struct CompCheck<'a> {
    func: Option<FuncCtx<'a>>,
    in_loop: bool,
    /// Inside an `except*` body of the current function (no loop started
    /// there): `break`, `continue` and `return` may not leave it.
    in_star: bool,
}

pub const STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

fn body_has_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    for s in body {
        stmt_has_yield(s, &mut found);
        if found {
            return true;
        }
    }
    false
}

fn stmt_has_yield(s: &Stmt, found: &mut bool) {
    match &s.kind {
        StmtKind::FunctionDef { args, decorator_list, returns, .. } => {
            // only the parts evaluated in the enclosing scope
            for d in decorator_list.iter().chain(args.defaults.iter()).chain(args.kw_defaults.iter().flatten()) {
                if find_yield(d).is_some() {
                    *found = true;
                }
            }
            let _ = returns;
        }
        StmtKind::ClassDef { bases, decorator_list, .. } => {
            for d in decorator_list.iter().chain(bases.iter()) {
                if find_yield(d).is_some() {
                    *found = true;
                }
            }
        }
        _ => for_each_child(s, &mut |c| {
            if *found {
                return;
            }
            match c {
                Child::Stmt(st) => stmt_has_yield(st, found),
                Child::Expr(e) => {
                    if find_yield(e).is_some() {
                        *found = true;
                    }
                }
            }
        }),
    }
}

impl<'a> CompCheck<'a> {
    fn stmts(&mut self, v: &'a [Stmt]) -> Option<CheckError> {
        for s in v {
            if let Some(e) = self.stmt(s) {
                return Some(e);
            }
        }
        None
    }

    /// A comprehension: its first iterable is compiled in the enclosing
    /// scope, the rest in a comprehension scope.
    fn comp(&mut self, e: &'a Expr, elts: &[&'a Expr], gens: &'a [Comprehension], genexp: bool) -> Option<CheckError> {
        if let Some(x) = self.expr(&gens[0].iter) {
            return Some(x);
        }
        let is_async = gens.iter().any(|g| g.is_async) || comp_has_await(elts, gens);
        if is_async && !genexp {
            let ok = matches!(self.func, Some(FuncCtx { is_async: true, .. }) | Some(FuncCtx { is_comprehension: true, .. }));
            if !ok {
                return err("asynchronous comprehension outside of an asynchronous function", e.span);
            }
        }
        let saved = (self.func, self.in_loop, self.in_star);
        self.func = Some(FuncCtx { is_async: false, body: None, is_lambda: false, is_comprehension: true });
        self.in_loop = false;        self.in_star = false;
        let mut r = None;
        for (i, g) in gens.iter().enumerate() {
            if r.is_none() {
                r = self.expr(&g.target);
            }
            if r.is_none() && i > 0 {
                r = self.expr(&g.iter);
            }
            for c in &g.ifs {
                if r.is_none() {
                    r = self.expr(c);
                }
            }
        }
        for el in elts {
            if r.is_none() {
                r = self.expr(el);
            }
        }
        self.func = saved.0;
        self.in_loop = saved.1;
        self.in_star = saved.2;
        r
    }

    fn stmt(&mut self, s: &'a Stmt) -> Option<CheckError> {
        match &s.kind {
            StmtKind::FunctionDef { args, body, decorator_list, returns, is_async, .. } => {
                for d in decorator_list {
                    if let Some(e) = self.expr(d) {
                        return Some(e);
                    }
                }
                for d in args.defaults.iter().chain(args.kw_defaults.iter().flatten()) {
                    if let Some(e) = self.expr(d) {
                        return Some(e);
                    }
                }
                let _ = returns;
                let saved = (self.func, self.in_loop, self.in_star);
                self.func = Some(FuncCtx { is_async: *is_async, body: Some(body), is_lambda: false, is_comprehension: false });
                self.in_loop = false;                self.in_star = false;
                let r = self.stmts(body);
                self.func = saved.0;
                self.in_loop = saved.1;
        self.in_star = saved.2;
                r
            }
            StmtKind::ClassDef { bases, keywords, body, decorator_list, .. } => {
                for d in decorator_list {
                    if let Some(e) = self.expr(d) {
                        return Some(e);
                    }
                }
                for d in bases {
                    if let Some(e) = self.elt(d) {
                        return Some(e);
                    }
                }
                for k in keywords {
                    if let Some(e) = self.expr(&k.value) {
                        return Some(e);
                    }
                }
                let saved = (self.func, self.in_loop, self.in_star);
                self.func = None;
                self.in_loop = false;                self.in_star = false;
                let r = self.stmts(body);
                self.func = saved.0;
                self.in_loop = saved.1;
        self.in_star = saved.2;
                r
            }
            StmtKind::Return(v) => {
                match self.func {
                    None => return err("'return' outside function", s.span),
                    Some(f) => {
                        if f.is_async && v.is_some() && f.body.map_or(false, body_has_yield) {
                            return err("'return' with value in async generator", s.span);
                        }
                    }
                }
                if let Some(v) = v {
                    if let Some(e) = self.expr(v) {
                        return Some(e);
                    }
                }
                if self.in_star {
                    // CPython locates it at a constant value on the statement's line.
                    let at = v.as_deref().filter(|v| v.span.lineno == s.span.lineno && crate::compile::fold::fold(v).is_some());
                    return err(STAR_EXIT, at.map_or(s.span, |v| v.span));
                }
                None
            }
            StmtKind::Break => {
                if !self.in_loop {
                    return err(if self.in_star { STAR_EXIT } else { "'break' outside loop" }, s.span);
                }
                None
            }
            StmtKind::Continue => {
                if !self.in_loop {
                    return err(if self.in_star { STAR_EXIT } else { "'continue' not properly in loop" }, s.span);
                }
                None
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async && !matches!(self.func, Some(FuncCtx { is_async: true, .. })) {
                    return err("'async for' outside async function", s.span);
                }
                if let Some(e) = self.expr(iter).or_else(|| self.expr(target)) {
                    return Some(e);
                }
                let saved = self.in_loop;
                self.in_loop = true;
                let r = self.stmts(body);
                self.in_loop = saved;
                if r.is_some() {
                    return r;
                }
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                if let Some(e) = self.expr(test) {
                    return Some(e);
                }
                let saved = self.in_loop;
                self.in_loop = true;
                let r = self.stmts(body);
                self.in_loop = saved;
                if r.is_some() {
                    return r;
                }
                self.stmts(orelse)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                // compile order: body, orelse, handlers, finalbody
                if let Some(e) = self.stmts(body).or_else(|| self.stmts(orelse)) {
                    return Some(e);
                }
                let n = handlers.len();
                for (i, h) in handlers.iter().enumerate() {
                    if h.type_.is_none() && i + 1 < n {
                        return err("default 'except:' must be last", h.span);
                    }
                    if let Some(t) = &h.type_ {
                        if let Some(e) = self.expr(t) {
                            return Some(e);
                        }
                    }
                    let saved = (self.in_loop, self.in_star);
                    if matches!(s.kind, StmtKind::TryStar { .. }) {
                        self.in_loop = false;
                        self.in_star = true;
                    }
                    let r = self.stmts(&h.body);
                    (self.in_loop, self.in_star) = saved;
                    if r.is_some() {
                        return r;
                    }
                }
                self.stmts(finalbody)
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !matches!(self.func, Some(FuncCtx { is_async: true, .. })) {
                    return err("'async with' outside async function", s.span);
                }
                for it in items {
                    if let Some(e) = self.expr(&it.context_expr) {
                        return Some(e);
                    }
                    if let Some(v) = &it.optional_vars {
                        if let Some(e) = self.expr(v) {
                            return Some(e);
                        }
                    }
                }
                self.stmts(body)
            }
            _ => {
                let mut r = None;
                for_each_child(s, &mut |c| {
                    if r.is_none() {
                        r = match c {
                            Child::Stmt(st) => self.stmt(st),
                            Child::Expr(e) => self.expr(e),
                        };
                    }
                });
                r
            }
        }
    }

    /// An element of a list/tuple/set display, call arguments or class
    /// bases, where `*x` is allowed.
    fn elt(&mut self, e: &'a Expr) -> Option<CheckError> {
        match &e.kind {
            ExprKind::Starred { value, .. } => self.expr(value),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &'a Expr) -> Option<CheckError> {
        match &e.kind {
            ExprKind::Starred { ctx, .. } => {
                if *ctx == ExprContext::Store {
                    err("starred assignment target must be in a list or tuple", e.span)
                } else {
                    err("can't use starred expression here", e.span)
                }
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == ExprContext::Store {
                    let n = elts.iter().filter(|x| matches!(x.kind, ExprKind::Starred { .. })).count();
                    if n > 1 {
                        return err("multiple starred expressions in assignment", e.span);
                    }
                }
                for x in elts {
                    if let Some(r) = self.elt(x) {
                        return Some(r);
                    }
                }
                None
            }
            ExprKind::Set(elts) => {
                for x in elts {
                    if let Some(r) = self.elt(x) {
                        return Some(r);
                    }
                }
                None
            }
            ExprKind::Call { func, args, keywords } => {
                if let Some(r) = self.expr(func) {
                    return Some(r);
                }
                for x in args {
                    if let Some(r) = self.elt(x) {
                        return Some(r);
                    }
                }
                for k in keywords {
                    if let Some(r) = self.expr(&k.value) {
                        return Some(r);
                    }
                }
                None
            }
            ExprKind::Yield(v) => {
                if self.func.is_none() {
                    return err("'yield' outside function", e.span);
                }
                if let Some(v) = v {
                    return self.expr(v);
                }
                None
            }
            ExprKind::YieldFrom(v) => {
                match self.func {
                    None => return err("'yield' outside function", e.span),
                    Some(f) if f.is_async && !f.is_lambda => return err("'yield from' inside async function", e.span),
                    _ => {}
                }
                self.expr(v)
            }
            ExprKind::Await(v) => {
                match self.func {
                    None => return err("'await' outside function", e.span),
                    Some(f) if !f.is_async && !f.is_comprehension => return err("'await' outside async function", e.span),
                    _ => {}
                }
                self.expr(v)
            }
            ExprKind::Lambda { args, body } => {
                for d in args.defaults.iter().chain(args.kw_defaults.iter().flatten()) {
                    if let Some(x) = self.expr(d) {
                        return Some(x);
                    }
                }
                let saved = (self.func, self.in_loop, self.in_star);
                self.func = Some(FuncCtx { is_async: false, body: None, is_lambda: true, is_comprehension: false });
                self.in_loop = false;                self.in_star = false;
                let r = self.expr(body);
                self.func = saved.0;
                self.in_loop = saved.1;
        self.in_star = saved.2;
                r
            }
            ExprKind::GeneratorExp { elt, generators } => self.comp(e, &[elt], generators, true),
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => self.comp(e, &[elt], generators, false),
            ExprKind::DictComp { key, value, generators } => self.comp(e, &[key, value], generators, false),
            _ => {
                let mut r = None;
                for_each_expr_child(e, &mut |c| {
                    if r.is_none() {
                        r = self.expr(c);
                    }
                });
                r
            }
        }
    }
}

// ---------------------------------------------------------------------------
// generic traversal (source order)

pub enum Child<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Visit the direct children of a statement in evaluation/source order.
pub fn for_each_child<'a, F: FnMut(Child<'a>)>(s: &'a Stmt, f: &mut F) {
    use Child::*;
    match &s.kind {
        StmtKind::FunctionDef { args, body, decorator_list, returns, .. } => {
            for d in decorator_list {
                f(Expr(d));
            }
            for d in &args.defaults {
                f(Expr(d));
            }
            for d in args.kw_defaults.iter().flatten() {
                f(Expr(d));
            }
            if let Some(r) = returns {
                f(Expr(r));
            }
            for st in body {
                f(Stmt(st));
            }
        }
        StmtKind::ClassDef { bases, keywords, body, decorator_list, .. } => {
            for d in decorator_list {
                f(Expr(d));
            }
            for b in bases {
                f(Expr(b));
            }
            for k in keywords {
                f(Expr(&k.value));
            }
            for st in body {
                f(Stmt(st));
            }
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                f(Expr(v));
            }
        }
        StmtKind::Delete(t) => {
            for e in t {
                f(Expr(e));
            }
        }
        StmtKind::Assign { targets, value } => {
            f(Expr(value));
            for t in targets {
                f(Expr(t));
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            f(Expr(target));
            f(Expr(value));
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            if let Some(v) = value {
                f(Expr(v));
            }
            f(Expr(target));
            f(Expr(annotation));
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            f(Expr(iter));
            f(Expr(target));
            for st in body.iter().chain(orelse.iter()) {
                f(Stmt(st));
            }
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            f(Expr(test));
            for st in body.iter().chain(orelse.iter()) {
                f(Stmt(st));
            }
        }
        StmtKind::With { items, body, .. } => {
            for it in items {
                f(Expr(&it.context_expr));
                if let Some(v) = &it.optional_vars {
                    f(Expr(v));
                }
            }
            for st in body {
                f(Stmt(st));
            }
        }
        StmtKind::Match { subject, cases } => {
            f(Expr(subject));
            for c in cases {
                if let Some(g) = &c.guard {
                    f(Expr(g));
                }
                for st in &c.body {
                    f(Stmt(st));
                }
            }
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                f(Expr(e));
            }
            if let Some(c) = cause {
                f(Expr(c));
            }
        }
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            for st in body {
                f(Stmt(st));
            }
            for h in handlers {
                if let Some(t) = &h.type_ {
                    f(Expr(t));
                }
                for st in &h.body {
                    f(Stmt(st));
                }
            }
            for st in orelse.iter().chain(finalbody.iter()) {
                f(Stmt(st));
            }
        }
        StmtKind::Assert { test, msg } => {
            f(Expr(test));
            if let Some(m) = msg {
                f(Expr(m));
            }
        }
        StmtKind::Expr(e) => f(Expr(e)),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// Visit the direct sub-expressions of an expression in source order.
pub fn for_each_expr_child<'a, F: FnMut(&'a Expr)>(e: &'a Expr, f: &mut F) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| f(x)),
        ExprKind::NamedExpr { target, value } => {
            f(value);
            f(target);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            for d in &args.defaults {
                f(d);
            }
            for d in args.kw_defaults.iter().flatten() {
                f(d);
            }
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values.iter()) {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Set(elts) => elts.iter().for_each(|x| f(x)),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            for g in generators {
                f(&g.iter);
                f(&g.target);
                for c in &g.ifs {
                    f(c);
                }
            }
            f(elt);
        }
        ExprKind::DictComp { key, value, generators } => {
            for g in generators {
                f(&g.iter);
                f(&g.target);
                for c in &g.ifs {
                    f(c);
                }
            }
            f(key);
            f(value);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v);
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(|x| f(x));
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(|x| f(x));
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            f(value);
            if let Some(s) = format_spec {
                f(s);
            }
        }
        ExprKind::JoinedStr(values) => values.iter().for_each(|x| f(x)),
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Starred { value, .. } => f(value),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(|x| f(x)),
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x);
            }
        }
    }
}
