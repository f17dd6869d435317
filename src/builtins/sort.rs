//! `list.sort` / `sorted`: CPython 3.11's timsort (Objects/listobject.c,
//! `list_sort_impl`), so the comparisons made, their order, and the state a
//! list is left in when a comparison raises are CPython's: count_run,
//! binarysort, minrun, powersort run merging (`found_new_run`,
//! `merge_force_collapse`), merge_lo/merge_hi with galloping and min_gallop,
//! reverse-sort-reverse for `reverse=True`, keys computed first, in list order.
//!
//! Homogeneous small-int, exact-str and NaN-free float keys have a total order
//! and no user code to run, so any stable sort gives the same result: those
//! use the native slice sort. Everything else runs the timsort below with
//! `lt`, whose fast paths (ints, floats, strs, tuples of those) give the same
//! answers as the generic compare, as CPython's `unsafe_*_compare` do.
use crate::builtins::util::*;
use crate::compile::CmpOp;
use crate::heap::*;
use crate::runtime::num::{num_cmp, num_of, Num};
use crate::runtime::{self, list_vec, str_of};
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};

/// Galloping mode starts after this many consecutive wins (MIN_GALLOP).
const MIN_GALLOP: usize = 7;

/// What is sorted: a bare value, or a (key, value) pair when there is a key
/// function (CPython's `sortslice` moves keys and values in step).
trait Item: Copy {
    fn key(self) -> Value;
}
impl Item for Value {
    #[inline(always)]
    fn key(self) -> Value {
        self
    }
}
impl Item for (Value, Value) {
    #[inline(always)]
    fn key(self) -> Value {
        self.0
    }
}

