//! Classes: `__build_class__`, C3 MRO, instantiation (`__new__`/`__init__`),
//! subclasses of builtin types (payload instances), `super`, and the natives
//! of `object`, `BaseException`, `property`, `staticmethod`, `classmethod`.
use super::types::*;
use super::*;

/// Call a class object: `cls(*args, **kw)`.
pub fn call_class(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = cls_ref(cls);
    if c.flags & CF_BUILTIN != 0 {
        return call_builtin_class(cx, cls, args, kw);
    }
    if c.h.class != cx.rt.types.type_ {
        return call_with_metaclass(cx, cls, args, kw);
    }
    instantiate(cx, cls, args, kw)
}

/// `cls(...)` for a class whose metaclass is not `type`: the metaclass's
/// `__call__` if a user class defines one, else the default instantiation.
#[cold]
#[inline(never)]
fn call_with_metaclass(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let meta = cls_ref(cls).h.class;
    match ops::user_lookup(meta, cx.rt.names.call) {
        Some(m) => call::call_type_method(cx, m, Value::from_ptr(cls), meta, args, kw),
        None => instantiate(cx, cls, args, kw),
    }
}

/// `type.__call__(cls, ...)`: create and initialise an instance of `cls`.
fn type_call(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|&c| class_of_value(c)) else {
        let tn = match args.first() {
            Some(&v) => type_name(cx, v),
            None => return Err(cx.type_error("descriptor '__call__' of 'type' object needs an argument")),
        };
        return Err(cx.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{tn}'")));
    };
    if cls_ref(cls).flags & CF_BUILTIN != 0 {
        return call_builtin_class(cx, cls, &args[1..], kw);
    }
    instantiate(cx, cls, &args[1..], kw)
}

