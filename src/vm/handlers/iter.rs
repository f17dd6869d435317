//! Iteration: `GetIter` and `ForIter` with inline paths for list/tuple
//! iterators; generators resume directly; everything else via `runtime::iter_next`.
//!
//! Unboxed ranges: `GetForIter` over a `range` of small ints with step > 0
//! (and `stop + step` still small, so stepping never overflows) stores no
//! iterator object: register `a` holds the cursor, `a+1` the stop and `a+2`
//! the step, all small ints. `ForIter` sees a small int in its iterator
//! register and steps the cursor: one compare, one add, no memory but the
//! registers. (A `range` object is immutable and its iterator is invisible
//! to Python code in a `for` statement, so this is unobservable.)
//! An exact list or tuple is not wrapped either: `a` holds the sequence and
//! `a+2` the next index (a small int); like CPython's list iterator, every
//! step compares the index with the current length.
//! For anything but an unboxed range, `a+1` holds [`NOT_RANGE`], below every
//! pointer and small int as an i64: the range's test `cursor < stop` on the
//! raw words then fails without a tag test, so the range's step needs none
//! (a cursor that reached its stop is told apart by its tag, off the fast
//! path).
use super::prelude::*;
use crate::runtime::iter::IterState;
use crate::vm::handlers::fused::TightHead;

/// The stop register of an iterator that is not an unboxed range (module
/// doc): the smallest small int (raw word negative; a pointer's is positive).
const NOT_RANGE: Value = Value::from_small(crate::value::SMALL_INT_MIN);

op!(
    /// a := iter(b) for a `for` loop (a+1, a+2 reserved: see the module doc).
    get_for_iter,
    |ip, fp, cx| {
        let i = &*ip;
        let src = reg(fp, i.b);
        if let Some(r) = src.downcast::<RangeObj>(Kind::Range) {
            if r.step > 0 && Value::fits_small(r.start) && r.stop.checked_add(r.step).is_some_and(Value::fits_small) {
                // Values below `start` never occur: clamp the stop so it is small too.
                let stop = r.stop.max(r.start);
                set_reg(fp, i.a, Value::from_small(r.start));
                set_reg(fp, i.a + 1, Value::from_small(stop));
                set_reg(fp, i.a + 2, Value::from_small(r.step));
                return next(ip, fp);
            }
        }
        set_reg(fp, i.a + 1, NOT_RANGE);
        if src.is_kind(Kind::List) || src.is_kind(Kind::Tuple) {
            // The sequence itself and an index (module doc).
            set_reg(fp, i.a, src);
            set_reg(fp, i.a + 2, Value::from_small(0));
            return next(ip, fp);
        }
        let r = runtime::get_iter(cx, src);
        store_result(ip, fp, cx, r)
    }
);

op!(get_iter, |ip, fp, cx| {
    let i = &*ip;
    let r = runtime::get_iter(cx, reg(fp, i.b));
    store_result(ip, fp, cx, r)
});

flow_op!(
    /// b := next(a), or jump to the exit when exhausted.
    /// Iterator objects only (after `GetIter`: comprehensions, ...).
    for_iter,
    |ip, fp, cx| { iter_obj_step(ip, fp, reg(fp, (*ip).a)) }
);

flow_op!(
    /// `ForIter` of a `for` statement (its iterator register set by
    /// `get_for_iter`: maybe an unboxed range, list or tuple; module doc).
    /// Its own name keeps the JIT's range-iterator-object template (keyed on
    /// `iter::for_iter`) off it; the body must stay different from
    /// `for_iter`'s, or identical-code folding merges the two handlers and
    /// the registry (keyed by address) could name it `for_iter`.
    for_range,
    |ip, fp, cx| {
        let p = crate::vm::dispatch::reg_ptr(fp, (*ip).a);
        let it = *p;
        if below_stop(p, it) {
            return Flow::Go(range_step(ip, fp, p, it));
        }
        if it.is_int() {
            return Flow::Go(Next::new(target(ip), fp));
        }
        if it.is_kind(Kind::List) {
            return Flow::Go(seq_step(ip, fp, &it.obj::<ListObj>().items));
        }
        if it.is_kind(Kind::Tuple) {
            return Flow::Go(seq_step(ip, fp, &it.obj::<TupleObj>().items()));
        }
        iter_obj_step(ip, fp, it)
    }
);