// ---------------------------------------------------------------- entry points

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(l) = args.first().and_then(|&v| list_vec(v)) else {
        return Err(crate::builtins::lists::bad_self(cx, args, "list", "sort"));
    };
    if args.len() > 1 {
        return Err(cx.type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = parse_args(cx, "sort", &[], kw, ["key", "reverse"], 0)?;
    let reverse = reverse_flag(cx, reverse)?;
    // The list is empty (no capacity) while it sorts, as CPython's is, so
    // comparisons that touch it see an empty list; any growth shows.
    let items = std::mem::take(l);
    let r = sort_values(cx, items, key, reverse);
    let Some(l) = list_vec(args[0]) else { return r.map(|_| Value::none()).map_err(|e| e.0) };
    let modified = l.capacity() != 0;
    match r {
        Ok(sorted) => {
            *l = sorted;
            if modified {
                return Err(cx.value_error("list modified during sort"));
            }
            Ok(Value::none())
        }
        Err((e, state)) => {
            *l = state;
            Err(e)
        }
    }
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted as
/// `list.sort` sorts (argument errors name `sort()`, as CPython's do).
pub fn sorted(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(cx.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    // list(iterable): a list subclass's own __iter__ counts.
    let items = runtime::iter::collect(cx, args[0])?;
    let [key, reverse] = parse_args(cx, "sort", &[], kw, ["key", "reverse"], 0)?;
    let reverse = reverse_flag(cx, reverse)?;
    match sort_values(cx, items, key, reverse) {
        Ok(v) => Ok(cx.new_list(v)),
        Err((e, _)) => Err(e),
    }
}

/// `reverse=` is a C int in CPython: ints, bools and `__index__` only.
fn reverse_flag(cx: &mut Ctx, v: Value) -> PyResult<bool> {
    if v.is_unbound() {
        return Ok(false);
    }
    let i = if runtime::bigint_ref(v).is_some() { None } else { Some(to_index(cx, v)?) };
    match i {
        Some(i) if i32::try_from(i).is_ok() => Ok(i != 0),
        _ => Err(cx.overflow_error("Python int too large to convert to C int")),
    }
}

/// Sort `items` as `list.sort` does. On error returns the exception and the
/// items in the order CPython leaves them (unchanged when the key function
/// raised; else some permutation, reversed back for `reverse=True`).
pub fn sort_values(
    cx: &mut Ctx,
    mut items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (Exc, Vec<Value>)> {
    if !given(key) {
        if items.len() < 2 {
            return Ok(items);
        }
        let r = sort_reversible(cx, &mut items, reverse);
        return match r {
            Ok(()) => Ok(items),
            Err(e) => Err((e, items)),
        };
    }
    // Keys first, in list order (before any reversal).
    let mut pairs = Vec::with_capacity(items.len());
    for &it in &items {
        match runtime::call(cx, key, &[it], &[]) {
            Ok(k) => pairs.push((k, it)),
            Err(e) => return Err((e, items)),
        }
    }
    let r = if pairs.len() < 2 { Ok(()) } else { sort_reversible(cx, &mut pairs, reverse) };
    items.clear();
    items.extend(pairs.iter().map(|p| p.1));
    match r {
        Ok(()) => Ok(items),
        Err(e) => Err((e, items)),
    }
}

/// Sort a list value in place (no key): `dir()` and friends.
pub fn sort_list_value(cx: &mut Ctx, l: Value) -> PyResult<()> {
    let v = list_vec(l).map(std::mem::take).unwrap_or_default();
    let (r, v) = match sort_values(cx, v, Value::UNBOUND, false) {
        Ok(v) => (Ok(()), v),
        Err((e, v)) => (Err(e), v),
    };
    if let Some(dst) = list_vec(l) {
        *dst = v;
    }
    r
}

/// Reverse, stable sort, reverse (the last reversal also after an error).
fn sort_reversible<T: Item>(cx: &mut Ctx, a: &mut [T], reverse: bool) -> PyResult<()> {
    if reverse {
        a.reverse();
    }
    let r = sort_slice(cx, a);
    if reverse {
        a.reverse();
    }
    r
}

fn sort_slice<T: Item>(cx: &mut Ctx, a: &mut [T]) -> PyResult<()> {
    if native_sort(a) {
        return Ok(());
    }
    let mut ms = MergeState::new(|x, y| lt(cx, x, y), a.len());
    ms.sort(a)
}

/// Homogeneous small-int / exact-str / NaN-free float keys: a total order and
/// no user code, so the native stable sort gives timsort's result. Returns
/// false (nothing moved) otherwise.
fn native_sort<T: Item>(a: &mut [T]) -> bool {
    let k0 = a[0].key();
    if k0.is_int() {
        if a.iter().all(|v| v.key().is_int()) {
            a.sort_by_key(|v| v.key().as_small());
            return true;
        }
    } else if k0.is_float() {
        if a.iter().all(|v| v.key().is_float() && !v.key().as_float().is_nan()) {
            a.sort_by(|x, y| x.key().as_float().partial_cmp(&y.key().as_float()).expect("no NaN"));
            return true;
        }
    } else if k0.is_kind(Kind::Str) {
        if a.iter().all(|v| v.key().is_kind(Kind::Str)) {
            a.sort_by(|x, y| x.key().obj::<StrObj>().as_str().cmp(y.key().obj::<StrObj>().as_str()));
            return true;
        }
    } else if k0.is_kind(Kind::Tuple) && plain_tuples(a) {
        a.sort_by(|x, y| {
            let (x, y) = (x.key().obj::<TupleObj>().items(), y.key().obj::<TupleObj>().items());
            for (&p, &q) in x.iter().zip(y.iter()) {
                match plain_cmp(p, q).expect("same plain kinds") {
                    std::cmp::Ordering::Equal => {}
                    o => return o,
                }
            }
            x.len().cmp(&y.len())
        });
        return true;
    }
    // Builtin numbers of mixed kinds (bools, big ints, floats), no NaN: the
    // exact int/float order is total too.
    if a.iter().all(|v| number(v.key()).is_some_and(|n| !matches!(n, Num::F(f) if f.is_nan()))) {
        a.sort_by(|x, y| num_cmp(number(x.key()).expect("a number"), number(y.key()).expect("a number")).expect("no NaN"));
        return true;
    }
    false
}

/// A builtin int, bool or float (not a subclass instance, whose comparison
/// may be overridden) as a number.
#[inline]
fn number(v: Value) -> Option<Num> {
    if v.is_int() || v.is_float() || v.is_kind(Kind::Bool) || v.is_kind(Kind::BigInt) || v.is_kind(Kind::Float) {
        num_of(v)
    } else {
        None
    }
}

/// The kinds of value `plain_cmp` orders totally.
#[derive(Clone, Copy, PartialEq)]
enum Plain {
    Int,
    Float,
    Str,
}

fn plain_kind(v: Value) -> Option<Plain> {
    if v.is_int() {
        Some(Plain::Int)
    } else if v.is_float() {
        (!v.as_float().is_nan()).then_some(Plain::Float)
    } else if v.is_kind(Kind::Str) {
        Some(Plain::Str)
    } else {
        None
    }
}

/// Every key a tuple of plain values with one kind per position (`(str, int)`
/// records, say): tuple order is then total and runs no user code.
fn plain_tuples<T: Item>(a: &[T]) -> bool {
    let mut kinds: Vec<Plain> = Vec::new();
    for v in a {
        let k = v.key();
        if !k.is_kind(Kind::Tuple) {
            return false;
        }
        for (i, &x) in k.obj::<TupleObj>().items().iter().enumerate() {
            let Some(p) = plain_kind(x) else { return false };
            match kinds.get(i) {
                Some(&q) if q != p => return false,
                Some(_) => {}
                None => kinds.push(p),
            }
        }
    }
    true
}

// ---------------------------------------------------------------- comparison

/// Order of two "plain" values (small ints, floats, exact strs) without
/// running Python code; None when either is anything else (or unordered).
#[inline]
fn plain_cmp(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    if Value::both_int(a, b) {
        return Some(a.as_small().cmp(&b.as_small()));
    }
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Some(a.obj::<StrObj>().as_str().cmp(b.obj::<StrObj>().as_str()));
    }
    None
}

/// `a < b` as `PyObject_RichCompareBool(a, b, Py_LT)`, with fast paths that
/// give the same answer.
#[inline]
pub fn lt(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if Value::both_int(a, b) {
        return Ok(Value::int_lt(a, b));
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str), Some(Kind::Str)) => return Ok(str_of(a) < str_of(b)),
        (Some(Kind::Tuple), Some(Kind::Tuple)) => {
            if let Some(r) = plain_tuple_lt(a, b) {
                return Ok(r);
            }
        }
        (Some(Kind::Instance), _) | (_, Some(Kind::Instance)) => return lt_slow(cx, a, b),
        _ => {
            if let (Some(x), Some(y)) = (number(a), number(b)) {
                return Ok(num_cmp(x, y) == Some(std::cmp::Ordering::Less));
            }
        }
    }
    lt_slow(cx, a, b)
}

/// Tuples whose items are plain up to the first difference (the common sort
/// key) compare without dispatch: equal leading items are skipped as tuple
/// comparison's `==` would. None when a non-plain item decides.
#[inline]
fn plain_tuple_lt(a: Value, b: Value) -> Option<bool> {
    let (x, y) = (a.obj::<TupleObj>().items(), b.obj::<TupleObj>().items());
    for (&p, &q) in x.iter().zip(y.iter()) {
        match plain_cmp(p, q)? {
            std::cmp::Ordering::Equal => {}
            o => return Some(o == std::cmp::Ordering::Less),
        }
    }
    Some(x.len() < y.len())
}

#[inline(never)]
fn lt_slow(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    let r = runtime::compare(cx, CmpOp::Lt, a, b)?;
    if r == Value::true_() {
        return Ok(true);
    }
    if r == Value::false_() {
        return Ok(false);
    }
    runtime::truthy(cx, r)
}

// ---------------------------------------------------------------- timsort

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    /// Node depth in the powersort merge tree.
    power: u32,
}

