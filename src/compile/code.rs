//! The compact bytecode (`Op`) and the code object: the contract between the
//! compiler (src/compile) and the engine (src/vm). `tauraro dis` prints `Op`s;
//! the VM's link step pre-decodes them into `Inst`s (handler pointer + operands).
//!
//! Operand naming: `R` = frame register index (locals first, then temporaries),
//! `K` = index into `consts`, `N` = index into `names` (interned str),
//! `T` = absolute instruction index (jump target), `NO_REG` = "absent".
//!
//! Register conventions the compiler guarantees:
//! * Registers `0 .. argcount+kwonlyargcount (+1 for *args) (+1 for **kwargs)` hold the
//!   parameters in signature order; the VM's call binds arguments there.
//! * Temporaries are allocated as a stack above the locals. For `Call`/`CallKw`/
//!   `CallMethod`, the callee and arguments occupy consecutive registers
//!   `base ..= base+nargs(+1)` and are the highest live registers at that point,
//!   so the engine may place the callee's frame over them (no copy).
//! * Variables captured by inner functions live in cells: their register holds a
//!   `CellObj` (`LoadCell`/`StoreCell`); free variables' cells are copied from the
//!   closure into registers `freevar_regs` at frame entry; parameters that are
//!   cells are wrapped by `MakeCell` at the start of the body.
//! * A local read that may see an unbound variable is preceded by `CheckBound`.

use crate::heap::{Heap, ObjHeader, Trace};
use crate::value::Value;

pub type R = u16;
pub type K = u32;
pub type N = u32;
pub type T = u32;
pub const NO_REG: R = u16::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    // ---- registers, constants, names ----
    LoadConst { dst: R, k: K },
    Move { dst: R, src: R },
    /// UnboundLocalError (or NameError for free vars) if `reg` is unbound; `name` for the message.
    CheckBound { reg: R, name: N },
    /// `del x` for a local: error if unbound, then unbind.
    DelLocal { reg: R, name: N },
    LoadGlobal { dst: R, name: N },
    StoreGlobal { name: N, src: R },
    DelGlobal { name: N },
    /// Class bodies (CO_CLASS_BODY): the namespace dict is register 0 (the body
    /// function's only argument, passed by `__build_class__`); lookup falls back to
    /// globals, then builtins. Module code uses LoadGlobal/StoreGlobal instead.
    LoadName { dst: R, name: N },
    StoreName { name: N, src: R },
    DelName { name: N },
    /// `reg` := new cell containing the current value of `reg` (UNBOUND allowed).
    MakeCell { reg: R },
    LoadCell { dst: R, cell: R, name: N },
    StoreCell { cell: R, src: R },
    DelCell { cell: R, name: N },
    // ---- attributes, items ----
    LoadAttr { dst: R, obj: R, name: N },
    StoreAttr { obj: R, name: N, src: R },
    DelAttr { obj: R, name: N },
    /// dst := unbound method (or attribute), dst+1 := self (or UNBOUND when `dst` is a plain callable).
    LoadMethod { dst: R, obj: R, name: N },
    GetItem { dst: R, obj: R, key: R },
    SetItem { obj: R, key: R, src: R },
    DelItem { obj: R, key: R },
    // ---- operators ----
    Binary { op: BinOp, dst: R, a: R, b: R },
    /// Augmented assignment (`a += b`): tries `__iadd__` etc. first.
    InPlace { op: BinOp, dst: R, a: R, b: R },
    Unary { op: UnOp, dst: R, src: R },
    Compare { op: CmpOp, dst: R, a: R, b: R },
    // ---- control flow ----
    Jump { target: T },
    /// Backward jump: the safepoint (GC, signals, JIT hot counter).
    Loop { target: T },
    JumpIfTrue { src: R, target: T },
    JumpIfFalse { src: R, target: T },
    /// Fused compare + branch: jump to `target` when `a <op> b` is false.
    JumpIfNotCompare { op: CmpOp, a: R, b: R, target: T },
    // ---- iteration ----
    GetIter { dst: R, src: R },
    /// As `GetIter`, for a `for` loop of this code whose `ForIter` reads `dst`;
    /// `dst+1`, `dst+2` are reserved for it. A range of small ints (step > 0)
    /// may be kept unboxed: `dst` = cursor, `dst+1` = stop, `dst+2` = step
    /// (small ints); `ForIter` on a small-int `dst` steps that cursor.
    GetForIter { dst: R, src: R },
    /// dst := next(iter), or jump to `exit` when exhausted.
    ForIter { iter: R, dst: R, exit: T },
    // ---- building ----
    BuildTuple { dst: R, base: R, n: u16 },
    BuildList { dst: R, base: R, n: u16 },
    /// `consts`: every item is a constant (CPython folds such displays into a frozenset
    /// and merges it into a new set, which decides the element order).
    BuildSet { dst: R, base: R, n: u16, consts: bool },
    /// `n` key/value pairs in base, base+1, ...
    BuildDict { dst: R, base: R, n: u16 },
    /// slice(base, base+1, base+2)
    BuildSlice { dst: R, base: R },
    /// Concatenate `n` strs (f-strings).
    BuildString { dst: R, base: R, n: u16 },
    /// format(src, spec) after conversion (0 none, b's', b'r', b'a'); spec = NO_REG for "".
    FormatValue { dst: R, src: R, conv: u8, spec: R },
    ListAppend { list: R, src: R },
    ListExtend { list: R, src: R },
    SetAdd { set: R, src: R },
    SetUpdate { set: R, src: R },
    DictSet { dict: R, key: R, src: R },
    /// `{**src}` in displays.
    DictUpdate { dict: R, src: R },
    /// `f(**src)`: like DictUpdate but TypeError on duplicate keys / non-str keys.
    DictMerge { dict: R, src: R, func: R },
    ListToTuple { dst: R, src: R },
    /// Unpack exactly `n` items of `src` into base..base+n.
    UnpackSeq { base: R, src: R, n: u16 },
    /// `a, *b, c = src`: `before` items, a list, `after` items into base...
    UnpackEx { base: R, src: R, before: u16, after: u16 },
    // ---- functions and calls ----
    /// Build a function from code const `code`; `defaults` = tuple reg or NO_REG;
    /// `kwdefaults` = dict reg or NO_REG; `closure` = tuple-of-cells reg or NO_REG.
    MakeFunction { dst: R, code: K, defaults: R, kwdefaults: R, closure: R },
    /// dst := base(base+1, ..., base+nargs)
    Call { dst: R, base: R, nargs: u16 },
    /// As Call; the last `len(consts[kwnames])` args are keyword args named by that tuple const.
    CallKw { dst: R, base: R, nargs: u16, kwnames: K },
    /// dst := func(*args, **kwargs); args = tuple reg, kwargs = dict reg or NO_REG.
    CallEx { dst: R, func: R, args: R, kwargs: R },
    /// After LoadMethod at base: dst := base(base+1 (if bound), base+2, ..., base+1+nargs)
    CallMethod { dst: R, base: R, nargs: u16 },
    /// As CallMethod with keyword names (`kwnames` tuple const).
    CallMethodKw { dst: R, base: R, nargs: u16, kwnames: K },
    Return { src: R },
    /// dst := the `__build_class__` builtin.
    LoadBuildClass { dst: R },
    // ---- generators ----
    /// Suspend, yielding `src`; on resume the sent value goes to `dst`.
    Yield { dst: R, src: R },
    /// `yield from iter` (iter is already an iterator); result into `dst`.
    YieldFrom { dst: R, iter: R },
    // ---- exceptions ----
    /// raise exc [from cause]; both NO_REG = bare `raise`.
    Raise { exc: R, cause: R },
    /// Re-raise the exception in `src` keeping its traceback (end of finally / unmatched except).
    Reraise { src: R },
    /// Push `src` as the currently handled exception (`sys.exc_info()`, implicit chaining, bare raise).
    PushExcInfo { src: R },
    /// Pop the handled exception pushed by the matching PushExcInfo.
    PopExcept,
    /// dst := isinstance(exc, ty) for `except ty:` (TypeError if ty is not an exception class/tuple).
    ExcMatch { dst: R, exc: R, ty: R },
    // ---- modules ----
    /// dst := import of `names[name]` with fromlist const `fromlist` and relative `level`.
    ImportName { dst: R, name: N, fromlist: K, level: u16 },
    /// dst := getattr(module, name) (ImportError "cannot import name" on failure).
    ImportFrom { dst: R, module: R, name: N },
    ImportStar { module: R },
    /// REPL: echo repr(src) through sys.displayhook.
    PrintExpr { src: R },
}

