//! Code generation: AST -> `Unit` (register bytecode).
//!
//! One `FnState` per code unit being built (module, class body, function,
//! lambda, comprehension), kept on a stack. Registers: parameters, then the
//! other locals, then cells and free variables, then temporaries allocated as
//! a stack (`tmp`/`release`). Jump targets are labels while emitting and
//! absolute indices after `finish`. Exception handlers are registered in a
//! handler stack; every op records the innermost active handler and `finish`
//! coalesces runs into disjoint `ExcEntry`s.
//!
//! Definite assignment: `bound[r]` says local register `r` is certainly bound
//! here; a read of a possibly-unbound local is preceded by `CheckBound`.

use super::code::{self, BinOp, ExcEntry, Op, CO_CLASS_BODY, CO_GENERATOR, CO_MODULE, CO_VARARGS, CO_VARKEYWORDS, K, N, NO_REG, R, T};
use super::fold;
use super::scope::{Binding, ScopeId, ScopeKind, SymTable};
use super::unit::{Const, Intrinsic, Unit};
use super::CompileError;
use crate::syntax::ast::*;
use crate::fxhash::HashMap;

type Label = u32;
const NO_HANDLER: u32 = u32::MAX;
const UNPLACED: u32 = u32::MAX;
/// Initial capacity of a code unit's op vectors (see `begin`).
const OPS_RESERVE: usize = 32;

/// Definite-assignment state: `live == false` means unreachable (merges as "everything bound").
#[derive(Clone, Debug)]
struct DaState {
    bound: Vec<bool>,
    live: bool,
}

fn merge(a: &DaState, b: &DaState) -> DaState {
    if !a.live {
        return b.clone();
    }
    if !b.live {
        return a.clone();
    }
    DaState { bound: a.bound.iter().zip(&b.bound).map(|(x, y)| *x && *y).collect(), live: true }
}

#[derive(Clone)]
enum FBlock<'a> {
    Loop { brk: Label, cont: Label },
    TryFinally { body: &'a [Stmt], hlevel: usize },
    With { exit: R, hlevel: usize },
    /// Inside an `except` body (its exception pushed); `name` is deleted on exit.
    Handler { name: Option<&'a str> },
    /// Inside the exceptional copy of a `finally` body (its exception pushed).
    FinallyExc,
    /// Inside an `except*` body: `break`, `continue` and `return` may not leave it.
    StarHandler,
}

/// What `try_protected` leaves to the handler code: the state before the
/// `try`, the exception's register, the handler and end labels, the state at
/// the normal exit.
struct TryParts {
    before: DaState,
    exc: R,
    h: Label,
    end: Label,
    out: DaState,
}

struct Handler {
    label: Label,
    exc_reg: R,
    depth: u16,
}

struct FnState<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    unit: Unit,
    const_map: HashMap<String, K>,
    name_map: HashMap<String, N>,
    var_reg: HashMap<String, R>,
    nlocals: u16,
    next_temp: u16,
    max_reg: u16,
    labels: Vec<u32>,
    handlers: Vec<Handler>,
    hstack: Vec<u32>,
    op_handler: Vec<u32>,
    depth: u16,
    fblocks: Vec<FBlock<'a>>,
    /// Definite-assignment states recorded at `break`s, per enclosing loop.
    /// Keyed by the loop's index in `fblocks` (stable while finally bodies are inlined).
    break_states: Vec<(usize, Vec<DaState>)>,
    da: DaState,
    /// Registers subject to definite-assignment tracking (plain locals).
    tracked: Vec<bool>,
    /// Source span of the node being compiled (ops get its line and position).
    span: Span,
    has_walrus: bool,
    /// Constants preloaded into registers for the enclosing loops (dedup key -> register).
    const_regs: Vec<(String, R)>,
    /// Innermost enclosing class name (private name mangling).
    private: Option<String>,
}

pub struct Gen<'a> {
    st: &'a SymTable,
    interactive: bool,
    fns: Vec<FnState<'a>>,
    /// Source text (for `from __future__ import annotations` string annotations).
    source: &'a str,
    future_annotations: bool,
    /// Compile-time SyntaxWarnings in CPython's order: (line, message).
    pub warnings: Vec<(u32, String)>,
}

type CResult<T = ()> = Result<T, CompileError>;

/// Where CPython 3.11 raises a failed `assert`: its `compiler_jump_if` leaves the
/// location at the last comparison it jumped on (through `not` and `and`/`or`);
/// any other test is visited with its location restored, so the statement's.
fn assert_raise_span(test: &Expr, stmt: Span) -> Span {
    fn last_compare(e: &Expr) -> Option<Span> {
        match &e.kind {
            ExprKind::Compare { .. } => Some(e.span),
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => last_compare(operand),
            ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(last_compare),
            _ => None,
        }
    }
    last_compare(test).unwrap_or(stmt)
}

/// CPython 3.11's `update_start_location_to_match_attr`: an op of an attribute
/// (`obj.attr`, spanning `attr_expr`) whose location `base` starts on another line
/// than the attribute's end starts at the attribute name instead, so a traceback
/// of `(a\n .m())` points at `.m()`. Columns unknown: `u32::MAX`.
fn attr_span(base: Span, attr_expr: Span, attr: &str) -> Span {
    if base.lineno == attr_expr.end_lineno {
        return base;
    }
    let mut s = base;
    s.lineno = attr_expr.end_lineno;
    let len = attr.chars().count() as u32;
    if len <= attr_expr.end_col {
        s.col = attr_expr.end_col - len;
    } else {
        s.col = u32::MAX;
        s.end_col = u32::MAX;
    }
    s.end_lineno = s.end_lineno.max(s.lineno);
    if s.lineno == s.end_lineno && s.col != u32::MAX {
        s.end_col = s.end_col.max(s.col);
    }
    s
}

fn cerr(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError { msg: msg.into(), span }
}

fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: CmpOp) -> code::CmpOp {
    match op {
        CmpOp::Eq => code::CmpOp::Eq,
        CmpOp::NotEq => code::CmpOp::Ne,
        CmpOp::Lt => code::CmpOp::Lt,
        CmpOp::LtE => code::CmpOp::Le,
        CmpOp::Gt => code::CmpOp::Gt,
        CmpOp::GtE => code::CmpOp::Ge,
        CmpOp::Is => code::CmpOp::Is,
        CmpOp::IsNot => code::CmpOp::IsNot,
        CmpOp::In => code::CmpOp::In,
        CmpOp::NotIn => code::CmpOp::NotIn,
    }
}

/// Mutable access to an op's jump target, if it has one.
pub(crate) fn target_mut(op: &mut Op) -> Option<&mut T> {
    match op {
        Op::Jump { target }
        | Op::Loop { target }
        | Op::JumpIfTrue { target, .. }
        | Op::JumpIfFalse { target, .. }
        | Op::JumpIfNotCompare { target, .. } => Some(target),
        Op::ForIter { exit, .. } => Some(exit),
        _ => None,
    }
}

fn is_docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn has_starred(es: &[Expr]) -> bool {
    es.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

/// Names deleted anywhere in `body` (del targets, except-as names), not descending into nested scopes.
fn collect_kills<'b>(body: &'b [Stmt], out: &mut Vec<&'b str>) {
    fn target<'b>(e: &'b Expr, out: &mut Vec<&'b str>) {
        match &e.kind {
            ExprKind::Name { id, .. } => out.push(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().for_each(|x| target(x, out)),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Delete(ts) => ts.iter().for_each(|t| target(t, out)),
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                collect_kills(body, out);
                collect_kills(orelse, out);
            }
            StmtKind::With { body, .. } => collect_kills(body, out),
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                collect_kills(body, out);
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.push(n);
                    }
                    collect_kills(&h.body, out);
                }
                collect_kills(orelse, out);
                collect_kills(finalbody, out);
            }
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| collect_kills(&c.body, out)),
            _ => {}
        }
    }
}

impl<'a> Gen<'a> {
    pub fn new(st: &'a SymTable, interactive: bool) -> Gen<'a> {
        Gen { st, interactive, fns: Vec::new(), source: "", future_annotations: false, warnings: Vec::new() }
    }
    fn warn(&mut self, msg: Option<impl Into<String>>, line: u32) {
        if let Some(m) = msg {
            self.warnings.push((line, m.into()));
        }
    }
    pub fn with_source(mut self, source: &'a str) -> Gen<'a> {
        self.source = source;
        self
    }

    // ------------------------------------------------------------------
    // Code units

    fn f(&mut self) -> &mut FnState<'a> {
        self.fns.last_mut().unwrap()
    }
    fn fr(&self) -> &FnState<'a> {
        self.fns.last().unwrap()
    }

    /// Start a code unit for scope `sid`. Allocates parameter, local, cell and free registers.
    fn begin(&mut self, sid: ScopeId, name: &str, qualname: String, firstlineno: u32) {
        let sc = &self.st.scopes[sid];
        let mut var_reg = super::scope::presized();
        let mut varnames: Vec<String> = Vec::new();
        let add = |n: &str, var_reg: &mut HashMap<String, R>, varnames: &mut Vec<String>| -> R {
            if let Some(&r) = var_reg.get(n) {
                return r;
            }
            let r = varnames.len() as R;
            var_reg.insert(n.to_string(), r);
            varnames.push(n.to_string());
            r
        };
        if sc.kind == ScopeKind::Class {
            add(".namespace", &mut var_reg, &mut varnames);
        }
        let param_regs: Vec<R> = sc.params.iter().map(|p| add(p, &mut var_reg, &mut varnames)).collect();
        // Registers of the plain locals (definite-assignment tracked).
        let mut local_regs: Vec<R> = Vec::new();
        if sc.is_function_like() {
            for (n, b) in sc.bindings() {
                if b == Binding::Local {
                    local_regs.push(add(n, &mut var_reg, &mut varnames));
                }
            }
        }
        let mut cellvars = Vec::new();
        for n in &sc.cellvars {
            let r = add(n, &mut var_reg, &mut varnames);
            cellvars.push((n.clone(), r));
        }
        let mut freevar_regs = Vec::new();
        for n in &sc.freevars {
            // A class body may bind a pass-through free name itself (namespace): give the cell its own register.
            let r = if sc.kind == ScopeKind::Class && var_reg.contains_key(n) {
                let r = varnames.len() as R;
                varnames.push(n.clone());
                r
            } else if sc.kind == ScopeKind::Class && sc.binding(n) != Binding::Free {
                let r = varnames.len() as R;
                varnames.push(n.clone());
                var_reg.insert(format!(".free.{}", n), r);
                r
            } else {
                add(n, &mut var_reg, &mut varnames)
            };
            var_reg.entry(format!(".free.{}", n)).or_insert(r);
            freevar_regs.push(r);
        }
        let nlocals = varnames.len() as R;
        let mut tracked = vec![false; nlocals as usize];
        let mut bound = vec![false; nlocals as usize];
        if sc.is_function_like() {
            for &r in &local_regs {
                tracked[r as usize] = true;
            }
            for &r in &param_regs {
                bound[r as usize] = true;
            }
        }
        let mut flags = 0;
        match sc.kind {
            ScopeKind::Module => flags |= CO_MODULE,
            ScopeKind::Class => flags |= CO_CLASS_BODY,
            _ => {}
        }
        if sc.is_generator {
            flags |= CO_GENERATOR;
        }
        if sc.is_coroutine {
            flags |= CO_GENERATOR | code::CO_COROUTINE;
        }
        let mut unit = Unit {
            name: name.to_string(),
            qualname,
            firstlineno,
            flags,
            argcount: if sc.kind == ScopeKind::Class { 1 } else { 0 },
            varnames,
            freevar_regs,
            freevars: sc.freevars.clone(),
            cellvars,
            ..Default::default()
        };
        // `emit` pushes to four vectors per op; starting them at a typical
        // function's size saves their first reallocations (most code objects
        // are small, and each growth copies).
        unit.ops.reserve(OPS_RESERVE);
        unit.lines.reserve(OPS_RESERVE);
        unit.positions.reserve(OPS_RESERVE);
        let private = if sc.kind == ScopeKind::Class { Some(name.to_string()) } else { self.fns.last().and_then(|f| f.private.clone()) };
        self.fns.push(FnState {
            scope: sid,
            kind: sc.kind,
            unit,
            const_map: super::scope::presized(),
            name_map: super::scope::presized(),
            var_reg,
            nlocals,
            next_temp: nlocals,
            max_reg: nlocals,
            labels: Vec::new(),
            handlers: Vec::new(),
            hstack: Vec::new(),
            op_handler: Vec::with_capacity(OPS_RESERVE),
            depth: 0,
            fblocks: Vec::new(),
            break_states: Vec::new(),
            da: DaState { bound, live: true },
            tracked,
            span: Span::new(firstlineno, 0, firstlineno, 0),
            has_walrus: sc.has_walrus,
            const_regs: Vec::new(),
            private,
        });
        // Cells start as fresh cells wrapping the register's value (a parameter, or unbound).
        let cells: Vec<R> = self.fr().unit.cellvars.iter().map(|c| c.1).collect();
        for r in cells {
            self.emit(Op::MakeCell { reg: r });
        }
    }

