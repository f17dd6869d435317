//! The set table: CPython 3.11's algorithm (Objects/setobject.c), so that a set's
//! iteration order — slot order — is CPython's for elements with equal hashes (ints,
//! floats, tuples of them; str hashes are per-process random in CPython anyway).
//!
//! Open addressing: a probe looks at the home slot and up to `LINEAR_PROBES` slots
//! after it, then jumps by `i = i*5 + 1 + perturb` with `perturb >>= 5`. Removal leaves a
//! dummy; the table grows when `fill*5 >= mask*3`. The set algebra below follows
//! CPython's choices of which operand to iterate and how to size the result, since
//! those decide the order of the result.
use super::*;
use crate::heap::{Heap, Trace};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot: `key` UNBOUND with `hash` 0 is empty, with `hash` -1 a dummy (a real
/// hash is never -1).
#[derive(Clone, Copy)]
pub struct Slot {
    pub hash: i64,
    pub key: Value,
}

const EMPTY: Slot = Slot { hash: 0, key: Value::UNBOUND };
const DUMMY: Slot = Slot { hash: -1, key: Value::UNBOUND };

impl Slot {
    #[inline]
    fn is_live(&self) -> bool {
        self.key != Value::UNBOUND
    }
    #[inline]
    fn is_empty(&self) -> bool {
        self.key == Value::UNBOUND && self.hash == 0
    }
}

pub struct SetTable {
    slots: Vec<Slot>,
    /// Live + dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl Trace for SetTable {
    fn trace(&self, m: &mut Heap) {
        for s in &self.slots {
            if s.is_live() {
                m.mark(s.key);
            }
        }
    }
}

/// `a == b` for two keys with equal hashes (identity first, as CPython).
#[inline]
fn keys_eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    ops::eq(cx, a, b)
}

/// The slots a lookup of `hash` visits, round by round: each round is slot `i` and,
/// when they fit before the end of the table, the `LINEAR_PROBES` slots after it; the
/// next round starts at `i*5 + 1 + perturb` with `perturb >>= 5`. Callers walk a round
/// as a slice (one bounds check per round, a tight inner loop).
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe { i: hash as u64 as usize & mask, perturb: hash as u64, mask }
    }

    /// This round's first and last slot (both <= mask).
    #[inline(always)]
    fn round(&self) -> (usize, usize) {
        let i = self.i;
        (i, if i + LINEAR_PROBES <= self.mask { i + LINEAR_PROBES } else { i })
    }

    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
    }
}

