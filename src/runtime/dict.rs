//! Python dict/set table: compact and insertion-ordered like CPython's dict.
//!
//! `entries` holds (key, value) in insertion order; a deleted entry has
//! `key == UNBOUND` (a tombstone, compacted on the next resize). While every
//! key is an exact str, a key's hash is the one cached in the str (CPython
//! 3.11's unicode-keys table does the same), so an entry is 16 bytes; once a
//! table holds another key, `hashes` keeps every entry's hash beside it. `indices` is
//! an open-addressing table of entry indices (`EMPTY`/`DUMMY` markers),
//! probed with CPython's perturbation scheme. Tables of up to `SMALL` entries
//! have no index table: lookups scan the entries (cheaper for instance dicts
//! and kwargs). Keys hash/compare with Python rules (`runtime::hash`/`eq`),
//! which may run user code, so the API takes `cx`; str keys take a fast path
//! (pointer equality for interned strs, cached hashes).
//!
//! Positions handed to iterators are entry indices (stable under value
//! updates and deletions; iterators detect size changes themselves).
use super::*;
use crate::heap::{Heap, Trace};

/// Index slots (u32, CPython's 4-byte index width): the entry index in the
/// bits under the table's mask and the high bits of the key's hash above
/// them, so probing skips most non-matching entries without touching the
/// entries array (a cache miss per probe otherwise). Entry indices stay below
/// 2/3 of the table size, so no slot equals EMPTY or DUMMY (low bits
/// mask / mask - 1); tables stay below 2^32 slots (that needs > 2.8G entries).
const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[inline(always)]
fn hash_hi(h: i64) -> u32 {
    ((h as u64) >> 32) as u32
}
#[inline(always)]
fn slot_of(h: i64, ix: usize, mask: usize) -> u32 {
    (hash_hi(h) & !(mask as u32)) | ix as u32
}
/// The slot's hash bits agree with `h` (the slot is not EMPTY/DUMMY).
#[inline(always)]
fn slot_tag_eq(slot: u32, h: i64, mask: usize) -> bool {
    (slot ^ hash_hi(h)) & !(mask as u32) == 0
}
#[inline(always)]
fn slot_ix(slot: u32, mask: usize) -> usize {
    (slot & mask as u32) as usize
}
const SMALL: usize = 16;

#[derive(Clone, Copy)]
pub struct Entry {
    /// UNBOUND = deleted.
    pub key: Value,
    pub value: Value,
}
static_assertions::assert_eq_size!(Entry, [u64; 2]);

/// A live entry with its key's hash (what `entries_live` yields, for copying
/// between tables without hashing again).
#[derive(Clone, Copy)]
pub struct Hashed {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    pub entries: Vec<Entry>,
    /// Empty while `entries.len() <= SMALL`.
    pub indices: Vec<u32>,
    /// Live entries.
    pub len: usize,
    /// Bumped whenever a key is added or removed or entries move (inline
    /// caches that remember "absent" or an entry index check it; value
    /// updates leave it alone).
    pub keys_version: u64,
    /// Some key is not an exact str (a str subclass, a user object with its
    /// own `__eq__`/`__hash__`): str lookups may then not stop at the
    /// str-only probe, and `hashes` is in use. Cleared only when the table is emptied.
    pub has_non_str: bool,
    /// The hash of each entry (parallel to `entries`) while `has_non_str`;
    /// empty otherwise (a str key's hash is cached in the str).
    hashes: Vec<i64>,
}

impl Trace for DictTable {
    fn trace(&self, m: &mut Heap) {
        for e in &self.entries {
            m.mark(e.key);
            m.mark(e.value);
        }
    }
}

/// Equality used by lookups: identity, then str bytes, then Python `==`.
#[inline]
fn key_eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_kind(Kind::Str) && b.is_kind(Kind::Str) {
        return Ok(a.obj::<StrObj>().text_eq(b.obj::<StrObj>()));
    }
    if Value::both_int(a, b) {
        return Ok(false);
    }
    ops::eq(cx, a, b)
}

