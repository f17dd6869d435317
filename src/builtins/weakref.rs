//! `_weakref`: weak references (`ref`, `getweakrefcount`, `getweakrefs`),
//! the native core of `weakref` (`py/weakref.py` adds proxies,
//! `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet` and `finalize`).
//!
//! A weakref is an instance of `weakref.ReferenceType` (or a subclass) whose
//! payload ([`WeakRef`], tag 0xA8) holds its target *without tracing it*.
//! Every weakref is in the [`Registry`] (`cx.vm.weakrefs`, by target
//! address). We collect by tracing, so a target dies in a collection: the
//! collector calls [`clear_dead`] between mark and sweep, which clears the
//! refs of every unmarked target (they read as None from then on, before its
//! memory is freed) and returns those with callbacks, which [`run_callbacks`]
//! calls after the sweep. A target pointer is read only while it is in the
//! registry, so a ref never dangles.
use super::bytearray::{bad_self, def_getters, def_new, new_tagged, tagged, Tagged};
use super::util::*;
use crate::heap::*;
use crate::runtime::{self, cls_ref};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::collections::HashMap;

/// The payload of a weakref.
pub struct WeakRef {
    /// The referent (not traced), None once it died.
    target: Value,
    /// Called with the weakref when the target dies (None: no callback).
    callback: Value,
    /// `hash(target)`, kept once computed (a dead ref still hashes).
    hash: Option<i64>,
}

impl Trace for WeakRef {
    fn trace(&self, heap: &mut Heap) {
        heap.mark(self.callback);
    }
}

impl OtherPayload for WeakRef {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Tagged for WeakRef {
    const TAG: u8 = 0xA8;
}

fn weak_of(v: Value) -> Option<&'static mut WeakRef> {
    tagged::<WeakRef>(v)
}

/// Every weakref, by its target's address.
#[derive(Default)]
pub struct Registry {
    map: HashMap<usize, Vec<Value>>,
}

/// Between mark and sweep: clear the refs to unmarked targets (dropping
/// unmarked refs from the registry); the cleared refs that have callbacks,
/// newest first (CPython's order).
pub fn clear_dead(reg: &mut Registry) -> Vec<Value> {
    let mut due = Vec::new();
    reg.map.retain(|&addr, refs| {
        // SAFETY: registered targets are live until this collection's sweep and
        // registered refs until their own; the marks are this collection's.
        let marked = |p: usize| unsafe {
            let h = &*(p as *const ObjHeader);
            h.mark || h.flags & F_IMMORTAL != 0
        };
        refs.retain(|w| marked(w.raw() as usize));
        if marked(addr) {
            return !refs.is_empty();
        }
        for &w in refs.iter().rev() {
            if let Some(p) = weak_of(w) {
                p.target = Value::none();
                if !p.callback.is_none() {
                    due.push(w);
                }
            }
        }
        false
    });
    due
}

/// After the sweep: call each due ref's callback with the ref (once); an
/// exception is reported as CPython's "Exception ignored in: ...".
pub fn run_callbacks(cx: &mut Ctx, due: Vec<Value>) {
    if due.is_empty() {
        return;
    }
    let (exc, ret) = (cx.exc, cx.vm.ret);
    // `due` is not a root: no collection until every callback ran.
    cx.heap.forbid_gc();
    for w in due {
        let Some(p) = weak_of(w) else { continue };
        let cb = std::mem::replace(&mut p.callback, Value::none());
        cx.exc = Value::UNBOUND;
        if runtime::call(cx, cb, &[w], &[]).is_err() {
            crate::vm::gen::report_ignored(cx, cb);
        }
    }
    cx.heap.allow_gc();
    cx.exc = exc;
    cx.vm.ret = ret;
}

/// Can `v` be weakly referenced? (CPython: instances of Python classes,
/// functions, classes, sets, generators, methods, modules, code, files.)
fn referenceable(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(
            Kind::Instance
                | Kind::Exception
                | Kind::Function
                | Kind::Class
                | Kind::Set
                | Kind::FrozenSet
                | Kind::Generator
                | Kind::BoundMethod
                | Kind::Module
                | Kind::Code
                | Kind::File
        )
    )
}

// ---------------------------------------------------------------- the module

/// Name (in the ReferenceType class's dict) marking the base class.
const BASE_KEY: &str = "__weakref_base__";

