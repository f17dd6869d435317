//! `ast.dump()`-compatible text (CPython 3.11, default arguments): the test
//! oracle for the parser, and the reprs of constants.

use super::ast::*;
use std::fmt::Write;

pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper { out: String::with_capacity(256) };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper { out: String::new() };
    d.expr(e);
    d.out
}

struct Dumper {
    out: String,
}

/// Python `repr()` of a float (one implementation: `builtins::spec`).
pub use crate::builtins::spec::float_repr;

/// Python `repr()` of a complex with the given parts.
pub fn complex_repr(real: f64, imag: f64) -> String {
    fn part(f: f64) -> String {
        let s = float_repr(f);
        match s.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => s,
        }
    }
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", part(imag))
    } else {
        let im = part(imag);
        let sign = if imag.is_sign_negative() || imag.is_nan() && im.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", part(real), sign, im)
    }
}

/// Python `repr()` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut r = String::with_capacity(s.len() + 2);
    r.push(quote);
    for c in s.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if c == quote => {
                r.push('\\');
                r.push(c);
            }
            c if super::lexer::is_printable(c) && ((c as u32) < 0x80 || super::unicode_names::is_named(c)) => r.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    let _ = write!(r, "\\x{:02x}", u);
                } else if u < 0x10000 {
                    let _ = write!(r, "\\u{:04x}", u);
                } else {
                    let _ = write!(r, "\\U{:08x}", u);
                }
            }
        }
    }
    r.push(quote);
    r
}

/// Python `repr()` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut r = String::with_capacity(b.len() + 3);
    r.push('b');
    r.push(quote as char);
    for &c in b {
        match c {
            b'\\' => r.push_str("\\\\"),
            b'\n' => r.push_str("\\n"),
            b'\r' => r.push_str("\\r"),
            b'\t' => r.push_str("\\t"),
            c if c == quote => {
                r.push('\\');
                r.push(c as char);
            }
            0x20..=0x7e => r.push(c as char),
            c => {
                let _ = write!(r, "\\x{:02x}", c);
            }
        }
    }
    r.push(quote as char);
    r
}

pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".to_string(),
    }
}

fn op_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

