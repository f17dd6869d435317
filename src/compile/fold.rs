//! Constant folding of literal expressions. Only folds what cannot raise and
//! stays small; results match CPython exactly (anything doubtful is left to
//! the runtime).

use super::unit::Const;
use crate::syntax::ast::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Largest folded int, in bits (bigger results are computed at run time).
const MAX_INT_BITS: u64 = 128;
/// Largest folded str, in bytes.
const MAX_STR: usize = 4096;

/// The constant value of `e`, if it is a literal or a foldable expression of literals.
pub fn fold(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(from_ast(c)),
        ExprKind::UnaryOp { op, operand } => unary(*op, fold(operand)?),
        ExprKind::BinOp { left, op, right } => binary(*op, fold(left)?, fold(right)?),
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
            let mut v = Vec::with_capacity(elts.len());
            for x in elts {
                if matches!(x.kind, ExprKind::Starred { .. }) {
                    return None;
                }
                v.push(fold(x)?);
            }
            Some(Const::Tuple(v))
        }
        ExprKind::Slice { lower, upper, step } => {
            let part = |x: &Option<Box<Expr>>| -> Option<Const> {
                match x {
                    None => Some(Const::None),
                    Some(e) => match fold(e)? {
                        c @ (Const::Int(_) | Const::None) => Some(c),
                        _ => None,
                    },
                }
            };
            Some(Const::Slice(Box::new([part(lower)?, part(upper)?, part(step)?])))
        }
        _ => None,
    }
}

pub fn from_ast(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

enum Num {
    I(BigInt),
    F(f64),
}

fn num(c: &Const) -> Option<Num> {
    match c {
        Const::Int(i) => Some(Num::I(i.clone())),
        Const::Bool(b) => Some(Num::I(BigInt::from(*b as i32))),
        Const::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// Exact int -> float conversion only (|i| <= 2^53).
fn exact_f(i: &BigInt) -> Option<f64> {
    let x = i.to_i64()?;
    if x.unsigned_abs() <= 1u64 << 53 {
        Some(x as f64)
    } else {
        None
    }
}

fn small_int(i: BigInt) -> Option<Const> {
    if i.bits() <= MAX_INT_BITS {
        Some(Const::Int(i))
    } else {
        None
    }
}

fn unary(op: UnaryOp, c: Const) -> Option<Const> {
    if op == UnaryOp::Not {
        return match c {
            Const::Code(_) | Const::Intrinsic(_) => None,
            _ => Some(Const::Bool(!c.truthy())),
        };
    }
    match (op, num(&c)?) {
        (UnaryOp::USub, Num::I(i)) => Some(Const::Int(-i)),
        (UnaryOp::UAdd, Num::I(i)) => Some(Const::Int(i)),
        (UnaryOp::Invert, Num::I(i)) => Some(Const::Int(-i - 1)),
        (UnaryOp::USub, Num::F(f)) => Some(Const::Float(-f)),
        (UnaryOp::UAdd, Num::F(f)) => Some(Const::Float(f)),
        _ => None,
    }
}

fn binary(op: Operator, a: Const, b: Const) -> Option<Const> {
    if let (Const::Str(x), Const::Str(y)) = (&a, &b) {
        return if op == Operator::Add && x.len() + y.len() <= MAX_STR {
            Some(Const::Str(format!("{}{}", x, y)))
        } else {
            None
        };
    }
    if let (Const::Bool(x), Const::Bool(y)) = (&a, &b) {
        // bool & | ^ bool stays a bool.
        return match op {
            Operator::BitAnd => Some(Const::Bool(*x & *y)),
            Operator::BitOr => Some(Const::Bool(*x | *y)),
            Operator::BitXor => Some(Const::Bool(*x ^ *y)),
            _ => int_op(op, BigInt::from(*x as i32), BigInt::from(*y as i32)),
        };
    }
    match (num(&a)?, num(&b)?) {
        (Num::I(x), Num::I(y)) => int_op(op, x, y),
        (Num::F(x), Num::F(y)) => float_op(op, x, y),
        (Num::I(x), Num::F(y)) => float_op(op, exact_f(&x)?, y),
        (Num::F(x), Num::I(y)) => float_op(op, x, exact_f(&y)?),
    }
}

fn int_op(op: Operator, x: BigInt, y: BigInt) -> Option<Const> {
    if x.bits() > MAX_INT_BITS || y.bits() > MAX_INT_BITS {
        return None;
    }
    match op {
        Operator::Add => small_int(x + y),
        Operator::Sub => small_int(x - y),
        Operator::Mult => small_int(x * y),
        Operator::FloorDiv if !y.is_zero() => small_int(x.div_floor(&y)),
        Operator::Mod if !y.is_zero() => small_int(x.mod_floor(&y)),
        Operator::Div if !y.is_zero() => {
            let (fx, fy) = (exact_f(&x)?, exact_f(&y)?);
            Some(Const::Float(fx / fy))
        }
        Operator::Pow if !y.is_negative() => {
            let e = y.to_u32()?;
            if x.bits().saturating_mul(e as u64) > MAX_INT_BITS + 1 {
                return None;
            }
            small_int(num_traits::pow(x, e as usize))
        }
        Operator::LShift if !y.is_negative() => {
            let s = y.to_u64()?;
            if x.bits() + s > MAX_INT_BITS {
                return None;
            }
            small_int(x << s as usize)
        }
        Operator::RShift if !y.is_negative() && !x.is_negative() => {
            let s = y.to_u64()?.min(MAX_INT_BITS + 1);
            small_int(x >> s as usize)
        }
        Operator::BitAnd => small_int(x & y),
        Operator::BitOr => small_int(x | y),
        Operator::BitXor => small_int(x ^ y),
        _ => None,
    }
}

fn float_op(op: Operator, x: f64, y: f64) -> Option<Const> {
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Const::Float(r))
}