pub fn init_module(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("_weakref");
    let cls = super::array::new_native_class(cx, "weakref", "ReferenceType")?;
    let c = Value::from_ptr(cls);
    def_new(cx, cls, ref_new);
    runtime::types::dict_set_str(cx, cls_ref(cls).dict, BASE_KEY, Value::bool(true));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", |_, _, _| Ok(Value::none())),
        ("__call__", ref_call),
        ("__eq__", |cx, a, k| ref_eq(cx, a, k, true)),
        ("__ne__", |cx, a, k| ref_eq(cx, a, k, false)),
        ("__hash__", ref_hash),
        ("__repr__", ref_repr),
    ];
    for &(name, f) in methods {
        runtime::types::def_method(cx, cls, name, f);
    }
    def_getters(cx, cls, &[("__callback__", |cx, a, _| Ok(me(cx, a, "__callback__")?.callback))]);
    crate::modules::set(cx, m, "ref", c);
    crate::modules::set(cx, m, "ReferenceType", c);
    crate::modules::defs(cx, m, &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)]);
    Ok(m)
}

fn me(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<&'static mut WeakRef> {
    match args.first().and_then(|&v| weak_of(v)) {
        Some(w) => Ok(w),
        None => Err(bad_self(cx, args, "weakref.ReferenceType", name)),
    }
}

/// `ref(obj, callback=None)`: a callback-less `ref` to an object that has
/// one already is that one (as CPython's).
fn ref_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(cls), Some(base)) = super::array::new_args_classes(cx, args, BASE_KEY) else {
        return Err(cx.type_error("ReferenceType.__new__(X): X is not a subtype of ReferenceType"));
    };
    no_kw(cx, "ref", kw).or_else(|e| if cls == base { Err(e) } else { Ok(()) })?;
    let a = &args[1..];
    nargs(cx, "__new__", a, 1, 2)?;
    let (obj, cb) = (a[0], a.get(1).copied().unwrap_or(Value::none()));
    if !referenceable(obj) {
        let t = tname(cx, obj);
        return Err(cx.type_error(format!("cannot create weak reference to '{t}' object")));
    }
    let addr = obj.raw() as usize;
    if cb.is_none() && cls == base {
        // The plain (non-subclass) ref without a callback, if any.
        let refs = cx.vm.weakrefs.map.get(&addr).cloned().unwrap_or_default();
        let found = refs.into_iter().find(|&w| runtime::type_of(cx, w) == base && weak_of(w).is_some_and(|p| p.callback.is_none()));
        if let Some(w) = found {
            return Ok(w);
        }
    }
    let p = new_tagged(cx, base, WeakRef { target: obj, callback: cb, hash: None });
    let w = runtime::class::wrap_payload(cx, cls, p);
    cx.vm.weakrefs.map.entry(addr).or_default().push(w);
    Ok(w)
}

fn ref_call(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let w = me(cx, args, "__call__")?;
    no_kw(cx, "weakref", kw)?;
    nargs(cx, "weakref", &args[1..], 0, 0)?;
    Ok(w.target)
}

fn ref_eq(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], eq: bool) -> PyResult<Value> {
    let a = me(cx, args, "__eq__")?.target;
    runtime::args::check_exact(cx, "__eq__", args, kw, 2)?;
    let Some(b) = weak_of(args[1]).map(|w| w.target) else { return Ok(Value::not_implemented()) };
    if a.is_none() || b.is_none() {
        let same = args[0] == args[1];
        return Ok(Value::bool(same == eq));
    }
    let r = runtime::eq(cx, a, b)?;
    Ok(Value::bool(r == eq))
}

fn ref_hash(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let w = me(cx, args, "__hash__")?;
    runtime::args::check_exact(cx, "__hash__", args, kw, 1)?;
    if let Some(h) = w.hash {
        return Ok(cx.new_int(h));
    }
    if w.target.is_none() {
        return Err(cx.type_error("weak object has gone away"));
    }
    let h = runtime::hash(cx, w.target)?;
    me(cx, args, "__hash__")?.hash = Some(h);
    Ok(cx.new_int(h))
}

fn ref_repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = me(cx, args, "__repr__")?.target;
    runtime::args::check_exact(cx, "__repr__", args, kw, 1)?;
    let at = args[0].raw();
    if t.is_none() {
        return Ok(cx.new_string(format!("<weakref at {at:#x}; dead>")));
    }
    let tn = tname(cx, t);
    Ok(cx.new_string(format!("<weakref at {at:#x}; to '{tn}' at {:#x}>", t.raw())))
}

fn getweakrefcount(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::arity(cx, "getweakrefcount", args, kw, 1, 1)?;
    let n = cx.vm.weakrefs.map.get(&(args[0].raw() as usize)).map_or(0, Vec::len);
    Ok(Value::from_small(n as i64))
}

fn getweakrefs(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::arity(cx, "getweakrefs", args, kw, 1, 1)?;
    let refs = cx.vm.weakrefs.map.get(&(args[0].raw() as usize)).cloned().unwrap_or_default();
    Ok(cx.new_list(refs))
}
