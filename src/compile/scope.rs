//! Scope analysis (CPython's symtable): which names are local, cell, free or
//! global in each function, class and comprehension scope.
//!
//! Pass 1 (`Builder`) walks the AST and records, per scope, every name with
//! flags (used, assigned, parameter, `global`, `nonlocal`). Scopes are keyed
//! by the address of their AST node (the AST is borrowed unchanged for the
//! whole compilation, so addresses are stable). Pass 2 (`analyze`) resolves
//! each name top-down with the set of names bound by enclosing *function*
//! scopes (class bodies bind nothing for nested scopes), and bottom-up turns
//! locals captured by inner scopes into cells.

use super::CompileError;
use crate::syntax::ast::*;
use crate::fxhash::{HashMap, HashSet};
use std::borrow::Cow;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// List/set/dict comprehension or generator expression (a nested function).
    Comprehension,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// Function: a frame register. Class body: the namespace (Load/StoreName).
    /// Module: a global.
    Local,
    /// A local captured by an inner scope (register holds a cell).
    Cell,
    /// A variable of an enclosing function (register holds the closure's cell).
    Free,
    /// `global x`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
}

pub const USE: u32 = 1;
pub const ASSIGN: u32 = 2;
pub const PARAM: u32 = 4;
pub const GLOBAL: u32 = 8;
pub const NONLOCAL: u32 = 16;
/// Walrus target inside a comprehension: binds in the enclosing function.
pub const COMP_NONLOCAL: u32 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance.
    pub names: Vec<String>,
    /// `flags[i]`: how `names[i]` is used (USE, ASSIGN, ...).
    flags: Vec<u32>,
    /// `names[i]` -> `i`. One hash map per scope; the flags and bindings
    /// are vectors parallel to `names` (scope analysis runs on every
    /// import, and per-name maps of `String`s cost an allocation and a hash
    /// each).
    index: HashMap<String, u32>,
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub is_generator: bool,
    /// `async def` (compiled as a generator with CO_COROUTINE).
    pub is_coroutine: bool,
    pub has_walrus: bool,
    /// Function uses `super` or `__class__` (needs the implicit `__class__` cell).
    pub uses_class_cell: bool,
    /// Class body: some method needs `__class__` (create the cell).
    pub needs_class_cell: bool,
    /// `resolved[i]`: the binding of `names[i]` (filled by `analyze`).
    resolved: Vec<Binding>,
    /// Free variables (closure order): names resolved Free plus names only
    /// passed through to inner scopes.
    pub freevars: Vec<String>,
    /// Cells (names resolved Cell), in `names` order.
    pub cellvars: Vec<String>,
    /// Where each `nonlocal` name was declared (for error messages).
    pub decl_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            names: Vec::new(),
            flags: Vec::new(),
            index: presized(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            has_walrus: false,
            uses_class_cell: false,
            needs_class_cell: false,
            resolved: Vec::new(),
            freevars: Vec::new(),
            cellvars: Vec::new(),
            decl_spans: HashMap::default(),
        }
    }
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
    fn find(&self, name: &str) -> Option<usize> {
        self.index.get(name).map(|&i| i as usize)
    }
    pub fn binding(&self, name: &str) -> Binding {
        self.find(name).and_then(|i| self.resolved.get(i).copied()).unwrap_or(Binding::GlobalImplicit)
    }
    /// Each name with its binding, in `names` order (after `analyze`).
    pub fn bindings(&self) -> impl Iterator<Item = (&str, Binding)> {
        self.names.iter().map(String::as_str).zip(self.resolved.iter().copied())
    }
    /// The flags of `name` (0 when not seen).
    fn flag(&self, name: &str) -> u32 {
        self.find(name).map_or(0, |i| self.flags[i])
    }
    fn add(&mut self, name: &str, f: u32) {
        match self.find(name) {
            Some(i) => self.flags[i] |= f,
            None => {
                self.index.insert(name.to_string(), self.names.len() as u32);
                self.names.push(name.to_string());
                self.flags.push(f);
            }
        }
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymTable {
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

pub fn build(m: &Module) -> Result<SymTable, CompileError> {
    let mut b = Builder {
        st: SymTable { scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)], by_node: presized() },
        cur: 0,
        private: None,
    };
    b.st.by_node.insert(m as *const Module as usize, 0);
    for s in &m.body {
        b.stmt(s)?;
    }
    let mut st = b.st;
    analyze(&mut st, 0, &HashSet::default())?;
    Ok(st)
}

struct Builder {
    st: SymTable,
    cur: ScopeId,
    /// Innermost enclosing class name, for private name mangling (`__x` -> `_C__x`).
    private: Option<String>,
}

