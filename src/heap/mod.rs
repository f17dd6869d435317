//! Heap objects and the mark & sweep collector (DESIGN §4).
//!
//! Every heap object is a `#[repr(C)]` struct whose first field is an
//! [`ObjHeader`]; a `Value` pointer points at that header. `kind` says which
//! Rust struct it is (the layout); `class` is the Python type (null for the
//! static immortal singletons None/True/False/Ellipsis/NotImplemented, absent
//! in a tuple: `runtime::type_of` supplies those).
//!
//! Mutation model: the interpreter is single-threaded per `Ctx`; objects are
//! reached through raw pointers and borrowed `&mut` only for the duration of
//! one operation (never hold two `&mut` to the same object across a call that
//! may run Python code).
//!
//! GC: objects are blocks of `Heap::objects`'s own pages (registry.rs); collection marks from the
//! roots `Ctx::trace_roots` supplies and sweeps the rest. Collection only
//! happens at safepoints (`Ctx::maybe_gc` from back-edges and calls) and never
//! while native code that called back into Python is on the stack
//! (`Heap::no_gc_depth > 0`), so native code may keep `Value`s in Rust locals.

pub mod complex;
pub mod objects;
pub mod registry;

pub use objects::*;

use crate::value::Value;

/// Rust layout of a heap object. Keep in sync with `for_each_kind!` in objects.rs.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    // static immortal singletons
    None,
    Bool,
    Ellipsis,
    NotImplemented,
    // GC objects
    Str,
    BigInt,
    Float,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Native,
    BoundMethod,
    Class,
    Instance,
    Exception,
    Module,
    Cell,
    Code,
    Iter,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    File,
    Bytes,
    Other,
}

/// Header flags.
pub const F_IMMORTAL: u8 = 1;
/// Str: interned.
pub const F_INTERNED: u8 = 2;

/// Every object starts with the 8 bytes kind/mark/flags/aux/aux32; all but
/// tuples follow them with the class pointer. A tuple (always of the exact
/// builtin `tuple` class: subclass instances are `Kind::Instance` with a tuple
/// payload) has no class word (`TupleHeader`): its items start at offset 8,
/// so a pair is 24 bytes. Read `class` through [`ObjHeader::class`] unless the
/// kind is known not to be `Tuple`.
#[repr(C)]
pub struct ObjHeader {
    pub kind: Kind,
    pub mark: bool,
    pub flags: u8,
    /// Free for the object's own use (e.g. Str: 1 = ASCII).
    pub aux: u8,
    pub aux32: u32,
    /// Python class (null for the static singletons; absent in a tuple).
    pub class: *mut ClassObj,
}

static_assertions::assert_eq_size!(ObjHeader, [u64; 2]);

impl ObjHeader {
    pub const fn new(class: *mut ClassObj, kind: Kind) -> ObjHeader {
        ObjHeader { class, kind, mark: false, flags: 0, aux: 0, aux32: 0 }
    }
    /// The Python class, for a header whose kind the caller has not checked
    /// (null: the class is `runtime::type_of`'s, from the kind: a tuple or a
    /// static singleton). The one read of `class` for objects that may be tuples.
    #[inline(always)]
    pub fn class(&self) -> *mut ClassObj {
        if self.kind == Kind::Tuple {
            return std::ptr::null_mut();
        }
        self.class
    }
}

/// A static immortal object (header only).
#[repr(C, align(8))]
pub struct StaticObj(pub ObjHeader);
// SAFETY: statics are never written (marking skips F_IMMORTAL objects).
unsafe impl Sync for StaticObj {}