cold_handler! {
    for_iter_slow_h = for_iter_slow;
}

/// `ForIter` on an iterator object `it`: list and range iterators inline,
/// everything else by a tail jump to `for_iter_slow`.
#[inline(always)]
unsafe fn iter_obj_step(ip: *const Inst, fp: *mut Value, it: Value) -> Flow {
    let i = &*ip;
    if it.is_kind(Kind::Iter) {
        match &mut it.obj::<IterObj>().st {
            IterState::Range { cur, step, left } => {
                if *left == 0 {
                    return Flow::Go(Next::new(target(ip), fp));
                }
                if let Some(v) = Value::try_int(*cur) {
                    set_reg(fp, i.b, v);
                    *cur = cur.wrapping_add(*step);
                    *left -= 1;
                    return Flow::Go(next(ip, fp));
                }
            }
            IterState::Seq { seq, idx } => {
                if seq.is_kind(Kind::List) {
                    let l = &seq.obj::<ListObj>().items;
                    if *idx < l.len() {
                        set_reg(fp, i.b, *l.get_unchecked(*idx));
                        *idx += 1;
                        return Flow::Go(next(ip, fp));
                    }
                }
            }
            _ => {}
        }
    }
    Flow::Via(ip, for_iter_slow_h::h, for_iter_slow)
}

/// The `ForIter` head `ip` run by a loop-tail superinstruction (fused.rs):
/// an unboxed range steps inline; anything else dispatches the head's own
/// handler.
#[inline(always)]
pub(crate) unsafe fn range_head(ip: *const Inst, fp: *mut Value) -> Next {
    let p = crate::vm::dispatch::reg_ptr(fp, (*ip).a);
    let it = *p;
    if below_stop(p, it) {
        return range_step(ip, fp, p, it);
    }
    range_off(ip, fp, it)
}

/// A `ForIter` head `ip` whose iterator `it` is not an unboxed range below
/// its stop: the loop's exit for a range (a small int: module doc), a list's
/// step, else the head's own handler.
#[inline(always)]
unsafe fn range_off(ip: *const Inst, fp: *mut Value, it: Value) -> Next {
    if it.is_int() {
        return Next::new(target(ip), fp);
    }
    if it.is_kind(Kind::List) {
        return seq_step(ip, fp, &it.obj::<ListObj>().items);
    }
    Next::new(ip, fp)
}

/// The unboxed-range head of a fused.rs `tight` loop: the cursor stays in a
/// machine register across the iterations (stored back by `leave`: no op of
/// the body reads it), the stop, the step and the two register addresses
/// are read once on entry.
pub(crate) struct RangeTight {
    it: *mut Value,
    var: *mut Value,
    cur: i64,
    stop: i64,
    step: i64,
}

impl TightHead for RangeTight {
    #[inline(always)]
    unsafe fn enter(ip: *const Inst, _body: *const Inst, fp: *mut Value) -> Option<Self> {
        let i = &*ip;
        let it = crate::vm::dispatch::reg_ptr(fp, i.a);
        if (*it).raw() & 1 == 0 {
            return None;
        }
        Some(RangeTight {
            it,
            var: crate::vm::dispatch::reg_ptr(fp, i.b),
            cur: (*it).raw() as i64,
            stop: (*it.add(1)).raw() as i64,
            // Tagged: `cur + step` is the next cursor's word.
            step: ((*it.add(2)).raw() as i64).wrapping_sub(1),
        })
    }

    /// [`range_advance`] on the values read by `enter`. SAFETY: a `tight`
    /// body runs only fast paths (anything else leaves the handler first),
    /// and none writes the `for`'s own registers `a..=a+2` (compiler
    /// temporaries), so they still hold what `enter` read.
    #[inline(always)]
    unsafe fn next(&mut self, ip: *const Inst, fp: *mut Value) -> Option<Next> {
        if self.cur >= self.stop {
            return Some(Next::new(target(ip), fp));
        }
        *self.var = Value::from_raw(self.cur as u64);
        // Tagged add: cursor + step stays small (checked by get_for_iter).
        self.cur = self.cur.wrapping_add(self.step);
        None
    }

    #[inline(always)]
    unsafe fn leave(&self) {
        *self.it = Value::from_raw(self.cur as u64);
    }
}

