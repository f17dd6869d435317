//! Specialised front ends for ops whose generic handler lives in another
//! family file: `lst[i]`, `lst[i] = v` (attrs.rs `get_item` / `set_item`) and
//! `a, b = t` (containers.rs `unpack_seq`). Each fast path tests exactly its
//! case (list / tuple tag, small-int index, bounds; tuple / list of the
//! right length); anything else takes the generic slow path by a tail jump
//! (`Flow::Via`): `runtime::get_item` / `set_item` (what attrs.rs's slow
//! paths call), the whole `unpack_seq`.
//! A subscript site that meets an exact dict with an exact str key is
//! quickened to a dict-first twin (`get_item_d`, fused.rs `*_d`): the dict
//! case tested first, through an entry-index cache in the instruction's
//! unused `d` operand; a guard miss turns it back (`retwin`).
//! The fast paths are shared with the loop tails in fused.rs.
use super::prelude::*;
use crate::vm::dispatch::Handler;

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

/// `o[k]` for `o` of kind `kd`, a list or tuple, and a small-int index in
/// range.
#[inline(always)]
unsafe fn seq_item(o: Value, kd: Kind, k: Value) -> Option<Value> {
    match kd {
        Kind::List => {
            let l = &o.obj::<ListObj>().items;
            index(k, l.len()).map(|j| *l.get_unchecked(j))
        }
        Kind::Tuple => {
            // Keeps the list test first in the kind switch.
            std::hint::cold_path();
            let t = o.obj::<TupleObj>().items();
            index(k, t.len()).map(|j| *t.get_unchecked(j))
        }
        _ => None,
    }
}

/// The slot of item `k` of the list `o` for a small-int index in range.
#[inline(always)]
unsafe fn list_slot(o: Value, k: Value) -> Option<&'static mut Value> {
    let l = &mut o.obj::<ListObj>().items;
    index(k, l.len()).map(|j| l.get_unchecked_mut(j))
}

/// The value slot of key `k` in the exact dict `o` when the table holds only
/// exact strs and entry `ix` (the site's cache, `Inst::d`) has `k` itself as
/// its key (so `k` is an exact str too, whose hash runs no Python code); None:
/// the slow path's full lookup, which refills the cache ([`cache_ix`]).
#[inline(always)]
unsafe fn dict_slot(o: Value, k: Value, ix: u16) -> Option<&'static mut Value> {
    let t = &mut o.obj::<DictObj>().t;
    if t.has_non_str {
        return None;
    }
    t.value_at_if_key(ix as usize, k)
}

/// Remember entry index `ix` in the site's cache (`d`, unused by the
/// subscript ops' operands) for [`dict_slot`]; an index past `u16` is not
/// cached.
#[inline(always)]
unsafe fn cache_ix(ip: *const Inst, ix: usize) {
    if let Ok(d) = u16::try_from(ix) {
        // SAFETY: instructions are mutable at run time (quickening, caches).
        (*(ip as *mut Inst)).d = d;
    }
}

/// `a := b[c]` for a list or tuple `b` and a small-int index in range.
#[inline(always)]
pub(crate) unsafe fn get_item_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.b);
    match o.kind().and_then(|kd| seq_item(o, kd, reg(fp, i.c))) {
        Some(v) => {
            set_reg(fp, i.a, v);
            true
        }
        None => false,
    }
}

/// `a[b] = c` for a list `a` and a small-int index in range.
#[inline(always)]
pub(crate) unsafe fn set_item_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.a);
    if !o.is_kind(Kind::List) {
        return false;
    }
    match list_slot(o, reg(fp, i.b)) {
        Some(v) => {
            *v = reg(fp, i.c);
            true
        }
        None => false,
    }
}

/// The dict-first fast paths of the quickened (`_d`) forms: one kind test
/// picks the dict / str case ([`dict_slot`]) or the list / tuple one (a site
/// that sees a list again costs nothing more, no deopt).
#[inline(always)]
pub(crate) unsafe fn get_item_dfast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.b);
    let k = reg(fp, i.c);
    let v = match o.kind() {
        Some(Kind::Dict) => dict_slot(o, k, i.d).map(|v| *v),
        Some(kd) => {
            // Keeps the dict test first in the kind switch.
            std::hint::cold_path();
            seq_item(o, kd, k)
        }
        None => None,
    };
    match v {
        Some(v) => {
            set_reg(fp, i.a, v);
            true
        }
        None => false,
    }
}