/// Walk `slots` in `hash`'s probe order: `$body` runs with `$j` (the slot index) and
/// `$s` (the slot, a copy) bound, and leaves the walk with `return` or `break $label v`
/// (the walk's value).
macro_rules! probe {
    ($label:lifetime, $slots:expr, $hash:expr, |$j:ident, $s:ident| $body:block) => {{
        let slots: &[Slot] = $slots;
        let mut p = Probe::new($hash, slots.len() - 1);
        $label: loop {
            let (a, b) = p.round();
            for (k, $s) in slots[a..=b].iter().copied().enumerate() {
                let $j = a + k;
                $body
            }
            p.advance();
        }
    }};
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { slots: vec![EMPTY; MINSIZE], fill: 0, used: 0, finger: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bytes held by the slot array (for GC accounting).
    pub fn bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Slot>()
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Live slots in table order (a snapshot: safe to mutate the set while using it).
    pub fn live(&self) -> Vec<Slot> {
        self.slots.iter().filter(|s| s.is_live()).copied().collect()
    }

    /// Elements in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter(|s| s.is_live()).map(|s| s.key).collect()
    }

    /// Iteration: the next element at or after `*pos` (the value is None, as for the
    /// keys of a dict).
    pub fn next_entry(&self, pos: &mut usize) -> Option<(Value, Value)> {
        while *pos < self.slots.len() {
            let s = self.slots[*pos];
            *pos += 1;
            if s.is_live() {
                return Some((s.key, Value::none()));
            }
        }
        None
    }

    /// Slot holding `key`, or None (`set_lookkey`). The walk settles identical keys,
    /// empty slots and hash mismatches without a call; a live slot with an equal hash
    /// and a different object needs `==` (which may run Python code): `lookup_eq`.
    pub fn lookup(&self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<Option<usize>> {
        probe!('walk, &self.slots, hash, |j, s| {
            if s.key == key {
                break 'walk Ok(Some(j));
            }
            if s.hash == hash {
                // A dummy's hash (-1) is never a real one: not live here means empty.
                break 'walk if s.is_live() { self.lookup_eq(cx, key, hash) } else { Ok(None) };
            }
            if s.is_empty() {
                break 'walk Ok(None);
            }
        })
    }

    /// `lookup` from the start with `==` on equal hashes; restarts if the comparison
    /// changed the table.
    #[cold]
    #[inline(never)]
    fn lookup_eq(&self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            break probe!('walk, &self.slots, hash, |j, s| {
                if s.is_empty() {
                    break 'walk Ok(None);
                }
                if s.hash == hash && s.is_live() {
                    if s.key == key {
                        break 'walk Ok(Some(j));
                    }
                    let before = self.table_id();
                    let eq = keys_eq(cx, s.key, key)?;
                    if before != self.table_id() || self.slots[j].key != s.key {
                        continue 'restart;
                    }
                    if eq {
                        break 'walk Ok(Some(j));
                    }
                }
            });
        }
    }

    /// The slot array's address and length: `==` on keys may run Python code that
    /// resizes the set, and a walk over the old slice must then restart.
    #[inline(always)]
    fn table_id(&self) -> (*const Slot, usize) {
        (self.slots.as_ptr(), self.slots.len())
    }

    pub fn contains_hashed(&self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(cx, key, hash)?.is_some())
    }

    pub fn contains(&self, cx: &mut Ctx, key: Value) -> PyResult<bool> {
        let h = ops::hash(cx, key)?;
        self.contains_hashed(cx, key, h)
    }

    /// `set_add_entry`.
    pub fn add_hashed(&mut self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let mut freeslot = None;
            let empty = probe!('walk, &self.slots, hash, |j, s| {
                if s.is_empty() {
                    break 'walk j;
                }
                if s.hash == hash && s.is_live() {
                    if s.key == key {
                        return Ok(());
                    }
                    let before = self.table_id();
                    let eq = keys_eq(cx, s.key, key)?;
                    if eq {
                        return Ok(());
                    }
                    if before != self.table_id() || self.slots[j].key != s.key {
                        continue 'restart;
                    }
                } else if !s.is_live() {
                    freeslot = Some(j);
                }
            });
            return Ok(self.put(freeslot, empty, key, hash));
        }
    }

    /// The end of `set_add_entry`: reuse the last dummy seen, or take the empty slot
    /// (and grow past 60% fill).
    fn put(&mut self, freeslot: Option<usize>, empty: usize, key: Value, hash: i64) {
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot { hash, key };
            return;
        }
        self.fill += 1;
        self.slots[empty] = Slot { hash, key };
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    pub fn set(&mut self, cx: &mut Ctx, key: Value, _value: Value) -> PyResult<()> {
        self.add(cx, key)
    }

    pub fn add(&mut self, cx: &mut Ctx, key: Value) -> PyResult<()> {
        let h = ops::hash(cx, key)?;
        self.add_hashed(cx, key, h)
    }

    /// `set_discard_entry`: true if it was there.
    pub fn discard_hashed(&mut self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<bool> {
        match self.lookup(cx, key, hash)? {
            Some(j) => {
                self.slots[j] = DUMMY;
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn discard(&mut self, cx: &mut Ctx, key: Value) -> PyResult<bool> {
        let h = ops::hash(cx, key)?;
        self.discard_hashed(cx, key, h)
    }

    /// Insert a key known to be absent into a table without dummies (`set_insert_clean`).
    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let j = probe!('walk, &*slots, hash, |j, s| {
            if !s.is_live() {
                break 'walk j;
            }
        });
        slots[j] = Slot { hash, key };
    }

    /// `set_table_resize`: the smallest power of two > `minused`, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old.iter().filter(|s| s.is_live()) {
            Self::insert_clean(&mut self.slots, s.key, s.hash);
        }
        self.fill = self.used;
    }

    /// Take `other`'s elements (`set_swap_bodies`: the pop finger stays).
    pub fn replace_body(&mut self, other: SetTable) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// `set_clear_internal` (the pop finger stays).
    pub fn clear(&mut self) {
        self.slots = vec![EMPTY; MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// `set_pop`: the first live slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !self.slots[j].is_live() {
            j = if j == mask { 0 } else { j + 1 };
        }
        let key = self.slots[j].key;
        self.slots[j] = DUMMY;
        self.used -= 1;
        self.finger = j + 1;
        Some(key)
    }

    /// `set_merge`: add every element of `other` (another table).
    pub fn merge(&mut self, cx: &mut Ctx, other: &SetTable) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            self.fill_empty_from(other);
            return Ok(());
        }
        for s in other.live() {
            self.add_hashed(cx, s.key, s.hash)?;
        }
        Ok(())
    }

    /// A display of more than 2 constants (`{1, 2, 3}`), built from `self` (its
    /// items added in source order) the way CPython 3.11 builds it: the compiler
    /// folds the items into a frozenset, rebuilds that frozenset from its own
    /// iteration order when it merges constants, and `SET_UPDATE` merges it into
    /// a new empty set.
    pub fn as_folded_display(&self, cx: &mut Ctx) -> PyResult<SetTable> {
        let mut rebuilt = SetTable::new();
        for s in self.live() {
            rebuilt.add_hashed(cx, s.key, s.hash)?;
        }
        Ok(rebuilt.copy())
    }

    /// `set_merge` into a table with no slot used (no comparisons needed): the
    /// slots copied as they are when the sizes agree and `other` has no dummies.
    fn fill_empty_from(&mut self, other: &SetTable) {
        if self.mask() == other.mask() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
        } else {
            for s in other.slots.iter().filter(|s| s.is_live()) {
                Self::insert_clean(&mut self.slots, s.key, s.hash);
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// A copy with CPython's layout (`make_new_set` from a set: `set_merge` into
    /// an empty table).
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        if self.used > 0 {
            if self.used * 5 >= t.mask() * 3 {
                t.resize(self.used * 2);
            }
            t.fill_empty_from(self);
        }
        t
    }
}

