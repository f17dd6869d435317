//! Operators: truthiness, hashing, equality, rich comparison, binary/in-place/
//! unary operators with `__op__`/`__rop__` dispatch and CPython's messages.
use super::num::*;
use super::*;
use crate::heap::complex::complex_of;
use crate::compile::{BinOp, CmpOp, UnOp};
use std::cmp::Ordering;

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

/// (`__op__`, `__rop__`, `__iop__`) names.
pub fn binop_dunders(op: BinOp) -> [&'static str; 3] {
    match op {
        BinOp::Add => ["__add__", "__radd__", "__iadd__"],
        BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
        BinOp::Mul => ["__mul__", "__rmul__", "__imul__"],
        BinOp::MatMul => ["__matmul__", "__rmatmul__", "__imatmul__"],
        BinOp::TrueDiv => ["__truediv__", "__rtruediv__", "__itruediv__"],
        BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
        BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
        BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
        BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
        BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
        BinOp::And => ["__and__", "__rand__", "__iand__"],
        BinOp::Or => ["__or__", "__ror__", "__ior__"],
        BinOp::Xor => ["__xor__", "__rxor__", "__ixor__"],
    }
}

const ALL_BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

/// Interned dunder names of a binary op: [op, rop, iop].
#[inline]
pub fn op_names(cx: &mut Ctx, op: BinOp) -> [Value; 3] {
    if cx.rt.op_names.is_empty() {
        for o in ALL_BINOPS {
            let [a, b, c] = binop_dunders(o);
            let v = [cx.intern(a), cx.intern(b), cx.intern(c)];
            cx.rt.op_names.push(v);
        }
    }
    cx.rt.op_names[op as usize]
}

// ---------------------------------------------------------------- truthiness

