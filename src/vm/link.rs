//! Link: `Op` -> `Inst` (handler pointer + decoded operands), once per code
//! object, before its first run.
//!
//! Layout of `CodeObj::insts`: instruction `i` is op `i` (1:1, so exception
//! tables, line tables and traceback indices need no mapping), followed by the
//! aux slots. An aux slot is an `Inst` whose `a..d` hold a 64-bit payload
//! (a constant or name `Value`, or extra operands); an instruction reaches its
//! aux slots through `cd` = slot index - instruction index. Jump targets are
//! also `cd`-relative. Operand layout per op is written next to each `emit`.
use super::dispatch::{aux_slot, Handler};
use super::handlers::*;
use super::Inst;
use crate::compile::{BinOp, CmpOp, CodeObj, Op, UnOp};
use crate::value::Value;
use crate::fxhash::HashMap;

struct Linker {
    insts: Vec<Inst>,
    names: Vec<&'static str>,
    aux: Vec<u64>,
    /// (instruction, aux index) pairs whose `cd` points at an aux slot.
    aux_refs: Vec<(usize, usize)>,
    /// Dedup of constant / name slots.
    shared: HashMap<(u8, u32), usize>,
    /// Iterator registers of `GetForIter` seen so far (their `ForIter`s link
    /// to `iter::for_range`).
    for_regs: Vec<u16>,
}

macro_rules! h {
    ($($p:ident)::+) => {{
        (super::dispatch::handler!($($p)::+), stringify!($($p)::+))
    }};
}

