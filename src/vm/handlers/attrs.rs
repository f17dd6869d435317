//! Attributes and items. Attribute ops go through the runtime protocols behind
//! polymorphic inline caches; items have list/tuple fast paths for small-int indices.
use super::prelude::*;

// ---- inline caches ----
//
// LoadAttr / StoreAttr / LoadMethod carry four aux slots: the name, then three
// words of cache. Entries are keyed by class *version* alone: versions are
// globally unique (every class gets a fresh one, and a new one on any change
// to its dict or its bases' dicts), so an equal version is the same class in
// the same state, and an empty word (version 0) never matches.
// * load_attr / store_attr: up to four entries, versions in aux 1 and 2
//   (two u32 each), their 16-bit inline-attribute indices in aux 3: objects
//   of that class are plain instances (`Kind::Instance`, no builtin payload)
//   whose class has no `__getattribute__` (load) / `__setattr__` (store) and
//   does not define the name, so it can only be an instance attribute: the
//   class's shared key `index` (`runtime::attr`'s instance storage), set on
//   every instance whose inline values reach past it (checked each time:
//   `index < vals.len()`; 0xffff: none). For instances with a dict the
//   index is `DICT_IX | i`, the dict entry where the name was last found
//   (checked in the miss handlers: same key at that entry; the inline check
//   never passes for it).
// * load_method: up to two entries, the methods in aux 1 and 2 and their
//   versions packed in aux 3 (`verA | verB << 32`): the class attribute is a
//   plain function and the instance dict (if any) does not shadow it (checked
//   each time), or the object is of a builtin type (no instance dict).
// New entries go first; the oldest falls out.

/// `obj`'s class version, if `obj` is an instance of a user class.
#[inline(always)]
unsafe fn instance_version(obj: Value) -> Option<u32> {
    if !obj.is_ptr() || obj.is_unbound() || obj.header().kind != Kind::Instance {
        return None;
    }
    // SAFETY: instances always have a class.
    Some((*obj.header().class).version)
}

/// The attribute-cache entry (0..4) and cached index for version `ver`.
#[inline(always)]
unsafe fn attr_entry(ip: *const Inst, ver: u32) -> Option<(usize, usize)> {
    let ix = |k: usize| ((aux_val(ip, 3).raw() >> (16 * k)) & 0xffff) as usize;
    let w1 = aux_val(ip, 1).raw();
    if w1 as u32 == ver {
        return Some((0, ix(0)));
    }
    if (w1 >> 32) as u32 == ver {
        return Some((1, ix(1)));
    }
    let w2 = aux_val(ip, 2).raw();
    if w2 as u32 == ver {
        return Some((2, ix(2)));
    }
    if (w2 >> 32) as u32 == ver {
        return Some((3, ix(3)));
    }
    None
}

/// Set the cached index of attribute-cache entry `k` (indices past 16 bits
/// are stored as 0xffff: a miss that searches again, never a wrong hit).
unsafe fn attr_set_index(ip: *const Inst, k: usize, ix: u64) {
    let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
    let w3 = aux_val(ip, 3).raw();
    let w3 = (w3 & !(0xffff << (16 * k))) | ix.min(0xffff) << (16 * k);
    crate::vm::dispatch::set_payload(slot.add(3), w3);
}

/// Record (or update) the attribute-cache entry for `ver` at `ip`: a new
/// entry goes first, the others move down, the fourth falls out.
unsafe fn attr_fill(ip: *const Inst, ver: u32, ix: u64) {
    if let Some((k, _)) = attr_entry(ip, ver) {
        attr_set_index(ip, k, ix);
        return;
    }
    let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
    let (w1, w2, w3) = (aux_val(ip, 1).raw(), aux_val(ip, 2).raw(), aux_val(ip, 3).raw());
    crate::vm::dispatch::set_payload(slot.add(1), ver as u64 | w1 << 32);
    crate::vm::dispatch::set_payload(slot.add(2), w1 >> 32 | w2 << 32);
    crate::vm::dispatch::set_payload(slot.add(3), w3 << 16 | ix.min(0xffff));
}

/// Aux word 2 of a load_method site in the shared-method form: two more
/// versions (`c << 32 | d << 1 | 1`) whose method is also word 1's (a method
/// inherited by several classes: `t.run()` over subclasses of one base).
/// Method values are object pointers (low bits 0), so bit 0 tells the forms apart.
#[inline(always)]
fn shared(w2: u64) -> bool {
    w2 & 1 != 0
}