#[inline(always)]
pub(crate) unsafe fn set_item_dfast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let o = reg(fp, i.a);
    let k = reg(fp, i.b);
    let slot = match o.kind() {
        Some(Kind::Dict) => dict_slot(o, k, i.d),
        Some(Kind::List) => {
            std::hint::cold_path();
            list_slot(o, k)
        }
        _ => None,
    };
    match slot {
        Some(v) => {
            *v = reg(fp, i.c);
            true
        }
        None => false,
    }
}

/// `o[k] = v; r = o[j]` on one object register (the `SetItem` at `ip`, the
/// `GetItem` at `ip + 1`; link.rs `fused_tail2`) for a list `o` and
/// small-int indices in range: one kind and length test for both; false,
/// with nothing done, on any miss (the ops then run unfused).
#[inline(always)]
pub(crate) unsafe fn set_get_item_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let (s, g) = (&*ip, &*ip.add(1));
    let o = reg(fp, s.a);
    if !o.is_kind(Kind::List) {
        return false;
    }
    let l = &mut o.obj::<ListObj>().items;
    let (Some(i), Some(j)) = (index(reg(fp, s.b), l.len()), index(reg(fp, g.c), l.len())) else { return false };
    let p = l.as_mut_ptr();
    *p.add(i) = reg(fp, s.c);
    set_reg(fp, g.a, *p.add(j));
    true
}

/// The dict-first twin of [`set_get_item_fast`]: an exact dict whose keys
/// are all exact strs, both sites' cached entries ([`dict_slot`]) behind one
/// kind test; a list after it as before.
#[inline(always)]
pub(crate) unsafe fn set_get_item_dfast(ip: *const Inst, fp: *mut Value) -> bool {
    let (s, g) = (&*ip, &*ip.add(1));
    let o = reg(fp, s.a);
    if !o.is_kind(Kind::Dict) {
        std::hint::cold_path();
        return set_get_item_fast(ip, fp);
    }
    let t = &mut o.obj::<DictObj>().t;
    if t.has_non_str {
        return false;
    }
    let Some(sv) = t.value_at_if_key(s.d as usize, reg(fp, s.b)).map(|v| v as *mut Value) else { return false };
    let Some(gv) = t.value_at_if_key(g.d as usize, reg(fp, g.c)) else { return false };
    *sv = reg(fp, s.c);
    set_reg(fp, g.a, *gv);
    true
}

