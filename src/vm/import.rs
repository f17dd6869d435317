//! Imports: builtin modules (`runtime::import_builtin`), else `NAME.py` (or
//! `NAME.tr`, or package `NAME/__init__.py`) in the first directory of
//! `sys.path` that has it (a package's `__path__` for its submodules),
//! compiled and run as a module, cached in `sys.modules`.
use super::Ctx;
use crate::heap::*;
use crate::runtime;
use crate::value::Value;
use crate::PyResult;
use std::path::PathBuf;

/// `import name` (relative `level`, from a module whose globals are
/// `from_globals`, a dict or UNBOUND). Returns the named (leaf) module.
/// Native -> Python re-entry: GC is off while module code runs.
pub fn import_module(cx: &mut Ctx, name: &str, level: usize, from_globals: Value) -> PyResult<Value> {
    cx.heap.forbid_gc();
    let r = import_inner(cx, name, level, from_globals);
    cx.heap.allow_gc();
    r
}

/// The `ImportName` op: the top-level package for `import a.b`, the leaf
/// module when there is a fromlist.
pub fn import_name(cx: &mut Ctx, name: Value, fromlist: Value, level: usize) -> PyResult<Value> {
    let n = runtime::str_of(name).unwrap_or("").to_string();
    let globals = if cx.vm.globals.is_null() { Value::UNBOUND } else { Value::from_ptr(cx.vm.globals) };
    let m = import_inner(cx, &n, level, globals)?;
    let empty = fromlist.is_none() || runtime::tuple_items(fromlist).map_or(false, |t| t.is_empty());
    if empty && level == 0 {
        if let Some((first, _)) = n.split_once('.') {
            let k = cx.intern(first);
            if let Some(top) = modules_get(cx, k) {
                return Ok(top);
            }
        }
    }
    Ok(m)
}

fn modules_get(cx: &mut Ctx, key: Value) -> Option<Value> {
    // SAFETY: `sys.modules` is created by runtime::init and lives for the run.
    unsafe { (*cx.rt.modules).t.get_str(key) }
}

fn module_dict(m: Value) -> Option<&'static mut DictObj> {
    m.downcast::<ModuleObj>(Kind::Module).map(|mo| {
        // SAFETY: module dicts are live objects.
        unsafe { &mut *mo.dict }
    })
}