/// The method cached at `ip` for version `ver` in one of the versions of
/// word 3 (not the shared form's extra two).
#[inline(always)]
unsafe fn method_entry2(ip: *const Inst, ver: u32) -> Option<Value> {
    let vs = aux_val(ip, 3).raw();
    if vs as u32 == ver {
        return Some(aux_val(ip, 1));
    }
    if (vs >> 32) as u32 == ver {
        let w2 = aux_val(ip, 2).raw();
        return Some(if shared(w2) { aux_val(ip, 1) } else { Value::from_raw(w2) });
    }
    None
}

/// The method cached at `ip` for version `ver`.
#[inline(always)]
unsafe fn method_entry(ip: *const Inst, ver: u32) -> Option<Value> {
    if let Some(f) = method_entry2(ip, ver) {
        return Some(f);
    }
    let w2 = aux_val(ip, 2).raw();
    if shared(w2) && ((w2 >> 32) as u32 == ver || ((w2 >> 1) & 0x7fff_ffff) as u32 == ver) {
        return Some(aux_val(ip, 1));
    }
    None
}

/// Record method `f` for `obj`'s class at `ip`. Normally the new entry goes
/// first and the old first moves second; when `f` is the method both entries
/// already hold, the site switches to (or stays in) the shared form and keeps
/// up to four versions for it. Not for an instance whose class's shared
/// keys hold the name (`dict_may_shadow` relies on it).
unsafe fn method_fill(ip: *const Inst, cx: &Ctx, obj: Value, f: Value) {
    if obj.header().kind == Kind::Instance && runtime::attr::class_keys(cx, obj.header().class).contains(&aux_val(ip, 0)) {
        return;
    }
    // The name's hash, cached in the str, for the hit path's shadowing checks.
    crate::runtime::dict::str_hash(aux_val(ip, 0));
    let slot = crate::vm::dispatch::aux(ip) as *mut Inst;
    let ver = (*runtime::type_of(cx, obj)).version;
    let (w1, w2, vs) = (aux_val(ip, 1).raw(), aux_val(ip, 2).raw(), aux_val(ip, 3).raw());
    let small = ver < 1 << 31;
    if f.raw() == w1 && small && (shared(w2) || (w2 == w1 && vs >> 32 != 0)) {
        // Newest in the upper half; the older shared version moves down.
        let older = if shared(w2) { w2 >> 32 } else { 0 };
        if older < 1 << 31 {
            crate::vm::dispatch::set_payload(slot.add(2), (ver as u64) << 32 | older << 1 | 1);
            return;
        }
    }
    crate::vm::dispatch::set_payload(slot.add(2), w1);
    crate::vm::dispatch::set_payload(slot.add(1), f.raw());
    crate::vm::dispatch::set_payload(slot.add(3), ver as u64 | (vs << 32));
}

// ---- second level: a per-thread table keyed by (class, version, name, use) ----
//
// A site's cache holds few classes; megamorphic sites (`self.x` in a base-class
// method called on many subclasses) refill it from this table instead of
// running the generic protocol (MRO walks). An entry is valid while the class
// version matches (versions are globally unique, so a freed class's entries
// never match). Names are the interned names of the ops' aux slots (never
// freed). Values: the instance-dict index last seen (load / store), the method.

const MEGA_N: usize = 1024;
/// Uses: the instance dict holds the attribute (load / store); a method.
const USE_LOAD: u8 = 1;
const USE_STORE: u8 = 2;
const USE_METHOD: u8 = 3;

#[derive(Clone, Copy)]
struct Mega {
    name: u64,
    ver: u32,
    use_: u8,
    val: u64,
}

const MEGA_EMPTY: Mega = Mega { name: 0, ver: 0, use_: 0, val: 0 };

thread_local! {
    static MEGA: std::cell::UnsafeCell<[Mega; MEGA_N]> = const { std::cell::UnsafeCell::new([MEGA_EMPTY; MEGA_N]) };
}

