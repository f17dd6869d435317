//! Object layouts. One struct per `Kind`; all `#[repr(C)]`, header first.
//! `trace_object` / `drop_object` dispatch on the kind (the one place that maps
//! kinds to structs: `for_each_kind!`).

use super::{Heap, HeapObj, Kind, ObjHeader};
use crate::value::Value;
use num_bigint::BigInt;

/// Children of an object, for the collector. Implemented by every payload that
/// holds `Value`s or object pointers.
pub trait Trace {
    fn trace(&self, heap: &mut Heap);
}

/// Native function: `args` are positional arguments (for a method, `args[0]` is
/// self), `kw` the keyword arguments as (interned name str, value) pairs.
/// The slices live on the register stack or in Rust locals of the caller and
/// stay valid for the call.
pub type NativeFn = fn(cx: &mut crate::vm::Ctx, args: &[Value], kw: &[(Value, Value)]) -> crate::PyResult<Value>;

macro_rules! heap_obj {
    ($($t:ty),* $(,)?) => { $( unsafe impl HeapObj for $t {} )* };
}

/// A str: the UTF-8 bytes follow the fixed fields in the same allocation
/// (one allocation per string; `Heap::alloc_str` builds it, the sweep
/// frees it). 24 bytes + text: up to 8 ASCII chars fit mimalloc's 32-byte
/// class. The byte length is the header's `aux32` (a str is at most
/// `STR_MAX_LEN` bytes: producers of long strs check it and raise
/// MemoryError; `alloc_str` aborts past it, as on OOM); `aux` is 1 for ASCII
/// text, where code points = bytes. A non-ASCII str keeps its code point
/// count in a u32 after the text (4-aligned).
#[repr(C)]
pub struct StrObj {
    pub h: ObjHeader,
    /// Cached Python hash; -1 = not computed yet.
    pub hash: i64,
}
static_assertions::assert_eq_size!(StrObj, [u64; 3]);
// `StrObj::ascii_word`'s layout of the first header word (little-endian).
#[cfg(target_endian = "little")]
const _: () = {
    use std::mem::offset_of;
    assert!(offset_of!(ObjHeader, kind) == 0 && offset_of!(ObjHeader, mark) == 1);
    assert!(offset_of!(ObjHeader, flags) == 2 && offset_of!(ObjHeader, aux) == 3);
    assert!(offset_of!(ObjHeader, aux32) == 4);
};

/// Longest str (UTF-8 bytes).
pub const STR_MAX_LEN: usize = u32::MAX as usize;

