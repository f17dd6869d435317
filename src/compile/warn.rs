//! CPython 3.11's compile-time SyntaxWarnings (`compile.c` `check_compare`,
//! `compiler_assert`, `check_subscripter`, `check_index`): collected by the code generator in compile order and
//! printed by `compile` as `warnings.showwarning` formats them.

use crate::syntax::ast::{CmpOp, Constant, Expr, ExprKind, Operator, UnaryOp};

pub const IS_LITERAL: &str = "\"is\" with a literal. Did you mean \"==\"?";
pub const IS_NOT_LITERAL: &str = "\"is not\" with a literal. Did you mean \"!=\"?";
pub const ASSERT_TUPLE: &str = "assertion is always true, perhaps remove parentheses?";

/// After 3.11's AST constant folding, is `e` a `Constant` node?
fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { op, operand } => *op != UnaryOp::Not && is_number(operand),
        ExprKind::BinOp { left, op, right } => *op != Operator::MatMult && folds_to_constant(left) && folds_to_constant(right),
        ExprKind::Tuple { elts, .. } => elts.iter().all(folds_to_constant),
        _ => false,
    }
}

fn is_number(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => matches!(c, Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. } | Constant::Bool(_)),
        ExprKind::UnaryOp { op, operand } => *op != UnaryOp::Not && is_number(operand),
        _ => false,
    }
}

/// `check_is_arg`: true when `e` may be the operand of `is` without a warning.
fn is_arg_ok(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::None | Constant::Bool(_) | Constant::Ellipsis) => true,
        _ => !folds_to_constant(e),
    }
}

/// `check_compare`: the first `is`/`is not` with a literal operand, if any.
pub fn compare(left: &Expr, ops: &[CmpOp], comps: &[Expr]) -> Option<&'static str> {
    let mut l = is_arg_ok(left);
    for (op, c) in ops.iter().zip(comps) {
        let r = is_arg_ok(c);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(l && r) {
            return Some(if *op == CmpOp::Is { IS_LITERAL } else { IS_NOT_LITERAL });
        }
        l = r;
    }
    None
}

/// `compiler_assert`: a non-empty tuple as the test is always true.
pub fn assert_test(test: &Expr) -> Option<&'static str> {
    match &test.kind {
        ExprKind::Tuple { elts, .. } if !elts.is_empty() => Some(ASSERT_TUPLE),
        _ => None,
    }
}

/// `infer_type`: the type name of what `e` evaluates to, when the syntax says.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Ellipsis => "ellipsis",
        },
        _ => return None,
    })
}

/// `check_subscripter` and `check_index` of a load `value[slice]`: a value
/// that cannot be subscripted, or a sequence display indexed by a
/// non-integer, is probably a missing comma (`[1, 2] [3, 4]` is fine,
/// `(1, 2) ('a')` -> `(1, 2)['a']`).
pub fn subscript(value: &Expr, slice: &Expr) -> Option<String> {
    let not_subscriptable = match &value.kind {
        ExprKind::Constant(c) => matches!(c, Constant::None | Constant::Ellipsis | Constant::Bool(_) | Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. }),
        ExprKind::Set(_) | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => true,
        _ => false,
    };
    if not_subscriptable {
        return Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", infer_type(value)?));
    }
    let index = infer_type(slice)?;
    if matches!(index, "int" | "bool") || matches!(slice.kind, ExprKind::Slice { .. }) {
        return None;
    }
    let sequence = match &value.kind {
        ExprKind::Constant(c) => matches!(c, Constant::Str(_) | Constant::Bytes(_)),
        ExprKind::Tuple { .. } | ExprKind::List { .. } | ExprKind::ListComp { .. } | ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => true,
        _ => false,
    };
    sequence.then(|| format!("{} indices must be integers or slices, not {index}; perhaps you missed a comma?", infer_type(value).unwrap_or("?")))
}

/// `warnings.formatwarning` for one SyntaxWarning: `file:line: SyntaxWarning: msg`
/// and the stripped source line as `linecache` reads it from the named file
/// (none for `<string>`, or for a `compile()` name that is no file).
pub fn format(filename: &str, line: u32, msg: &str) -> String {
    let mut s = format!("{filename}:{line}: SyntaxWarning: {msg}\n");
    let file = if filename.starts_with('<') { None } else { std::fs::read(filename).ok() };
    if let Some(bytes) = file {
        let source = String::from_utf8_lossy(&bytes);
        if let Some(text) = source.lines().nth(line.saturating_sub(1) as usize) {
            let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            if !t.is_empty() {
                s.push_str("  ");
                s.push_str(t);
                s.push('\n');
            }
        }
    }
    s
}