#[inline]
fn mega_slot(ver: u32, name: u64, use_: u8) -> usize {
    let h = (ver as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (name >> 3).wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ use_ as u64;
    (h >> 40) as usize % MEGA_N
}

/// The recorded value for `obj`'s class, `name` and `use_`, if current.
#[inline]
unsafe fn mega_get(obj: Value, name: Value, use_: u8) -> Option<Value> {
    let cls = obj.header().class();
    if cls.is_null() {
        return None;
    }
    let ver = (*cls).version;
    // SAFETY: per-thread table; no reference to it outlives this call.
    let e = MEGA.with(|m| *(*m.get()).get_unchecked(mega_slot(ver, name.raw(), use_)));
    (e.name == name.raw() && e.ver == ver && e.use_ == use_).then(|| Value::from_raw(e.val))
}

unsafe fn mega_put(obj: Value, name: Value, use_: u8, val: Value) {
    let ver = (*obj.header().class).version;
    let e = Mega { name: name.raw(), ver, use_, val: val.raw() };
    // SAFETY: per-thread table; no reference to it outlives this call.
    MEGA.with(|m| *(*m.get()).get_unchecked_mut(mega_slot(ver, e.name, use_)) = e);
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

/// Inline slot `ix` of `inst`, if it has one (its class's shared key `ix`).
#[inline(always)]
unsafe fn slot_at(inst: &mut InstanceObj, ix: usize) -> Option<*mut Value> {
    if ix < inst.vals.len() {
        // SAFETY: in bounds; the instance is in a register, so `vals` outlives this op.
        return Some(inst.vals.as_mut_ptr().add(ix));
    }
    None
}

/// The hit path of load_attr: `obj`'s inline attribute slot for the name
/// of `ip`, when the site's cache knows `obj`'s class and `obj` has that
/// slot. One exit for every miss, so the handler loads no slow-path address
/// before it knows it needs one.
#[inline(always)]
unsafe fn attr_hit(ip: *const Inst, obj: Value) -> Option<*mut Value> {
    let (_, ix) = attr_entry(ip, instance_version(obj)?)?;
    slot_at(obj.obj::<InstanceObj>(), ix)
}

flow_op!(load_attr, |ip, fp, cx| {
    let i = &*ip;
    match attr_hit(ip, reg(fp, i.b)) {
        Some(v) => {
            set_reg(fp, i.a, *v);
            Flow::Go(next(ip, fp))
        }
        None => Flow::Via(ip, super::load_attr_dict::h, super::load_attr_dict::body),
    }
});

flow_op!(
    /// load_attr's first miss path (a tail jump, never an instruction's
    /// handler): the instance has a dict holding the name at the cached
    /// entry. Apart from load_attr: in its fast path the second hit made
    /// LLVM load both values through one selected address (attr 75 -> 76).
    load_attr_dict,
    |ip, fp, cx| {
        let i = &*ip;
        let obj = reg(fp, i.b);
        if let Some((_, ix)) = instance_version(obj).and_then(|ver| attr_entry(ip, ver)) {
            if let Some(v) = dict_value(ip, obj.obj::<InstanceObj>(), ix) {
                set_reg(fp, i.a, *v);
                return Flow::Go(next(ip, fp));
            }
        }
        Flow::Via(ip, super::load_attr_miss_h::h, super::load_attr_miss)
    }
);

cold_handler! {
    load_attr_miss_h = load_attr_miss;
    store_attr_miss_h = store_attr_miss;
}

/// load_attr's misses: a cached class whose slot or dict entry moved
/// (`load_attr_reindex`), or an uncached one (`load_attr_slow`).
#[inline(never)]
unsafe fn load_attr_miss(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let obj = reg(fp, (*ip).b);
    match instance_version(obj).and_then(|ver| attr_entry(ip, ver)) {
        Some(_) => load_attr_reindex(ip, fp, cx),
        None => load_attr_slow(ip, fp, cx),
    }
}

/// Cache indices of dict entries (instances with a dict) have this bit.
const DICT_IX: usize = 0x8000;

/// The value slot of `inst`'s dict entry at cached index `ix` (`DICT_IX | i`),
/// if the entry still holds the name of `ip` (keys of a dict are unique).
/// An index without `DICT_IX` is below it, so the one compare with the
/// entries' length (`ix - DICT_IX` wraps past it) also rejects those.
#[inline(always)]
unsafe fn dict_value(ip: *const Inst, inst: &mut InstanceObj, ix: usize) -> Option<*mut Value> {
    let d = inst.dict;
    if d.is_null() {
        return None;
    }
    // SAFETY: a non-null instance dict is a live DictObj (the instance is in a register).
    let e = (&mut (*d).t.entries).get_mut(ix.wrapping_sub(DICT_IX))?;
    (e.key == aux_val(ip, 0)).then_some(std::ptr::addr_of_mut!(e.value))
}

/// Cached class, no inline slot at the cached index: the instance's slot for
/// the name is elsewhere (re-point cache word `k` at it), or it has a dict.
#[inline(never)]
unsafe fn load_attr_reindex(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::LoadAttr);
    let name = aux_val(ip, 0);
    let obj = reg(fp, (*ip).b);
    let Some((k, _)) = attr_entry(ip, (*obj.header().class).version) else { return load_attr_generic(ip, fp, cx) };
    // (The cached class defines no such attribute: only the instance may.)
    let ix = entry_index(cx, obj, name);
    if ix != u64::MAX {
        attr_set_index(ip, k, ix);
    }
    match runtime::attr::inst_get(cx, obj, name) {
        Some(v) => {
            set_reg(fp, (*ip).a, v);
            next(ip, fp)
        }
        None => load_attr_generic(ip, fp, cx),
    }
}

/// The cache index for `name` in `obj`: its inline slot, or `DICT_IX | i`
/// for entry `i` of its dict (`u64::MAX` if neither).
fn entry_index(cx: &Ctx, obj: Value, name: Value) -> u64 {
    if let Some(i) = runtime::attr::inline_index(cx, obj, name) {
        return i as u64;
    }
    let d = match obj.downcast::<InstanceObj>(Kind::Instance) {
        Some(i) if !i.dict.is_null() => i.dict,
        _ => return u64::MAX,
    };
    // SAFETY: a non-null instance dict is a live DictObj.
    let es = unsafe { &(*d).t.entries };
    match es.iter().position(|e| e.key == name) {
        Some(i) if i < DICT_IX - 1 => (DICT_IX | i) as u64,
        _ => u64::MAX,
    }
}

/// From the second level: `obj`'s inline slot for the name of `ip` at the
/// index the table recorded for its class (the site's cache is filled with
/// it), if there.
unsafe fn mega_entry(ip: *const Inst, cx: &Ctx, obj: Value, use_: u8) -> Option<*mut Value> {
    let name = aux_val(ip, 0);
    if !plain_instance(obj) {
        return None;
    }
    let ix = mega_get(obj, name, use_)?.raw();
    let ver = (*obj.header().class).version;
    let inst = obj.obj::<InstanceObj>();
    if let Some(e) = slot_at(inst, ix as usize) {
        attr_fill(ip, ver, ix);
        return Some(e);
    }
    let ix = entry_index(cx, obj, name);
    if ix == u64::MAX {
        return None;
    }
    attr_fill(ip, ver, ix);
    mega_put(obj, name, use_, Value::from_raw(ix));
    slot_at(inst, ix as usize)
}

#[cold]
#[inline(never)]
unsafe fn load_attr_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::LoadAttr);
    if let Some(e) = mega_entry(ip, cx, reg(fp, (*ip).b), USE_LOAD) {
        set_reg(fp, (*ip).a, *e);
        return next(ip, fp);
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
            if runtime::attr::instance_only(cx, cls, name) {
                let ix = entry_index(cx, obj, name);
                attr_fill(ip, (*cls).version, ix);
                mega_put(obj, name, USE_LOAD, Value::from_raw(ix));
            }
        }
    }
    store_result(ip, fp, cx, r)
}

