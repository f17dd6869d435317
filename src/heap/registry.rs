//! The set of GC objects and their memory: the collector's own pages.
//!
//! A small object (up to `SMALL_MAX` bytes) is a block of a 64 KiB page whose
//! blocks all have one size (its size class's). Each class
//! keeps a free list, so an allocation is a pop inlined at its site; the
//! sweep walks every page block by block, reading the mark in the header,
//! and rebuilds the free lists (no per-object list, no per-block callback, no
//! call to free a block: a dead str costs 11 instructions). Pages left
//! without survivors beyond what the next cycle will use go back to
//! mimalloc. A larger object is a block of its own from mimalloc, listed in `large`.
//!
//! (Before: every object was a block of a dedicated mimalloc heap, swept by
//! `mi_heap_visit_blocks` with a callback per block and freed by `mi_free`:
//! ~78 instructions per dead str, str_concat 274-291 Ir/iter. Before that,
//! a registry of pointers, 8 bytes per object, was 20 MB of dict_ops's
//! 166 MB peak: here the pages cost nothing per object.)

use super::{objects, ObjHeader};

/// Bytes per page.
const PAGE: usize = 64 << 10;
/// Pages are turned into free blocks an OS page at a time: a page enters the
/// resident set as it fills, not at once.
const OS_PAGE: usize = 4 << 10;
/// The largest object kept in pages.
pub const SMALL_MAX: usize = 512;
/// Block sizes of the size classes: mimalloc's bins (8 bytes apart up to 64,
/// then four per doubling), so the waste and the number of half-filled pages
/// are those of the mimalloc heap this replaced (8-byte classes all the way
/// took binary_trees' peak RSS up ~250 KiB: more partly used pages).
const SIZES: [usize; 19] = [16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512];
const NCLASS: usize = SIZES.len();
/// The class of an object of `8 * w` bytes (2 <= w <= SMALL_MAX / 8): the smallest that holds it.
static CLASS_OF: [u8; SMALL_MAX / 8 + 1] = {
    let mut t = [0u8; SMALL_MAX / 8 + 1];
    let (mut w, mut c) = (0, 0);
    while w <= SMALL_MAX / 8 {
        while SIZES[c] < w * 8 {
            c += 1;
        }
        t[w] = c as u8;
        w += 1;
    }
    t
};
/// The size class of `size` bytes, a multiple of 8 from 16 to 64 (classes 8 apart there).
#[inline(always)]
pub const fn class_upto64(size: usize) -> usize {
    size / 8 - 2
}
const _: () = {
    let mut c = 0;
    while SIZES[c] <= 64 {
        assert!(class_upto64(SIZES[c]) == c);
        c += 1;
    }
};
/// The `kind` of a free block (not a `Kind`) that was never an object or
/// whose object's payload was dropped; its `mark` is 0 and its next free
/// block is at offset 8. (A free block whose object had nothing to drop keeps
/// that object's kind, unmarked: `sweep_page`.)
const FREE: u8 = 63;
const _: () = assert!(FREE > super::Kind::Other as u8);
/// Free blocks and dead objects with nothing to drop, as a bit set of kinds.
const NO_DROP: u64 = objects::NOTHING_TO_DROP | 1 << FREE;
/// No page (`Registry::carving`).
const NO_PAGE: u32 = u32::MAX;

extern "C" {
    fn mi_malloc(size: usize) -> *mut u8;
    fn mi_free(p: *mut u8);
}

/// One page: blocks of `size` bytes from `start`; those below `carved` are
/// objects or free blocks, the rest (up to `end`) untouched.
#[derive(Clone, Copy)]
struct Page {
    start: *mut u8,
    carved: *mut u8,
    end: *mut u8,
    size: usize,
}

