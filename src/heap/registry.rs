//! The GC registry: a pointer to every heap object, in fixed-size chunks.
//!
//! A doubling `Vec` copied the whole registry at each growth and kept up to
//! twice the object count in capacity after a collection shrank it: on
//! dict_ops (2.76M registered objects at the last collection) that was a
//! 33.5 MB buffer of the 217 MB peak. Chunks never move, and the sweep frees
//! those it empties, so the registry stays within one chunk of 8 bytes per object.

use super::{objects, raw_alloc, raw_free, ObjHeader};

/// Objects per chunk (a 128 KiB block; pages are touched as slots fill).
const CHUNK: usize = 1 << 14;

type Slot = *mut ObjHeader;

pub struct Registry {
    /// Every chunk holds `CHUNK` slots; all but the last are full.
    chunks: Vec<*mut Slot>,
    /// Next free slot of the last chunk, and that chunk's end (both null
    /// while there is no chunk).
    next: *mut Slot,
    end: *mut Slot,
}

impl Registry {
    pub const fn new() -> Registry {
        Registry { chunks: Vec::new(), next: std::ptr::null_mut(), end: std::ptr::null_mut() }
    }

    /// Register an object.
    #[inline(always)]
    pub fn push(&mut self, h: Slot) {
        if self.next == self.end {
            self.add_chunk();
        }
        // SAFETY: next < end: a free slot in the last chunk.
        unsafe {
            self.next.write(h);
            self.next = self.next.add(1);
        }
    }

    #[cold]
    #[inline(never)]
    fn add_chunk(&mut self) {
        // SAFETY: CHUNK * 8 >= 16 bytes; slots are written before they are read.
        let c = unsafe { raw_alloc(CHUNK * std::mem::size_of::<Slot>()) } as *mut Slot;
        self.chunks.push(c);
        self.next = c;
        // SAFETY: one past the chunk's last slot.
        self.end = unsafe { c.add(CHUNK) };
    }

    /// Free every unmarked object and clear the marks of the others, which
    /// move down to the front (in order); free the chunks left empty.
    /// Returns the number of survivors. Outside a collection no object is
    /// marked: this frees them all.
    ///
    /// # Safety
    /// Every registered pointer is a live object.
    pub unsafe fn sweep(&mut self) -> usize {
        let nchunks = self.chunks.len();
        if nchunks == 0 {
            return 0;
        }
        // Write cursor: slot `w` of chunk `wc`, which ends at `wend`. It
        // trails the read cursor, so it only overwrites slots already read.
        let (mut wc, mut w) = (0, self.chunks[0]);
        let mut wend = w.add(CHUNK);
        let mut live = 0;
        for ci in 0..nchunks {
            let mut r = self.chunks[ci];
            let rend = if ci + 1 == nchunks { self.next } else { r.add(CHUNK) };
            while r < rend {
                let h = *r;
                r = r.add(1);
                if (*h).mark {
                    (*h).mark = false;
                    if w == wend {
                        wc += 1;
                        w = self.chunks[wc];
                        wend = w.add(CHUNK);
                    }
                    w.write(h);
                    w = w.add(1);
                    live += 1;
                } else {
                    objects::free_object(h);
                }
            }
        }
        for &c in &self.chunks[wc + 1..] {
            raw_free(c as *mut u8);
        }
        self.chunks.truncate(wc + 1);
        self.next = w;
        self.end = wend;
        live
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        for &c in &self.chunks {
            // SAFETY: each chunk came from `raw_alloc` and is freed once.
            unsafe { raw_free(c as *mut u8) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Slot, CHUNK};
    use crate::heap::{FloatObj, Heap, Kind, ObjHeader};
    use crate::value::Value;

    impl super::Registry {
        /// The registered objects, in order.
        fn to_vec(&self) -> Vec<Slot> {
            let mut out = Vec::new();
            for (ci, &c) in self.chunks.iter().enumerate() {
                // SAFETY: `next` points into (or one past) the last chunk.
                let used = if ci + 1 == self.chunks.len() { unsafe { self.next.offset_from(c) as usize } } else { CHUNK };
                // SAFETY: all chunks but the last are full; the last is filled up to `next`.
                out.extend((0..used).map(|k| unsafe { *c.add(k) }));
            }
            out
        }
    }

    fn float(heap: &mut Heap, v: f64) -> Slot {
        heap.alloc(FloatObj { h: ObjHeader::new(std::ptr::null_mut(), Kind::Float), v }) as Slot
    }

    /// The sweep keeps exactly the marked objects, in allocation order, over
    /// several chunks (survivors ending mid-chunk and exactly at a chunk's end),
    /// clears their marks, and registration continues after the survivors.
    #[test]
    fn sweep_keeps_marked_in_order() {
        for (n, every) in [(0, 1), (1, 1), (5, 0), (CHUNK, 1), (2 * CHUNK, 2), (2 * CHUNK + 1, 1), (3 * CHUNK + 5, 3), (CHUNK + 7, 0)] {
            let mut heap = Heap::default();
            let objs: Vec<Slot> = (0..n).map(|i| float(&mut heap, i as f64 + 0.5)).collect();
            assert_eq!(heap.objects.to_vec(), objs);
            let kept: Vec<Slot> = objs.iter().enumerate().filter(|(i, _)| every != 0 && i % every == 0).map(|(_, &p)| p).collect();
            for &p in &kept {
                heap.mark(Value::from_ptr(p));
            }
            heap.sweep();
            assert_eq!(heap.objects.to_vec(), kept, "n={n} every={every}");
            for &p in &kept {
                // SAFETY: a survivor is still allocated.
                unsafe {
                    assert!(!(*p).mark);
                    assert_eq!((*(p as *mut FloatObj)).v.fract(), 0.5);
                }
            }
            let extra = float(&mut heap, 1.5);
            let mut want = kept.clone();
            want.push(extra);
            assert_eq!(heap.objects.to_vec(), want);
            // Nothing marked: the next sweep frees everything.
            heap.sweep();
            assert_eq!(heap.objects.to_vec(), Vec::<Slot>::new());
        }
    }
}