struct MergeState<T, F> {
    lt: F,
    min_gallop: usize,
    /// Merge scratch (min(na, nb) items).
    tmp: Vec<T>,
    pending: Vec<Run>,
    listlen: usize,
}

/// `lt` that leaves the labelled block with the error.
macro_rules! lt_or {
    ($lt:expr, $x:expr, $y:expr, $label:lifetime) => {
        match ($lt)($x, $y) {
            Ok(b) => b,
            Err(e) => break $label Err(e),
        }
    };
}

/// How a merge body ended.
enum End {
    /// Done (or failed): the scratch's remaining items go back into the gap.
    Flush,
    /// One item of the scratch run is left and belongs at the far end.
    Last,
}

impl<T: Item, F: FnMut(Value, Value) -> PyResult<bool>> MergeState<T, F> {
    fn new(lt: F, listlen: usize) -> Self {
        MergeState { lt, min_gallop: MIN_GALLOP, tmp: Vec::new(), pending: Vec::new(), listlen }
    }

    fn sort(&mut self, a: &mut [T]) -> PyResult<()> {
        let n = a.len();
        let minrun = compute_minrun(n);
        let mut lo = 0;
        while lo < n {
            let (mut run, descending) = count_run(&mut self.lt, &a[lo..])?;
            if descending {
                a[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = (n - lo).min(minrun);
                binarysort(&mut self.lt, &mut a[lo..lo + force], run)?;
                run = force;
            }
            self.found_new_run(a, lo, run)?;
            self.pending.push(Run { base: lo, len: run, power: 0 });
            lo += run;
        }
        self.force_collapse(a)
    }

    /// Powersort: merge runs on the stack deeper than the new boundary.
    fn found_new_run(&mut self, a: &mut [T], s2: usize, n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last() else { return Ok(()) };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        debug_assert_eq!(top.base + top.len, s2);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        self.pending.last_mut().expect("a run").power = power;
        Ok(())
    }

    fn force_collapse(&mut self, a: &mut [T]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut k = p.len() - 2;
            if k > 0 && p[k - 1].len < p[k + 1].len {
                k -= 1;
            }
            self.merge_at(a, k)?;
        }
        Ok(())
    }

