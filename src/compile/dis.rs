//! Disassembler: a readable listing of a code object and, recursively, the
//! code objects among its constants (printed by `tauraro dis`).

use super::code::*;
use super::unit::{Const, Unit};
use crate::heap::{BigIntObj, FloatObj, Kind, StrObj, TupleObj};
use crate::value::Value;
use std::fmt::Write;

/// Everything the listing needs, independent of where it came from.
struct View {
    name: String,
    qualname: String,
    firstlineno: u32,
    flags: u32,
    argcount: u16,
    posonly: u16,
    kwonly: u16,
    nregs: u16,
    varnames: Vec<String>,
    freevars: Vec<String>,
    freevar_regs: Vec<R>,
    cellvars: Vec<(String, R)>,
    consts: Vec<String>,
    names: Vec<String>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    exc: Vec<ExcEntry>,
    children: Vec<View>,
}

pub fn disassemble(code: &CodeObj) -> String {
    let mut out = String::new();
    print_view(&view_of_code(code), &mut out);
    out
}

/// Disassemble a compiler `Unit` (used by unit tests; no runtime needed).
pub fn disassemble_unit(u: &Unit) -> String {
    let mut out = String::new();
    print_view(&view_of_unit(u), &mut out);
    out
}

fn view_of_unit(u: &Unit) -> View {
    let mut children = Vec::new();
    let consts = u
        .consts
        .iter()
        .map(|c| {
            if let Const::Code(cu) = c {
                children.push(view_of_unit(cu));
            }
            const_repr(c)
        })
        .collect();
    View {
        name: u.name.clone(),
        qualname: u.qualname.clone(),
        firstlineno: u.firstlineno,
        flags: u.flags,
        argcount: u.argcount,
        posonly: u.posonlyargcount,
        kwonly: u.kwonlyargcount,
        nregs: u.nregs,
        varnames: u.varnames.clone(),
        freevars: u.freevars.clone(),
        freevar_regs: u.freevar_regs.clone(),
        cellvars: u.cellvars.clone(),
        consts,
        names: u.names.clone(),
        ops: u.ops.clone(),
        lines: u.lines.clone(),
        exc: u.exc_table.clone(),
        children,
    }
}

fn view_of_code(c: &CodeObj) -> View {
    let mut children = Vec::new();
    let consts = c
        .consts
        .iter()
        .map(|&v| {
            if v.is_kind(Kind::Code) {
                children.push(view_of_code(v.obj::<CodeObj>()));
            }
            value_repr(v)
        })
        .collect();
    View {
        name: str_text(c.name),
        qualname: str_text(c.qualname),
        firstlineno: c.firstlineno,
        flags: c.flags,
        argcount: c.argcount,
        posonly: c.posonlyargcount,
        kwonly: c.kwonlyargcount,
        nregs: c.nregs,
        varnames: c.varnames.iter().map(|&v| str_text(v)).collect(),
        freevars: c.freevars.iter().map(|&v| str_text(v)).collect(),
        freevar_regs: c.freevar_regs.clone(),
        cellvars: c.cellvars.iter().map(|&(v, r)| (str_text(v), r)).collect(),
        consts,
        names: c.names.iter().map(|&v| str_text(v)).collect(),
        ops: c.ops.clone(),
        lines: c.lines.clone(),
        exc: c.exc_table.clone(),
        children,
    }
}

fn str_text(v: Value) -> String {
    match v.downcast::<StrObj>(Kind::Str) {
        Some(s) => s.as_str().to_string(),
        None => "?".to_string(),
    }
}

pub fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

use crate::builtins::spec::float_repr;

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(a, b) => format!("({}+{}j)", float_repr(*a), float_repr(*b)),
        Const::Str(s) => py_str_repr(s),
        Const::Bytes(b) => format!("b{}", py_str_repr(&String::from_utf8_lossy(b))),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => tuple_repr(items.iter().map(const_repr).collect()),
        Const::Slice(p) => format!("slice({}, {}, {})", const_repr(&p[0]), const_repr(&p[1]), const_repr(&p[2])),
        Const::Code(u) => format!("<code {}>", u.qualname),
        Const::Intrinsic(i) => format!("<intrinsic {:?}>", i),
    }
}