    /// Finish the current unit: resolve labels, thread jumps, build the exception table.
    fn end(&mut self) -> Unit {
        let mut f = self.fns.pop().unwrap();
        let labels = std::mem::take(&mut f.labels);
        for op in f.unit.ops.iter_mut() {
            if let Some(t) = target_mut(op) {
                *t = labels[*t as usize];
                debug_assert!(*t != UNPLACED);
            }
        }
        thread_jumps(&mut f.unit.ops);
        // Exception table: coalesce runs of ops with the same innermost handler.
        let mut table = Vec::new();
        let mut i = 0;
        let n = f.op_handler.len();
        while i < n {
            let h = f.op_handler[i];
            let mut j = i + 1;
            while j < n && f.op_handler[j] == h {
                j += 1;
            }
            if h != NO_HANDLER {
                let hd = &f.handlers[h as usize];
                table.push(ExcEntry {
                    start: i as T,
                    end: j as T,
                    handler: labels[hd.label as usize],
                    exc_reg: hd.exc_reg,
                    depth: hd.depth,
                });
            }
            i = j;
        }
        f.unit.exc_table = table;
        f.unit.nregs = f.max_reg.max(1);
        f.unit
    }

    // ------------------------------------------------------------------
    // Emission helpers

    fn emit(&mut self, op: Op) {
        let f = self.f();
        f.unit.ops.push(op);
        f.unit.lines.push(f.span.lineno);
        f.unit.positions.push(code::Pos { end_line: f.span.end_lineno, col: f.span.col, end_col: f.span.end_col });
        let h = f.hstack.last().copied().unwrap_or(NO_HANDLER);
        f.op_handler.push(h);
    }
    fn here(&self) -> u32 {
        self.fr().unit.ops.len() as u32
    }
    fn label(&mut self) -> Label {
        let f = self.f();
        f.labels.push(UNPLACED);
        (f.labels.len() - 1) as Label
    }
    fn place(&mut self, l: Label) {
        let h = self.here();
        self.f().labels[l as usize] = h;
    }
    fn tmp(&mut self) -> R {
        let f = self.f();
        let r = f.next_temp;
        f.next_temp += 1;
        if f.next_temp > f.max_reg {
            f.max_reg = f.next_temp;
        }
        r
    }
    fn tmps(&mut self, n: usize) -> R {
        let base = self.fr().next_temp;
        for _ in 0..n {
            self.tmp();
        }
        base
    }
    fn mark(&self) -> u16 {
        self.fr().next_temp
    }
    fn release(&mut self, m: u16) {
        self.f().next_temp = m;
    }
    fn is_temp(&self, r: R) -> bool {
        r >= self.fr().nlocals
    }

    fn konst(&mut self, c: Const) -> K {
        let key = c.key();
        if let Some(k) = &key {
            if let Some(&i) = self.fr().const_map.get(k) {
                return i;
            }
        }
        let f = self.f();
        let i = f.unit.consts.len() as K;
        f.unit.consts.push(c);
        if let Some(k) = key {
            f.const_map.insert(k, i);
        }
        i
    }
    fn name(&mut self, s: &str) -> N {
        if let Some(&i) = self.fr().name_map.get(s) {
            return i;
        }
        let f = self.f();
        let i = f.unit.names.len() as N;
        f.unit.names.push(s.to_string());
        f.name_map.insert(s.to_string(), i);
        i
    }
    fn load_const(&mut self, c: Const, dst: R) {
        let k = self.konst(c);
        self.emit(Op::LoadConst { dst, k });
    }
    fn load_none(&mut self, dst: R) {
        self.load_const(Const::None, dst);
    }
    fn set_span(&mut self, span: Span) -> Span {
        let f = self.f();
        let old = f.span;
        if span.lineno != 0 {
            f.span = span;
        }
        old
    }
    fn dead(&mut self) {
        self.f().da.live = false;
    }
    fn da(&self) -> DaState {
        self.fr().da.clone()
    }
    fn set_da(&mut self, s: DaState) {
        self.f().da = s;
    }
    fn set_bound(&mut self, r: R, b: bool) {
        let f = self.f();
        if (r as usize) < f.da.bound.len() {
            f.da.bound[r as usize] = b;
        }
    }
    /// State with the locals deleted in `body` unbound (loop heads, handler entry).
    fn without_kills(&self, s: &DaState, bodies: &[&[Stmt]]) -> DaState {
        let mut out = s.clone();
        let mut ks = Vec::new();
        for b in bodies {
            collect_kills(b, &mut ks);
        }
        for k in ks {
            if let Some(&r) = self.fr().var_reg.get(&*self.mg(k)) {
                if (r as usize) < out.bound.len() {
                    out.bound[r as usize] = false;
                }
            }
        }
        out
    }

    fn binding(&self, name: &str) -> Binding {
        self.st.scopes[self.fr().scope].binding(name)
    }
    fn reg_of(&self, name: &str) -> R {
        self.fr().var_reg[name]
    }
    /// Register holding the cell for free/cell variable `name` (for closures).
    fn cell_reg(&self, name: &str) -> R {
        let f = self.fr();
        if let Some(&r) = f.var_reg.get(&format!(".free.{}", name)) {
            return r;
        }
        f.var_reg[name]
    }

    // ------------------------------------------------------------------
    // Entry points

    pub fn module(&mut self, m: &'a Module) -> CResult<Unit> {
        self.begin(0, "<module>", "<module>".to_string(), 1);
        if !self.interactive {
            if let Some(doc) = is_docstring(&m.body) {
                let t = self.tmp();
                self.set_span(m.body[0].span);
                self.load_const(Const::Str(doc.to_string()), t);
                let n = self.name("__doc__");
                self.emit(Op::StoreGlobal { name: n, src: t });
                self.release(t);
            }
        }
        self.setup_annotations(&m.body);
        self.stmts(&m.body)?;
        self.return_none();
        Ok(self.end())
    }

    fn return_none(&mut self) {
        // Also after unreachable code: the op list must never fall off its end.
        let terminated = matches!(
            self.fr().unit.ops.last(),
            Some(Op::Return { .. } | Op::Raise { .. } | Op::Reraise { .. } | Op::Jump { .. } | Op::Loop { .. })
        );
        if self.fr().da.live || !terminated {
            let t = self.tmp();
            self.load_none(t);
            self.emit(Op::Return { src: t });
            self.release(t);
        }
    }

