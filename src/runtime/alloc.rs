//! Constructors for builtin values. Allocation never collects (GC runs only at
//! safepoints), so callers may hold fresh values in Rust locals.
use super::*;
use num_traits::ToPrimitive;

/// A dict object before `types.dict` may exist (class patched by the caller).
pub(crate) fn raw_dict(cx: &mut Ctx) -> *mut DictObj {
    let cls = cx.rt.types.dict;
    cx.heap.alloc(DictObj { h: ObjHeader::new(cls, Kind::Dict), t: dict::DictTable::new() })
}

impl Ctx {
    /// Register an object with the GC and return it as a value.
    #[inline]
    pub fn alloc_obj<T: HeapObj>(&mut self, obj: T) -> Value {
        Value::from_ptr(self.heap.alloc(obj))
    }

    #[inline]
    pub fn new_str(&mut self, s: &str) -> Value {
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        self.new_str_counted(s, nchars)
    }

    #[inline]
    pub fn new_string(&mut self, s: String) -> Value {
        self.new_str(&s)
    }

    /// A str whose code-point count the caller already knows.
    #[inline]
    pub fn new_str_counted(&mut self, s: &str, nchars: usize) -> Value {
        let cls = self.rt.types.str;
        Value::from_ptr(self.heap.alloc_str(cls, s, nchars))
    }

    /// A str of `len` bytes written by `fill` straight into the new object
    /// (no intermediate String).
    ///
    /// # Safety
    /// `fill` writes the whole slice (it starts uninitialised: write, never
    /// read), as valid UTF-8 of `nchars` code points.
    #[inline]
    pub unsafe fn new_str_fill(&mut self, len: usize, nchars: usize, fill: impl FnOnce(&mut [u8])) -> Value {
        let cls = self.rt.types.str;
        let (p, text) = self.heap.alloc_str_uninit(cls, len, nchars);
        fill(std::slice::from_raw_parts_mut(text, len));
        Value::from_ptr(p)
    }

    /// A str holding `s`, a slice of a str known to be ASCII when `ascii`
    /// (saves the scan for non-ASCII bytes).
    #[inline]
    pub fn new_substr(&mut self, s: &str, ascii: bool) -> Value {
        if ascii {
            self.new_str_counted(s, s.len())
        } else {
            self.new_str(s)
        }
    }

    /// `l.append(v)`: growth of the items buffer counts toward the next
    /// collection (garbage lists built by appends used to be invisible to the
    /// GC threshold: list_comp peaked at 76 MiB) and big buffers grow through
    /// `heap::grow_big`.
    #[inline(always)]
    pub fn list_push(&mut self, l: &mut Vec<Value>, v: Value) {
        if l.len() == l.capacity() {
            self.list_grow(l);
        }
        l.push(v)
    }

    #[cold]
    #[inline(never)]
    fn list_grow(&mut self, l: &mut Vec<Value>) {
        let old = l.capacity();
        if old * std::mem::size_of::<Value>() >= crate::heap::BIG_BYTES {
            crate::heap::grow_big(l, 1);
        } else {
            l.reserve(1);
        }
        self.heap.account((l.capacity() - old) * std::mem::size_of::<Value>());
    }

    /// `str(i)` of a machine int, formatted straight into the new str
    /// (two digits per division, written in place from the end).
    pub fn int_to_str(&mut self, i: i64) -> Value {
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";
        let neg = i < 0;
        let mut n = i.unsigned_abs();
        let digits = n.checked_ilog10().map_or(1, |d| d as usize + 1);
        let len = digits + neg as usize;
        // SAFETY: writes all `len` bytes: an optional '-' and `digits` ASCII
        // digits, each at an index below `len` (pos only decreases, by the
        // digits written; the '-' goes at 0 when neg made len one longer).
        unsafe {
            self.new_str_fill(len, len, |out| {
                let o = out.as_mut_ptr();
                let pair = |r: u64| PAIRS.as_ptr().add(r as usize * 2);
                let mut pos = len;
                while n >= 100 {
                    let r = n % 100;
                    n /= 100;
                    pos -= 2;
                    std::ptr::copy_nonoverlapping(pair(r), o.add(pos), 2);
                }
                if n >= 10 {
                    std::ptr::copy_nonoverlapping(pair(n), o.add(pos - 2), 2);
                } else {
                    *o.add(pos - 1) = b'0' + n as u8;
                }
                if neg {
                    *o = b'-';
                }
            })
        }
    }