pub static NONE_OBJ: StaticObj = StaticObj(ObjHeader {
    class: std::ptr::null_mut(),
    kind: Kind::None,
    mark: true,
    flags: F_IMMORTAL,
    aux: 0,
    aux32: 0,
});
pub static TRUE_OBJ: StaticObj = StaticObj(ObjHeader {
    class: std::ptr::null_mut(),
    kind: Kind::Bool,
    mark: true,
    flags: F_IMMORTAL,
    aux: 1,
    aux32: 0,
});
pub static FALSE_OBJ: StaticObj = StaticObj(ObjHeader {
    class: std::ptr::null_mut(),
    kind: Kind::Bool,
    mark: true,
    flags: F_IMMORTAL,
    aux: 0,
    aux32: 0,
});
pub static ELLIPSIS_OBJ: StaticObj = StaticObj(ObjHeader {
    class: std::ptr::null_mut(),
    kind: Kind::Ellipsis,
    mark: true,
    flags: F_IMMORTAL,
    aux: 0,
    aux32: 0,
});
pub static NOTIMPL_OBJ: StaticObj = StaticObj(ObjHeader {
    class: std::ptr::null_mut(),
    kind: Kind::NotImplemented,
    mark: true,
    flags: F_IMMORTAL,
    aux: 0,
    aux32: 0,
});

impl Value {
    #[inline(always)]
    pub fn none() -> Value {
        Value::from_ptr(&NONE_OBJ)
    }
    #[inline(always)]
    pub fn true_() -> Value {
        Value::from_ptr(&TRUE_OBJ)
    }
    #[inline(always)]
    pub fn false_() -> Value {
        Value::from_ptr(&FALSE_OBJ)
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::true_()
        } else {
            Value::false_()
        }
    }
    #[inline(always)]
    pub fn ellipsis() -> Value {
        Value::from_ptr(&ELLIPSIS_OBJ)
    }
    #[inline(always)]
    pub fn not_implemented() -> Value {
        Value::from_ptr(&NOTIMPL_OBJ)
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::none()
    }
    /// True for a (non-null) heap or static object pointer.
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.is_ptr() && !self.is_unbound()
    }
    /// Caller guarantees `is_obj()`.
    #[inline(always)]
    pub fn header(self) -> &'static ObjHeader {
        // SAFETY: caller guarantees a live object pointer; objects outlive any use between safepoints.
        unsafe { &*self.as_ptr::<ObjHeader>() }
    }
    /// Layout kind of an object pointer, or None for ints/floats/unbound.
    #[inline(always)]
    pub fn kind(self) -> Option<Kind> {
        if self.is_obj() {
            Some(self.header().kind)
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_kind(self, k: Kind) -> bool {
        self.is_obj() && self.header().kind == k
    }
    /// Borrow the object as `T` (caller guarantees the kind matches `T`).
    #[inline(always)]
    pub fn obj<T>(self) -> &'static mut T {
        // SAFETY: caller checked the kind; single-threaded; see module doc on aliasing.
        unsafe { &mut *self.as_ptr::<T>() }
    }
    /// `Some(&mut T)` when the value is an object of kind `k`.
    #[inline(always)]
    pub fn downcast<T>(self, k: Kind) -> Option<&'static mut T> {
        if self.is_kind(k) {
            Some(self.obj::<T>())
        } else {
            None
        }
    }
}

/// Heap: the allocation registry, byte accounting and the mark stack.
pub struct Heap {
    pub objects: registry::Registry,
    /// Approximate bytes allocated since the last collection.
    pub allocated: usize,
    /// Collect when `allocated` exceeds this.
    pub threshold: usize,
    /// > 0 while native code that called back into Python is on the stack:
    /// no collection then (`Ctx::maybe_gc` defers it). Changed only by
    /// `forbid_gc` / `allow_gc`.
    pub no_gc_depth: u32,
    /// A collection came due while `no_gc_depth > 0` (`defer_gc`).
    pub deferred: bool,
    /// `TAURARO_GC_STRESS=1`: collect at every safepoint (the threshold stays 0).
    pub stress: bool,
    pub gray: Vec<*mut ObjHeader>,
    pub collections: u64,
    pub pause_ns: u128,
    /// The builtin `complex` class (`builtins::complex::install`; rooted by
    /// the builtins dict). Kept here until `runtime::types::Types` has it.
    pub complex_class: *mut ClassObj,
}