    // ------------------------------------------------------------------
    // Statements

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let old = self.set_span(s.span);
        let m = self.mark();
        let r = self.stmt_inner(s);
        self.release(m);
        self.f().span = old;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, value.as_deref())?;
                self.store_annotation(target, annotation, *simple)
            }
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return self.unsupported("async for");
                }
                self.for_stmt(target, iter, body, orelse)
            }
            StmtKind::Break => self.break_stmt(s.span),
            StmtKind::Continue => self.continue_stmt(s.span),
            StmtKind::Return(v) => self.return_stmt(v.as_deref(), s.span),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, .. } => {
                self.function_def(s, name, args, body, decorator_list, returns.as_deref())
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.class_def(s, name, bases, keywords, body, decorator_list)
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_deref(), cause.as_deref()),
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody, false),
            StmtKind::TryStar { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody, true),
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(module.as_deref(), names, *level),
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    return self.unsupported("async with");
                }
                self.with_stmt(items, body, 0)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
        }
    }

    /// A construct the engine cannot run yet: compiles to `raise NotImplementedError(...)`, so the
    /// rest of the module (and every function not using it) still works.
    fn unsupported(&mut self, what: &str) -> CResult {
        let m = self.mark();
        let base = self.tmps(2);
        let n = self.name("NotImplementedError");
        self.emit(Op::LoadGlobal { dst: base, name: n });
        self.load_const(Const::Str(format!("{} is not supported by tauraro yet", what)), base + 1);
        self.emit(Op::Call { dst: base, base, nargs: 1 });
        self.emit(Op::Raise { exc: base, cause: NO_REG });
        self.release(m);
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Constant(_) = &e.kind {
            if !(self.interactive && self.fr().kind == ScopeKind::Module) {
                return Ok(());
            }
        }
        let t = self.tmp();
        self.expr_into(e, t)?;
        if self.interactive && self.fr().kind == ScopeKind::Module {
            self.emit(Op::PrintExpr { src: t });
        }
        Ok(())
    }

    // ---- assignment ----

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        if targets.len() == 1 {
            let t = &targets[0];
            if let ExprKind::Name { id, .. } = &t.kind {
                if let Some(r) = self.local_reg(id) {
                    self.expr_into(value, r)?;
                    self.set_bound(r, true);
                    return Ok(());
                }
            }
            // a, b = x, y: evaluate all values into temporaries, then store (no tuple).
            if let (ExprKind::Tuple { elts: te, .. } | ExprKind::List { elts: te, .. }, ExprKind::Tuple { elts: ve, .. } | ExprKind::List { elts: ve, .. }) =
                (&t.kind, &value.kind)
            {
                if te.len() == ve.len() && !has_starred(te) && !has_starred(ve) && te.len() <= 16 {
                    let base = self.tmps(ve.len());
                    for (i, v) in ve.iter().enumerate() {
                        self.expr_into(v, base + i as R)?;
                    }
                    for (i, x) in te.iter().enumerate() {
                        self.store(x, base + i as R)?;
                    }
                    return Ok(());
                }
            }
        }
        // Storing can't change the value's register (a local read directly is safe:
        // every target stores the same value).
        let v = self.expr_reg(value)?;
        for t in targets {
            self.store(t, v)?;
        }
        Ok(())
    }

    /// Private name mangling of an identifier from the source.
    fn mg<'s>(&self, id: &'s str) -> std::borrow::Cow<'s, str> {
        super::scope::mangle_cow(self.fr().private.as_deref(), id)
    }
    /// Names-table index of attribute `attr` (mangled like CPython).
    fn attr_name(&mut self, attr: &str) -> N {
        let a = self.mg(attr);
        self.name(&a)
    }

    /// The register of `name` when it is a plain local of a function scope.
    fn local_reg(&self, name: &str) -> Option<R> {
        let name = &self.mg(name);
        let f = self.fr();
        if (f.kind == ScopeKind::Function || f.kind == ScopeKind::Comprehension) && self.binding(name) == Binding::Local {
            Some(f.var_reg[&**name])
        } else {
            None
        }
    }

    /// Store register `src` into the target expression.
    fn store(&mut self, t: &'a Expr, src: R) -> CResult {
        let old = self.set_span(t.span);
        let m = self.mark();
        let r = self.store_inner(t, src);
        self.release(m);
        self.f().span = old;
        r
    }

    fn store_inner(&mut self, t: &'a Expr, src: R) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.store_name(id, src);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr_reg(value)?;
                let name = self.attr_name(attr);
                self.emit(Op::StoreAttr { obj, name, src });
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr_reg(value)?;
                let key = self.index_reg(slice)?;
                self.emit(Op::SetItem { obj, key, src });
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => self.unpack(elts, src, t.span),
            ExprKind::Starred { .. } => Err(cerr("starred assignment target must be in a list or tuple", t.span)),
            _ => Err(cerr(format!("cannot assign to {}", describe(t)), t.span)),
        }
    }

    fn unpack(&mut self, elts: &'a [Expr], src: R, span: Span) -> CResult {
        let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        let n = elts.len();
        if star.is_none() && n > 0 {
            // `a, b = src` where a, b are consecutive plain locals: unpack straight into them.
            let regs: Vec<Option<R>> = elts
                .iter()
                .map(|e| match &e.kind {
                    ExprKind::Name { id, .. } => self.local_reg(id),
                    _ => None,
                })
                .collect();
            if let Some(Some(first)) = regs.first().copied() {
                let consecutive = regs.iter().enumerate().all(|(i, r)| *r == Some(first + i as R));
                if consecutive && !(first..first + n as R).contains(&src) {
                    self.emit(Op::UnpackSeq { base: first, src, n: n as u16 });
                    for i in 0..n {
                        self.set_bound(first + i as R, true);
                    }
                    return Ok(());
                }
            }
        }
        let base = self.tmps(n);
        match star {
            None => self.emit(Op::UnpackSeq { base, src, n: n as u16 }),
            Some(i) => {
                if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 {
                    return Err(cerr("multiple starred expressions in assignment", span));
                }
                self.emit(Op::UnpackEx { base, src, before: i as u16, after: (n - i - 1) as u16 });
            }
        }
        for (i, e) in elts.iter().enumerate() {
            let target = match &e.kind {
                ExprKind::Starred { value, .. } => value,
                _ => e,
            };
            self.store(target, base + i as R)?;
        }
        Ok(())
    }

    fn store_name(&mut self, id: &str, src: R) {
        let id = &self.mg(id);
        let kind = self.fr().kind;
        let b = self.binding(id);
        match (kind, b) {
            (ScopeKind::Module, _) | (_, Binding::GlobalExplicit) => {
                let name = self.name(id);
                self.emit(Op::StoreGlobal { name, src });
            }
            (_, Binding::Cell) | (_, Binding::Free) => {
                let cell = self.reg_of(id);
                self.emit(Op::StoreCell { cell, src });
            }
            (ScopeKind::Class, _) => {
                let name = self.name(id);
                self.emit(Op::StoreName { name, src });
            }
            (_, Binding::GlobalImplicit) => {
                let name = self.name(id);
                self.emit(Op::StoreGlobal { name, src });
            }
            (_, Binding::Local) => {
                let r = self.reg_of(id);
                if r != src {
                    self.emit(Op::Move { dst: r, src });
                }
                self.set_bound(r, true);
            }
        }
    }

    fn load_name(&mut self, id: &str, dst: R) {
        let id = &self.mg(id);
        let kind = self.fr().kind;
        let b = self.binding(id);
        match (kind, b) {
            (ScopeKind::Module, _) | (_, Binding::GlobalExplicit) => {
                let name = self.name(id);
                self.emit(Op::LoadGlobal { dst, name });
            }
            (_, Binding::Cell) | (_, Binding::Free) => {
                let cell = self.reg_of(id);
                let name = self.name(id);
                self.emit(Op::LoadCell { dst, cell, name });
            }
            (ScopeKind::Class, _) => {
                let name = self.name(id);
                self.emit(Op::LoadName { dst, name });
            }
            (_, Binding::GlobalImplicit) => {
                let name = self.name(id);
                self.emit(Op::LoadGlobal { dst, name });
            }
            (_, Binding::Local) => {
                let r = self.checked_local(id);
                if r != dst {
                    self.emit(Op::Move { dst, src: r });
                }
            }
        }
    }

    /// Register of local `id`, emitting `CheckBound` if it may be unbound here.
    fn checked_local(&mut self, id: &str) -> R {
        let id = &self.mg(id);
        let r = self.reg_of(id);
        let f = self.fr();
        let needs = f.da.live && f.tracked.get(r as usize).copied().unwrap_or(false) && !f.da.bound[r as usize];
        if needs {
            let name = self.name(id);
            self.emit(Op::CheckBound { reg: r, name });
            self.set_bound(r, true);
        }
        r
    }

    /// Loads of the target are located at the target (attribute rule applied),
    /// the operation at the statement, as CPython's.
    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let op = binop(op);
        let stmt = self.fr().span;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if let Some(_) = self.local_reg(id) {
                    self.set_span(target.span);
                    let r = self.checked_local(id);
                    self.set_span(stmt);
                    let b = self.expr_reg(value)?;
                    self.emit(Op::InPlace { op, dst: r, a: r, b });
                } else {
                    let t = self.tmp();
                    self.set_span(target.span);
                    self.load_name(id, t);
                    self.set_span(stmt);
                    let b = self.expr_reg(value)?;
                    self.emit(Op::InPlace { op, dst: t, a: t, b });
                    self.store_name(id, t);
                }
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                let o = self.expr_reg(obj)?;
                let name = self.attr_name(attr);
                let t = self.tmp();
                self.set_span(attr_span(target.span, target.span, attr));
                self.emit(Op::LoadAttr { dst: t, obj: o, name });
                self.set_span(stmt);
                let b = self.expr_reg(value)?;
                self.emit(Op::InPlace { op, dst: t, a: t, b });
                self.set_span(attr_span(target.span, target.span, attr));
                self.emit(Op::StoreAttr { obj: o, name, src: t });
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                let o = self.expr_reg(obj)?;
                let k = self.index_reg(slice)?;
                let t = self.tmp();
                self.set_span(target.span);
                self.emit(Op::GetItem { dst: t, obj: o, key: k });
                self.set_span(stmt);
                let b = self.expr_reg(value)?;
                self.emit(Op::InPlace { op, dst: t, a: t, b });
                self.set_span(target.span);
                self.emit(Op::SetItem { obj: o, key: k, src: t });
            }
            _ => return Err(cerr(format!("'{}' is an illegal expression for augmented assignment", describe(target)), target.span)),
        }
        Ok(())
    }

    fn ann_assign(&mut self, target: &'a Expr, value: Option<&'a Expr>) -> CResult {
        match value {
            Some(v) => self.assign(std::slice::from_ref(target), v),
            None => {
                // Evaluate the target's sub-expressions for their side effects.
                match &target.kind {
                    ExprKind::Attribute { value, .. } => {
                        self.expr_reg(value)?;
                    }
                    ExprKind::Subscript { value, slice, .. } => {
                        self.expr_reg(value)?;
                        self.index_reg(slice)?;
                    }
                    _ => {}
                }
                Ok(())
            }
        }
    }

    /// Module and class bodies with annotated names get an `__annotations__` dict (CPython's
    /// SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if !has_annotations(body) {
            return;
        }
        let t = self.tmp();
        self.emit(Op::BuildDict { dst: t, base: t, n: 0 });
        self.store_name("__annotations__", t);
        self.release(t);
    }

    /// `x: T` at module or class level records `__annotations__['x'] = T` (other targets
    /// only evaluate `T`); annotations inside functions are not evaluated.
    fn store_annotation(&mut self, target: &'a Expr, ann: &'a Expr, simple: bool) -> CResult {
        if !matches!(self.fr().kind, ScopeKind::Module | ScopeKind::Class) {
            return Ok(());
        }
        let m = self.mark();
        let v = self.tmp();
        self.annotation_value(ann, v)?;
        if let (ExprKind::Name { id, .. }, true) = (&target.kind, simple) {
            let d = self.tmp();
            self.load_name("__annotations__", d);
            let key = self.mg(id);
            let k = self.const_reg(Const::Str(key.into_owned()));
            self.emit(Op::SetItem { obj: d, key: k, src: v });
        }
        self.release(m);
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_span(t.span);
        let m = self.mark();
        match &t.kind {
            ExprKind::Name { id, .. } => {
                let id = &self.mg(id);
                let kind = self.fr().kind;
                let b = self.binding(id);
                let name = self.name(id);
                match (kind, b) {
                    (ScopeKind::Module, _) | (_, Binding::GlobalExplicit) => self.emit(Op::DelGlobal { name }),
                    (ScopeKind::Class, Binding::Local) | (ScopeKind::Class, Binding::GlobalImplicit) => self.emit(Op::DelName { name }),
                    (_, Binding::GlobalImplicit) => self.emit(Op::DelGlobal { name }),
                    (_, Binding::Cell) | (_, Binding::Free) => {
                        let cell = self.reg_of(id);
                        self.emit(Op::DelCell { cell, name });
                    }
                    (_, Binding::Local) => {
                        let reg = self.reg_of(id);
                        self.emit(Op::DelLocal { reg, name });
                        self.set_bound(reg, false);
                    }
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr_reg(value)?;
                let name = self.attr_name(attr);
                self.emit(Op::DelAttr { obj, name });
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr_reg(value)?;
                let key = self.index_reg(slice)?;
                self.emit(Op::DelItem { obj, key });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(cerr(format!("cannot delete {}", describe(t)), t.span)),
        }
        self.release(m);
        self.f().span = old;
        Ok(())
    }

    // ---- control flow ----

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let else_l = self.label();
        self.jump_if(test, false, else_l)?;
        let after_test = self.da();
        self.stmts(body)?;
        if orelse.is_empty() {
            self.place(else_l);
            let s = merge(&self.da(), &after_test);
            self.set_da(s);
        } else {
            let end = self.label();
            let live = self.fr().da.live;
            if live {
                self.emit(Op::Jump { target: end });
            }
            let s1 = self.da();
            self.place(else_l);
            self.set_da(after_test);
            self.stmts(orelse)?;
            self.place(end);
            let s = merge(&self.da(), &s1);
            self.set_da(s);
        }
        Ok(())
    }

    /// Preload the constants used as operands in a loop into registers (held for the
    /// loop statement), so the loop body needs no `LoadConst` for them. Returns how many
    /// entries to pop from `const_regs` afterwards.
    fn hoist_consts(&mut self, test: Option<&'a Expr>, body: &'a [Stmt]) -> usize {
        let mut cs = Vec::new();
        if let Some(t) = test {
            operand_consts_expr(t, &mut cs);
        }
        operand_consts(body, &mut cs);
        self.hoist_list(cs)
    }

    fn hoist_list(&mut self, cs: Vec<Const>) -> usize {
        let mut n = 0;
        for c in cs {
            let key = match c.key() {
                Some(k) => k,
                None => continue,
            };
            if n >= 8 || self.fr().const_regs.iter().any(|(k, _)| *k == key) {
                continue;
            }
            let r = self.tmp();
            self.load_const(c, r);
            self.f().const_regs.push((key, r));
            n += 1;
        }
        n
    }
    fn unhoist(&mut self, n: usize) {
        let f = self.f();
        let len = f.const_regs.len();
        f.const_regs.truncate(len - n);
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let hoisted = self.hoist_consts(Some(test), body);
        let r = self.while_inner(test, body, orelse);
        self.unhoist(hoisted);
        r
    }

    fn while_inner(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let head_state = self.without_kills(&self.da(), &[body]);
        self.set_da(head_state);
        let head = self.label();
        let else_l = self.label();
        let brk = self.label();
        self.place(head);
        let always = fold::fold(test).map(|c| c.truthy());
        if always != Some(true) {
            self.jump_if(test, false, else_l)?;
        }
        let after_test = self.da();
        self.f().fblocks.push(FBlock::Loop { brk, cont: head });
        let idx = self.fr().fblocks.len() - 1;
        self.f().break_states.push((idx, Vec::new()));
        self.stmts(body)?;
        if self.fr().da.live {
            self.emit(Op::Loop { target: head });
        }
        self.f().fblocks.pop();
        let breaks = self.f().break_states.pop().unwrap().1;
        self.place(else_l);
        let mut s = after_test;
        if always == Some(true) {
            s.live = false;
        }
        self.set_da(s);
        self.stmts(orelse)?;
        self.place(brk);
        let mut s = self.da();
        for b in &breaks {
            s = merge(&s, b);
        }
        self.set_da(s);
        Ok(())
    }

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        // it, it+1, it+2: the iterator (or an unboxed range: cursor, stop, step).
        let it = self.tmp();
        self.tmp();
        self.tmp();
        let src = self.expr_reg(iter)?;
        self.release(it + 3);
        self.emit(Op::GetForIter { dst: it, src });
        let hoisted = self.hoist_consts(None, body);
        let r = self.for_inner(it, target, iter, body, orelse);
        self.unhoist(hoisted);
        r
    }

    fn for_inner(&mut self, it: R, target: &'a Expr, _iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let head_state = self.without_kills(&self.da(), &[body]);
        self.set_da(head_state.clone());
        let head = self.label();
        let exit = self.label();
        let brk = self.label();
        self.place(head);
        self.for_iter_target(it, target, exit)?;
        self.f().fblocks.push(FBlock::Loop { brk, cont: head });
        let idx = self.fr().fblocks.len() - 1;
        self.f().break_states.push((idx, Vec::new()));
        self.stmts(body)?;
        if self.fr().da.live {
            self.emit(Op::Loop { target: head });
        }
        self.f().fblocks.pop();
        let breaks = self.f().break_states.pop().unwrap().1;
        self.place(exit);
        self.set_da(head_state);
        self.stmts(orelse)?;
        self.place(brk);
        let mut s = self.da();
        for b in &breaks {
            s = merge(&s, b);
        }
        self.set_da(s);
        Ok(())
    }

    /// `ForIter` into the target (directly into a local register when possible).
    fn for_iter_target(&mut self, it: R, target: &'a Expr, exit: Label) -> CResult {
        if let ExprKind::Name { id, .. } = &target.kind {
            if let Some(r) = self.local_reg(id) {
                self.emit(Op::ForIter { iter: it, dst: r, exit });
                self.set_bound(r, true);
                return Ok(());
            }
        }
        let m = self.mark();
        let t = self.tmp();
        self.emit(Op::ForIter { iter: it, dst: t, exit });
        self.store(target, t)?;
        self.release(m);
        Ok(())
    }

    fn loop_index(&self) -> Option<usize> {
        self.fr().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. }))
    }

    fn break_stmt(&mut self, span: Span) -> CResult {
        let i = self.loop_index().ok_or_else(|| cerr("'break' outside loop", span))?;
        let brk = match self.fr().fblocks[i] {
            FBlock::Loop { brk, .. } => brk,
            _ => unreachable!(),
        };
        self.unwind(i + 1, false)?;
        let s = self.da();
        if let Some(entry) = self.f().break_states.iter_mut().rev().find(|(idx, _)| *idx == i) {
            entry.1.push(s);
        }
        self.emit(Op::Jump { target: brk });
        self.dead();
        Ok(())
    }

    fn continue_stmt(&mut self, span: Span) -> CResult {
        let i = self.loop_index().ok_or_else(|| cerr("'continue' not properly in loop", span))?;
        let cont = match self.fr().fblocks[i] {
            FBlock::Loop { cont, .. } => cont,
            _ => unreachable!(),
        };
        self.unwind(i + 1, false)?;
        self.emit(Op::Loop { target: cont });
        self.dead();
        Ok(())
    }

    fn return_stmt(&mut self, v: Option<&'a Expr>, span: Span) -> CResult {
        if !matches!(self.fr().kind, ScopeKind::Function | ScopeKind::Comprehension) {
            return Err(cerr("'return' outside function", span));
        }
        let needs_unwind = !self.fr().fblocks.iter().all(|b| matches!(b, FBlock::Loop { .. }));
        let src = match v {
            None => {
                let t = self.tmp();
                self.load_none(t);
                t
            }
            Some(e) if needs_unwind => {
                let t = self.tmp();
                self.expr_into(e, t)?;
                t
            }
            Some(e) => self.expr_reg(e)?,
        };
        self.unwind(0, true)?;
        self.set_span(span);
        self.emit(Op::Return { src });
        self.dead();
        Ok(())
    }

    /// Emit the exit actions of the frame blocks above `upto` (innermost first):
    /// finally bodies, `__exit__` calls, popping handled exceptions. The block
    /// structure is restored afterwards.
    fn unwind(&mut self, upto: usize, _is_return: bool) -> CResult {
        let saved_fb = self.fr().fblocks.clone();
        let saved_hs = self.fr().hstack.clone();
        let saved_depth = self.fr().depth;
        let saved_line = self.fr().span;
        let n = saved_fb.len();
        for i in (upto..n).rev() {
            match saved_fb[i].clone() {
                FBlock::Loop { .. } => {}
                FBlock::TryFinally { body, hlevel } => {
                    self.f().hstack.truncate(hlevel);
                    self.f().fblocks.truncate(i);
                    self.stmts(body)?;
                }
                FBlock::With { exit, hlevel } => {
                    self.f().hstack.truncate(hlevel);
                    self.f().fblocks.truncate(i);
                    self.call_exit_none(exit);
                }
                FBlock::Handler { name } => {
                    self.f().fblocks.truncate(i);
                    self.emit(Op::PopExcept);
                    self.f().depth -= 1;
                    if let Some(n) = name {
                        self.clear_name(n);
                    }
                }
                FBlock::FinallyExc => {
                    self.f().fblocks.truncate(i);
                    self.emit(Op::PopExcept);
                    self.f().depth -= 1;
                }
                // syntax::check rejects these jumps; never leave the handled stack wrong.
                FBlock::StarHandler => return Err(cerr(crate::syntax::check::STAR_EXIT, self.fr().span)),
            }
        }
        let f = self.f();
        f.fblocks = saved_fb;
        f.hstack = saved_hs;
        f.depth = saved_depth;
        f.span = saved_line;
        Ok(())
    }

    /// `name = None; del name` (end of `except ... as name`).
    fn clear_name(&mut self, n: &str) {
        let n = &self.mg(n);
        let t = self.tmp();
        self.load_none(t);
        self.store_name(n, t);
        self.release(t);
        let kind = self.fr().kind;
        let b = self.binding(n);
        let name = self.name(n);
        match (kind, b) {
            (ScopeKind::Module, _) | (_, Binding::GlobalExplicit) => self.emit(Op::DelGlobal { name }),
            (ScopeKind::Class, _) => self.emit(Op::DelName { name }),
            (_, Binding::GlobalImplicit) => self.emit(Op::DelGlobal { name }),
            (_, Binding::Cell) | (_, Binding::Free) => {
                let cell = self.reg_of(n);
                self.emit(Op::DelCell { cell, name });
            }
            (_, Binding::Local) => {
                let reg = self.reg_of(n);
                self.emit(Op::DelLocal { reg, name });
                self.set_bound(reg, false);
            }
        }
    }

    /// `exit(None, None, None)` where `exit`, `exit+1` hold the LoadMethod pair of `__exit__`.
    fn call_exit_none(&mut self, exit: R) {
        let m = self.mark();
        let t = self.tmps(5);
        self.emit(Op::Move { dst: t, src: exit });
        self.emit(Op::Move { dst: t + 1, src: exit + 1 });
        for i in 2..5 {
            self.load_none(t + i);
        }
        self.emit(Op::CallMethod { dst: t, base: t, nargs: 3 });
        self.release(m);
    }

    fn push_handler(&mut self, label: Label, exc_reg: R) -> usize {
        let f = self.f();
        let depth = f.depth;
        f.handlers.push(Handler { label, exc_reg, depth });
        let id = (f.handlers.len() - 1) as u32;
        let level = f.hstack.len();
        f.hstack.push(id);
        level
    }
    fn pop_handler(&mut self) {
        self.f().hstack.pop();
    }

    fn try_stmt(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt], star: bool) -> CResult {
        if finalbody.is_empty() {
            return self.try_except_any(body, handlers, orelse, star);
        }
        let before = self.da();
        let exc = self.tmp();
        let h = self.label();
        let end = self.label();
        let hlevel = self.push_handler(h, exc);
        self.f().fblocks.push(FBlock::TryFinally { body: finalbody, hlevel });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except_any(body, handlers, orelse, star)?;
        }
        self.f().fblocks.pop();
        self.pop_handler();
        // Normal path.
        let live = self.fr().da.live;
        if live {
            self.stmts(finalbody)?;
            if self.fr().da.live {
                self.emit(Op::Jump { target: end });
            }
        }
        let normal = self.da();
        // Exceptional path: run the finally body with the exception pushed, then re-raise.
        self.place(h);
        let hb: Vec<&[Stmt]> = vec![body, orelse].into_iter().chain(handlers.iter().map(|x| &x.body[..])).collect();
        let s = self.without_kills(&before, &hb);
        self.set_da(s);
        self.emit(Op::PushExcInfo { src: exc });
        self.f().depth += 1;
        let cleanup = self.label();
        let cexc = self.tmp();
        self.f().depth -= 1;
        self.push_handler(cleanup, cexc);
        self.f().depth += 1;
        self.f().fblocks.push(FBlock::FinallyExc);
        self.stmts(finalbody)?;
        self.f().fblocks.pop();
        self.pop_handler();
        self.f().depth -= 1;
        if self.fr().da.live {
            self.emit(Op::PopExcept);
            self.emit(Op::Reraise { src: exc });
        }
        self.place(cleanup);
        self.emit(Op::Reraise { src: cexc });
        self.place(end);
        self.set_da(normal);
        Ok(())
    }

    fn try_except_any(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], star: bool) -> CResult {
        if star {
            self.try_star(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// `try: ... except* T as e: ...` (CPython 3.11's compiler_try_star_except):
    /// each clause takes the part of the remaining exception that matches
    /// (`Intrinsic::ExceptStarMatch`, splitting groups and wrapping a bare
    /// exception in one); an exception raised by a clause body is collected,
    /// and at the end `Intrinsic::PrepReraiseStar` combines the collected
    /// exceptions and the unmatched rest into what is re-raised (or None).
    fn try_star(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let TryParts { before, exc, h, end, out } = self.try_protected(body, orelse)?;
        self.place(h);
        // Any clause may run or not, and stop anywhere: each starts from the
        // state without what the body or any clause deletes.
        let bodies: Vec<&[Stmt]> = std::iter::once(body).chain(handlers.iter().map(|x| &x.body[..])).collect();
        let entry = self.without_kills(&before, &bodies);
        self.set_da(entry.clone());
        self.set_span(handlers[0].span);
        self.emit(Op::PushExcInfo { src: exc });
        let cleanup = self.label();
        let cexc = self.tmp();
        self.push_handler(cleanup, cexc);
        self.f().depth += 1;
        // raised: exceptions the clause bodies raised; rest: what is left to match.
        let (raised, rest) = (self.tmp(), self.tmp());
        self.emit(Op::BuildList { dst: raised, base: raised, n: 0 });
        self.emit(Op::Move { dst: rest, src: exc });
        for hd in handlers {
            self.set_span(hd.span);
            self.set_da(entry.clone());
            let next = self.label();
            let m = self.mark();
            let base = self.tmps(3);
            self.load_const(Const::Intrinsic(Intrinsic::ExceptStarMatch), base);
            self.emit(Op::Move { dst: base + 1, src: rest });
            if let Some(ty) = &hd.type_ {
                self.expr_into(ty, base + 2)?;
            }
            self.set_span(hd.span);
            self.emit(Op::Call { dst: base, base, nargs: 2 });
            self.emit(Op::UnpackSeq { base, src: base, n: 2 });
            self.emit(Op::Move { dst: rest, src: base + 1 });
            let none = base + 1;
            self.load_none(none);
            self.emit(Op::JumpIfNotCompare { op: code::CmpOp::IsNot, a: base, b: none, target: next });
            // The clause body; an exception escaping it is collected in `raised`.
            let caught = self.label();
            let cr = self.tmp();
            self.push_handler(caught, cr);
            self.emit(Op::PushExcInfo { src: base });
            self.f().depth += 1;
            if let Some(n) = &hd.name {
                self.store_name(n, base);
            }
            self.f().fblocks.push(FBlock::StarHandler);
            self.stmts(&hd.body)?;
            self.f().fblocks.pop();
            self.f().depth -= 1;
            self.pop_handler();
            if self.fr().da.live {
                self.emit(Op::PopExcept);
                if let Some(n) = &hd.name {
                    self.clear_name(n);
                }
                self.emit(Op::Jump { target: next });
            }
            self.place(caught);
            self.set_da(entry.clone());
            self.emit(Op::ListAppend { list: raised, src: cr });
            if let Some(n) = &hd.name {
                self.clear_name(n);
            }
            self.release(m);
            self.place(next);
        }
        self.set_da(entry.clone());
        self.emit(Op::ListAppend { list: raised, src: rest });
        let base = self.tmps(3);
        self.load_const(Const::Intrinsic(Intrinsic::PrepReraiseStar), base);
        self.emit(Op::Move { dst: base + 1, src: exc });
        self.emit(Op::Move { dst: base + 2, src: raised });
        self.emit(Op::Call { dst: base, base, nargs: 2 });
        let reraise = self.label();
        self.load_none(base + 1);
        self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Is, a: base, b: base + 1, target: reraise });
        self.pop_handler();
        self.f().depth -= 1;
        self.emit(Op::PopExcept);
        self.emit(Op::Jump { target: end });
        self.place(reraise);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise { src: base });
        self.place(cleanup);
        self.emit(Op::Reraise { src: cexc });
        self.place(end);
        self.set_da(merge(&out, &entry));
        Ok(())
    }

    /// The protected part of a `try`: the body under a handler at `h` (which
    /// receives the exception in `exc`), then the `else` body and a jump to `end`.
    fn try_protected(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<TryParts> {
        let before = self.da();
        let exc = self.tmp();
        let h = self.label();
        let end = self.label();
        self.push_handler(h, exc);
        self.stmts(body)?;
        self.pop_handler();
        self.stmts(orelse)?;
        if self.fr().da.live {
            self.emit(Op::Jump { target: end });
        }
        Ok(TryParts { before, exc, h, end, out: self.da() })
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let TryParts { before, exc, h, end, mut out } = self.try_protected(body, orelse)?;
        // Handlers.
        self.place(h);
        let entry = self.without_kills(&before, &[body]);
        self.set_da(entry.clone());
        if let Some(h0) = handlers.first() {
            self.set_span(h0.span);
        }
        self.emit(Op::PushExcInfo { src: exc });
        // Cleanup for exceptions escaping the handler code: truncates the handled-exception
        // stack (the entry's depth) and re-raises.
        let cleanup = self.label();
        let cexc = self.tmp();
        self.push_handler(cleanup, cexc);
        self.f().depth += 1;
        let mut named_cleanups = Vec::new();
        for (i, hd) in handlers.iter().enumerate() {
            self.set_span(hd.span);
            self.set_da(entry.clone());
            let next = self.label();
            match &hd.type_ {
                Some(ty) => {
                    let m = self.mark();
                    let t = self.expr_reg(ty)?;
                    let r = self.tmp();
                    self.emit(Op::ExcMatch { dst: r, exc, ty: t });
                    self.emit(Op::JumpIfFalse { src: r, target: next });
                    self.release(m);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(cerr("default 'except:' must be last", hd.span));
                    }
                }
            }
            if let Some(n) = &hd.name {
                self.store_name(n, exc);
                // A named handler gets its own cleanup that clears the name.
                let nc = self.label();
                let ncexc = self.tmp();
                self.f().depth -= 1;
                self.push_handler(nc, ncexc);
                self.f().depth += 1;
                named_cleanups.push((nc, ncexc, n.as_str()));
            }
            self.f().fblocks.push(FBlock::Handler { name: hd.name.as_deref() });
            self.stmts(&hd.body)?;
            self.f().fblocks.pop();
            if hd.name.is_some() {
                self.pop_handler();
            }
            if self.fr().da.live {
                self.emit(Op::PopExcept);
                if let Some(n) = &hd.name {
                    self.clear_name(n);
                }
                self.emit(Op::Jump { target: end });
            }
            out = merge(&out, &self.da());
            self.place(next);
        }
        self.pop_handler();
        self.f().depth -= 1;
        // No handler matched.
        self.set_da(entry.clone());
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise { src: exc });
        for (nc, ncexc, n) in named_cleanups {
            self.place(nc);
            self.clear_name(n);
            self.emit(Op::Reraise { src: ncexc });
        }
        self.place(cleanup);
        self.emit(Op::Reraise { src: cexc });
        self.place(end);
        self.set_da(out);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], idx: usize) -> CResult {
        let item = &items[idx];
        // Entering and leaving are located at the whole statement, as CPython's.
        let stmt = self.fr().span;
        let mgr = self.tmp();
        self.expr_into(&item.context_expr, mgr)?;
        self.set_span(stmt);
        let exit = self.tmps(2);
        let n_exit = self.name("__exit__");
        let n_enter = self.name("__enter__");
        // As CPython 3.11: look up __enter__, then __exit__; a missing one is a TypeError
        // (the failure paths are emitted at the end of the statement).
        let lookup_exc = self.tmp();
        let m = self.mark();
        let e = self.tmps(2);
        let bad_enter = self.label();
        let bad_exit = self.label();
        self.push_handler(bad_enter, lookup_exc);
        self.emit(Op::LoadMethod { dst: e, obj: mgr, name: n_enter });
        self.pop_handler();
        self.push_handler(bad_exit, lookup_exc);
        self.emit(Op::LoadMethod { dst: exit, obj: mgr, name: n_exit });
        self.pop_handler();
        self.emit(Op::CallMethod { dst: e, base: e, nargs: 0 });
        if let Some(v) = &item.optional_vars {
            self.store(v, e)?;
        }
        self.release(m);
        let before = self.da();
        let exc = self.tmp();
        let h = self.label();
        let end = self.label();
        let hlevel = self.push_handler(h, exc);
        self.f().fblocks.push(FBlock::With { exit, hlevel });
        if idx + 1 < items.len() {
            self.with_stmt(items, body, idx + 1)?;
        } else {
            self.stmts(body)?;
        }
        self.f().fblocks.pop();
        self.pop_handler();
        if self.fr().da.live {
            self.set_span(stmt);
            self.call_exit_none(exit);
            self.emit(Op::Jump { target: end });
        }
        let normal = self.da();
        // Exception: exit(type(e), e, None); suppress when true.
        self.place(h);
        self.set_span(stmt);
        let s = self.without_kills(&before, &[body]);
        self.set_da(s);
        self.emit(Op::PushExcInfo { src: exc });
        let cleanup = self.label();
        let cexc = self.tmp();
        self.push_handler(cleanup, cexc);
        self.f().depth += 1;
        let t = self.tmps(5);
        self.emit(Op::Move { dst: t, src: exit });
        self.emit(Op::Move { dst: t + 1, src: exit + 1 });
        let n_class = self.name("__class__");
        self.emit(Op::LoadAttr { dst: t + 2, obj: exc, name: n_class });
        self.emit(Op::Move { dst: t + 3, src: exc });
        let n_tb = self.name("__traceback__");
        self.emit(Op::LoadAttr { dst: t + 4, obj: exc, name: n_tb });
        self.emit(Op::CallMethod { dst: t, base: t, nargs: 3 });
        let suppress = self.label();
        self.emit(Op::JumpIfTrue { src: t, target: suppress });
        self.pop_handler();
        self.f().depth -= 1;
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise { src: exc });
        self.place(suppress);
        self.emit(Op::PopExcept);
        self.emit(Op::Jump { target: end });
        self.place(cleanup);
        self.emit(Op::Reraise { src: cexc });
        self.set_span(stmt);
        self.protocol_error(bad_enter, lookup_exc, mgr, "");
        self.protocol_error(bad_exit, lookup_exc, mgr, " (missed __exit__ method)");
        self.place(end);
        let s = merge(&normal, &self.without_kills(&before, &[body]));
        self.set_da(s);
        Ok(())
    }

    // ---- match ----

    fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        let subj = self.tmp();
        self.expr_into(subject, subj)?;
        let end = self.label();
        let entry = self.da();
        let mut out: Option<DaState> = None;
        for (i, case) in cases.iter().enumerate() {
            if i + 1 < cases.len() && is_irrefutable(&case.pattern) && case.guard.is_none() {
                return Err(cerr("wildcard makes remaining patterns unreachable", case.pattern.span));
            }
            let next = self.label();
            let m = self.mark();
            self.set_da(entry.clone());
            self.set_span(case.pattern.span);
            self.pattern(&case.pattern, subj, next)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.stmts(&case.body)?;
            if self.fr().da.live {
                self.emit(Op::Jump { target: end });
            }
            let st = self.da();
            out = Some(match out {
                None => st,
                Some(o) => merge(&o, &st),
            });
            self.place(next);
            self.release(m);
        }
        self.place(end);
        let st = match out {
            None => entry,
            Some(o) => merge(&o, &entry),
        };
        self.set_da(st);
        Ok(())
    }

    /// Call builtin `name` with the values in `args`; result in a new temporary.
    fn call_builtin(&mut self, name: &str, args: &[R]) -> R {
        let dst = self.tmp();
        let base = self.call_base(dst, args.len() + 1);
        let n = self.name(name);
        self.emit(Op::LoadGlobal { dst: base, name: n });
        for (i, &a) in args.iter().enumerate() {
            self.emit(Op::Move { dst: base + 1 + i as R, src: a });
        }
        self.emit(Op::Call { dst, base, nargs: args.len() as u16 });
        self.release(dst + 1);
        dst
    }

    fn const_reg(&mut self, c: Const) -> R {
        let r = self.tmp();
        self.load_const(c, r);
        r
    }

    /// Match `subj` against `p`, binding captures; jump to `fail` when it does not match.
    fn pattern(&mut self, p: &'a Pattern, subj: R, fail: Label) -> CResult {
        let m = self.mark();
        match &p.kind {
            PatternKind::MatchValue(e) => {
                let v = self.expr_reg(e)?;
                self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Eq, a: subj, b: v, target: fail });
            }
            PatternKind::MatchSingleton(c) => {
                let v = self.const_reg(fold::from_ast(c));
                self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Is, a: subj, b: v, target: fail });
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q, subj, fail)?;
                }
                if let Some(n) = name {
                    self.store_name(n, subj);
                }
            }
            PatternKind::MatchOr(alts) => {
                let ok = self.label();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let nf = self.label();
                        self.pattern(alt, subj, nf)?;
                        self.emit(Op::Jump { target: ok });
                        self.place(nf);
                    } else {
                        self.pattern(alt, subj, fail)?;
                    }
                }
                self.place(ok);
            }
            PatternKind::MatchSequence(pats) => self.sequence_pattern(pats, subj, fail)?,
            PatternKind::MatchMapping { keys, patterns, rest } => self.mapping_pattern(keys, patterns, rest.as_deref(), subj, fail)?,
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, subj, fail)?
            }
            PatternKind::MatchStar(_) => return Err(cerr("can't use starred name here", p.span)),
        }
        self.release(m);
        Ok(())
    }

    fn sequence_pattern(&mut self, pats: &'a [Pattern], subj: R, fail: Label) -> CResult {
        // Sequences: list, tuple, range (not str/bytes/dict), like Py_TPFLAGS_SEQUENCE for builtins.
        let types = self.tmps(3);
        for (i, t) in ["list", "tuple", "range"].iter().enumerate() {
            let n = self.name(t);
            self.emit(Op::LoadGlobal { dst: types + i as R, name: n });
        }
        self.emit(Op::BuildTuple { dst: types, base: types, n: 3 });
        let ok = self.call_builtin("isinstance", &[subj, types]);
        self.emit(Op::JumpIfFalse { src: ok, target: fail });
        let star = pats.iter().position(|q| matches!(q.kind, PatternKind::MatchStar(_)));
        let len = self.call_builtin("len", &[subj]);
        let n = pats.len();
        match star {
            None => {
                let k = self.const_reg(Const::Int(n.into()));
                self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Eq, a: len, b: k, target: fail });
            }
            Some(_) => {
                let k = self.const_reg(Const::Int((n - 1).into()));
                self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Ge, a: len, b: k, target: fail });
            }
        }
        let base = self.tmps(n);
        match star {
            None => self.emit(Op::UnpackSeq { base, src: subj, n: n as u16 }),
            Some(i) => self.emit(Op::UnpackEx { base, src: subj, before: i as u16, after: (n - i - 1) as u16 }),
        }
        for (i, q) in pats.iter().enumerate() {
            match &q.kind {
                PatternKind::MatchStar(name) => {
                    if let Some(nm) = name {
                        self.store_name(nm, base + i as R);
                    }
                }
                _ => self.pattern(q, base + i as R, fail)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, keys: &'a [Expr], pats: &'a [Pattern], rest: Option<&'a str>, subj: R, fail: Label) -> CResult {
        let dict_t = self.tmp();
        let n = self.name("dict");
        self.emit(Op::LoadGlobal { dst: dict_t, name: n });
        let ok = self.call_builtin("isinstance", &[subj, dict_t]);
        self.emit(Op::JumpIfFalse { src: ok, target: fail });
        let mut key_regs = Vec::new();
        for (k, q) in keys.iter().zip(pats) {
            let kr = self.tmp();
            self.expr_into(k, kr)?;
            key_regs.push(kr);
            self.emit(Op::JumpIfNotCompare { op: code::CmpOp::In, a: kr, b: subj, target: fail });
            let v = self.tmp();
            self.emit(Op::GetItem { dst: v, obj: subj, key: kr });
            self.pattern(q, v, fail)?;
        }
        if let Some(r) = rest {
            let d = self.call_builtin("dict", &[subj]);
            for kr in key_regs {
                self.emit(Op::DelItem { obj: d, key: kr });
            }
            self.store_name(r, d);
        }
        Ok(())
    }

    fn class_pattern(&mut self, cls: &'a Expr, pats: &'a [Pattern], attrs: &'a [String], kpats: &'a [Pattern], subj: R, fail: Label) -> CResult {
        let c = self.tmp();
        self.expr_into(cls, c)?;
        let ok = self.call_builtin("isinstance", &[subj, c]);
        self.emit(Op::JumpIfFalse { src: ok, target: fail });
        if !pats.is_empty() {
            let name_k = self.const_reg(Const::Str("__match_args__".into()));
            let none = self.const_reg(Const::None);
            let ma = self.call_builtin("getattr", &[c, name_k, none]);
            for (i, q) in pats.iter().enumerate() {
                let v = self.tmp();
                let attr_path = self.label();
                let got = self.label();
                if i == 0 && pats.len() == 1 {
                    // Builtin types without __match_args__ (int(x), str(x), ...) match the subject itself.
                    self.emit(Op::JumpIfNotCompare { op: code::CmpOp::Is, a: ma, b: none, target: attr_path });
                    self.emit(Op::Move { dst: v, src: subj });
                    self.emit(Op::Jump { target: got });
                }
                self.place(attr_path);
                let ik = self.const_reg(Const::Int(i.into()));
                let an = self.tmp();
                self.emit(Op::GetItem { dst: an, obj: ma, key: ik });
                let has = self.call_builtin("hasattr", &[subj, an]);
                self.emit(Op::JumpIfFalse { src: has, target: fail });
                let got_v = self.call_builtin("getattr", &[subj, an]);
                self.emit(Op::Move { dst: v, src: got_v });
                self.place(got);
                self.pattern(q, v, fail)?;
            }
        }
        for (a, q) in attrs.iter().zip(kpats) {
            let an = self.const_reg(Const::Str(a.clone()));
            let has = self.call_builtin("hasattr", &[subj, an]);
            self.emit(Op::JumpIfFalse { src: has, target: fail });
            let v = self.tmp();
            let n = self.attr_name(a);
            self.emit(Op::LoadAttr { dst: v, obj: subj, name: n });
            self.pattern(q, v, fail)?;
        }
        Ok(())
    }

    /// Handler for a failed `__enter__`/`__exit__` lookup: an AttributeError becomes
    /// CPython's "TypeError: 'T' object does not support the context manager protocol".
    fn protocol_error(&mut self, label: Label, exc: R, mgr: R, suffix: &str) {
        let m = self.mark();
        self.place(label);
        let other = self.label();
        let t = self.tmp();
        let n = self.name("AttributeError");
        self.emit(Op::LoadGlobal { dst: t, name: n });
        self.emit(Op::ExcMatch { dst: t, exc, ty: t });
        self.emit(Op::JumpIfFalse { src: t, target: other });
        let base = self.tmps(2);
        let parts = self.tmps(3);
        self.load_const(Const::Str("'".into()), parts);
        let n_class = self.name("__class__");
        let n_name = self.name("__name__");
        self.emit(Op::LoadAttr { dst: parts + 1, obj: mgr, name: n_class });
        self.emit(Op::LoadAttr { dst: parts + 1, obj: parts + 1, name: n_name });
        self.load_const(Const::Str(format!("' object does not support the context manager protocol{}", suffix)), parts + 2);
        self.emit(Op::BuildString { dst: base + 1, base: parts, n: 3 });
        let n_te = self.name("TypeError");
        self.emit(Op::LoadGlobal { dst: base, name: n_te });
        self.emit(Op::Call { dst: base, base, nargs: 1 });
        self.emit(Op::Raise { exc: base, cause: NO_REG });
        self.place(other);
        self.emit(Op::Reraise { src: exc });
        self.release(m);
    }

    fn raise_stmt(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let e = match exc {
            Some(x) => self.expr_reg(x)?,
            None => NO_REG,
        };
        let c = match cause {
            Some(x) => self.expr_reg(x)?,
            None => NO_REG,
        };
        self.emit(Op::Raise { exc: e, cause: c });
        self.dead();
        Ok(())
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        self.warn(super::warn::assert_test(test), test.span.lineno);
        let stmt_span = self.f().span;
        let ok = self.label();
        self.jump_if(test, true, ok)?;
        self.set_span(assert_raise_span(test, stmt_span));
        let base = self.tmp();
        let n = self.name("AssertionError");
        self.emit(Op::LoadGlobal { dst: base, name: n });
        match msg {
            Some(m) => {
                let a = self.tmp();
                self.expr_into(m, a)?;
                self.emit(Op::Call { dst: base, base, nargs: 1 });
            }
            None => {}
        }
        self.emit(Op::Raise { exc: base, cause: NO_REG });
        self.place(ok);
        Ok(())
    }

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        // Every op of an import is located at the whole statement, as CPython's.
        for a in names {
            let t = self.tmp();
            let name = self.name(&a.name);
            let fromlist = self.konst(Const::None);
            self.emit(Op::ImportName { dst: t, name, fromlist, level: 0 });
            match &a.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds d to the submodule a.b.c.
                    for part in a.name.split('.').skip(1) {
                        let n = self.name(part);
                        self.emit(Op::ImportFrom { dst: t, module: t, name: n });
                    }
                    self.store_name(asname, t);
                }
                None => {
                    let top = a.name.split('.').next().unwrap_or("");
                    self.store_name(top, t);
                }
            }
            self.release(t);
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        if module == Some("__future__") && level == 0 {
            // Compiler directives: nothing to import at run time.
            if names.iter().any(|a| a.name == "annotations") {
                self.future_annotations = true;
            }
            return Ok(());
        }
        let m = self.tmp();
        let name = self.name(module.unwrap_or(""));
        let list: Vec<Const> = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        let fromlist = self.konst(Const::Tuple(list));
        self.emit(Op::ImportName { dst: m, name, fromlist, level: level as u16 });
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Op::ImportStar { module: m });
            return Ok(());
        }
        let t = self.tmp();
        for a in names {
            let n = self.name(&a.name);
            self.emit(Op::ImportFrom { dst: t, module: m, name: n });
            self.store_name(a.asname.as_ref().unwrap_or(&a.name), t);
        }
        Ok(())
    }

    // ---- functions and classes ----

    fn qualname(&self, name: &str) -> String {
        let f = self.fr();
        match f.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", f.unit.qualname, name),
            _ => format!("{}.<locals>.{}", f.unit.qualname, name),
        }
    }

    fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
    ) -> CResult {
        let dbase = self.tmps(decorators.len());
        for (i, d) in decorators.iter().enumerate() {
            self.expr_into(d, dbase + i as R)?;
        }
        self.set_span(s.span);
        let sid = self.st.scope_of(s);
        let qn = self.qualname(name);
        if decorators.is_empty() {
            if let Some(r) = self.local_reg(name) {
                // Defaults are evaluated into temporaries first, so writing `r` last is safe.
                self.make_function(sid, name, qn, args, FnBody::Stmts(body), s.span.lineno, r)?;
                self.set_bound(r, true);
                self.function_annotations(args, returns, r)?;
                return Ok(());
            }
        }
        let f = self.tmp();
        self.make_function(sid, name, qn, args, FnBody::Stmts(body), s.span.lineno, f)?;
        self.function_annotations(args, returns, f)?;
        self.apply_decorators(dbase, decorators, f);
        self.store_name(name, dbase);
        Ok(())
    }

    /// `f.__annotations__ = {param: annotation, ..., 'return': annotation}` when the
    /// signature has annotations (evaluated at definition time, as in CPython).
    fn function_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>, f: R) -> CResult {
        self.function_doc(f);
        let mut items: Vec<(String, &'a Expr)> = Vec::new();
        let mut ps: Vec<&'a Arg> = args.posonlyargs.iter().chain(&args.args).collect();
        ps.extend(args.vararg.iter());
        ps.extend(args.kwonlyargs.iter());
        ps.extend(args.kwarg.iter());
        for p in ps {
            if let Some(a) = &p.annotation {
                items.push((self.mg(&p.arg).into_owned(), a));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(());
        }
        let m = self.mark();
        let d = self.tmp();
        self.emit(Op::BuildDict { dst: d, base: d, n: 0 });
        for (k, a) in items {
            let mm = self.mark();
            let kr = self.const_reg(Const::Str(k));
            let v = self.tmp();
            self.annotation_value(a, v)?;
            self.emit(Op::DictSet { dict: d, key: kr, src: v });
            self.release(mm);
        }
        let n = self.name("__annotations__");
        self.emit(Op::StoreAttr { obj: f, name: n, src: d });
        self.release(m);
        Ok(())
    }

    /// `f.__doc__ = consts[0]` of the function just made (when it has a docstring), so the
    /// docstring is set whether or not the engine reads `consts[0]` in MakeFunction.
    fn function_doc(&mut self, f: R) {
        let code = match self.fr().unit.ops.last() {
            Some(Op::MakeFunction { code, .. }) => *code,
            _ => return,
        };
        let doc = match &self.fr().unit.consts[code as usize] {
            Const::Code(u) => match &u.consts[0] {
                Const::Str(d) => d.clone(),
                _ => return,
            },
            _ => return,
        };
        let m = self.mark();
        let t = self.const_reg(Const::Str(doc));
        let n = self.name("__doc__");
        self.emit(Op::StoreAttr { obj: f, name: n, src: t });
        self.release(m);
    }

    /// An annotation's run-time value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation_value(&mut self, ann: &'a Expr, dst: R) -> CResult {
        // TEMPORARY: the runtime has no `type | type` (types.UnionType) yet, so union
        // annotations are kept as their source text instead of raising TypeError.
        if self.future_annotations || has_bitor(ann) {
            let sp = ann.span;
            let text = crate::syntax::error::source_line(self.source, sp.lineno);
            let seg = if sp.lineno == sp.end_lineno { text.get(sp.col as usize..sp.end_col as usize) } else { None };
            self.load_const(Const::Str(seg.unwrap_or("").to_string()), dst);
            Ok(())
        } else {
            self.expr_into(ann, dst)
        }
    }

    /// Apply decorators held in `dbase..` to the value in `f` (== dbase + n); result in `dbase`.
    /// Each call is located at its decorator expression, as CPython's.
    fn apply_decorators(&mut self, dbase: R, decorators: &'a [Expr], f: R) {
        debug_assert_eq!(f, dbase + decorators.len() as R);
        for (i, d) in decorators.iter().enumerate().rev() {
            let r = dbase + i as R;
            self.set_span(d.span);
            self.emit(Op::Call { dst: r, base: r, nargs: 1 });
        }
    }

    /// Compile a function (def or lambda) of scope `sid` and emit MakeFunction into `dst`.
    fn make_function(&mut self, sid: ScopeId, name: &str, qualname: String, args: &'a Arguments, body: FnBody<'a>, line: u32, dst: R) -> CResult {
        let m = self.mark();
        // Defaults (evaluated in the defining scope).
        let defaults = if args.defaults.is_empty() {
            NO_REG
        } else {
            let t = self.tmp();
            self.tuple_into(&args.defaults, t)?;
            t
        };
        let kwdefaults = if args.kw_defaults.iter().all(|d| d.is_none()) {
            NO_REG
        } else {
            let d = self.tmp();
            let pairs: Vec<(&Arg, &Expr)> =
                args.kwonlyargs.iter().zip(&args.kw_defaults).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
            let base = self.tmps(pairs.len() * 2);
            for (i, (a, e)) in pairs.iter().enumerate() {
                let key = self.mg(&a.arg);
                self.load_const(Const::Str(key.into_owned()), base + 2 * i as R);
                self.expr_into(e, base + 2 * i as R + 1)?;
            }
            self.emit(Op::BuildDict { dst: d, base, n: pairs.len() as u16 });
            d
        };
        let unit = self.function_unit(sid, name, qualname, args, body, line)?;
        let closure = self.closure_tuple(&unit.freevars)?;
        let code = self.konst(Const::Code(Box::new(unit)));
        self.emit(Op::MakeFunction { dst, code, defaults, kwdefaults, closure });
        self.release(m);
        Ok(())
    }

    /// Build the closure tuple for an inner unit with free variables `fv` (NO_REG if none).
    fn closure_tuple(&mut self, fv: &[String]) -> CResult<R> {
        if fv.is_empty() {
            return Ok(NO_REG);
        }
        let t = self.tmp();
        let base = self.tmps(fv.len());
        for (i, n) in fv.iter().enumerate() {
            let r = self.cell_reg(n);
            self.emit(Op::Move { dst: base + i as R, src: r });
        }
        self.emit(Op::BuildTuple { dst: t, base, n: fv.len() as u16 });
        Ok(t)
    }

    fn function_unit(&mut self, sid: ScopeId, name: &str, qualname: String, args: &'a Arguments, body: FnBody<'a>, line: u32) -> CResult<Unit> {
        self.begin(sid, name, qualname, line);
        {
            let u = &mut self.f().unit;
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u16;
            u.posonlyargcount = args.posonlyargs.len() as u16;
            u.kwonlyargcount = args.kwonlyargs.len() as u16;
            if args.vararg.is_some() {
                u.flags |= CO_VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= CO_VARKEYWORDS;
            }
        }
        // consts[0] of a function is its docstring (or None).
        match body {
            FnBody::Stmts(b) => {
                let doc = is_docstring(b).map_or(Const::None, |d| Const::Str(d.to_string()));
                self.f().unit.consts.push(doc);
                self.stmts(b)?;
                self.return_none();
            }
            FnBody::Expr(e) => {
                self.f().unit.consts.push(Const::None);
                let old = self.set_span(e.span);
                let r = self.expr_reg(e)?;
                self.emit(Op::Return { src: r });
                self.f().span = old;
            }
        }
        Ok(self.end())
    }

    fn class_def(&mut self, s: &'a Stmt, name: &'a str, bases: &'a [Expr], keywords: &'a [Keyword], body: &'a [Stmt], decorators: &'a [Expr]) -> CResult {
        let dbase = self.tmps(decorators.len());
        for (i, d) in decorators.iter().enumerate() {
            self.expr_into(d, dbase + i as R)?;
        }
        self.set_span(s.span);
        let dst = self.tmp();
        let sid = self.st.scope_of(s);
        let qn = self.qualname(name);
        // Body function.
        self.begin(sid, name, qn.clone(), s.span.lineno);
        self.f().unit.consts.push(Const::None);
        let t = self.tmp();
        let n_name = self.name("__name__");
        self.emit(Op::LoadGlobal { dst: t, name: n_name });
        let n_mod = self.name("__module__");
        self.emit(Op::StoreName { name: n_mod, src: t });
        self.load_const(Const::Str(qn.clone()), t);
        let n_qn = self.name("__qualname__");
        self.emit(Op::StoreName { name: n_qn, src: t });
        if let Some(doc) = is_docstring(body) {
            self.load_const(Const::Str(doc.to_string()), t);
            let n_doc = self.name("__doc__");
            self.emit(Op::StoreName { name: n_doc, src: t });
        }
        self.release(t);
        self.setup_annotations(body);
        self.stmts(body)?;
        if self.fr().da.live {
            let t = self.tmp();
            match self.fr().unit.cellvars.iter().find(|c| c.0 == "__class__").map(|c| c.1) {
                // The body returns the `__class__` cell; __build_class__ stores the new class in it.
                Some(r) => self.emit(Op::Move { dst: t, src: r }),
                None => self.load_none(t),
            }
            self.emit(Op::Return { src: t });
        }
        let unit = self.end();
        // __build_class__(func, name, *bases, **keywords)
        let m = self.mark();
        let closure = self.closure_tuple(&unit.freevars)?;
        let code = self.konst(Const::Code(Box::new(unit)));
        let base = self.tmps(3);
        self.emit(Op::LoadBuildClass { dst: base });
        self.emit(Op::MakeFunction { dst: base + 1, code, defaults: NO_REG, kwdefaults: NO_REG, closure });
        self.load_const(Const::Str(name.to_string()), base + 2);
        self.call_args(base, 2, bases, keywords, dst, false)?;
        self.release(m);
        self.apply_decorators(dbase, decorators, dst);
        self.store_name(name, dbase);
        Ok(())
    }

    // ------------------------------------------------------------------
    // Expressions

    /// Register holding the value of `e`: a local's own register when safe, else a new temporary.
    fn expr_reg(&mut self, e: &'a Expr) -> CResult<R> {
        if !self.fr().const_regs.is_empty() {
            if let Some(k) = fold::fold(e).and_then(|c| c.key()) {
                if let Some(&(_, r)) = self.fr().const_regs.iter().find(|(x, _)| *x == k) {
                    return Ok(r);
                }
            }
        }
        if let ExprKind::Name { id, ctx: ExprContext::Load } = &e.kind {
            if !self.fr().has_walrus {
                if let Some(_) = self.local_reg(id) {
                    let old = self.set_span(e.span);
                    let r = self.checked_local(id);
                    self.f().span = old;
                    return Ok(r);
                }
            }
        }
        let t = self.tmp();
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// Register holding constant `c` (a hoisted loop constant when available).
    fn expr_reg_const(&mut self, c: Const) -> CResult<R> {
        if let Some(k) = c.key() {
            if let Some(&(_, r)) = self.fr().const_regs.iter().find(|(x, _)| *x == k) {
                return Ok(r);
            }
        }
        let t = self.tmp();
        self.load_const(c, t);
        Ok(t)
    }

    /// Compile `e` so its value ends up in `dst`. Temporaries above the current mark are released.
    fn expr_into(&mut self, e: &'a Expr, dst: R) -> CResult {
        let old = self.set_span(e.span);
        let m = self.mark();
        let r = self.expr_inner(e, dst);
        self.release(m);
        self.f().span = old;
        r
    }

    /// For expressions that write their destination more than once: a temporary when `dst` is a variable.
    fn scratch(&mut self, dst: R) -> R {
        if self.is_temp(dst) {
            dst
        } else {
            self.tmp()
        }
    }
    fn finish_scratch(&mut self, s: R, dst: R) {
        if s != dst {
            self.emit(Op::Move { dst, src: s });
        }
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: R) -> CResult {
        if let Some(c) = fold::fold(e) {
            self.load_const(c, dst);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(fold::from_ast(c), dst),
            ExprKind::Name { id, .. } => self.load_name(id, dst),
            ExprKind::BinOp { left, op, right } => {
                let a = self.expr_reg(left)?;
                let b = self.expr_reg(right)?;
                self.set_span(e.span);
                self.emit(Op::Binary { op: binop(*op), dst, a, b });
            }
            ExprKind::UnaryOp { op, operand } => {
                let src = self.expr_reg(operand)?;
                let op = match op {
                    UnaryOp::Invert => code::UnOp::Invert,
                    UnaryOp::Not => code::UnOp::Not,
                    UnaryOp::UAdd => code::UnOp::Pos,
                    UnaryOp::USub => code::UnOp::Neg,
                };
                self.emit(Op::Unary { op, dst, src });
            }
            ExprKind::BoolOp { op, values } => {
                let s = self.scratch(dst);
                let end = self.label();
                let n = values.len();
                let mut first = None;
                for (i, v) in values.iter().enumerate() {
                    self.expr_into(v, s)?;
                    if i == 0 {
                        // Later operands may not run: keep only what the first one bound.
                        first = Some(self.da());
                    }
                    if i + 1 < n {
                        match op {
                            BoolOp::And => self.emit(Op::JumpIfFalse { src: s, target: end }),
                            BoolOp::Or => self.emit(Op::JumpIfTrue { src: s, target: end }),
                        }
                    }
                }
                self.place(end);
                if let Some(st) = first {
                    self.set_da(st);
                }
                self.finish_scratch(s, dst);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators, dst)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.label();
                let end = self.label();
                self.jump_if(test, false, else_l)?;
                let s0 = self.da();
                self.expr_into(body, dst)?;
                self.emit(Op::Jump { target: end });
                let s1 = self.da();
                self.place(else_l);
                self.set_da(s0);
                self.expr_into(orelse, dst)?;
                self.place(end);
                let s = merge(&s1, &self.da());
                self.set_da(s);
            }
            ExprKind::NamedExpr { target, value } => {
                let id = match &target.kind {
                    ExprKind::Name { id, .. } => id,
                    _ => return Err(cerr(format!("cannot use assignment expressions with {}", describe(target)), target.span)),
                };
                match self.local_reg(id) {
                    Some(r) => {
                        let s = self.tmp();
                        self.expr_into(value, s)?;
                        self.emit(Op::Move { dst: r, src: s });
                        self.set_bound(r, true);
                        if dst != r {
                            self.emit(Op::Move { dst, src: s });
                        }
                    }
                    None => {
                        self.expr_into(value, dst)?;
                        self.store_name(id, dst);
                    }
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr_reg(value)?;
                let name = self.attr_name(attr);
                self.set_span(attr_span(e.span, e.span, attr));
                self.emit(Op::LoadAttr { dst, obj, name });
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.warn(super::warn::subscript(value, slice), e.span.lineno);
                let obj = self.expr_reg(value)?;
                let key = self.index_reg(slice)?;
                self.set_span(e.span);
                self.emit(Op::GetItem { dst, obj, key });
            }
            ExprKind::Slice { .. } => {
                let r = self.index_reg(e)?;
                if r != dst {
                    self.emit(Op::Move { dst, src: r });
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords, dst)?,
            ExprKind::Tuple { elts, .. } => self.tuple_into(elts, dst)?,
            ExprKind::List { elts, .. } => self.list_into(elts, dst)?,
            ExprKind::Set(elts) => self.set_into(elts, dst)?,
            ExprKind::Dict { keys, values } => self.dict_into(keys, values, dst)?,
            ExprKind::JoinedStr(parts) => self.fstring(parts, dst)?,
            ExprKind::FormattedValue { .. } => self.fstring(std::slice::from_ref(e), dst)?,
            ExprKind::Lambda { args, body } => {
                let sid = self.st.scope_of(e);
                let qn = self.qualname("<lambda>");
                self.make_function(sid, "<lambda>", qn, args, FnBody::Expr(body), e.span.lineno, dst)?;
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List, elt, None, generators, dst)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set, elt, None, generators, dst)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, CompKind::Gen, elt, None, generators, dst)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, CompKind::Dict, key, Some(value), generators, dst)?,
            ExprKind::Yield(v) => {
                let src = match v {
                    Some(x) => self.expr_reg(x)?,
                    None => {
                        let t = self.tmp();
                        self.load_none(t);
                        t
                    }
                };
                self.set_span(e.span);
                self.emit(Op::Yield { dst, src });
            }
            ExprKind::YieldFrom(v) => {
                let t = self.tmp();
                self.expr_into(v, t)?;
                self.emit(Op::GetIter { dst: t, src: t });
                self.emit(Op::YieldFrom { dst, iter: t });
            }
            ExprKind::Await(v) => {
                // Coroutines run as generators: `await x` delegates like `yield from x`.
                let t = self.tmp();
                self.expr_into(v, t)?;
                self.emit(Op::GetIter { dst: t, src: t });
                self.emit(Op::YieldFrom { dst, iter: t });
            }
            ExprKind::Starred { .. } => return Err(cerr("can't use starred expression here", e.span)),
        }
        Ok(())
    }

    /// Register holding a subscript key (slices built with BuildSlice).
    fn index_reg(&mut self, k: &'a Expr) -> CResult<R> {
        if let ExprKind::Slice { lower, upper, step } = &k.kind {
            if let Some(c) = fold::fold(k) {
                // Constant slice (`a[:]`, `a[::-1]`, `a[1:3]`): one shared slice object.
                return self.expr_reg_const(c);
            }
            let base = self.tmps(3);
            for (i, x) in [lower, upper, step].into_iter().enumerate() {
                match x {
                    Some(x) => self.expr_into(x, base + i as R)?,
                    None => self.load_none(base + i as R),
                }
            }
            self.emit(Op::BuildSlice { dst: base, base });
            return Ok(base);
        }
        self.expr_reg(k)
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comps: &'a [Expr], dst: R) -> CResult {
        self.warn(super::warn::compare(left, ops, comps), left.span.lineno);
        if ops.len() == 1 {
            let a = self.expr_reg(left)?;
            let b = self.expr_reg(&comps[0])?;
            self.emit(Op::Compare { op: cmpop(ops[0]), dst, a, b });
            return Ok(());
        }
        let s = self.scratch(dst);
        let end = self.label();
        let mut a = self.expr_reg(left)?;
        for (i, (op, c)) in ops.iter().zip(comps).enumerate() {
            let b = self.expr_reg(c)?;
            self.emit(Op::Compare { op: cmpop(*op), dst: s, a, b });
            if i + 1 < ops.len() {
                self.emit(Op::JumpIfFalse { src: s, target: end });
            }
            a = b;
        }
        self.place(end);
        self.finish_scratch(s, dst);
        Ok(())
    }

    /// Jump to `target` when the truth value of `e` equals `cond`; fall through otherwise.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        let old = self.set_span(e.span);
        let m = self.mark();
        let r = self.jump_if_inner(e, cond, target);
        self.release(m);
        self.f().span = old;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        if let Some(c) = fold::fold(e) {
            if c.truthy() == cond {
                self.emit(Op::Jump { target });
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumps on false when any operand is false; on true only if all are.
                let is_and = *op == BoolOp::And;
                let n = values.len();
                if is_and != cond {
                    // and/false or or/true: each operand may jump directly.
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.place(skip);
                }
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if !cond => {
                self.warn(super::warn::compare(left, ops, comparators), e.span.lineno);
                let mut a = self.expr_reg(left)?;
                for (op, c) in ops.iter().zip(comparators) {
                    let b = self.expr_reg(c)?;
                    self.set_span(e.span);
                    self.emit(Op::JumpIfNotCompare { op: cmpop(*op), a, b, target });
                    a = b;
                }
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && cond => {
                // Only exact inversions (identity and membership) are fused when jumping on true.
                let inv = match ops[0] {
                    CmpOp::Is => Some(code::CmpOp::IsNot),
                    CmpOp::IsNot => Some(code::CmpOp::Is),
                    CmpOp::In => Some(code::CmpOp::NotIn),
                    CmpOp::NotIn => Some(code::CmpOp::In),
                    _ => None,
                };
                if let Some(op) = inv {
                    self.warn(super::warn::compare(left, ops, comparators), e.span.lineno);
                    let a = self.expr_reg(left)?;
                    let b = self.expr_reg(&comparators[0])?;
                    self.emit(Op::JumpIfNotCompare { op, a, b, target });
                    return Ok(());
                }
            }
            _ => {}
        }
        let r = self.expr_reg(e)?;
        if cond {
            self.emit(Op::JumpIfTrue { src: r, target });
        } else {
            self.emit(Op::JumpIfFalse { src: r, target });
        }
        Ok(())
    }

    // ---- displays ----

    fn tuple_into(&mut self, elts: &'a [Expr], dst: R) -> CResult {
        if !has_starred(elts) {
            let consts: Option<Vec<Const>> = elts.iter().map(fold::fold).collect();
            if let Some(cs) = consts {
                self.load_const(Const::Tuple(cs), dst);
                return Ok(());
            }
            if elts.len() <= 32 {
                let base = self.tmps(elts.len());
                for (i, x) in elts.iter().enumerate() {
                    self.expr_into(x, base + i as R)?;
                }
                self.emit(Op::BuildTuple { dst, base, n: elts.len() as u16 });
                return Ok(());
            }
        }
        let l = self.tmp();
        self.list_into(elts, l)?;
        self.emit(Op::ListToTuple { dst, src: l });
        Ok(())
    }

    fn list_into(&mut self, elts: &'a [Expr], dst: R) -> CResult {
        self.display_into(elts, dst, Display::List)
    }

    fn set_into(&mut self, elts: &'a [Expr], dst: R) -> CResult {
        self.display_into(elts, dst, Display::Set)
    }

    /// `[a, b, *c, d]` / `{a, b, *c, d}`: build from the items before the first
    /// starred one (at most 32), then extend/append the rest one at a time.
    fn display_into(&mut self, elts: &'a [Expr], dst: R, kind: Display) -> CResult {
        let lead = if has_starred(elts) {
            elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })).unwrap()
        } else {
            elts.len()
        }
        .min(32);
        // Written once at the end when there is nothing to append: no scratch register needed.
        let s = if lead == elts.len() { dst } else { self.scratch(dst) };
        let base = self.tmps(lead);
        for (i, x) in elts[..lead].iter().enumerate() {
            self.expr_into(x, base + i as R)?;
        }
        // CPython 3.11 folds a display of more than 2 constants into one constant.
        let consts = lead == elts.len() && lead > 2 && elts.iter().all(|e| fold::fold(e).is_some());
        self.emit(kind.build(s, base, lead as u16, consts));
        self.release(base);
        for x in &elts[lead..] {
            let op = match &x.kind {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr_reg(value)?;
                    kind.extend(s, r)
                }
                _ => {
                    let r = self.expr_reg(x)?;
                    kind.append(s, r)
                }
            };
            self.emit(op);
            self.release(base);
        }
        self.finish_scratch(s, dst);
        Ok(())
    }

    fn dict_into(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], dst: R) -> CResult {
        let lead = keys.iter().position(|k| k.is_none()).unwrap_or(keys.len()).min(16);
        let s = if lead == keys.len() { dst } else { self.scratch(dst) };
        let base = self.tmps(lead * 2);
        for i in 0..lead {
            self.expr_into(keys[i].as_ref().unwrap(), base + 2 * i as R)?;
            self.expr_into(&values[i], base + 2 * i as R + 1)?;
        }
        self.emit(Op::BuildDict { dst: s, base, n: lead as u16 });
        self.release(base);
        for i in lead..keys.len() {
            match &keys[i] {
                None => {
                    let r = self.expr_reg(&values[i])?;
                    self.emit(Op::DictUpdate { dict: s, src: r });
                }
                Some(k) => {
                    let kr = self.expr_reg(k)?;
                    let vr = self.expr_reg(&values[i])?;
                    self.emit(Op::DictSet { dict: s, key: kr, src: vr });
                }
            }
            self.release(base);
        }
        self.finish_scratch(s, dst);
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [Expr], dst: R) -> CResult {
        if parts.len() == 1 {
            if let ExprKind::FormattedValue { .. } = &parts[0].kind {
                return self.formatted_value(&parts[0], dst);
            }
        }
        if parts.is_empty() {
            self.load_const(Const::Str(String::new()), dst);
            return Ok(());
        }
        let base = self.tmps(parts.len());
        for (i, p) in parts.iter().enumerate() {
            let r = base + i as R;
            match &p.kind {
                ExprKind::FormattedValue { .. } => self.formatted_value(p, r)?,
                _ => self.expr_into(p, r)?,
            }
        }
        self.emit(Op::BuildString { dst, base, n: parts.len() as u16 });
        Ok(())
    }

    fn formatted_value(&mut self, p: &'a Expr, dst: R) -> CResult {
        let old = self.set_span(p.span);
        let m = self.mark();
        if let ExprKind::FormattedValue { value, conversion, format_spec } = &p.kind {
            let src = self.expr_reg(value)?;
            let spec = match format_spec {
                Some(s) => {
                    let t = self.tmp();
                    self.expr_into(s, t)?;
                    t
                }
                None => NO_REG,
            };
            let conv = if *conversion < 0 { 0 } else { *conversion as u8 };
            self.emit(Op::FormatValue { dst, src, conv, spec });
        }
        self.release(m);
        self.f().span = old;
        Ok(())
    }

    // ---- calls ----

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], dst: R) -> CResult {
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        // Zero-argument super() -> super(__class__, <first argument>).
        if let ExprKind::Name { id, .. } = &func.kind {
            if id == "super" && args.is_empty() && keywords.is_empty() && self.super_rewrite_ok() {
                let base = self.call_base(dst, 3);
                self.load_name("super", base);
                self.load_name("__class__", base + 1);
                let first = self.st.scopes[self.fr().scope].params[0].clone();
                self.load_name(&first, base + 2);
                self.set_span(e.span);
                self.emit(Op::Call { dst, base, nargs: 2 });
                return Ok(());
            }
        }
        if simple {
            if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                let base = self.call_base(dst, 2);
                let obj = self.expr_reg(value)?;
                let name = self.attr_name(attr);
                self.set_span(attr_span(func.span, func.span, attr));
                self.emit(Op::LoadMethod { dst: base, obj, name });
                self.release(base + 2);
                let argbase = self.tmps(args.len() + keywords.len());
                debug_assert_eq!(argbase, base + 2);
                for (i, a) in args.iter().enumerate() {
                    self.expr_into(a, argbase + i as R)?;
                }
                for (i, k) in keywords.iter().enumerate() {
                    self.expr_into(&k.value, argbase + (args.len() + i) as R)?;
                }
                let nargs = (args.len() + keywords.len()) as u16;
                self.set_span(attr_span(e.span, func.span, attr));
                if keywords.is_empty() {
                    self.emit(Op::CallMethod { dst, base, nargs });
                } else {
                    let kwnames = self.kwnames(keywords);
                    self.emit(Op::CallMethodKw { dst, base, nargs, kwnames });
                }
                return Ok(());
            }
        }
        let base = self.call_base(dst, 1);
        self.expr_into(func, base)?;
        self.set_span(e.span);
        self.call_args(base, 0, args, keywords, dst, true)
    }

    /// The first of `n` registers for a call whose result goes to `dst` (the
    /// callee, then what the call reads above it). When `dst` is the topmost
    /// temporary the call starts at `dst` itself: loading the callee
    /// overwrites whatever `dst` held, so a dead value left there (the previous
    /// result in an outer call's argument slot: `check(make(d))` in a loop kept
    /// the last tree alive through the next `make(d)`) is gone before the
    /// arguments run, and the call takes one register less. Calls write `dst`
    /// only after reading the callee and the arguments.
    fn call_base(&mut self, dst: R, n: usize) -> R {
        if self.is_temp(dst) && dst + 1 == self.mark() {
            self.tmps(n - 1);
            dst
        } else {
            self.tmps(n)
        }
    }

    fn super_rewrite_ok(&self) -> bool {
        let sc = &self.st.scopes[self.fr().scope];
        sc.kind == ScopeKind::Function
            && sc.binding("super") == Binding::GlobalImplicit
            && sc.binding("__class__") == Binding::Free
            && !sc.params.is_empty()
    }

    fn kwnames(&mut self, keywords: &[Keyword]) -> K {
        let names = keywords.iter().map(|k| Const::Str(k.arg.clone().unwrap())).collect();
        self.konst(Const::Tuple(names))
    }

    /// Call the callee in `base` with `pre` already-placed arguments (base+1..=base+pre)
    /// followed by `args` and `keywords`; result in `dst`.
    fn call_args(&mut self, base: R, pre: usize, args: &'a [Expr], keywords: &'a [Keyword], dst: R, _plain: bool) -> CResult {
        let line = self.fr().span;
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            self.release(base + 1 + pre as R);
            let argbase = self.tmps(args.len() + keywords.len());
            for (i, a) in args.iter().enumerate() {
                self.expr_into(a, argbase + i as R)?;
            }
            for (i, k) in keywords.iter().enumerate() {
                self.expr_into(&k.value, argbase + (args.len() + i) as R)?;
            }
            let nargs = (pre + args.len() + keywords.len()) as u16;
            self.set_span(line);
            if keywords.is_empty() {
                self.emit(Op::Call { dst, base, nargs });
            } else {
                let kwnames = self.kwnames(keywords);
                self.emit(Op::CallKw { dst, base, nargs, kwnames });
            }
            return Ok(());
        }
        // General form: f(*args, **kwargs) with a list built up then converted.
        self.release(base + 1 + pre as R);
        let l = self.tmp();
        self.emit(Op::BuildList { dst: l, base: base + 1, n: pre as u16 });
        self.release(l + 1);
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr_reg(value)?;
                    self.emit(Op::ListExtend { list: l, src: r });
                }
                _ => {
                    let r = self.expr_reg(a)?;
                    self.emit(Op::ListAppend { list: l, src: r });
                }
            }
            self.release(l + 1);
        }
        self.emit(Op::ListToTuple { dst: l, src: l });
        let kw = if keywords.is_empty() {
            NO_REG
        } else {
            let d = self.tmp();
            self.emit(Op::BuildDict { dst: d, base: d + 1, n: 0 });
            for k in keywords {
                let m = self.mark();
                match &k.arg {
                    Some(n) => {
                        let kr = self.tmp();
                        self.load_const(Const::Str(n.clone()), kr);
                        let vr = self.expr_reg(&k.value)?;
                        self.emit(Op::DictSet { dict: d, key: kr, src: vr });
                    }
                    None => {
                        let r = self.expr_reg(&k.value)?;
                        self.emit(Op::DictMerge { dict: d, src: r, func: base });
                    }
                }
                self.release(m);
            }
            d
        };
        self.set_span(line);
        self.emit(Op::CallEx { dst, func: base, args: l, kwargs: kw });
        Ok(())
    }

    // ---- comprehensions ----

    fn comprehension(&mut self, e: &'a Expr, kind: CompKind, elt: &'a Expr, value: Option<&'a Expr>, gens: &'a [Comprehension], dst: R) -> CResult {
        if gens.iter().any(|g| g.is_async) {
            self.unsupported("asynchronous comprehensions")?;
            self.load_none(dst);
            return Ok(());
        }
        let sid = self.st.scope_of(e);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qn = self.qualname(name);
        self.begin(sid, name, qn, e.span.lineno);
        // The loop machinery is located at the whole comprehension, as CPython's.
        self.set_span(e.span);
        self.f().unit.argcount = 1;
        self.f().unit.consts.push(Const::None);
        let acc = if kind == CompKind::Gen {
            NO_REG
        } else {
            let r = self.tmp();
            match kind {
                CompKind::List => self.emit(Op::BuildList { dst: r, base: r, n: 0 }),
                CompKind::Set => self.emit(Op::BuildSet { dst: r, base: r, n: 0, consts: false }),
                _ => self.emit(Op::BuildDict { dst: r, base: r, n: 0 }),
            }
            r
        };
        let mut cs = Vec::new();
        for g in gens {
            g.ifs.iter().for_each(|c| operand_consts_expr(c, &mut cs));
        }
        operand_consts_expr(elt, &mut cs);
        if let Some(v) = value {
            operand_consts_expr(v, &mut cs);
        }
        self.hoist_list(cs);
        self.comp_loop(kind, gens, 0, elt, value, acc)?;
        if kind == CompKind::Gen {
            self.return_none();
        } else {
            self.emit(Op::Return { src: acc });
        }
        let unit = self.end();
        // Call it with the first iterator, evaluated here.
        let m = self.mark();
        let closure = self.closure_tuple(&unit.freevars)?;
        let code = self.konst(Const::Code(Box::new(unit)));
        let base = self.tmps(2);
        self.emit(Op::MakeFunction { dst: base, code, defaults: NO_REG, kwdefaults: NO_REG, closure });
        let src = self.expr_reg(&gens[0].iter)?;
        self.emit(Op::GetIter { dst: base + 1, src });
        self.release(base + 2);
        self.set_span(e.span);
        self.emit(Op::Call { dst, base, nargs: 1 });
        self.release(m);
        Ok(())
    }

    fn comp_loop(&mut self, kind: CompKind, gens: &'a [Comprehension], i: usize, elt: &'a Expr, value: Option<&'a Expr>, acc: R) -> CResult {
        let g = &gens[i];
        let m = self.mark();
        let comp = self.fr().span;
        let it = if i == 0 {
            0
        } else {
            let t = self.tmp();
            self.expr_into(&g.iter, t)?;
            self.emit(Op::GetIter { dst: t, src: t });
            t
        };
        let head = self.label();
        let exit = self.label();
        let skip = self.label();
        self.place(head);
        self.set_span(comp);
        self.for_iter_target(it, &g.target, exit)?;
        for c in &g.ifs {
            self.jump_if(c, false, skip)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, value, acc)?;
        } else {
            let mm = self.mark();
            match kind {
                CompKind::List => {
                    let r = self.expr_reg(elt)?;
                    self.emit(Op::ListAppend { list: acc, src: r });
                }
                CompKind::Set => {
                    let r = self.expr_reg(elt)?;
                    self.emit(Op::SetAdd { set: acc, src: r });
                }
                CompKind::Dict => {
                    let k = self.expr_reg(elt)?;
                    let v = self.expr_reg(value.unwrap())?;
                    self.emit(Op::DictSet { dict: acc, key: k, src: v });
                }
                CompKind::Gen => {
                    let r = self.expr_reg(elt)?;
                    let t = self.tmp();
                    self.emit(Op::Yield { dst: t, src: r });
                }
            }
            self.release(mm);
        }
        self.place(skip);
        self.emit(Op::Loop { target: head });
        self.place(exit);
        self.release(m);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// What an expression is, for "cannot assign to ..." messages (CPython wording).
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Retarget jumps whose target is an unconditional `Jump` (a jump to a jump).
fn thread_jumps(ops: &mut [Op]) {
    let n = ops.len();
    let resolve = |ops: &[Op], mut t: T| -> T {
        for _ in 0..8 {
            match ops.get(t as usize) {
                Some(Op::Jump { target }) if *target != t => t = *target,
                _ => break,
            }
        }
        t
    };
    for i in 0..n {
        let mut op = ops[i];
        let is_loop = matches!(op, Op::Loop { .. });
        if let Some(t) = target_mut(&mut op) {
            let r = resolve(ops, *t);
            // Never turn a forward jump into an unmarked backward one (Loop is the safepoint).
            // Loop stays backward; other jumps stay forward.
            let backward = (r as usize) <= i;
            if backward == is_loop {
                *t = r;
            }
        }
        // Jump to a Loop: becomes that Loop.
        if let Op::Jump { target } = op {
            if let Some(Op::Loop { target: t2 }) = ops.get(target as usize) {
                if (*t2 as usize) <= i {
                    op = Op::Loop { target: *t2 };
                }
            }
        }
        ops[i] = op;
    }
}