/// [`range_head`] for a loop whose body starts with `jn_lt` (`for ...: if
/// a < b:`): when the loop goes on, that compare's small-int fast path runs
/// here too (anything else dispatches it), so the back-edge, the `for` and
/// the `if` take one dispatch.
#[inline(always)]
pub(crate) unsafe fn range_head_lt(ip: *const Inst, fp: *mut Value) -> Next {
    let p = crate::vm::dispatch::reg_ptr(fp, (*ip).a);
    let it = *p;
    if !below_stop(p, it) {
        return range_off(ip, fp, it);
    }
    range_advance(ip, fp, p, it);
    super::compare::jn_lt_head(ip.add(1), fp)
}

/// [`range_head_lt`] for a fused.rs `tight` loop tail that ends one arm of
/// `for ...: if a < b: X else: Y`: the range as [`RangeTight`], the
/// compare's register addresses read once; the loop goes on while the
/// compare leads back to this arm, else the other arm (or the compare
/// itself, for anything but two small ints) is dispatched.
pub(crate) struct RangeLtTight {
    r: RangeTight,
    a: *const Value,
    b: *const Value,
    /// The compare's true / false branch is this arm.
    on_true: bool,
    on_false: bool,
}

impl TightHead for RangeLtTight {
    #[inline(always)]
    unsafe fn fits(head: *const Inst, body: *const Inst) -> bool {
        body == head.add(2) || body == target(head.add(1))
    }
    #[inline(always)]
    unsafe fn enter(ip: *const Inst, body: *const Inst, fp: *mut Value) -> Option<Self> {
        let j = &*ip.add(1);
        Some(RangeLtTight {
            r: RangeTight::enter(ip, body, fp)?,
            a: crate::vm::dispatch::reg_ptr(fp, j.a),
            b: crate::vm::dispatch::reg_ptr(fp, j.b),
            on_true: body == ip.add(2),
            on_false: body == target(ip.add(1)),
        })
    }
    #[inline(always)]
    unsafe fn next(&mut self, ip: *const Inst, fp: *mut Value) -> Option<Next> {
        if let Some(n) = self.r.next(ip, fp) {
            return Some(n);
        }
        let (a, b) = (*self.a, *self.b);
        if !Value::both_int(a, b) {
            return Some(Next::new(ip.add(1), fp));
        }
        if (a.raw() as i64) < (b.raw() as i64) {
            if self.on_true {
                return None;
            }
            return Some(Next::new(ip.add(2), fp));
        }
        if self.on_false {
            return None;
        }
        Some(Next::new(target(ip.add(1)), fp))
    }
    #[inline(always)]
    unsafe fn leave(&self) {
        self.r.leave()
    }
}

/// The iterator `it` of a `ForIter` (its register at `p`) is an unboxed
/// range whose cursor is below its stop: raw words order like the ints, and
/// anything else fails against its `NOT_RANGE` stop (module doc).
#[inline(always)]
unsafe fn below_stop(p: *const Value, it: Value) -> bool {
    (it.raw() as i64) < ((*p.add(1)).raw() as i64)
}

/// One step of the unboxed range `it` of `ForIter` `ip` ([`below_stop`]):
/// the cursor into register `b`, the next cursor into `p`.
#[inline(always)]
unsafe fn range_advance(ip: *const Inst, fp: *mut Value, p: *mut Value, it: Value) {
    set_reg(fp, (*ip).b, it);
    // Tagged add: cursor + step stays small (checked by get_for_iter).
    *p = Value::from_raw(it.raw().wrapping_add((*p.add(2)).raw() - 1));
}

/// [`range_advance`], then on to the loop body.
#[inline(always)]
unsafe fn range_step(ip: *const Inst, fp: *mut Value, p: *mut Value, it: Value) -> Next {
    range_advance(ip, fp, p, it);
    next(ip, fp)
}

/// `ForIter` on a list/tuple kept in the iterator register with its index
/// two on (module doc).
#[inline(always)]
unsafe fn seq_step(ip: *const Inst, fp: *mut Value, items: &[Value]) -> Next {
    let i = &*ip;
    let p = crate::vm::dispatch::reg_ptr(fp, i.a).add(2);
    let ix = (*p).as_small() as usize;
    if ix < items.len() {
        set_reg(fp, i.b, *items.get_unchecked(ix));
        // Tagged increment: the index is below a Vec length, far from overflow.
        *p = Value::from_raw((*p).raw() + 4);
        return next(ip, fp);
    }
    Next::new(target(ip), fp)
}