/// Allocator settings, applied at process start (an `.init_array` entry, before
/// Rust's runtime allocates): mimalloc commits arenas eagerly by default, which
/// put ~10 MiB of untouched memory in the RSS of every run.
extern "C" fn configure_allocator() {
    extern "C" {
        fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
    }
    /// `mi_option_arena_eager_commit` (mimalloc.h, v2 and v3).
    const MI_OPTION_ARENA_EAGER_COMMIT: std::os::raw::c_int = 4;
    // SAFETY: stores an option value in the linked mimalloc; no memory is touched.
    unsafe { mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_ALLOCATOR: extern "C" fn() = configure_allocator;

// Link mimalloc into every user of the library (the option above lives there).
use mimalloc as _;

extern "C" {
    fn mi_collect(force: bool);
}

/// Unmap the executable's read-only segments (code and constants) at the
/// first collection, so that only what the program uses from then on is
/// faulted back in (from the page cache: nothing is read again). By the first
/// collection the start-up code (runtime set-up, lexer, parser, compiler) has
/// run, and with the kernel's 64 KiB fault-around each page it touched mapped
/// 16: ~3.7 MiB of the executable was resident in binary_trees, 1.6 MiB after
/// the drop. The segments are never written (no `PF_W`), so their pages are
/// the file's and unmapping them loses nothing; the writable ones (data,
/// relocated RELRO) are left alone. About 400 page faults later, no
/// instruction of the program's own.
#[cfg(target_os = "linux")]
#[cold]
#[inline(never)]
fn release_startup_code() {
    use std::os::raw::c_int;
    extern "C" {
        /// The executable's ELF header, mapped at the start of its first segment (linker-defined).
        static __ehdr_start: u8;
        fn madvise(addr: *mut u8, len: usize, advice: c_int) -> c_int;
    }
    const MADV_DONTNEED: c_int = 4;
    const PT_LOAD: u32 = 1;
    const PF_W: u32 = 2;
    // SAFETY: `__ehdr_start` is the mapped ELF header (checked: magic, 64-bit)
    // and the program headers are mapped with it (first segment, file offset
    // 0); only reads. MADV_DONTNEED on never-written private file mappings only
    // drops page-table entries: the next access maps the same file page again.
    unsafe {
        let eh = &__ehdr_start as *const u8;
        let rd16 = |p: *const u8| p.cast::<u16>().read_unaligned() as usize;
        let rd32 = |p: *const u8| p.cast::<u32>().read_unaligned();
        let rd64 = |p: *const u8| p.cast::<u64>().read_unaligned() as usize;
        if rd32(eh) != u32::from_le_bytes(*b"\x7fELF") || *eh.add(4) != 2 {
            return;
        }
        let (phoff, phentsize, phnum) = (rd64(eh.add(32)), rd16(eh.add(54)), rd16(eh.add(56)));
        let ph = |i: usize| eh.add(phoff + i * phentsize);
        let load = |p: &*const u8| rd32(*p) == PT_LOAD;
        // Load bias: where the segment at file offset 0 (the header's) was mapped, less its address.
        let Some(bias) = (0..phnum).map(ph).filter(load).find(|&p| rd64(p.add(8)) == 0).map(|p| (eh as usize).wrapping_sub(rd64(p.add(16))))
        else {
            return;
        };
        for p in (0..phnum).map(ph).filter(load).filter(|&p| rd32(p.add(4)) & PF_W == 0) {
            let start = rd64(p.add(16)).wrapping_add(bias);
            let end = (start + rd64(p.add(40))).next_multiple_of(4096);
            let start = start & !4095;
            madvise(start as *mut u8, end - start, MADV_DONTNEED);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn release_startup_code() {}

/// Buffers past this size grow through `grow_big`.
pub const BIG_BYTES: usize = 4 << 20;

/// `v.push(x)` for a Vec that may grow large (list items, dict entries):
/// past `BIG_BYTES` a growth hands the old buffer's pages back to the OS at once. mimalloc keeps freed memory ~100 ms before purging it,
/// so a big list's last doubling held old + new (3x the payload): list_ops
/// peaked at 211 MiB instead of ~136.
#[inline(always)]
pub fn push_big<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() && v.capacity() * std::mem::size_of::<T>() >= BIG_BYTES {
        grow_big(v, 1);
    }
    v.push(x)
}

/// Make room for `additional` more items (doubling), then purge freed memory.
#[cold]
#[inline(never)]
pub fn grow_big<T>(v: &mut Vec<T>, additional: usize) {
    v.reserve(additional.max(v.capacity()));
    release_freed();
}

/// Have mimalloc return freed pages to the OS now (after freeing a big buffer).
#[cold]
pub fn release_freed() {
    // SAFETY: mimalloc's collect only returns free pages to the OS.
    unsafe { mi_collect(true) };
}

/// `a == b` for byte strings of equal length: up to 16 bytes with two
/// (overlapping) unaligned word loads per side instead of a call to memcmp.
#[inline(always)]
pub fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let w8 = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().unwrap());
    let w4 = |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().unwrap());
    if (8..=16).contains(&n) {
        w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8)
    } else if (4..8).contains(&n) {
        w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4)
    } else if n < 4 {
        a.iter().zip(b).all(|(x, y)| x == y)
    } else {
        a == b
    }
}