/// Constants that appear as operands (binary/compare/augmented/subscript) in `body`,
/// not descending into nested code units.
fn operand_consts(body: &[Stmt], out: &mut Vec<Const>) {
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => operand_consts_expr(e, out),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| operand_consts_expr(t, out));
                operand_consts_expr(value, out);
            }
            StmtKind::AugAssign { target, value, .. } => {
                operand_consts_expr(target, out);
                operand_const(value, out);
                operand_consts_expr(value, out);
            }
            StmtKind::AnnAssign { value: Some(v), .. } => operand_consts_expr(v, out),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                operand_consts_expr(test, out);
                operand_consts(body, out);
                operand_consts(orelse, out);
            }
            StmtKind::For { iter, body, orelse, .. } => {
                operand_consts_expr(iter, out);
                operand_consts(body, out);
                operand_consts(orelse, out);
            }
            StmtKind::With { body, .. } => operand_consts(body, out),
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                operand_consts(body, out);
                handlers.iter().for_each(|h| operand_consts(&h.body, out));
                operand_consts(orelse, out);
                operand_consts(finalbody, out);
            }
            _ => {}
        }
    }
}

fn operand_const(e: &Expr, out: &mut Vec<Const>) {
    if let Some(c) = fold::fold(e) {
        if matches!(c, Const::Int(_) | Const::Float(_) | Const::Str(_) | Const::None | Const::Bool(_) | Const::Slice(_)) {
            out.push(c);
        }
    }
}

