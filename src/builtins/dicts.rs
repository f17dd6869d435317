//! Methods of `dict`.
use super::lists::bad_self;
use super::util::*;
use crate::heap::*;
use crate::runtime::dict::Hashed;
use crate::runtime::{self, dict_obj};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn install(cx: &mut Ctx) {
    let d = cx.rt.types.dict;
    let m: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__init__", dict_init),
        ("__reversed__", dict_reversed),
    ];
    for &(name, f) in m {
        runtime::types::def_method(cx, d, name, f);
    }
    def_classmethod(cx, d, "fromkeys", dict_fromkeys);
}

/// `dict.__reversed__`: reversed(d), an iterator over the keys, last first.
fn dict_reversed(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__reversed__")?;
    nargs(cx, "dict.__reversed__", &args[1..], 0, 0)?;
    runtime::iter::new_reversed(cx, runtime::unwrap_payload(args[0]))
}

#[inline]
fn this(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut DictObj> {
    match args.first().and_then(|&v| dict_obj(v)) {
        Some(d) => Ok(d),
        None => Err(bad_self(cx, args, "dict", name)),
    }
}

/// Snapshot of a dict's (key, value) pairs.
pub fn dict_items_vec(v: Value) -> Vec<(Value, Value)> {
    dict_obj(v).map_or_else(Vec::new, |d| d.t.iter().collect())
}

fn dict_get(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "get")?;
    nargs(cx, "get", &args[1..], 1, 2)?;
    match d.t.get(cx, args[1])? {
        Some(v) => Ok(v),
        None => Ok(args.get(2).copied().unwrap_or(Value::none())),
    }
}

fn dict_setdefault(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "setdefault")?;
    nargs(cx, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = d.t.get(cx, args[1])? {
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(Value::none());
    let d = this(cx, args, "setdefault")?;
    d.t.set(cx, args[1], v)?;
    Ok(v)
}

fn dict_pop(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "pop")?;
    nargs(cx, "pop", &args[1..], 1, 2)?;
    match d.t.remove(cx, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&dflt) => Ok(dflt),
            None => Err(cx.key_error(args[1])),
        },
    }
}

fn dict_popitem(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "popitem")?;
    nargs(cx, "popitem", &args[1..], 0, 0)?;
    match d.t.pop_last() {
        Some((k, v)) => Ok(cx.new_tuple_from(&[k, v])),
        None => {
            let c = cx.rt.types.key_error;
            Err(cx.err(c, "popitem(): dictionary is empty"))
        }
    }
}

fn view(cx: &mut Ctx, args: &[Value], name: &str, kind: u8) -> PyResult<Value> {
    this(cx, args, name)?;
    nargs(cx, name, &args[1..], 0, 0)?;
    Ok(super::views::new_view(cx, args[0], kind))
}
fn dict_keys(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view(cx, args, "keys", super::views::KEYS)
}
fn dict_values(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view(cx, args, "values", super::views::VALUES)
}
fn dict_items(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view(cx, args, "items", super::views::ITEMS)
}

/// `d.update(other, **kw)` semantics: mapping (has keys()) or iterable of pairs.
pub fn update_from(cx: &mut Ctx, target: Value, other: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    if !other.is_unbound() {
        if let Some(src) = dict_obj(other) {
            if runtime::type_of(cx, other) == cx.rt.types.dict {
                let entries: Vec<Hashed> = src.t.entries_live().collect();
                let d = dict_obj(target).unwrap();
                for e in &entries {
                    d.t.insert_entry(cx, e)?;
                }
                return update_kw(cx, target, kw);
            }
        }
        let keys_name = cx.intern("keys");
        if let Some(keys) = runtime::get_attr_opt(cx, other, keys_name)? {
            let ks = runtime::call(cx, keys, &[], &[])?;
            let ks = collect(cx, ks)?;
            for k in ks {
                let v = runtime::get_item(cx, other, k)?;
                set_in(cx, target, k, v)?;
            }
        } else {
            let it = runtime::get_iter(cx, other)?;
            let mut i = 0usize;
            while let Some(pair) = runtime::iter_next(cx, it)? {
                let kv = match runtime::seq_items(pair) {
                    Some(s) => s.to_vec(),
                    None => {
                        if runtime::get_iter(cx, pair).is_err() {
                            return Err(cx.type_error(format!(
                                "cannot convert dictionary update sequence element #{i} to a sequence"
                            )));
                        }
                        collect(cx, pair)?
                    }
                };
                if kv.len() != 2 {
                    return Err(cx.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                set_in(cx, target, kv[0], kv[1])?;
                i += 1;
            }
        }
    }
    update_kw(cx, target, kw)
}

fn update_kw(cx: &mut Ctx, target: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    for &(k, v) in kw {
        set_in(cx, target, k, v)?;
    }
    Ok(())
}

#[inline]
fn set_in(cx: &mut Ctx, target: Value, k: Value, v: Value) -> PyResult<()> {
    match dict_obj(target) {
        Some(d) => d.t.set(cx, k, v),
        None => runtime::set_item(cx, target, k, v),
    }
}

fn dict_update(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "update")?;
    if args.len() > 2 {
        return Err(cx.type_error(format!("update expected at most 1 argument, got {}", args.len() - 1)));
    }
    let other = args.get(1).copied().unwrap_or(Value::UNBOUND);
    update_from(cx, args[0], other, kw)?;
    Ok(Value::none())
}

fn dict_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    this(cx, args, "__init__")?;
    if args.len() > 2 {
        return Err(cx.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    let other = args.get(1).copied().unwrap_or(Value::UNBOUND);
    update_from(cx, args[0], other, kw)?;
    Ok(Value::none())
}

fn dict_copy(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "copy")?;
    nargs(cx, "copy", &args[1..], 0, 0)?;
    let t = d.t.copy();
    Ok(cx.new_dict_from(t))
}

fn dict_clear(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this(cx, args, "clear")?;
    nargs(cx, "clear", &args[1..], 0, 0)?;
    d.t.clear();
    Ok(Value::none())
}






fn dict_fromkeys(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // args[0] is the class (classmethod).
    nargs(cx, "fromkeys", &args[1..], 1, 2)?;
    let v = args.get(2).copied().unwrap_or(Value::none());
    let keys = collect(cx, args[1])?;
    let cls = args[0];
    let d = if cls == Value::from_ptr(cx.rt.types.dict) { cx.new_dict() } else { runtime::call(cx, cls, &[], &[])? };
    for k in keys {
        set_in(cx, d, k, v)?;
    }
    Ok(d)
}