/// `a, a+1 := b` for a tuple or list `b` of exactly two items (`c` = 2).
#[inline(always)]
pub(crate) unsafe fn unpack2_fast(ip: *const Inst, fp: *mut Value) -> bool {
    let i = &*ip;
    let s = reg(fp, i.b);
    let p: *const Value = if s.is_kind(Kind::Tuple) {
        let t = s.obj::<TupleObj>();
        if t.h.aux32 != 2 {
            return false;
        }
        t.items().as_ptr()
    } else if s.is_kind(Kind::List) {
        // Keeps the tuple test first in the kind switch.
        std::hint::cold_path();
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
    if !o.is_kind(Kind::Dict) || !k.is_kind(Kind::Str) {
        return None;
    }
    let t = &mut o.obj::<DictObj>().t;
    if t.has_non_str {
        return None;
    }
    Some(t)
}

// Slow paths (`Flow::Via` targets) of the subscript handlers and of the
// fused forms running them. An exact dict with an exact str key is done
// here (`d["k"]` when present, `d["k"] = v`) and quickens the handler of
// the instruction `site` to its dict-first twin ([`dict_twins`]); the
// twins' own slow paths turn it back to the generic handler when the object
// is not such a dict (the guard missed). Anything else goes straight to the
// runtime, as attrs.rs's own slow paths do. `site` is `ip`, or `ip - 1` for
// the second op of a two-op loop tail (`*_slow2`: its handler is the pair's).

/// Which way [`retwin`] turns a site: to the dict-first twin after a dict
/// hit in a generic slow path, or back after a guard miss in a twin's.
#[derive(Clone, Copy, PartialEq)]
enum Twin {
    Quicken,
    Deopt,
}

#[inline(always)]
unsafe fn get_item_at(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, site: *const Inst, t: Twin) -> Next {
    let i = &*ip;
    let k = reg(fp, i.c);
    match dict_str_table(reg(fp, i.b), k) {
        Some(tb) => {
            if let Some(ix) = tb.str_index(k) {
                set_reg(fp, i.a, tb.entries[ix].value);
                cache_ix(ip, ix);
                if t == Twin::Quicken {
                    retwin(site, t);
                }
                return next(ip, fp);
            }
        }
        None if t == Twin::Deopt => retwin(site, t),
        None => {}
    }
    let o = reg(fp, i.b);
    if let Some(v) = runtime::item::ascii_str_index(cx, o, k) {
        set_reg(fp, i.a, v);
        return next(ip, fp);
    }
    // A constant slice (`a[1:]`, `s[::-1]`) of a list, tuple or str.
    if let Some(so) = k.downcast::<SliceObj>(Kind::Slice) {
        if let Some(v) = runtime::item::plain_slice_get(cx, o, so.start, so.stop, so.step) {
            set_reg(fp, i.a, v);
            return next(ip, fp);
        }
    }
    // The runtime straight from here (what attrs.rs's get_item_slow does,
    // without the extra jump there).
    let r = runtime::get_item(cx, o, k);
    store_result(ip, fp, cx, r)
}

#[inline(always)]
unsafe fn set_item_at(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, site: *const Inst, t: Twin) -> Next {
    let i = &*ip;
    let k = reg(fp, i.b);
    match dict_str_table(reg(fp, i.a), k) {
        Some(tb) => {
            match tb.str_index(k) {
                Some(ix) => {
                    tb.entries[ix].value = reg(fp, i.c);
                    cache_ix(ip, ix);
                }
                None => tb.set_str(k, reg(fp, i.c)),
            }
            if t == Twin::Quicken {
                retwin(site, t);
            }
            return next(ip, fp);
        }
        None if t == Twin::Deopt => retwin(site, t),
        None => {}
    }
    match runtime::set_item(cx, reg(fp, i.a), k, reg(fp, i.c)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

#[inline(never)]
pub(crate) unsafe fn get_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    get_item_at(ip, fp, cx, ip, Twin::Quicken)
}
#[inline(never)]
pub(crate) unsafe fn get_item_slow2(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    get_item_at(ip, fp, cx, ip.sub(1), Twin::Quicken)
}
#[cold]
#[inline(never)]
pub(crate) unsafe fn get_item_d_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    get_item_at(ip, fp, cx, ip, Twin::Deopt)
}
#[cold]
#[inline(never)]
pub(crate) unsafe fn get_item_d_slow2(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    get_item_at(ip, fp, cx, ip.sub(1), Twin::Deopt)
}
#[inline(never)]
pub(crate) unsafe fn set_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    set_item_at(ip, fp, cx, ip, Twin::Quicken)
}
#[inline(never)]
pub(crate) unsafe fn set_item_slow2(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    set_item_at(ip, fp, cx, ip.sub(1), Twin::Quicken)
}
#[cold]
#[inline(never)]
pub(crate) unsafe fn set_item_d_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    set_item_at(ip, fp, cx, ip, Twin::Deopt)
}
#[cold]
#[inline(never)]
pub(crate) unsafe fn set_item_d_slow2(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    set_item_at(ip, fp, cx, ip.sub(1), Twin::Deopt)
}

/// Quicken the handler of `site` to its dict-first twin, or turn a twin back
/// to its generic handler ([`dict_rules`]).
#[cold]
#[inline(never)]
unsafe fn retwin(site: *const Inst, t: Twin) {
    requicken(site, dict_rules(t));
}

/// Which handlers of a site a quickening rule applies to.
pub(crate) enum From {
    /// This handler.
    Handler(Handler),
    /// A handler registered (`dispatch::step_of`) under one of the `exact`
    /// names or a name with one of the `prefix`es (the fused forms that run
    /// the op first, named as the JIT's `unfused` reads them).
    Named { exact: &'static [&'static str], prefix: &'static [&'static str] },
}

/// The one place that swaps a site's handler at run time, for every
/// quickening and deoptimisation (dict-first subscripts here, str
/// concatenation in arith.rs): `site` takes the target of the first of
/// `rules` (from, to) that applies to its handler. A handler no rule
/// applies to, or one that already is a rule's target, is left alone (the
/// registry lookup of named rules runs once per site).
#[cold]
#[inline(never)]
pub(crate) unsafe fn requicken(site: *const Inst, rules: &[(From, Handler)]) {
    let h = (*site).h as usize;
    if rules.iter().any(|r| r.1 as usize == h) {
        return;
    }
    let mut name = None;
    for (from, to) in rules {
        let hit = match from {
            From::Handler(f) => *f as usize == h,
            From::Named { exact, prefix } => {
                let n = *name.get_or_insert_with(|| crate::vm::dispatch::step_of((*site).h).map_or("", |s| s.1));
                exact.contains(&n) || prefix.iter().any(|p| n.starts_with(p))
            }
        };
        if hit {
            // SAFETY: instructions are mutable at run time (quickening).
            (*(site as *mut Inst)).h = *to;
            return;
        }
    }
}

