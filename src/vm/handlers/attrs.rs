//! Attributes and items. Attribute ops go through the runtime protocols (inline
//! caches come later); items have list/tuple fast paths for small-int indices.
use super::prelude::*;

// ---- inline caches ----
//
// LoadAttr / StoreAttr / LoadMethod carry four aux slots: [name, class,
// version, value]. A cache entry is valid while the object is a plain
// instance (`Kind::Instance`) of exactly that class and the class's version is
// unchanged (runtime bumps it, and its subclasses', on any class-dict change).
// Filled only when the generic protocol would give the same answer:
// * load_attr: no `__getattribute__`, the name is not found on the class
//   (so it can only come from the instance dict; a miss takes the slow path);
// * store_attr: no `__setattr__`, name not found on the class, instance dict exists;
// * load_method: no `__getattribute__`, class attribute is a plain function and
//   the instance dict does not shadow it (checked each time).

const K_CLS: usize = 1;
const K_VER: usize = 2;
const K_VAL: usize = 3;

/// The instance and its class when `obj` is a plain instance matching the cache.
#[inline(always)]
unsafe fn cached_instance(ip: *const Inst, obj: Value) -> Option<&'static mut InstanceObj> {
    if !obj.is_kind(Kind::Instance) {
        return None;
    }
    let cls = obj.header().class;
    if cls as u64 != aux_val(ip, K_CLS).raw() || (*cls).version as u64 != aux_val(ip, K_VER).raw() {
        return None;
    }
    Some(obj.obj::<InstanceObj>())
}

/// Record `obj`'s class in the cache of `ip` (with `val`), if `ok`.
unsafe fn fill_cache(ip: *const Inst, obj: Value, val: Value) {
    let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
    let cls = obj.header().class;
    crate::vm::dispatch::set_payload(slot.add(K_CLS), cls as u64);
    crate::vm::dispatch::set_payload(slot.add(K_VER), (*cls).version as u64);
    crate::vm::dispatch::set_payload(slot.add(K_VAL), val.raw());
}

// ---- second level: a per-thread table keyed by (class, version, name, use) ----
//
// A site's cache holds one class; polymorphic sites (`self.x` in a base-class
// method called on several subclasses) refill it from this table instead of
// running the generic protocol (MRO walks). An entry is valid while the class
// version matches (versions are globally unique, so a freed class's entries
// never match). Names are the interned names of the ops' aux slots (never freed).

const MEGA_N: usize = 1024;
/// Uses: the instance dict holds the attribute (load / store); a method.
const USE_LOAD: u8 = 1;
const USE_STORE: u8 = 2;
const USE_METHOD: u8 = 3;

#[derive(Clone, Copy)]
struct Mega {
    cls: usize,
    name: u64,
    ver: u32,
    use_: u8,
    val: u64,
}

const MEGA_EMPTY: Mega = Mega { cls: 0, name: 0, ver: 0, use_: 0, val: 0 };

thread_local! {
    static MEGA: std::cell::UnsafeCell<[Mega; MEGA_N]> = const { std::cell::UnsafeCell::new([MEGA_EMPTY; MEGA_N]) };
}