pub struct Registry {
    /// Free-list heads by size class (null: empty).
    free: [*mut u8; NCLASS],
    /// The page each class carves fresh blocks from (index into `pages`), or `NO_PAGE`.
    carving: [u32; NCLASS],
    /// Every page in use.
    pages: Vec<Page>,
    /// Objects larger than `SMALL_MAX`.
    large: Vec<*mut ObjHeader>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry {
            free: [std::ptr::null_mut(); NCLASS],
            carving: [NO_PAGE; NCLASS],
            pages: Vec::new(),
            large: Vec::new(),
        }
    }

    /// Memory for one object (uninitialised, 8-aligned), swept by `sweep`
    /// once it is written; aborts when out of memory, as `Box` does.
    ///
    /// # Safety
    /// `size >= 16` and a multiple of 8; the caller writes an object (header
    /// first) into the block before the next sweep.
    #[inline(always)]
    pub unsafe fn alloc(&mut self, size: usize) -> *mut u8 {
        debug_assert!(size >= 16 && size % 8 == 0);
        if size <= SMALL_MAX {
            let p = self.pop(CLASS_OF[size / 8] as usize);
            if !p.is_null() {
                return p;
            }
        }
        self.alloc_slow(size)
    }

    /// A free block of size class `c` (< `NCLASS`; `class_upto64`), taken
    /// off its free list, or null when the list is empty (`alloc` refills
    /// it).
    ///
    /// # Safety
    /// `c < NCLASS`; the caller writes an object into the block before the next sweep.
    #[inline(always)]
    pub unsafe fn pop(&mut self, c: usize) -> *mut u8 {
        debug_assert!(c < NCLASS);
        let p = *self.free.get_unchecked(c);
        if !p.is_null() {
            *self.free.get_unchecked_mut(c) = next(p).read();
        }
        p
    }

    /// `alloc` when the class's free list is empty or the object is large.
    #[cold]
    #[inline(never)]
    unsafe fn alloc_slow(&mut self, size: usize) -> *mut u8 {
        if size > SMALL_MAX {
            let p = mi_malloc(size);
            if p.is_null() {
                out_of_memory(size);
            }
            self.large.push(p as *mut ObjHeader);
            return p;
        }
        let c = CLASS_OF[size / 8] as usize;
        if !self.carve(c) {
            self.new_page(c);
            self.carve(c);
        }
        let p = self.free[c];
        self.free[c] = next(p).read();
        p
    }

    /// Turn class `c`'s carving page's blocks up to the next OS page boundary
    /// into free blocks (its free list is empty); false when it has no page
    /// with untouched room.
    #[inline(always)]
    unsafe fn carve(&mut self, c: usize) -> bool {
        let i = self.carving[c];
        if i == NO_PAGE {
            return false;
        }
        let pg = &mut self.pages[i as usize];
        let size = pg.size;
        let room = (pg.end as usize - pg.carved as usize) / size;
        if room == 0 {
            self.carving[c] = NO_PAGE;
            return false;
        }
        let first = pg.carved;
        let boundary = (first as usize + OS_PAGE) & !(OS_PAGE - 1);
        let n = room.min((boundary - first as usize).div_ceil(size));
        let mut b = first;
        for _ in 1..n {
            set_free(b);
            next(b).write(b.add(size));
            b = b.add(size);
        }
        set_free(b);
        next(b).write(std::ptr::null_mut());
        pg.carved = b.add(size);
        self.free[c] = first;
        true
    }

    /// Give class `c` a fresh page to carve. (Inlined, as `carve`, into
    /// `alloc_slow`: one out-of-line function for the executable's layout.)
    #[inline(always)]
    unsafe fn new_page(&mut self, c: usize) {
        let start = mi_malloc(PAGE);
        if start.is_null() {
            out_of_memory(PAGE);
        }
        let size = SIZES[c];
        let end = start.add(PAGE / size * size);
        self.carving[c] = self.pages.len() as u32;
        self.pages.push(Page { start, carved: start, end, size });
    }

    /// Free every unmarked object and clear the marks of the others.
    /// Returns the number of survivors. Outside a collection no object is
    /// marked: this frees them all. Pages left empty stay (their blocks on
    /// the free lists) for up to `reuse` bytes, about what the program
    /// allocates before the next collection: they need no carving again
    /// (str_concat: 4.6 Ir/iter). The others go back to mimalloc, which
    /// reuses them for any block and returns them to the OS when unused.
    ///
    /// # Safety
    /// Every block handed out by `alloc` holds an initialised object.
    pub unsafe fn sweep(&mut self, reuse: usize) -> usize {
        self.free = [std::ptr::null_mut(); NCLASS];
        self.carving = [NO_PAGE; NCLASS];
        let mut live = 0;
        let mut kept = 0;
        let mut reused = 0;
        for i in 0..self.pages.len() {
            let pg = self.pages[i];
            let c = CLASS_OF[pg.size / 8] as usize;
            let (n, head) = sweep_page(&pg, self.free[c]);
            if n == 0 {
                if reused >= reuse {
                    mi_free(pg.start);
                    continue;
                }
                reused += pg.carved as usize - pg.start as usize;
            }
            live += n;
            self.free[c] = head;
            if pg.carved < pg.end {
                // At most one page per class has untouched room: the one it carved last.
                self.carving[c] = kept as u32;
            }
            self.pages[kept] = pg;
            kept += 1;
        }
        self.pages.truncate(kept);
        self.large.retain(|&h| {
            if (*h).mark {
                (*h).mark = false;
                live += 1;
                true
            } else {
                objects::drop_object(h);
                mi_free(h as *mut u8);
                false
            }
        });
        live
    }

}

