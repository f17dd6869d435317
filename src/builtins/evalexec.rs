//! `eval`, `exec` and `compile` on source strings.
//!
//! Code runs as module-level code whose globals are the given dict (or the
//! caller's globals). Inside a function, without explicit dicts, the caller's
//! locals are visible through a merged copy (writes to them are not seen by
//! the function, as in CPython).
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, dict_obj, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let fns: &[(&'static str, NativeFn)] =
        &[("eval", eval), ("exec", exec), ("compile", compile), ("__import__", dunder_import)];
    let b = cx.rt.builtins;
    for &(name, f) in fns {
        let v = cx.new_builtin_function(name, f);
        runtime::types::dict_set_str(cx, b, name, v);
    }
}

/// Source text of an eval/exec argument (str, bytes or a code object from `compile`).
fn source_of(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<Result<String, Value>> {
    if let Some(s) = str_of(v) {
        return Ok(Ok(s.to_string()));
    }
    if let Some(b) = runtime::unwrap_payload(v).downcast::<BytesObj>(Kind::Bytes) {
        return Ok(Ok(String::from_utf8_lossy(&b.b).into_owned()));
    }
    if v.is_kind(Kind::Code) {
        return Ok(Err(v));
    }
    Err(cx.type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

/// The globals dict to run in: explicit dict, or the caller's globals merged
/// with its locals (when called from a function).
fn namespace(cx: &mut Ctx, globals: Value, locals: Value, fname: &str) -> PyResult<(*mut DictObj, bool)> {
    if given(globals) {
        let Some(g) = dict_obj(globals) else {
            if fname == "eval" {
                return Err(cx.type_error("globals must be a real dict; try eval(expr, {}, mapping)"));
            }
            let t = tname(cx, globals);
            return Err(cx.type_error(format!("{fname}() globals must be a dict, not {t}")));
        };
        if given(locals) && !locals.is_none() && !is_mapping(cx, locals) {
            return Err(cx.type_error("locals must be a mapping"));
        }
        let g = g as *mut DictObj;
        add_builtins(cx, g);
        if given(locals) && locals != globals {
            return Ok((merged(cx, g, locals)?, true));
        }
        return Ok((g, false));
    }
    let g = cx.vm.frames.last().map_or(cx.vm.globals, |f| f.globals);
    let g = if g.is_null() { dict_obj(cx.new_dict()).unwrap() as *mut DictObj } else { g };
    let locals = if given(locals) { locals } else { super::funcs::caller_locals(cx)? };
    if locals.is_unbound() || locals == Value::from_ptr(g) {
        return Ok((g, false));
    }
    Ok((merged(cx, g, locals)?, true))
}

/// Has `v` a `__getitem__` (what CPython's PyMapping_Check asks of locals)?
fn is_mapping(cx: &mut Ctx, v: Value) -> bool {
    if dict_obj(v).is_some() {
        return true;
    }
    let n = cx.rt.names.getitem;
    let cls = runtime::type_of(cx, v);
    runtime::class_lookup(cls, n).is_some()
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] =
        parse_args(cx, "__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1)?;
    let Some(n) = str_of(name) else {
        return Err(cx.type_error("module name must be a string"));
    };
    let n = n.to_string();
    let level = if given(level) { to_index(cx, level)? } else { 0 };
    if level < 0 {
        return Err(cx.value_error("level must be >= 0"));
    }
    if n.is_empty() && level == 0 {
        return Err(cx.value_error("Empty module name"));
    }
    let g = if given(globals) && dict_obj(globals).is_some() { globals } else { Value::UNBOUND };
    let m = crate::vm::import::import_module(cx, &n, level as usize, g)?;
    let no_from = !given(fromlist) || fromlist.is_none() || !runtime::truthy(cx, fromlist)?;
    match n.split_once('.') {
        Some((top, _)) if no_from && level == 0 => crate::vm::import::import_module(cx, top, 0, g),
        _ => Ok(m),
    }
}

/// An explicit globals dict gets `__builtins__` (the builtins namespace) as in CPython.
fn add_builtins(cx: &mut Ctx, g: *mut DictObj) {
    let key = cx.intern("__builtins__");
    // SAFETY: `g` is a live dict (the caller's argument).
    if unsafe { (*g).t.get_str(key) }.is_none() {
        runtime::types::dict_set_str(cx, g, "__builtins__", Value::from_ptr(cx.rt.builtins));
    }
}

/// A fresh dict: `g` updated with the mapping `locals`.
fn merged(cx: &mut Ctx, g: *mut DictObj, locals: Value) -> PyResult<*mut DictObj> {
    // SAFETY: `g` is a live dict.
    let t = unsafe { (*g).t.copy() };
    let d = cx.new_dict_from(t);
    super::dicts::update_from(cx, d, locals, &[])?;
    Ok(dict_obj(d).unwrap() as *mut DictObj)
}

/// Run a module code object with `globals` as its namespace.
fn run_in(cx: &mut Ctx, code: Value, globals: *mut DictObj) -> PyResult<Value> {
    let name = cx.intern("__main__");
    let m = cx.alloc_obj(ModuleObj { h: ObjHeader::new(cx.rt.types.module, Kind::Module), name, dict: globals });
    cx.rt.roots.push(m);
    cx.heap.forbid_gc();
    let r = crate::vm::entry::run_code(cx, code, m);
    cx.heap.allow_gc();
    cx.rt.roots.pop();
    r
}

fn compile_str(cx: &mut Ctx, src: &str, filename: &str) -> PyResult<Value> {
    crate::vm::import::compile_source(cx, src, filename)
}

const EVAL_KEY: &str = "__tauraro_eval_result__";

fn eval(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [src, globals, locals] = parse_args(cx, "eval", args, kw, ["source", "globals", "locals"], 1)?;
    let text = match source_of(cx, src, "eval")? {
        Ok(t) => t,
        Err(code) => {
            let (g, _) = namespace(cx, globals, locals, "eval")?;
            run_in(cx, code, g)?;
            return Ok(take_result(cx, g));
        }
    };
    let text = text.trim_start_matches([' ', '\t']);
    // Validate as an expression first: SyntaxErrors point into the user's text.
    if let Err(e) = crate::syntax::parse_expression(text, "<string>") {
        return Err(crate::vm::entry::raise_syntax_error(cx, &e));
    }
    let (g, _) = namespace(cx, globals, locals, "eval")?;
    let wrapped = format!("{EVAL_KEY} = ({text}\n)\n");
    let code = compile_str(cx, &wrapped, "<string>")?;
    run_in(cx, code, g)?;
    Ok(take_result(cx, g))
}

/// Remove and return the eval result slot of `g`.
fn take_result(cx: &mut Ctx, g: *mut DictObj) -> Value {
    let key = cx.intern(EVAL_KEY);
    // SAFETY: `g` is live (a caller's dict or one rooted by the module just run).
    let t = unsafe { &mut (*g).t };
    t.remove_str(key).unwrap_or(Value::none())
}

fn exec(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [src, globals, locals] = parse_args(cx, "exec", args, kw, ["source", "globals", "locals"], 1)?;
    let code = match source_of(cx, src, "exec")? {
        Ok(t) => compile_str(cx, &t, "<string>")?,
        Err(code) => code,
    };
    let (g, is_copy) = namespace(cx, globals, locals, "exec")?;
    // The globals' own entries, to tell them from names the code bound.
    let before: Vec<(Value, Value)> = match dict_obj(globals) {
        Some(orig) if is_copy => orig.t.iter().collect(),
        _ => Vec::new(),
    };
    run_in(cx, code, g)?;
    // Writes into an explicit locals mapping: copy new/changed names back.
    if is_copy && given(locals) {
        // SAFETY: `g` is live until the next safepoint.
        let items: Vec<(Value, Value)> = unsafe { (*g).t.iter().collect() };
        for (k, v) in items {
            let from_globals = before.iter().any(|&(bk, bv)| bk == k && bv == v);
            if from_globals && !runtime::contains(cx, locals, k)? {
                continue;
            }
            runtime::set_item(cx, locals, k, v)?;
        }
    }
    Ok(Value::none())
}

fn compile(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [src, filename, mode, _flags, _dont_inherit, _optimize] =
        parse_args(cx, "compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3)?;
    let text = match source_of(cx, src, "compile")? {
        Ok(t) => t,
        Err(code) => return Ok(code),
    };
    let fname = arg_str(cx, filename, |t| format!("compile() argument 'filename' must be str, not {t}"))?.to_string();
    let mode = arg_str(cx, mode, |t| format!("compile() argument 'mode' must be str, not {t}"))?;
    match mode {
        "exec" | "single" => compile_str(cx, &text, &fname),
        "eval" => {
            let text = text.trim_start_matches([' ', '\t']);
            if let Err(e) = crate::syntax::parse_expression(text, &fname) {
                return Err(crate::vm::entry::raise_syntax_error(cx, &e));
            }
            compile_str(cx, &format!("{EVAL_KEY} = (\n{text}\n)\n"), &fname)
        }
        _ => Err(cx.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}
