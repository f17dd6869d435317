//! The set of GC objects: every heap object is a block of one dedicated
//! mimalloc heap (`mi_heap_new`), so the sweep finds them all by walking that
//! heap's pages (`mi_heap_visit_blocks`) and no per-object list is kept.
//! (A registry of pointers, 8 bytes per object, was 20 MB of dict_ops's
//! 166 MB peak.) Nothing else is allocated from that heap: its blocks are
//! exactly the live and garbage objects.

use super::{objects, ObjHeader};
use std::ffi::c_void;

type Slot = *mut ObjHeader;

/// mimalloc's `mi_heap_t` (opaque).
#[repr(C)]
struct MiHeap {
    _opaque: [u8; 0],
}

/// mimalloc's `mi_heap_area_t` (only passed through).
#[repr(C)]
struct MiHeapArea {
    _opaque: [u8; 0],
}

type BlockVisitor = extern "C" fn(*const MiHeap, *const MiHeapArea, *mut c_void, usize, *mut c_void) -> bool;

extern "C" {
    fn mi_heap_new() -> *mut MiHeap;
    fn mi_heap_delete(heap: *mut MiHeap);
    fn mi_heap_malloc(heap: *mut MiHeap, size: usize) -> *mut u8;
    fn mi_heap_visit_blocks(heap: *mut MiHeap, visit_blocks: bool, visitor: BlockVisitor, arg: *mut c_void) -> bool;
}

pub struct Registry {
    heap: *mut MiHeap,
    /// The sweep's garbage on the page being visited, freed once the visit
    /// has moved on to the next page (freeing a page's blocks during its own
    /// visit may free the page under the visitor). Empty between sweeps.
    pending: Vec<Slot>,
    /// Survivors counted by the sweep in progress.
    live: usize,
}

impl Registry {
    pub fn new() -> Registry {
        // SAFETY: creates an empty heap; it is deleted by `Drop`.
        let heap = unsafe { mi_heap_new() };
        if heap.is_null() {
            out_of_memory(0);
        }
        Registry { heap, pending: Vec::new(), live: 0 }
    }

    /// Memory for one object (uninitialised, 8-aligned), swept by `sweep`
    /// once it is written; aborts when out of memory, as `Box` does.
    /// Freed only by `super::raw_free` (here or in `objects::free_object`).
    ///
    /// # Safety
    /// `size >= 16`; the caller writes an object (header first) into the
    /// block before the next sweep.
    #[inline(always)]
    pub unsafe fn alloc(&mut self, size: usize) -> *mut u8 {
        let p = mi_heap_malloc(self.heap, size);
        if p.is_null() {
            out_of_memory(size);
        }
        p
    }

    /// Free every unmarked object and clear the marks of the others.
    /// Returns the number of survivors. Outside a collection no object is
    /// marked: this frees them all.
    ///
    /// # Safety
    /// Every block of the heap is an initialised object.
    pub unsafe fn sweep(&mut self) -> usize {
        self.live = 0;
        mi_heap_visit_blocks(self.heap, true, visit, self as *mut Registry as *mut c_void);
        self.free_pending();
        self.live
    }

    /// Free the garbage gathered on the page visited last.
    #[inline(always)]
    unsafe fn free_pending(&mut self) {
        for &h in &self.pending {
            objects::free_object(h);
        }
        self.pending.clear();
    }
}

/// The sweep's visitor: called with a null block when the visit reaches a
/// new page, then with each allocated block of that page.
extern "C" fn visit(_: *const MiHeap, _: *const MiHeapArea, block: *mut c_void, _: usize, arg: *mut c_void) -> bool {
    // SAFETY: `arg` is the `Registry` running `sweep` (no other reference to
    // it is used meanwhile); every block is an object (`Registry::sweep`);
    // the pending garbage belongs to pages already visited.
    unsafe {
        let r = &mut *(arg as *mut Registry);
        let h = block as Slot;
        if h.is_null() {
            r.free_pending();
        } else if (*h).mark {
            (*h).mark = false;
            r.live += 1;
        } else {
            r.pending.push(h);
        }
    }
    true
}

#[cold]
#[inline(never)]
fn out_of_memory(size: usize) -> ! {
    // SAFETY: align 8 is a power of two; the size is only reported.
    std::alloc::handle_alloc_error(unsafe { std::alloc::Layout::from_size_align_unchecked(size, 8) })
}

impl Drop for Registry {
    fn drop(&mut self) {
        // SAFETY: the heap is empty (`Heap::drop` swept it) or holds only
        // blocks nobody uses any more; deleting it hands them to the main heap.
        unsafe { mi_heap_delete(self.heap) };
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
    /// several sizes), clears their marks, frees the rest, and allocation
    /// continues after it; an unmarked sweep frees everything.
    #[test]
    fn sweep_keeps_marked() {
        for (n, every) in [(0, 1), (1, 1), (5, 0), (5000, 1), (20000, 2), (20001, 3), (70000, 7), (3000, 0)] {
            let mut heap = Heap::default();
            let objs: Vec<*mut FloatObj> = (0..n).map(|i| float(&mut heap, i as f64 + 0.5)).collect();
            let strs: Vec<Value> =
                (0..n / 10).map(|i| Value::from_ptr(heap.alloc_str(std::ptr::null_mut(), &"x".repeat(i % 300), i % 300))).collect();
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
                assert_eq!(s.obj::<crate::heap::StrObj>().as_str(), "x".repeat(i % 300));
            }
            float(&mut heap, 1.5);
            assert_eq!(heap.objects.count(), want + 1);
            // Nothing marked: the next sweep frees everything.
            heap.sweep();
            assert_eq!(heap.objects.count(), 0);
        }
    }

    impl super::Registry {
        /// Number of objects in the heap (a sweep that marks them all).
        fn count(&mut self) -> usize {
            extern "C" fn mark(
                _: *const super::MiHeap,
                _: *const super::MiHeapArea,
                block: *mut std::ffi::c_void,
                _: usize,
                arg: *mut std::ffi::c_void,
            ) -> bool {
                if !block.is_null() {
                    // SAFETY: every block is an object; `arg` is a usize counter.
                    unsafe {
                        (*(block as *mut ObjHeader)).mark = true;
                        *(arg as *mut usize) += 1;
                    }
                }
                true
            }
            let mut n = 0usize;
            // SAFETY: only marks the objects; the sweep below clears the marks.
            unsafe {
                super::mi_heap_visit_blocks(self.heap, true, mark, &mut n as *mut usize as *mut std::ffi::c_void);
                assert_eq!(self.sweep(), n);
            }
            n
        }
    }
}