impl StrObj {
    /// Offset of a non-ASCII str's code point count (after `len` bytes of text).
    #[inline(always)]
    fn nchars_offset(len: usize) -> usize {
        (std::mem::size_of::<StrObj>() + len).next_multiple_of(4)
    }
    /// Allocation layout of a str object with `len` bytes of text and `nchars` code points.
    #[inline]
    pub fn layout(len: usize, nchars: usize) -> std::alloc::Layout {
        if len > STR_MAX_LEN {
            too_long(len)
        }
        // An ASCII str has a text word (`Heap::concat_short` reads it), even the empty one.
        let end = if nchars == len { std::mem::size_of::<StrObj>() + len.max(1) } else { Self::nchars_offset(len) + 4 };
        // SAFETY: size <= 2^32 + 32, align 8 is a power of two.
        unsafe { std::alloc::Layout::from_size_align_unchecked(end.next_multiple_of(8), 8) }
    }
    /// Write the fixed fields (and a non-ASCII str's code point count) of a
    /// str of `len` bytes into a block of `size = layout(len, nchars).size()`
    /// bytes, and zero its last word: the bytes after an ASCII str's text, to
    /// the end of its block, are zero (`Heap::concat_short` reads the text a
    /// word at a time). The text is written by `Heap::alloc_str`.
    /// `len <= STR_MAX_LEN` (checked by `layout`).
    ///
    /// # Safety
    /// `p` is a writable block of `size` bytes.
    #[inline(always)]
    pub(super) unsafe fn init(p: *mut StrObj, class: *mut ClassObj, len: usize, nchars: usize, size: usize) {
        // Before the fixed fields: for the empty str the last word is `hash`.
        ((p as *mut u8).add(size - 8) as *mut u64).write(0);
        let mut h = ObjHeader::new(class, Kind::Str);
        h.aux32 = len as u32;
        h.aux = (nchars == len) as u8;
        p.write(StrObj { h, hash: -1 });
        if nchars != len {
            ((p as *mut u8).add(Self::nchars_offset(len)) as *mut u32).write(nchars as u32);
        }
    }
    /// The first header word (kind, mark, flags, aux, aux32: see the
    /// assertions after `StrObj`) of an unmarked ASCII str of `len` bytes without flags.
    pub const fn ascii_word(len: usize) -> u64 {
        Kind::Str as u64 | 1 << 24 | (len as u64) << 32
    }
    /// The bits of a header word that `ascii_word(0)` fixes, but the flags
    /// (interned, immortal), and the length's bits 3 and up: an unmarked
    /// ASCII str of < 8 bytes has `word & SHORT_MASK == ascii_word(0)`.
    pub const SHORT_MASK: u64 = 0xFFFF_FFF8_FF00_FFFF;
    /// `word` (an object's first header word) is an unmarked ASCII str of < 8
    /// bytes: what `Heap::concat_short` takes.
    #[inline(always)]
    pub const fn is_short_ascii(word: u64) -> bool {
        word & Self::SHORT_MASK == Self::ascii_word(0)
    }
    /// Byte length of the text.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.h.aux32 as usize
    }
    /// Number of code points.
    #[inline(always)]
    pub fn nchars(&self) -> usize {
        if self.is_ascii() {
            return self.len();
        }
        // SAFETY: `init` wrote a non-ASCII str's count there, inside its block.
        unsafe { ((self as *const StrObj as *const u8).add(Self::nchars_offset(self.len())) as *const u32).read() as usize }
    }
    /// The text.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `alloc_str` wrote `len` bytes of valid UTF-8 right after the fixed fields.
        unsafe {
            let p = (self as *const StrObj).add(1) as *const u8;
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len()))
        }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.h.aux != 0
    }
    /// Same text: lengths first, then differing cached hashes, then the bytes
    /// (short texts compared inline, not by a memcmp call). Always inline:
    /// the small-dict key scan calls it per entry, and the call costs more
    /// than the length/hash reject it does.
    #[inline(always)]
    pub fn text_eq(&self, o: &StrObj) -> bool {
        if self.h.aux32 != o.h.aux32 || (self.hash != o.hash && self.hash != -1 && o.hash != -1) {
            return false;
        }
        super::bytes_eq(self.as_str().as_bytes(), o.as_str().as_bytes())
    }
}

/// A str longer than `STR_MAX_LEN` reached the allocator: out of memory.
#[cold]
#[inline(never)]
fn too_long(len: usize) -> ! {
    // SAFETY: align 8 is a power of two; the size is only reported.
    std::alloc::handle_alloc_error(unsafe { std::alloc::Layout::from_size_align_unchecked(len, 8) })
}

#[repr(C)]
pub struct BigIntObj {
    pub h: ObjHeader,
    /// Invariant: never fits in a small int (results are normalised).
    pub v: BigInt,
}

#[repr(C)]
pub struct FloatObj {
    pub h: ObjHeader,
    /// Invariant: only doubles that do not self-tag (see `value`).
    pub v: f64,
}

#[repr(C)]
pub struct ListObj {
    pub h: ObjHeader,
    pub items: Vec<Value>,
}

/// A tuple: the items follow the 8-byte header in the same allocation, the
/// length is the header's `aux32` (a pair is 24 bytes; the empty tuple takes
/// 16, so that every object has an `ObjHeader`'s 16 bytes). No class word:
/// the class is the builtin `tuple` (see `ObjHeader`). `Heap::alloc_tuple` builds it.
#[repr(C)]
pub struct TupleObj {
    pub h: TupleHeader,
}
static_assertions::assert_eq_size!(TupleObj, u64);

/// `ObjHeader` without the class word (same offsets for the fields it has).
#[repr(C)]
pub struct TupleHeader {
    pub kind: Kind,
    pub mark: bool,
    pub flags: u8,
    pub aux: u8,
    pub aux32: u32,
}
const _: () = {
    use std::mem::offset_of;
    assert!(offset_of!(TupleHeader, kind) == offset_of!(ObjHeader, kind));
    assert!(offset_of!(TupleHeader, mark) == offset_of!(ObjHeader, mark));
    assert!(offset_of!(TupleHeader, flags) == offset_of!(ObjHeader, flags));
    assert!(offset_of!(TupleHeader, aux) == offset_of!(ObjHeader, aux));
    assert!(offset_of!(TupleHeader, aux32) == offset_of!(ObjHeader, aux32));
    assert!(offset_of!(ObjHeader, class) == std::mem::size_of::<TupleHeader>());
};

