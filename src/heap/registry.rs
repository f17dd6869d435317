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