/// `copy_nonoverlapping` for the short texts of typical strs: up to 16 bytes
/// with two (overlapping) unaligned word copies, or byte moves below 4,
/// instead of a call to memcpy.
///
/// # Safety
/// As `std::ptr::copy_nonoverlapping(src, dst, n)`.
#[inline(always)]
pub unsafe fn copy_bytes(src: *const u8, dst: *mut u8, n: usize) {
    use std::ptr::{read_unaligned as rd, write_unaligned as wr};
    if n < 4 {
        // Three (overlapping) byte moves: a loop here compiles to a memcpy call.
        if n > 0 {
            *dst = *src;
            *dst.add(n / 2) = *src.add(n / 2);
            *dst.add(n - 1) = *src.add(n - 1);
        }
    } else if n < 8 {
        let (a, b) = (rd(src as *const u32), rd(src.add(n - 4) as *const u32));
        wr(dst as *mut u32, a);
        wr(dst.add(n - 4) as *mut u32, b);
    } else if n <= 16 {
        let (a, b) = (rd(src as *const u64), rd(src.add(n - 8) as *const u64));
        wr(dst as *mut u64, a);
        wr(dst.add(n - 8) as *mut u64, b);
    } else {
        std::ptr::copy_nonoverlapping(src, dst, n);
    }
}

/// How far a collection due inside a native callback is postponed (bytes allocated).
const DEFER_STEP: usize = 64 << 10;

/// The smallest collection threshold (accounted bytes allocated between collections).
const MIN_THRESHOLD: usize = 3 << 19;

impl Default for Heap {
    fn default() -> Self {
        let stress = std::env::var_os("TAURARO_GC_STRESS").map_or(false, |v| v == "1");
        Heap {
            objects: registry::Registry::new(),
            allocated: 0,
            threshold: if stress { 0 } else { MIN_THRESHOLD },
            no_gc_depth: 0,
            deferred: false,
            stress,
            gray: Vec::new(),
            collections: 0,
            pause_ns: 0,
            complex_class: std::ptr::null_mut(),
        }
    }
}