/// Code flags.
pub const CO_VARARGS: u32 = 1;
pub const CO_VARKEYWORDS: u32 = 2;
pub const CO_GENERATOR: u32 = 4;
pub const CO_MODULE: u32 = 8;
pub const CO_CLASS_BODY: u32 = 16;
pub const CO_COROUTINE: u32 = 32;

/// Exception table entry: an exception raised at an instruction in
/// `start..end` stores the exception object in register `exc_reg` and jumps to
/// `handler`, after truncating the handled-exception stack to `depth` entries
/// above the frame's base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: T,
    pub end: T,
    pub handler: T,
    pub exc_reg: R,
    pub depth: u16,
}

/// Source position of an op beyond its line (CPython's `co_positions`): the span of the
/// AST node the op executes. Columns are 0-based UTF-8 byte offsets into the source line.
/// Tracebacks use it for the `^^^^` / `~~^~~` marker lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[repr(C)]
pub struct CodeObj {
    pub h: ObjHeader,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub flags: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    /// Frame size in registers.
    pub nregs: u16,
    /// Names of registers 0..varnames.len() (parameters first), interned strs.
    pub varnames: Vec<Value>,
    /// Registers that receive the closure's cells at frame entry (in closure order).
    pub freevar_regs: Vec<R>,
    /// Names of free variables (for the closure tuple order), interned strs.
    pub freevars: Vec<Value>,
    /// Names of this code's cell variables and their registers (inner functions capture them).
    pub cellvars: Vec<(Value, R)>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub ops: Vec<Op>,
    /// Source line of each op (same length as `ops`).
    pub lines: Vec<u32>,
    /// Source span of each op (same length as `ops`; see `Pos`).
    pub positions: Vec<Pos>,
    pub exc_table: Vec<ExcEntry>,
    /// The VM's pre-decoded form (filled by `vm::link`); empty until linked.
    pub insts: Vec<crate::vm::Inst>,
    /// Per-code engine data (JIT counters etc.), owned by the VM.
    pub engine: crate::vm::CodeEngineData,
}

impl CodeObj {
    /// Source line of instruction `ip` (0 if unknown).
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }
}

impl Trace for CodeObj {
    fn trace(&self, m: &mut Heap) {
        m.mark(self.name);
        m.mark(self.qualname);
        m.mark(self.filename);
        m.mark_all(&self.varnames);
        m.mark_all(&self.freevars);
        for &(n, _) in &self.cellvars {
            m.mark(n);
        }
        m.mark_all(&self.consts);
        m.mark_all(&self.names);
    }
}