impl TupleObj {
    /// Allocation layout of a tuple of `len` items (at most u32::MAX: a
    /// longer one aborts as out of memory; it would need 32 GiB).
    #[inline]
    pub fn layout(len: usize) -> std::alloc::Layout {
        if len > u32::MAX as usize {
            too_long(len)
        }
        let size = std::mem::size_of::<TupleObj>() + len.max(1) * std::mem::size_of::<Value>();
        // SAFETY: size < 2^36, align 8 is a power of two.
        unsafe { std::alloc::Layout::from_size_align_unchecked(size, 8) }
    }
    /// `len` was checked by `layout`.
    pub(super) fn new_fixed(len: usize) -> TupleObj {
        TupleObj { h: TupleHeader { kind: Kind::Tuple, mark: false, flags: 0, aux: 0, aux32: len as u32 } }
    }
    /// The items.
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `alloc_tuple` wrote `aux32` initialised values right after the header.
        unsafe { std::slice::from_raw_parts((self as *const TupleObj).add(1) as *const Value, self.h.aux32 as usize) }
    }
}

#[repr(C)]
pub struct DictObj {
    pub h: ObjHeader,
    pub t: crate::runtime::dict::DictTable,
}

/// set and frozenset (values unused).
#[repr(C)]
pub struct SetObj {
    pub h: ObjHeader,
    pub t: crate::runtime::set::SetTable,
}