impl Heap {
    /// Move `obj` to the heap and register it. `T` must start with an `ObjHeader`.
    #[inline]
    pub fn alloc<T: HeapObj>(&mut self, obj: T) -> *mut T {
        const { assert!(std::mem::align_of::<T>() <= 8 && std::mem::size_of::<T>() % 8 == 0) };
        let size = std::mem::size_of::<T>();
        // SAFETY: `alloc` returns `size` (>= 16: every object starts with a
        // 16-byte header) bytes aligned to 8 (mimalloc's guarantee for any size
        // >= 8; asserted enough for T above; the size is a multiple of 8, as
        // `alloc` wants), written before the pointer escapes.
        let p = unsafe {
            let p = self.objects.alloc(size) as *mut T;
            p.write(obj);
            p
        };
        self.allocated += size + 16;
        p
    }

    /// Allocate and register a str object holding `s` (`nchars` code points),
    /// text inline after the fixed fields.
    #[inline]
    pub fn alloc_str(&mut self, class: *mut ClassObj, s: &str, nchars: usize) -> *mut StrObj {
        // SAFETY: all `s.len()` bytes are written with `s`'s valid UTF-8 text.
        unsafe {
            let (p, text) = self.alloc_str_uninit(class, s.len(), nchars);
            copy_bytes(s.as_ptr(), text, s.len());
            p
        }
    }

    /// Allocate and register a str whose text is the concatenation of `parts`
    /// (`nchars` code points in all): one allocation, no intermediate String.
    pub fn alloc_str_parts(&mut self, class: *mut ClassObj, parts: &[&str], nchars: usize) -> *mut StrObj {
        let len: usize = parts.iter().map(|s| s.len()).sum();
        let layout = StrObj::layout(len, nchars);
        // SAFETY: the layout has non-zero size; the fixed fields and all `len`
        // bytes of text (valid UTF-8: whole strs) are written before the pointer escapes.
        unsafe {
            let p = self.objects.alloc(layout.size()) as *mut StrObj;
            StrObj::init(p, class, len, nchars, layout.size());
            let mut dst = p.add(1) as *mut u8;
            for s in parts {
                copy_bytes(s.as_ptr(), dst, s.len());
                dst = dst.add(s.len());
            }
            self.allocated += layout.size() + 16;
            p
        }
    }

    /// Allocate and register a str of `len` bytes and `nchars` code points and
    /// return it with a pointer to its text, which the caller fills.
    ///
    /// # Safety
    /// The caller writes all `len` bytes, as valid UTF-8 with `nchars` code
    /// points, before the str is read or a collection can run.
    #[inline(always)]
    pub unsafe fn alloc_str_uninit(&mut self, class: *mut ClassObj, len: usize, nchars: usize) -> (*mut StrObj, *mut u8) {
        let layout = StrObj::layout(len, nchars);
        let p = self.objects.alloc(layout.size()) as *mut StrObj;
        StrObj::init(p, class, len, nchars, layout.size());
        self.allocated += layout.size() + 16;
        (p, p.add(1) as *mut u8)
    }