/// An empty map with room for a typical scope's names: growing from empty
/// rehashes every string key at each doubling (3, 7, 14, ...), and every
/// scope of every imported module fills one.
pub(crate) fn presized<K, V>() -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(16, Default::default())
}

/// CPython's private name mangling: inside class `C`, `__spam` becomes `_C__spam`
/// (not dunder names, not dotted names; class names of only underscores disable it).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    mangle_cow(private, name).into_owned()
}

/// `mangle`, borrowed unless the name changes (most names: no allocation).
/// Inline: it runs for every name occurrence in scope analysis and code
/// generation, and almost every name fails the first test.
#[inline]
pub fn mangle_cow<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    match private {
        Some(cls) if name.starts_with("__") => mangle_private(cls, name),
        _ => Cow::Borrowed(name),
    }
}

/// Out of line: only names starting with `__` inside a class get here.
fn mangle_private<'a>(cls: &str, name: &'a str) -> Cow<'a, str> {
    if !name.ends_with("__") && !name.contains('.') {
        let stripped = cls.trim_start_matches('_');
        if !stripped.is_empty() {
            return Cow::Owned(format!("_{}{}", stripped, name));
        }
    }
    Cow::Borrowed(name)
}

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError { msg: msg.into(), span }
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.st.scopes[self.cur]
    }
    fn add(&mut self, name: &str, f: u32) {
        let n = self.m(name);
        self.scope().add(&n, f);
    }
    fn m<'a>(&self, name: &'a str) -> Cow<'a, str> {
        mangle_cow(self.private.as_deref(), name)
    }
    fn push(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let id = self.st.scopes.len();
        self.st.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.st.scopes[self.cur].children.push(id);
        self.st.by_node.insert(key, id);
        self.cur = id;
        id
    }

    fn stmts(&mut self, b: &[Stmt]) -> Result<(), CompileError> {
        for s in b {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef { name, args, body, decorator_list, is_async, returns } => {
                self.exprs(decorator_list)?;
                self.arg_defaults(args)?;
                // Annotations are evaluated in the defining scope.
                let anns = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
                for a in anns {
                    if let Some(x) = &a.annotation {
                        self.expr(x)?;
                    }
                }
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                self.add(name, ASSIGN);
                let saved = self.cur;
                self.push(ScopeKind::Function, name, s as *const Stmt as usize);
                self.scope().is_coroutine = *is_async;
                self.params(args);
                self.stmts(body)?;
                self.cur = saved;
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.exprs(decorator_list)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.add(name, ASSIGN);
                let saved = self.cur;
                let saved_private = self.private.replace(name.clone());
                self.push(ScopeKind::Class, name, s as *const Stmt as usize);
                self.stmts(body)?;
                self.cur = saved;
                self.private = saved_private;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.check_global_use(id, target.span, true)?;
                    self.add(id, USE | ASSIGN);
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::AnnAssign { target, value, annotation, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if matches!(self.st.scopes[self.cur].kind, ScopeKind::Module | ScopeKind::Class) {
                    // Evaluated at run time only in module and class bodies.
                    self.expr(annotation)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    if self.st.scopes[self.cur].flag(id) & (GLOBAL | NONLOCAL) != 0 {
                        // `global x; x: int = 1` is an error in CPython; tolerate it.
                    }
                    self.add(id, ASSIGN);
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
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
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody }
            | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.check_global_use(n, h.span, true)?;
                        self.add(n, ASSIGN);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bind = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bind, ASSIGN);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.st.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let bind = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.add(&bind, ASSIGN);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let n = &self.m(n);
                    let f = self.st.scopes[self.cur].flag(n);
                    if f & PARAM != 0 {
                        return Err(err(format!("name '{}' is parameter and global", n), s.span));
                    }
                    if f & NONLOCAL != 0 {
                        return Err(err(format!("name '{}' is nonlocal and global", n), s.span));
                    }
                    if f & ASSIGN != 0 {
                        return Err(err(format!("name '{}' is assigned to before global declaration", n), s.span));
                    }
                    if f & USE != 0 {
                        return Err(err(format!("name '{}' is used prior to global declaration", n), s.span));
                    }
                    self.add(n, GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.st.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(err("nonlocal declaration not allowed at module level", s.span));
                }
                for n in names {
                    let n = &self.m(n);
                    let f = self.st.scopes[self.cur].flag(n);
                    if f & PARAM != 0 {
                        return Err(err(format!("name '{}' is parameter and nonlocal", n), s.span));
                    }
                    if f & GLOBAL != 0 {
                        return Err(err(format!("name '{}' is nonlocal and global", n), s.span));
                    }
                    if f & ASSIGN != 0 {
                        return Err(err(format!("name '{}' is assigned to before nonlocal declaration", n), s.span));
                    }
                    if f & USE != 0 {
                        return Err(err(format!("name '{}' is used prior to nonlocal declaration", n), s.span));
                    }
                    self.add(n, NONLOCAL);
                    self.scope().decl_spans.insert(n.to_string(), s.span);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn check_global_use(&mut self, _n: &str, _span: Span, _assign: bool) -> Result<(), CompileError> {
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add(r, ASSIGN);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add(n, ASSIGN);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, ASSIGN);
                }
            }
        }
        Ok(())
    }

    fn arg_defaults(&mut self, a: &Arguments) -> Result<(), CompileError> {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    /// Parameters in register order: positional (posonly first), kw-only, *args, **kwargs.
    fn params(&mut self, a: &Arguments) {
        let mut ps: Vec<&Arg> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).collect();
        if let Some(v) = &a.vararg {
            ps.push(v);
        }
        if let Some(k) = &a.kwarg {
            ps.push(k);
        }
        for p in ps {
            self.add(&p.arg, PARAM);
            let n = self.m(&p.arg).into_owned();
            self.scope().params.push(n);
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// An assignment / del target.
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.add(id, ASSIGN);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.scope().has_walrus = true;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.walrus_target(id, e.span)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let saved = self.cur;
                self.push(ScopeKind::Function, "<lambda>", e as *const Expr as usize);
                self.params(args);
                self.expr(body)?;
                self.cur = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(es) => self.exprs(es)?,
            ExprKind::ListComp { elt, generators } => self.comp(e, "<listcomp>", &[elt], generators)?,
            ExprKind::SetComp { elt, generators } => self.comp(e, "<setcomp>", &[elt], generators)?,
            ExprKind::GeneratorExp { elt, generators } => self.comp(e, "<genexpr>", &[elt], generators)?,
            ExprKind::DictComp { key, value, generators } => self.comp(e, "<dictcomp>", &[key, value], generators)?,
            ExprKind::Await(v) => {
                if !self.st.scopes[self.cur].is_coroutine && self.st.scopes[self.cur].kind != ScopeKind::Comprehension {
                    return Err(err("'await' outside async function", e.span));
                }
                self.expr(v)?;
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(vs) => self.exprs(vs)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                let f = if *ctx == ExprContext::Load { USE } else { ASSIGN };
                self.add(id, f);
                if *ctx == ExprContext::Load && (id == "super" || id == "__class__") {
                    self.mark_class_cell_use();
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    /// A function that mentions `super`/`__class__` gets the implicit `__class__` free variable.
    fn mark_class_cell_use(&mut self) {
        let s = self.cur;
        if self.st.scopes[s].is_function_like() {
            self.st.scopes[s].uses_class_cell = true;
            self.st.scopes[s].add("__class__", USE);
        }
    }

    fn yield_here(&mut self, span: Span) -> Result<(), CompileError> {
        let s = &mut self.st.scopes[self.cur];
        match s.kind {
            ScopeKind::Function => {
                s.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                if s.name == "<genexpr>" {
                    Ok(())
                } else {
                    let what = match s.name.as_str() {
                        "<listcomp>" => "list comprehension",
                        "<setcomp>" => "set comprehension",
                        _ => "dict comprehension",
                    };
                    Err(err(format!("'yield' inside {}", what), span))
                }
            }
            _ => Err(err("'yield' outside function", span)),
        }
    }

    fn walrus_target(&mut self, id: &str, span: Span) -> Result<(), CompileError> {
        if self.st.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.add(id, ASSIGN);
            return Ok(());
        }
        let id = &self.m(id);
        // Bind in the nearest enclosing non-comprehension scope.
        let mut s = self.cur;
        let mut chain = Vec::new();
        while self.st.scopes[s].kind == ScopeKind::Comprehension {
            chain.push(s);
            s = self.st.scopes[s].parent.unwrap_or(0);
        }
        let target_kind = self.st.scopes[s].kind;
        if target_kind == ScopeKind::Class {
            return Err(err("assignment expression within a comprehension cannot be used in a class body", span));
        }
        let f = if target_kind == ScopeKind::Module { GLOBAL } else { COMP_NONLOCAL };
        for c in chain {
            self.st.scopes[c].add(id, f);
        }
        if target_kind == ScopeKind::Function {
            self.st.scopes[s].add(id, ASSIGN);
        }
        Ok(())
    }

    fn comp(&mut self, e: &Expr, name: &str, elts: &[&Expr], gens: &[Comprehension]) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter)?;
        let saved = self.cur;
        self.push(ScopeKind::Comprehension, name, e as *const Expr as usize);
        self.add(".0", PARAM);
        self.scope().params.push(".0".to_string());
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        self.cur = saved;
        Ok(())
    }
}