#[inline]
fn mega_slot(cls: usize, name: u64, use_: u8) -> usize {
    let h = (cls as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (name >> 3).wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ use_ as u64;
    (h >> 40) as usize % MEGA_N
}

/// The recorded value for `obj`'s class, `name` and `use_`, if current.
unsafe fn mega_get(obj: Value, name: Value, use_: u8) -> Option<Value> {
    let cls = obj.header().class;
    if cls.is_null() {
        return None;
    }
    let ver = (*cls).version;
    // SAFETY: per-thread table; no reference to it outlives this call.
    let e = MEGA.with(|m| *(*m.get()).get_unchecked(mega_slot(cls as usize, name.raw(), use_)));
    (e.cls == cls as usize && e.name == name.raw() && e.ver == ver && e.use_ == use_).then(|| Value::from_raw(e.val))
}

unsafe fn mega_put(obj: Value, name: Value, use_: u8, val: Value) {
    let cls = obj.header().class;
    let e = Mega { cls: cls as usize, name: name.raw(), ver: (*cls).version, use_, val: val.raw() };
    // SAFETY: per-thread table; no reference to it outlives this call.
    MEGA.with(|m| *(*m.get()).get_unchecked_mut(mega_slot(e.cls, e.name, use_)) = e);
}

/// A plain instance (no builtin payload) of a user class: the kinds the table serves.
fn plain_instance(obj: Value) -> bool {
    obj.downcast::<InstanceObj>(Kind::Instance).is_some_and(|i| i.payload.is_unbound())
}

/// Is `obj` a plain instance whose class flags allow caching (`forbid` bits clear)?
fn cacheable(obj: Value, forbid: u32) -> Option<*mut ClassObj> {
    let i = obj.downcast::<InstanceObj>(Kind::Instance)?;
    if !i.payload.is_unbound() {
        return None;
    }
    let cls = obj.header().class;
    if cls.is_null() || runtime::cls_ref(cls).flags & forbid != 0 {
        return None;
    }
    Some(cls)
}

op!(load_attr, |ip, fp, cx| {
    let i = &*ip;
    let obj = reg(fp, i.b);
    if let Some(inst) = cached_instance(ip, obj) {
        if let Some(e) = cached_entry(ip, inst) {
            set_reg(fp, i.a, e.value);
            return next(ip, fp);
        }
        return load_attr_reindex(ip, fp, cx, inst);
    }
    load_attr_slow(ip, fp, cx)
});

/// The instance-dict entry cached at `K_VAL` (an index), if it still holds the name.
/// Keys of a dict are unique, so an identical key at that index is the entry.
#[inline(always)]
unsafe fn cached_entry(ip: *const Inst, inst: &InstanceObj) -> Option<&'static mut crate::runtime::dict::Entry> {
    if inst.dict.is_null() {
        return None;
    }
    let es = &mut (*inst.dict).t.entries;
    let ix = aux_val(ip, K_VAL).raw() as usize;
    if ix < es.len() {
        let e = es.get_unchecked_mut(ix);
        if e.key == aux_val(ip, 0) {
            // SAFETY: the dict outlives this op (the instance is in a register).
            return Some(&mut *(e as *mut crate::runtime::dict::Entry));
        }
    }
    None
}

/// Cached class, the entry is elsewhere (instances built in another order):
/// find it, re-point the cache at it.
#[inline(never)]
unsafe fn load_attr_reindex(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, inst: &InstanceObj) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::LoadAttr);
    let name = aux_val(ip, 0);
    if !inst.dict.is_null() {
        // SAFETY: a non-null instance dict is a live DictObj (the instance is in a register).
        let es = &(&(*inst.dict).t).entries;
        if let Some(ix) = es.iter().position(|e| e.key == name) {
            let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
            crate::vm::dispatch::set_payload(slot.add(K_VAL), ix as u64);
            set_reg(fp, (*ip).a, es.get_unchecked(ix).value);
            return next(ip, fp);
        }
    }
    load_attr_generic(ip, fp, cx)
}

/// Index of `name`'s entry in `obj`'s instance dict (`usize::MAX` if absent): the `K_VAL` payload.
unsafe fn entry_index(obj: Value, name: Value) -> u64 {
    let d = obj.obj::<InstanceObj>().dict;
    if d.is_null() {
        return u64::MAX;
    }
    (*d).t.entries.iter().position(|e| e.key == name).map_or(u64::MAX, |i| i as u64)
}

/// Fill the cache of `ip` with `obj`'s class and the entry index of the name.
unsafe fn fill_index(ip: *const Inst, obj: Value, name: Value) {
    let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
    let cls = obj.header().class;
    crate::vm::dispatch::set_payload(slot.add(K_CLS), cls as u64);
    crate::vm::dispatch::set_payload(slot.add(K_VER), (*cls).version as u64);
    crate::vm::dispatch::set_payload(slot.add(K_VAL), entry_index(obj, name));
}

#[cold]
#[inline(never)]
unsafe fn load_attr_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::LoadAttr);
    let obj = reg(fp, (*ip).b);
    let name = aux_val(ip, 0);
    if plain_instance(obj) && mega_get(obj, name, USE_LOAD).is_some() {
        fill_index(ip, obj, name);
        if let Some(e) = cached_entry(ip, obj.obj::<InstanceObj>()) {
            set_reg(fp, (*ip).a, e.value);
            return next(ip, fp);
        }
    }
    load_attr_generic(ip, fp, cx)
}

/// The full protocol; fills the cache when the answer came from the instance dict.
unsafe fn load_attr_generic(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let obj = reg(fp, i.b);
    let name = aux_val(ip, 0);
    let r = runtime::get_attr(cx, obj, name);
    if r.is_ok() {
        if let Some(cls) = cacheable(obj, runtime::types::CF_HAS_GETATTRIBUTE) {
            if runtime::class_lookup(cls, name).is_none() {
                fill_index(ip, obj, name);
                mega_put(obj, name, USE_LOAD, Value::UNBOUND);
            }
        }
    }
    store_result(ip, fp, cx, r)
}