/// str key equality without running Python code (always inline: the
/// small-dict scan calls it per entry).
#[inline(always)]
fn str_key_eq(a: Value, b: Value) -> bool {
    a == b || (a.is_kind(Kind::Str) && b.is_kind(Kind::Str) && a.obj::<StrObj>().text_eq(b.obj::<StrObj>()))
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable { entries: Vec::with_capacity(n), ..DictTable::default() };
        if n > SMALL {
            t.indices = vec![EMPTY; index_size(n)];
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Hash of the key of entry `ix` (a tombstone's is meaningless).
    #[inline(always)]
    fn hash_at(&self, ix: usize) -> i64 {
        if self.has_non_str {
            self.hashes[ix]
        } else {
            str_hash(self.entries[ix].key)
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry index of `key` (with hash `h`), or None.
    fn find(&self, cx: &mut Ctx, key: Value, h: i64) -> PyResult<Option<usize>> {
        if self.indices.is_empty() {
            let mut i = 0;
            // Re-read through `self` each step: `key_eq` may run Python code.
            while i < self.entries.len() {
                let e = self.entries[i];
                if !e.key.is_unbound() && self.hash_at(i) == h && key_eq(cx, e.key, key)? {
                    return Ok(Some(i));
                }
                i += 1;
            }
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        loop {
            let slot = self.indices[i];
            if slot == EMPTY {
                return Ok(None);
            }
            if slot != DUMMY && slot_tag_eq(slot, h, mask) {
                let ix = slot_ix(slot, mask);
                let e = self.entries[ix];
                if self.hash_at(ix) == h && key_eq(cx, e.key, key)? {
                    return Ok(Some(ix));
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            if self.indices.len() - 1 != mask {
                // Resized by user code during comparison: start over.
                return self.find(cx, key, h);
            }
        }
    }

    /// Lookup by str key without running Python code (attribute dicts, globals).
    #[inline]
    pub fn get_str(&self, key: Value) -> Option<Value> {
        self.find_str(key, str_hash(key)).map(|ix| self.entries[ix].value)
    }

    /// (slot, entry index) of a str key.
    fn find_str_slot(&self, key: Value, h: i64) -> Option<(usize, usize)> {
        let mask = self.indices.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        loop {
            let slot = self.indices[i];
            if slot == EMPTY {
                return None;
            }
            if slot != DUMMY && slot_tag_eq(slot, h, mask) {
                let ix = slot_ix(slot, mask);
                // Two exact strs: `text_eq` compares their cached hashes.
                if str_key_eq(self.entries[ix].key, key) {
                    return Some((i, ix));
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Lookup by Rust string (builds no Python object).
    pub fn get_by_text(&self, name: &str) -> Option<Value> {
        for e in &self.entries {
            if !e.key.is_unbound() {
                if let Some(s) = str_of(e.key) {
                    if s == name {
                        return Some(e.value);
                    }
                }
            }
        }
        None
    }

    pub fn get(&self, cx: &mut Ctx, key: Value) -> PyResult<Option<Value>> {
        if key.is_kind(Kind::Str) && !self.has_non_str {
            return Ok(self.get_str(key));
        }
        let h = ops::hash(cx, key)?;
        Ok(self.find(cx, key, h)?.map(|i| self.entries[i].value))
    }

    pub fn get_hashed(&self, cx: &mut Ctx, key: Value, h: i64) -> PyResult<Option<Value>> {
        Ok(self.find(cx, key, h)?.map(|i| self.entries[i].value))
    }

    pub fn contains(&self, cx: &mut Ctx, key: Value) -> PyResult<bool> {
        Ok(self.get(cx, key)?.is_some())
    }

    /// Insert or update.
    pub fn set(&mut self, cx: &mut Ctx, key: Value, value: Value) -> PyResult<()> {
        let h = ops::hash(cx, key)?;
        self.set_hashed(cx, key, h, value)
    }

    pub fn set_hashed(&mut self, cx: &mut Ctx, key: Value, h: i64, value: Value) -> PyResult<()> {
        let found = if key.is_kind(Kind::Str) && !self.has_non_str { self.find_str(key, h) } else { self.find(cx, key, h)? };
        match found {
            Some(i) => self.entries[i].value = value,
            None => self.push_new(key, h, value),
        }
        Ok(())
    }

    /// Insert or update a str key (never runs Python code).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let h = str_hash(key);
        match self.find_str(key, h) {
            Some(i) => self.entries[i].value = value,
            None => self.push_new(key, h, value),
        }
    }

    /// Value slot of entry `ix` if its key is this very object `key` (a
    /// pointer compare: an inline cache's guess, e.g. the entry index a
    /// subscript site found last time; constant keys are interned, so
    /// `d["k"]` meets its own key object). Calls nothing, so a handler runs
    /// it inline without saving registers.
    #[inline(always)]
    pub fn value_at_if_key(&mut self, ix: usize, key: Value) -> Option<&mut Value> {
        let e = self.entries.get_mut(ix)?;
        if e.key == key {
            Some(&mut e.value)
        } else {
            None
        }
    }

    /// Entry index of a str key without running Python code (what `get_str`
    /// finds; pointer compare first).
    #[inline]
    pub fn str_index(&self, key: Value) -> Option<usize> {
        self.find_str(key, str_hash(key))
    }

    /// Entry index of a str key without running Python code.
    #[inline(always)]
    fn find_str(&self, key: Value, h: i64) -> Option<usize> {
        let ix = if self.indices.is_empty() {
            self.entries.iter().position(|e| str_key_eq(e.key, key))
        } else {
            self.find_str_slot(key, h).map(|(_, ix)| ix)
        };
        if ix.is_none() && (self.has_non_str || !key.is_kind(Kind::Str)) {
            return self.find_str_subclass(key, h);
        }
        ix
    }

    /// A str key missed in a table holding non-str keys (or the key is a str
    /// subclass instance): match by text. Callers of the str-only lookups (attributes, globals,
    /// modules) cannot run Python code, so a user `__eq__` is not consulted
    /// here; `get`/`set`/`remove` with a context use the general `find`.
    #[cold]
    #[inline(never)]
    fn find_str_subclass(&self, key: Value, h: i64) -> Option<usize> {
        let text = str_of(key)?;
        (0..self.entries.len()).find(|&ix| {
            let k = self.entries[ix].key;
            !k.is_unbound() && self.hash_at(ix) == h && str_of(k) == Some(text)
        })
    }

    /// Append a key known to be absent.
    fn push_new(&mut self, key: Value, h: i64, value: Value) {
        self.keys_version = self.keys_version.wrapping_add(1);
        if !self.has_non_str && !key.is_kind(Kind::Str) {
            self.keep_hashes();
        }
        if self.indices.is_empty() {
            if self.entries.len() < SMALL {
                self.entries.push(Entry { key, value });
                if self.has_non_str {
                    self.hashes.push(h);
                }
                self.len += 1;
                return;
            }
            self.rebuild(self.len + 1);
        } else if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild(self.len + 1);
        }
        let ix = self.entries.len();
        crate::heap::push_big(&mut self.entries, Entry { key, value });
        if self.has_non_str {
            crate::heap::push_big(&mut self.hashes, h);
        }
        self.len += 1;
        if !self.indices.is_empty() {
            self.insert_index(h, ix);
        }
    }

    /// The first key that is not an exact str: from now on every entry's
    /// hash is kept in `hashes` (the strs' cached hashes copied for the
    /// entries so far).
    #[cold]
    #[inline(never)]
    fn keep_hashes(&mut self) {
        self.hashes = self.entries.iter().map(|e| str_hash(e.key)).collect();
        self.has_non_str = true;
    }

    fn insert_index(&mut self, h: i64, ix: usize) {
        let mask = self.indices.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices[i] = slot_of(h, ix, mask);
    }

    /// Compact the entries and rebuild the index table for `want` live entries.
    fn rebuild(&mut self, want: usize) {
        self.keys_version = self.keys_version.wrapping_add(1);
        if self.entries.len() != self.len {
            if self.has_non_str {
                let mut keep = self.entries.iter().map(|e| !e.key.is_unbound());
                self.hashes.retain(|_| keep.next() == Some(true));
            }
            self.entries.retain(|e| !e.key.is_unbound());
        }
        if want <= SMALL {
            self.indices.clear();
            return;
        }
        let size = index_size(want);
        if size * std::mem::size_of::<u32>() >= crate::heap::BIG_BYTES {
            // Free the old table first and hand its pages back at once.
            self.indices = Vec::new();
            crate::heap::release_freed();
        } else {
            self.indices.clear();
        }
        self.indices.resize(size, EMPTY);
        for ix in 0..self.entries.len() {
            let h = self.hash_at(ix);
            self.insert_index(h, ix);
        }
    }

    /// Remove `key`; returns its value.
    pub fn remove(&mut self, cx: &mut Ctx, key: Value) -> PyResult<Option<Value>> {
        let h = ops::hash(cx, key)?;
        let Some(ix) = self.find(cx, key, h)? else { return Ok(None) };
        Ok(Some(self.remove_at(ix)))
    }

    /// Remove a str key (no Python code).
    pub fn remove_str(&mut self, key: Value) -> Option<Value> {
        let h = str_hash(key);
        let ix = self.find_str(key, h)?;
        Some(self.remove_at(ix))
    }

    fn remove_at(&mut self, ix: usize) -> Value {
        self.keys_version = self.keys_version.wrapping_add(1);
        let e = self.entries[ix];
        if !self.indices.is_empty() {
            let h = self.hash_at(ix);
            let mask = self.indices.len() - 1;
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            let want = slot_of(h, ix, mask);
            while self.indices[i] != want {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = DUMMY;
            self.entries[ix].key = Value::UNBOUND;
            self.entries[ix].value = Value::UNBOUND;
        } else {
            self.entries.remove(ix);
            if self.has_non_str {
                self.hashes.remove(ix);
            }
        }
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        e.value
    }

    /// Remove and return the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_unbound())?;
        let k = self.entries[ix].key;
        let v = self.remove_at(ix);
        // Drop trailing tombstones so repeated popitem stays O(1).
        while self.entries.last().map_or(false, |e| e.key.is_unbound()) && self.indices.is_empty() {
            self.entries.pop();
            self.hashes.pop();
        }
        Some((k, v))
    }

    /// Remove and return the first entry (`set.pop`).
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().position(|e| !e.key.is_unbound())?;
        let k = self.entries[ix].key;
        let v = self.remove_at(ix);
        Some((k, v))
    }

    pub fn clear(&mut self) {
        self.keys_version = self.keys_version.wrapping_add(1);
        self.entries.clear();
        self.indices.clear();
        self.hashes.clear();
        self.len = 0;
        self.has_non_str = false;
    }

    /// Next live entry at or after `*pos`; advances `*pos` past it.
    #[inline]
    pub fn next_entry(&self, pos: &mut usize) -> Option<(Value, Value)> {
        while *pos < self.entries.len() {
            let e = &self.entries[*pos];
            *pos += 1;
            if !e.key.is_unbound() {
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// Live (key, value) pairs (a snapshot iterator over the current entries).
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries.iter().filter(|e| !e.key.is_unbound()).map(|e| (e.key, e.value))
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v).collect()
    }
    /// (hash, key, value) of live entries.
    pub fn entries_live(&self) -> impl Iterator<Item = Hashed> + '_ {
        (0..self.entries.len()).filter_map(|ix| {
            let Entry { key, value } = self.entries[ix];
            (!key.is_unbound()).then(|| Hashed { hash: self.hash_at(ix), key, value })
        })
    }

    /// Copy of the table (same keys/values; no Python code runs).
    pub fn copy(&self) -> DictTable {
        let mut t = DictTable::with_capacity(self.len);
        for e in self.entries_live() {
            t.push_new(e.key, e.hash, e.value);
        }
        t
    }

    /// Insert an entry whose hash is known (copying between tables).
    pub fn insert_entry(&mut self, cx: &mut Ctx, e: &Hashed) -> PyResult<()> {
        self.set_hashed(cx, e.key, e.hash, e.value)
    }
}

fn index_size(n: usize) -> usize {
    (n * 3 / 2 + 1).next_power_of_two().max(16)
}

/// Hash of a str value (cached in the object). Caller guarantees a str.
#[inline]
pub fn str_hash(key: Value) -> i64 {
    let Some(s) = str_obj(key) else { return 0 };
    if s.hash != -1 {
        return s.hash;
    }
    let h = hash_bytes(s.as_str().as_bytes());
    s.hash = h;
    h
}

/// 64-bit hash of bytes (FxHash-style mixing, finalised); never -1.
/// The 1..=7 bytes of `r` as a little-endian word, zero-extended (what copying
/// them into a zeroed `[u8; 8]` gives), from overlapping loads instead of a
/// memcpy call.
#[inline(always)]
fn tail_word(r: &[u8]) -> u64 {
    let n = r.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as u64;
        let hi = u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else {
        r[0] as u64 | (r[n / 2] as u64) << (8 * (n / 2)) | (r[n - 1] as u64) << (8 * (n - 1))
    }
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h.rotate_left(5) ^ tail_word(rest)).wrapping_mul(K);
    }
    // Finaliser (murmur3 fmix64) so low bits depend on every byte.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