/// Resolve names of scope `id` given the names bound by enclosing function
/// scopes; returns this scope's free names (to be resolved by the parent).
fn analyze(st: &mut SymTable, id: ScopeId, bound: &HashSet<String>) -> Result<HashSet<String>, CompileError> {
    let kind = st.scopes[id].kind;
    let has_children = !st.scopes[id].children.is_empty();
    // Names this scope binds for its children (only needed when it has some).
    let mut locals: Vec<usize> = Vec::new();
    let mut explicit_globals: Vec<usize> = Vec::new();
    {
        let s = &mut st.scopes[id];
        let mut resolved = Vec::with_capacity(s.names.len());
        for (i, n) in s.names.iter().enumerate() {
            let f = s.flags[i];
            let b = if f & GLOBAL != 0 {
                explicit_globals.push(i);
                Binding::GlobalExplicit
            } else if f & NONLOCAL != 0 {
                if !bound.contains(n) {
                    let span = s.decl_spans.get(n).copied().unwrap_or_default();
                    return Err(err(format!("no binding for nonlocal '{}' found", n), span));
                }
                Binding::Free
            } else if f & COMP_NONLOCAL != 0 {
                // Bound by the enclosing function, unless it declared the name global.
                if bound.contains(n) {
                    Binding::Free
                } else {
                    Binding::GlobalExplicit
                }
            } else if f & (ASSIGN | PARAM) != 0 {
                if has_children {
                    locals.push(i);
                }
                Binding::Local
            } else if bound.contains(n) {
                Binding::Free
            } else {
                Binding::GlobalImplicit
            };
            // Module-level bindings are globals.
            resolved.push(if kind == ScopeKind::Module && b == Binding::Local { Binding::GlobalImplicit } else { b });
        }
        s.resolved = resolved;
    }
    let mut child_free = HashSet::default();
    if has_children {
        let s = &st.scopes[id];
        let mut child_bound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::default(),
            ScopeKind::Class => bound.clone(),
            _ => bound.iter().cloned().chain(locals.iter().map(|&i| s.names[i].clone())).collect(),
        };
        for &g in &explicit_globals {
            child_bound.remove(&s.names[g]);
        }
        if kind == ScopeKind::Class {
            child_bound.insert("__class__".to_string());
        }
        for c in st.scopes[id].children.clone() {
            child_free.extend(analyze(st, c, &child_bound)?);
        }
    }
    let mut free: HashSet<String> = HashSet::default();
    let mut pass_through = Vec::new();
    {
        let s = &mut st.scopes[id];
        for (n, b) in s.names.iter().zip(&s.resolved) {
            if *b == Binding::Free {
                free.insert(n.clone());
            }
        }
        let mut cf: Vec<&String> = child_free.iter().collect();
        cf.sort();
        for n in cf {
            let at = s.find(n);
            let cur = at.map(|i| s.resolved[i]);
            if kind == ScopeKind::Class && n == "__class__" {
                s.needs_class_cell = true;
                continue;
            }
            match cur {
                Some(Binding::Local) if s.is_function_like() => {
                    s.resolved[at.unwrap()] = Binding::Cell;
                }
                Some(Binding::Cell) | Some(Binding::Free) => {}
                Some(Binding::GlobalExplicit) => {}
                Some(Binding::Local) | Some(Binding::GlobalImplicit) | None => {
                    if kind == ScopeKind::Module {
                        continue;
                    }
                    if cur.is_none() || cur == Some(Binding::GlobalImplicit) && s.is_function_like() {
                        match at {
                            Some(i) => s.resolved[i] = Binding::Free,
                            None => {
                                s.add(n, 0);
                                s.resolved.push(Binding::Free);
                            }
                        }
                        free.insert(n.clone());
                    } else {
                        // Class body: keeps its own (namespace/global) binding, passes the cell through.
                        pass_through.push(n.clone());
                        free.insert(n.clone());
                    }
                }
            }
        }
        let of = |b: Binding| -> Vec<String> { s.names.iter().zip(&s.resolved).filter(|(_, r)| **r == b).map(|(n, _)| n.clone()).collect() };
        let mut fv = of(Binding::Free);
        for p in pass_through {
            if !fv.contains(&p) {
                fv.push(p);
            }
        }
        s.cellvars = of(Binding::Cell);
        s.freevars = fv;
        if s.needs_class_cell && !s.cellvars.iter().any(|n| n == "__class__") {
            s.cellvars.push("__class__".to_string());
        }
    }
    Ok(free)
}