impl Linker {
    fn emit(&mut self, h: (Handler, &'static str), a: u16, b: u16, c: u16, d: u16) -> usize {
        self.insts.push(Inst { h: h.0, a, b, c, d });
        self.names.push(h.1);
        self.insts.len() - 1
    }
    /// Instruction with `cd` = relative jump to op index `t`.
    fn emit_jump(&mut self, h: (Handler, &'static str), a: u16, b: u16, t: u32) {
        let i = self.insts.len() as i64;
        let rel = (t as i64 - i) as i32 as u32;
        self.emit(h, a, b, rel as u16, (rel >> 16) as u16);
    }
    /// Instruction whose `cd` points at fresh aux slots holding `payloads`.
    fn emit_aux(&mut self, h: (Handler, &'static str), a: u16, b: u16, payloads: &[u64]) {
        let i = self.emit(h, a, b, 0, 0);
        let k = self.aux.len();
        self.aux.extend_from_slice(payloads);
        self.aux_refs.push((i, k));
    }
    /// Instruction whose `cd` points at the shared slot of const/name `idx`.
    fn emit_shared(&mut self, h: (Handler, &'static str), a: u16, b: u16, kind: u8, idx: u32, v: Value) {
        let i = self.emit(h, a, b, 0, 0);
        let aux = &mut self.aux;
        let k = *self.shared.entry((kind, idx)).or_insert_with(|| {
            aux.push(v.raw());
            aux.len() - 1
        });
        self.aux_refs.push((i, k));
    }
}

const KCONST: u8 = 0;
const KNAME: u8 = 1;

/// `--no-fuse`: no superinstructions. Every op links to its own handler (the
/// op's in-place quickenings and type-specialised twins still apply), and no
/// run-time quickening makes one instruction run the next op too (the
/// `loop_nc_*` back-edges that run the loop head, `for_enum2`). Process-wide:
/// set once by the command line before anything is linked.
static NO_FUSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Turn superinstructions off (`--no-fuse`) or on for code linked from now on.
pub fn set_fusion(on: bool) {
    NO_FUSE.store(!on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether linking and quickening may form superinstructions.
#[inline]
pub fn fusion_on() -> bool {
    !NO_FUSE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Link `code` if it is not linked yet.
pub fn ensure_linked(code: *mut CodeObj) {
    // SAFETY: `code` is a live code object; linking happens before any frame runs it.
    let c = unsafe { &mut *code };
    if c.insts.is_empty() {
        link(c);
    }
}

/// Pre-decode every op of `code` (see module doc).
pub fn link(code: &mut CodeObj) {
    let n = code.ops.len();
    let mut l = Linker {
        insts: Vec::with_capacity(n + 8),
        names: Vec::with_capacity(n),
        aux: Vec::new(),
        aux_refs: Vec::new(),
        shared: HashMap::default(),
        for_regs: Vec::new(),
    };
    let fuse = fusion_on();
    for (i, op) in code.ops.iter().enumerate() {
        link_op(&mut l, code, *op);
        if let Some(h) = fusion(code, i).filter(|_| fuse) {
            let last = l.insts.len() - 1;
            l.insts[last].h = h.0;
            l.names[last] = h.1;
        }
    }
    if l.insts.is_empty() {
        // Never run off the end: an empty code object returns None... the
        // compiler always ends with Return; keep a trap anyway.
        l.emit(h!(control::nop), 0, 0, 0, 0);
    }
    let ninsts = l.insts.len();
    for &(i, k) in &l.aux_refs {
        let rel = (ninsts + k - i) as u32;
        assert!(rel <= i32::MAX as u32, "code object too large to link");
        l.insts[i].c = rel as u16;
        l.insts[i].d = (rel >> 16) as u16;
    }
    for &p in &l.aux {
        l.insts.push(Inst {
            h: aux_slot::h,
            a: p as u16,
            b: (p >> 16) as u16,
            c: (p >> 32) as u16,
            d: (p >> 48) as u16,
        });
        l.names.push("aux");
    }
    code.engine.ninsts = ninsts;
    code.engine.names = l.names;
    code.insts = l.insts;
    crate::vm::CodeEngineData::set_signature(code);
}

/// The superinstruction for op `i` (which runs op `i + 1` too), if any.
/// A loop tail (op, `Loop`, head) wins; a pair is not formed when its second
/// op starts a loop tail itself (that one dispatch would be lost).
fn fusion(code: &CodeObj, i: usize) -> Option<(Handler, &'static str)> {
    let ops = &code.ops;
    // The loop head a back-edge after op `k` jumps to.
    let head = |k: usize| match ops.get(k + 1) {
        Some(Op::Loop { target }) => ops.get(*target as usize).map(|h| (h, ops.get(*target as usize + 1))),
        _ => None,
    };
    let (op, next) = (&ops[i], ops.get(i + 1)?);
    // `for a, b in ...: <nothing>`: the unpack right after the head stays
    // `unpack_seq` (the enumerate quickenings look for it there).
    let head_unpack = match (op, i.checked_sub(1).map(|k| &ops[k])) {
        (Op::UnpackSeq { src, .. }, Some(Op::ForIter { dst, .. })) => src == dst,
        _ => false,
    };
    if let Some(h) = fused_tail(op, head(i)).filter(|_| !head_unpack) {
        return Some(h);
    }
    if let Some(h) = fused_tail2(code, i, head(i + 1)) {
        return Some(h);
    }
    if fused_tail(next, head(i + 1)).is_some() {
        return None;
    }
    if let Some(h) = slice_subscript(code, i) {
        return Some(h);
    }
    if let (Op::LoadConst { k, .. }, Op::GetItem { .. }) = (op, next) {
        let str_key = code.consts.get(*k as usize).is_some_and(|c| c.is_kind(crate::heap::Kind::Str));
        return Some(if str_key { h!(fused::lc_get_item_d) } else { h!(fused::lc_get_item) });
    }
    if let (Op::Binary { op: BinOp::Add, .. }, Op::Move { .. }, Some(Op::Move { .. })) = (op, next, ops.get(i + 2)) {
        return Some(h!(fused::add_move_move));
    }
    // `r = f(x)`, `r = o.m(x)`: callee load, argument Move, call (fused.rs `load_move_call!`).
    // The registers as the fused ops assume them: callee at g, the argument at
    // g + 1 (g + 2 after a method load's self), one argument.
    match (op, next, ops.get(i + 2)) {
        (Op::LoadGlobal { dst: g, .. }, Op::Move { dst: m, .. }, Some(Op::Call { base, nargs: 1, .. }))
            if base == g && *m as u32 == *g as u32 + 1 =>
        {
            return Some(h!(fused::lg_move_call))
        }
        (Op::LoadMethod { dst: g, .. }, Op::Move { dst: m, .. }, Some(Op::CallMethod { base, nargs: 1, .. }))
            if base == g && *m as u32 == *g as u32 + 2 =>
        {
            return Some(h!(fused::load_method_move_call))
        }
        _ => {}
    }
    fused_handler(op, next)
}

/// `BuildSlice` then the `GetItem` / `SetItem` whose key it is, the slice
/// dead after that subscript: fused.rs `slice_get_item` / `slice_set_item`
/// (which leave the slice's register unwritten on their fast path).
fn slice_subscript(code: &CodeObj, i: usize) -> Option<(Handler, &'static str)> {
    let Op::BuildSlice { dst: s, .. } = code.ops[i] else { return None };
    match *code.ops.get(i + 1)? {
        // A GetItem into the slice's own register overwrites it.
        Op::GetItem { dst, obj, key } if key == s && obj != s && (dst == s || reg_dead_after(code, i + 1, s)) => {
            Some(h!(fused::slice_get_item))
        }
        Op::SetItem { obj, key, src } if key == s && obj != s && src != s && reg_dead_after(code, i + 1, s) => {
            Some(h!(fused::slice_set_item))
        }
        _ => None,
    }
}

/// Whether register `r` is dead after op `j` completes normally: on every
/// path from there (through jumps, and from each later op into the
/// exception handlers covering it) an op writes `r` before any op reads it.
/// Conservative: an op that may read `r` or only partly writes it counts as
/// a read, and a path off the end of the code as live.
fn reg_dead_after(code: &CodeObj, j: usize, r: u16) -> bool {
    let ops = &code.ops;
    let mut seen = vec![false; ops.len()];
    let mut work = successors(code, j);
    let within = |v: &[(u16, u16)]| v.iter().any(|&(b, n)| b as u32 <= r as u32 && (r as u32) < b as u32 + n as u32);
    while let Some(k) = work.pop() {
        if k >= ops.len() {
            return false;
        }
        if std::mem::replace(&mut seen[k], true) {
            continue;
        }
        let (reads, writes) = reg_effects(&ops[k]);
        if within(&reads) {
            return false;
        }
        // An op may raise before its write: its handlers are still successors.
        work.extend(handlers_of(code, k));
        if !within(&writes) {
            work.extend(successors(code, k));
        }
    }
    true
}

/// The ops that may run right after op `k` completes normally.
fn successors(code: &CodeObj, k: usize) -> Vec<usize> {
    match code.ops[k] {
        Op::Jump { target } | Op::Loop { target } => vec![target as usize],
        Op::JumpIfTrue { target, .. } | Op::JumpIfFalse { target, .. } | Op::JumpIfNotCompare { target, .. } => {
            vec![k + 1, target as usize]
        }
        Op::ForIter { exit, .. } => vec![k + 1, exit as usize],
        Op::Return { .. } | Op::Raise { .. } | Op::Reraise { .. } => vec![],
        _ => vec![k + 1],
    }
}

/// The exception handlers an exception raised by op `k` may enter.
fn handlers_of(code: &CodeObj, k: usize) -> impl Iterator<Item = usize> + '_ {
    code.exc_table.iter().filter(move |e| e.start as usize <= k && k < e.end as usize).map(|e| e.handler as usize)
}

/// Registers op `op` reads and registers it writes (without reading them
/// first), as (first, count) ranges. Every op is listed (a new op must say
/// what it does here); a register an op both reads and writes, or writes
/// only in part, is a read.
fn reg_effects(op: &Op) -> (Vec<(u16, u16)>, Vec<(u16, u16)>) {
    use Op::*;
    let one = |r: u16| (r, 1u16);
    match *op {
        Nop | Jump { .. } | Loop { .. } | PopExcept | DelGlobal { .. } | DelName { .. } => (vec![], vec![]),
        LoadConst { dst, .. } | LoadGlobal { dst, .. } | LoadName { dst, .. } | LoadBuildClass { dst } | ImportName { dst, .. } => {
            (vec![], vec![one(dst)])
        }
        Move { dst, src }
        | Unary { dst, src, .. }
        | GetIter { dst, src }
        | ListToTuple { dst, src }
        | LoadCell { dst, cell: src, .. }
        | LoadAttr { dst, obj: src, .. }
        | Yield { dst, src }
        | YieldFrom { dst, iter: src }
        | ImportFrom { dst, module: src, .. } => (vec![one(src)], vec![one(dst)]),
        CheckBound { reg, .. }
        | DelLocal { reg, .. }
        | MakeCell { reg }
        | DelCell { cell: reg, .. }
        | StoreGlobal { src: reg, .. }
        | StoreName { src: reg, .. }
        | Return { src: reg }
        | Reraise { src: reg }
        | PushExcInfo { src: reg }
        | PrintExpr { src: reg }
        | DelAttr { obj: reg, .. }
        | JumpIfTrue { src: reg, .. }
        | JumpIfFalse { src: reg, .. }
        | ImportStar { module: reg } => (vec![one(reg)], vec![]),
        StoreCell { cell: a, src: b }
        | StoreAttr { obj: a, src: b, .. }
        | DelItem { obj: a, key: b }
        | JumpIfNotCompare { a, b, .. }
        | ListAppend { list: a, src: b }
        | ListExtend { list: a, src: b }
        | SetAdd { set: a, src: b }
        | SetUpdate { set: a, src: b }
        | DictUpdate { dict: a, src: b }
        | Raise { exc: a, cause: b } => (vec![one(a), one(b)], vec![]),
        SetItem { obj: a, key: b, src: c } | DictSet { dict: a, key: b, src: c } | DictMerge { dict: a, src: b, func: c } => {
            (vec![one(a), one(b), one(c)], vec![])
        }
        LoadMethod { dst, obj, .. } => (vec![one(obj)], vec![(dst, 2)]),
        GetItem { dst, obj: a, key: b }
        | Binary { dst, a, b, .. }
        | InPlace { dst, a, b, .. }
        | Compare { dst, a, b, .. }
        | ExcMatch { dst, exc: a, ty: b } => (vec![one(a), one(b)], vec![one(dst)]),
        GetForIter { dst, src } => (vec![one(src)], vec![(dst, 3)]),
        // The iterator's state registers (an unboxed range) are read and rewritten.
        ForIter { iter, dst, .. } => (vec![(iter, 3)], vec![one(dst)]),
        BuildTuple { dst, base, n } | BuildList { dst, base, n } | BuildSet { dst, base, n, .. } | BuildString { dst, base, n } => {
            (vec![(base, n)], vec![one(dst)])
        }
        BuildDict { dst, base, n } => (vec![(base, n.saturating_mul(2))], vec![one(dst)]),
        BuildSlice { dst, base } => (vec![(base, 3)], vec![one(dst)]),
        FormatValue { dst, src, spec, .. } => (vec![one(src), one(spec)], vec![one(dst)]),
        UnpackSeq { base, src, n } => (vec![one(src)], vec![(base, n)]),
        UnpackEx { base, src, before, after } => (vec![one(src)], vec![(base, before.saturating_add(after).saturating_add(1))]),
        MakeFunction { dst, defaults, kwdefaults, closure, .. } => (vec![one(defaults), one(kwdefaults), one(closure)], vec![one(dst)]),
        Call { dst, base, nargs } | CallKw { dst, base, nargs, .. } => (vec![(base, nargs.saturating_add(1))], vec![one(dst)]),
        CallMethod { dst, base, nargs } | CallMethodKw { dst, base, nargs, .. } => (vec![(base, nargs.saturating_add(2))], vec![one(dst)]),
        CallEx { dst, func, args, kwargs } => (vec![one(func), one(args), one(kwargs)], vec![one(dst)]),
    }
}

/// Loop-tail superinstruction for `op`, `Loop`, `head` (the op the back-edge
/// jumps to), if any (handlers/fused.rs `fuse_tail!`).
fn fused_tail(op: &Op, head: Option<(&Op, Option<&Op>)>) -> Option<(Handler, &'static str)> {
    use BinOp as B;
    use CmpOp as C;
    let (head, first) = head?;
    // A `for` whose body starts with `if a < b`: the head runs that compare too.
    if let (Op::ForIter { .. }, Some(Op::JumpIfNotCompare { op: C::Lt, .. })) = (head, first) {
        match op {
            Op::Move { .. } => return Some(h!(fused::move_loop_for_lt)),
            Op::Binary { op: B::Add, .. } => return Some(h!(fused::add_loop_for_lt)),
            Op::InPlace { op: B::Add, .. } => return Some(h!(fused::inplace_add_loop_for_lt)),
            _ => {}
        }
    }
    Some(match (op, head) {
        (Op::Binary { op: B::Add, .. }, Op::ForIter { .. }) => h!(fused::add_loop_for),
        (Op::Binary { op: B::Sub, .. }, Op::ForIter { .. }) => h!(fused::sub_loop_for),
        (Op::InPlace { op: B::Add, .. }, Op::ForIter { .. }) => h!(fused::inplace_add_loop_for),
        (Op::InPlace { op: B::Sub, .. }, Op::ForIter { .. }) => h!(fused::inplace_sub_loop_for),
        (Op::Move { .. }, Op::ForIter { .. }) => h!(fused::move_loop_for),
        (Op::LoadGlobal { .. }, Op::ForIter { .. }) => h!(fused::load_global_loop_for),
        (Op::StoreAttr { .. }, Op::ForIter { .. }) => h!(fused::store_attr_loop_for),
        (Op::LoadAttr { .. }, Op::ForIter { .. }) => h!(fused::load_attr_loop_for),
        (Op::GetItem { .. }, Op::ForIter { .. }) => h!(fused::get_item_loop_for),
        (Op::SetItem { .. }, Op::ForIter { .. }) => h!(fused::set_item_loop_for),
        (Op::UnpackSeq { n: 2, .. }, Op::ForIter { .. }) => h!(fused::unpack2_loop_for),
        (Op::Binary { op: B::Add, .. }, Op::JumpIfNotCompare { op: C::Lt, .. }) => h!(fused::add_loop_jn_lt),
        (Op::InPlace { op: B::Add, .. }, Op::JumpIfNotCompare { op: C::Lt, .. }) => h!(fused::inplace_add_loop_jn_lt),
        (Op::Binary { op: B::Sub, .. }, Op::JumpIfNotCompare { op: C::Gt, .. }) => h!(fused::sub_loop_jn_gt),
        (Op::InPlace { op: B::Sub, .. }, Op::JumpIfNotCompare { op: C::Gt, .. }) => h!(fused::inplace_sub_loop_jn_gt),
        _ => return None,
    })
}

/// Two-op loop tail (`op`, `next`, `Loop`, head), if any (fused.rs
/// `fuse_tail2!`); `next` keeps its own one-op tail for jumps landing on it.
fn fused_tail2(code: &CodeObj, i: usize, head: Option<(&Op, Option<&Op>)>) -> Option<(Handler, &'static str)> {
    let (op, next) = (&code.ops[i], code.ops.get(i + 1)?);
    use BinOp as B;
    use CmpOp as C;
    Some(match (op, next, head?.0) {
        (Op::Binary { op: B::Mul, dst: t, .. }, Op::Binary { op: B::Add, a, b, .. }, Op::ForIter { .. })
            if (a == t) != (b == t) && reg_dead_after(code, i + 1, *t) =>
        {
            h!(fused::mul_add_chain_loop_for)
        }
        (Op::Binary { op: B::Mul, .. }, Op::Binary { op: B::Add, .. }, Op::ForIter { .. }) => h!(fused::mul_add_loop_for),
        (Op::Binary { op: B::Add, .. }, Op::Binary { op: B::Add, .. }, Op::JumpIfNotCompare { op: C::Lt, .. }) => {
            h!(fused::add_add_loop_jn_lt)
        }
        (Op::StoreAttr { obj: a, .. }, Op::LoadAttr { obj: b, .. }, Op::ForIter { .. }) if a == b => {
            h!(fused::store_attr_load_attr_loop_for)
        }
        (Op::SetItem { obj: a, .. }, Op::GetItem { obj: b, .. }, Op::ForIter { .. }) if a == b => {
            h!(fused::set_item_get_item_same_loop_for)
        }
        (Op::SetItem { .. }, Op::GetItem { .. }, Op::ForIter { .. }) => h!(fused::set_item_get_item_loop_for),
        (Op::GetItem { .. }, Op::SetItem { .. }, Op::ForIter { .. }) => h!(fused::get_item_set_item_loop_for),
        _ => return None,
    })
}

/// Superinstruction for the pair (`op`, `next`), if any (handlers/fused.rs).
/// The operands stay those of `op`; `next` keeps its own instruction.
fn fused_handler(op: &Op, next: &Op) -> Option<(Handler, &'static str)> {
    use CmpOp as C;
    Some(match (op, next) {
        (Op::LoadConst { .. }, Op::Binary { op: b, .. }) => match b {
            BinOp::Add => h!(fused::lc_add),
            BinOp::Sub => h!(fused::lc_sub),
            BinOp::Mul => h!(fused::lc_mul),
            BinOp::Mod => h!(fused::lc_mod),
            BinOp::FloorDiv => h!(fused::lc_floordiv),
            BinOp::TrueDiv => h!(fused::lc_truediv),
            _ => return None,
        },
        (Op::LoadConst { .. }, Op::InPlace { op: BinOp::Add, .. }) => h!(fused::lc_inplace_add),
        (Op::LoadConst { .. }, Op::InPlace { op: BinOp::Sub, .. }) => h!(fused::lc_inplace_sub),
        (Op::LoadConst { .. }, Op::JumpIfNotCompare { op: c, .. }) => match c {
            C::Lt => h!(fused::lc_jn_lt),
            C::Le => h!(fused::lc_jn_le),
            C::Gt => h!(fused::lc_jn_gt),
            C::Ge => h!(fused::lc_jn_ge),
            C::Eq => h!(fused::lc_jn_eq),
            C::Ne => h!(fused::lc_jn_ne),
            _ => return None,
        },
        (Op::LoadConst { .. }, Op::Compare { op: c, .. }) => match c {
            C::Lt => h!(fused::lc_lt),
            C::Eq => h!(fused::lc_eq),
            C::Ne => h!(fused::lc_ne),
            _ => return None,
        },
        (Op::Binary { op: BinOp::Add, .. }, Op::Loop { .. }) => h!(fused::add_loop),
        (Op::Binary { op: BinOp::Sub, .. }, Op::Loop { .. }) => h!(fused::sub_loop),
        (Op::InPlace { op: BinOp::Add, .. }, Op::Loop { .. }) => h!(fused::inplace_add_loop),
        (Op::InPlace { op: BinOp::Sub, .. }, Op::Loop { .. }) => h!(fused::inplace_sub_loop),
        (Op::Move { .. }, Op::Loop { .. }) => h!(fused::move_loop),
        (Op::Move { .. }, Op::Move { .. }) => h!(fused::move_move),
        (Op::LoadGlobal { .. }, Op::LoadConst { .. }) => h!(fused::lg_lc),
        (Op::LoadGlobal { .. }, Op::Move { .. }) => h!(fused::lg_move),
        (Op::LoadMethod { .. }, Op::Move { .. }) => h!(fused::load_method_move),
        (Op::Compare { op: c, .. }, Op::JumpIfTrue { .. }) => match c {
            C::Eq => h!(fused::eq_jt),
            C::Ne => h!(fused::ne_jt),
            C::Lt => h!(fused::lt_jt),
            C::Gt => h!(fused::gt_jt),
            _ => return None,
        },
        (Op::Compare { op: C::Eq, .. }, Op::JumpIfFalse { .. }) => h!(fused::eq_jf),
        (Op::Binary { op: a, .. }, Op::Binary { op: b, .. }) | (Op::Binary { op: a, .. }, Op::InPlace { op: b, .. }) => {
            let inplace = matches!(next, Op::InPlace { .. });
            match (a, b, inplace) {
                (BinOp::Mul, BinOp::Add, false) => h!(fused::mul_add),
                (BinOp::Mul, BinOp::Sub, false) => h!(fused::mul_sub),
                (BinOp::Mul, BinOp::Mul, false) => h!(fused::mul_mul),
                (BinOp::Mul, BinOp::Add, true) => h!(fused::mul_inplace_add),
                (BinOp::Mul, BinOp::Sub, true) => h!(fused::mul_inplace_sub),
                (BinOp::Add, BinOp::Add, false) => h!(fused::add_add),
                (BinOp::Add, BinOp::Sub, false) => h!(fused::add_sub),
                (BinOp::Add, BinOp::Mul, false) => h!(fused::add_mul),
                (BinOp::Sub, BinOp::Sub, false) => h!(fused::sub_sub),
                (BinOp::Sub, BinOp::Add, false) => h!(fused::sub_add),
                (BinOp::Sub, BinOp::Mul, false) => h!(fused::sub_mul),
                _ => return None,
            }
        }
        _ => return None,
    })
}

fn link_op(l: &mut Linker, code: &CodeObj, op: Op) {
    let k = |i: u32| code.consts[i as usize];
    let nm = |i: u32| code.names[i as usize];
    match op {
        Op::Nop => {
            l.emit(h!(control::nop), 0, 0, 0, 0);
        }
        // a = dst, cd -> const
        Op::LoadConst { dst, k: i } => l.emit_shared(h!(locals::load_const), dst, 0, KCONST, i, k(i)),
        Op::Move { dst, src } => {
            l.emit(h!(locals::move_), dst, src, 0, 0);
        }
        Op::CheckBound { reg, name } => l.emit_shared(h!(locals::check_bound), reg, 0, KNAME, name, nm(name)),
        Op::DelLocal { reg, name } => l.emit_shared(h!(locals::del_local), reg, 0, KNAME, name, nm(name)),
        // aux = [name, cached globals entry index + 1]
        Op::LoadGlobal { dst, name } => l.emit_aux(h!(locals::load_global), dst, 0, &[nm(name).raw(), 0, 0, 0]),
        Op::StoreGlobal { name, src } => l.emit_shared(h!(locals::store_global), src, 0, KNAME, name, nm(name)),
        Op::DelGlobal { name } => l.emit_shared(h!(locals::del_global), 0, 0, KNAME, name, nm(name)),
        Op::LoadName { dst, name } => l.emit_shared(h!(locals::load_name), dst, 0, KNAME, name, nm(name)),
        Op::StoreName { name, src } => l.emit_shared(h!(locals::store_name), src, 0, KNAME, name, nm(name)),
        Op::DelName { name } => l.emit_shared(h!(locals::del_name), 0, 0, KNAME, name, nm(name)),
        Op::MakeCell { reg } => {
            l.emit(h!(locals::make_cell), reg, 0, 0, 0);
        }
        Op::LoadCell { dst, cell, name } => l.emit_shared(h!(locals::load_cell), dst, cell, KNAME, name, nm(name)),
        Op::StoreCell { cell, src } => {
            l.emit(h!(locals::store_cell), cell, src, 0, 0);
        }
        Op::DelCell { cell, name } => l.emit_shared(h!(locals::del_cell), cell, 0, KNAME, name, nm(name)),
        // a = dst/obj, b = obj/src, aux = [name, cached class, class version, cached value]
        Op::LoadAttr { dst, obj, name } => l.emit_aux(h!(attrs::load_attr), dst, obj, &[nm(name).raw(), 0, 0, 0]),
        Op::StoreAttr { obj, name, src } => l.emit_aux(h!(attrs::store_attr), obj, src, &[nm(name).raw(), 0, 0, 0]),
        Op::DelAttr { obj, name } => l.emit_shared(h!(attrs::del_attr), obj, 0, KNAME, name, nm(name)),
        Op::LoadMethod { dst, obj, name } => l.emit_aux(h!(attrs::load_method), dst, obj, &[nm(name).raw(), 0, 0, 0]),
        Op::GetItem { dst, obj, key } => {
            l.emit(h!(quick::get_item), dst, obj, key, 0);
        }
        Op::SetItem { obj, key, src } => {
            l.emit(h!(quick::set_item), obj, key, src, 0);
        }
        Op::DelItem { obj, key } => {
            l.emit(h!(attrs::del_item), obj, key, 0, 0);
        }
        // a = dst, b = lhs, c = rhs, d = op
        Op::Binary { op, dst, a, b } => {
            let h = match op {
                BinOp::Add => h!(arith::add),
                BinOp::Sub => h!(arith::sub),
                BinOp::Mul => h!(arith::mul),
                BinOp::TrueDiv => h!(arith::truediv),
                BinOp::FloorDiv => h!(arith::floordiv),
                BinOp::Mod => h!(arith::mod_),
                BinOp::And => h!(arith::and),
                BinOp::Or => h!(arith::or),
                BinOp::Xor => h!(arith::xor),
                _ => h!(arith::binary),
            };
            l.emit(h, dst, a, b, op as u16);
        }
        Op::InPlace { op, dst, a, b } => {
            let h = match op {
                BinOp::Add => h!(arith::inplace_add),
                BinOp::Sub => h!(arith::inplace_sub),
                _ => h!(arith::inplace),
            };
            l.emit(h, dst, a, b, op as u16);
        }
        // a = dst, b = src, c = op
        Op::Unary { op, dst, src } => {
            let h = match op {
                UnOp::Neg => h!(arith::neg),
                UnOp::Not => h!(arith::not),
                _ => h!(arith::unary),
            };
            l.emit(h, dst, src, op as u16, 0);
        }
        // a = dst, b = lhs, c = rhs, d = op
        Op::Compare { op, dst, a, b } => {
            let h = match op {
                CmpOp::Lt => h!(compare::lt),
                CmpOp::Le => h!(compare::le),
                CmpOp::Eq => h!(compare::eq),
                CmpOp::Ne => h!(compare::ne),
                CmpOp::Gt => h!(compare::gt),
                CmpOp::Ge => h!(compare::ge),
                CmpOp::Is => h!(compare::is),
                CmpOp::IsNot => h!(compare::is_not),
                _ => h!(compare::compare),
            };
            l.emit(h, dst, a, b, op as u16);
        }
        Op::Jump { target } => l.emit_jump(h!(control::jump), 0, 0, target),
        Op::Loop { target } => l.emit_jump(h!(control::loop_), 0, 0, target),
        Op::JumpIfTrue { src, target } => l.emit_jump(h!(control::jump_if_true), src, 0, target),
        Op::JumpIfFalse { src, target } => l.emit_jump(h!(control::jump_if_false), src, 0, target),
        // a = lhs, b = rhs, cd = target (taken when the comparison is false)
        Op::JumpIfNotCompare { op, a, b, target } => {
            let h = match op {
                CmpOp::Lt => h!(compare::jn_lt),
                CmpOp::Le => h!(compare::jn_le),
                CmpOp::Eq => h!(compare::jn_eq),
                CmpOp::Ne => h!(compare::jn_ne),
                CmpOp::Gt => h!(compare::jn_gt),
                CmpOp::Ge => h!(compare::jn_ge),
                CmpOp::Is => h!(compare::jn_is),
                CmpOp::IsNot => h!(compare::jn_is_not),
                CmpOp::In => h!(compare::jn_in),
                CmpOp::NotIn => h!(compare::jn_not_in),
            };
            l.emit_jump(h, a, b, target);
        }
        Op::GetIter { dst, src } => {
            l.emit(h!(iter::get_iter), dst, src, 0, 0);
        }
        // a = dst (dst+1, dst+2 reserved), b = src
        Op::GetForIter { dst, src } => {
            l.for_regs.push(dst);
            l.emit(h!(iter::get_for_iter), dst, src, 0, 0);
        }
        // a = iter, b = dst, cd = exit
        Op::ForIter { iter, dst, exit } => {
            // After a GetForIter on the same register: maybe an unboxed range.
            let h = if l.for_regs.contains(&iter) { h!(iter::for_range) } else { h!(iter::for_iter) };
            l.emit_jump(h, iter, dst, exit)
        }
        Op::BuildTuple { dst, base, n } => {
            l.emit(h!(containers::build_tuple), dst, base, n, 0);
        }
        Op::BuildList { dst, base, n } => {
            l.emit(h!(containers::build_list), dst, base, n, 0);
        }
        Op::BuildSet { dst, base, n, consts } => {
            l.emit(h!(containers::build_set), dst, base, n, consts as u16);
        }
        Op::BuildDict { dst, base, n } => {
            l.emit(h!(containers::build_dict), dst, base, n, 0);
        }
        Op::BuildSlice { dst, base } => {
            l.emit(h!(containers::build_slice), dst, base, 0, 0);
        }
        Op::BuildString { dst, base, n } => {
            l.emit(h!(containers::build_string), dst, base, n, 0);
        }
        Op::FormatValue { dst, src, conv, spec } => {
            l.emit(h!(containers::format_value), dst, src, conv as u16, spec);
        }
        Op::ListAppend { list, src } => {
            l.emit(h!(containers::list_append), list, src, 0, 0);
        }
        Op::ListExtend { list, src } => {
            l.emit(h!(containers::list_extend), list, src, 0, 0);
        }
        Op::SetAdd { set, src } => {
            l.emit(h!(containers::set_add), set, src, 0, 0);
        }
        Op::SetUpdate { set, src } => {
            l.emit(h!(containers::set_update), set, src, 0, 0);
        }
        Op::DictSet { dict, key, src } => {
            l.emit(h!(containers::dict_set), dict, key, src, 0);
        }
        Op::DictUpdate { dict, src } => {
            l.emit(h!(containers::dict_update), dict, src, 0, 0);
        }
        Op::DictMerge { dict, src, func } => {
            l.emit(h!(containers::dict_merge), dict, src, func, 0);
        }
        Op::ListToTuple { dst, src } => {
            l.emit(h!(containers::list_to_tuple), dst, src, 0, 0);
        }
        Op::UnpackSeq { base, src, n } => {
            l.emit(h!(containers::unpack_seq), base, src, n, 0);
        }
        Op::UnpackEx { base, src, before, after } => {
            l.emit(h!(containers::unpack_ex), base, src, before, after);
        }
        // a = dst, b = defaults, aux = [code, kwdefaults | closure << 16]
        Op::MakeFunction { dst, code: ci, defaults, kwdefaults, closure } => {
            let extra = (kwdefaults as u64) | ((closure as u64) << 16);
            l.emit_aux(h!(calls::make_function), dst, defaults, &[k(ci).raw(), extra]);
        }
        // a = dst, b = base, c = nargs
        Op::Call { dst, base, nargs } => {
            l.emit(h!(calls::call), dst, base, nargs, 0);
        }
        // a = dst, b = base, aux = [kwnames, nargs]
        Op::CallKw { dst, base, nargs, kwnames } => {
            l.emit_aux(h!(calls::call_kw), dst, base, &[k(kwnames).raw(), nargs as u64]);
        }
        Op::CallEx { dst, func, args, kwargs } => {
            l.emit(h!(calls::call_ex), dst, func, args, kwargs);
        }
        Op::CallMethod { dst, base, nargs } => {
            l.emit(h!(calls::call_method), dst, base, nargs, 0);
        }
        Op::CallMethodKw { dst, base, nargs, kwnames } => {
            l.emit_aux(h!(calls::call_method_kw), dst, base, &[k(kwnames).raw(), nargs as u64]);
        }
        Op::Return { src } => {
            l.emit(h!(calls::return_), src, 0, 0, 0);
        }
        Op::LoadBuildClass { dst } => {
            l.emit(h!(calls::load_build_class), dst, 0, 0, 0);
        }
        Op::Yield { dst, src } => {
            l.emit(h!(gen_ops::yield_), dst, src, 0, 0);
        }
        Op::YieldFrom { dst, iter } => {
            l.emit(h!(gen_ops::yield_from), dst, iter, 0, 0);
        }
        Op::Raise { exc, cause } => {
            l.emit(h!(exc::raise), exc, cause, 0, 0);
        }
        Op::Reraise { src } => {
            l.emit(h!(exc::reraise), src, 0, 0, 0);
        }
        Op::PushExcInfo { src } => {
            l.emit(h!(exc::push_exc_info), src, 0, 0, 0);
        }
        Op::PopExcept => {
            l.emit(h!(exc::pop_except), 0, 0, 0, 0);
        }
        Op::ExcMatch { dst, exc, ty } => {
            l.emit(h!(exc::exc_match), dst, exc, ty, 0);
        }
        // a = dst, b = level, aux = [name, fromlist]
        Op::ImportName { dst, name, fromlist, level } => {
            l.emit_aux(h!(exc::import_name), dst, level, &[nm(name).raw(), k(fromlist).raw()]);
        }
        Op::ImportFrom { dst, module, name } => {
            l.emit_shared(h!(exc::import_from), dst, module, KNAME, name, nm(name))
        }
        Op::ImportStar { module } => {
            l.emit(h!(exc::import_star), module, 0, 0, 0);
        }
        Op::PrintExpr { src } => {
            l.emit(h!(exc::print_expr), src, 0, 0, 0);
        }
    }
}
