//! Argument checking helpers for runtime natives (the builtins module has the
//! richer `builtins::util::parse_args`).
use super::*;

/// Exactly `n` positional arguments (self included), no keywords.
#[inline]
pub fn check_exact(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], n: usize) -> PyResult<()> {
    if args.len() == n && kw.is_empty() {
        return Ok(());
    }
    Err(arity_error(cx, name, args.len(), n, n, kw))
}

/// Between `min` and `max` positional arguments (self included), no keywords.
#[inline]
pub fn check_range(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max && kw.is_empty() {
        return Ok(());
    }
    Err(arity_error(cx, name, args.len(), min, max, kw))
}

#[cold]
fn arity_error(cx: &mut Ctx, name: &str, n: usize, min: usize, max: usize, kw: &[(Value, Value)]) -> crate::Exc {
    if !kw.is_empty() {
        return cx.type_error(format!("{name}() takes no keyword arguments"));
    }
    if min == max {
        cx.type_error(format!("{name}() takes exactly {} argument{} ({} given)", min.saturating_sub(1), if min == 2 { "" } else { "s" }, n.saturating_sub(1)))
    } else if n < min {
        cx.type_error(format!("{name}() takes at least {} arguments ({} given)", min.saturating_sub(1), n.saturating_sub(1)))
    } else {
        cx.type_error(format!("{name}() takes at most {} arguments ({} given)", max.saturating_sub(1), n.saturating_sub(1)))
    }
}

/// The value of keyword `name` in `kw`, if given.
pub fn kwarg(kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| str_of(*k) == Some(name)).map(|&(_, v)| v)
}