// ------------------------------------------------------------------ set algebra

/// The table of a set or frozenset value (subclasses included).
#[inline]
fn table(v: Value) -> Option<&'static mut SetTable> {
    set_obj(v).map(|s| &mut s.t)
}

/// `set_update_internal`: add the elements of any iterable.
pub fn update(cx: &mut Ctx, t: &mut SetTable, other: Value) -> PyResult<()> {
    if let Some(o) = table(other) {
        return t.merge(cx, o);
    }
    if other.is_kind(Kind::Dict) {
        let entries: Vec<dict::Hashed> = other.obj::<DictObj>().t.entries_live().collect();
        if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
            t.resize((t.used + entries.len()) * 2);
        }
        for e in entries {
            t.add_hashed(cx, e.key, e.hash)?;
        }
        return Ok(());
    }
    let it = iter::get_iter(cx, other)?;
    while let Some(x) = iter::iter_next(cx, it)? {
        t.add(cx, x)?;
    }
    Ok(())
}

/// `make_new_set`: a table holding the elements of any iterable.
pub fn table_of(cx: &mut Ctx, v: Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update(cx, &mut t, v)?;
    Ok(t)
}

/// `set_intersection(a, other)`: iterates the smaller set (or the iterable).
pub fn intersection(cx: &mut Ctx, a: &SetTable, other: Value) -> PyResult<SetTable> {
    let mut r = SetTable::new();
    if let Some(o) = table(other) {
        if std::ptr::eq(a, o) {
            return Ok(a.copy());
        }
        let (big, small): (&SetTable, &SetTable) = if o.len() > a.len() { (o, a) } else { (a, o) };
        for s in small.live() {
            if big.contains_hashed(cx, s.key, s.hash)? {
                r.add_hashed(cx, s.key, s.hash)?;
            }
        }
        return Ok(r);
    }
    let it = iter::get_iter(cx, other)?;
    while let Some(x) = iter::iter_next(cx, it)? {
        let h = ops::hash(cx, x)?;
        if a.contains_hashed(cx, x, h)? {
            r.add_hashed(cx, x, h)?;
        }
    }
    Ok(r)
}

