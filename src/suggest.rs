//! "Did you mean" suggestions for NameError and AttributeError, as CPython
//! 3.11 computes them (Python/suggestions.c) and prints them after the
//! message: `NameError: name 'prnt' is not defined. Did you mean: 'print'?`.
//!
//! * NameError (with its `name` attribute set, as the VM does for a missing
//!   global): the innermost traceback entry's `co_varnames` (no cell or free
//!   variables), then that module's globals, then the builtins in CPython's
//!   order; the first list with a match wins.
//! * AttributeError: `dir(obj)` when the exception carries `obj` and `name`;
//!   otherwise the object is recovered from the message (a builtin or
//!   `__main__` class named in it, or the module named in it).
//!
//! Entry point: [`offer`], called by the runtime's traceback printer.
use crate::heap::{DictObj, ExceptionObj, Kind, ModuleObj};
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// Append ". Did you mean: 'x'?" to `out` (the exception's summary line,
/// without its newline) when CPython would.
pub fn offer(cx: &mut Ctx, exc: Value, out: &mut String) {
    let saved = cx.exc;
    if let Some(s) = suggestion(cx, exc) {
        out.push_str(". Did you mean: '");
        out.push_str(&s);
        out.push_str("'?");
    }
    cx.exc = saved;
}

/// The suggested name for `exc`, if any.
pub fn suggestion(cx: &mut Ctx, exc: Value) -> Option<String> {
    let e = exc.downcast::<ExceptionObj>(Kind::Exception)?;
    let (name, obj) = (exc_attr(e.dict, cx.rt.names.name_attr), exc_attr(e.dict, cx.rt.names.obj));
    let cls = runtime::type_of(cx, exc);
    if cls == cx.rt.types.name_error {
        let name = str_of(name?)?.to_string();
        return name_error_suggestion(cx, e, &name);
    }
    if runtime::issubclass(cls, cx.rt.types.attribute_error) {
        if let (Some(n), Some(o)) = (name.and_then(str_of), obj) {
            let n = n.to_string();
            let cands = dir_of(cx, o)?;
            return best(&cands, &n);
        }
        let msg = runtime::str_string(cx, exc).ok()?;
        return attr_error_from_message(cx, &msg);
    }
    None
}

/// A value stored in the exception's instance dict (`name`, `obj`).
fn exc_attr(d: *mut DictObj, key: Value) -> Option<Value> {
    if d.is_null() {
        return None;
    }
    // SAFETY: exception dicts are live with the exception.
    unsafe { (*d).t.get_str(key) }.filter(|v| !v.is_none())
}

fn name_error_suggestion(cx: &mut Ctx, e: &ExceptionObj, name: &str) -> Option<String> {
    let &(code, _) = e.traceback.last()?;
    let c = code.downcast::<crate::compile::CodeObj>(Kind::Code)?;
    if let Some(s) = best(&co_varnames(c), name) {
        return Some(s);
    }
    let file = str_of(c.filename).unwrap_or("").to_string();
    if let Some(g) = module_of_file(cx, &file) {
        if let Some(s) = best(&dict_keys(g), name) {
            return Some(s);
        }
    }
    let mut builtins = dict_keys(cx.rt.builtins);
    builtins.sort_by_key(|n| CPYTHON_BUILTINS_ORDER.iter().position(|b| b == n).unwrap_or(usize::MAX));
    best(&builtins, name)
}

/// CPython's `co_varnames`: the code's registers named as locals (parameters
/// first), without its free variables and the cell variables that are not
/// parameters (CPython keeps those in `co_cellvars` / `co_freevars`).
fn co_varnames(c: &crate::compile::CodeObj) -> Vec<String> {
    use crate::compile::code::{CO_VARARGS, CO_VARKEYWORDS};
    let nparams = c.argcount as usize
        + c.kwonlyargcount as usize
        + (c.flags & CO_VARARGS != 0) as usize
        + (c.flags & CO_VARKEYWORDS != 0) as usize;
    let cell_reg = |r: usize| c.cellvars.iter().any(|&(_, cr)| cr as usize == r) && r >= nparams;
    let free_reg = |r: usize| c.freevar_regs.iter().any(|&fr| fr as usize == r);
    let names = c.varnames.iter().enumerate().filter(|&(r, _)| !cell_reg(r) && !free_reg(r));
    names.filter_map(|(_, &v)| str_of(v)).map(|s| s.to_string()).collect()
}

/// The order of CPython 3.11's builtins dict (`list(builtins.__dict__)`):
/// the candidates are tried in it, so a tie goes to the name CPython offers.
const CPYTHON_BUILTINS_ORDER: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
    "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
    "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
    "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
    "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool",
    "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
    "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
    "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
    "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
    "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open",
    "quit", "exit", "copyright", "credits", "license", "help",
];

