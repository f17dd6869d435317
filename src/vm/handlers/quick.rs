//! Specialised front ends for ops whose generic handler lives in another
//! family file: `lst[i]`, `lst[i] = v` (attrs.rs `get_item` / `set_item`) and
//! `a, b = t` (containers.rs `unpack_seq`). Each fast path tests exactly its
//! case (list / tuple tag, small-int index, bounds; tuple / list of the
//! right length); anything else takes the generic slow path by a tail jump
//! (`Flow::Via`): `runtime::get_item` / `set_item` (what attrs.rs's slow
//! paths call), the whole `unpack_seq`.
//! The fast paths are shared with the loop tails in fused.rs.
use super::prelude::*;

/// `o` is a (non-null) object of kind `k`.
#[inline(always)]
fn is_kind(o: Value, k: Kind) -> bool {
    if o.raw() & 3 != 0 || o.raw() == 0 {
        return false;
    }
    o.header().kind == k
}

/// Non-negative small-int index `k` into a sequence of `len` items, or None
/// (not a small int, negative, out of range: the generic op handles those).
/// `k = j << 2 | 1`: `(k ^ 1).rotate_right(2)` is `j` for `j >= 0` and at
/// least 2^61 for a negative `j` or a float / pointer (nonzero low bits
/// rotate to the top), so one unsigned compare does all three tests.
#[inline(always)]
fn index(k: Value, len: usize) -> Option<usize> {
    let j = (k.raw() ^ 1).rotate_right(2);
    if j < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// `a := b[c]` for a list or tuple `b` and a small-int index in range.
#[inline(always)]
pub(crate) unsafe fn get_item_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.b);
    let k = reg(fp, i.c);
    if is_kind(o, Kind::List) {
        let l = &o.obj::<ListObj>().items;
        if let Some(j) = index(k, l.len()) {
            set_reg(fp, i.a, *l.get_unchecked(j));
            return true;
        }
    } else if is_kind(o, Kind::Tuple) {
        let t = o.obj::<TupleObj>().items();
        if let Some(j) = index(k, t.len()) {
            set_reg(fp, i.a, *t.get_unchecked(j));
            return true;
        }
    }
    false
}

/// `a[b] = c` for a list `a` and a small-int index in range.
#[inline(always)]
pub(crate) unsafe fn set_item_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.a);
    if is_kind(o, Kind::List) {
        let l = &mut o.obj::<ListObj>().items;
        if let Some(j) = index(reg(fp, i.b), l.len()) {
            *l.get_unchecked_mut(j) = reg(fp, i.c);
            return true;
        }
    }
    false
}

/// `a, a+1 := b` for a tuple or list `b` of exactly two items (`c` = 2).
#[inline(always)]
pub(crate) unsafe fn unpack2_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let s = reg(fp, i.b);
    let p: *const Value = if is_kind(s, Kind::Tuple) {
        let t = s.obj::<TupleObj>();
        if t.h.aux32 != 2 {
            return false;
        }
        t.items().as_ptr()
    } else if is_kind(s, Kind::List) {
        let l = &s.obj::<ListObj>().items;
        if l.len() != 2 {
            return false;
        }
        l.as_ptr()
    } else {
        return false;
    };
    let d = fp.add(i.a as usize);
    *d = *p;
    *d.add(1) = *p.add(1);
    true
}

/// The table of `o` if `o` is an exact dict (a subclass is an instance) and
/// `k` an exact str, and every key of the table is an exact str: a str-only
/// probe then finds `k` without running Python code (`__eq__`, `__hash__`,
/// `__missing__`).
#[inline(always)]
unsafe fn dict_str_table(o: Value, k: Value) -> Option<&'static mut runtime::dict::DictTable> {
    if !is_kind(o, Kind::Dict) || !is_kind(k, Kind::Str) {
        return None;
    }
    let t = &mut o.obj::<DictObj>().t;
    if t.has_non_str {
        return None;
    }
    Some(t)
}

// Slow paths (`Flow::Via` targets). `get_item` / `set_item` first try an
// exact dict with an exact str key (`d["k"]` when present, `d["k"] = v`;
// a miss or any other type goes on), then go
// straight to the runtime, as attrs.rs's own slow paths do (through
// attrs.rs's handler they would test list and tuple a second time: dict_str
// +21 Ir/iter); the unpack slow path is the whole generic op.
#[inline(never)]
pub(crate) unsafe fn get_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let k = reg(fp, i.c);
    if let Some(t) = dict_str_table(reg(fp, i.b), k) {
        if let Some(v) = t.value_by_ident(k) {
            set_reg(fp, i.a, *v);
            return next(ip, fp);
        }
        if let Some(v) = t.get_str(k) {
            set_reg(fp, i.a, v);
            return next(ip, fp);
        }
    }
    super::attrs::get_item_slow(ip, fp, cx)
}

#[inline(never)]
pub(crate) unsafe fn set_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let k = reg(fp, i.b);
    if let Some(t) = dict_str_table(reg(fp, i.a), k) {
        match t.value_by_ident(k) {
            Some(v) => *v = reg(fp, i.c),
            None => t.set_str(k, reg(fp, i.c)),
        }
        return next(ip, fp);
    }
    super::attrs::set_item_slow(ip, fp, cx)
}
#[cold]
#[inline(never)]
pub(crate) unsafe fn unpack_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    super::containers::unpack_seq::body(ip, fp, cx)
}

// Threaded forms of the slow paths, under the names the fused loop tails
// expect (`$unf::h`).
cold_handler! {
    generic_get_item = get_item_slow;
    generic_set_item = set_item_slow;
}
pub(crate) mod generic_unpack {
    pub(crate) use crate::vm::handlers::containers::unpack_seq::h;
}

flow_op!(
    /// `GetItem` (linked in place of attrs.rs `get_item`): list / tuple with
    /// a small-int index inline, anything else the generic op.
    get_item,
    |ip, fp, cx| {
        if get_item_fast(ip, fp) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::generic_get_item::h, super::get_item_slow)
    }
);

flow_op!(
    /// `SetItem` (linked in place of attrs.rs `set_item`): list with a
    /// small-int index inline, anything else the generic op.
    set_item,
    |ip, fp, cx| {
        if set_item_fast(ip, fp) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::generic_set_item::h, super::set_item_slow)
    }
);