/// Make the block at `b` a free one (kind `FREE`, mark 0).
#[inline(always)]
unsafe fn set_free(b: *mut u8) {
    (b as *mut u16).write(FREE as u16)
}

/// Where a free block keeps the next one.
#[inline(always)]
unsafe fn next(b: *mut u8) -> *mut *mut u8 {
    b.add(8) as *mut *mut u8
}

/// Sweep one page: clear the survivors' marks, drop the dead, and chain every
/// free block (in address order) in front of `rest`. Returns the number of
/// survivors and the chain's head.
///
/// Out of line: the loop gets the registers to itself (its constants stay in
/// registers; a dead block with nothing to drop costs 11 instructions).
///
/// # Safety
/// Every block below `pg.carved` is an initialised object or a free block.
#[inline(never)]
unsafe fn sweep_page(pg: &Page, rest: *mut u8) -> (usize, *mut u8) {
    let mut live = 0;
    let mut head = rest;
    let mut link: *mut *mut u8 = &mut head;
    let mut b = pg.start;
    while b < pg.carved {
        // The kind and the mark in one load (a marked object reads >= 0x100).
        let kind_mark = (b as *const u16).read();
        if kind_mark > 0xff {
            (*(b as *mut ObjHeader)).mark = false;
            live += 1;
            b = b.add(pg.size);
            continue;
        }
        // Kinds are < 64 (`FREE` is the largest). A dead object with nothing
        // to drop keeps its kind and its mark 0 (one store less: a later
        // sweep finds it dead again, and again has nothing to drop).
        if NO_DROP >> (kind_mark & 63) & 1 == 0 {
            drop_dead(b);
        }
        *link = b;
        link = next(b);
        b = b.add(pg.size);
    }
    *link = rest;
    (live, head)
}

/// Drop a dead object's payload and make its block a free one (so that the
/// next sweep does not drop it again).
///
/// # Safety
/// `b` is an unreachable object with something to drop; called once.
#[inline(never)]
unsafe fn drop_dead(b: *mut u8) {
    objects::drop_payload(b as *mut ObjHeader);
    set_free(b);
}

#[cold]
#[inline(never)]
fn out_of_memory(size: usize) -> ! {
    // SAFETY: align 8 is a power of two; the size is only reported.
    std::alloc::handle_alloc_error(unsafe { std::alloc::Layout::from_size_align_unchecked(size, 8) })
}