fn operand_consts_expr(e: &Expr, out: &mut Vec<Const>) {
    if fold::fold(e).is_some() {
        return;
    }
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            operand_const(left, out);
            operand_const(right, out);
            operand_consts_expr(left, out);
            operand_consts_expr(right, out);
        }
        ExprKind::Compare { left, comparators, .. } => {
            operand_const(left, out);
            comparators.iter().for_each(|c| operand_const(c, out));
            operand_consts_expr(left, out);
            comparators.iter().for_each(|c| operand_consts_expr(c, out));
        }
        ExprKind::Subscript { value, slice, .. } => {
            operand_const(slice, out);
            operand_consts_expr(value, out);
            operand_consts_expr(slice, out);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| operand_consts_expr(v, out)),
        ExprKind::UnaryOp { operand, .. } => operand_consts_expr(operand, out),
        ExprKind::IfExp { test, body, orelse } => {
            operand_consts_expr(test, out);
            operand_consts_expr(body, out);
            operand_consts_expr(orelse, out);
        }
        ExprKind::Call { func, args, keywords } => {
            operand_consts_expr(func, out);
            args.iter().for_each(|a| operand_consts_expr(a, out));
            keywords.iter().for_each(|k| operand_consts_expr(&k.value, out));
        }
        ExprKind::Attribute { value, .. } => operand_consts_expr(value, out),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } | ExprKind::Set(elts) => {
            elts.iter().for_each(|x| operand_consts_expr(x, out))
        }
        ExprKind::NamedExpr { value, .. } => operand_consts_expr(value, out),
        _ => {}
    }
}