    /// `a + b` when both are ASCII strs of at most 7 bytes (the common short
    /// case; `a`, `b` any values): the text is built from one word of each
    /// (whose bytes past the text are zero: `StrObj::init`), shifted
    /// together, and stored as two words; the block is popped from its size
    /// class's free list. None for anything else or an empty free list
    /// (the caller takes the general path, `Ctx::concat_str`).
    #[inline(always)]
    pub fn concat_short(&mut self, class: *mut ClassObj, a: Value, b: Value) -> Option<Value> {
        if cfg!(target_endian = "big") || !(a.is_obj() && b.is_obj()) {
            return None;
        }
        // SAFETY: every object is at least 16 bytes: its first word is readable.
        let (ha, hb) = unsafe { (a.as_ptr::<u64>().read(), b.as_ptr::<u64>().read()) };
        if !StrObj::is_short_ascii(ha) || !StrObj::is_short_ascii(hb) {
            return None;
        }
        let (la, lb) = ((ha >> 32) as usize, (hb >> 32) as usize);
        // SAFETY: `a` and `b` are ASCII strs of 0..=7 bytes: blocks of 32
        // bytes (`StrObj::layout`), their text and zero padding in the word at offset 24.
        let (wa, wb) = unsafe { (a.as_ptr::<u64>().add(3).read(), b.as_ptr::<u64>().add(3).read()) };
        // `b`'s text after `a`'s: `lo` has what fits in the first word,
        // `hi` the rest (for la = 0 the shift wraps to 0, but then n < 8
        // and `hi` is overwritten by `lo`).
        let lo = wa | wb << (8 * la);
        let hi = wb.wrapping_shr(64 - 8 * la as u32);
        let n = la + lb;
        // 24 bytes of fixed fields, the text (at most 14 bytes) in one or two
        // words: 32 or 40 (an empty text has a word too).
        let size = 32 + 8 * ((n + 7) >> 4);
        // SAFETY: 32 or 40 bytes is a class; the block is filled below.
        let p = unsafe { self.objects.pop(registry::class_upto64(size)) };
        if p.is_null() {
            return None;
        }
        // SAFETY: `p` is a free block of `size` bytes; its header, class,
        // hash and text (the word at `size - 8` first: it is the one at 24
        // when n <= 8) are written before the pointer escapes.
        unsafe {
            p.cast::<u64>().write(StrObj::ascii_word(n));
            p.add(8).cast::<*mut ClassObj>().write(class);
            p.add(16).cast::<i64>().write(-1);
            p.add(size - 8).cast::<u64>().write(hi);
            p.add(24).cast::<u64>().write(lo);
        }
        self.allocated += size + 16;
        Some(Value::from_ptr(p))
    }

    /// Allocate and register a tuple holding `items` (inline after the fixed fields).
    /// Its class is the builtin `tuple` (no class word: see `ObjHeader`).
    pub fn alloc_tuple(&mut self, items: &[Value]) -> *mut TupleObj {
        let layout = TupleObj::layout(items.len());
        // SAFETY: the layout has room for the header and max(1, len) items
        // (16 bytes at least, an `ObjHeader`'s size); the fixed fields and
        // every item slot are written before the pointer escapes.
        unsafe {
            let p = self.objects.alloc(layout.size()) as *mut TupleObj;
            p.write(TupleObj::new_fixed(items.len()));
            if items.is_empty() {
                (p.add(1) as *mut Value).write(Value::from_raw(0));
            }
            std::ptr::copy_nonoverlapping(items.as_ptr(), p.add(1) as *mut Value, items.len());
            self.allocated += layout.size() + 16;
            p
        }
    }

    /// Account for extra out-of-line bytes (vector growth, string bytes).
    #[inline(always)]
    pub fn account(&mut self, bytes: usize) {
        self.allocated += bytes;
    }

    /// A safepoint must take its slow path (`Ctx::safepoint`): a collection
    /// is due, or GC stress, a signal or a fuzz budget zeroed the threshold.
    /// One compare: everything else is decided in the slow path. The threshold
    /// is read afresh every time: the SIGINT handler zeroes it behind the
    /// compiler's back (ctx.rs `signals`), and a loop that never leaves its
    /// handler (fused.rs `loop_op!`) would otherwise load it once.
    #[inline(always)]
    pub fn wants_gc(&self) -> bool {
        // SAFETY: a plain read of a field of this live heap.
        self.allocated >= unsafe { std::ptr::read_volatile(&self.threshold) }
    }

    /// A collection is due but native code holds unrooted Values
    /// (`no_gc_depth > 0`): postpone it by `DEFER_STEP` bytes of allocation,
    /// so the first safepoint back outside the callback collects. (Deferring by
    /// a whole threshold let garbage pile up in dunder-heavy code, where most
    /// safepoints are inside `__add__` & co: raytrace_lite peaked at 24 MiB.)
    pub fn defer_gc(&mut self) {
        self.threshold = if self.stress { 0 } else { self.allocated + DEFER_STEP };
        self.deferred = true;
    }

