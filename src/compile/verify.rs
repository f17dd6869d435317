//! Structural checks on compiled code (used by tests): every register, constant,
//! name and jump operand is in range; the exception table is sorted and disjoint.

use super::code::*;
use super::unit::{Const, Unit};

/// Registers an op reads or writes, as (first, count) ranges.
fn regs(op: &Op) -> Vec<(R, u16)> {
    use Op::*;
    let one = |r: R| (r, 1u16);
    match *op {
        Nop | Jump { .. } | Loop { .. } | PopExcept | DelGlobal { .. } | DelName { .. } => vec![],
        LoadConst { dst, .. } | LoadGlobal { dst, .. } | LoadName { dst, .. } | LoadBuildClass { dst } => vec![one(dst)],
        Move { dst, src } | Unary { dst, src, .. } | GetIter { dst, src } | ListToTuple { dst, src } => vec![one(dst), one(src)],
        CheckBound { reg, .. } | DelLocal { reg, .. } | MakeCell { reg } => vec![one(reg)],
        StoreGlobal { src, .. } | StoreName { src, .. } | Return { src } | Reraise { src } | PushExcInfo { src } | PrintExpr { src } => {
            vec![one(src)]
        }
        LoadCell { dst, cell, .. } => vec![one(dst), one(cell)],
        StoreCell { cell, src } => vec![one(cell), one(src)],
        DelCell { cell, .. } => vec![one(cell)],
        LoadAttr { dst, obj, .. } => vec![one(dst), one(obj)],
        StoreAttr { obj, src, .. } => vec![one(obj), one(src)],
        DelAttr { obj, .. } => vec![one(obj)],
        LoadMethod { dst, obj, .. } => vec![(dst, 2), one(obj)],
        GetItem { dst, obj, key } => vec![one(dst), one(obj), one(key)],
        SetItem { obj, key, src } => vec![one(obj), one(key), one(src)],
        DelItem { obj, key } => vec![one(obj), one(key)],
        Binary { dst, a, b, .. } | InPlace { dst, a, b, .. } | Compare { dst, a, b, .. } => vec![one(dst), one(a), one(b)],
        JumpIfTrue { src, .. } | JumpIfFalse { src, .. } => vec![one(src)],
        JumpIfNotCompare { a, b, .. } => vec![one(a), one(b)],
        ForIter { iter, dst, .. } => vec![one(iter), one(dst)],
        GetForIter { dst, src } => vec![(dst, 3), one(src)],
        BuildTuple { dst, base, n } | BuildList { dst, base, n } | BuildSet { dst, base, n, .. } | BuildString { dst, base, n } => {
            vec![one(dst), (base, n)]
        }
        BuildDict { dst, base, n } => vec![one(dst), (base, 2 * n)],
        BuildSlice { dst, base } => vec![one(dst), (base, 3)],
        FormatValue { dst, src, spec, .. } => vec![one(dst), one(src), one(spec)],
        ListAppend { list: a, src } | ListExtend { list: a, src } | SetAdd { set: a, src } | SetUpdate { set: a, src } => {
            vec![one(a), one(src)]
        }
        DictSet { dict, key, src } => vec![one(dict), one(key), one(src)],
        DictUpdate { dict, src } => vec![one(dict), one(src)],
        DictMerge { dict, src, func } => vec![one(dict), one(src), one(func)],
        UnpackSeq { base, src, n } => vec![(base, n), one(src)],
        UnpackEx { base, src, before, after } => vec![(base, before + after + 1), one(src)],
        MakeFunction { dst, defaults, kwdefaults, closure, .. } => vec![one(dst), one(defaults), one(kwdefaults), one(closure)],
        Call { dst, base, nargs } | CallKw { dst, base, nargs, .. } => vec![one(dst), (base, nargs + 1)],
        CallEx { dst, func, args, kwargs } => vec![one(dst), one(func), one(args), one(kwargs)],
        CallMethod { dst, base, nargs } | CallMethodKw { dst, base, nargs, .. } => vec![one(dst), (base, nargs + 2)],
        Yield { dst, src } => vec![one(dst), one(src)],
        YieldFrom { dst, iter } => vec![one(dst), one(iter)],
        Raise { exc, cause } => vec![one(exc), one(cause)],
        ExcMatch { dst, exc, ty } => vec![one(dst), one(exc), one(ty)],
        ImportName { dst, .. } => vec![one(dst)],
        ImportFrom { dst, module, .. } => vec![one(dst), one(module)],
        ImportStar { module } => vec![one(module)],
    }
}