op!(store_attr, |ip, fp, cx| {
    let i = &*ip;
    let obj = reg(fp, i.a);
    if let Some(inst) = cached_instance(ip, obj) {
        if let Some(e) = cached_entry(ip, inst) {
            e.value = reg(fp, i.b);
            return next(ip, fp);
        }
        return store_attr_new(ip, fp, cx, obj);
    }
    store_attr_slow(ip, fp, cx)
});

/// Cached class, but the entry is elsewhere or new (`self.x = ...` in `__init__`,
/// maybe the instance's first attribute):
/// a plain dict store; a new entry's index becomes the cached one.
#[inline(never)]
unsafe fn store_attr_new(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, obj: Value) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::StoreAttr);
    let name = aux_val(ip, 0);
    // A fresh instance has no dict yet (allocated on its first store).
    let Some(d) = runtime::attr::instance_dict(cx, obj) else { return store_attr_slow(ip, fp, cx) };
    // SAFETY: `instance_dict` returns the instance's live dict.
    let t = &mut (*d).t;
    t.set_str(name, reg(fp, (*ip).b));
    let last = t.entries.len() - 1;
    if t.entries[last].key == name {
        let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
        crate::vm::dispatch::set_payload(slot.add(K_VAL), last as u64);
    }
    next(ip, fp)
}