    /// Native code holding unrooted Values calls back into Python: no
    /// collection until the matching `allow_gc`.
    #[inline]
    pub fn forbid_gc(&mut self) {
        self.no_gc_depth += 1;
    }

    /// The callback returned. A collection deferred meanwhile is due at the
    /// next safepoint: without this, a loop whose safepoints fall mostly inside
    /// callbacks (`next(obj)` with a Python `__next__`, csv.DictReader) deferred
    /// by `DEFER_STEP` again and again and never collected (107 MB for 200k
    /// small dicts, where CPython needs 5).
    #[inline]
    pub fn allow_gc(&mut self) {
        self.no_gc_depth -= 1;
        if self.no_gc_depth == 0 && self.deferred {
            self.deferred = false;
            self.threshold = 0;
        }
    }

    /// Mark one value (pushes it on the gray stack).
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if v.is_obj() {
            let h = v.as_ptr::<ObjHeader>();
            // SAFETY: live object pointer (reachable from a root).
            unsafe {
                if !(*h).mark {
                    (*h).mark = true;
                    // Leaves (no Values inside; their class is a builtin type,
                    // rooted by the runtime) need no tracing: not pushed.
                    if !matches!((*h).kind, Kind::Str | Kind::BigInt | Kind::Float | Kind::Range | Kind::Bytes) {
                        self.gray.push(h);
                    }
                }
            }
        }
    }
    #[inline]
    pub fn mark_ptr<T>(&mut self, p: *const T) {
        if !p.is_null() {
            self.mark(Value::from_ptr(p));
        }
    }
    pub fn mark_all(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark(v);
        }
    }

    /// Drain the gray stack, tracing children.
    pub fn propagate(&mut self) {
        while let Some(h) = self.gray.pop() {
            // SAFETY: every gray pointer is a live, registered object.
            unsafe { objects::trace_object(h, self) };
        }
    }

    /// Free every unmarked object and clear marks. Call after roots are marked and propagated.
    pub fn sweep(&mut self) {
        // SAFETY: registered objects are live until freed here, once.
        // The threshold about what the next cycle will allocate.
        let live = unsafe { self.objects.sweep(self.threshold) };
        self.allocated = 0;
        // Grow the threshold with the live heap (like Lua's pause): collect again
        // after allocating about 15% of what survives (7 accounted bytes per
        // live object; a short str accounts 48, a pair tuple 40), at least
        // 1.5 MiB (4 MiB left ~2 MiB more garbage in the RSS of small
        // programs, and the smaller young set is reused from cache: pauses no
        // longer; 2 -> 1.5 MiB took binary_trees' peak from 8,252-8,508 to
        // 7,868-8,124 KiB: its last phase's peak is a tree plus the garbage
        // of the one before).
        // The garbage kept until a collection is most of the peak above the
        // live heap. dict_ops (1.8M keys, --no-jit), peak KiB / instructions:
        // 20 per object: 132.7K / 3.355G; 14: 125.6K; 10: 120.7K; 8: 118.5K /
        // 4.166G; 7: 117.3K; 6: 116.0K / 4.528G (user time +5..10%: the extra
        // collections are mostly memory-bound). binary_trees and list_ops
        // keep their peak and time (the floor decides there).
        self.threshold = if self.stress { 0 } else { (live * 7).max(MIN_THRESHOLD) };
        if self.collections == 0 {
            release_startup_code();
        }
        self.collections += 1;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // SAFETY: the heap owns every registered object (none is marked
        // outside a collection, so the sweep frees them all); nothing runs after.
        unsafe { self.objects.sweep(0) };
    }
}

/// Marker trait: `#[repr(C)]` struct whose first field is an `ObjHeader`.
///
/// # Safety
/// Implementors must be `#[repr(C)]` with `ObjHeader` first.
pub unsafe trait HeapObj: Sized {}