flow_op!(store_attr, |ip, fp, cx| {
    let i = &*ip;
    let obj = reg(fp, i.a);
    if let Some((_, ix)) = instance_version(obj).and_then(|ver| attr_entry(ip, ver)) {
        let vals = &mut obj.obj::<InstanceObj>().vals;
        if ix < vals.len() {
            *vals.as_mut_ptr().add(ix) = reg(fp, i.b);
            return Flow::Go(next(ip, fp));
        }
        // The class's key `ix` is the name, so as the instance's next slot
        // (`self.x = ...` in `__init__`) it keeps the keys' order. Room was
        // made at allocation (an instance with a dict has no capacity).
        if ix == vals.len() && ix < vals.capacity() {
            vals.as_mut_ptr().add(ix).write(reg(fp, i.b));
            vals.set_len(ix + 1);
            return Flow::Go(next(ip, fp));
        }
        std::hint::cold_path();
        if let Some(v) = dict_value(ip, obj.obj::<InstanceObj>(), ix) {
            *v = reg(fp, i.b);
            return Flow::Go(next(ip, fp));
        }
    }
    Flow::Via(ip, super::store_attr_miss_h::h, super::store_attr_miss)
});

/// `o.x = v; r = o.y`: the `StoreAttr` at `ip` and the `LoadAttr` at
/// `ip + 1` on the same object register (link.rs `fused_tail2`), both
/// sites' cache hits on inline slots behind one class-version guard;
/// false, with nothing done, on any miss (the ops then run unfused).
#[inline(always)]
pub(crate) unsafe fn store_load_attr_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let (s, l) = (&*ip, &*ip.add(1));
    let obj = reg(fp, s.a);
    let Some(ver) = instance_version(obj) else { return false };
    let Some((_, i)) = attr_entry(ip, ver) else { return false };
    let Some((_, j)) = attr_entry(ip.add(1), ver) else { return false };
    let vals = &mut obj.obj::<InstanceObj>().vals;
    if i.max(j) >= vals.len() {
        return false;
    }
    let p = vals.as_mut_ptr();
    *p.add(i) = reg(fp, s.b);
    set_reg(fp, l.a, *p.add(j));
    true
}