    /// Merge the runs at stack indices i and i+1.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> PyResult<()> {
        let Run { base: mut sa, len: mut na, .. } = self.pending[i];
        let Run { base: sb, len: nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does b start in a? Earlier items of a are in place already.
        let k = gallop_right(&mut self.lt, a[sb].key(), &a[sa..sa + na], 0)?;
        sa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Later items of b are in place already.
        let nb = gallop_left(&mut self.lt, a[sa + na - 1].key(), &a[sb..sb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, sa, na, nb)
        } else {
            self.merge_hi(a, sa, na, nb)
        }
    }

    /// Merge a[sa..sa+na] with the following nb items, left to right, with
    /// run a in the scratch (na <= nb).
    fn merge_lo(&mut self, a: &mut [T], sa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[sa..sa + na]);
        let (mut dest, mut pa, mut pb) = (sa, 0, sa + na);
        let lt = &mut self.lt;
        let tmp = &self.tmp;
        let min_gallop_store = &mut self.min_gallop;
        a[dest] = a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let r: PyResult<End> = 'body: {
            if nb == 0 {
                break 'body Ok(End::Flush);
            }
            if na == 1 {
                break 'body Ok(End::Last);
            }
            let mut min_gallop = *min_gallop_store;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // Straight merging until one run wins consistently.
                loop {
                    if lt_or!(lt, a[pb].key(), tmp[pa].key(), 'body) {
                        a[dest] = a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'body Ok(End::Flush);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'body Ok(End::Last);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping until neither run wins consistently.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    *min_gallop_store = min_gallop;
                    let k = match gallop_right(lt, a[pb].key(), &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'body Err(e),
                    };
                    acount = k;
                    if k != 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'body Ok(End::Last);
                        }
                        // Impossible for a consistent comparison, but possible.
                        if na == 0 {
                            break 'body Ok(End::Flush);
                        }
                    }
                    a[dest] = a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'body Ok(End::Flush);
                    }
                    let k = match gallop_left(lt, tmp[pa].key(), &a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'body Err(e),
                    };
                    bcount = k;
                    if k != 0 {
                        a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'body Ok(End::Flush);
                        }
                    }
                    a[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'body Ok(End::Last);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1; // penalty for leaving galloping mode
                *min_gallop_store = min_gallop;
            }
        };
        match r {
            Ok(End::Last) => {
                // The last item of a belongs after what is left of b.
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[pa];
                Ok(())
            }
            r => {
                a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                r.map(|_| ())
            }
        }
    }

    /// Merge a[sa..sa+na] with the following nb items, right to left, with
    /// run b in the scratch (na > nb). With na and nb the items left of each
    /// run, run a's last is a[sa+na-1], b's is tmp[nb-1], and the next slot
    /// written is a[sa+na+nb-1].
    fn merge_hi(&mut self, a: &mut [T], sa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[sa + na..sa + na + nb]);
        let lt = &mut self.lt;
        let tmp = &self.tmp;
        let min_gallop_store = &mut self.min_gallop;
        a[sa + na + nb - 1] = a[sa + na - 1];
        na -= 1;
        let r: PyResult<End> = 'body: {
            if na == 0 {
                break 'body Ok(End::Flush);
            }
            if nb == 1 {
                break 'body Ok(End::Last);
            }
            let mut min_gallop = *min_gallop_store;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if lt_or!(lt, tmp[nb - 1].key(), a[sa + na - 1].key(), 'body) {
                        a[sa + na + nb - 1] = a[sa + na - 1];
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'body Ok(End::Flush);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[sa + na + nb - 1] = tmp[nb - 1];
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'body Ok(End::Last);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    *min_gallop_store = min_gallop;
                    let k = match gallop_right(lt, tmp[nb - 1].key(), &a[sa..sa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'body Err(e),
                    };
                    acount = k;
                    if k != 0 {
                        a.copy_within(sa + na - k..sa + na, sa + na - k + nb);
                        na -= k;
                        if na == 0 {
                            break 'body Ok(End::Flush);
                        }
                    }
                    a[sa + na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'body Ok(End::Last);
                    }
                    let k = match gallop_left(lt, a[sa + na - 1].key(), &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'body Err(e),
                    };
                    bcount = k;
                    if k != 0 {
                        a[sa + na + nb - k..sa + na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'body Ok(End::Last);
                        }
                        // Impossible for a consistent comparison, but possible.
                        if nb == 0 {
                            break 'body Ok(End::Flush);
                        }
                    }
                    a[sa + na + nb - 1] = a[sa + na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'body Ok(End::Flush);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                *min_gallop_store = min_gallop;
            }
        };
        match r {
            Ok(End::Last) => {
                // The first item of b belongs before what is left of a.
                a.copy_within(sa..sa + na, sa + 1);
                a[sa] = tmp[0];
                Ok(())
            }
            r => {
                a[sa + na..sa + na + nb].copy_from_slice(&tmp[..nb]);
                r.map(|_| ())
            }
        }
    }
}