fn tuple_repr(items: Vec<String>) -> String {
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

fn value_repr(v: Value) -> String {
    if let Some(i) = v.small() {
        return i.to_string();
    }
    if v.is_float() {
        return float_repr(v.as_float());
    }
    match v.kind() {
        Some(Kind::None) => "None".into(),
        Some(Kind::Bool) => if v == Value::true_() { "True" } else { "False" }.into(),
        Some(Kind::Ellipsis) => "Ellipsis".into(),
        Some(Kind::Str) => py_str_repr(&v.obj::<StrObj>().as_str()),
        Some(Kind::BigInt) => v.obj::<BigIntObj>().v.to_string(),
        Some(Kind::Float) => float_repr(v.obj::<FloatObj>().v),
        Some(Kind::Tuple) => tuple_repr(v.obj::<TupleObj>().items().iter().map(|&x| value_repr(x)).collect()),
        Some(Kind::Code) => format!("<code {}>", str_text(v.obj::<CodeObj>().qualname)),
        Some(Kind::Slice) => {
            let sl = v.obj::<crate::heap::SliceObj>();
            format!("slice({}, {}, {})", value_repr(sl.start), value_repr(sl.stop), value_repr(sl.step))
        }
        Some(k) => format!("<{:?}>", k),
        None => "<unbound>".into(),
    }
}

fn flag_names(flags: u32) -> String {
    let mut v = Vec::new();
    for (bit, n) in [
        (CO_VARARGS, "VARARGS"),
        (CO_VARKEYWORDS, "VARKEYWORDS"),
        (CO_GENERATOR, "GENERATOR"),
        (CO_MODULE, "MODULE"),
        (CO_CLASS_BODY, "CLASS_BODY"),
        (CO_COROUTINE, "COROUTINE"),
    ] {
        if flags & bit != 0 {
            v.push(n);
        }
    }
    v.join("|")
}

/// Comment for an op: the values of its constant and name operands.
fn annotate(op: &Op, v: &View) -> String {
    let k = |i: K| v.consts.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    let n = |i: N| v.names.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    match *op {
        Op::LoadConst { k: c, .. } => k(c),
        Op::MakeFunction { code, .. } => k(code),
        Op::CallKw { kwnames, .. } | Op::CallMethodKw { kwnames, .. } => k(kwnames),
        Op::ImportName { name, fromlist, .. } => format!("{} fromlist={}", n(name), k(fromlist)),
        Op::CheckBound { name, .. }
        | Op::DelLocal { name, .. }
        | Op::LoadGlobal { name, .. }
        | Op::StoreGlobal { name, .. }
        | Op::DelGlobal { name }
        | Op::LoadName { name, .. }
        | Op::StoreName { name, .. }
        | Op::DelName { name }
        | Op::LoadCell { name, .. }
        | Op::DelCell { name, .. }
        | Op::LoadAttr { name, .. }
        | Op::StoreAttr { name, .. }
        | Op::DelAttr { name, .. }
        | Op::LoadMethod { name, .. }
        | Op::ImportFrom { name, .. } => n(name),
        _ => String::new(),
    }
}

fn print_view(v: &View, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> (line {}): args={} posonly={} kwonly={} nregs={} flags={}",
        v.qualname,
        v.firstlineno,
        v.argcount,
        v.posonly,
        v.kwonly,
        v.nregs,
        flag_names(v.flags)
    );
    let _ = v.name.len();
    if !v.varnames.is_empty() {
        let vs: Vec<String> = v.varnames.iter().enumerate().map(|(i, n)| format!("r{}={}", i, n)).collect();
        let _ = writeln!(out, "  vars: {}", vs.join(" "));
    }
    if !v.cellvars.is_empty() {
        let vs: Vec<String> = v.cellvars.iter().map(|(n, r)| format!("{}@r{}", n, r)).collect();
        let _ = writeln!(out, "  cells: {}", vs.join(" "));
    }
    if !v.freevars.is_empty() {
        let vs: Vec<String> = v.freevars.iter().zip(&v.freevar_regs).map(|(n, r)| format!("{}@r{}", n, r)).collect();
        let _ = writeln!(out, "  free: {}", vs.join(" "));
    }
    if !v.consts.is_empty() {
        let cs: Vec<String> = v
            .consts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let t: String = c.chars().take(40).collect();
                format!("k{}={}{}", i, t, if t.len() < c.len() { "..." } else { "" })
            })
            .collect();
        let _ = writeln!(out, "  consts: {}", cs.join(" "));
    }
    let mut last_line = u32::MAX;
    for (i, op) in v.ops.iter().enumerate() {
        let line = v.lines.get(i).copied().unwrap_or(0);
        let ls = if line != last_line { line.to_string() } else { String::new() };
        last_line = line;
        let a = annotate(op, v);
        let text = format!("{:?}", op);
        if a.is_empty() {
            let _ = writeln!(out, "{:>5} {:>5}  {}", ls, i, text);
        } else {
            let _ = writeln!(out, "{:>5} {:>5}  {:<56} # {}", ls, i, text, a);
        }
    }
    for e in &v.exc {
        let _ = writeln!(out, "  exc {}..{} -> {} exc=r{} depth={}", e.start, e.end, e.handler, e.exc_reg, e.depth);
    }
    for c in &v.children {
        out.push('\n');
        print_view(c, out);
    }
}