/// `set_difference_update_internal`: remove the elements of `other` from `t`.
pub fn difference_update(cx: &mut Ctx, t: &mut SetTable, other: Value) -> PyResult<()> {
    if let Some(o) = table(other) {
        if std::ptr::eq(t, o) {
            t.clear();
            return Ok(());
        }
        for s in o.live() {
            t.discard_hashed(cx, s.key, s.hash)?;
        }
    } else {
        let it = iter::get_iter(cx, other)?;
        while let Some(x) = iter::iter_next(cx, it)? {
            t.discard(cx, x)?;
        }
    }
    if t.fill - t.used > t.mask() / 4 {
        t.resize(if t.used > 50000 { t.used * 2 } else { t.used * 4 });
    }
    Ok(())
}

/// `set_difference(a, other)`.
pub fn difference(cx: &mut Ctx, a: &SetTable, other: Value) -> PyResult<SetTable> {
    let other_len = match table(other) {
        Some(o) => o.len(),
        None if other.is_kind(Kind::Dict) => other.obj::<DictObj>().t.len(),
        None => usize::MAX,
    };
    if other_len == usize::MAX || (a.len() >> 2) > other_len {
        let mut r = a.copy();
        difference_update(cx, &mut r, other)?;
        return Ok(r);
    }
    let mut r = SetTable::new();
    for s in a.live() {
        let found = match table(other) {
            Some(o) => o.contains_hashed(cx, s.key, s.hash)?,
            None => other.obj::<DictObj>().t.get_hashed(cx, s.key, s.hash)?.is_some(),
        };
        if !found {
            r.add_hashed(cx, s.key, s.hash)?;
        }
    }
    Ok(r)
}

/// `set_symmetric_difference_update(t, other)`.
pub fn symmetric_difference_update(cx: &mut Ctx, t: &mut SetTable, other: Value) -> PyResult<()> {
    let flip = |cx: &mut Ctx, t: &mut SetTable, key: Value, hash: i64| -> PyResult<()> {
        if !t.discard_hashed(cx, key, hash)? {
            t.add_hashed(cx, key, hash)?;
        }
        Ok(())
    };
    if other.is_kind(Kind::Dict) {
        let entries: Vec<dict::Hashed> = other.obj::<DictObj>().t.entries_live().collect();
        for e in entries {
            flip(cx, t, e.key, e.hash)?;
        }
        return Ok(());
    }
    let slots = match table(other) {
        Some(o) if std::ptr::eq(t, o) => {
            t.clear();
            return Ok(());
        }
        Some(o) => o.live(),
        None => table_of(cx, other)?.live(),
    };
    for s in slots {
        flip(cx, t, s.key, s.hash)?;
    }
    Ok(())
}

/// `set_symmetric_difference(a, other)`: a new set from `other`, then `a` flipped into it.
pub fn symmetric_difference(cx: &mut Ctx, a: Value, other: Value) -> PyResult<SetTable> {
    let mut r = table_of(cx, other)?;
    symmetric_difference_update(cx, &mut r, a)?;
    Ok(r)
}

/// `set_issubset`: every element of `a` in `b`.
pub fn is_subset(cx: &mut Ctx, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for s in a.live() {
        if !b.contains_hashed(cx, s.key, s.hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's frozenset hash (order independent).
pub fn hash_frozenset(t: &SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut h: u64 = 0;
    for s in t.slots.iter().filter(|s| s.is_live()) {
        h ^= shuffle(s.hash as u64);
    }
    h ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    h as i64
}