#[inline]
pub fn truthy(cx: &mut Ctx, v: Value) -> PyResult<bool> {
    if v.is_int() {
        return Ok(v.as_small() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    match v.header().kind {
        Kind::Bool => Ok(v.header().aux != 0),
        Kind::None => Ok(false),
        Kind::Str => Ok(!v.obj::<StrObj>().as_str().is_empty()),
        Kind::List => Ok(!v.obj::<ListObj>().items.is_empty()),
        Kind::Tuple => Ok(!v.obj::<TupleObj>().items().is_empty()),
        Kind::Dict => Ok(v.obj::<DictObj>().t.len() != 0),
        Kind::Set | Kind::FrozenSet => Ok(v.obj::<SetObj>().t.len() != 0),
        Kind::Float => Ok(v.obj::<FloatObj>().v != 0.0),
        Kind::BigInt => Ok(true),
        Kind::Range => Ok(range_len(v.obj::<RangeObj>()) != 0),
        Kind::Bytes => Ok(!v.obj::<BytesObj>().b.is_empty()),
        Kind::Instance | Kind::Class => truthy_instance(cx, v),
        Kind::Other => Ok(complex_of(v).map_or(true, |c| c.re != 0.0 || c.im != 0.0)),
        Kind::Iter => match &v.obj::<IterObj>().st {
            iter::IterState::DictView { .. } => Ok(len(cx, v)? != 0),
            _ => Ok(true),
        },
        _ => Ok(true),
    }
}

#[cold]
fn truthy_instance(cx: &mut Ctx, v: Value) -> PyResult<bool> {
    let cls = type_of(cx, v);
    let n = cx.rt.names.bool_;
    if let Some(f) = user_lookup(cls, n) {
        let r = call_dunder(cx, f, v, &[])?;
        if r.is_kind(Kind::Bool) {
            return Ok(r == Value::true_());
        }
        return Err(cx.type_error(format!("__bool__ should return bool, returned {}", type_name(cx, r))));
    }
    // A builtin base's own __bool__ (int's) comes before a mixin's __len__.
    let p = unwrap_payload(v);
    if p != v && class_lookup(cls, n).is_some() {
        return truthy(cx, p);
    }
    let n = cx.rt.names.len;
    if let Some(f) = user_lookup(cls, n) {
        let r = call_dunder(cx, f, v, &[])?;
        let n = len_result(cx, r)?;
        return Ok(n != 0);
    }
    if p != v {
        return truthy(cx, p);
    }
    Ok(true)
}

/// Validate a `__len__` result.
pub fn len_result(cx: &mut Ctx, r: Value) -> PyResult<usize> {
    match int_of(r) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(cx.value_error("__len__() should return >= 0")),
        None => {
            if bigint_ref(r).is_some() {
                return Err(cx.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            Err(cx.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(cx, r))))
        }
    }
}

pub fn range_len(r: &RangeObj) -> usize {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as usize
}

// ---------------------------------------------------------------- type relations

#[inline]
pub fn issubclass(cls: *mut ClassObj, base: *mut ClassObj) -> bool {
    if cls == base {
        return true;
    }
    if cls.is_null() {
        return false;
    }
    cls_ref(cls).mro.iter().any(|&c| c == base)
}

#[inline]
pub fn isinstance(cx: &Ctx, v: Value, cls: *mut ClassObj) -> bool {
    issubclass(type_of(cx, v), cls)
}

/// Process-wide class version counter: (class pointer, version) never repeats,
/// so the lookup caches below stay valid across interpreters and freed classes.
static VERSIONS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A fresh class version (call on every class-dict mutation).
#[inline]
pub fn next_version() -> u32 {
    VERSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

const CACHE_SIZE: usize = 2048;

/// One lookup-cache slot: (class, version, name) -> result (UNBOUND = absent).
#[derive(Clone, Copy)]
struct CacheEntry {
    cls: *mut ClassObj,
    version: u32,
    name: u64,
    result: Value,
}

thread_local! {
    /// [0] = class_lookup, [1] = user_lookup (CPython's type attribute cache):
    /// `2 * CACHE_SIZE` entries (128 KiB), allocated zeroed on the thread's
    /// first lookup (`cache_table`). Not a TLS array: glibc clears a thread's
    /// whole static TLS block when the thread starts, which made every run
    /// write (and keep resident) all 128 KiB (issue 5: RSS and startup).
    /// Const-initialised `Cell`: access is a plain TLS offset, no lazy-init check.
    static LOOKUP_CACHE: std::cell::Cell<*mut CacheEntry> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// This thread's lookup cache. An all-zero entry is empty (no class is null).
#[inline(always)]
fn cache_table() -> *mut CacheEntry {
    let t = LOOKUP_CACHE.with(|c| c.get());
    if t.is_null() {
        return cache_table_new();
    }
    t
}

/// Allocated once per interpreter thread and never freed (a thread's caches
/// live as long as the thread; an ended thread leaves its 128 KiB behind).
#[cold]
#[inline(never)]
fn cache_table_new() -> *mut CacheEntry {
    let layout = std::alloc::Layout::array::<CacheEntry>(2 * CACHE_SIZE).expect("cache layout");
    // SAFETY: non-zero size; zeroed memory is a valid table of empty entries
    // (null class, version 0: never equal to a live class's).
    let t = unsafe { std::alloc::alloc_zeroed(layout) } as *mut CacheEntry;
    if t.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    LOOKUP_CACHE.with(|c| c.set(t));
    t
}

#[inline(always)]
fn cache_slot(cls: *mut ClassObj, name: Value, which: usize) -> usize {
    let h = ((cls as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (name.raw() >> 3);
    (h as usize ^ (h >> 29) as usize) % CACHE_SIZE + which * CACHE_SIZE
}

#[inline(always)]
fn cached(cls: *mut ClassObj, name: Value, which: usize, slow: fn(*mut ClassObj, Value) -> Option<Value>) -> Option<Value> {
    let version = cls_ref(cls).version;
    // SAFETY: cache_slot < 2 * CACHE_SIZE, the table's length; the table is
    // this thread's own, and no reference into it outlives these statements.
    let slot = unsafe { cache_table().add(cache_slot(cls, name, which)) };
    let e = unsafe { *slot };
    if e.cls == cls && e.version == version && e.name == name.raw() {
        return if e.result.is_unbound() { None } else { Some(e.result) };
    }
    let r = slow(cls, name);
    let ne = CacheEntry { cls, version, name: name.raw(), result: r.unwrap_or(Value::UNBOUND) };
    // SAFETY: as above; `slow` may run Python code that looks names up, which
    // writes other slots of the same table through its own pointer, never frees it.
    unsafe { *slot = ne };
    r
}

/// Look a name up along a class's MRO (class dicts only, no descriptors). Cached.
#[inline]
pub fn class_lookup(cls: *mut ClassObj, name: Value) -> Option<Value> {
    if name.is_kind(Kind::Str) && name.header().flags & F_INTERNED != 0 {
        return cached(cls, name, 0, class_lookup_slow);
    }
    class_lookup_slow(cls, name)
}

fn class_lookup_slow(cls: *mut ClassObj, name: Value) -> Option<Value> {
    for &c in &cls_ref(cls).mro {
        // SAFETY: class dicts are live dict objects.
        let d = unsafe { &(*cls_ref(c).dict).t };
        if let Some(v) = d.get_str(name) {
            return Some(v);
        }
    }
    None
}

/// Like `class_lookup`, but finds only methods defined by user classes: a
/// builtin class that defines the name ends the search (its behaviour is
/// implemented in Rust); one that does not is passed over (a user mixin after
/// `int` in an MRO still provides `__iter__`).
#[inline]
pub fn user_lookup(cls: *mut ClassObj, name: Value) -> Option<Value> {
    if cls_ref(cls).flags & types::CF_BUILTIN != 0 {
        return None;
    }
    if name.is_kind(Kind::Str) && name.header().flags & F_INTERNED != 0 {
        return cached(cls, name, 1, user_lookup_slow);
    }
    user_lookup_slow(cls, name)
}

fn user_lookup_slow(cls: *mut ClassObj, name: Value) -> Option<Value> {
    for &c in &cls_ref(cls).mro {
        let cr = cls_ref(c);
        // SAFETY: class dicts are live dict objects.
        let d = unsafe { &(*cr.dict).t };
        if let Some(v) = d.get_str(name) {
            return (cr.flags & types::CF_BUILTIN == 0).then_some(v);
        }
    }
    None
}

/// Call a method found on a type with `self_` prepended.
pub fn call_dunder(cx: &mut Ctx, f: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
    let mut buf = [Value::UNBOUND; 4];
    if args.len() < 4 && attr::is_method(f) {
        buf[0] = self_;
        buf[1..=args.len()].copy_from_slice(args);
        return call(cx, f, &buf[..=args.len()], &[]);
    }
    let bound = attr::bind_descriptor(cx, f, self_, type_of(cx, self_))?;
    call(cx, bound, args, &[])
}

// ---------------------------------------------------------------- hashing

pub fn hash(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if v.is_int() {
        return Ok(hash_i64(v.as_small()));
    }
    if v.is_float() {
        return Ok(hash_f64(v.as_float()));
    }
    match v.header().kind {
        Kind::Str => Ok(dict::str_hash(v)),
        Kind::Bool => Ok(v.header().aux as i64),
        Kind::BigInt => Ok(hash_bigint(&v.obj::<BigIntObj>().v)),
        Kind::Float => Ok(hash_f64(v.obj::<FloatObj>().v)),
        Kind::Tuple => hash_tuple(cx, &v.obj::<TupleObj>().items()),
        Kind::FrozenSet => Ok(set::hash_frozenset(&v.obj::<SetObj>().t)),
        Kind::Bytes => {
            let b = v.obj::<BytesObj>();
            if b.hash == -1 {
                b.hash = dict::hash_bytes(&b.b);
            }
            Ok(b.hash)
        }
        Kind::List | Kind::Dict | Kind::Set | Kind::Slice => Err(unhashable(cx, v)),
        Kind::Instance | Kind::Exception => hash_instance(cx, v),
        Kind::BoundMethod => {
            let b = v.obj::<BoundMethodObj>();
            let (f, s) = (b.func, b.self_);
            Ok(id_hash(f) ^ id_hash(s))
        }
        Kind::Iter if matches!(v.obj::<IterObj>().st, iter::IterState::DictView { .. }) => Err(unhashable(cx, v)),
        Kind::Other => Ok(complex_of(v).map_or_else(|| id_hash(v), crate::builtins::complex::hash)),
        _ => Ok(id_hash(v)),
    }
}

/// Identity hash (CPython: id >> 4 rotated).
#[inline]
pub fn id_hash(v: Value) -> i64 {
    let h = (v.raw() >> 4 | v.raw() << 60) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cold]
fn unhashable(cx: &mut Ctx, v: Value) -> crate::Exc {
    let n = type_name(cx, v);
    cx.type_error(format!("unhashable type: '{n}'"))
}

#[cold]
fn hash_instance(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let cls = type_of(cx, v);
    let n = cx.rt.names.hash;
    match user_lookup(cls, n) {
        Some(f) if f.is_none() => Err(unhashable(cx, v)),
        Some(f) => {
            let r = call_dunder(cx, f, v, &[])?;
            // As CPython's slot_tp_hash: a result that fits in 64 bits is the
            // hash itself (so `__hash__` returning `hash(s)` agrees with `s`),
            // a bigger int is hashed; -1 becomes -2.
            let fit = |i: i64| if i == -1 { -2 } else { i };
            match num_of(r) {
                Some(Num::I(i)) => Ok(fit(i)),
                Some(Num::B(b)) => Ok(num_traits::ToPrimitive::to_i64(b).map_or_else(|| hash_bigint(b), fit)),
                _ => Err(cx.type_error("__hash__ method should return an integer")),
            }
        }
        None => {
            let p = unwrap_payload(v);
            if p == v {
                Ok(id_hash(v))
            } else if matches!(p.kind(), Some(Kind::List | Kind::Dict | Kind::Set)) {
                Err(unhashable(cx, v)) // named after the subclass, as CPython
            } else {
                hash(cx, p)
            }
        }
    }
}

/// CPython's tuple hash (xxHash-based).
pub fn hash_tuple(cx: &mut Ctx, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &it in items {
        let lane = hash(cx, it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

// ---------------------------------------------------------------- equality / comparison

/// `a == b` as a bool (identity implies equality, as in containers).
#[inline]
pub fn eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if Value::both_int(a, b) {
        return Ok(false);
    }
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Ok(a.obj::<StrObj>().text_eq(b.obj::<StrObj>()));
    }
    let r = rich_compare(cx, CmpOp::Eq, a, b)?;
    truthy(cx, r)
}

fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn cmp_dunder(cx: &Ctx, op: CmpOp) -> Value {
    let n = &cx.rt.names;
    match op {
        CmpOp::Lt => n.lt,
        CmpOp::Le => n.le,
        CmpOp::Eq => n.eq,
        CmpOp::Ne => n.ne,
        CmpOp::Gt => n.gt,
        _ => n.ge,
    }
}

#[inline]
fn ord_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Any comparison operator; returns the (possibly non-bool) result.
pub fn compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        CmpOp::Is => return Ok(Value::bool(a == b)),
        CmpOp::IsNot => return Ok(Value::bool(a != b)),
        CmpOp::In => return Ok(Value::bool(contains(cx, b, a)?)),
        CmpOp::NotIn => return Ok(Value::bool(!contains(cx, b, a)?)),
        _ => {}
    }
    if Value::both_int(a, b) {
        return Ok(Value::bool(ord_result(op, Some(a.as_small().cmp(&b.as_small())))));
    }
    if a.is_float() && b.is_float() {
        return Ok(Value::bool(ord_result(op, a.as_float().partial_cmp(&b.as_float()))));
    }
    rich_compare(cx, op, a, b)
}

/// Compare to a bool (sorting, min/max...).
pub fn compare_bool(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let r = compare(cx, op, a, b)?;
    if r.is_kind(Kind::Bool) {
        return Ok(r == Value::true_());
    }
    truthy(cx, r)
}

/// `a < b` as bool.
#[inline]
pub fn less_than(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if Value::both_int(a, b) {
        return Ok(Value::int_lt(a, b));
    }
    compare_bool(cx, CmpOp::Lt, a, b)
}

fn is_instance_value(v: Value) -> bool {
    v.is_kind(Kind::Instance) || v.is_kind(Kind::Exception)
}

/// Rich comparison with reflection and NotImplemented.
pub fn rich_compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if !is_instance_value(a) && !is_instance_value(b) {
        if let Some(r) = builtin_compare(cx, op, a, b)? {
            return Ok(r);
        }
        return compare_fallback(cx, op, a, b);
    }
    let ta = type_of(cx, a);
    let tb = type_of(cx, b);
    let name = cmp_dunder(cx, op);
    let rname = cmp_dunder(cx, swapped(op));
    let fa = user_lookup(ta, name);
    let fb = user_lookup(tb, rname);
    let mut tried_b = false;
    if let Some(f) = fb {
        if ta != tb && issubclass(tb, ta) {
            tried_b = true;
            let r = call_dunder(cx, f, b, &[a])?;
            if r != Value::not_implemented() {
                return Ok(r);
            }
        }
    }
    match fa {
        Some(f) => {
            let r = call_dunder(cx, f, a, &[b])?;
            if r != Value::not_implemented() {
                return Ok(r);
            }
        }
        None => {
            if let Some(r) = builtin_side(cx, op, a, b, ta)? {
                return Ok(r);
            }
        }
    }
    if !tried_b {
        match fb {
            Some(f) => {
                let r = call_dunder(cx, f, b, &[a])?;
                if r != Value::not_implemented() {
                    return Ok(r);
                }
            }
            None => {
                if ta != tb {
                    if let Some(r) = builtin_side(cx, swapped(op), b, a, tb)? {
                        return Ok(r);
                    }
                }
            }
        }
    }
    compare_fallback(cx, op, a, b)
}

/// The builtin behaviour of `a op b` for a type with no user dunder: payload
/// comparison for builtin subclasses; `!=` as the negation of a user `__eq__`.
fn builtin_side(cx: &mut Ctx, op: CmpOp, a: Value, b: Value, ta: *mut ClassObj) -> PyResult<Option<Value>> {
    if op == CmpOp::Ne {
        let eqn = cx.rt.names.eq;
        if let Some(f) = user_lookup(ta, eqn) {
            let r = call_dunder(cx, f, a, &[b])?;
            if r == Value::not_implemented() {
                return Ok(None);
            }
            let t = truthy(cx, r)?;
            return Ok(Some(Value::bool(!t)));
        }
    }
    let (pa, pb) = (unwrap_payload(a), unwrap_payload(b));
    if pa != a {
        if is_instance_value(pb) {
            return Ok(None);
        }
        return builtin_compare(cx, op, pa, pb);
    }
    Ok(None)
}

#[cold]
fn compare_fallback(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::bool(a == b)),
        CmpOp::Ne => Ok(Value::bool(a != b)),
        _ => {
            let (na, nb) = (type_name(cx, a), type_name(cx, b));
            Err(cx.type_error(format!("'{}' not supported between instances of '{na}' and '{nb}'", cmp_symbol(op))))
        }
    }
}

/// Comparison of builtin values; Ok(None) = NotImplemented.
pub fn builtin_compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        return Ok(Some(Value::bool(ord_result(op, num_cmp(x, y)))));
    }
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (Some(Kind::Str), Some(Kind::Str)) => {
            let o = a.obj::<StrObj>().as_str().cmp(&b.obj::<StrObj>().as_str());
            Ok(Some(Value::bool(ord_result(op, Some(o)))))
        }
        (Some(Kind::List), Some(Kind::List)) | (Some(Kind::Tuple), Some(Kind::Tuple)) => {
            let (x, y) = (seq_items(a).unwrap(), seq_items(b).unwrap());
            seq_compare(cx, op, x, y).map(Some)
        }
        (Some(Kind::Set | Kind::FrozenSet), Some(Kind::Set | Kind::FrozenSet)) => set_compare(cx, op, a, b),
        (Some(Kind::Dict), Some(Kind::Dict)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let e = dict_eq(cx, a, b)?;
                Ok(Some(Value::bool(e == (op == CmpOp::Eq))))
            }
            _ => Ok(None),
        },
        (Some(Kind::Range), Some(Kind::Range)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let (x, y) = (a.obj::<RangeObj>(), b.obj::<RangeObj>());
                let (lx, ly) = (range_len(x), range_len(y));
                let same = lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                Ok(Some(Value::bool(same == (op == CmpOp::Eq))))
            }
            _ => Ok(None),
        },
        (Some(Kind::Bytes), Some(Kind::Bytes)) => {
            let o = a.obj::<BytesObj>().b.cmp(&b.obj::<BytesObj>().b);
            Ok(Some(Value::bool(ord_result(op, Some(o)))))
        }
        (Some(Kind::Iter), _) | (_, Some(Kind::Iter)) => match crate::builtins::views::compare(cx, op, a, b)? {
            Some(r) => Ok(Some(r)),
            None => iter::view_compare(cx, op, a, b),
        },
        (Some(Kind::BoundMethod), Some(Kind::BoundMethod)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let (x, y) = (a.obj::<BoundMethodObj>(), b.obj::<BoundMethodObj>());
            let same = x.self_ == y.self_ && (x.func == y.func || eq(cx, x.func, y.func)?);
            Ok(Some(Value::bool(same == (op == CmpOp::Eq))))
        }
        (Some(Kind::Other), _) | (_, Some(Kind::Other)) => {
            Ok(crate::builtins::complex::compare(op, a, b).or_else(|| identity_compare(op, a, b)))
        }
        _ => Ok(identity_compare(op, a, b)),
    }
}