fn resolve_name(cx: &mut Ctx, name: &str, level: usize, globals: Value) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = runtime::dict_obj(globals);
    let pkg = g.and_then(|d| {
        let k = d.t.get_by_text("__package__").and_then(|v| runtime::str_of(v).map(str::to_string));
        k.filter(|s| !s.is_empty()).or_else(|| {
            let n = d.t.get_by_text("__name__").and_then(|v| runtime::str_of(v).map(str::to_string))?;
            if d.t.get_by_text("__path__").is_some() {
                Some(n)
            } else {
                n.rsplit_once('.').map(|(p, _)| p.to_string())
            }
        })
    });
    let Some(pkg) = pkg.filter(|p| !p.is_empty() && p != "__main__") else {
        return Err(cx.import_error("attempted relative import with no known parent package"));
    };
    let parts: Vec<&str> = pkg.split('.').collect();
    if level - 1 >= parts.len() {
        return Err(cx.import_error("attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

pub(crate) fn import_inner(cx: &mut Ctx, name: &str, level: usize, globals: Value) -> PyResult<Value> {
    let full = resolve_name(cx, name, level, globals)?;
    let mut parent: Option<Value> = None;
    let mut m = Value::none();
    let parts: Vec<&str> = full.split('.').collect();
    for i in 0..parts.len() {
        let sub = parts[..=i].join(".");
        m = load_one(cx, &sub, parent)?;
        if let Some(p) = parent {
            if let Some(d) = module_dict(p) {
                let k = cx.intern(parts[i]);
                d.t.set_str(k, m);
            }
        }
        parent = Some(m);
    }
    Ok(m)
}

#[cold]
fn not_found(cx: &mut Ctx, name: &str) -> crate::Exc {
    cx.module_not_found_error(format!("No module named '{name}'"));
    if let Some(e) = super::frame::exc_obj(cx.exc) {
        let k = cx.rt.names.name_attr;
        let v = cx.new_str(name);
        if e.dict.is_null() {
            e.dict = cx.new_dict().as_ptr();
        }
        // SAFETY: just checked / created.
        unsafe { (*e.dict).t.set_str(k, v) };
    }
    crate::Exc
}

/// Directories to search for a submodule of `parent` (its `__path__`), or
/// for a top-level module: the str entries of `sys.path` ('' is the current
/// directory), the main script's directory while `sys` is not imported.
fn search_dirs(cx: &mut Ctx, parent: Option<Value>) -> Vec<PathBuf> {
    let path = match parent {
        None => {
            let k = cx.intern("sys");
            match modules_get(cx, k).and_then(module_dict).and_then(|d| d.t.get_by_text("path")) {
                Some(p) => p,
                None => return vec![cx.vm.main_dir.clone().unwrap_or_else(|| PathBuf::from("."))],
            }
        }
        Some(p) => match module_dict(p).and_then(|d| d.t.get_by_text("__path__")) {
            Some(p) => p,
            None => return Vec::new(),
        },
    };
    let items = runtime::seq_items(path).map(|v| v.to_vec()).unwrap_or_default();
    let dir = |s: &str| PathBuf::from(if s.is_empty() { "." } else { s });
    items.into_iter().filter_map(|v| runtime::str_of(v).map(dir)).collect()
}

fn load_one(cx: &mut Ctx, full: &str, parent: Option<Value>) -> PyResult<Value> {
    let key = cx.intern(full);
    if let Some(m) = modules_get(cx, key) {
        return Ok(m);
    }
    if full == "builtins" {
        return Ok(builtins_module(cx, key));
    }
    if let Some(r) = runtime::import_builtin(cx, full) {
        let m = r?;
        // SAFETY: sys.modules is live.
        unsafe { (*cx.rt.modules).t.set_str(key, m) };
        return Ok(m);
    }
    let last = full.rsplit('.').next().unwrap_or(full);
    let found = search_dirs(cx, parent).into_iter().find_map(|dir| {
        let candidates = [
            (dir.join(format!("{last}.py")), false),
            (dir.join(format!("{last}.tr")), false),
            (dir.join(last).join("__init__.py"), true),
        ];
        candidates.into_iter().find(|(p, _)| p.is_file()).map(|(p, is_pkg)| (p, is_pkg, dir))
    });
    let Some((path, is_pkg, dir)) = found else {
        return Err(not_found(cx, full));
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => return Err(cx.import_error(format!("cannot read {}: {}", path.display(), e))),
    };
    let filename = path.to_string_lossy().to_string();
    let code = compile_source(cx, &source, &filename)?;
    let module = cx.new_module(full);
    let d = module_dict(module).expect("module dict");
    let fk = cx.intern("__file__");
    let fv = cx.new_str(&filename);
    d.t.set_str(fk, fv);
    let nk = cx.intern("__name__");
    d.t.set_str(nk, key);
    let pk = cx.intern("__package__");
    if is_pkg {
        let dirs = cx.new_str(&dir.join(last).to_string_lossy());
        let pl = cx.new_list(vec![dirs]);
        let pathk = cx.intern("__path__");
        d.t.set_str(pathk, pl);
        d.t.set_str(pk, key);
    } else {
        let p = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        let pv = cx.new_str(p);
        d.t.set_str(pk, pv);
    }
    // SAFETY: sys.modules is live.
    unsafe { (*cx.rt.modules).t.set_str(key, module) };
    if let Err(e) = super::entry::run_code(cx, code, module) {
        // SAFETY: as above.
        unsafe { (*cx.rt.modules).t.remove_str(key) };
        return Err(e);
    }
    Ok(modules_get(cx, key).unwrap_or(module))
}

/// `import builtins`: a module whose dict IS the builtins dict, so
/// `builtins.len = f` is what LoadGlobal sees.
fn builtins_module(cx: &mut Ctx, key: Value) -> Value {
    let m = cx.new_module("builtins");
    let b = cx.rt.builtins;
    if let Some(mo) = m.downcast::<ModuleObj>(Kind::Module) {
        mo.dict = b;
    }
    let nk = cx.rt.names.name;
    // SAFETY: the builtins dict and sys.modules live as long as the runtime.
    unsafe {
        if (*b).t.get_str(nk).is_none() {
            (*b).t.set_str(nk, key);
        }
        (*cx.rt.modules).t.set_str(key, m);
    }
    m
}

/// Parse and compile; a SyntaxError becomes a Python `SyntaxError` exception.
pub fn compile_source(cx: &mut Ctx, source: &str, filename: &str) -> PyResult<Value> {
    let r = crate::syntax::parse_module(source, filename).and_then(|ast| crate::compile::compile_module(cx, &ast, filename, source));
    match r {
        Ok(c) => Ok(c),
        Err(e) => Err(super::entry::raise_syntax_error(cx, &e)),
    }
}

/// `from module import name`.
pub fn import_from(cx: &mut Ctx, module: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = runtime::get_attr_opt(cx, module, name)? {
        return Ok(v);
    }
    let n = runtime::str_of(name).unwrap_or("?").to_string();
    let d = module_dict(module);
    let mname = d.as_ref().and_then(|d| d.t.get_by_text("__name__")).and_then(runtime::str_of).map(str::to_string);
    if let (Some(mn), true) = (&mname, d.as_ref().map_or(false, |d| d.t.get_by_text("__path__").is_some())) {
        let sub = format!("{mn}.{n}");
        if let Ok(m) = import_inner(cx, &sub, 0, Value::UNBOUND) {
            return Ok(m);
        }
        cx.exc = Value::UNBOUND;
    }
    let loc = d
        .and_then(|d| d.t.get_by_text("__file__"))
        .and_then(runtime::str_of)
        .map(str::to_string)
        .unwrap_or_else(|| "unknown location".to_string());
    let mn = mname.unwrap_or_else(|| "?".to_string());
    Err(cx.import_error(format!("cannot import name '{n}' from '{mn}' ({loc})")))
}

/// `from module import *` into the current globals.
pub fn import_star(cx: &mut Ctx, module: Value, _fp: *mut Value) -> PyResult<()> {
    let Some(d) = module_dict(module) else { return Ok(()) };
    let names: Vec<Value> = match d.t.get_by_text("__all__") {
        Some(all) => crate::runtime::iter::collect(cx, all)?,
        None => d.t.keys().into_iter().filter(|&k| runtime::str_of(k).map_or(false, |s| !s.starts_with('_'))).collect(),
    };
    for k in names {
        let v = runtime::get_attr(cx, module, k)?;
        let k = cx.intern_value(k);
        // SAFETY: the running frame's globals dict is live.
        unsafe { (*cx.vm.globals).t.set_str(k, v) };
    }
    Ok(())
}