#[cold]
#[inline(never)]
unsafe fn store_attr_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::StoreAttr);
    let i = &*ip;
    let obj = reg(fp, i.a);
    let name = aux_val(ip, 0);
    if plain_instance(obj) && mega_get(obj, name, USE_STORE).is_some() {
        fill_index(ip, obj, name);
        return store_attr_new(ip, fp, cx, obj);
    }
    match runtime::set_attr(cx, obj, name, reg(fp, i.b)) {
        Ok(()) => {
            if let Some(cls) = cacheable(obj, runtime::types::CF_HAS_SETATTR) {
                if runtime::class_lookup(cls, name).is_none() && !obj.obj::<InstanceObj>().dict.is_null() {
                    fill_index(ip, obj, name);
                    mega_put(obj, name, USE_STORE, Value::UNBOUND);
                }
            }
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}

op!(del_attr, |ip, fp, cx| {
    let i = &*ip;
    match runtime::del_attr(cx, reg(fp, i.a), aux_val(ip, 0)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});

flow_op!(
    /// a := method (or attribute), a+1 := self (or UNBOUND).
    load_method,
    |ip, fp, cx| {
        let i = &*ip;
        let obj = reg(fp, i.b);
        if obj.is_obj() {
            let cls = obj.header().class;
            // (Some internal objects have a null class; an empty cache holds 0.)
            if cls as u64 == aux_val(ip, K_CLS).raw() && !cls.is_null() && (*cls).version as u64 == aux_val(ip, K_VER).raw() {
                // Cached for a user class (instances: the dict must not shadow the
                // name) or for a builtin type (its objects have no instance dict).
                if obj.header().kind == Kind::Instance {
                    let d = obj.obj::<InstanceObj>().dict;
                    if !d.is_null() && !lacks_small(&(*d).t, aux_val(ip, 0)) {
                        return Flow::Via(ip, super::load_method_dict_h::h, super::load_method_dict);
                    }
                }
                set_reg(fp, i.a, aux_val(ip, K_VAL));
                set_reg(fp, i.a + 1, obj);
                return Flow::Go(next(ip, fp));
            }
        }
        Flow::Via(ip, super::load_method_slow_h::h, super::load_method_slow)
    }
);

cold_handler! {
    load_method_dict_h = load_method_dict;
    load_method_slow_h = load_method_slow;
}

/// Cache hit on an instance with a dict: the method, unless the dict shadows it.
#[inline(never)]
unsafe fn load_method_dict(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let obj = reg(fp, i.b);
    let d = obj.obj::<InstanceObj>().dict;
    if lacks_str(&(*d).t, aux_val(ip, 0)) {
        set_reg(fp, i.a, aux_val(ip, K_VAL));
        set_reg(fp, i.a + 1, obj);
        return next(ip, fp);
    }
    load_method_slow(ip, fp, cx)
}

#[cold]
#[inline(never)]
unsafe fn load_method_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::Method);
    let i = &*ip;
    let obj = reg(fp, i.b);
    let name = aux_val(ip, 0);
    if plain_instance(obj) {
        if let Some(f) = mega_get(obj, name, USE_METHOD) {
            let d = obj.obj::<InstanceObj>().dict;
            if d.is_null() || lacks_str(&(*d).t, name) {
                fill_cache(ip, obj, f);
                set_reg(fp, i.a, f);
                set_reg(fp, i.a + 1, obj);
                return next(ip, fp);
            }
        }
    }
    match runtime::load_method(cx, obj, name) {
        Ok((f, s)) => {
            if s == obj {
                if f.is_kind(Kind::Function) && obj.is_kind(Kind::Instance) {
                    if let Some(cls) = cacheable(obj, runtime::types::CF_HAS_GETATTRIBUTE) {
                        if runtime::class_lookup(cls, name) == Some(f) {
                            fill_cache(ip, obj, f);
                            mega_put(obj, name, USE_METHOD, f);
                        }
                    }
                } else if builtin_method_cacheable(cx, obj) {
                    fill_cache(ip, obj, f);
                }
            }
            set_reg(fp, i.a, f);
            set_reg(fp, i.a + 1, s);
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}

/// `obj` is an object of a builtin type whose methods `runtime::load_method`
/// takes from the type without looking at the object (no instance dict): the
/// answer depends only on the type (immutable: its version never changes).
fn builtin_method_cacheable(cx: &mut Ctx, obj: Value) -> bool {
    let Some(k) = obj.kind() else { return false };
    if matches!(k, Kind::Instance | Kind::Exception | Kind::Class | Kind::Module | Kind::Super) {
        return false;
    }
    let cls = obj.header().class;
    !cls.is_null() && runtime::cls_ref(cls).flags & runtime::types::CF_BUILTIN != 0 && runtime::type_of(cx, obj) == cls
}

/// Is the str key `name` surely absent from `t`? Small tables: no entry has its
/// hash (a hash collision answers "maybe present": the slow path decides).
#[inline(always)]
unsafe fn lacks_str(t: &crate::runtime::dict::DictTable, name: Value) -> bool {
    if !t.indices.is_empty() {
        return t.get_str(name).is_none();
    }
    let h = crate::runtime::dict::str_hash(name);
    t.entries.iter().all(|e| e.hash != h)
}

/// `lacks_str` without calls: true when `t` is a small table (no index) and
/// no entry has the name's (already computed) hash; false means "ask `lacks_str`".
#[inline(always)]
unsafe fn lacks_small(t: &crate::runtime::dict::DictTable, name: Value) -> bool {
    let h = name.obj::<StrObj>().hash;
    t.indices.is_empty() && h != -1 && t.entries.iter().all(|e| e.hash != h)
}

/// Normalise a small-int index against `len`.
#[inline(always)]
fn index(k: Value, len: usize) -> Option<usize> {
    if !k.is_int() {
        return None;
    }
    let i = k.as_small();
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

op!(get_item, |ip, fp, cx| {
    let i = &*ip;
    let o = reg(fp, i.b);
    let k = reg(fp, i.c);
    if o.is_kind(Kind::List) {
        let l = &o.obj::<ListObj>().items;
        if let Some(j) = index(k, l.len()) {
            set_reg(fp, i.a, *l.get_unchecked(j));
            return next(ip, fp);
        }
    } else if o.is_kind(Kind::Tuple) {
        let t = &o.obj::<TupleObj>().items();
        if let Some(j) = index(k, t.len()) {
            set_reg(fp, i.a, *t.get_unchecked(j));
            return next(ip, fp);
        }
    }
    get_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
unsafe fn get_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = runtime::get_item(cx, reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

op!(set_item, |ip, fp, cx| {
    let i = &*ip;
    let o = reg(fp, i.a);
    let k = reg(fp, i.b);
    if o.is_kind(Kind::List) {
        let l = &mut o.obj::<ListObj>().items;
        if let Some(j) = index(k, l.len()) {
            *l.get_unchecked_mut(j) = reg(fp, i.c);
            return next(ip, fp);
        }
    }
    set_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
unsafe fn set_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    match runtime::set_item(cx, reg(fp, i.a), reg(fp, i.b), reg(fp, i.c)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(del_item, |ip, fp, cx| {
    let i = &*ip;
    match runtime::del_item(cx, reg(fp, i.a), reg(fp, i.b)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});