/// The whole `store_attr` op, slow paths called (the body form of a fused
/// handler whose fast path missed).
#[inline(never)]
pub(crate) unsafe fn store_attr_run(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    store_attr::body(ip, fp, cx)
}

/// store_attr's misses: a cached class whose slot moved or is new
/// (`store_attr_new`) or an uncached one (`store_attr_slow`).
#[inline(never)]
unsafe fn store_attr_miss(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let obj = reg(fp, (*ip).a);
    match instance_version(obj).and_then(|ver| attr_entry(ip, ver)) {
        Some((k, _)) => store_attr_new(ip, fp, cx, obj, k),
        None => store_attr_slow(ip, fp, cx),
    }
}

/// Cached class (cache word `k`), but no inline slot at the cached index
/// (`self.x = ...` in `__init__`, maybe the instance's first attribute, or
/// an instance with a dict): a plain instance store; its inline index, if
/// any, becomes the cached one.
#[inline(never)]
unsafe fn store_attr_new(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, obj: Value, k: usize) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::StoreAttr);
    let name = aux_val(ip, 0);
    match runtime::attr::inst_set(cx, obj, name, reg(fp, (*ip).b)) {
        Some(ix) => attr_set_index(ip, k, ix as u64),
        None => {
            let ix = entry_index(cx, obj, name);
            if ix != u64::MAX {
                attr_set_index(ip, k, ix);
            }
        }
    }
    next(ip, fp)
}

#[cold]
#[inline(never)]
unsafe fn store_attr_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::StoreAttr);
    let obj = reg(fp, (*ip).a);
    if let Some(e) = mega_entry(ip, cx, obj, USE_STORE) {
        *e = reg(fp, (*ip).b);
        return next(ip, fp);
    }
    if plain_instance(obj) && mega_get(obj, aux_val(ip, 0), USE_STORE).is_some() {
        // A class that stores the name, on an instance that lacks it yet.
        let ver = (*obj.header().class).version;
        if attr_entry(ip, ver).is_none() {
            attr_fill(ip, ver, u64::MAX);
        }
        if let Some((k, _)) = attr_entry(ip, ver) {
            return store_attr_new(ip, fp, cx, obj, k);
        }
    }
    store_attr_generic(ip, fp, cx)
}