/// Minimum run length: n below 64, else 32..=64 so that n / minrun is just
/// below a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the boundary between the run at s1 (n1 long) and
/// the next (n2 long), in a list of n.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Length of the run at the start of `a` (non-empty): the longest ascending
/// (`a[0] <= a[1] <= ...`) or strictly descending prefix.
fn count_run<T: Item, F: FnMut(Value, Value) -> PyResult<bool>>(lt: &mut F, a: &[T]) -> PyResult<(usize, bool)> {
    if a.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(a[1].key(), a[0].key())? {
        while n < a.len() && lt(a[n].key(), a[n - 1].key())? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < a.len() && !lt(a[n].key(), a[n - 1].key())? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `a`, whose first `start` items are sorted. On
/// error `a` is still a permutation of its input.
fn binarysort<T: Item, F: FnMut(Value, Value) -> PyResult<bool>>(lt: &mut F, a: &mut [T], start: usize) -> PyResult<()> {
    for i in start.max(1)..a.len() {
        let pivot = a[i];
        let (mut l, mut r) = (0, i);
        // pivot >= all of a[..l], pivot < all of a[r..i].
        loop {
            let p = l + ((r - l) >> 1);
            if lt(pivot.key(), a[p].key())? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        a.copy_within(l..i, l + 1);
        a[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in sorted `a` (non-empty), left of any equal items:
/// k with a[k-1] < key <= a[k]. Gallops from `hint`.
fn gallop_left<T: Item, F: FnMut(Value, Value) -> PyResult<bool>>(
    lt: &mut F,
    key: Value,
    a: &[T],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len() as isize;
    let h = hint as isize;
    let at = |i: isize| a[i as usize].key();
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(at(h), key)? {
        // a[hint] < key: gallop right until a[h+lastofs] < key <= a[h+ofs].
        let maxofs = n - h;
        while ofs < maxofs {
            if lt(at(h + ofs), key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += h;
        ofs += h;
    } else {
        // key <= a[hint]: gallop left until a[h-ofs] < key <= a[h-lastofs].
        let maxofs = h + 1;
        while ofs < maxofs {
            if lt(at(h - ofs), key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (h - ofs, h - lastofs);
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Like `gallop_left`, but right of any equal items: a[k-1] <= key < a[k].
fn gallop_right<T: Item, F: FnMut(Value, Value) -> PyResult<bool>>(
    lt: &mut F,
    key: Value,
    a: &[T],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len() as isize;
    let h = hint as isize;
    let at = |i: isize| a[i as usize].key();
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, at(h))? {
        // key < a[hint]: gallop left until a[h-ofs] <= key < a[h-lastofs].
        let maxofs = h + 1;
        while ofs < maxofs {
            if lt(key, at(h - ofs))? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (h - ofs, h - lastofs);
    } else {
        // a[hint] <= key: gallop right until a[h+lastofs] <= key < a[h+ofs].
        let maxofs = n - h;
        while ofs < maxofs {
            if lt(key, at(h + ofs))? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += h;
        ofs += h;
    }
    // a[lastofs] <= key < a[ofs]: binary search in between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}