/// The globals of the module whose code came from `file` (`__main__` when none matches).
fn module_of_file(cx: &mut Ctx, file: &str) -> Option<*mut DictObj> {
    let fk = cx.intern("__file__");
    // SAFETY: sys.modules is live for the whole run.
    let mods = unsafe { &(*cx.rt.modules).t };
    for (_, m) in mods.iter() {
        let Some(mo) = m.downcast::<ModuleObj>(Kind::Module) else { continue };
        if mo.dict.is_null() {
            continue;
        }
        // SAFETY: module dicts are live.
        let f = unsafe { (*mo.dict).t.get_str(fk) };
        if f.and_then(str_of) == Some(file) {
            return Some(mo.dict);
        }
    }
    let mk = cx.intern("__main__");
    mods.get_str(mk).and_then(|m| m.downcast::<ModuleObj>(Kind::Module)).map(|m| m.dict).filter(|d| !d.is_null())
}

fn dict_keys(d: *mut DictObj) -> Vec<String> {
    if d.is_null() {
        return Vec::new();
    }
    // SAFETY: checked non-null; module/builtins dicts are live.
    let t = unsafe { &(*d).t };
    t.keys().into_iter().filter_map(|k| str_of(k).map(|s| s.to_string())).collect()
}

/// `dir(obj)` through the `dir` builtin (user `__dir__` included).
fn dir_of(cx: &mut Ctx, obj: Value) -> Option<Vec<String>> {
    let k = cx.intern("dir");
    // SAFETY: the builtins dict is live for the whole run.
    let f = unsafe { (*cx.rt.builtins).t.get_str(k) }?;
    let r = match runtime::call(cx, f, &[obj], &[]) {
        Ok(r) => r,
        Err(_) => {
            cx.exc = Value::UNBOUND;
            return None;
        }
    };
    let items = runtime::list_items(r)?;
    Some(items.iter().filter_map(|&v| str_of(v)).map(|s| s.to_string()).collect())
}

/// Without `obj` on the exception: find the object its message names.
fn attr_error_from_message(cx: &mut Ctx, msg: &str) -> Option<String> {
    let (target, name) = if let Some(rest) = msg.strip_prefix("module '") {
        let (m, n) = split_quoted(rest, "' has no attribute '")?;
        let k = cx.intern(m);
        // SAFETY: sys.modules is live for the whole run.
        (unsafe { (*cx.rt.modules).t.get_str(k) }?, n)
    } else if let Some(rest) = msg.strip_prefix("type object '") {
        let (c, n) = split_quoted(rest, "' has no attribute '")?;
        (class_named(cx, c)?, n)
    } else {
        let rest = msg.strip_prefix('\'')?;
        let (c, n) = split_quoted(rest, "' object has no attribute '")?;
        (class_named(cx, c)?, n)
    };
    let cands = dir_of(cx, target)?;
    best(&cands, name)
}

/// "T<sep>n'" -> ("T", "n").
fn split_quoted<'a>(rest: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let (a, b) = rest.split_once(sep)?;
    Some((a, b.strip_suffix('\'')?))
}

/// A class called `name`: a builtin, or a global of `__main__`.
fn class_named(cx: &mut Ctx, name: &str) -> Option<Value> {
    let k = cx.intern(name);
    let mk = cx.intern("__main__");
    // SAFETY: builtins and sys.modules are live for the whole run.
    let main = unsafe { (*cx.rt.modules).t.get_str(mk) }.and_then(|m| m.downcast::<ModuleObj>(Kind::Module));
    let from_main = main.filter(|m| !m.dict.is_null()).and_then(|m| unsafe { (*m.dict).t.get_str(k) });
    // SAFETY: as above.
    let v = from_main.filter(|v| v.is_kind(Kind::Class)).or_else(|| unsafe { (*cx.rt.builtins).t.get_str(k) })?;
    v.is_kind(Kind::Class).then_some(v)
}

/// CPython's `calculate_suggestions`: the closest candidate within a third of
/// the characters, first one wins ties.
pub fn best(dir: &[String], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for item in dir {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.cloned()
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with CPython's costs, giving up above `max_cost`.
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - suf];
    b = &b[..b.len() - suf];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buf: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buf[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buf[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances() {
        assert_eq!(levenshtein(b"prnt", b"print", 100), 2);
        assert_eq!(levenshtein(b"Print", b"print", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abd", 100), 2);
    }

    #[test]
    fn best_matches() {
        assert_eq!(best(&v(&["print", "len", "repr"]), "prnt").as_deref(), Some("print"));
        assert_eq!(best(&v(&["append", "extend"]), "apend").as_deref(), Some("append"));
        assert_eq!(best(&v(&["xyz"]), "abc"), None);
        assert_eq!(best(&v(&["a"]), "a"), None);
    }
}
