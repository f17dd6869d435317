//! dict views (`dict_keys`, `dict_values`, `dict_items`): the objects and their
//! iteration are the runtime's (`runtime::iter`); this maps the view kinds and
//! implements the set operators and comparisons of keys/items views as
//! CPython 3.11's dictobject.c does (`dictviews_sub/or/xor`,
//! `_PyDictView_Intersect`, `dictitems_xor`, `dictview_richcompare`): the other
//! operand of `& | - ^` may be any iterable, results are sets built in
//! CPython's order; comparisons accept sets, frozensets and keys/items views.
use crate::compile::{BinOp, CmpOp};
use crate::heap::*;
use crate::runtime::iter::{self as rit, IterState};
use crate::runtime::set::{self, SetTable};
use crate::runtime::{self, dict_obj, set_obj};
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub const KEYS: u8 = rit::VIEW_KEYS;
pub const VALUES: u8 = rit::VIEW_VALUES;
pub const ITEMS: u8 = rit::VIEW_ITEMS;

pub fn install(_cx: &mut Ctx) {}

/// A new view of dict `d`.
#[inline]
pub fn new_view(cx: &mut Ctx, d: Value, kind: u8) -> Value {
    rit::new_dict_view(cx, d, kind)
}

/// The dict and kind of a view value.
fn view_of(v: Value) -> Option<(Value, u8)> {
    if !v.is_kind(Kind::Iter) {
        return None;
    }
    match v.obj::<IterObj>().st {
        IterState::DictView { d, kind } => Some((d, kind)),
        _ => None,
    }
}

/// A keys or items view (CPython's `PyDictViewSet_Check`).
fn is_set_view(v: Value) -> bool {
    matches!(view_of(v), Some((_, k)) if k != VALUES)
}

fn is_any_set(v: Value) -> bool {
    set_obj(v).is_some()
}

fn new_set(cx: &mut Ctx, t: SetTable) -> Value {
    cx.new_set_from(t, false)
}

// ---------------------------------------------------------------- operators

/// `a op b` for `- & | ^` when either operand is a keys/items view: the
/// view's number slot called as CPython calls it, `(a, b)` in source order
/// (a set's own slot declines a non-set). Ok(None) = NotImplemented.
pub fn binop(cx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    let r = match op {
        BinOp::Sub => {
            let mut t = to_set(cx, a)?;
            set::difference_update(cx, &mut t, b)?;
            t
        }
        BinOp::Or => {
            let mut t = to_set(cx, a)?;
            set::update(cx, &mut t, b)?;
            t
        }
        BinOp::Xor => {
            if matches!(view_of(a), Some((_, ITEMS))) && matches!(view_of(b), Some((_, ITEMS))) {
                items_xor(cx, a, b)?
            } else {
                let mut t = to_set(cx, a)?;
                set::symmetric_difference_update(cx, &mut t, b)?;
                t
            }
        }
        BinOp::And => return intersect(cx, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_set(cx, r)))
}

/// `dictviews_to_set`: a keys view's dict directly (its fast path), anything
/// else iterated.
fn to_set(cx: &mut Ctx, v: Value) -> PyResult<SetTable> {
    match view_of(v) {
        Some((d, KEYS)) if d.is_kind(Kind::Dict) => set::table_of(cx, d),
        _ => set::table_of(cx, v),
    }
}

/// `_PyDictView_Intersect`.
fn intersect(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    // The view is `this` whichever side it was on.
    let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_this = rit::view_len(this).unwrap_or(0);
    if other.is_kind(Kind::Set) && len_this <= set_obj(other).map_or(0, |s| s.t.len()) {
        let t = &set_obj(other).expect("a set").t;
        let r = set::intersection(cx, t, this)?;
        return Ok(new_set(cx, r));
    }
    if is_set_view(other) && rit::view_len(other).unwrap_or(0) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let mut r = SetTable::new();
    let it = runtime::get_iter(cx, other)?;
    while let Some(x) = runtime::iter_next(cx, it)? {
        if rit::view_contains(cx, this, x)? {
            r.add(cx, x)?;
        }
    }
    Ok(new_set(cx, r))
}

/// `dictitems_xor`: pairs of either dict whose key is not in the other with an
/// equal value; b's pairs first, then a's remaining items.
fn items_xor(cx: &mut Ctx, a: Value, b: Value) -> PyResult<SetTable> {
    let (d1, d2) = (view_of(a).expect("a view").0, view_of(b).expect("a view").0);
    let mut temp = dict_obj(d1).expect("a dict").t.copy();
    let mut r = SetTable::new();
    let entries: Vec<(Value, Value, i64)> =
        dict_obj(d2).expect("a dict").t.entries_live().map(|e| (e.key, e.value, e.hash)).collect();
    for (key, val2, hash) in entries {
        let drop = match temp.get_hashed(cx, key, hash)? {
            Some(val1) => runtime::eq(cx, val1, val2)?,
            None => false,
        };
        if drop {
            temp.remove(cx, key)?;
        } else {
            let pair = cx.new_tuple_from(&[key, val2]);
            r.add(cx, pair)?;
        }
    }
    for (k, v) in temp.iter().collect::<Vec<_>>() {
        let pair = cx.new_tuple_from(&[k, v]);
        r.add(cx, pair)?;
    }
    Ok(r)
}

// ---------------------------------------------------------------- comparison

/// Rich comparison when either operand is a keys/items view: the view's
/// `dictview_richcompare` (reflected when the view is on the right).
/// Ok(None) = NotImplemented (the other side is not a set or view).
pub fn compare(cx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if is_set_view(a) {
        if let Some(r) = richcompare(cx, a, b, op)? {
            return Ok(Some(r));
        }
    }
    if is_set_view(b) {
        return richcompare(cx, b, a, reflect(op));
    }
    Ok(None)
}

fn reflect(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

fn richcompare(cx: &mut Ctx, this: Value, other: Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !is_any_set(other) && !is_set_view(other) {
        return Ok(None);
    }
    let len_this = rit::view_len(this).unwrap_or(0);
    let len_other = runtime::len(cx, other)?;
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = len_this == len_other && all_contained_in(cx, this, other)?;
            same == (op == CmpOp::Eq)
        }
        CmpOp::Lt => len_this < len_other && all_contained_in(cx, this, other)?,
        CmpOp::Le => len_this <= len_other && all_contained_in(cx, this, other)?,
        CmpOp::Gt => len_this > len_other && all_contained_in(cx, other, this)?,
        CmpOp::Ge => len_this >= len_other && all_contained_in(cx, other, this)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::bool(ok)))
}

/// Every item of `a` is `in b`.
fn all_contained_in(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    let it = runtime::get_iter(cx, a)?;
    while let Some(x) = runtime::iter_next(cx, it)? {
        if !runtime::contains(cx, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}