impl Dumper {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn stmts(&mut self, v: &[Stmt]) {
        self.out.push('[');
        for (i, s) in v.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.stmt(s);
        }
        self.out.push(']');
    }

    fn exprs(&mut self, v: &[Expr]) {
        self.out.push('[');
        for (i, e) in v.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(e);
        }
        self.out.push(']');
    }

    fn opt_exprs(&mut self, v: &[Option<Expr>]) {
        self.out.push('[');
        for (i, e) in v.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            match e {
                Some(e) => self.expr(e),
                None => self.s("None"),
            }
        }
        self.out.push(']');
    }

    fn names(&mut self, v: &[String]) {
        self.out.push('[');
        for (i, n) in v.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            let r = str_repr(n);
            self.s(&r);
        }
        self.out.push(']');
    }

    fn name_field(&mut self, field: &str, n: &str) {
        self.s(field);
        self.s("=");
        let r = str_repr(n);
        self.s(&r);
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, is_async } => {
                self.s(if *is_async { "AsyncFunctionDef(" } else { "FunctionDef(" });
                self.name_field("name", name);
                self.s(", args=");
                self.arguments(args);
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                if let Some(r) = returns {
                    self.s(", returns=");
                    self.expr(r);
                }
                self.s(")");
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.s("ClassDef(");
                self.name_field("name", name);
                self.s(", bases=");
                self.exprs(bases);
                self.s(", keywords=");
                self.keywords(keywords);
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.s(")");
            }
            StmtKind::Return(v) => {
                self.s("Return(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            StmtKind::Delete(t) => {
                self.s("Delete(targets=");
                self.exprs(t);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                self.s(", op=");
                self.s(op_name(*op));
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.s("AnnAssign(target=");
                self.expr(target);
                self.s(", annotation=");
                self.expr(annotation);
                if let Some(v) = value {
                    self.s(", value=");
                    self.expr(v);
                }
                self.s(if *simple { ", simple=1)" } else { ", simple=0)" });
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.s(if *is_async { "AsyncFor(target=" } else { "For(target=" });
                self.expr(target);
                self.s(", iter=");
                self.expr(iter);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::While { test, body, orelse } => {
                self.s("While(test=");
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::If { test, body, orelse } => {
                self.s("If(test=");
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::With { items, body, is_async } => {
                self.s(if *is_async { "AsyncWith(items=[" } else { "With(items=[" });
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.s("withitem(context_expr=");
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.s(", optional_vars=");
                        self.expr(v);
                    }
                    self.s(")");
                }
                self.s("], body=");
                self.stmts(body);
                self.s(")");
            }
            StmtKind::Match { subject, cases } => {
                self.s("Match(subject=");
                self.expr(subject);
                self.s(", cases=[");
                for (i, c) in cases.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.s("match_case(pattern=");
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.s(", guard=");
                        self.expr(g);
                    }
                    self.s(", body=");
                    self.stmts(&c.body);
                    self.s(")");
                }
                self.s("])");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                let mut first = true;
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e);
                    first = false;
                }
                if let Some(c) = cause {
                    if !first {
                        self.s(", ");
                    }
                    self.s("cause=");
                    self.expr(c);
                }
                self.s(")");
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.s(if matches!(st.kind, StmtKind::Try { .. }) { "Try(body=" } else { "TryStar(body=" });
                self.stmts(body);
                self.s(", handlers=[");
                for (i, h) in handlers.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.s("ExceptHandler(");
                    if let Some(t) = &h.type_ {
                        self.s("type=");
                        self.expr(t);
                        self.s(", ");
                    }
                    if let Some(n) = &h.name {
                        self.name_field("name", n);
                        self.s(", ");
                    }
                    self.s("body=");
                    self.stmts(&h.body);
                    self.s(")");
                }
                self.s("], orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
                self.s(")");
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                if let Some(m) = msg {
                    self.s(", msg=");
                    self.expr(m);
                }
                self.s(")");
            }
            StmtKind::Import(names) => {
                self.s("Import(names=");
                self.aliases(names);
                self.s(")");
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    self.name_field("module", m);
                    self.s(", ");
                }
                self.s("names=");
                self.aliases(names);
                self.s(", level=");
                self.s(&level.to_string());
                self.s(")");
            }
            StmtKind::Global(n) => {
                self.s("Global(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Nonlocal(n) => {
                self.s("Nonlocal(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Expr(e) => {
                self.s("Expr(value=");
                self.expr(e);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
        }
    }

    fn aliases(&mut self, v: &[Alias]) {
        self.s("[");
        for (i, a) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.s("alias(");
            self.name_field("name", &a.name);
            if let Some(n) = &a.asname {
                self.s(", ");
                self.name_field("asname", n);
            }
            self.s(")");
        }
        self.s("]");
    }

    fn keywords(&mut self, v: &[Keyword]) {
        self.s("[");
        for (i, k) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.s("keyword(");
            if let Some(a) = &k.arg {
                self.name_field("arg", a);
                self.s(", ");
            }
            self.s("value=");
            self.expr(&k.value);
            self.s(")");
        }
        self.s("]");
    }

    fn arg(&mut self, a: &Arg) {
        self.s("arg(");
        self.name_field("arg", &a.arg);
        if let Some(ann) = &a.annotation {
            self.s(", annotation=");
            self.expr(ann);
        }
        self.s(")");
    }

    fn args_list(&mut self, v: &[Arg]) {
        self.s("[");
        for (i, a) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.arg(a);
        }
        self.s("]");
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.args_list(&a.posonlyargs);
        self.s(", args=");
        self.args_list(&a.args);
        if let Some(v) = &a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.args_list(&a.kwonlyargs);
        self.s(", kw_defaults=");
        self.opt_exprs(&a.kw_defaults);
        if let Some(k) = &a.kwarg {
            self.s(", kwarg=");
            self.arg(k);
        }
        self.s(", defaults=");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn comprehensions(&mut self, v: &[Comprehension]) {
        self.s("[");
        for (i, c) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.s("comprehension(target=");
            self.expr(&c.target);
            self.s(", iter=");
            self.expr(&c.iter);
            self.s(", ifs=");
            self.exprs(&c.ifs);
            self.s(if c.is_async { ", is_async=1)" } else { ", is_async=0)" });
        }
        self.s("]");
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.s("BoolOp(op=");
                self.s(if *op == BoolOp::And { "And()" } else { "Or()" });
                self.s(", values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                self.s(", op=");
                self.s(op_name(*op));
                self.s(", right=");
                self.expr(right);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                self.s("UnaryOp(op=");
                self.s(match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                });
                self.s(", operand=");
                self.expr(operand);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.s(", body=");
                self.expr(body);
                self.s(", orelse=");
                self.expr(orelse);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.opt_exprs(keys);
                self.s(", values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Set(elts) => {
                self.s("Set(elts=");
                self.exprs(elts);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("ListComp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("SetComp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp { key, value, generators } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.s(", value=");
                self.expr(value);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("GeneratorExp(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::Await(v) => {
                self.s("Await(value=");
                self.expr(v);
                self.s(")");
            }
            ExprKind::Yield(v) => {
                self.s("Yield(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            ExprKind::YieldFrom(v) => {
                self.s("YieldFrom(value=");
                self.expr(v);
                self.s(")");
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.s("Compare(left=");
                self.expr(left);
                self.s(", ops=[");
                for (i, o) in ops.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.s(cmp_name(*o));
                }
                self.s("], comparators=");
                self.exprs(comparators);
                self.s(")");
            }
            ExprKind::Call { func, args, keywords } => {
                self.s("Call(func=");
                self.expr(func);
                self.s(", args=");
                self.exprs(args);
                self.s(", keywords=");
                self.keywords(keywords);
                self.s(")");
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.s("FormattedValue(value=");
                self.expr(value);
                self.s(", conversion=");
                self.s(&conversion.to_string());
                if let Some(f) = format_spec {
                    self.s(", format_spec=");
                    self.expr(f);
                }
                self.s(")");
            }
            ExprKind::JoinedStr(values) => {
                self.s("JoinedStr(values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Constant(c) => {
                self.s("Constant(value=");
                let r = constant_repr(c);
                self.s(&r);
                self.s(")");
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                self.s(", ");
                self.name_field("attr", attr);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.s(", slice=");
                self.expr(slice);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Name { id, ctx } => {
                self.s("Name(");
                self.name_field("id", id);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::List { elts, ctx } => {
                self.s("List(elts=");
                self.exprs(elts);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Tuple { elts, ctx } => {
                self.s("Tuple(elts=");
                self.exprs(elts);
                self.s(", ctx=");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut first = true;
                for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        if !first {
                            self.s(", ");
                        }
                        first = false;
                        self.s(name);
                        self.s("=");
                        self.expr(v);
                    }
                }
                self.s(")");
            }
        }
    }

    fn patterns(&mut self, v: &[Pattern]) {
        self.s("[");
        for (i, p) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.pattern(p);
        }
        self.s("]");
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.s("MatchValue(value=");
                self.expr(v);
                self.s(")");
            }
            PatternKind::MatchSingleton(c) => {
                self.s("MatchSingleton(value=");
                let r = constant_repr(c);
                self.s(&r);
                self.s(")");
            }
            PatternKind::MatchSequence(ps) => {
                self.s("MatchSequence(patterns=");
                self.patterns(ps);
                self.s(")");
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.s("MatchMapping(keys=");
                self.exprs(keys);
                self.s(", patterns=");
                self.patterns(patterns);
                if let Some(r) = rest {
                    self.s(", ");
                    self.name_field("rest", r);
                }
                self.s(")");
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.s("MatchClass(cls=");
                self.expr(cls);
                self.s(", patterns=");
                self.patterns(patterns);
                self.s(", kwd_attrs=");
                self.names(kwd_attrs);
                self.s(", kwd_patterns=");
                self.patterns(kwd_patterns);
                self.s(")");
            }
            PatternKind::MatchStar(n) => {
                self.s("MatchStar(");
                if let Some(n) = n {
                    self.name_field("name", n);
                }
                self.s(")");
            }
            PatternKind::MatchAs { pattern, name } => {
                self.s("MatchAs(");
                if let Some(p) = pattern {
                    self.s("pattern=");
                    self.pattern(p);
                    if name.is_some() {
                        self.s(", ");
                    }
                }
                if let Some(n) = name {
                    self.name_field("name", n);
                }
                self.s(")");
            }
            PatternKind::MatchOr(ps) => {
                self.s("MatchOr(patterns=");
                self.patterns(ps);
                self.s(")");
            }
        }
    }
}