flow_op!(
    /// `for a, b in enumerate(list_or_tuple)` (`--no-jit` quickening of a
    /// `for_range` followed by `UnpackSeq` of 2 from its target register:
    /// [`quicken_enum2`]): the index and the item go straight to the
    /// unpack's registers and the unpack is skipped, so no tuple is made.
    /// (The tuple register is a compiler temporary read only by the unpack.)
    /// Anything else runs `for_range`.
    for_enum2,
    |ip, fp, cx| {
        if let Some(n) = enum2_step(ip, fp) {
            return Flow::Go(n);
        }
        super::for_range::flow(ip, fp, cx)
    }
);

/// `for_enum2`'s inline step (`None`: anything else, the op's other paths).
#[inline(always)]
unsafe fn enum2_step(ip: *const Inst, fp: *mut Value) -> Option<Next> {
    let it = reg(fp, (*ip).a);
    let io = it.downcast::<IterObj>(Kind::Iter)?;
    let IterState::Enumerate { it: inner, n } = &mut io.st else { return None };
    let ii = inner.downcast::<IterObj>(Kind::Iter)?;
    let IterState::Seq { seq, idx } = &mut ii.st else { return None };
    let items: &[Value] = if seq.is_kind(Kind::List) {
        &seq.obj::<ListObj>().items
    } else if seq.is_kind(Kind::Tuple) {
        seq.obj::<TupleObj>().items()
    } else {
        &[]
    };
    if *idx < items.len() && Value::fits_small(*n) {
        let u = &*ip.add(1);
        let r = crate::vm::dispatch::reg_ptr(fp, u.a);
        *r = Value::from_small(*n);
        // By pointer offset: `a + 1` as a u16 would wrap around first.
        *r.add(1) = *items.get_unchecked(*idx);
        *idx += 1;
        *n += 1;
        return Some(Next::new(ip.add(2), fp));
    }
    None
}

/// The `for_enum2` head `ip` run by a back-edge (control.rs `loop_nc_enum2`):
/// the inline step, or a normal dispatch of the head.
#[inline(always)]
pub(crate) unsafe fn enum2_head(ip: *const Inst, fp: *mut Value) -> Next {
    match enum2_step(ip, fp) {
        Some(n) => n,
        None => Next::new(ip, fp),
    }
}

/// A `for_range` at `ip` over an `enumerate` object whose next
/// instruction unpacks its target into 2 registers becomes `for_enum2`
/// (not under `--no-fuse`: it runs the unpack too).
#[cold]
#[inline(never)]
unsafe fn quicken_enum2(ip: *const Inst) {
    use crate::vm::dispatch::handler;
    use crate::vm::handlers::{containers, iter};
    let (i, u) = (&*ip, &*ip.add(1));
    if crate::vm::link::fusion_on()
        && i.h as usize == handler!(iter::for_range) as usize
        && u.h as usize == handler!(containers::unpack_seq) as usize
        && u.b == i.b
        && u.c == 2
    {
        // SAFETY: instructions are mutable at run time (quickening).
        (*(ip as *mut Inst)).h = handler!(iter::for_enum2);
    }
}

#[cold]
#[inline(never)]
unsafe fn for_iter_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let it = reg(fp, i.a);
    if let Some(io) = it.downcast::<IterObj>(Kind::Iter) {
        if matches!(io.st, IterState::Enumerate { .. }) {
            quicken_enum2(ip);
        }
    }
    let r = if it.is_kind(Kind::Generator) {
        match crate::vm::gen::resume(cx, it, Value::none(), None) {
            Ok(crate::vm::GenStep::Yield(v)) => Ok(Some(v)),
            Ok(crate::vm::GenStep::Return(_)) => Ok(None),
            Err(e) => Err(e),
        }
    } else {
        runtime::iter_next(cx, it)
    };
    match r {
        Ok(Some(v)) => {
            set_reg(fp, i.b, v);
            next(ip, fp)
        }
        Ok(None) => Next::new(target(ip), fp),
        Err(_) => throw(ip, cx),
    }
}
