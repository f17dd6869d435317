//! The compiler's own form of a code object before it becomes heap values:
//! constants as plain Rust data (`Const`), names as `String`s. `materialise`
//! turns a finished `Unit` into a `CodeObj` on the heap (the only place the
//! compiler allocates runtime values), and the disassembler can print either.

use super::code::*;
use crate::heap::{Kind, ObjHeader};
use crate::value::Value;
use crate::Ctx;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// slice(start, stop, step) of int/None constants (`a[:]`, `a[::-1]`).
    Slice(Box<[Const; 3]>),
    Code(Box<Unit>),
    /// A runtime helper called like a function (see `Intrinsic`).
    Intrinsic(Intrinsic),
}

/// Runtime helpers the compiler calls like functions (no op of their own:
/// they run only on `except*`'s exceptional path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `(match, rest)` of the exception `rest` against an `except*` clause's type.
    ExceptStarMatch,
    /// What an `except*` statement re-raises: (original, [raised..., unhandled rest]) -> exception or None.
    PrepReraiseStar,
}

/// Append `n` in decimal (`write!` goes through the formatting machinery;
/// every constant of every compiled module gets a key).
fn push_decimal(s: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        s.push(d as char);
    }
}

impl Const {
    /// Dedup key: equal keys = interchangeable constants (type-exact; floats by bits).
    /// Code objects are never shared.
    pub fn key(&self) -> Option<String> {
        let mut s = String::with_capacity(match self {
            Const::Str(t) => t.len() + 8,
            _ => 16,
        });
        self.write_key(&mut s)?;
        Some(s)
    }
    fn write_key(&self, s: &mut String) -> Option<()> {
        use std::fmt::Write;
        match self {
            Const::None => s.push('N'),
            Const::Bool(b) => s.push(if *b { 'T' } else { 'F' }),
            Const::Int(i) => {
                s.push('i');
                match i64::try_from(i) {
                    Ok(v) => {
                        if v < 0 {
                            s.push('-');
                        }
                        push_decimal(s, v.unsigned_abs());
                    }
                    Err(_) => {
                        let _ = write!(s, "{}", i);
                    }
                }
                s.push(';');
            }
            Const::Float(f) => {
                let _ = write!(s, "f{};", f.to_bits());
            }
            Const::Complex(a, b) => {
                let _ = write!(s, "c{},{};", a.to_bits(), b.to_bits());
            }
            Const::Str(t) => {
                s.push('s');
                push_decimal(s, t.len() as u64);
                s.push(':');
                s.push_str(t);
            }
            Const::Bytes(b) => {
                let _ = write!(s, "b{}:{:?}", b.len(), b);
            }
            Const::Ellipsis => s.push('E'),
            Const::Tuple(items) => {
                let _ = write!(s, "t{}(", items.len());
                for i in items {
                    i.write_key(s)?;
                }
                s.push(')');
            }
            Const::Slice(p) => {
                s.push_str("sl(");
                for i in p.iter() {
                    i.write_key(s)?;
                }
                s.push(')');
            }
            Const::Code(_) => return None,
            Const::Intrinsic(i) => {
                let _ = write!(s, "I{:?}", i);
            }
        }
        Some(())
    }

    /// Python truthiness of a constant.
    pub fn truthy(&self) -> bool {
        match self {
            Const::None => false,
            Const::Bool(b) => *b,
            Const::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            Const::Float(f) => *f != 0.0,
            Const::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Ellipsis => true,
            Const::Tuple(t) => !t.is_empty(),
            Const::Slice(_) | Const::Code(_) | Const::Intrinsic(_) => true,
        }
    }
}

/// A finished code unit (see `CodeObj` for field meanings).
#[derive(Clone, Debug, Default)]
pub struct Unit {
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub nregs: u16,
    pub varnames: Vec<String>,
    pub freevar_regs: Vec<R>,
    pub freevars: Vec<String>,
    pub cellvars: Vec<(String, R)>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    pub positions: Vec<Pos>,
    pub exc_table: Vec<ExcEntry>,
}

fn is_identifier_like(s: &str) -> bool {
    s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Allocate the constant as a runtime value.
pub fn const_value(cx: &mut Ctx, c: Const, filename: Value) -> Value {
    match c {
        Const::None => Value::none(),
        Const::Bool(b) => Value::bool(b),
        Const::Int(i) => match i.to_i64() {
            Some(x) => cx.new_int(x),
            None => cx.new_bigint(i),
        },
        Const::Float(f) => cx.new_float(f),
        Const::Complex(re, im) => crate::builtins::complex::new_complex(cx, crate::heap::complex::Complex { re, im }),
        Const::Str(s) => {
            if is_identifier_like(&s) {
                cx.intern(&s)
            } else {
                cx.new_string(s)
            }
        }
        Const::Bytes(b) => cx.new_bytes(b),
        Const::Ellipsis => Value::ellipsis(),
        Const::Tuple(items) => {
            let vs: Vec<Value> = items.into_iter().map(|c| const_value(cx, c, filename)).collect();
            cx.new_tuple(vs)
        }
        Const::Slice(p) => {
            let [a, b, c] = *p;
            let (a, b, c) = (const_value(cx, a, filename), const_value(cx, b, filename), const_value(cx, c, filename));
            cx.new_slice(a, b, c)
        }
        Const::Code(u) => materialise(cx, *u, filename),
        Const::Intrinsic(i) => crate::builtins::excgroup::intrinsic(cx, i),
    }
}

/// Build the heap `CodeObj` for a unit (and, recursively, its nested code constants).
pub fn materialise(cx: &mut Ctx, u: Unit, filename: Value) -> Value {
    let name = cx.intern(&u.name);
    let qualname = cx.intern(&u.qualname);
    let varnames = u.varnames.iter().map(|s| cx.intern(s)).collect();
    let freevars = u.freevars.iter().map(|s| cx.intern(s)).collect();
    let cellvars = u.cellvars.iter().map(|(s, r)| (cx.intern(s), *r)).collect();
    let names = u.names.iter().map(|s| cx.intern(s)).collect();
    let consts = u.consts.into_iter().map(|c| const_value(cx, c, filename)).collect();
    let cls = cx.rt.types.code;
    cx.alloc_obj(CodeObj {
        h: ObjHeader::new(cls, Kind::Code),
        name,
        qualname,
        filename,
        firstlineno: u.firstlineno,
        flags: u.flags,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        nregs: u.nregs,
        varnames,
        freevar_regs: u.freevar_regs,
        freevars,
        cellvars,
        consts,
        names,
        ops: u.ops,
        lines: u.lines,
        positions: u.positions,
        exc_table: u.exc_table,
        insts: Vec::new(),
        engine: Default::default(),
    })
}