impl Drop for Registry {
    fn drop(&mut self) {
        // SAFETY: `Heap::drop` swept every object (dropped them all); what is
        // left is memory nobody uses any more.
        unsafe {
            for pg in &self.pages {
                mi_free(pg.start);
            }
            for &h in &self.large {
                mi_free(h as *mut u8);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::heap::{FloatObj, Heap, Kind, ObjHeader};
    use crate::value::Value;

    fn float(heap: &mut Heap, v: f64) -> *mut FloatObj {
        heap.alloc(FloatObj { h: ObjHeader::new(std::ptr::null_mut(), Kind::Float), v })
    }

    /// The sweep keeps exactly the marked objects (over many pages, of
    /// several sizes, small and large), clears their marks, frees the rest,
    /// and allocation continues after it; an unmarked sweep frees everything.
    #[test]
    fn sweep_keeps_marked() {
        for (n, every) in [(0, 1), (1, 1), (5, 0), (5000, 1), (20000, 2), (20001, 3), (70000, 7), (3000, 0)] {
            let mut heap = Heap::default();
            let objs: Vec<*mut FloatObj> = (0..n).map(|i| float(&mut heap, i as f64 + 0.5)).collect();
            let strs: Vec<Value> =
                (0..n / 10).map(|i| Value::from_ptr(heap.alloc_str(std::ptr::null_mut(), &"x".repeat(i % 700), i % 700))).collect();
            let kept: Vec<*mut FloatObj> = objs.iter().enumerate().filter(|(i, _)| every != 0 && i % every == 0).map(|(_, &p)| p).collect();
            for &p in &kept {
                heap.mark(Value::from_ptr(p));
            }
            for &s in strs.iter().step_by(2) {
                heap.mark(s);
            }
            heap.sweep();
            let want = kept.len() + strs.len().div_ceil(2);
            assert_eq!(heap.objects.count(), want, "n={n} every={every}");
            for &p in &kept {
                // SAFETY: a survivor is still allocated.
                unsafe {
                    assert!(!(*p).h.mark);
                    assert_eq!((*p).v.fract(), 0.5);
                }
            }
            for (i, &s) in strs.iter().enumerate().step_by(2) {
                assert_eq!(s.obj::<crate::heap::StrObj>().as_str(), "x".repeat(i % 700));
            }
            // Freed blocks are reused, and new objects are distinct from the survivors.
            let fresh: Vec<*mut FloatObj> = (0..n).map(|i| float(&mut heap, i as f64 + 0.25)).collect();
            assert_eq!(heap.objects.count(), want + n);
            for &p in &kept {
                // SAFETY: survivors are still allocated and were not handed out again.
                assert_eq!(unsafe { (*p).v.fract() }, 0.5);
            }
            for &p in &fresh {
                // SAFETY: just allocated.
                assert_eq!(unsafe { (*p).v.fract() }, 0.25);
            }
            // Nothing marked: the next sweep frees everything.
            heap.sweep();
            assert_eq!(heap.objects.count(), 0);
            // SAFETY: nothing is marked: every object is freed, every page too.
            unsafe { heap.objects.sweep(0) };
            assert!(heap.objects.pages.is_empty());
        }
    }

    impl super::Registry {
        /// Number of objects in the heap (counted without disturbing it): the
        /// blocks carved less those on the free lists (a dead object may keep its kind).
        fn count(&self) -> usize {
            let mut n = self.large.len();
            for pg in &self.pages {
                n += (pg.carved as usize - pg.start as usize) / pg.size;
            }
            for &head in &self.free {
                let mut b = head;
                while !b.is_null() {
                    n -= 1;
                    // SAFETY: a free block keeps the next one at offset 8.
                    b = unsafe { super::next(b).read() };
                }
            }
            n
        }
    }
}