    /// `str(o)` (the exact str class, one argument): a small int formatted
    /// directly, a str as it is (a subclass instance is not a str kind),
    /// anything else through `__str__` (`runtime::to_str`).
    pub fn str_of(&mut self, o: Value) -> PyResult<Value> {
        if o.is_int() {
            Ok(self.int_to_str(o.as_small()))
        } else if o.is_kind(Kind::Str) {
            Ok(o)
        } else {
            to_str(self, o)
        }
    }

    /// `a + b` of two exact strs: one allocation. Two ASCII strs (the
    /// common case) take a path where the code point count is the length,
    /// so the layout needs no count slot and no branch on it.
    #[inline(always)]
    pub fn concat_str(&mut self, a: &StrObj, b: &StrObj) -> Value {
        if a.is_ascii() & b.is_ascii() {
            self.concat_str_counted(a, b, a.len() + b.len())
        } else {
            self.concat_str_mixed(a, b)
        }
    }

    /// `concat_str` where a part is not ASCII.
    #[inline(never)]
    fn concat_str_mixed(&mut self, a: &StrObj, b: &StrObj) -> Value {
        self.concat_str_counted(a, b, a.nchars() + b.nchars())
    }

    /// `concat_str` with the result's code point count `nchars`.
    #[inline(always)]
    fn concat_str_counted(&mut self, a: &StrObj, b: &StrObj, nchars: usize) -> Value {
        let cls = self.rt.types.str;
        let (x, y) = (a.as_str().as_bytes(), b.as_str().as_bytes());
        // SAFETY: both texts (valid UTF-8, `nchars` code points) fill the new
        // str's `x.len() + y.len()` bytes (past STR_MAX_LEN the allocation
        // aborts as out of memory).
        unsafe {
            let n = x.len() + y.len();
            let (p, text) = self.heap.alloc_str_uninit(cls, n, nchars);
            crate::heap::copy_bytes(x.as_ptr(), text, x.len());
            crate::heap::copy_bytes(y.as_ptr(), text.add(x.len()), y.len());
            Value::from_ptr(p)
        }
    }