/// The rules of [`retwin`]: generic handler -> dict-first twin ([`dict_twins`]),
/// or back.
fn dict_rules(t: Twin) -> &'static [(From, Handler)] {
    static Q: std::sync::OnceLock<Vec<(From, Handler)>> = std::sync::OnceLock::new();
    static D: std::sync::OnceLock<Vec<(From, Handler)>> = std::sync::OnceLock::new();
    match t {
        Twin::Quicken => Q.get_or_init(|| dict_twins().iter().map(|&(g, d)| (From::Handler(g), d)).collect()),
        Twin::Deopt => D.get_or_init(|| dict_twins().iter().map(|&(g, d)| (From::Handler(d), g)).collect()),
    }
}

/// (generic handler, dict-first twin) pairs: every handler whose slow path
/// is one of the generic ones above (quick.rs's own, fused.rs's loop tails).
fn dict_twins() -> &'static [(Handler, Handler)] {
    static T: std::sync::OnceLock<Vec<(Handler, Handler)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        use crate::vm::dispatch::handler as h;
        use crate::vm::handlers::{fused, quick};
        vec![
            (h!(quick::get_item), h!(quick::get_item_d)),
            (h!(quick::set_item), h!(quick::set_item_d)),
            (h!(fused::get_item_loop_for), h!(fused::get_item_loop_for_d)),
            (h!(fused::get_item_loop_for_nc::nc), h!(fused::get_item_loop_for_d_nc::nc)),
            (h!(fused::get_item_loop_for_nc::tight), h!(fused::get_item_loop_for_d_nc::tight)),
            (h!(fused::set_item_loop_for), h!(fused::set_item_loop_for_d)),
            (h!(fused::set_item_loop_for_nc::nc), h!(fused::set_item_loop_for_d_nc::nc)),
            (h!(fused::set_item_loop_for_nc::tight), h!(fused::set_item_loop_for_d_nc::tight)),
            (h!(fused::set_item_get_item_loop_for), h!(fused::set_item_get_item_loop_for_d)),
            (h!(fused::set_item_get_item_loop_for_nc::nc), h!(fused::set_item_get_item_loop_for_d_nc::nc)),
            (h!(fused::set_item_get_item_loop_for_nc::tight), h!(fused::set_item_get_item_loop_for_d_nc::tight)),
            (h!(fused::set_item_get_item_same_loop_for), h!(fused::set_item_get_item_same_loop_for_d)),
            (h!(fused::set_item_get_item_same_loop_for_nc::nc), h!(fused::set_item_get_item_same_loop_for_d_nc::nc)),
            (h!(fused::set_item_get_item_same_loop_for_nc::tight), h!(fused::set_item_get_item_same_loop_for_d_nc::tight)),
            (h!(fused::get_item_set_item_loop_for), h!(fused::get_item_set_item_loop_for_d)),
            (h!(fused::get_item_set_item_loop_for_nc::nc), h!(fused::get_item_set_item_loop_for_d_nc::nc)),
            (h!(fused::get_item_set_item_loop_for_nc::tight), h!(fused::get_item_set_item_loop_for_d_nc::tight)),
        ]
    })
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
    generic_get_item2 = get_item_slow2;
    generic_set_item2 = set_item_slow2;
    generic_get_item_d = get_item_d_slow;
    generic_set_item_d = set_item_d_slow;
    generic_get_item_d2 = get_item_d_slow2;
    generic_set_item_d2 = set_item_d_slow2;
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

flow_op!(
    /// `get_item` quickened after an exact dict with an exact str key
    /// (`get_item_slow`): that case first, then list / tuple.
    get_item_d,
    |ip, fp, cx| {
        if get_item_dfast(ip, fp) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::generic_get_item_d::h, super::get_item_d_slow)
    }
);

flow_op!(
    /// `set_item` quickened after an exact dict with an exact str key.
    set_item_d,
    |ip, fp, cx| {
        if set_item_dfast(ip, fp) {
            return Flow::Go(next(ip, fp));
        }
        Flow::Via(ip, super::generic_set_item_d::h, super::set_item_d_slow)
    }
);