/// The full protocol; fills the cache when the store went to the instance dict.
unsafe fn store_attr_generic(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let obj = reg(fp, i.a);
    let name = aux_val(ip, 0);
    match runtime::set_attr(cx, obj, name, reg(fp, i.b)) {
        Ok(()) => {
            // (`__class__` / `__dict__` stores are not dict stores: never cached.)
            let special = name == cx.rt.names.class || name == cx.rt.names.dict;
            if let Some(cls) = cacheable(obj, runtime::types::CF_HAS_SETATTR).filter(|_| !special) {
                if runtime::attr::instance_only(cx, cls, name) {
                    let ix = entry_index(cx, obj, name);
                    attr_fill(ip, (*cls).version, ix);
                    mega_put(obj, name, USE_STORE, Value::from_raw(ix));
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
        if obj.is_ptr() && !obj.is_unbound() {
            // Only the two versions of word 3 here: the shared form's others
            // would spill registers. One exit for every other case
            // (`load_method_more` tells them apart), so no slow-path address
            // is loaded on the hit path. Instances first (their class is never
            // null and is in the header; `dict_may_shadow` knows the kind).
            let h = obj.header();
            if h.kind == Kind::Instance {
                if let Some(f) = method_entry2(ip, (*h.class).version) {
                    if !dict_may_shadow(ip, obj, h.class) {
                        return Flow::Go(method_result(ip, fp, f, obj));
                    }
                }
            } else if let Some(f) = method_entry2(ip, (*runtime::type_of(cx, obj)).version) {
                return Flow::Go(method_result(ip, fp, f, obj));
            }
        }
        Flow::Via(ip, super::load_method_more_h::h, super::load_method_more)
    }
);

/// load_method's result: a := the method `f`, a+1 := `slf` (or UNBOUND); next.
#[inline(always)]
unsafe fn method_result(ip: *const Inst, fp: *mut Value, f: Value, slf: Value) -> Next {
    let r = crate::vm::dispatch::reg_ptr(fp, (*ip).a);
    *r = f;
    // By pointer offset: `a + 1` as a u16 would wrap around first.
    *r.add(1) = slf;
    next(ip, fp)
}

/// A cache hit for `obj` (of class `cls`): may its instance attributes
/// shadow the method? Cached for a user class (instances: no attribute of
/// theirs may shadow the name) or for a builtin type (its objects have no
/// instance attributes). Inline attributes cannot (`method_fill` caches only
/// names missing from the class's shared keys, and a new key changes the
/// class version); a dict is searched (by `load_method_dict`) only for a name
/// some instance dict may hold, or when the class's dicts were handed to
/// Python code.
#[inline(always)]
unsafe fn dict_may_shadow(ip: *const Inst, obj: Value, cls: *mut ClassObj) -> bool {
    if obj.header().kind != Kind::Instance || obj.obj::<InstanceObj>().dict.is_null() {
        return false;
    }
    (*cls).flags & runtime::attr::CF_DICT_EXPOSED != 0 || runtime::attr::maybe_instance_key(aux_val(ip, 0))
}

/// Not a hit of word 3's versions without a dict to search: the shared
/// form's others (`method_entry`), a dict search (`load_method_dict`), else
/// the slow path.
#[inline(never)]
unsafe fn load_method_more(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let obj = reg(fp, i.b);
    if obj.is_obj() {
        let cls = runtime::type_of(cx, obj);
        if let Some(f) = method_entry(ip, (*cls).version) {
            if dict_may_shadow(ip, obj, cls) {
                return load_method_dict(ip, fp, cx);
            }
            return method_result(ip, fp, f, obj);
        }
    }
    load_method_slow(ip, fp, cx)
}

cold_handler! {
    load_method_more_h = load_method_more;
    load_method_slow_h = load_method_slow;
}

/// Cache hit on an instance that may shadow it: the method, unless it does.
#[inline(never)]
unsafe fn load_method_dict(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let obj = reg(fp, i.b);
    let f = method_entry(ip, (*obj.header().class).version);
    if let Some(f) = f {
        if runtime::attr::inst_get(cx, obj, aux_val(ip, 0)).is_none() {
            return method_result(ip, fp, f, obj);
        }
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
            if runtime::attr::inst_get(cx, obj, name).is_none() {
                method_fill(ip, cx, obj, f);
                return method_result(ip, fp, f, obj);
            }
        }
    }
    match runtime::load_method(cx, obj, name) {
        Ok((f, s)) => {
            if s == obj {
                if f.is_kind(Kind::Function) && obj.is_kind(Kind::Instance) {
                    if let Some(cls) = cacheable(obj, runtime::types::CF_HAS_GETATTRIBUTE) {
                        if runtime::class_lookup(cls, name) == Some(f) {
                            method_fill(ip, cx, obj, f);
                            mega_put(obj, name, USE_METHOD, f);
                        }
                    }
                } else if builtin_method_cacheable(cx, obj) {
                    method_fill(ip, cx, obj, f);
                }
            }
            method_result(ip, fp, f, s)
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
    runtime::cls_ref(runtime::type_of(cx, obj)).flags & runtime::types::CF_BUILTIN != 0
}

// `GetItem` / `SetItem` without quickening: what the JIT runs for the
// subscript of a fused instruction (jit/codegen.rs `unfused`). The linker
// emits quick.rs's forms; the list / tuple fast paths are theirs.
op!(get_item, |ip, fp, cx| {
    if crate::vm::handlers::quick::get_item_fast(ip, fp) {
        return next(ip, fp);
    }
    get_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
pub(crate) unsafe fn get_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = runtime::get_item(cx, reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

op!(set_item, |ip, fp, cx| {
    if crate::vm::handlers::quick::set_item_fast(ip, fp) {
        return next(ip, fp);
    }
    set_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
pub(crate) unsafe fn set_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
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