/// The default instantiation of a user class: `__new__` then `__init__`.
fn instantiate(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = cls_ref(cls);
    let n_new = cx.rt.names.new;
    let obj = if let Some(new) = ops::user_lookup(cls, n_new) {
        let new = unwrap_static(new);
        let o = call::with_self(Value::from_ptr(cls), args, |all| call(cx, new, all, kw))?;
        if !isinstance(cx, o, cls) {
            return Ok(o);
        }
        o
    } else if issubclass(cls, cx.rt.types.type_) {
        call::with_self(Value::from_ptr(cls), args, |all| type_new(cx, all, kw))?
    } else if issubclass(cls, cx.rt.types.base_exception_group) {
        // A user subclass of the groups is built by BaseExceptionGroup.__new__
        // (its checks and its message/exceptions), as in CPython.
        let new = ops::class_lookup(cls, n_new).expect("BaseExceptionGroup.__new__");
        call::with_self(Value::from_ptr(cls), args, |all| call(cx, new, all, kw))?
    } else if !c.builtin_base.is_null() {
        new_builtin_subclass_instance(cx, cls, args, kw)?
    } else {
        if c.flags & CF_ABSTRACT != 0 {
            return Err(abstract_error(cx, cls, !args.is_empty() || !kw.is_empty()));
        }
        alloc_instance(cx, cls, args)
    };
    let n_init = cx.rt.names.init;
    match ops::user_lookup(cls, n_init) {
        Some(init) => {
            let r = if init.is_kind(Kind::Function) {
                call::with_self(obj, args, |all| call(cx, init, all, kw))?
            } else {
                let b = attr::descr_get(cx, init, obj, cls)?;
                call(cx, b, args, kw)?
            };
            if !r.is_none() {
                let tn = type_name(cx, r);
                return Err(cx.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        }
        None => {
            let user_new = ops::user_lookup(cls, n_new).is_some();
            let metaclass = issubclass(cls, cx.rt.types.type_);
            if (!args.is_empty() || !kw.is_empty()) && !user_new && !metaclass && c.builtin_base.is_null() && c.layout != Kind::Exception && !issubclass(cls, cx.rt.types.base_exception_group) {
                let n = class_name(cls);
                return Err(cx.type_error(format!("{n}() takes no arguments")));
            }
        }
    }
    Ok(obj)
}

fn call_builtin_class(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = &cx.rt.types;
    if cls == t.type_ && args.len() == 1 && kw.is_empty() {
        return Ok(Value::from_ptr(type_of(cx, args[0])));
    }
    if cls == t.object && (!args.is_empty() || !kw.is_empty()) {
        return Err(cx.type_error("object() takes no arguments"));
    }
    let c = cls_ref(cls);
    if c.layout == Kind::Exception {
        let e = alloc_instance(cx, cls, args);
        return Ok(e);
    }
    if let Some(nf) = builtin_new_native(cx, cls) {
        return call::with_self(Value::from_ptr(cls), args, |all| nf(cx, all, kw));
    }
    match builtin_new(cx, cls) {
        Some(new) => call::with_self(Value::from_ptr(cls), args, |all| call(cx, new, all, kw)),
        None => {
            if cls == cx.rt.types.none_type && args.is_empty() && kw.is_empty() {
                return Ok(Value::none());
            }
            if cls == cx.rt.types.ellipsis && args.is_empty() && kw.is_empty() {
                return Ok(Value::ellipsis());
            }
            if cls == cx.rt.types.not_implemented && args.is_empty() && kw.is_empty() {
                return Ok(Value::not_implemented());
            }
            if cls == cx.rt.types.object {
                return Ok(alloc_instance(cx, cls, args));
            }
            let n = class_name(cls);
            Err(cx.type_error(format!("cannot create '{n}' instances")))
        }
    }
}

/// One slot of a per-thread, direct-mapped cache of one value per
/// (class, version) (`by_version`). Versions never repeat and change with
/// the class dict or any base's, so a hit names a live class whose cached
/// value is still reachable from it (rooted there).
#[derive(Clone, Copy)]
pub struct VersionEntry {
    cls: *mut ClassObj,
    version: u32,
    /// UNBOUND: the computation gave None.
    value: Value,
}

pub const EMPTY_VERSION_ENTRY: VersionEntry =
    VersionEntry { cls: std::ptr::null_mut(), version: 0, value: Value::UNBOUND };

/// `slow()` for class `cls`, cached in `table` by (class, version).
#[inline(always)]
pub fn by_version<const N: usize>(
    table: &'static std::thread::LocalKey<[std::cell::Cell<VersionEntry>; N]>,
    cls: *mut ClassObj,
    slow: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let version = cls_ref(cls).version;
    let i = (cls as usize >> 5) % N;
    let e = table.with(|t| t[i].get());
    if e.cls == cls && e.version == version {
        return if e.value.is_unbound() { None } else { Some(e.value) };
    }
    let r = slow();
    table.with(|t| t[i].set(VersionEntry { cls, version, value: r.unwrap_or(Value::UNBOUND) }));
    r
}

thread_local! {
    /// builtin class -> the `__new__` of its own dict (`builtin_new`).
    static NEW_CACHE: [std::cell::Cell<VersionEntry>; 32] =
        const { [const { std::cell::Cell::new(EMPTY_VERSION_ENTRY) }; 32] };
}

/// The `__new__` in builtin class `cls`'s own dict, staticmethod unwrapped,
/// cached by class version.
#[inline]
fn builtin_new(cx: &mut Ctx, cls: *mut ClassObj) -> Option<Value> {
    by_version(&NEW_CACHE, cls, || {
        // SAFETY: class dicts are live.
        let own = unsafe { (*cls_ref(cls).dict).t.get_str(cx.rt.names.new) };
        own.map(unwrap_static)
    })
}

/// The unbound native `__new__` of builtin class `cls` when `cls(*args, **kw)` is
/// exactly `new(cls, *args, **kw)`: not for `type`, `object` or exception classes,
/// which `call_builtin_class` handles first.
#[inline]
pub fn builtin_new_native(cx: &mut Ctx, cls: *mut ClassObj) -> Option<NativeFn> {
    let t = &cx.rt.types;
    if cls == t.type_ || cls == t.object || cls_ref(cls).layout == Kind::Exception {
        return None;
    }
    let n = builtin_new(cx, cls)?.downcast::<NativeObj>(Kind::Native)?;
    n.bound.is_unbound().then_some(n.f)
}

/// A fresh instance of `cls` (no `__init__`): plain instance or exception with `args`.
pub fn alloc_instance(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value]) -> Value {
    let c = cls_ref(cls);
    if c.layout == Kind::Exception {
        let cls = super::exc::os_error_subclass(cx, cls, args);
        return super::exc::new_exception(cx, cls, args.to_vec());
    }
    // Room for the attributes instances of the class have had so far.
    let vals = Vec::with_capacity(attr::class_keys(cx, cls).len());
    cx.alloc_obj(InstanceObj { h: ObjHeader::new(cls, Kind::Instance), dict: std::ptr::null_mut(), payload: Value::UNBOUND, vals })
}

/// Wrap a builtin value as an instance of a user subclass (`class MyList(list)`).
pub fn wrap_payload(cx: &mut Ctx, cls: *mut ClassObj, payload: Value) -> Value {
    cx.alloc_obj(InstanceObj { h: ObjHeader::new(cls, Kind::Instance), dict: std::ptr::null_mut(), payload, vals: Vec::new() })
}

/// If `cls` is a user subclass of the builtin type of `v`, wrap `v`; else `v`.
/// (For builtin `__new__` natives called with a subclass: `int.__new__(MyInt, 5)`.)
pub fn wrap_new(cx: &mut Ctx, cls: *mut ClassObj, v: Value) -> Value {
    let c = cls_ref(cls);
    if c.flags & CF_BUILTIN == 0 && !c.builtin_base.is_null() && !v.is_kind(Kind::Instance) {
        return wrap_payload(cx, cls, v);
    }
    v
}

fn new_builtin_subclass_instance(cx: &mut Ctx, cls: *mut ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base = cls_ref(cls).builtin_base;
    let mutable = matches!(cls_ref(base).layout, Kind::List | Kind::Dict | Kind::Set);
    let has_init = ops::user_lookup(cls, cx.rt.names.init).is_some();
    let payload = if mutable && has_init {
        call_builtin_class(cx, base, &[], &[])?
    } else if mutable {
        call_builtin_class(cx, base, args, kw)?
    } else {
        let kw2: Vec<(Value, Value)> = if has_init { Vec::new() } else { kw.to_vec() };
        let a: &[Value] = if has_init && cls_ref(base).layout != Kind::Tuple && args.len() > 1 { &args[..1] } else { args };
        call_builtin_class(cx, base, a, &kw2)?
    };
    let payload = unwrap_payload(payload);
    Ok(wrap_payload(cx, cls, payload))
}

// ---------------------------------------------------------------- build_class

/// `__build_class__(func, name, *bases, **kw)`: run the body with a fresh
/// namespace (register 0), then create the class.
pub fn build_class(cx: &mut Ctx, func: Value, name: Value, bases: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut meta_kw = Vec::new();
    let mut meta: Option<Value> = None;
    for &(k, v) in kw {
        if str_of(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            meta_kw.push((k, v));
        }
    }
    let orig_bases = bases;
    let resolved = resolve_mro_entries(cx, bases)?;
    let bases: &[Value] = resolved.as_deref().unwrap_or(bases);
    let ty = cx.rt.types.type_;
    // CPython's __build_class__: the metaclass is the explicit one, else the
    // type of the first base; when it is a class, the most derived of it and
    // the types of all the bases.
    let first = match meta {
        Some(m) => m,
        None => bases.first().map_or(Value::from_ptr(ty), |&b| Value::from_ptr(type_of(cx, b))),
    };
    let meta = match class_of_value(first) {
        Some(m) => Value::from_ptr(calculate_meta(cx, m, bases)?),
        None => first,
    };
    let meta = Some(meta).filter(|&m| class_of_value(m) != Some(ty));
    let ns = match meta {
        Some(m) => prepare_namespace(cx, m, name, bases, &meta_kw)?,
        None => cx.new_dict(),
    };
    if resolved.is_some() {
        let ob = cx.new_tuple(orig_bases.to_vec());
        let k = cx.intern("__orig_bases__");
        item::set_item(cx, ns, k, ob)?;
    }
    let cell = call(cx, func, &[ns], &[])?;
    let cls = match meta {
        Some(m) => {
            let bt = cx.new_tuple(bases.to_vec());
            call(cx, m, &[name, bt, ns], &meta_kw)?
        }
        None => new_class(cx, name, bases, ns)?,
    };
    if let Some(c) = cell.downcast::<CellObj>(Kind::Cell) {
        c.v = cls;
    }
    if meta.is_none() {
        init_subclass(cx, cls, &meta_kw)?;
    }
    Ok(cls)
}

/// PEP 560: a base that is not a class but has `__mro_entries__(bases)` is
/// replaced by the tuple it returns (`class C(List[int])`). None when no base
/// has one.
fn resolve_mro_entries(cx: &mut Ctx, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let n = cx.intern("__mro_entries__");
    let mut out: Option<Vec<Value>> = None;
    for (i, &b) in bases.iter().enumerate() {
        let entries = match class_of_value(b) {
            Some(_) => None,
            None => attr::get_attr_opt(cx, b, n)?,
        };
        let Some(f) = entries else {
            if let Some(o) = out.as_mut() {
                o.push(b);
            }
            continue;
        };
        let bt = cx.new_tuple(bases.to_vec());
        let r = call(cx, f, &[bt], &[])?;
        let Some(items) = tuple_items(r) else {
            return Err(cx.type_error("__mro_entries__ must return a tuple"));
        };
        out.get_or_insert_with(|| bases[..i].to_vec()).extend_from_slice(items);
    }
    Ok(out)
}

/// The class body's namespace: `meta.__prepare__(name, bases, **kw)` when
/// the metaclass has one (CPython checks it returns a mapping), else a dict.
#[cold]
#[inline(never)]
fn prepare_namespace(cx: &mut Ctx, meta: Value, name: Value, bases: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = cx.intern("__prepare__");
    let Some(prep) = attr::get_attr_opt(cx, meta, n)? else {
        return Ok(cx.new_dict());
    };
    let bt = cx.new_tuple(bases.to_vec());
    let ns = call(cx, prep, &[name, bt], kw)?;
    if dict_obj(ns).is_none() && !has_getitem(cx, ns) {
        let mn = match class_of_value(meta) {
            Some(c) => class_name(c).to_string(),
            None => "<metaclass>".to_string(),
        };
        let tn = type_name(cx, ns);
        return Err(cx.type_error(format!("{mn}.__prepare__() must return a mapping, not {tn}")));
    }
    Ok(ns)
}

fn has_getitem(cx: &Ctx, v: Value) -> bool {
    ops::class_lookup(type_of(cx, v), cx.rt.names.getitem).is_some()
}

/// The function inside a `staticmethod` (an implicit one wraps `__new__`), else `f`.
fn unwrap_static(f: Value) -> Value {
    if f.is_kind(Kind::StaticMethod) {
        f.obj::<WrapperObj>().f
    } else {
        f
    }
}

/// The most derived of `meta` and the metaclasses (types) of `bases`, or
/// CPython's "metaclass conflict" TypeError when they are not in one line.
fn calculate_meta(cx: &mut Ctx, meta: *mut ClassObj, bases: &[Value]) -> PyResult<*mut ClassObj> {
    let mut winner = meta;
    for &b in bases {
        let t = type_of(cx, b);
        if issubclass(winner, t) {
            continue;
        }
        if !issubclass(t, winner) {
            return Err(cx.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        winner = t;
    }
    Ok(winner)
}

/// The builtin class whose instance layout a class extends (`int`, `list`,
/// ..., `BaseException`), or null for plain object layout.
fn solid_base(cx: &Ctx, c: *mut ClassObj) -> *mut ClassObj {
    let c = cls_ref(c);
    match c.layout {
        _ if !c.builtin_base.is_null() => c.builtin_base,
        Kind::Exception => cx.rt.types.base_exception,
        _ => std::ptr::null_mut(),
    }
}

/// CPython's "multiple bases have instance lay-out conflict": two bases
/// extend builtin layouts neither of which extends the other.
fn check_layouts(cx: &mut Ctx, bs: &[*mut ClassObj]) -> PyResult<()> {
    let mut solid: *mut ClassObj = std::ptr::null_mut();
    for &b in bs {
        let s = solid_base(cx, b);
        if s.is_null() || issubclass(solid, s) {
            continue;
        }
        if !solid.is_null() && !issubclass(s, solid) {
            return Err(cx.type_error("multiple bases have instance lay-out conflict"));
        }
        solid = s;
    }
    Ok(())
}

/// Create a class from a name, bases and a namespace dict (also `type(name, bases, dict)`).
pub fn new_class(cx: &mut Ctx, name: Value, bases: &[Value], ns: Value) -> PyResult<Value> {
    let mut bs: Vec<*mut ClassObj> = Vec::with_capacity(bases.len());
    for &b in bases {
        let Some(c) = class_of_value(b) else {
            let tn = type_name(cx, b);
            return Err(cx.type_error(format!("bases must be types, not {tn}")));
        };
        if cls_ref(c).flags & CF_FINAL != 0 {
            let n = class_name(c);
            return Err(cx.type_error(format!("type '{n}' is not an acceptable base type")));
        }
        if bs.contains(&c) {
            let n = class_name(c);
            return Err(cx.type_error(format!("duplicate base class {n}")));
        }
        bs.push(c);
    }
    if bs.is_empty() {
        bs.push(cx.rt.types.object);
    }
    check_layouts(cx, &bs)?;
    let mut layout = Kind::Instance;
    let mut builtin_base: *mut ClassObj = std::ptr::null_mut();
    for &b in &bs {
        let bc = cls_ref(b);
        if bc.layout == Kind::Exception {
            layout = Kind::Exception;
        }
        if builtin_base.is_null() && !bc.builtin_base.is_null() {
            builtin_base = bc.builtin_base;
        }
    }
    let d = dict_obj(ns).unwrap() as *mut DictObj;
    // SAFETY: `ns` is a live dict.
    let t = unsafe { &mut (*d).t };
    let qualname = t.remove_str(cx.rt.names.qualname).unwrap_or(name);
    let classcell = {
        let k = cx.intern("__classcell__");
        t.remove_str(k)
    };
    if t.get_str(cx.rt.names.module).is_none() {
        t.set_str(cx.rt.names.module, cx.rt.names.main);
    }
    let (mut members, no_dict, weakref) = class_slots(cx, t, name, &bs)?;
    members.extend(instance_getsets(cx, t, &bs, !no_dict, weakref));
    if t.get_str(cx.rt.names.doc).is_none() {
        t.set_str(cx.rt.names.doc, Value::none());
    }
    wrap_special_methods(cx, t);
    if t.get_str(cx.rt.names.eq).is_some() && t.get_str(cx.rt.names.hash).is_none() {
        t.set_str(cx.rt.names.hash, Value::none());
    }
    let cls = ClassObj {
        h: ObjHeader::new(cx.rt.types.type_, Kind::Class),
        name,
        qualname,
        bases: bs.clone(),
        mro: Vec::new(),
        dict: d,
        layout,
        version: 1,
        flags: if no_dict { attr::CF_NO_DICT } else { 0 },
        builtin_base,
    };
    let p = cx.heap.alloc(cls);
    for m in members {
        attr::set_descr_owner(cx, m, p);
    }
    let mro = match c3_mro(p, &bs) {
        Some(m) => m,
        None => {
            let names: Vec<&str> = bs.iter().map(|&b| class_name(b)).collect();
            return Err(cx.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    cls_ref(p).mro = mro;
    for &b in &cls_ref(p).mro[1..] {
        if cls_ref(b).flags & CF_BUILTIN == 0 {
            cx.rt.subclasses.push((b, p));
        }
    }
    cls_ref(p).version = ops::next_version();
    attr::refresh_flags(cx, p);
    let v = Value::from_ptr(p);
    if let Some(cell) = classcell {
        if let Some(c) = cell.downcast::<CellObj>(Kind::Cell) {
            c.v = v;
        }
    }
    set_names(cx, v, d)?;
    Ok(v)
}

/// `__new__` is an implicit staticmethod; `__init_subclass__`/`__class_getitem__` implicit classmethods.
/// The `__slots__` of a class body `t`, checked as CPython does (names are
/// identifier strings, none is also a class variable); each slot but
/// `__dict__`/`__weakref__` gets a `member_descriptor` in `t` under its
/// mangled name, in sorted order. Returns the new members (their class is set
/// once it exists), whether instances have no `__dict__` (no `'__dict__'`
/// slot, and every base is `object` or has none) and whether they may be
/// weakly referenced (no `__slots__`, or `'__weakref__'` in it).
fn class_slots(cx: &mut Ctx, t: &mut dict::DictTable, name: Value, bases: &[*mut ClassObj]) -> PyResult<(Vec<Value>, bool, bool)> {
    let Some(slots) = t.get_str(cx.rt.names.slots) else { return Ok((Vec::new(), false, true)) };
    let object = cx.rt.types.object;
    let bases_have_dict = !bases.iter().all(|&b| b == object || cls_ref(b).flags & attr::CF_NO_DICT != 0);
    let (mut dict, mut weakref) = (false, false);
    let mut names: Vec<String> = Vec::new();
    for n in attr::slot_names(cx, slots)? {
        let Some(s) = str_of(n) else {
            let tn = type_name(cx, n);
            return Err(cx.type_error(format!("__slots__ items must be strings, not '{tn}'")));
        };
        if !crate::builtins::strs::isidentifier(s) {
            return Err(cx.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" if dict || bases_have_dict => return Err(cx.type_error("__dict__ slot disallowed: we already got one")),
            "__dict__" => dict = true,
            "__weakref__" if weakref => {
                return Err(cx.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"))
            }
            "__weakref__" => weakref = true,
            _ => names.push(crate::compile::scope::mangle(str_of(name), s)),
        }
    }
    let mut members = Vec::new();
    let mut keys = Vec::new();
    for s in &names {
        let k = cx.intern(s);
        if t.get_str(k).is_some() {
            let r = repr::repr_string(cx, k)?;
            return Err(cx.value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
        keys.push(k);
    }
    keys.sort_by(|&a, &b| str_of(a).cmp(&str_of(b)));
    keys.dedup();
    for k in keys {
        let kind = cx.rt.types.member_descriptor;
        let m = attr::new_descr(cx, kind, k);
        t.set_str(k, m);
        members.push(m);
    }
    Ok((members, !dict && !bases_have_dict, weakref))
}

/// The `__dict__` / `__weakref__` getset descriptors a new class adds to its
/// namespace `t` when its instances have them and its best base (the one
/// whose layout the others extend) does not (CPython's `type_new`); their
/// class is set once it exists.
fn instance_getsets(cx: &mut Ctx, t: &mut dict::DictTable, bases: &[*mut ClassObj], dict: bool, weakref: bool) -> Vec<Value> {
    let best = best_base(cx, bases);
    let t_ = &cx.rt.types;
    let base_dict = ops::class_lookup(best, cx.rt.names.dict).is_some() || issubclass(best, t_.base_exception);
    let var_sized = [t_.int, t_.tuple, t_.bytes].iter().any(|&v| issubclass(best, v));
    let weak_key = cx.intern("__weakref__");
    let base_weak = ops::class_lookup(best, weak_key).is_some() || var_sized;
    let kind = cx.rt.types.getset_descriptor;
    let mut out = Vec::new();
    for (add, key) in [(dict && !base_dict, cx.rt.names.dict), (weakref && !base_weak, weak_key)] {
        // A class body's own value for the name stays (CPython's setdefault).
        if add && t.get_str(key).is_none() {
            let g = attr::new_descr(cx, kind, key);
            t.set_str(key, g);
            out.push(g);
        }
    }
    out
}

/// CPython's `best_base`: the base whose solid base (the nearest class that
/// changes the instance layout: defines slots, or is builtin) is the most derived.
fn best_base(cx: &Ctx, bases: &[*mut ClassObj]) -> *mut ClassObj {
    let solid = |mut b: *mut ClassObj| loop {
        let c = cls_ref(b);
        // SAFETY: class dicts are live.
        let slots = unsafe { (*c.dict).t.iter() }.any(|(_, v)| attr::member_of(cx, v).is_some());
        if c.flags & CF_BUILTIN != 0 || slots || c.bases.is_empty() {
            return b;
        }
        b = c.bases[0];
    };
    let mut best = bases[0];
    for &b in &bases[1..] {
        if issubclass(solid(b), solid(best)) {
            best = b;
        }
    }
    best
}

fn wrap_special_methods(cx: &mut Ctx, t: &mut dict::DictTable) {
    let n = cx.rt.names.new;
    if let Some(f) = t.get_str(n) {
        if f.is_kind(Kind::Function) {
            let w = new_wrapper(cx, f, false);
            t.set_str(n, w);
        }
    }
    for n in [cx.rt.names.init_subclass, cx.rt.names.class_getitem] {
        if let Some(f) = t.get_str(n) {
            if f.is_kind(Kind::Function) {
                let w = new_wrapper(cx, f, true);
                t.set_str(n, w);
            }
        }
    }
}

/// staticmethod(f) / classmethod(f).
pub fn new_wrapper(cx: &mut Ctx, f: Value, classmethod: bool) -> Value {
    let (cls, k) = if classmethod {
        (cx.rt.types.classmethod, Kind::ClassMethod)
    } else {
        (cx.rt.types.staticmethod, Kind::StaticMethod)
    };
    cx.alloc_obj(WrapperObj { h: ObjHeader::new(cls, k), f })
}

/// Call `__set_name__(owner, name)` on namespace values that define it.
fn set_names(cx: &mut Ctx, cls: Value, d: *mut DictObj) -> PyResult<()> {
    // SAFETY: the class dict is live.
    let entries: Vec<(Value, Value)> = unsafe { (*d).t.iter().collect() };
    let sn = cx.rt.names.set_name;
    for (k, v) in entries {
        if v.is_kind(Kind::Instance) {
            if let Some(f) = ops::user_lookup(v.header().class, sn) {
                ops::call_dunder(cx, f, v, &[cls, k])?;
            }
        }
    }
    Ok(())
}

/// Call the nearest base's user `__init_subclass__(**kw)`.
fn init_subclass(cx: &mut Ctx, cls: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    let c: *mut ClassObj = cls.as_ptr();
    let n = cx.rt.names.init_subclass;
    let mro = cls_ref(c).mro.clone();
    for &b in &mro[1..] {
        if cls_ref(b).flags & CF_BUILTIN != 0 {
            break;
        }
        // SAFETY: class dicts are live.
        if let Some(f) = unsafe { (*cls_ref(b).dict).t.get_str(n) } {
            let bound = attr::class_descr_get(cx, f, c)?;
            call(cx, bound, &[], kw)?;
            return Ok(());
        }
    }
    if !kw.is_empty() {
        let cn = class_name(c);
        return Err(cx.type_error(format!("{cn}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(())
}

/// C3 linearisation; None when inconsistent.
pub fn c3_mro(cls: *mut ClassObj, bases: &[*mut ClassObj]) -> Option<Vec<*mut ClassObj>> {
    let mut seqs: Vec<Vec<*mut ClassObj>> = bases.iter().map(|&b| cls_ref(b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let h = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&h)) {
                found = Some(h);
                break;
            }
        }
        let h = found?;
        out.push(h);
        for s in seqs.iter_mut() {
            if s[0] == h {
                s.remove(0);
            }
        }
    }
}

// ---------------------------------------------------------------- natives

fn self_arg(cx: &mut Ctx, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) => Ok(v),
        None => Err(cx.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// An attribute name argument: interned str, else TypeError.
pub fn attr_name(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if str_of(v).is_none() {
        let tn = type_name(cx, v);
        return Err(cx.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    Ok(cx.intern_value(v))
}

fn object_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|&c| class_of_value(c)) else {
        return Err(cx.type_error("object.__new__(X): X is not a type object"));
    };
    let c = cls_ref(cls);
    if !c.builtin_base.is_null() && c.flags & CF_BUILTIN == 0 {
        let base = c.builtin_base;
        let p = call_builtin_class(cx, base, &[], &[])?;
        return Ok(wrap_payload(cx, cls, p));
    }
    if c.flags & CF_BUILTIN != 0 && c.layout != Kind::Instance && c.layout != Kind::Exception {
        let n = class_name(cls);
        return Err(cx.type_error(format!("object.__new__({n}) is not safe, use {n}.__new__()")));
    }
    if c.flags & CF_ABSTRACT != 0 {
        return Err(abstract_error(cx, cls, false));
    }
    Ok(alloc_instance(cx, cls, &args[1..]))
}

/// CPython's "Can't instantiate abstract class C with abstract methods f, g"
/// (after object.__new__'s own check: arguments but no `__init__`).
#[cold]
#[inline(never)]
fn abstract_error(cx: &mut Ctx, cls: *mut ClassObj, has_args: bool) -> crate::Exc {
    if has_args && ops::user_lookup(cls, cx.rt.names.init).is_none() {
        let n = class_name(cls);
        return cx.type_error(format!("{n}() takes no arguments"));
    }
    // SAFETY: class dicts are live.
    let a = unsafe { (*cls_ref(cls).dict).t.get_str(cx.rt.names.abstractmethods) };
    let names = match a.map(|a| iter::collect(cx, a)) {
        Some(Ok(v)) => v,
        Some(Err(e)) => return e,
        None => Vec::new(),
    };
    let mut names: Vec<String> = names.iter().filter_map(|&n| str_of(n).map(str::to_string)).collect();
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    let n = class_name(cls);
    cx.type_error(format!("Can't instantiate abstract class {n} with abstract method{s} {}", names.join(", ")))
}

fn object_init(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__init__")?;
    if args.len() > 1 || !kw.is_empty() {
        let cls = type_of(cx, s);
        if s.is_kind(Kind::Exception) {
            return Ok(Value::none());
        }
        if ops::user_lookup(cls, cx.rt.names.new).is_none() {
            return Err(cx.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(Value::none())
}

fn object_setattr(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__setattr__", args, &[], 3)?;
    let n = attr_name(cx, args[1])?;
    match args[0].kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => attr::generic_setattr(cx, args[0], n, args[2])?,
        Some(Kind::Class) => attr::class_setattr(cx, args[0].as_ptr(), n, args[2])?,
        _ => attr::set_attr(cx, args[0], n, args[2])?,
    }
    Ok(Value::none())
}

fn object_delattr(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__delattr__", args, &[], 2)?;
    let n = attr_name(cx, args[1])?;
    match args[0].kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => attr::generic_delattr(cx, args[0], n)?,
        Some(Kind::Class) => attr::class_delattr(cx, args[0].as_ptr(), n)?,
        _ => attr::del_attr(cx, args[0], n)?,
    }
    Ok(Value::none())
}

fn object_getattribute(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__getattribute__", args, &[], 2)?;
    let n = attr_name(cx, args[1])?;
    let v = args[0];
    let r = match v.kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => {
            let cls = type_of(cx, v);
            attr::generic_getattr(cx, v, cls, n)?
        }
        _ => attr::lookup_attr(cx, v, n)?,
    };
    match r {
        Some(x) => Ok(x),
        None => Err(attr::attr_error(cx, v, n)),
    }
}

fn object_repr(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__repr__")?;
    let cls = type_of(cx, s);
    let r = if s.is_kind(Kind::Exception) {
        let e = s.obj::<ExceptionObj>().args;
        let name = class_name(cls);
        let items = tuple_items(e).unwrap_or(&[]);
        if items.len() == 1 {
            format!("{name}({})", repr_string(cx, items[0])?)
        } else if items.is_empty() {
            format!("{name}()")
        } else {
            format!("{name}{}", repr_string(cx, e)?)
        }
    } else if s.is_kind(Kind::Instance) {
        format!("<{} object at {:#x}>", repr::class_fullname(cls), s.raw())
    } else {
        repr_string(cx, s)?
    };
    Ok(cx.new_string(r))
}

fn object_str(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__str__")?;
    if s.is_kind(Kind::Exception) {
        let r = exception_str(cx, s)?;
        return Ok(cx.new_string(r));
    }
    repr(cx, s)
}

fn object_eq(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__eq__", args, &[], 2)?;
    if args[0] == args[1] {
        return Ok(Value::true_());
    }
    let (a, b) = (unwrap_payload(args[0]), unwrap_payload(args[1]));
    if a != args[0] {
        if let Some(r) = ops::builtin_compare(cx, crate::compile::CmpOp::Eq, a, b)? {
            return Ok(r);
        }
    }
    Ok(Value::not_implemented())
}

/// `object.__ne__`: the type's `__eq__` inverted, NotImplemented passed on.
fn object_ne(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__ne__", args, &[], 2)?;
    let cls = type_of(cx, args[0]);
    let r = match ops::class_lookup(cls, cx.rt.names.eq) {
        Some(f) => ops::call_dunder(cx, f, args[0], &[args[1]])?,
        None => object_eq(cx, args, &[])?,
    };
    if r == Value::not_implemented() {
        return Ok(r);
    }
    let t = ops::truthy(cx, r)?;
    Ok(Value::bool(!t))
}

fn object_hash(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__hash__")?;
    let p = unwrap_payload(s);
    let h = if p != s { ops::hash(cx, p)? } else { ops::id_hash(s) };
    Ok(cx.new_int(h))
}

fn object_format(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__format__", args, &[], 2)?;
    let Some(spec) = str_of(args[1]) else {
        let tn = crate::builtins::util::clinic_tname(type_name(cx, args[1]));
        return Err(cx.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    if !spec.is_empty() {
        let n = type_name(cx, args[0]);
        return Err(cx.type_error(format!("unsupported format string passed to {n}.__format__")));
    }
    to_str(cx, args[0])
}

/// `object.__lt__` and friends: NotImplemented (the reflected operation decides).
fn object_cmp(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "comparison", args, &[], 2)?;
    Ok(Value::not_implemented())
}

fn object_subclasshook(_cx: &mut Ctx, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

/// `object.__sizeof__`: CPython's basic size of the instance layout (header
/// 16, BaseException 72; 8 per slot; 8 for the weak-reference slot; the
/// 3.11 managed dict lives before the object). Other values: `sys.getsizeof`'s
/// figure.
fn object_sizeof(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__sizeof__", args, &[], 1)?;
    let v = args[0];
    if !(v.is_kind(Kind::Instance) || v.is_kind(Kind::Exception)) {
        return crate::modules::sys::getsizeof_value(cx, v);
    }
    let cls = type_of(cx, v);
    let mut n = if v.is_kind(Kind::Exception) { 72 } else { 16 };
    n += 8 * attr::slot_count(cx, cls);
    let weak = cx.intern("__weakref__");
    if ops::class_lookup(cls, weak).is_some() {
        n += 8;
    }
    Ok(cx.new_int(n as i64))
}

/// `object.__getstate__` (3.11): the instance dict (None when empty or
/// absent); with slots set, `(dict or None, {slot: value})`.
fn object_getstate(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__getstate__", args, &[], 1)?;
    let v = args[0];
    let d = attr::attrs_dict(cx, v);
    // SAFETY: instance dicts are live.
    if d.is_null() || unsafe { (*d).t.len } == 0 {
        return Ok(Value::none());
    }
    let cls = type_of(cx, v);
    if attr::slot_count(cx, cls) == 0 {
        attr::instance_dict_exposed(cx, v);
        return Ok(Value::from_ptr(d));
    }
    let (state, slots) = (cx.new_dict(), cx.new_dict());
    // SAFETY: instance dicts are live.
    let entries: Vec<(Value, Value)> = unsafe { (*d).t.iter().collect() };
    for (k, x) in entries {
        let to = if attr::is_slot(cx, cls, k) { slots } else { state };
        dict_obj(to).unwrap().t.set_str(k, x);
    }
    let state = if cls_ref(cls).flags & attr::CF_NO_DICT != 0 || dict_obj(state).unwrap().t.len == 0 { Value::none() } else { state };
    if dict_obj(slots).unwrap().t.len == 0 {
        return Ok(state);
    }
    Ok(cx.new_tuple(vec![state, slots]))
}

/// `copyreg.NAME` (`__newobj__`, `_reconstructor`): reductions name copyreg's functions, as
/// CPython's do, so that pickle can write them by name.
fn copyreg_attr(cx: &mut Ctx, name: &str) -> PyResult<Value> {
    let m = crate::runtime::import_builtin(cx, "copyreg").expect("copyreg is bundled")?;
    let n = cx.intern(name);
    get_attr(cx, m, n)
}

/// `object.__reduce_ex__(protocol)`: a user `__reduce__` if the class defines
/// one, else copyreg's forms: protocol >= 2 `(__newobj__, (cls,), state,
/// listitems, dictitems)`, below `_reconstructor` (`object.__reduce__`).
fn object_reduce_ex(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__reduce_ex__", args, &[], 2)?;
    let v = args[0];
    let proto = crate::builtins::util::to_index(cx, args[1])?;
    let cls = type_of(cx, v);
    let red = cx.intern("__reduce__");
    // A `__reduce__` other than object's (a user's or a builtin class's) is the answer.
    if let Some(f) = ops::class_lookup(cls, red) {
        if ops::class_lookup(cx.rt.types.object, red) != Some(f) {
            return ops::call_dunder(cx, f, v, &[]);
        }
    }
    reduce(cx, v, proto)
}

/// `__reduce__` of builtin functions, Ellipsis, NotImplemented, range and slice, as CPython's:
/// a name (pickle saves it as a global) or `(callable, args)`.
fn builtin_reduce(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__reduce__", args, &[], 1)?;
    let v = args[0];
    if v == Value::ellipsis() {
        return Ok(cx.intern("Ellipsis"));
    }
    if v == Value::not_implemented() {
        return Ok(cx.intern("NotImplemented"));
    }
    let (f, fargs) = match v.kind() {
        Some(Kind::Native) => {
            let nf = v.obj::<NativeObj>();
            let (name, owner) = (cx.intern(nf.name), nf.bound);
            if owner.is_unbound() || owner.is_kind(Kind::Module) {
                return Ok(name);
            }
            let ga = cx.intern("getattr");
            // SAFETY: the builtins dict is live.
            let getattr = unsafe { (*cx.rt.builtins).t.get_str(ga) }.unwrap_or(Value::none());
            (getattr, vec![owner, name])
        }
        Some(Kind::Range) => {
            let r = v.obj::<RangeObj>();
            let (a, b, c) = (r.start, r.stop, r.step);
            let items = vec![cx.new_int(a), cx.new_int(b), cx.new_int(c)];
            (Value::from_ptr(cx.rt.types.range), items)
        }
        Some(Kind::Slice) => {
            let s = v.obj::<SliceObj>();
            (Value::from_ptr(cx.rt.types.slice), vec![s.start, s.stop, s.step])
        }
        _ => return reduce(cx, v, 0),
    };
    let fargs = cx.new_tuple(fargs);
    Ok(cx.new_tuple(vec![f, fargs]))
}

fn object_reduce(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__reduce__", args, &[], 1)?;
    reduce(cx, args[0], 0)
}

fn reduce(cx: &mut Ctx, v: Value, proto: i64) -> PyResult<Value> {
    let func = copyreg_attr(cx, if proto >= 2 { "__newobj__" } else { "_reconstructor" })?;
    let cls = type_of(cx, v);
    // An instance of a builtin class with no reducer of its own (a generator, a file...):
    // CPython's copyreg refuses it below protocol 2 and its reduce_newobj without __getnewargs__.
    if cls_ref(cls).flags & CF_BUILTIN != 0 && cls != cx.rt.types.object {
        let gna = cx.intern("__getnewargs__");
        if proto < 2 || attr::get_attr_opt(cx, v, gna)?.is_none() {
            let name = type_name(cx, v);
            return Err(cx.type_error(format!("cannot pickle '{name}' object")));
        }
    }
    let gs = cx.intern("__getstate__");
    let f = get_attr(cx, v, gs)?;
    let state = call(cx, f, &[], &[])?;
    if proto >= 2 {
        let mut args = vec![Value::from_ptr(cls)];
        let gna = cx.intern("__getnewargs__");
        if let Some(f) = attr::get_attr_opt(cx, v, gna)? {
            let extra = call(cx, f, &[], &[])?;
            let Some(items) = tuple_items(extra) else {
                let tn = type_name(cx, extra);
                return Err(cx.type_error(format!("__getnewargs__ should return a tuple, not '{tn}'")));
            };
            args.extend_from_slice(items);
        }
        let args = cx.new_tuple(args);
        let t = &cx.rt.types;
        let (is_list, is_dict) = (issubclass(cls, t.list), issubclass(cls, t.dict));
        let list_items = if is_list { get_iter(cx, v)? } else { Value::none() };
        let dict_items = if is_dict {
            let items = cx.intern("items");
            let f = get_attr(cx, v, items)?;
            let it = call(cx, f, &[], &[])?;
            get_iter(cx, it)?
        } else {
            Value::none()
        };
        return Ok(cx.new_tuple(vec![func, args, state, list_items, dict_items]));
    }
    // The first builtin class of the MRO and, unless it is `object`, the
    // value as an instance of it.
    let base = cls_ref(cls).mro.iter().copied().find(|&c| cls_ref(c).flags & CF_BUILTIN != 0).unwrap_or(cx.rt.types.object);
    let base_state = if base == cx.rt.types.object { Value::none() } else { call(cx, Value::from_ptr(base), &[v], &[])? };
    let recon = func;
    let args = cx.new_tuple(vec![Value::from_ptr(cls), Value::from_ptr(base), base_state]);
    if state.is_none() {
        return Ok(cx.new_tuple(vec![recon, args]));
    }
    Ok(cx.new_tuple(vec![recon, args, state]))
}

fn object_init_subclass(_cx: &mut Ctx, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::none())
}

fn object_dir(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__dir__")?;
    let mut names: Vec<Value> = Vec::new();
    let d = match s.kind() {
        Some(Kind::Module) => s.obj::<ModuleObj>().dict,
        _ => attr::attrs_dict(cx, s),
    };
    if !d.is_null() {
        // SAFETY: live dict.
        names.extend(unsafe { (*d).t.keys() });
    }
    let cls = class_of_value(s).unwrap_or_else(|| type_of(cx, s));
    if !s.is_kind(Kind::Module) {
        for &c in &cls_ref(cls).mro {
            // SAFETY: class dicts are live.
            names.extend(unsafe { (*cls_ref(c).dict).t.keys() });
        }
    }
    let mut strs: Vec<(String, Value)> = names.into_iter().filter_map(|n| str_of(n).map(|s| (s.to_string(), n))).collect();
    strs.sort_by(|a, b| a.0.cmp(&b.0));
    strs.dedup_by(|a, b| a.0 == b.0);
    let items = strs.into_iter().map(|(_, v)| v).collect();
    Ok(cx.new_list(items))
}

fn exc_init(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_arg(cx, args, "__init__")?;
    if let Some(e) = s.downcast::<ExceptionObj>(Kind::Exception) {
        let a = cx.new_tuple(args[1..].to_vec());
        e.args = a;
        super::exc::os_error_fields(cx, s);
    }
    Ok(Value::none())
}

fn exc_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|&c| class_of_value(c)) else {
        return Err(cx.type_error("BaseException.__new__(X): X is not a type object"));
    };
    Ok(alloc_instance(cx, cls, &args[1..]))
}

fn exc_with_traceback(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "with_traceback", args, &[], 2)?;
    super::exc::set_traceback(cx, args[0], args[1])?;
    Ok(args[0])
}

fn super_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(cx.runtime_error("super(): no arguments"));
    }
    let Some(cls) = class_of_value(args[1]) else {
        let tn = type_name(cx, args[1]);
        return Err(cx.type_error(format!("super() argument 1 must be a type, not {tn}")));
    };
    let obj = args[2];
    let ok = isinstance(cx, obj, cls) || class_of_value(obj).map_or(false, |c| issubclass(c, cls));
    if !ok {
        return Err(cx.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    let sc = cx.rt.types.super_;
    Ok(cx.alloc_obj(SuperObj { h: ObjHeader::new(sc, Kind::Super), cls, obj }))
}

/// `super(cls, obj)` from Rust.
pub fn new_super(cx: &mut Ctx, cls: Value, obj: Value) -> PyResult<Value> {
    let s = Value::from_ptr(cx.rt.types.super_);
    super_new(cx, &[s, cls, obj], &[])
}

fn property_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut slots = [Value::none(); 4];
    for (i, &a) in args.iter().skip(1).take(4).enumerate() {
        slots[i] = a;
    }
    for &(k, v) in kw {
        match str_of(k) {
            Some("fget") => slots[0] = v,
            Some("fset") => slots[1] = v,
            Some("fdel") => slots[2] = v,
            Some("doc") => slots[3] = v,
            _ => return Err(cx.type_error("property() got an unexpected keyword argument")),
        }
    }
    Ok(new_property(cx, slots))
}

/// property(fget, fset, fdel, doc).
pub fn new_property(cx: &mut Ctx, s: [Value; 4]) -> Value {
    let pc = cx.rt.types.property;
    let doc = if s[3].is_none() && !s[0].is_none() && s[0].is_kind(Kind::Function) {
        s[0].obj::<FunctionObj>().doc
    } else {
        s[3]
    };
    cx.alloc_obj(PropertyObj { h: ObjHeader::new(pc, Kind::Property), fget: s[0], fset: s[1], fdel: s[2], doc })
}

fn property_copy_with(cx: &mut Ctx, args: &[Value], which: usize, name: &str) -> PyResult<Value> {
    args::check_exact(cx, name, args, &[], 2)?;
    let Some(p) = args[0].downcast::<PropertyObj>(Kind::Property) else {
        return Err(cx.type_error("descriptor requires a 'property' object"));
    };
    let mut s = [p.fget, p.fset, p.fdel, p.doc];
    s[which] = args[1];
    Ok(new_property(cx, s))
}

fn property_getter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy_with(cx, args, 0, "getter")
}
fn property_setter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy_with(cx, args, 1, "setter")
}
fn property_deleter(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_copy_with(cx, args, 2, "deleter")
}

fn property_get(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_range(cx, "__get__", args, &[], 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let cls = type_of(cx, args[1]);
    attr::descr_get(cx, args[0], args[1], cls)
}

/// `property.__set__(obj, value)` / `property.__delete__(obj)`: the setter
/// (`set`) or deleter called directly.
fn property_set(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        // CPython's wrap_descr_set message (its leading space included).
        return Err(cx.type_error(format!(" expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    property_call(cx, args, true)
}
fn property_delete(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(cx.type_error(format!("expected 1 argument, got {n}")));
    }
    property_call(cx, args, false)
}
fn property_call(cx: &mut Ctx, args: &[Value], set: bool) -> PyResult<Value> {
    let Some(p) = args[0].downcast::<PropertyObj>(Kind::Property) else {
        let m = if set { "__set__" } else { "__delete__" };
        let tn = type_name(cx, args[0]);
        return Err(cx.type_error(format!("descriptor '{m}' requires a 'property' object but received a '{tn}'")));
    };
    let f = if set { p.fset } else { p.fdel };
    if f.is_unbound() || f.is_none() {
        let cls = type_of(cx, args[1]);
        let name = property_name(cls, args[0]);
        return Err(property_missing(cx, name, cls, set));
    }
    call(cx, f, &args[1..], &[])?;
    Ok(Value::none())
}

/// The name a property has in `cls`'s MRO (what CPython's `__set_name__` records).
fn property_name(cls: *mut ClassObj, prop: Value) -> Option<Value> {
    cls_ref(cls).mro.iter().find_map(|&c| {
        // SAFETY: a class's dict is a live dict.
        let t = unsafe { &(*cls_ref(c).dict).t };
        t.iter().find(|&(_, v)| v == prop).map(|(k, _)| k)
    })
}

/// CPython's AttributeError for a property without a setter (`set`) or deleter.
pub fn property_missing(cx: &mut Ctx, name: Option<Value>, cls: *mut ClassObj, set: bool) -> crate::Exc {
    let what = if set { "setter" } else { "deleter" };
    let cn = class_name(cls);
    match name.and_then(str_of) {
        Some(n) => cx.attribute_error(format!("property '{n}' of '{cn}' object has no {what}")),
        None => cx.attribute_error(format!("property of '{cn}' object has no {what}")),
    }
}

/// `f.__call__(*args, **kw)` of functions, builtins and bound methods.
fn call_self(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((&f, rest)) = args.split_first() else {
        return Err(cx.type_error("descriptor '__call__' needs an argument"));
    };
    call(cx, f, rest, kw)
}

/// `__get__(obj, type=None)` of functions, staticmethods and classmethods:
/// what an attribute load through an instance (obj) or the class does.
fn wrapper_get(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_range(cx, "__get__", args, &[], 2, 3)?;
    let (d, obj) = (args[0], args[1]);
    let owner = args.get(2).and_then(|&t| class_of_value(t));
    if obj.is_none() {
        match (d.kind(), owner) {
            (Some(Kind::ClassMethod), None) => return Err(cx.type_error("__get__(None, None) is invalid")),
            (Some(Kind::Function), _) => return Ok(d),
            _ => {}
        }
    }
    let owner = match owner {
        Some(c) => c,
        None => type_of(cx, obj),
    };
    attr::descr_get(cx, d, obj, owner)
}

/// `member_descriptor.__set__(m, obj, v)` / `.__delete__(m, obj)`.
fn member_set(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__set__", args, &[], 3)?;
    member_self(cx, args[0], "__set__")?;
    attr::member_access(cx, args[0], args[1], Some(Some(args[2])))?;
    Ok(Value::none())
}

fn member_delete(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__delete__", args, &[], 2)?;
    member_self(cx, args[0], "__delete__")?;
    attr::member_access(cx, args[0], args[1], Some(None))?;
    Ok(Value::none())
}

fn member_self(cx: &mut Ctx, m: Value, name: &str) -> PyResult<()> {
    if attr::member_of(cx, m).is_none() {
        let tn = type_name(cx, m);
        return Err(cx.type_error(format!("descriptor '{name}' requires a 'member_descriptor' object but received a '{tn}'")));
    }
    Ok(())
}

fn staticmethod_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "staticmethod", args, &[], 2)?;
    Ok(new_wrapper(cx, args[1], false))
}

fn classmethod_new(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "classmethod", args, &[], 2)?;
    Ok(new_wrapper(cx, args[1], true))
}

fn type_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() == 2 {
        return Ok(Value::from_ptr(type_of(cx, args[1])));
    }
    if args.len() != 4 {
        return Err(cx.type_error("type() takes 1 or 3 arguments"));
    }
    let bases = tuple_items(args[2]).unwrap_or(&[]).to_vec();
    let n = cx.intern("__mro_entries__");
    for &b in &bases {
        if class_of_value(b).is_none() && attr::get_attr_opt(cx, b, n)?.is_some() {
            return Err(cx.type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    let ty = cx.rt.types.type_;
    let mut meta = class_of_value(args[0]).filter(|&m| issubclass(m, ty)).unwrap_or(ty);
    let winner = calculate_meta(cx, meta, &bases)?;
    if winner != meta {
        // CPython's type_new: a more derived metaclass with its own __new__ builds the class.
        let type_new = ops::class_lookup(ty, cx.rt.names.new);
        if let Some(new) = ops::class_lookup(winner, cx.rt.names.new).filter(|&n| Some(n) != type_new) {
            let new = unwrap_static(new);
            let all = [Value::from_ptr(winner), args[1], args[2], args[3]];
            return call(cx, new, &all, kw);
        }
        meta = winner;
    }
    let ns = cx.new_dict();
    dict_obj(ns).unwrap().t = dict_obj(args[3]).map(|d| d.t.copy()).unwrap_or_default();
    let c = new_class(cx, args[1], &bases, ns)?;
    if meta != ty {
        cls_ref(c.as_ptr()).h.class = meta;
    }
    init_subclass(cx, c, kw)?;
    Ok(c)
}

fn slice_new(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if kw.is_empty() && !(2..=4).contains(&args.len()) {
        let (bound, n) = if args.len() < 2 { ("least 1 argument", 0) } else { ("most 3 arguments", args.len() - 1) };
        return Err(cx.type_error(format!("slice expected at {bound}, got {n}")));
    }
    args::check_range(cx, "slice", args, kw, 2, 4)?;
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::none(), a[0], Value::none()),
        2 => (a[0], a[1], Value::none()),
        _ => (a[0], a[1], a[2]),
    };
    Ok(cx.new_slice(start, stop, step))
}

fn slice_indices_native(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "indices", args, &[], 2)?;
    if !args[0].is_kind(Kind::Slice) {
        return Err(cx.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let n = match int_of(args[1]) {
        Some(n) if n >= 0 => n as usize,
        Some(_) => return Err(cx.value_error("length should not be negative")),
        None => return Err(cx.type_error("'str' object cannot be interpreted as an integer")),
    };
    let (a, b, c, _) = item::slice_indices(cx, args[0], n)?;
    let v = vec![cx.new_int(a), cx.new_int(b), cx.new_int(c)];
    Ok(cx.new_tuple(v))
}

fn type_mro(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(c) = args.first().and_then(|&c| class_of_value(c)) else {
        return Err(cx.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let items: Vec<Value> = cls_ref(c).mro.iter().map(|&p| Value::from_ptr(p)).collect();
    Ok(cx.new_list(items))
}

fn type_subclasses(cx: &mut Ctx, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(c) = args.first().and_then(|&c| class_of_value(c)) else {
        return Err(cx.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let items: Vec<Value> = cx
        .rt
        .subclasses
        .iter()
        .filter(|&&(b, s)| b == c && cls_ref(s).bases.contains(&c))
        .map(|&(_, s)| Value::from_ptr(s))
        .collect();
    Ok(cx.new_list(items))
}

const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

/// Install the runtime's own natives into builtin class dicts.
pub fn install_natives(cx: &mut Ctx) {
    let t = cx.rt.types;
    let (object, base_exc, property, sm, cm, sup, ty) =
        (t.object, t.base_exception, t.property, t.staticmethod, t.classmethod, t.super_, t.type_);
    def_method(cx, object, "__new__", object_new);
    def_method(cx, object, "__init__", object_init);
    def_method(cx, object, "__setattr__", object_setattr);
    def_method(cx, object, "__delattr__", object_delattr);
    def_method(cx, object, "__getattribute__", object_getattribute);
    def_method(cx, object, "__repr__", object_repr);
    def_method(cx, object, "__str__", object_str);
    def_method(cx, object, "__eq__", object_eq);
    def_method(cx, object, "__ne__", object_ne);
    def_method(cx, object, "__hash__", object_hash);
    def_method(cx, object, "__format__", object_format);
    def_method(cx, object, "__dir__", object_dir);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        def_method(cx, object, name, object_cmp);
    }
    def_method(cx, object, "__sizeof__", object_sizeof);
    def_method(cx, object, "__getstate__", object_getstate);
    def_method(cx, object, "__reduce__", object_reduce);
    def_method(cx, object, "__reduce_ex__", object_reduce_ex);
    for c in [t.builtin_function, t.ellipsis, t.not_implemented, t.range, t.slice] {
        def_method(cx, c, "__reduce__", builtin_reduce);
    }
    let hook = cx.new_native("__subclasshook__", object_subclasshook);
    let hook = new_wrapper(cx, hook, true);
    dict_set_str(cx, cls_ref(object).dict, "__subclasshook__", hook);
    attr::add_getset(cx, object, "__class__");
    for name in ["real", "imag", "numerator", "denominator"] {
        attr::add_getset(cx, t.int, name);
    }
    for name in ["real", "imag"] {
        attr::add_getset(cx, t.float, name);
    }
    for name in ["start", "stop", "step"] {
        attr::add_getset(cx, t.slice, name);
        attr::add_getset(cx, t.range, name);
    }
    for name in ["fget", "fset", "fdel"] {
        attr::add_getset(cx, t.property, name);
    }
    let doc = cx.new_str(OBJECT_DOC);
    dict_set_str(cx, cls_ref(object).dict, "__doc__", doc);
    // Other builtin classes must not inherit object's text: the instances
    // of some carry their own doc (a getset), the others have None.
    for c in [t.function, t.builtin_function, t.method, t.property] {
        attr::add_getset(cx, c, "__doc__");
    }
    let doc = cx.rt.names.doc;
    for c in t.all() {
        // SAFETY: class dicts are live.
        let d = unsafe { &mut (*cls_ref(c).dict).t };
        if d.get_str(doc).is_none() {
            d.set_str(doc, Value::none());
        }
    }
    let isc = cx.new_native("__init_subclass__", object_init_subclass);
    let isc = new_wrapper(cx, isc, true);
    dict_set_str(cx, cls_ref(object).dict, "__init_subclass__", isc);
    def_method(cx, base_exc, "__init__", exc_init);
    def_method(cx, base_exc, "__new__", exc_new);
    def_method(cx, base_exc, "with_traceback", exc_with_traceback);
    def_method(cx, sup, "__new__", super_new);
    def_method(cx, property, "__new__", property_new);
    def_method(cx, property, "getter", property_getter);
    def_method(cx, property, "setter", property_setter);
    def_method(cx, property, "deleter", property_deleter);
    def_method(cx, property, "__get__", property_get);
    def_method(cx, property, "__set__", property_set);
    def_method(cx, property, "__delete__", property_delete);
    let md = cx.rt.types.member_descriptor;
    def_method(cx, md, "__get__", property_get);
    def_method(cx, md, "__set__", member_set);
    def_method(cx, md, "__delete__", member_delete);
    let gd = cx.rt.types.getset_descriptor;
    def_method(cx, gd, "__get__", property_get);
    def_method(cx, sm, "__new__", staticmethod_new);
    def_method(cx, cm, "__new__", classmethod_new);
    for c in [t.function, sm, cm] {
        def_method(cx, c, "__get__", wrapper_get);
    }
    for c in [t.function, t.builtin_function, t.method] {
        def_method(cx, c, "__call__", call_self);
    }
    def_method(cx, ty, "__new__", type_new);
    def_method(cx, ty, "__call__", type_call);
    def_method(cx, ty, "mro", type_mro);
    let sl = cx.rt.types.slice;
    def_method(cx, sl, "__new__", slice_new);
    def_method(cx, sl, "indices", slice_indices_native);
    def_method(cx, ty, "__subclasses__", type_subclasses);
    item::install_dunders(cx);
}