/// A pattern that always matches (`_`, a capture, or an or-pattern containing one).
fn is_irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::MatchAs { pattern: None, .. } => true,
        PatternKind::MatchAs { pattern: Some(q), .. } => is_irrefutable(q),
        PatternKind::MatchOr(alts) => alts.iter().any(is_irrefutable),
        _ => false,
    }
}

/// Whether a module/class body annotates simple names (searching compound statements, not nested scopes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, target, .. } => *simple && matches!(target.kind, ExprKind::Name { .. }),
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
            has_annotations(body) || has_annotations(orelse)
        }
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            has_annotations(body) || handlers.iter().any(|h| has_annotations(&h.body)) || has_annotations(orelse) || has_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// Whether an annotation contains a `|` union (see `annotation_value`).
fn has_bitor(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp { left, op, right } => *op == Operator::BitOr || has_bitor(left) || has_bitor(right),
        ExprKind::Subscript { value, slice, .. } => has_bitor(value) || has_bitor(slice),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().any(has_bitor),
        _ => false,
    }
}

/// List and set displays share one code path; these are the ops that differ.
#[derive(Clone, Copy)]
enum Display {
    List,
    Set,
}

impl Display {
    fn build(self, dst: R, base: R, n: u16, consts: bool) -> Op {
        match self {
            Display::List => Op::BuildList { dst, base, n },
            Display::Set => Op::BuildSet { dst, base, n, consts },
        }
    }
    fn extend(self, c: R, src: R) -> Op {
        match self {
            Display::List => Op::ListExtend { list: c, src },
            Display::Set => Op::SetUpdate { set: c, src },
        }
    }
    fn append(self, c: R, src: R) -> Op {
        match self {
            Display::List => Op::ListAppend { list: c, src },
            Display::Set => Op::SetAdd { set: c, src },
        }
    }
}
