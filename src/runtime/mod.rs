//! Object protocols and builtin types: the `Runtime` state (`cx.rt`), builtin
//! classes, constructors, attribute lookup, calls, classes, exceptions, the
//! dict/set table and iterators. See ARCHITECTURE.md for the contracts.
//!
//! Files: `types.rs` (builtin classes, `init`), `alloc.rs` (constructors),
//! `errors.rs` (raising), `num.rs` (int/float arithmetic), `ops.rs`
//! (binary/compare/unary/hash/eq), `repr.rs`, `attr.rs`, `call.rs`,
//! `class.rs` (build_class, MRO, instantiation, super), `item.rs`
//! (get_item/contains/len), `exc.rs` (exceptions, tracebacks), `iter.rs`,
//! `dict.rs`, `file.rs`, `args.rs` (argument parsing helpers).

pub mod alloc;
pub mod args;
pub mod attr;
pub mod call;
pub mod class;
pub mod dict;
pub mod errors;
pub mod exc;
pub mod file;
pub mod item;
pub mod iter;
pub mod num;
pub mod ops;
pub mod output;
pub mod repr;
pub mod set;
mod shim;
pub mod types;

pub use attr::*;
pub use call::*;
pub use class::*;
pub use exc::*;
pub use item::*;
pub use iter::{get_iter, iter_next};
pub use ops::*;
pub use repr::*;
pub use types::{def_method, dict_set_raw, dict_set_str, init, type_of, Names, Types};

use crate::heap::*;
use crate::value::Value;
use crate::vm::Ctx;
use crate::PyResult;
use num_bigint::BigInt;
use crate::fxhash::HashMap;

/// Signature of a builtin module's initialiser (`modules::*` register these).
pub type ModuleInit = fn(&mut Ctx) -> PyResult<Value>;

/// Runtime state: builtin classes, interned strings, builtins and modules, I/O.
pub struct Runtime {
    pub types: Types,
    /// Common interned names (`__init__`, `__repr__`, ...).
    pub names: Names,
    /// Interned strings by text.
    pub interned: HashMap<Box<str>, Value>,
    /// The builtins dict (null until `init`).
    pub builtins: *mut DictObj,
    /// `sys.modules` (null until `init`).
    pub modules: *mut DictObj,
    /// Builtin module registry (`modules::install` fills it).
    pub builtin_modules: Vec<(&'static str, ModuleInit)>,
    pub argv: Vec<String>,
    pub stdout: output::Output,
    pub stderr: output::Output,
    pub recursion_limit: usize,
    /// The shared empty tuple.
    pub empty_tuple: Value,
    /// Objects being repr'd (recursive containers print `[...]`).
    pub repr_stack: Vec<Value>,
    /// Source files by name, split in lines (tracebacks).
    pub source_cache: HashMap<String, Option<Vec<String>>>,
    /// (base, subclass) pairs: bumping a base's version bumps its subclasses.
    pub subclasses: Vec<(*mut ClassObj, *mut ClassObj)>,
    /// Global version counter for class versions.
    pub version_counter: u32,
    /// Extra GC roots other modules may register (kept for the whole run).
    pub roots: Vec<Value>,
    /// Interned [op, rop, iop] dunder names per `BinOp` (filled lazily).
    pub op_names: Vec<[Value; 3]>,
    /// Return value of the generator that `iter_next` just saw finish (UNBOUND
    /// otherwise); `stop_iteration(UNBOUND)` right after uses it as `.value`.
    pub gen_return: Value,
    /// The interned one-char strs of the ASCII chars (UNBOUND until first
    /// used; `Ctx::ascii_char`). Rooted through `interned`.
    pub ascii_chars: [Value; 128],
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime {
            types: Types::default(),
            names: Names::default(),
            interned: HashMap::default(),
            builtins: std::ptr::null_mut(),
            modules: std::ptr::null_mut(),
            builtin_modules: Vec::new(),
            argv: Vec::new(),
            stdout: output::Output::stdout(),
            stderr: output::Output::stderr(),
            recursion_limit: 1000,
            empty_tuple: Value::UNBOUND,
            repr_stack: Vec::new(),
            source_cache: HashMap::default(),
            subclasses: Vec::new(),
            version_counter: 1,
            roots: Vec::new(),
            op_names: Vec::new(),
            gen_return: Value::UNBOUND,
            ascii_chars: [Value::UNBOUND; 128],
        }
    }
}

impl Runtime {
    /// Mark the runtime's roots.
    pub fn trace(&self, heap: &mut Heap) {
        self.types.trace(heap);
        for v in self.interned.values() {
            heap.mark(*v);
        }
        heap.mark_ptr(self.builtins);
        heap.mark_ptr(self.modules);
        heap.mark(self.empty_tuple);
        heap.mark_all(&self.repr_stack);
        for &(a, b) in &self.subclasses {
            heap.mark_ptr(a);
            heap.mark_ptr(b);
        }
        heap.mark_all(&self.roots);
        heap.mark(self.gen_return);
        for n in &self.op_names {
            heap.mark_all(n);
        }
    }
}

// ---------------------------------------------------------------- readers