fn consts_names(op: &Op) -> (Vec<K>, Vec<N>) {
    use Op::*;
    match *op {
        LoadConst { k, .. } => (vec![k], vec![]),
        MakeFunction { code, .. } => (vec![code], vec![]),
        CallKw { kwnames, .. } | CallMethodKw { kwnames, .. } => (vec![kwnames], vec![]),
        ImportName { name, fromlist, .. } => (vec![fromlist], vec![name]),
        CheckBound { name, .. }
        | DelLocal { name, .. }
        | LoadGlobal { name, .. }
        | StoreGlobal { name, .. }
        | DelGlobal { name }
        | LoadName { name, .. }
        | StoreName { name, .. }
        | DelName { name }
        | LoadCell { name, .. }
        | DelCell { name, .. }
        | LoadAttr { name, .. }
        | StoreAttr { name, .. }
        | DelAttr { name, .. }
        | LoadMethod { name, .. }
        | ImportFrom { name, .. } => (vec![], vec![name]),
        _ => (vec![], vec![]),
    }
}

/// Check one unit and its nested code constants; Err describes the first problem.
pub fn verify(u: &Unit) -> Result<(), String> {
    let n = u.ops.len();
    let fail = |i: usize, what: &str| Err(format!("{}: op {} {:?}: {}", u.qualname, i, u.ops.get(i), what));
    if u.lines.len() != n || u.positions.len() != n {
        return Err(format!("{}: lines/ops length mismatch", u.qualname));
    }
    for (i, op) in u.ops.iter().enumerate() {
        for (r, c) in regs(op) {
            if r != NO_REG && r as u32 + c as u32 > u.nregs as u32 {
                return fail(i, "register out of range");
            }
        }
        let (ks, ns) = consts_names(op);
        if ks.iter().any(|&k| k as usize >= u.consts.len()) {
            return fail(i, "const out of range");
        }
        if ns.iter().any(|&x| x as usize >= u.names.len()) {
            return fail(i, "name out of range");
        }
        let mut o = *op;
        if let Some(t) = super::gen::target_mut(&mut o) {
            if *t as usize >= n {
                return fail(i, "jump target out of range");
            }
            let backward = (*t as usize) <= i;
            if backward != matches!(op, Op::Loop { .. }) {
                return fail(i, "backward jumps must be Loop, Loop must be backward");
            }
        }
    }
    if !matches!(u.ops.last(), Some(Op::Return { .. } | Op::Raise { .. } | Op::Reraise { .. } | Op::Jump { .. } | Op::Loop { .. })) {
        return Err(format!("{}: code can fall off the end", u.qualname));
    }
    let mut last = 0;
    for e in &u.exc_table {
        if e.start < last || e.end <= e.start || e.end as usize > n || e.handler as usize >= n || e.exc_reg >= u.nregs {
            return Err(format!("{}: bad exception entry {:?}", u.qualname, e));
        }
        last = e.end;
    }
    for (_, r) in &u.cellvars {
        if *r >= u.nregs {
            return Err(format!("{}: cell register out of range", u.qualname));
        }
    }
    if u.freevar_regs.len() != u.freevars.len() {
        return Err(format!("{}: freevars/regs mismatch", u.qualname));
    }
    for c in &u.consts {
        if let Const::Code(cu) = c {
            verify(cu)?;
        }
    }
    Ok(())
}
