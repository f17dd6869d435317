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
    let mut s = SymCheck { depth: 0 };
    for st in &m.body {
        if let Some(e) = s.stmt(st) {
            return Some(e);
        }
    }
    let mut c = CompCheck { func: None, in_loop: false };
    for st in &m.body {
        if let Some(e) = c.stmt(st) {
            return Some(e);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// symtable-like checks

struct SymCheck {
    /// function nesting depth (0 = module or class at module level)
    depth: u32,
}

impl SymCheck {
    fn stmts(&mut self, v: &[Stmt]) -> Option<CheckError> {
        for s in v {
            if let Some(e) = self.stmt(s) {
                return Some(e);
            }
        }
        None
    }

    fn args(&mut self, a: &Arguments) -> Option<CheckError> {
        // defaults / annotations are evaluated in the enclosing scope
        for d in &a.defaults {
            if let Some(e) = self.expr(d) {
                return Some(e);
            }
        }
        for d in a.kw_defaults.iter().flatten() {
            if let Some(e) = self.expr(d) {
                return Some(e);
            }
        }
        None
    }

    fn check_params(a: &Arguments, body: &[Stmt]) -> Option<CheckError> {
        let mut seen: Vec<&str> = Vec::new();
        let all = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.vararg.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.kwarg.iter());
        for p in all {
            if seen.contains(&p.arg.as_str()) {
                return err(format!("duplicate argument '{}' in function definition", p.arg), p.span);
            }
            seen.push(&p.arg);
        }
        // name 'x' is parameter and global/nonlocal (direct body only,
        // including nested blocks that are not new scopes)
        fn walk<'a>(v: &'a [Stmt], seen: &[&str]) -> Option<CheckError> {
            for s in v {
                match &s.kind {
                    StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                        for n in names {
                            if seen.contains(&n.as_str()) {
                                let k = if matches!(s.kind, StmtKind::Global(_)) { "global" } else { "nonlocal" };
                                return err(format!("name '{}' is parameter and {}", n, k), s.span);
                            }
                        }
                    }
                    StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                        if let Some(e) = walk(body, seen).or_else(|| walk(orelse, seen)) {
                            return Some(e);
                        }
                    }
                    StmtKind::With { body, .. } => {
                        if let Some(e) = walk(body, seen) {
                            return Some(e);
                        }
                    }
                    StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                        if let Some(e) = walk(body, seen) {
                            return Some(e);
                        }
                        for h in handlers {
                            if let Some(e) = walk(&h.body, seen) {
                                return Some(e);
                            }
                        }
                        if let Some(e) = walk(orelse, seen).or_else(|| walk(finalbody, seen)) {
                            return Some(e);
                        }
                    }
                    StmtKind::Match { cases, .. } => {
                        for c in cases {
                            if let Some(e) = walk(&c.body, seen) {
                                return Some(e);
                            }
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        walk(body, &seen)
    }

    fn stmt(&mut self, s: &Stmt) -> Option<CheckError> {
        match &s.kind {
            StmtKind::FunctionDef { args, body, decorator_list, returns, .. } => {
                for d in decorator_list {
                    if let Some(e) = self.expr(d) {
                        return Some(e);
                    }
                }
                if let Some(e) = self.args(args) {
                    return Some(e);
                }
                let _ = returns;
                if let Some(e) = Self::check_params(args, body) {
                    return Some(e);
                }
                self.depth += 1;
                let r = self.stmts(body);
                self.depth -= 1;
                r
            }
            StmtKind::ClassDef { bases, keywords, body, decorator_list, .. } => {
                for d in decorator_list.iter().chain(bases.iter()) {
                    if let Some(e) = self.expr(d) {
                        return Some(e);
                    }
                }
                for k in keywords {
                    if let Some(e) = self.expr(&k.value) {
                        return Some(e);
                    }
                }
                // class bodies are not function scopes: nonlocal inside a
                // class at module level is still "at module level"? No:
                // CPython only rejects nonlocal in the module block itself.
                let saved = self.depth;
                self.depth += 1;
                let r = self.stmts(body);
                self.depth = saved;
                r
            }
            StmtKind::Nonlocal(_) => {
                if self.depth == 0 {
                    return err("nonlocal declaration not allowed at module level", s.span);
                }
                None
            }
            _ => self.walk_stmt_children(s),
        }
    }

    fn walk_stmt_children(&mut self, s: &Stmt) -> Option<CheckError> {
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

    fn expr(&mut self, e: &Expr) -> Option<CheckError> {
        match &e.kind {
            ExprKind::Lambda { args, body } => {
                if let Some(x) = self.args(args) {
                    return Some(x);
                }
                if let Some(x) = Self::check_params(args, &[]) {
                    return Some(x);
                }
                self.depth += 1;
                let r = self.expr(body);
                self.depth -= 1;
                r
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                let what = match &e.kind {
                    ExprKind::ListComp { .. } => "list comprehension",
                    ExprKind::SetComp { .. } => "set comprehension",
                    _ => "generator expression",
                };
                self.comp(&[elt], generators, what)
            }
            ExprKind::DictComp { key, value, generators } => self.comp(&[key, value], generators, "dict comprehension"),
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

    fn comp(&mut self, elts: &[&Expr], gens: &[Comprehension], what: &str) -> Option<CheckError> {
        // The first iterator is evaluated in the enclosing scope.
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                if let Some(e) = self.expr(&g.iter) {
                    return Some(e);
                }
            } else if let Some(y) = find_yield(&g.iter) {
                return err(format!("'yield' inside {}", what), y);
            }
            if let Some(y) = find_yield(&g.target) {
                return err(format!("'yield' inside {}", what), y);
            }
            for c in &g.ifs {
                if let Some(y) = find_yield(c) {
                    return err(format!("'yield' inside {}", what), y);
                }
            }
        }
        for el in elts {
            if let Some(y) = find_yield(el) {
                return err(format!("'yield' inside {}", what), y);
            }
        }
        None
    }
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
struct FuncCtx {
    is_async: bool,
    is_generator: bool,
    is_lambda: bool,
}

struct CompCheck {
    func: Option<FuncCtx>,
    in_loop: bool,
}

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

impl CompCheck {
    fn stmts(&mut self, v: &[Stmt]) -> Option<CheckError> {
        for s in v {
            if let Some(e) = self.stmt(s) {
                return Some(e);
            }
        }
        None
    }

    fn stmt(&mut self, s: &Stmt) -> Option<CheckError> {
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
                let saved = (self.func, self.in_loop);
                self.func = Some(FuncCtx { is_async: *is_async, is_generator: body_has_yield(body), is_lambda: false });
                self.in_loop = false;
                let r = self.stmts(body);
                self.func = saved.0;
                self.in_loop = saved.1;
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
                let saved = (self.func, self.in_loop);
                self.func = None;
                self.in_loop = false;
                let r = self.stmts(body);
                self.func = saved.0;
                self.in_loop = saved.1;
                r
            }
            StmtKind::Return(v) => {
                match self.func {
                    None => return err("'return' outside function", s.span),
                    Some(f) => {
                        if f.is_async && f.is_generator && v.is_some() {
                            return err("'return' with value in async generator", s.span);
                        }
                    }
                }
                if let Some(v) = v {
                    return self.expr(v);
                }
                None
            }
            StmtKind::Break => {
                if !self.in_loop {
                    return err("'break' outside loop", s.span);
                }
                None
            }
            StmtKind::Continue => {
                if !self.in_loop {
                    return err("'continue' not properly in loop", s.span);
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
                    if let Some(e) = self.stmts(&h.body) {
                        return Some(e);
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
    fn elt(&mut self, e: &Expr) -> Option<CheckError> {
        match &e.kind {
            ExprKind::Starred { value, .. } => self.expr(value),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) -> Option<CheckError> {
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
                    Some(f) if !f.is_async => return err("'await' outside async function", e.span),
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
                let saved = (self.func, self.in_loop);
                self.func = Some(FuncCtx { is_async: false, is_generator: find_yield(body).is_some(), is_lambda: true });
                self.in_loop = false;
                let r = self.expr(body);
                self.func = saved.0;
                self.in_loop = saved.1;
                r
            }
            ExprKind::GeneratorExp { elt, generators } => {
                // An `await` inside a generator expression makes it an
                // asynchronous generator expression: allowed anywhere.
                // Only the first iterator is evaluated in this scope.
                if let Some(g) = generators.first() {
                    if let Some(x) = self.expr(&g.iter) {
                        return Some(x);
                    }
                }
                let _ = elt;
                None
            }
            ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } => {
                let mut r = None;
                for_each_expr_child(e, &mut |c| {
                    if r.is_none() {
                        r = self.expr(c);
                    }
                });
                r
            }
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
pub fn for_each_child<'a>(s: &'a Stmt, f: &mut dyn FnMut(Child<'a>)) {
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
pub fn for_each_expr_child<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
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