#[repr(C)]
pub struct RangeObj {
    pub h: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

#[repr(C)]
pub struct SliceObj {
    pub h: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[repr(C)]
pub struct FunctionObj {
    pub h: ObjHeader,
    pub code: *mut crate::compile::CodeObj,
    pub globals: *mut DictObj,
    pub name: Value,
    pub qualname: Value,
    /// Positional defaults (for the last `defaults.len()` positional params).
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults: dict or UNBOUND.
    pub kwdefaults: Value,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Box<[Value]>,
    /// `__dict__` (function attributes) or UNBOUND.
    pub dict: Value,
    pub doc: Value,
    pub module: Value,
}

#[repr(C)]
pub struct NativeObj {
    pub h: ObjHeader,
    pub name: &'static str,
    pub f: NativeFn,
    /// Bound first argument (e.g. a module-level native bound to state), or UNBOUND.
    pub bound: Value,
}

#[repr(C)]
pub struct BoundMethodObj {
    pub h: ObjHeader,
    pub func: Value,
    pub self_: Value,
}

#[repr(C)]
pub struct ClassObj {
    pub h: ObjHeader,
    pub name: Value,
    pub qualname: Value,
    pub bases: Vec<*mut ClassObj>,
    /// C3 linearisation, starting with this class.
    pub mro: Vec<*mut ClassObj>,
    pub dict: *mut DictObj,
    /// Layout of instances (`Kind::Instance` for plain classes; the builtin kind
    /// for builtin types; `Kind::Exception` for exception classes).
    pub layout: Kind,
    /// Bumped whenever this class's dict (or a base's) changes: inline caches key on it.
    pub version: u32,
    pub flags: u32,
    /// Builtin base type whose value sits in `InstanceObj::payload` (list, dict, int, str...), or null.
    pub builtin_base: *mut ClassObj,
}

/// Instance of a user class (or of a user subclass of a builtin type).
#[repr(C)]
pub struct InstanceObj {
    pub h: ObjHeader,
    /// Attribute dict (DictObj), or null while the attributes are in `vals`.
    pub dict: *mut DictObj,
    /// For subclasses of builtin types: the builtin value (a list, dict, int...); else UNBOUND.
    pub payload: Value,
    /// Inline attributes (while `dict` is null): the values of the first
    /// `vals.len()` keys of the class's shared key list, in that order
    /// (`runtime::attr`'s instance storage).
    pub vals: Vec<Value>,
}

/// Instance of BaseException or a subclass.
#[repr(C)]
pub struct ExceptionObj {
    pub h: ObjHeader,
    pub dict: *mut DictObj,
    /// `args` tuple.
    pub args: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Traceback entries (code object, instruction index), innermost last.
    pub traceback: Vec<(Value, u32)>,
    /// `__traceback__` as last handed out: the `traceback` object chain of the
    /// last `tb_len` entries (entries are only ever prepended), or UNBOUND.
    pub tb_head: Value,
    pub tb_len: u32,
}

impl ExceptionObj {
    /// A fresh exception of class `cls` with the `args` tuple.
    pub fn new(cls: *mut ClassObj, args: Value) -> ExceptionObj {
        ExceptionObj {
            h: ObjHeader::new(cls, Kind::Exception),
            dict: std::ptr::null_mut(),
            args,
            cause: Value::none(),
            context: Value::none(),
            suppress_context: false,
            traceback: Vec::new(),
            tb_head: Value::UNBOUND,
            tb_len: 0,
        }
    }
}

#[repr(C)]
pub struct ModuleObj {
    pub h: ObjHeader,
    pub name: Value,
    pub dict: *mut DictObj,
}

#[repr(C)]
pub struct CellObj {
    pub h: ObjHeader,
    /// UNBOUND when empty.
    pub v: Value,
}

#[repr(C)]
pub struct IterObj {
    pub h: ObjHeader,
    pub st: crate::runtime::iter::IterState,
}

#[repr(C)]
pub struct PropertyObj {
    pub h: ObjHeader,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// staticmethod / classmethod wrapper (kind tells which).
#[repr(C)]
pub struct WrapperObj {
    pub h: ObjHeader,
    pub f: Value,
}

#[repr(C)]
pub struct SuperObj {
    pub h: ObjHeader,
    /// Search the MRO of type(obj) after this class.
    pub cls: *mut ClassObj,
    pub obj: Value,
}

#[repr(C)]
pub struct BytesObj {
    pub h: ObjHeader,
    pub hash: i64,
    pub b: Box<[u8]>,
}

/// Any other native payload (file objects, module state...).
#[repr(C)]
pub struct OtherObj {
    pub h: ObjHeader,
    pub payload: Box<dyn OtherPayload>,
}
pub trait OtherPayload: Trace + std::any::Any {
    fn as_any(&mut self) -> &mut dyn std::any::Any;
}

heap_obj!(
    StrObj,
    BigIntObj,
    FloatObj,
    ListObj,
    DictObj,
    SetObj,
    RangeObj,
    SliceObj,
    FunctionObj,
    NativeObj,
    BoundMethodObj,
    ClassObj,
    InstanceObj,
    ExceptionObj,
    ModuleObj,
    CellObj,
    IterObj,
    PropertyObj,
    WrapperObj,
    SuperObj,
    BytesObj,
    OtherObj,
    crate::compile::CodeObj,
    crate::vm::GenObj,
    crate::runtime::file::FileObj,
);

impl Trace for FunctionObj {
    fn trace(&self, m: &mut Heap) {
        m.mark_ptr(self.code);
        m.mark_ptr(self.globals);
        m.mark(self.name);
        m.mark(self.qualname);
        m.mark_all(&self.defaults);
        m.mark(self.kwdefaults);
        m.mark_all(&self.closure);
        m.mark(self.dict);
        m.mark(self.doc);
        m.mark(self.module);
    }
}
impl Trace for ClassObj {
    fn trace(&self, m: &mut Heap) {
        m.mark(self.name);
        m.mark(self.qualname);
        for &b in &self.bases {
            m.mark_ptr(b);
        }
        for &b in &self.mro {
            m.mark_ptr(b);
        }
        m.mark_ptr(self.dict);
        m.mark_ptr(self.builtin_base);
    }
}
impl Trace for ExceptionObj {
    fn trace(&self, m: &mut Heap) {
        m.mark_ptr(self.dict);
        m.mark(self.args);
        m.mark(self.cause);
        m.mark(self.context);
        m.mark(self.tb_head);
        for &(c, _) in &self.traceback {
            m.mark(c);
        }
    }
}

/// Mark the children of one object.
///
/// # Safety
/// `h` is a live object registered with the heap (or a static singleton).
pub unsafe fn trace_object(h: *mut ObjHeader, m: &mut Heap) {
    m.mark_ptr((*h).class());
    match (*h).kind {
        Kind::None | Kind::Bool | Kind::Ellipsis | Kind::NotImplemented => {}
        Kind::Str | Kind::BigInt | Kind::Float | Kind::Range | Kind::Native | Kind::Bytes => {
            if (*h).kind == Kind::Native {
                m.mark((*(h as *mut NativeObj)).bound);
            }
        }
        Kind::List => m.mark_all(&(*(h as *mut ListObj)).items),
        Kind::Tuple => m.mark_all((*(h as *mut TupleObj)).items()),
        Kind::Dict => (*(h as *mut DictObj)).t.trace(m),
        Kind::Set | Kind::FrozenSet => (*(h as *mut SetObj)).t.trace(m),
        Kind::Slice => {
            let s = &*(h as *mut SliceObj);
            m.mark(s.start);
            m.mark(s.stop);
            m.mark(s.step);
        }
        Kind::Function => (*(h as *mut FunctionObj)).trace(m),
        Kind::BoundMethod => {
            let b = &*(h as *mut BoundMethodObj);
            m.mark(b.func);
            m.mark(b.self_);
        }
        Kind::Class => (*(h as *mut ClassObj)).trace(m),
        Kind::Instance => {
            let i = &*(h as *mut InstanceObj);
            m.mark_ptr(i.dict);
            m.mark(i.payload);
            m.mark_all(&i.vals);
        }
        Kind::Exception => (*(h as *mut ExceptionObj)).trace(m),
        Kind::Module => {
            let o = &*(h as *mut ModuleObj);
            m.mark(o.name);
            m.mark_ptr(o.dict);
        }
        Kind::Cell => m.mark((*(h as *mut CellObj)).v),
        Kind::Code => (*(h as *mut crate::compile::CodeObj)).trace(m),
        Kind::Iter => (*(h as *mut IterObj)).st.trace(m),
        Kind::Generator => (*(h as *mut crate::vm::GenObj)).trace(m),
        Kind::Property => {
            let p = &*(h as *mut PropertyObj);
            m.mark(p.fget);
            m.mark(p.fset);
            m.mark(p.fdel);
            m.mark(p.doc);
        }
        Kind::StaticMethod | Kind::ClassMethod => m.mark((*(h as *mut WrapperObj)).f),
        Kind::Super => {
            let s = &*(h as *mut SuperObj);
            m.mark_ptr(s.cls);
            m.mark(s.obj);
        }
        Kind::File => (*(h as *mut crate::runtime::file::FileObj)).trace(m),
        Kind::Other => (*(h as *mut OtherObj)).payload.trace(m),
    }
}

/// Kinds whose payload owns nothing (plain bytes, Values, an f64): the
/// commonest garbage, which the sweep tells apart with one bit test.
pub const NOTHING_TO_DROP: u64 = 1 << Kind::Str as u8 | 1 << Kind::Tuple as u8 | 1 << Kind::Float as u8;

/// Drop one object's contents (its block is the registry's to reuse).
///
/// # Safety
/// `h` is a registered heap object that is unreachable; called once.
#[inline(always)]
pub unsafe fn drop_object(h: *mut ObjHeader) {
    if NOTHING_TO_DROP >> (*h).kind as u8 & 1 == 0 {
        drop_payload(h)
    }
}

/// `drop_object` of the kinds that may own memory (out of the sweep's loop).
///
/// # Safety
/// As `drop_object`.
#[inline(never)]
pub unsafe fn drop_payload(h: *mut ObjHeader) {
    macro_rules! free {
        ($t:ty) => {
            std::ptr::drop_in_place(h as *mut $t)
        };
    }
    match (*h).kind {
        Kind::None | Kind::Bool | Kind::Ellipsis | Kind::NotImplemented | Kind::Str | Kind::Tuple | Kind::Float => {}
        Kind::BigInt => free!(BigIntObj),
        Kind::List => free!(ListObj),
        Kind::Dict => free!(DictObj),
        Kind::Set | Kind::FrozenSet => free!(SetObj),
        Kind::Range => free!(RangeObj),
        Kind::Slice => free!(SliceObj),
        Kind::Function => free!(FunctionObj),
        Kind::Native => free!(NativeObj),
        Kind::BoundMethod => free!(BoundMethodObj),
        Kind::Class => free!(ClassObj),
        Kind::Instance => free!(InstanceObj),
        Kind::Exception => free!(ExceptionObj),
        Kind::Module => free!(ModuleObj),
        Kind::Cell => free!(CellObj),
        Kind::Code => free!(crate::compile::CodeObj),
        Kind::Iter => free!(IterObj),
        Kind::Generator => free!(crate::vm::GenObj),
        Kind::Property => free!(PropertyObj),
        Kind::StaticMethod | Kind::ClassMethod => free!(WrapperObj),
        Kind::Super => free!(SuperObj),
        Kind::File => free!(crate::runtime::file::FileObj),
        Kind::Bytes => free!(BytesObj),
        Kind::Other => free!(OtherObj),
    }
}
