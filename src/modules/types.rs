//! Constructors the `types` module exposes through builtin classes:
//! `types.MethodType(func, obj)` (the `method` class) and
//! `types.ModuleType(name, doc=None)` (the `module` class). CPython has them
//! whether or not `types` is imported, so [`install`] puts them in the class
//! dicts at startup; the rest of `types` is `py/types.py`.

use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

/// Install `method.__new__` and `module.__new__`.
pub fn install(cx: &mut Ctx) {
    let t = &cx.rt.types;
    let news: [(*mut ClassObj, NativeFn); 2] = [(t.method, method_new), (t.module, module_new)];
    for (cls, f) in news {
        let n = cx.new_native("__new__", f);
        let sm = cx.alloc_obj(WrapperObj { h: ObjHeader::new(cx.rt.types.staticmethod, Kind::StaticMethod), f: n });
        runtime::types::dict_set_str(cx, runtime::cls_ref(cls).dict, "__new__", sm);
    }
}

/// `method(function, instance)`: `args[0]` is the class.
fn method_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("method() takes no keyword arguments"));
    }
    let a = &args[1..];
    if a.len() != 2 {
        return Err(cx.type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if !runtime::call::is_callable(cx, a[0]) {
        return Err(cx.type_error("first argument must be callable"));
    }
    if a[1] == Value::none() {
        return Err(cx.type_error("instance must not be None"));
    }
    Ok(cx.new_bound_method(a[0], a[1]))
}

/// `module(name, doc=None)`: `args[0]` is the class.
fn module_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = &args[1..];
    if a.len() + kw.len() > 2 {
        return Err(cx.type_error(format!("module() takes at most 2 arguments ({} given)", a.len() + kw.len())));
    }
    let mut slots = [a.first().copied(), a.get(1).copied()];
    for &(k, v) in kw {
        let key = runtime::str_of(k).unwrap_or("");
        let i = match key {
            "name" => 0,
            "doc" => 1,
            _ => return Err(cx.type_error(format!("'{key}' is an invalid keyword argument for module()"))),
        };
        if slots[i].is_some() {
            return Err(cx.type_error(format!("argument for module() given by name ('{key}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    let Some(name) = slots[0] else {
        return Err(cx.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let Some(name_s) = runtime::str_of(name) else {
        let tn = runtime::type_name(cx, name);
        return Err(cx.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    let m = cx.new_module(name_s);
    super::set(cx, m, "__doc__", slots[1].unwrap_or(Value::none()));
    for k in ["__package__", "__loader__", "__spec__"] {
        super::set(cx, m, k, Value::none());
    }
    Ok(m)
}
