//! Attribute protocol: instance dict -> class MRO with descriptors (functions
//! bind, property, staticmethod, classmethod, user `__get__`/`__set__`),
//! `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__` overrides,
//! class and module attributes, special attributes, and `load_method`.
use super::types::*;
use super::*;

#[inline]
fn name_str(name: Value) -> &'static str {
    str_of(name).unwrap_or("?")
}

/// getattr(v, name); AttributeError when missing.
#[inline]
pub fn get_attr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Value> {
    if let Some(x) = instance_dict_fast(cx, v, name) {
        return Ok(x);
    }
    match lookup_attr(cx, v, name)? {
        Some(x) => Ok(x),
        None => Err(attr_error(cx, v, name)),
    }
}

/// getattr(v, name, None-if-missing): AttributeError -> Ok(None).
pub fn get_attr_opt(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    match lookup_attr(cx, v, name) {
        Ok(r) => Ok(r),
        Err(e) => {
            if cx.exc_is(cx.rt.types.attribute_error) {
                cx.exc = Value::UNBOUND;
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// The AttributeError for a missing attribute, with CPython's wording.
#[cold]
#[inline(never)]
pub fn attr_error(cx: &mut Ctx, v: Value, name: Value) -> crate::Exc {
    let n = name_str(name);
    let msg = match v.kind() {
        Some(Kind::Class) => format!("type object '{}' has no attribute '{n}'", class_name(v.as_ptr())),
        Some(Kind::Module) => {
            let m = str_of(v.obj::<ModuleObj>().name).unwrap_or("?");
            format!("module '{m}' has no attribute '{n}'")
        }
        _ => format!("'{}' object has no attribute '{n}'", type_name(cx, v)),
    };
    cx.attribute_error(msg)
}

// ---- which names may be keys of some instance dict ----
//
// A cached method call `o.m()` must make sure `o`'s instance dict does not
// shadow `m`. Instance dicts almost never hold a method's name, so the check
// is first made against a filter of the names ever stored into an instance
// dict by attribute stores (a bit per str hash, 4096 bits): a clear bit means
// no instance dict holds the name and the dict need not be searched. Every
// attribute-store path that adds a key to an instance dict notes it
// (`note_instance_key`). A dict handed to Python code (`obj.__dict__`,
// `vars(obj)`, `obj.__dict__ = d`) can get any key later: its class is
// flagged `CF_DICT_EXPOSED` for good (and so is the new class of an object
// whose `__class__` is assigned), and the filter is not used for its instances.

/// Class flag (beside runtime/types.rs's `CF_*`, which use the low bits): some
/// instance of the class had its dict handed to Python code.
pub const CF_DICT_EXPOSED: u32 = 1 << 24;

/// Class flag: instances have no `__dict__` (the class and every base but
/// `object` define `__slots__`, none with `'__dict__'`). Attributes still live
/// in the instance's attribute table, but only the slot names can be stored
/// there (`is_slot`), and `obj.__dict__` does not exist.
pub const CF_NO_DICT: u32 = 1 << 25;

/// The names a `__slots__` value declares: one str, or the items of an iterable.
pub fn slot_names(cx: &mut Ctx, slots: Value) -> PyResult<Vec<Value>> {
    if slots.is_kind(Kind::Str) {
        return Ok(vec![slots]);
    }
    iter::collect(cx, slots)
}

// A slot is a `member_descriptor` in its class's dict: an instance of that
// builtin class whose own dict holds `__name__` (the mangled slot name) and
// `__objclass__` (the class). The slot's value lives in the instance's
// attribute table like any attribute, so the descriptor is not a data
// descriptor for lookups: the table is searched first, and finding the
// descriptor itself means the slot is unset.
//
// A `getset_descriptor` (same layout) names an attribute computed by the
// runtime (`__class__`, `__dict__`, `__weakref__`, `int.real`...): it is
// what `vars(cls)` shows, and getting it on an instance computes the
// attribute as if the class did not define it (`getset_get`).

/// A new descriptor of class `kind` (member_descriptor / getset_descriptor)
/// for `name`; `__objclass__` is set by `set_descr_owner`.
pub fn new_descr(cx: &mut Ctx, kind: *mut ClassObj, name: Value) -> Value {
    let m = class::alloc_instance(cx, kind, &[]);
    let d = instance_dict(cx, m).unwrap();
    // SAFETY: the fresh instance's dict is live.
    unsafe { (*d).t.set_str(cx.rt.names.name, name) };
    m
}

pub fn set_descr_owner(cx: &mut Ctx, m: Value, owner: *mut ClassObj) {
    let key = cx.rt.names.objclass;
    let d = instance_dict(cx, m).unwrap();
    // SAFETY: instance dicts are live.
    unsafe { (*d).t.set_str(key, Value::from_ptr(owner)) };
}

/// A getset descriptor `name` of builtin class `owner`, stored in its dict.
pub fn add_getset(cx: &mut Ctx, owner: *mut ClassObj, name: &str) {
    let (kind, n) = (cx.rt.types.getset_descriptor, cx.intern(name));
    let g = new_descr(cx, kind, n);
    set_descr_owner(cx, g, owner);
    // SAFETY: class dicts are live.
    unsafe { (*cls_ref(owner).dict).t.set_str(n, g) };
}

/// `d` is a descriptor of class `kind`: its name and class.
fn descr_of(d: Value, kind: *mut ClassObj, objclass: Value, name_key: Value) -> Option<(Value, *mut ClassObj)> {
    if !d.is_kind(Kind::Instance) || d.header().class != kind {
        return None;
    }
    let t = d.obj::<InstanceObj>().dict;
    if t.is_null() {
        return None;
    }
    // SAFETY: descriptors are created with a dict (`new_descr`): live.
    let (name, owner) = unsafe { ((*t).t.get_str(name_key)?, (*t).t.get_str(objclass)?) };
    Some((name, class_of_value(owner)?))
}

/// `d` is a `member_descriptor`: its slot name and class.
pub fn member_of(cx: &Ctx, d: Value) -> Option<(Value, *mut ClassObj)> {
    descr_of(d, cx.rt.types.member_descriptor, cx.rt.names.objclass, cx.rt.names.name)
}

/// `d` is a `getset_descriptor`: its attribute name and class.
pub fn getset_of(cx: &Ctx, d: Value) -> Option<(Value, *mut ClassObj)> {
    descr_of(d, cx.rt.types.getset_descriptor, cx.rt.names.objclass, cx.rt.names.name)
}

/// The repr of a member/getset descriptor (`<member 'x' of 'P' objects>`,
/// `<attribute '__dict__' of 'C' objects>`); None for other values.
pub fn descr_repr(cx: &Ctx, v: Value) -> Option<String> {
    let (what, (name, owner)) = match member_of(cx, v) {
        Some(m) => ("member", m),
        None => ("attribute", getset_of(cx, v)?),
    };
    Some(format!("<{what} '{}' of '{}' objects>", name_str(name), class_name(owner)))
}

/// CPython's check that a descriptor of `owner` is used on one of its instances.
fn descr_check(cx: &mut Ctx, name: Value, owner: *mut ClassObj, obj: Value) -> PyResult<()> {
    if isinstance(cx, obj, owner) {
        return Ok(());
    }
    let (n, cn, tn) = (name_str(name), class_name(owner), type_name(cx, obj));
    Err(cx.type_error(format!("descriptor '{n}' for '{cn}' objects doesn't apply to a '{tn}' object")))
}

/// A getset descriptor's `__get__` on `obj`: the attribute the runtime
/// computes for that name (the class dict skipped).
pub fn getset_get(cx: &mut Ctx, d: Value, obj: Value) -> PyResult<Value> {
    let (name, owner) = getset_of(cx, d).expect("getset descriptor");
    descr_check(cx, name, owner, obj)?;
    let cls = type_of(cx, obj);
    let r = if name == cx.rt.names.class {
        Some(Value::from_ptr(cls))
    } else if name_str(name) == "__weakref__" {
        Some(Value::none())
    } else if obj.is_kind(Kind::Instance) || obj.is_kind(Kind::Exception) {
        special_instance_attr(cx, obj, cls, name)?
    } else {
        builtin_special(cx, obj, name)?
    };
    match r {
        Some(v) => Ok(v),
        None => Err(attr_error(cx, obj, name)),
    }
}

/// Can `name` of an instance of `cls` live only in the instance's attribute
/// table? (The class defines no such attribute, or defines it as a slot.)
/// The attribute caches rely on this.
pub fn instance_only(cx: &Ctx, cls: *mut ClassObj, name: Value) -> bool {
    match ops::class_lookup(cls, name) {
        None => true,
        Some(d) => member_of(cx, d).is_some(),
    }
}

/// A member descriptor's `__get__`/`__set__`/`__delete__` on `obj`: the
/// instance's table entry (None: the slot is unset), after CPython's type check.
pub fn member_access(cx: &mut Ctx, m: Value, obj: Value, set: Option<Option<Value>>) -> PyResult<Option<Value>> {
    let (name, owner) = member_of(cx, m).expect("member descriptor");
    descr_check(cx, name, owner, obj)?;
    match set {
        None => Ok(inst_get(cx, obj, name)),
        Some(Some(v)) => {
            inst_set(cx, obj, name, v);
            Ok(None)
        }
        Some(None) => {
            if !inst_del(cx, obj, name) {
                return Err(unset_slot_delete(cx, name));
            }
            Ok(None)
        }
    }
}

/// Deleting an unset slot: CPython's member descriptor says only the name.
#[cold]
fn unset_slot_delete(cx: &mut Ctx, name: Value) -> crate::Exc {
    let n = name_str(name).to_string();
    cx.attribute_error(n)
}

/// The slot names of the classes in `cls`'s MRO, in MRO order: two classes
/// with different lists lay instances out differently.
fn slot_layout(cx: &mut Ctx, cls: *mut ClassObj) -> Vec<Value> {
    let mut names = Vec::new();
    for m in cls_ref(cls).mro.clone() {
        // SAFETY: class dicts are live.
        let vals: Vec<Value> = unsafe { (*cls_ref(m).dict).t.iter().map(|(_, v)| v).collect() };
        names.extend(vals.into_iter().filter_map(|v| member_of(cx, v)).filter(|&(_, o)| o == m).map(|(n, _)| n));
    }
    names
}

/// The number of slots of `cls` and its bases.
pub fn slot_count(cx: &mut Ctx, cls: *mut ClassObj) -> usize {
    slot_layout(cx, cls).len()
}

/// Is `name` a slot of `cls` or its bases?
pub fn is_slot(cx: &Ctx, cls: *mut ClassObj, name: Value) -> bool {
    ops::class_lookup(cls, name).is_some_and(|d| member_of(cx, d).is_some())
}

/// `v` is an instance of a class without `__dict__` (`CF_NO_DICT`).
fn no_dict(cx: &Ctx, v: Value) -> bool {
    v.is_kind(Kind::Instance) && cls_ref(type_of(cx, v)).flags & CF_NO_DICT != 0
}

/// The dict of instance `v` is handed to Python code.
#[cold]
pub fn instance_dict_exposed(cx: &Ctx, v: Value) {
    let cls = type_of(cx, v);
    if !cls.is_null() {
        // SAFETY: classes are live while an instance of them is.
        unsafe { (*cls).flags |= CF_DICT_EXPOSED };
    }
}

/// Shared by all interpreters in the process (marks only add bits, so one
/// interpreter's marks only make another's checks more careful). Relaxed
/// atomics: plain loads and stores.
static INSTANCE_KEYS: [std::sync::atomic::AtomicU64; 64] = [const { std::sync::atomic::AtomicU64::new(0) }; 64];

#[inline(always)]
fn key_bit(h: i64) -> (usize, u64) {
    let b = (h as u64 ^ (h as u64 >> 12)) as usize & 4095;
    (b >> 6, 1u64 << (b & 63))
}

/// `name` (a str) is about to become a key of an instance dict.
#[inline]
pub fn note_instance_key(name: Value) {
    if !name.is_kind(Kind::Str) {
        return instance_dicts_exposed();
    }
    let (w, m) = key_bit(dict::str_hash(name));
    let word = &INSTANCE_KEYS[w];
    // (A plain load first: the bit is almost always set already.)
    if word.load(std::sync::atomic::Ordering::Relaxed) & m == 0 {
        word.fetch_or(m, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Every name may be a key (a store with a non-str name).
#[cold]
fn instance_dicts_exposed() {
    for w in &INSTANCE_KEYS {
        w.store(!0, std::sync::atomic::Ordering::Relaxed);
    }
}

/// May some instance dict hold the interned str `name`? (false: surely none.)
#[inline(always)]
pub fn maybe_instance_key(name: Value) -> bool {
    let h = name.obj::<StrObj>().hash;
    if h == -1 {
        return true;
    }
    let (w, m) = key_bit(h);
    // SAFETY: `w` < 64 (key_bit masks to 4095 bits).
    unsafe { INSTANCE_KEYS.get_unchecked(w) }.load(std::sync::atomic::Ordering::Relaxed) & m != 0
}

/// Fast path: a plain instance attribute found in the instance dict when no
/// class in the MRO can intercept it (no data descriptors, no __getattribute__).
#[inline(always)]
fn instance_dict_fast(cx: &Ctx, v: Value, name: Value) -> Option<Value> {
    let i = v.downcast::<InstanceObj>(Kind::Instance)?;
    let flags = cls_ref(i.h.class).flags;
    if flags & (CF_HAS_DATA_DESCR | CF_HAS_GETATTRIBUTE) != 0 {
        return None;
    }
    inst_get(cx, v, name)
}

/// Attribute lookup; Ok(None) when missing (no exception object is built).
pub fn lookup_attr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    match v.kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => instance_getattr(cx, v, name),
        Some(Kind::Class) => class_getattr(cx, v.as_ptr(), name),
        Some(Kind::Module) => module_getattr(cx, v, name),
        Some(Kind::Super) => super_getattr(cx, v, name),
        _ => builtin_getattr(cx, v, name),
    }
}

// ---------------------------------------------------------------- instance storage
//
// Every reader and writer of an instance's attributes goes through this
// section. A plain instance starts with its attributes inline (CPython
// 3.11's split keys): `InstanceObj::vals` holds the values of the first
// `vals.len()` keys of its class's shared key list (`class_keys`), all set,
// in that order, so a key's index is the same in every instance of the class
// and the attribute caches key on (class version, index). Keys are appended
// to the class's list as instances store new names in order. The instance
// switches for good to a real dict (`materialise`) when Python code may see
// or change it as a dict (`__dict__`, `vars()`, `dir()`, `__getstate__`,
// `__class__` assignment), or when a store breaks the shared order (a name
// out of order, a non-interned name, too many names) or a delete leaves a
// hole; its `vals` are then empty, with no capacity (store_attr's append
// relies on it). Exceptions always use their dict. A new shared key gives the class
// a new version: a method cache hit knows an inline instance lacks the name
// (the cache is filled only for a name missing from the class's keys).

/// Most keys of a class's shared key list.
const MAX_SHARED_KEYS: usize = 30;

/// `cls`'s shared key list (empty if none yet).
#[inline]
pub fn class_keys(cx: &Ctx, cls: *mut ClassObj) -> &[Value] {
    match cls_ref(cls).h.aux32 {
        0 => &[],
        k => &cx.inst_keys[k as usize - 1],
    }
}

/// `cls`'s shared key list, created if needed.
fn class_keys_mut(cx: &mut Ctx, cls: *mut ClassObj) -> &mut Vec<Value> {
    let c = cls_ref(cls);
    if c.h.aux32 == 0 {
        cx.inst_keys.push(Vec::new());
        c.h.aux32 = cx.inst_keys.len() as u32;
    }
    &mut cx.inst_keys[c.h.aux32 as usize - 1]
}

/// Index of `name` among the inline attributes of `v` (an instance), if there.
#[inline]
pub fn inline_index(cx: &Ctx, v: Value, name: Value) -> Option<usize> {
    let i = v.downcast::<InstanceObj>(Kind::Instance)?;
    if i.vals.is_empty() {
        return None;
    }
    class_keys(cx, i.h.class)[..i.vals.len()].iter().position(|&k| k == name)
}

/// The attribute `name` stored on instance/exception `v` (not via its class).
pub fn inst_get(cx: &Ctx, v: Value, name: Value) -> Option<Value> {
    let d = match v.kind() {
        Some(Kind::Instance) => {
            let i = v.obj::<InstanceObj>();
            if !i.vals.is_empty() {
                return inline_index(cx, v, name).map(|ix| i.vals[ix]);
            }
            i.dict
        }
        Some(Kind::Exception) => v.obj::<ExceptionObj>().dict,
        _ => return None,
    };
    // SAFETY: instance dicts are live.
    (!d.is_null()).then(|| unsafe { (*d).t.get_str(name) }).flatten()
}

/// Store attribute `name` on instance/exception `v`; the inline index it
/// went to, if it did. (No protocol: the caller decided it is a plain store.)
pub fn inst_set(cx: &mut Ctx, v: Value, name: Value, val: Value) -> Option<usize> {
    note_instance_key(name);
    if let Some(i) = v.downcast::<InstanceObj>(Kind::Instance) {
        if i.dict.is_null() {
            let n = i.vals.len();
            let interned = name.is_kind(Kind::Str) && name.header().flags & crate::heap::F_INTERNED != 0;
            let keys = class_keys_mut(cx, i.h.class);
            match keys.iter().position(|&k| k == name) {
                Some(ix) if ix < n => {
                    i.vals[ix] = val;
                    return Some(ix);
                }
                Some(ix) if ix == n => {
                    i.vals.push(val);
                    return Some(ix);
                }
                None if n == keys.len() && n < MAX_SHARED_KEYS && interned => {
                    keys.push(name);
                    i.vals.push(val);
                    // Method caches rely on the keys a class's instances may have.
                    cls_ref(i.h.class).version = ops::next_version();
                    return Some(n);
                }
                _ => {}
            }
        }
    }
    let d = instance_dict(cx, v)?;
    // SAFETY: instance dicts are live.
    unsafe { (*d).t.set_str(name, val) };
    None
}

/// Delete attribute `name` stored on instance/exception `v`; false if absent.
pub fn inst_del(cx: &mut Ctx, v: Value, name: Value) -> bool {
    if let Some(ix) = inline_index(cx, v, name) {
        let i = v.obj::<InstanceObj>();
        if ix + 1 == i.vals.len() {
            i.vals.pop();
            return true;
        }
    }
    let d = attrs_dict(cx, v);
    // SAFETY: instance dicts are live.
    !d.is_null() && unsafe { (*d).t.remove_str(name) }.is_some()
}

/// The dict of an instance/exception, created (or built from the inline
/// attributes) if needed: the instance keeps it from now on.
pub fn instance_dict(cx: &mut Ctx, v: Value) -> Option<*mut DictObj> {
    match v.kind() {
        Some(Kind::Instance) => {
            if v.obj::<InstanceObj>().dict.is_null() {
                materialise(cx, v);
            }
            Some(v.obj::<InstanceObj>().dict)
        }
        Some(Kind::Exception) => {
            let e = v.obj::<ExceptionObj>();
            if e.dict.is_null() {
                e.dict = alloc::raw_dict(cx);
            }
            Some(e.dict)
        }
        _ => None,
    }
}

/// The attribute dict of `v` if it has attributes (built from the inline
/// ones if needed, as `instance_dict`), else null.
pub fn attrs_dict(cx: &mut Ctx, v: Value) -> *mut DictObj {
    match v.kind() {
        Some(Kind::Instance) if !v.obj::<InstanceObj>().vals.is_empty() => instance_dict(cx, v).unwrap(),
        Some(Kind::Instance) => v.obj::<InstanceObj>().dict,
        Some(Kind::Exception) => v.obj::<ExceptionObj>().dict,
        _ => std::ptr::null_mut(),
    }
}

/// Move instance `v`'s inline attributes into a new dict, its dict for good.
#[cold]
#[inline(never)]
fn materialise(cx: &mut Ctx, v: Value) {
    let d = alloc::raw_dict(cx);
    let i = v.obj::<InstanceObj>();
    let vals = std::mem::take(&mut i.vals);
    let keys = class_keys(cx, i.h.class);
    for (&k, &x) in keys.iter().zip(&vals) {
        // SAFETY: `d` is a fresh live dict.
        unsafe { (*d).t.set_str(k, x) };
    }
    i.dict = d;
}

/// Give instance `v` the dict `d` (`obj.__dict__ = d`).
fn replace_dict(v: Value, d: *mut DictObj) {
    let i = v.obj::<InstanceObj>();
    i.vals = Vec::new();
    i.dict = d;
}

/// Make instance `v` an instance of `cls` (its attributes move to a dict:
/// inline indices are per class).
fn change_class(cx: &mut Ctx, v: Value, cls: *mut ClassObj) {
    instance_dict(cx, v);
    v.obj::<InstanceObj>().h.class = cls;
}

fn is_data_descriptor(v: Value) -> bool {
    match v.kind() {
        Some(Kind::Property) => true,
        Some(Kind::Instance) => cls_ref(v.header().class).flags & CF_HAS_SET != 0,
        _ => false,
    }
}

fn instance_getattr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = type_of(cx, v);
    let flags = cls_ref(cls).flags;
    if flags & CF_HAS_GETATTRIBUTE != 0 {
        let n = cx.rt.names.getattribute;
        if let Some(f) = ops::user_lookup(cls, n) {
            match ops::call_dunder(cx, f, v, &[name]) {
                Ok(r) => return Ok(Some(r)),
                Err(e) => {
                    if !cx.exc_is(cx.rt.types.attribute_error) || flags & CF_HAS_GETATTR == 0 {
                        return Err(e);
                    }
                    cx.exc = Value::UNBOUND;
                    return getattr_hook(cx, v, cls, name);
                }
            }
        }
    }
    if let Some(r) = generic_getattr(cx, v, cls, name)? {
        return Ok(Some(r));
    }
    if flags & CF_HAS_GETATTR != 0 {
        return getattr_hook(cx, v, cls, name);
    }
    Ok(None)
}

fn getattr_hook(cx: &mut Ctx, v: Value, cls: *mut ClassObj, name: Value) -> PyResult<Option<Value>> {
    let n = cx.rt.names.getattr;
    match ops::user_lookup(cls, n) {
        Some(f) => ops::call_dunder(cx, f, v, &[name]).map(Some),
        None => Ok(None),
    }
}

/// `object.__getattribute__`: data descriptors, instance dict, other descriptors.
pub fn generic_getattr(cx: &mut Ctx, v: Value, cls: *mut ClassObj, name: Value) -> PyResult<Option<Value>> {
    let desc = ops::class_lookup(cls, name);
    if let Some(d) = desc {
        if is_data_descriptor(d) {
            return descr_get(cx, d, v, cls).map(Some);
        }
    }
    if let Some(x) = inst_get(cx, v, name) {
        return Ok(Some(x));
    }
    if let Some(x) = special_instance_attr(cx, v, cls, name)? {
        return Ok(Some(x));
    }
    match desc {
        Some(d) => descr_get(cx, d, v, cls).map(Some),
        None => Ok(None),
    }
}

fn special_instance_attr(cx: &mut Ctx, v: Value, cls: *mut ClassObj, name: Value) -> PyResult<Option<Value>> {
    let s = name_str(name);
    if !s.starts_with("__") && !(v.is_kind(Kind::Exception) && s == "args") {
        if let Some(p) = payload_attr(cx, v, name)? {
            return Ok(Some(p));
        }
        return Ok(None);
    }
    let n = &cx.rt.names;
    if name == n.class {
        return Ok(Some(Value::from_ptr(cls)));
    }
    if name == n.dict {
        if cls_ref(cls).flags & CF_NO_DICT != 0 {
            return Ok(None);
        }
        instance_dict_exposed(cx, v);
        return Ok(instance_dict(cx, v).map(|d| Value::from_ptr(d)));
    }
    if let Some(e) = v.downcast::<ExceptionObj>(Kind::Exception) {
        if name == n.args {
            return Ok(Some(e.args));
        }
        if name == n.cause {
            return Ok(Some(if e.cause.is_unbound() { Value::none() } else { e.cause }));
        }
        if name == n.context {
            return Ok(Some(if e.context.is_unbound() { Value::none() } else { e.context }));
        }
        if name == n.suppress_context {
            return Ok(Some(Value::bool(e.suppress_context)));
        }
        if name == n.traceback {
            return Ok(Some(super::exc::traceback_chain(cx, v)));
        }
    }
    Ok(None)
}

/// Attributes of a builtin payload (e.g. `.real` of an int subclass instance).
fn payload_attr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let p = unwrap_payload(v);
    if p == v {
        return exception_field(cx, v, name);
    }
    builtin_special(cx, p, name)
}

/// SystemExit.code, OSError.errno..., StopIteration.value (first arg or None).
fn exception_field(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let Some(e) = v.downcast::<ExceptionObj>(Kind::Exception) else { return Ok(None) };
    let args = tuple_items(e.args).unwrap_or(&[]);
    let t = &cx.rt.types;
    let cls = v.header().class;
    let first = || Some(if args.len() == 1 { args[0] } else if args.is_empty() { Value::none() } else { e.args });
    let n = &cx.rt.names;
    if name == n.value && issubclass(cls, t.stop_iteration) {
        return Ok(Some(args.first().copied().unwrap_or(Value::none())));
    }
    if name == n.exit_code && issubclass(cls, t.system_exit) {
        return Ok(first());
    }
    // Set in the instance dict by exc::os_error_fields when given.
    let os_field = name == n.errno || name == n.strerror || name == n.filename || str_of(name) == Some("filename2");
    if os_field && issubclass(cls, t.os_error) {
        return Ok(Some(Value::none()));
    }
    if issubclass(cls, t.import_error) && (name == n.name_attr || name == n.path) {
        return Ok(Some(Value::none()));
    }
    if issubclass(cls, t.syntax_error) {
        if name == n.msg {
            return Ok(Some(args.first().copied().unwrap_or(Value::none())));
        }
        if name == n.filename || name == n.lineno {
            return Ok(Some(Value::none()));
        }
    }
    if issubclass(cls, t.key_error) || issubclass(cls, t.attribute_error) || issubclass(cls, t.name_error) {
        if name == n.name_attr || name == n.obj {
            return Ok(Some(Value::none()));
        }
    }
    Ok(None)
}

/// Resolve a class attribute found for instance `obj` of `cls` (descriptor protocol).
pub fn descr_get(cx: &mut Ctx, d: Value, obj: Value, cls: *mut ClassObj) -> PyResult<Value> {
    match d.kind() {
        Some(Kind::Function) => Ok(cx.new_bound_method(d, obj)),
        Some(Kind::Native) if is_method(d) => Ok(bind_native(cx, d, obj)),
        Some(Kind::StaticMethod) => Ok(d.obj::<WrapperObj>().f),
        Some(Kind::ClassMethod) => Ok(bind_classmethod(cx, d, cls)),
        Some(Kind::Property) => {
            let g = d.obj::<PropertyObj>().fget;
            if g.is_unbound() || g.is_none() {
                return Err(cx.attribute_error("unreadable attribute"));
            }
            call(cx, g, &[obj], &[])
        }
        Some(Kind::Instance) if cls_ref(d.header().class).flags & CF_HAS_GET != 0 => {
            let n = cx.rt.names.get;
            let dc = d.header().class;
            let f = ops::user_lookup(dc, n).unwrap();
            ops::call_dunder(cx, f, d, &[obj, Value::from_ptr(cls)])
        }
        Some(Kind::Instance) if member_of(cx, d).is_some() => match member_access(cx, d, obj, None)? {
            Some(v) => Ok(v),
            None => {
                let name = member_of(cx, d).unwrap().0;
                Err(attr_error(cx, obj, name))
            }
        },
        Some(Kind::Instance) if getset_of(cx, d).is_some() => getset_get(cx, d, obj),
        _ => Ok(d),
    }
}

/// `NativeObj` header `aux`: a builtin function, not a method (no `__get__`).
pub const NATIVE_FUNCTION: u8 = 1;

/// Does `d`, found on a class, bind to an instance the way a method does?
/// Python functions and builtin methods do; builtin functions (`len`,
/// `time.time`) and natives already bound to a first argument do not.
#[inline]
pub fn is_method(d: Value) -> bool {
    match d.kind() {
        Some(Kind::Function) => true,
        Some(Kind::Native) => {
            let n = d.obj::<NativeObj>();
            n.h.aux != NATIVE_FUNCTION && n.bound.is_unbound()
        }
        _ => false,
    }
}

/// A builtin method bound to `obj`, typed as CPython's: a slot wrapper binds
/// to a `method-wrapper`, a method descriptor to a builtin method.
fn bind_native(cx: &mut Ctx, d: Value, obj: Value) -> Value {
    let bm = cx.new_bound_method(d, obj);
    let t = &cx.rt.types;
    let c = d.header().class;
    let bc = if c == t.wrapper_descriptor {
        t.method_wrapper
    } else if c == t.method_descriptor {
        t.builtin_function
    } else {
        return bm;
    };
    bm.obj::<BoundMethodObj>().h.class = bc;
    bm
}

/// The classmethod `d` bound to `cls`; a builtin one (dict.fromkeys) is a
/// builtin method.
fn bind_classmethod(cx: &mut Ctx, d: Value, cls: *mut ClassObj) -> Value {
    let f = d.obj::<WrapperObj>().f;
    let bm = cx.new_bound_method(f, Value::from_ptr(cls));
    if f.is_kind(Kind::Native) {
        bm.obj::<BoundMethodObj>().h.class = cx.rt.types.builtin_function;
    }
    bm
}

/// Bind a method-like value to `self_` (used to call dunders found on a type).
pub fn bind_descriptor(cx: &mut Ctx, d: Value, self_: Value, cls: *mut ClassObj) -> PyResult<Value> {
    descr_get(cx, d, self_, cls)
}

fn class_getattr(cx: &mut Ctx, cls: *mut ClassObj, name: Value) -> PyResult<Option<Value>> {
    // `type`'s own data descriptors `__dict__`/`__class__` win over the
    // class's attributes; its `__doc__` over the instances' getsets.
    let n = &cx.rt.names;
    if name != n.dict && name != n.class {
        if let Some(d) = ops::class_lookup(cls, name) {
            if !(name == n.doc && getset_of(cx, d).is_some()) {
                return class_descr_get(cx, d, cls).map(Some);
            }
        }
    }
    let c = cls_ref(cls);
    let n = &cx.rt.names;
    if name == n.name {
        return Ok(Some(c.name));
    }
    if name == n.qualname {
        return Ok(Some(c.qualname));
    }
    if name == n.mro {
        let items: Vec<Value> = c.mro.iter().map(|&p| Value::from_ptr(p)).collect();
        return Ok(Some(cx.new_tuple(items)));
    }
    if name == n.bases {
        let items: Vec<Value> = c.bases.iter().map(|&p| Value::from_ptr(p)).collect();
        return Ok(Some(cx.new_tuple(items)));
    }
    if name == n.base {
        return Ok(Some(c.bases.first().map_or(Value::none(), |&p| Value::from_ptr(p))));
    }
    if name == n.dict {
        return Ok(Some(Value::from_ptr(c.dict)));
    }
    if name == n.class {
        return Ok(Some(Value::from_ptr(c.h.class)));
    }
    if name == n.doc {
        return Ok(Some(Value::none()));
    }
    if name == n.module && c.flags & CF_BUILTIN != 0 {
        return Ok(Some(cx.intern("builtins")));
    }
    // Methods of the metaclass (`type.mro`, ...).
    let meta = c.h.class;
    if !meta.is_null() {
        if let Some(d) = ops::class_lookup(meta, name) {
            return descr_get(cx, d, Value::from_ptr(cls), meta).map(Some);
        }
    }
    Ok(None)
}

/// A class attribute looked up on the class itself.
pub fn class_descr_get(cx: &mut Ctx, d: Value, cls: *mut ClassObj) -> PyResult<Value> {
    match d.kind() {
        Some(Kind::StaticMethod) => Ok(d.obj::<WrapperObj>().f),
        Some(Kind::ClassMethod) => Ok(bind_classmethod(cx, d, cls)),
        Some(Kind::Instance) if cls_ref(d.header().class).flags & CF_HAS_GET != 0 => {
            let n = cx.rt.names.get;
            let dc = d.header().class;
            let f = ops::user_lookup(dc, n).unwrap();
            ops::call_dunder(cx, f, d, &[Value::none(), Value::from_ptr(cls)])
        }
        _ => Ok(d),
    }
}

fn module_getattr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let m = v.obj::<ModuleObj>();
    // SAFETY: module dicts are live.
    let d = unsafe { &(*m.dict).t };
    if let Some(x) = d.get_str(name) {
        return Ok(Some(x));
    }
    if name == cx.rt.names.dict {
        return Ok(Some(Value::from_ptr(m.dict)));
    }
    if name == cx.rt.names.class {
        return Ok(Some(Value::from_ptr(cx.rt.types.module)));
    }
    let ga = cx.rt.names.getattr;
    if let Some(f) = d.get_str(ga) {
        return call(cx, f, &[name], &[]).map(Some);
    }
    let modcls = cx.rt.types.module;
    if let Some(dd) = ops::class_lookup(modcls, name) {
        return descr_get(cx, dd, v, modcls).map(Some);
    }
    Ok(None)
}

fn builtin_getattr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = type_of(cx, v);
    if let Some(d) = ops::class_lookup(cls, name) {
        if !matches!(d.kind(), Some(Kind::Str)) || name_str(name) != "__module__" {
            return descr_get(cx, d, v, cls).map(Some);
        }
    }
    if name == cx.rt.names.class {
        return Ok(Some(Value::from_ptr(cls)));
    }
    builtin_special(cx, v, name)
}

/// Special attributes of builtin values (functions, methods, ranges, numbers...).
fn builtin_special(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let n = &cx.rt.names;
    if v.is_int() || v.is_kind(Kind::BigInt) || v.is_kind(Kind::Bool) {
        if name == n.real || name == n.numerator {
            let i = if v.is_kind(Kind::Bool) { Value::from_small(v.header().aux as i64) } else { v };
            return Ok(Some(i));
        }
        if name == n.imag {
            return Ok(Some(Value::from_small(0)));
        }
        if name == n.denominator {
            return Ok(Some(Value::from_small(1)));
        }
        return Ok(None);
    }
    if let Some(f) = float_of(v) {
        if name == n.real {
            return Ok(Some(cx.new_float(f)));
        }
        if name == n.imag {
            return Ok(Some(cx.new_float(0.0)));
        }
        return Ok(None);
    }
    if !v.is_obj() {
        return Ok(None);
    }
    match v.header().kind {
        Kind::Function => {
            let f = v.obj::<FunctionObj>();
            let n = &cx.rt.names;
            if name == n.name {
                return Ok(Some(f.name));
            }
            if name == n.qualname {
                return Ok(Some(f.qualname));
            }
            if name == n.doc {
                return Ok(Some(if f.doc.is_unbound() { Value::none() } else { f.doc }));
            }
            if name == n.module {
                return Ok(Some(if f.module.is_unbound() { Value::none() } else { f.module }));
            }
            if name == n.defaults {
                if f.defaults.is_empty() {
                    return Ok(Some(Value::none()));
                }
                let d = f.defaults.to_vec();
                return Ok(Some(cx.new_tuple(d)));
            }
            if name == n.kwdefaults {
                return Ok(Some(if f.kwdefaults.is_unbound() { Value::none() } else { f.kwdefaults }));
            }
            if name == n.code {
                return Ok(Some(Value::from_ptr(f.code)));
            }
            if name == n.globals {
                return Ok(Some(Value::from_ptr(f.globals)));
            }
            if name == n.closure {
                if f.closure.is_empty() {
                    return Ok(Some(Value::none()));
                }
                let c = f.closure.to_vec();
                return Ok(Some(cx.new_tuple(c)));
            }
            if name == n.dict {
                if f.dict.is_unbound() {
                    f.dict = cx.new_dict();
                }
                return Ok(Some(f.dict));
            }
            if !f.dict.is_unbound() {
                return Ok(dict_obj(f.dict).unwrap().t.get_str(name));
            }
            Ok(None)
        }
        Kind::BoundMethod => {
            let b = v.obj::<BoundMethodObj>();
            if name == n.self_ {
                return Ok(Some(b.self_));
            }
            if name == n.func {
                return Ok(Some(b.func));
            }
            let f = b.func;
            lookup_attr(cx, f, name)
        }
        Kind::Native => {
            let f = v.obj::<NativeObj>();
            if name == n.name || name == n.qualname {
                let nm = f.name;
                return Ok(Some(cx.intern(nm)));
            }
            if name == n.self_ {
                return Ok(Some(if f.bound.is_unbound() { Value::none() } else { f.bound }));
            }
            if name == n.doc {
                return Ok(Some(Value::none()));
            }
            Ok(None)
        }
        Kind::Range => {
            let r = v.obj::<RangeObj>();
            let x = if name == n.start {
                r.start
            } else if name == n.stop {
                r.stop
            } else if name == n.step {
                r.step
            } else {
                return Ok(None);
            };
            Ok(Some(cx.new_int(x)))
        }
        Kind::Slice => {
            let s = v.obj::<SliceObj>();
            Ok(if name == n.start {
                Some(s.start)
            } else if name == n.stop {
                Some(s.stop)
            } else if name == n.step {
                Some(s.step)
            } else {
                None
            })
        }
        Kind::Property => {
            let p = v.obj::<PropertyObj>();
            let none = |x: Value| if x.is_unbound() { Value::none() } else { x };
            Ok(if name == n.fget {
                Some(none(p.fget))
            } else if name == n.fset {
                Some(none(p.fset))
            } else if name == n.fdel {
                Some(none(p.fdel))
            } else if name == n.doc {
                Some(none(p.doc))
            } else if name == n.isabstractmethod {
                let fs = [p.fget, p.fset, p.fdel];
                Some(Value::bool(any_abstract(cx, &fs)?))
            } else {
                None
            })
        }
        Kind::StaticMethod | Kind::ClassMethod => {
            let f = v.obj::<WrapperObj>().f;
            if name == n.func || name == n.wrapped {
                return Ok(Some(f));
            }
            lookup_attr(cx, f, name)
        }
        Kind::File => Ok(file::file_attr(cx, v, name_str(name))),
        Kind::Code => {
            let c = v.obj::<crate::compile::CodeObj>();
            if name == n.code_name {
                return Ok(Some(c.name));
            }
            Ok(match name_str(name) {
                "co_filename" => Some(c.filename),
                "co_qualname" => Some(c.qualname),
                "co_firstlineno" => Some(Value::from_small(c.firstlineno as i64)),
                _ => None,
            })
        }
        _ => Ok(None),
    }
}

/// `property.__isabstractmethod__`: one of the accessors is abstract.
#[cold]
fn any_abstract(cx: &mut Ctx, fs: &[Value]) -> PyResult<bool> {
    let n = cx.rt.names.isabstractmethod;
    for &f in fs {
        if f.is_unbound() || f.is_none() {
            continue;
        }
        if let Some(a) = get_attr_opt(cx, f, n)? {
            if ops::truthy(cx, a)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// `super(cls, obj).name`: search the MRO of obj's type after `cls`.
fn super_getattr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<Option<Value>> {
    let s = v.obj::<SuperObj>();
    let (start, obj) = (s.cls, s.obj);
    let (objtype, is_class) = match class_of_value(obj) {
        Some(c) if issubclass(c, start) => (c, true),
        _ => (type_of(cx, obj), false),
    };
    let mro = &cls_ref(objtype).mro;
    let pos = mro.iter().position(|&c| c == start).map_or(mro.len(), |p| p + 1);
    for &c in &mro[pos..] {
        // SAFETY: class dicts are live.
        let d = unsafe { &(*cls_ref(c).dict).t };
        if let Some(x) = d.get_str(name) {
            if is_class {
                if x.is_kind(Kind::Native) && name == cx.rt.names.new {
                    return Ok(Some(x));
                }
                return class_descr_get(cx, x, objtype).map(Some);
            }
            if x.is_kind(Kind::StaticMethod) && name == cx.rt.names.new {
                return Ok(Some(x.obj::<WrapperObj>().f));
            }
            if x.is_kind(Kind::Native) && name == cx.rt.names.new {
                return Ok(Some(x));
            }
            return descr_get(cx, x, obj, objtype).map(Some);
        }
    }
    if name == cx.rt.names.class {
        return Ok(Some(Value::from_ptr(cx.rt.types.super_)));
    }
    Ok(None)
}

/// `super().name` on an instance where `name` (not `__new__`) is a plain
/// function or native of a class after the start: (function, obj) for
/// `load_method`, as `super_getattr` would bind it, without the bound method.
fn super_method(cx: &mut Ctx, v: Value, name: Value) -> Option<(Value, Value)> {
    let s = v.obj::<SuperObj>();
    let (start, obj) = (s.cls, s.obj);
    if name == cx.rt.names.new || class_of_value(obj).is_some_and(|c| issubclass(c, start)) {
        return None;
    }
    let objtype = type_of(cx, obj);
    let mro = &cls_ref(objtype).mro;
    let pos = mro.iter().position(|&c| c == start).map_or(mro.len(), |p| p + 1);
    for &c in &mro[pos..] {
        // SAFETY: class dicts are live.
        let d = unsafe { &(*cls_ref(c).dict).t };
        if let Some(x) = d.get_str(name) {
            return is_method(x).then_some((x, obj));
        }
    }
    None
}

// ---------------------------------------------------------------- load_method

/// (function, self) when `name` is a plain method on v's type and not shadowed
/// by the instance dict; else (attribute, UNBOUND).
pub fn load_method(cx: &mut Ctx, v: Value, name: Value) -> PyResult<(Value, Value)> {
    match v.kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => {
            let cls = type_of(cx, v);
            if cls_ref(cls).flags & CF_HAS_GETATTRIBUTE == 0 {
                if let Some(d) = ops::class_lookup(cls, name) {
                    if is_method(d) {
                        if inst_get(cx, v, name).is_none() {
                            return Ok((d, v));
                        }
                    }
                }
            }
        }
        Some(Kind::Super) => {
            if let Some(m) = super_method(cx, v, name) {
                return Ok(m);
            }
        }
        Some(Kind::Class) | Some(Kind::Module) => {}
        _ => {
            let cls = type_of(cx, v);
            if let Some(d) = ops::class_lookup(cls, name) {
                if is_method(d) {
                    return Ok((d, v));
                }
            }
        }
    }
    let a = get_attr(cx, v, name)?;
    Ok((a, Value::UNBOUND))
}

// ---------------------------------------------------------------- set / del

pub fn set_attr(cx: &mut Ctx, v: Value, name: Value, val: Value) -> PyResult<()> {
    match v.kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => {
            if name == cx.rt.names.class && v.is_kind(Kind::Instance) {
                return set_class(cx, v, val);
            }
            let cls = type_of(cx, v);
            let flags = cls_ref(cls).flags;
            if flags & (CF_HAS_SETATTR | CF_HAS_DATA_DESCR | CF_BUILTIN | CF_NO_DICT) == 0 && v.is_kind(Kind::Instance) {
                if name == cx.rt.names.dict {
                    return set_dict(cx, v, val);
                }
                inst_set(cx, v, name, val);
                return Ok(());
            }
            if flags & CF_HAS_SETATTR != 0 {
                let n = cx.rt.names.setattr;
                if let Some(f) = ops::user_lookup(cls, n) {
                    ops::call_dunder(cx, f, v, &[name, val])?;
                    return Ok(());
                }
            }
            generic_setattr(cx, v, name, val)
        }
        Some(Kind::Class) => {
            let meta = v.header().class;
            if cls_ref(meta).flags & CF_HAS_SETATTR != 0 {
                return meta_setattr(cx, v, meta, cx.rt.names.setattr, &[name, val]);
            }
            class_setattr(cx, v.as_ptr(), name, val)
        }
        Some(Kind::Module) => {
            // SAFETY: module dicts are live.
            unsafe { (*v.obj::<ModuleObj>().dict).t.set_str(name, val) };
            Ok(())
        }
        Some(Kind::Function) => {
            let f = v.obj::<FunctionObj>();
            let n = &cx.rt.names;
            if name == n.name {
                f.name = val;
            } else if name == n.qualname {
                f.qualname = val;
            } else if name == n.doc {
                f.doc = val;
            } else if name == n.module {
                f.module = val;
            } else if name == n.defaults {
                f.defaults = tuple_items(val).unwrap_or(&[]).to_vec().into_boxed_slice();
            } else if name == n.kwdefaults {
                f.kwdefaults = val;
            } else {
                if f.dict.is_unbound() {
                    f.dict = cx.new_dict();
                }
                dict_obj(f.dict).unwrap().t.set_str(name, val);
            }
            Ok(())
        }
        // A property's __doc__ is writable, as CPython's (namedtuple field docs).
        Some(Kind::Property) if name == cx.rt.names.doc => {
            v.obj::<PropertyObj>().doc = val;
            Ok(())
        }
        // object.__class__'s setter: refuses builtin types (its own error).
        _ if name == cx.rt.names.class => set_class(cx, v, val),
        _ => Err(builtin_setattr_error(cx, v, name)),
    }
}

/// Setting or deleting attribute `name` of a builtin object failed: CPython's
/// message for what its type defines under that name.
#[cold]
#[inline(never)]
fn builtin_setattr_error(cx: &mut Ctx, v: Value, name: Value) -> crate::Exc {
    let tn = type_name(cx, v);
    let n = name_str(name);
    let msg = match ops::class_lookup(type_of(cx, v), name) {
        // CPython's read-only members: the fields of slice, range and
        // property objects; complex's real/imag (properties here).
        Some(d) if d.is_kind(Kind::Property) => "readonly attribute".to_string(),
        Some(d) => match getset_of(cx, d) {
            Some(_) if matches!(v.kind(), Some(Kind::Slice | Kind::Range | Kind::Property)) => {
                "readonly attribute".to_string()
            }
            Some((_, owner)) => format!("attribute '{n}' of '{}' objects is not writable", class_name(owner)),
            None => format!("'{tn}' object attribute '{n}' is read-only"),
        },
        None => format!("'{tn}' object has no attribute '{n}'"),
    };
    cx.attribute_error(msg)
}

/// `obj.__class__ = cls` on a user instance: both classes user-defined with the
/// same builtin base (CPython's layout check); refused for builtin objects. Caches key on the header's class,
/// so they see the change at once.
fn set_class(cx: &mut Ctx, v: Value, val: Value) -> PyResult<()> {
    if !val.is_kind(Kind::Class) {
        let tn = type_name(cx, val);
        return Err(cx.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
    }
    let new: *mut ClassObj = val.as_ptr();
    let old = type_of(cx, v);
    if cls_ref(new).flags & CF_BUILTIN != 0 || cls_ref(old).flags & CF_BUILTIN != 0 {
        return Err(cx.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses".to_string()));
    }
    if cls_ref(new).builtin_base != cls_ref(old).builtin_base || slot_layout(cx, new) != slot_layout(cx, old) {
        let (a, b) = (class_name(new), class_name(old));
        return Err(cx.type_error(format!("__class__ assignment: '{a}' object layout differs from '{b}'")));
    }
    // Its dict may have been handed out under the old class.
    // SAFETY: `new` is a live class.
    unsafe { (*new).flags |= CF_DICT_EXPOSED };
    change_class(cx, v, new);
    Ok(())
}

/// `obj.__dict__ = d` on a user instance: `d` becomes its attribute dict.
fn set_dict(cx: &mut Ctx, v: Value, val: Value) -> PyResult<()> {
    if no_dict(cx, v) {
        let name = cx.rt.names.dict;
        return Err(attr_error(cx, v, name));
    }
    instance_dict_exposed(cx, v);
    let Some(d) = dict_obj(val) else {
        let tn = type_name(cx, val);
        return Err(cx.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")));
    };
    replace_dict(v, d as *mut DictObj);
    Ok(())
}

/// `object.__setattr__`.
pub fn generic_setattr(cx: &mut Ctx, v: Value, name: Value, val: Value) -> PyResult<()> {
    if name == cx.rt.names.dict && v.is_kind(Kind::Instance) {
        return set_dict(cx, v, val);
    }
    let cls = type_of(cx, v);
    if let Some(d) = ops::class_lookup(cls, name) {
        match d.kind() {
            Some(Kind::Property) => {
                let s = d.obj::<PropertyObj>().fset;
                if s.is_unbound() || s.is_none() {
                    return Err(super::class::property_missing(cx, Some(name), cls, true));
                }
                call(cx, s, &[v, val], &[])?;
                return Ok(());
            }
            Some(Kind::Instance) if cls_ref(d.header().class).flags & CF_HAS_SET != 0 => {
                let n = cx.rt.names.set;
                if let Some(f) = ops::user_lookup(d.header().class, n) {
                    ops::call_dunder(cx, f, d, &[v, val])?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if let Some(e) = v.downcast::<ExceptionObj>(Kind::Exception) {
        let n = &cx.rt.names;
        if name == n.args {
            let items = iter::collect(cx, val)?;
            e.args = cx.new_tuple(items);
            return Ok(());
        }
        if name == n.cause {
            e.cause = val;
            e.suppress_context = true;
            return Ok(());
        }
        if name == n.context {
            e.context = val;
            return Ok(());
        }
        if name == n.suppress_context {
            e.suppress_context = ops::truthy(cx, val)?;
            return Ok(());
        }
        if name == n.traceback {
            return super::exc::set_traceback(cx, v, val);
        }
    }
    if name == cx.rt.names.class {
        if let (Some(Kind::Instance), Some(c)) = (v.kind(), class_of_value(val)) {
            change_class(cx, v, c);
            return Ok(());
        }
    }
    if v.is_kind(Kind::Instance) {
        let flags = cls_ref(cls).flags;
        if cls == cx.rt.types.traceback && name_str(name) == "tb_next" {
            return super::exc::set_tb_next(cx, v, val);
        }
        if flags & CF_BUILTIN != 0 || (flags & CF_NO_DICT != 0 && !is_slot(cx, cls, name)) {
            return Err(attr_error(cx, v, name));
        }
    }
    inst_set(cx, v, name, val);
    Ok(())
}

/// `cls.name = v` / `del cls.name` where the metaclass defines `hook`
/// (`__setattr__`/`__delattr__`).
#[cold]
#[inline(never)]
fn meta_setattr(cx: &mut Ctx, cls: Value, meta: *mut ClassObj, hook: Value, args: &[Value]) -> PyResult<()> {
    match ops::user_lookup(meta, hook) {
        Some(f) => ops::call_dunder(cx, f, cls, args).map(|_| ()),
        None if args.len() == 2 => class_setattr(cx, cls.as_ptr(), args[0], args[1]),
        None => class_delattr(cx, cls.as_ptr(), args[0]),
    }
}

/// `type.__setattr__`: store in the class dict (builtin classes refuse).
pub fn class_setattr(cx: &mut Ctx, cls: *mut ClassObj, name: Value, val: Value) -> PyResult<()> {
    let c = cls_ref(cls);
    if c.flags & CF_BUILTIN != 0 {
        let n = name_str(name);
        let cn = class_name(cls);
        return Err(cx.type_error(format!("cannot set '{n}' attribute of immutable type '{cn}'")));
    }
    if name == cx.rt.names.name {
        c.name = val;
        return Ok(());
    }
    if name == cx.rt.names.qualname {
        c.qualname = val;
        return Ok(());
    }
    // SAFETY: class dicts are live.
    unsafe { (*c.dict).t.set_str(name, val) };
    class_changed(cx, cls, name);
    Ok(())
}

/// A class dict changed: bump versions (this class and subclasses) and refresh hook flags.
pub fn class_changed(cx: &mut Ctx, cls: *mut ClassObj, name: Value) {
    let mut todo = vec![cls];
    let _ = name;
    while let Some(c) = todo.pop() {
        cls_ref(c).version = ops::next_version();
        refresh_flags(cx, c);
        for &(b, s) in &cx.rt.subclasses {
            if b == c {
                todo.push(s);
            }
        }
    }
}

/// Recompute the hook flags of a user class from its MRO.
pub fn refresh_flags(cx: &mut Ctx, cls: *mut ClassObj) {
    let c = cls_ref(cls);
    if c.flags & CF_BUILTIN != 0 {
        return;
    }
    let n = &cx.rt.names;
    let table = [
        (n.getattr, CF_HAS_GETATTR),
        (n.getattribute, CF_HAS_GETATTRIBUTE),
        (n.setattr, CF_HAS_SETATTR),
        (n.delattr, CF_HAS_DELATTR),
        (n.get, CF_HAS_GET),
        (n.set, CF_HAS_SET),
        (n.delete, CF_HAS_SET),
    ];
    let mut flags = c.flags
        & !(CF_HAS_GETATTR
            | CF_HAS_GETATTRIBUTE
            | CF_HAS_SETATTR
            | CF_HAS_DELATTR
            | CF_HAS_GET
            | CF_HAS_SET
            | CF_HAS_DATA_DESCR
            | CF_ABSTRACT);
    // SAFETY: class dicts are live.
    if let Some(a) = unsafe { (*c.dict).t.get_str(cx.rt.names.abstractmethods) } {
        if !is_empty_collection(a) {
            flags |= CF_ABSTRACT;
        }
    }
    for (name, f) in table {
        if ops::user_lookup(cls, name).is_some() {
            flags |= f;
        }
    }
    let object = cx.rt.types.object;
    'scan: for &m in &c.mro {
        if m == object {
            continue;
        }
        // SAFETY: class dicts are live.
        for (_, val) in unsafe { (*cls_ref(m).dict).t.iter() } {
            if is_data_descriptor(val) {
                flags |= CF_HAS_DATA_DESCR;
                break 'scan;
            }
        }
    }
    c.flags = flags;
}

/// An empty set, frozenset, tuple or list (what `__abstractmethods__` holds).
fn is_empty_collection(v: Value) -> bool {
    match v.kind() {
        Some(Kind::Set | Kind::FrozenSet) => v.obj::<SetObj>().t.len() == 0,
        Some(Kind::Tuple | Kind::List) => seq_items(v).map_or(false, |s| s.is_empty()),
        _ => false,
    }
}

pub fn del_attr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<()> {
    match v.kind() {
        Some(Kind::Instance) | Some(Kind::Exception) => {
            let cls = type_of(cx, v);
            if cls_ref(cls).flags & CF_HAS_DELATTR != 0 {
                let n = cx.rt.names.delattr;
                if let Some(f) = ops::user_lookup(cls, n) {
                    ops::call_dunder(cx, f, v, &[name])?;
                    return Ok(());
                }
            }
            generic_delattr(cx, v, name)
        }
        Some(Kind::Class) => {
            let meta = v.header().class;
            if cls_ref(meta).flags & CF_HAS_DELATTR != 0 {
                return meta_setattr(cx, v, meta, cx.rt.names.delattr, &[name]);
            }
            class_delattr(cx, v.as_ptr(), name)
        }
        Some(Kind::Module) => {
            // SAFETY: module dicts are live.
            let r = unsafe { (*v.obj::<ModuleObj>().dict).t.remove_str(name) };
            if r.is_none() {
                return Err(attr_error(cx, v, name));
            }
            Ok(())
        }
        Some(Kind::Function) => {
            let f = v.obj::<FunctionObj>();
            if !f.dict.is_unbound() && dict_obj(f.dict).unwrap().t.remove_str(name).is_some() {
                return Ok(());
            }
            Err(attr_error(cx, v, name))
        }
        _ => Err(builtin_setattr_error(cx, v, name)),
    }
}

/// `type.__delattr__`: remove from the class dict (builtin classes refuse).
pub fn class_delattr(cx: &mut Ctx, cls: *mut ClassObj, name: Value) -> PyResult<()> {
    if cls_ref(cls).flags & CF_BUILTIN != 0 {
        let n = name_str(name);
        let cn = class_name(cls);
        return Err(cx.type_error(format!("cannot delete '{n}' attribute of immutable type '{cn}'")));
    }
    // SAFETY: class dicts are live.
    let r = unsafe { (*cls_ref(cls).dict).t.remove_str(name) };
    if r.is_none() {
        return Err(attr_error(cx, Value::from_ptr(cls), name));
    }
    class_changed(cx, cls, name);
    Ok(())
}

/// `object.__delattr__`.
pub fn generic_delattr(cx: &mut Ctx, v: Value, name: Value) -> PyResult<()> {
    let cls = type_of(cx, v);
    if let Some(d) = ops::class_lookup(cls, name) {
        match d.kind() {
            Some(Kind::Property) => {
                let f = d.obj::<PropertyObj>().fdel;
                if f.is_unbound() || f.is_none() {
                    return Err(super::class::property_missing(cx, Some(name), cls, false));
                }
                call(cx, f, &[v], &[])?;
                return Ok(());
            }
            Some(Kind::Instance) if cls_ref(d.header().class).flags & CF_HAS_SET != 0 => {
                let n = cx.rt.names.delete;
                if let Some(f) = ops::user_lookup(d.header().class, n) {
                    ops::call_dunder(cx, f, d, &[v])?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if inst_del(cx, v, name) {
        return Ok(());
    }
    if is_slot(cx, cls, name) {
        return Err(unset_slot_delete(cx, name));
    }
    Err(attr_error(cx, v, name))
}

/// hasattr-style check by Rust name (interns the name).
pub fn has_attr(cx: &mut Ctx, v: Value, name: &str) -> PyResult<bool> {
    let n = cx.intern(name);
    Ok(get_attr_opt(cx, v, n)?.is_some())
}