/// The builtin value inside an instance of a user subclass of a builtin type
/// (`class MyList(list)`), else `v` itself.
#[inline]
pub fn unwrap_payload(v: Value) -> Value {
    if let Some(i) = v.downcast::<InstanceObj>(Kind::Instance) {
        if !i.payload.is_unbound() {
            return i.payload;
        }
    }
    v
}

#[inline]
pub fn str_obj(v: Value) -> Option<&'static mut StrObj> {
    if v.is_kind(Kind::Str) {
        return Some(v.obj::<StrObj>());
    }
    unwrap_payload(v).downcast::<StrObj>(Kind::Str)
}

/// Text of a str (or str subclass instance).
#[inline]
pub fn str_of(v: Value) -> Option<&'static str> {
    str_obj(v).map(|s| &*s.as_str())
}

/// A float's value (self-tagged, boxed, or float subclass instance). Not ints.
#[inline]
pub fn float_of(v: Value) -> Option<f64> {
    if v.is_float() {
        return Some(v.as_float());
    }
    if v.is_int() {
        return None;
    }
    let v = unwrap_payload(v);
    if v.is_float() {
        Some(v.as_float())
    } else {
        v.downcast::<FloatObj>(Kind::Float).map(|f| f.v)
    }
}

/// A small int's value (bools count as ints; int subclass payloads too).
#[inline]
pub fn int_of(v: Value) -> Option<i64> {
    if v.is_int() {
        return Some(v.as_small());
    }
    if !v.is_obj() {
        return None;
    }
    match v.header().kind {
        Kind::Bool => Some(v.header().aux as i64),
        Kind::Instance => {
            let p = unwrap_payload(v);
            if p != v {
                int_of(p)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Any int (small, big, bool, int subclass) as a BigInt.
pub fn bigint_of(v: Value) -> Option<BigInt> {
    if let Some(i) = int_of(v) {
        return Some(BigInt::from(i));
    }
    unwrap_payload(v).downcast::<BigIntObj>(Kind::BigInt).map(|b| b.v.clone())
}

/// Borrow a big int object's value (no clone).
#[inline]
pub fn bigint_ref(v: Value) -> Option<&'static BigInt> {
    unwrap_payload(v).downcast::<BigIntObj>(Kind::BigInt).map(|b| &b.v)
}

/// True for any int value (small, big, bool, subclass).
#[inline]
pub fn is_int_value(v: Value) -> bool {
    int_of(v).is_some() || bigint_ref(v).is_some()
}

#[inline]
pub fn tuple_items(v: Value) -> Option<&'static [Value]> {
    if v.is_kind(Kind::Tuple) {
        return Some(&v.obj::<TupleObj>().items());
    }
    unwrap_payload(v).downcast::<TupleObj>(Kind::Tuple).map(|t| &*t.items())
}

#[inline]
pub fn list_items(v: Value) -> Option<&'static [Value]> {
    list_vec(v).map(|l| &l[..])
}

/// The list's item vector, mutable.
#[inline]
pub fn list_vec(v: Value) -> Option<&'static mut Vec<Value>> {
    if v.is_kind(Kind::List) {
        return Some(&mut v.obj::<ListObj>().items);
    }
    unwrap_payload(v).downcast::<ListObj>(Kind::List).map(|l| &mut l.items)
}

/// Items of a list or tuple.
#[inline]
pub fn seq_items(v: Value) -> Option<&'static [Value]> {
    tuple_items(v).or_else(|| list_items(v))
}

/// The items of a list or tuple, not of a subclass instance (which may
/// override `__iter__`: iterating it must call that). The fast path of
/// everything that iterates (unpacking, `[*x]`, `str.join`, collecting).
#[inline]
pub fn plain_seq_items(v: Value) -> Option<&'static [Value]> {
    if v.is_kind(Kind::Instance) {
        return None;
    }
    seq_items(v)
}

#[inline]
pub fn dict_obj(v: Value) -> Option<&'static mut DictObj> {
    if v.is_kind(Kind::Dict) {
        return Some(v.obj::<DictObj>());
    }
    unwrap_payload(v).downcast::<DictObj>(Kind::Dict)
}

/// set or frozenset (or a subclass instance).
#[inline]
pub fn set_obj(v: Value) -> Option<&'static mut SetObj> {
    let v = unwrap_payload(v);
    match v.kind() {
        Some(Kind::Set) | Some(Kind::FrozenSet) => Some(v.obj::<SetObj>()),
        _ => None,
    }
}

#[inline]
pub fn class_of_value(v: Value) -> Option<*mut ClassObj> {
    if v.is_kind(Kind::Class) {
        Some(v.as_ptr::<ClassObj>())
    } else {
        None
    }
}

/// Name of a class as a Rust string.
pub fn class_name(cls: *mut ClassObj) -> &'static str {
    if cls.is_null() {
        return "?";
    }
    // SAFETY: class pointers from type_of / class values are live objects.
    let c = unsafe { &*cls };
    str_of(c.name).unwrap_or("?")
}

/// `type(v).__name__`.
pub fn type_name(cx: &Ctx, v: Value) -> &'static str {
    class_name(type_of(cx, v))
}

/// Borrow a class.
#[inline]
pub fn cls_ref(cls: *mut ClassObj) -> &'static mut ClassObj {
    // SAFETY: class pointers handed around by the runtime are live heap objects.
    unsafe { &mut *cls }
}