    /// Interned str: equal text gives the same object.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.rt.interned.get(s) {
            return v;
        }
        let v = self.new_str(s);
        let h = v.header() as *const ObjHeader as *mut ObjHeader;
        // SAFETY: freshly allocated str object, not shared yet.
        unsafe { (*h).flags |= F_INTERNED };
        self.rt.interned.insert(s.into(), v);
        v
    }

    /// The interned one-char str of the ASCII byte `b` (< 128), from a table:
    /// `s[i]` and iteration over ASCII strs allocate nothing.
    #[inline]
    pub fn ascii_char(&mut self, b: u8) -> Value {
        let slot = self.rt.ascii_chars[(b & 0x7f) as usize];
        if !slot.is_unbound() {
            return slot;
        }
        self.ascii_char_slow(b & 0x7f)
    }

    #[cold]
    #[inline(never)]
    fn ascii_char_slow(&mut self, b: u8) -> Value {
        let buf = [b];
        // SAFETY: one ASCII byte is valid UTF-8.
        let v = self.intern(unsafe { std::str::from_utf8_unchecked(&buf) });
        self.rt.ascii_chars[b as usize] = v;
        v
    }

    /// Intern an existing str value (returns the canonical object).
    pub fn intern_value(&mut self, v: Value) -> Value {
        if v.is_kind(Kind::Str) && v.header().flags & F_INTERNED != 0 {
            return v;
        }
        match str_of(v) {
            Some(s) => self.intern(s),
            None => v,
        }
    }

    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::try_int(i) {
            Some(v) => v,
            None => self.box_bigint(BigInt::from(i)),
        }
    }

    /// Normalised: small when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_int(i) {
                return v;
            }
        }
        self.box_bigint(b)
    }

    #[cold]
    fn box_bigint(&mut self, v: BigInt) -> Value {
        let cls = self.rt.types.int;
        self.heap.account(v.bits() as usize / 8);
        self.alloc_obj(BigIntObj { h: ObjHeader::new(cls, Kind::BigInt), v })
    }

    #[inline]
    pub fn new_float(&mut self, f: f64) -> Value {
        match Value::try_float(f) {
            Some(v) => v,
            None => self.box_float(f),
        }
    }

    #[cold]
    fn box_float(&mut self, v: f64) -> Value {
        let cls = self.rt.types.float;
        self.alloc_obj(FloatObj { h: ObjHeader::new(cls, Kind::Float), v })
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let cls = self.rt.types.list;
        self.heap.account(items.capacity() * 8);
        self.alloc_obj(ListObj { h: ObjHeader::new(cls, Kind::List), items })
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.new_tuple_from(&items)
    }

    /// A tuple copying `items` (one allocation).
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        if items.is_empty() && !self.rt.empty_tuple.is_unbound() {
            return self.rt.empty_tuple;
        }
        Value::from_ptr(self.heap.alloc_tuple(items))
    }

    pub fn new_dict(&mut self) -> Value {
        Value::from_ptr(raw_dict(self))
    }

    /// A dict owning an existing table.
    pub fn new_dict_from(&mut self, t: dict::DictTable) -> Value {
        let cls = self.rt.types.dict;
        self.heap.account(t.entries.len() * std::mem::size_of::<dict::Entry>());
        self.alloc_obj(DictObj { h: ObjHeader::new(cls, Kind::Dict), t })
    }

    pub fn new_set(&mut self) -> Value {
        let cls = self.rt.types.set;
        self.alloc_obj(SetObj { h: ObjHeader::new(cls, Kind::Set), t: set::SetTable::new() })
    }

    pub fn new_frozenset(&mut self) -> Value {
        let cls = self.rt.types.frozenset;
        self.alloc_obj(SetObj { h: ObjHeader::new(cls, Kind::FrozenSet), t: set::SetTable::new() })
    }

    /// set (or frozenset) owning an existing table.
    pub fn new_set_from(&mut self, t: set::SetTable, frozen: bool) -> Value {
        let (cls, k) = if frozen { (self.rt.types.frozenset, Kind::FrozenSet) } else { (self.rt.types.set, Kind::Set) };
        self.heap.account(t.bytes());
        self.alloc_obj(SetObj { h: ObjHeader::new(cls, k), t })
    }

    pub fn new_native(&mut self, name: &'static str, f: NativeFn) -> Value {
        let cls = self.rt.types.builtin_function;
        self.alloc_obj(NativeObj { h: ObjHeader::new(cls, Kind::Native), name, f, bound: Value::UNBOUND })
    }

    /// A builtin function (a module's or the builtins'): like CPython's
    /// `builtin_function_or_method` it has no `__get__`, so stored in a class
    /// it is not bound (`class A: f = len; A().f(x)` is `len(x)`).
    pub fn new_builtin_function(&mut self, name: &'static str, f: NativeFn) -> Value {
        let v = self.new_native(name, f);
        v.obj::<NativeObj>().h.aux = attr::NATIVE_FUNCTION;
        v
    }

    /// A native with a bound first argument (prepended to `args` on each call).
    pub fn new_native_bound(&mut self, name: &'static str, f: NativeFn, bound: Value) -> Value {
        let cls = self.rt.types.builtin_function;
        self.alloc_obj(NativeObj { h: ObjHeader::new(cls, Kind::Native), name, f, bound })
    }

    pub fn new_module(&mut self, name: &str) -> Value {
        let cls = self.rt.types.module;
        let n = self.intern(name);
        let d = raw_dict(self);
        let m = self.alloc_obj(ModuleObj { h: ObjHeader::new(cls, Kind::Module), name: n, dict: d });
        // SAFETY: `d` is a live dict just allocated.
        let t = unsafe { &mut (*d).t };
        t.set_str(self.rt.names.name, n);
        t.set_str(self.rt.names.doc, Value::none());
        m
    }

    pub fn new_cell(&mut self, v: Value) -> Value {
        let cls = self.rt.types.cell;
        self.alloc_obj(CellObj { h: ObjHeader::new(cls, Kind::Cell), v })
    }

    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> Value {
        let cls = self.rt.types.range;
        self.alloc_obj(RangeObj { h: ObjHeader::new(cls, Kind::Range), start, stop, step })
    }

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        let cls = self.rt.types.slice;
        self.alloc_obj(SliceObj { h: ObjHeader::new(cls, Kind::Slice), start, stop, step })
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        let cls = self.rt.types.bytes;
        self.heap.account(b.len());
        self.alloc_obj(BytesObj { h: ObjHeader::new(cls, Kind::Bytes), hash: -1, b: b.into_boxed_slice() })
    }

    pub fn new_bound_method(&mut self, func: Value, self_: Value) -> Value {
        let cls = self.rt.types.method;
        self.alloc_obj(BoundMethodObj { h: ObjHeader::new(cls, Kind::BoundMethod), func, self_ })
    }

    pub fn new_iter(&mut self, cls: *mut ClassObj, st: iter::IterState) -> Value {
        self.alloc_obj(IterObj { h: ObjHeader::new(cls, Kind::Iter), st })
    }

    /// A value for a bool.
    #[inline]
    pub fn new_bool(&self, b: bool) -> Value {
        Value::bool(b)
    }
}