/// `==`/`!=` by identity (the default for objects with no comparison).
fn identity_compare(op: CmpOp, a: Value, b: Value) -> Option<Value> {
    match op {
        CmpOp::Eq if a == b => Some(Value::true_()),
        CmpOp::Ne if a == b => Some(Value::false_()),
        _ => None,
    }
}

/// Lexicographic sequence comparison.
pub fn seq_compare(cx: &mut Ctx, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
    if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let n = x.len().min(y.len());
    for i in 0..n {
        let (p, q) = (x[i], y[i]);
        if !eq(cx, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::false_()),
                CmpOp::Ne => Ok(Value::true_()),
                _ => compare(cx, op, p, q),
            };
        }
    }
    Ok(Value::bool(ord_result(op, Some(x.len().cmp(&y.len())))))
}

fn dict_eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    let (da, db) = (dict_obj(a).unwrap(), dict_obj(b).unwrap());
    if da.t.len() != db.t.len() {
        return Ok(false);
    }
    let entries: Vec<_> = da.t.entries_live().collect();
    for e in entries {
        match db.t.get_hashed(cx, e.key, e.hash)? {
            Some(v) => {
                if !eq(cx, e.value, v)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn set_compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (x, y) = (&set_obj(a).unwrap().t, &set_obj(b).unwrap().t);
    let r = match op {
        CmpOp::Eq => x.len() == y.len() && set::is_subset(cx, x, y)?,
        CmpOp::Ne => !(x.len() == y.len() && set::is_subset(cx, x, y)?),
        CmpOp::Le => set::is_subset(cx, x, y)?,
        CmpOp::Lt => x.len() < y.len() && set::is_subset(cx, x, y)?,
        CmpOp::Ge => set::is_subset(cx, y, x)?,
        CmpOp::Gt => x.len() > y.len() && set::is_subset(cx, y, x)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::bool(r)))
}

// ---------------------------------------------------------------- binary operators

#[inline]
pub fn binary_op(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if Value::both_int(a, b) {
        match op {
            BinOp::Add => {
                if let Some(v) = Value::int_add(a, b) {
                    return Ok(v);
                }
            }
            BinOp::Sub => {
                if let Some(v) = Value::int_sub(a, b) {
                    return Ok(v);
                }
            }
            BinOp::Mul => {
                if let Some(v) = Value::int_mul(a, b) {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    binary_op_slow(cx, op, a, b, false)
}

#[inline(never)]
/// `inplace`: the operator was `op=` (only the TypeError message differs).
fn binary_op_slow(cx: &mut Ctx, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    // Two small ints (`>>`, `&`, `%` ... from the generic handler): straight to
    // the i64 arithmetic, not through the number classification (~200 -> ~60 instructions).
    if Value::both_int(a, b) {
        if let Some(v) = num::small_binop(cx, op, a.as_small(), b.as_small())? {
            return Ok(v);
        }
    }
    if op == BinOp::Add && a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Ok(cx.concat_str(a.obj::<StrObj>(), b.obj::<StrObj>()));
    }
    if !is_instance_value(a) && !is_instance_value(b) {
        if let Some(r) = builtin_binop(cx, op, a, b)? {
            return Ok(r);
        }
        return Err(binop_type_error(cx, op, a, b, inplace));
    }
    let ta = type_of(cx, a);
    let tb = type_of(cx, b);
    let [name, rname, _] = op_names(cx, op);
    let fa = user_lookup(ta, name);
    let fb = if ta != tb { user_lookup(tb, rname) } else { None };
    let mut tried_b = false;
    if let Some(f) = fb {
        if issubclass(tb, ta) {
            tried_b = true;
            let r = call_dunder(cx, f, b, &[a])?;
            if r != Value::not_implemented() {
                return Ok(r);
            }
        }
    }
    match fa {
        Some(f) => {
            let r = call_dunder(cx, f, a, &[b])?;
            if r != Value::not_implemented() {
                return Ok(r);
            }
        }
        None => {
            let pa = unwrap_payload(a);
            // `str % x` and `bytes % x` format x itself (its __str__/__repr__, not its builtin
            // payload) and never return NotImplemented (x.__rmod__ only runs first for a subclass).
            let str_mod = op == BinOp::Mod && matches!(pa.kind(), Some(Kind::Str | Kind::Bytes));
            // a's number slot refuses a higher-ranked operand (`1 + MyFloat(1)`):
            // b's reflected method runs instead.
            let refused = fb.is_some() && matches!((num_rank(pa), num_rank(b)), (Some(x), Some(y)) if y > x);
            if str_mod || (!refused && !is_instance_value(pa) && !(is_instance_value(b) && unwrap_payload(b) == b)) {
                let pb = if str_mod { b } else { unwrap_payload(b) };
                if let Some(r) = builtin_binop(cx, op, pa, pb)? {
                    return Ok(r);
                }
            }
        }
    }
    if !tried_b {
        if let Some(f) = fb {
            let r = call_dunder(cx, f, b, &[a])?;
            if r != Value::not_implemented() {
                return Ok(r);
            }
        } else if ta != tb && fa.is_some() {
            let pb = unwrap_payload(b);
            if !is_instance_value(pb) && !is_instance_value(a) {
                if let Some(r) = builtin_binop(cx, op, a, pb)? {
                    return Ok(r);
                }
            }
        }
    }
    Err(binop_type_error(cx, op, a, b, inplace))
}

#[cold]
fn binop_type_error(cx: &mut Ctx, op: BinOp, a: Value, b: Value, inplace: bool) -> crate::Exc {
    let (na, nb) = (type_name(cx, a), type_name(cx, b));
    let ka = unwrap_payload(a).kind();
    if op == BinOp::Add && matches!(ka, Some(Kind::Str | Kind::List | Kind::Tuple)) {
        let what = match ka {
            Some(Kind::Str) => "str",
            Some(Kind::List) => "list",
            _ => "tuple",
        };
        return cx.type_error(format!("can only concatenate {what} (not \"{nb}\") to {what}"));
    }
    if op == BinOp::Add && ka == Some(Kind::Bytes) {
        return cx.type_error(format!("can't concat {nb} to {na}"));
    }
    if op == BinOp::Mul {
        let kb = unwrap_payload(b).kind();
        let seq = |k: Option<Kind>| matches!(k, Some(Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes));
        if seq(ka) && num_of(b).is_none() {
            return cx.type_error(format!("can't multiply sequence by non-int of type '{nb}'"));
        }
        if seq(kb) && num_of(a).is_none() {
            return cx.type_error(format!("can't multiply sequence by non-int of type '{na}'"));
        }
        if seq(ka) || seq(kb) {
            let other = if seq(ka) { nb } else { na };
            return cx.type_error(format!("can't multiply sequence by non-int of type '{other}'"));
        }
    }
    let sym = match (op, inplace) {
        (_, true) => format!("{}=", binop_symbol(op)),
        (BinOp::Pow, false) => "** or pow()".to_string(),
        _ => binop_symbol(op).to_string(),
    };
    cx.type_error(format!("unsupported operand type(s) for {sym}: '{na}' and '{nb}'"))
}

/// Repeat count for sequence `*` (bools and ints; big ints overflow).
fn repeat_count(cx: &mut Ctx, n: Value) -> PyResult<Option<i64>> {
    match num_of(n) {
        Some(Num::I(i)) => Ok(Some(i.max(0))),
        // Past i64 either way: CPython's PyNumber_AsSsize_t raises (a
        // negative big count is not clamped to 0 like a small one).
        Some(Num::B(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(i) => Ok(Some(i.max(0))),
            None => Err(cx.overflow_error("cannot fit 'int' into an index-sized integer")),
        },
        _ => Ok(None),
    }
}

/// Builtin binary operators; Ok(None) = NotImplemented for these operands.
pub fn builtin_binop(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let Some(r) = num_binop(cx, op, a, b)? {
        return Ok(Some(r));
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Some(Kind::Other) || kb == Some(Kind::Other) {
        if let Some(r) = crate::builtins::complex::binop(cx, op, a, b)? {
            return Ok(Some(r));
        }
    }
    match op {
        BinOp::Add => match (ka, kb) {
            (Some(Kind::Str), Some(Kind::Str)) => Ok(Some(cx.concat_str(a.obj::<StrObj>(), b.obj::<StrObj>()))),
            (Some(Kind::List), Some(Kind::List)) => {
                let mut v = a.obj::<ListObj>().items.clone();
                v.extend_from_slice(&b.obj::<ListObj>().items);
                Ok(Some(cx.new_list(v)))
            }
            (Some(Kind::Tuple), Some(Kind::Tuple)) => {
                let mut v = a.obj::<TupleObj>().items().to_vec();
                v.extend_from_slice(&b.obj::<TupleObj>().items());
                Ok(Some(cx.new_tuple(v)))
            }
            (Some(Kind::Bytes), _) => match crate::builtins::bytes::bytes_like(b) {
                // bytes + any bytes-like (bytearray, memoryview) is bytes.
                Some(y) => {
                    let mut v = a.obj::<BytesObj>().b.to_vec();
                    v.extend_from_slice(y);
                    Ok(Some(cx.new_bytes(v)))
                }
                None => Ok(None),
            },
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (seq, n) = if matches!(ka, Some(Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes)) {
                (a, b)
            } else if matches!(kb, Some(Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes)) {
                (b, a)
            } else {
                return Ok(None);
            };
            let Some(n) = repeat_count(cx, n)? else { return Ok(None) };
            repeat_seq(cx, seq, n as usize).map(Some)
        }
        BinOp::Mod => {
            if ka == Some(Kind::Str) {
                let f = &a.obj::<StrObj>().as_str();
                return crate::builtins::format::percent_format(cx, f, b).map(Some);
            }
            if ka == Some(Kind::Bytes) {
                let f = &a.obj::<BytesObj>().b;
                return crate::builtins::bytes::percent(cx, f, b).map(|r| Some(cx.new_bytes(r)));
            }
            Ok(None)
        }
        BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor => {
            if matches!(ka, Some(Kind::Set | Kind::FrozenSet)) && matches!(kb, Some(Kind::Set | Kind::FrozenSet)) {
                return set_binop(cx, op, a, b).map(Some);
            }
            if op == BinOp::Or && ka == Some(Kind::Dict) && kb == Some(Kind::Dict) {
                let t = a.obj::<DictObj>().t.copy();
                let r = cx.new_dict_from(t);
                dict_update_from(cx, r, b)?;
                return Ok(Some(r));
            }
            if let Some(r) = crate::builtins::views::binop(cx, op, a, b)? {
                return Ok(Some(r));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// Largest repeat result (elements or bytes) attempted; past it MemoryError, as CPython's failed allocation.
const REPEAT_MAX: usize = 1 << 34;

fn repeat_seq(cx: &mut Ctx, seq: Value, n: usize) -> PyResult<Value> {
    let len = match seq.header().kind {
        Kind::Str => seq.obj::<StrObj>().as_str().len(),
        Kind::List => seq.obj::<ListObj>().items.len() * 8,
        Kind::Tuple => seq.obj::<TupleObj>().items().len() * 8,
        _ => seq.obj::<BytesObj>().b.len(),
    };
    let max = if seq.header().kind == Kind::Str { crate::heap::STR_MAX_LEN } else { REPEAT_MAX };
    if seq.header().kind == Kind::Str && len.saturating_mul(n) > isize::MAX as usize {
        return Err(cx.overflow_error("repeated string is too long"));
    }
    if len.saturating_mul(n) > max {
        return Err(cx.memory_error(""));
    }
    match seq.header().kind {
        Kind::Str => {
            let so = seq.obj::<StrObj>();
            let (text, nchars) = (so.as_str().as_bytes(), so.nchars());
            // SAFETY: `n` copies of a whole str (valid UTF-8) fill the `len * n`
            // bytes (bounded by STR_MAX_LEN above).
            Ok(unsafe {
                cx.new_str_fill(len * n, nchars * n, |out| {
                    for chunk in out.chunks_exact_mut(len.max(1)) {
                        chunk.copy_from_slice(text);
                    }
                })
            })
        }
        Kind::List => {
            let items = &seq.obj::<ListObj>().items;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend_from_slice(items);
            }
            Ok(cx.new_list(v))
        }
        Kind::Tuple => {
            let items = &seq.obj::<TupleObj>().items();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend_from_slice(items);
            }
            Ok(cx.new_tuple(v))
        }
        _ => {
            let b = seq.obj::<BytesObj>().b.repeat(n);
            Ok(cx.new_bytes(b))
        }
    }
}

/// `d.update(other)` where other is a dict.
pub fn dict_update_from(cx: &mut Ctx, d: Value, other: Value) -> PyResult<()> {
    let src: Vec<_> = dict_obj(other).unwrap().t.entries_live().collect();
    let dst = dict_obj(d).unwrap();
    for e in src {
        dst.t.insert_entry(cx, &e)?;
    }
    Ok(())
}

/// Set algebra (`| & - ^` on two sets); the result type follows the left operand.
pub fn set_binop(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let frozen = unwrap_payload(a).is_kind(Kind::FrozenSet);
    let ta = &set_obj(a).unwrap().t;
    let t = match op {
        BinOp::Or => {
            let mut t = ta.copy();
            set::update(cx, &mut t, b)?;
            t
        }
        BinOp::And => set::intersection(cx, ta, b)?,
        BinOp::Sub => set::difference(cx, ta, b)?,
        _ => set::symmetric_difference(cx, a, b)?,
    };
    Ok(cx.new_set_from(t, frozen))
}

/// Augmented assignment: `__iop__` first, in-place list/set/dict ops, then binary_op.
pub fn inplace_op(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if Value::both_int(a, b) {
        return binary_op(cx, op, a, b);
    }
    match a.kind() {
        Some(Kind::List) => {
            if op == BinOp::Add {
                let items: Vec<Value> = if let Some(s) = seq_items(b) { s.to_vec() } else { iter::collect(cx, b)? };
                a.obj::<ListObj>().items.extend_from_slice(&items);
                return Ok(a);
            }
            if op == BinOp::Mul {
                if let Some(n) = repeat_count(cx, b)? {
                    let l = &mut a.obj::<ListObj>().items;
                    let orig = l.clone();
                    l.clear();
                    for _ in 0..n {
                        l.extend_from_slice(&orig);
                    }
                    return Ok(a);
                }
            }
        }
        Some(Kind::Set) if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if set_obj(b).is_some() {
                let t = &mut a.obj::<SetObj>().t;
                match op {
                    BinOp::Or => set::update(cx, t, b)?,
                    BinOp::And => {
                        let r = set::intersection(cx, t, b)?;
                        t.replace_body(r);
                    }
                    BinOp::Sub => set::difference_update(cx, t, b)?,
                    _ => set::symmetric_difference_update(cx, t, b)?,
                }
                return Ok(a);
            }
        }
        Some(Kind::Dict) if op == BinOp::Or => {
            if dict_obj(b).is_some() {
                dict_update_from(cx, a, b)?;
                return Ok(a);
            }
        }
        Some(Kind::Instance) => {
            let [_, _, iname] = op_names(cx, op);
            let cls = type_of(cx, a);
            if let Some(f) = user_lookup(cls, iname) {
                let r = call_dunder(cx, f, a, &[b])?;
                if r != Value::not_implemented() {
                    return Ok(r);
                }
            } else if let Some(l) = list_vec(a) {
                if op == BinOp::Add && user_lookup(cls, op_names(cx, op)[0]).is_none() {
                    let items = iter::collect(cx, b)?;
                    l.extend_from_slice(&items);
                    return Ok(a);
                }
            }
        }
        _ => {}
    }
    binary_op_slow(cx, op, a, b, true)
}

// ---------------------------------------------------------------- unary operators

pub fn unary_op(cx: &mut Ctx, op: UnOp, v: Value) -> PyResult<Value> {
    if op == UnOp::Not {
        return Ok(Value::bool(!truthy(cx, v)?));
    }
    if !is_instance_value(v) {
        if let Some(n) = num_of(v) {
            return num_unary(cx, op, n, v);
        }
        if let Some(c) = complex_of(v) {
            match op {
                UnOp::Neg => return Ok(crate::builtins::complex::new_complex(cx, crate::builtins::complex::c_neg(c))),
                UnOp::Pos => return Ok(crate::builtins::complex::new_complex(cx, c)),
                _ => {}
            }
        }
    } else {
        let cls = type_of(cx, v);
        let name = match op {
            UnOp::Neg => cx.rt.names.neg,
            UnOp::Pos => cx.rt.names.pos,
            _ => cx.rt.names.invert,
        };
        if let Some(f) = user_lookup(cls, name) {
            return call_dunder(cx, f, v, &[]);
        }
        let p = unwrap_payload(v);
        if p != v {
            return unary_op(cx, op, p);
        }
    }
    let sym = match op {
        UnOp::Neg => "-",
        UnOp::Pos => "+",
        _ => "~",
    };
    let n = type_name(cx, v);
    Err(cx.type_error(format!("bad operand type for unary {sym}: '{n}'")))
}

fn num_unary(cx: &mut Ctx, op: UnOp, n: Num, v: Value) -> PyResult<Value> {
    match (op, n) {
        (UnOp::Neg, Num::I(i)) => Ok(match i.checked_neg() {
            Some(r) => cx.new_int(r),
            None => cx.new_bigint(-BigInt::from(i)),
        }),
        (UnOp::Neg, Num::B(b)) => Ok(cx.new_bigint(-b.clone())),
        (UnOp::Neg, Num::F(f)) => Ok(cx.new_float(-f)),
        (UnOp::Pos, Num::I(i)) => Ok(cx.new_int(i)),
        (UnOp::Pos, Num::B(_)) => Ok(v),
        (UnOp::Pos, Num::F(f)) => Ok(cx.new_float(f)),
        (UnOp::Invert, Num::I(i)) => Ok(cx.new_int(!i)),
        (UnOp::Invert, Num::B(b)) => Ok(cx.new_bigint(-(b.clone()) - 1)),
        _ => {
            let n = type_name(cx, v);
            Err(cx.type_error(format!("bad operand type for unary ~: '{n}'")))
        }
    }
}
