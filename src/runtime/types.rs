//! Builtin classes (`cx.rt.types`), cached names (`cx.rt.names`), `type_of`
//! and runtime start-up (`init`).
use super::*;

/// Class flags (`ClassObj::flags`).
pub const CF_BUILTIN: u32 = 1;
pub const CF_HAS_GETATTR: u32 = 2;
pub const CF_HAS_GETATTRIBUTE: u32 = 4;
pub const CF_HAS_SETATTR: u32 = 8;
pub const CF_HAS_DELATTR: u32 = 16;
/// Instances are descriptors (`__get__`).
pub const CF_HAS_GET: u32 = 32;
/// Instances are data descriptors (`__set__` or `__delete__`).
pub const CF_HAS_SET: u32 = 64;
/// Builtin class that cannot be subclassed (bool, NoneType, ...).
pub const CF_FINAL: u32 = 128;
/// Some class in the MRO has a data descriptor (property, `__set__`): instance
/// attribute loads must consult the class before the instance dict.
pub const CF_HAS_DATA_DESCR: u32 = 256;
/// The class's own `__abstractmethods__` is non-empty (CPython's
/// Py_TPFLAGS_IS_ABSTRACT): `object.__new__` refuses to instantiate it.
pub const CF_ABSTRACT: u32 = 512;

macro_rules! define_types {
    ($($f:ident = $name:literal [$($base:ident)?] $layout:ident $(, $public:ident)?;)*) => {
        /// Every builtin class.
        #[derive(Clone, Copy)]
        pub struct Types { $(pub $f: *mut ClassObj,)* }
        impl Default for Types {
            fn default() -> Self { Types { $($f: std::ptr::null_mut(),)* } }
        }
        impl Types {
            pub fn trace(&self, m: &mut Heap) { $(m.mark_ptr(self.$f);)* }
            /// Every builtin class.
            pub fn all(&self) -> Vec<*mut ClassObj> { vec![$(self.$f,)*] }
        }
        fn create_types(cx: &mut Ctx) {
            $(
                #[allow(unused_mut, unused_assignments)]
                let mut base: *mut ClassObj = std::ptr::null_mut();
                $( base = cx.rt.types.$base; )?
                cx.rt.types.$f = raw_class(cx, base, Kind::$layout);
            )*
            $( set_class_name(cx, cx.rt.types.$f, $name); )*
            let b = cx.rt.builtins;
            $($(
                let _ = stringify!($public);
                let v = Value::from_ptr(cx.rt.types.$f);
                dict_set_str(cx, b, $name, v);
            )?)*
        }
    };
}

define_types! {
    object = "object" [] Instance, public;
    type_ = "type" [object] Class, public;
    str = "str" [object] Str, public;
    int = "int" [object] BigInt, public;
    bool = "bool" [int] Bool, public;
    float = "float" [object] Float, public;
    list = "list" [object] List, public;
    tuple = "tuple" [object] Tuple, public;
    dict = "dict" [object] Dict, public;
    set = "set" [object] Set, public;
    frozenset = "frozenset" [object] FrozenSet, public;
    range = "range" [object] Range, public;
    slice = "slice" [object] Slice, public;
    bytes = "bytes" [object] Bytes, public;
    // bytearray / memoryview (builtins::bytearray, builtins::memview): native
    // payloads in instances of classes whose dunders are natives in their
    // dicts (the install clears CF_BUILTIN so the protocols find them).
    bytearray = "bytearray" [object] Instance, public;
    memoryview = "memoryview" [object] Instance, public;
    bytearray_iterator = "bytearray_iterator" [object] Instance;
    memory_iterator = "memory_iterator" [object] Instance;
    property = "property" [object] Property, public;
    staticmethod = "staticmethod" [object] StaticMethod, public;
    classmethod = "classmethod" [object] ClassMethod, public;
    super_ = "super" [object] Super, public;
    enumerate = "enumerate" [object] Iter, public;
    zip = "zip" [object] Iter, public;
    map = "map" [object] Iter, public;
    filter = "filter" [object] Iter, public;
    reversed = "reversed" [object] Iter, public;
    function = "function" [object] Function;
    builtin_function = "builtin_function_or_method" [object] Native;
    method = "method" [object] BoundMethod;
    wrapper_descriptor = "wrapper_descriptor" [object] Native;
    method_descriptor = "method_descriptor" [object] Native;
    method_wrapper = "method-wrapper" [object] BoundMethod;
    none_type = "NoneType" [object] None;
    module = "module" [object] Module;
    cell = "cell" [object] Cell;
    code = "code" [object] Code;
    generator = "generator" [object] Generator;
    ellipsis = "ellipsis" [object] Ellipsis;
    not_implemented = "NotImplementedType" [object] NotImplemented;
    file = "TextIOWrapper" [object] File;
    traceback = "traceback" [object] Instance;
    frame = "frame" [object] Instance;
    generic_alias = "GenericAlias" [object] Instance;
    member_descriptor = "member_descriptor" [object] Instance;
    getset_descriptor = "getset_descriptor" [object] Instance;
    list_iterator = "list_iterator" [object] Iter;
    list_reverseiterator = "list_reverseiterator" [object] Iter;
    tuple_iterator = "tuple_iterator" [object] Iter;
    str_iterator = "str_ascii_iterator" [object] Iter;
    range_iterator = "range_iterator" [object] Iter;
    dict_keyiterator = "dict_keyiterator" [object] Iter;
    dict_valueiterator = "dict_valueiterator" [object] Iter;
    dict_itemiterator = "dict_itemiterator" [object] Iter;
    set_iterator = "set_iterator" [object] Iter;
    callable_iterator = "callable_iterator" [object] Iter;
    iterator = "iterator" [object] Iter;
    dict_keys = "dict_keys" [object] Iter;
    dict_values = "dict_values" [object] Iter;
    dict_items = "dict_items" [object] Iter;
    // exceptions (CPython 3.11 hierarchy)
    base_exception = "BaseException" [object] Exception, public;
    system_exit = "SystemExit" [base_exception] Exception, public;
    keyboard_interrupt = "KeyboardInterrupt" [base_exception] Exception, public;
    generator_exit = "GeneratorExit" [base_exception] Exception, public;
    exception = "Exception" [base_exception] Exception, public;
    // The group classes' `__new__` (builtins::excgroup) makes the exception
    // object: with the Instance layout, calling them runs it. ExceptionGroup's
    // bases are (BaseExceptionGroup, Exception): see excgroup::install.
    base_exception_group = "BaseExceptionGroup" [base_exception] Instance, public;
    exception_group = "ExceptionGroup" [base_exception_group] Instance, public;
    stop_iteration = "StopIteration" [exception] Exception, public;
    stop_async_iteration = "StopAsyncIteration" [exception] Exception, public;
    arithmetic_error = "ArithmeticError" [exception] Exception, public;
    floating_point_error = "FloatingPointError" [arithmetic_error] Exception, public;
    overflow_error = "OverflowError" [arithmetic_error] Exception, public;
    zero_division_error = "ZeroDivisionError" [arithmetic_error] Exception, public;
    assertion_error = "AssertionError" [exception] Exception, public;
    attribute_error = "AttributeError" [exception] Exception, public;
    buffer_error = "BufferError" [exception] Exception, public;
    eof_error = "EOFError" [exception] Exception, public;
    import_error = "ImportError" [exception] Exception, public;
    module_not_found_error = "ModuleNotFoundError" [import_error] Exception, public;
    lookup_error = "LookupError" [exception] Exception, public;
    index_error = "IndexError" [lookup_error] Exception, public;
    key_error = "KeyError" [lookup_error] Exception, public;
    memory_error = "MemoryError" [exception] Exception, public;
    name_error = "NameError" [exception] Exception, public;
    unbound_local_error = "UnboundLocalError" [name_error] Exception, public;
    os_error = "OSError" [exception] Exception, public;
    blocking_io_error = "BlockingIOError" [os_error] Exception, public;
    child_process_error = "ChildProcessError" [os_error] Exception, public;
    connection_error = "ConnectionError" [os_error] Exception, public;
    broken_pipe_error = "BrokenPipeError" [connection_error] Exception, public;
    connection_aborted_error = "ConnectionAbortedError" [connection_error] Exception, public;
    connection_refused_error = "ConnectionRefusedError" [connection_error] Exception, public;
    connection_reset_error = "ConnectionResetError" [connection_error] Exception, public;
    file_exists_error = "FileExistsError" [os_error] Exception, public;
    file_not_found_error = "FileNotFoundError" [os_error] Exception, public;
    interrupted_error = "InterruptedError" [os_error] Exception, public;
    is_a_directory_error = "IsADirectoryError" [os_error] Exception, public;
    not_a_directory_error = "NotADirectoryError" [os_error] Exception, public;
    permission_error = "PermissionError" [os_error] Exception, public;
    process_lookup_error = "ProcessLookupError" [os_error] Exception, public;
    timeout_error = "TimeoutError" [os_error] Exception, public;
    reference_error = "ReferenceError" [exception] Exception, public;
    runtime_error = "RuntimeError" [exception] Exception, public;
    not_implemented_error = "NotImplementedError" [runtime_error] Exception, public;
    recursion_error = "RecursionError" [runtime_error] Exception, public;
    syntax_error = "SyntaxError" [exception] Exception, public;
    indentation_error = "IndentationError" [syntax_error] Exception, public;
    tab_error = "TabError" [indentation_error] Exception, public;
    system_error = "SystemError" [exception] Exception, public;
    type_error = "TypeError" [exception] Exception, public;
    value_error = "ValueError" [exception] Exception, public;
    unicode_error = "UnicodeError" [value_error] Exception, public;
    unicode_decode_error = "UnicodeDecodeError" [unicode_error] Exception, public;
    unicode_encode_error = "UnicodeEncodeError" [unicode_error] Exception, public;
    unicode_translate_error = "UnicodeTranslateError" [unicode_error] Exception, public;
    warning = "Warning" [exception] Exception, public;
    bytes_warning = "BytesWarning" [warning] Exception, public;
    deprecation_warning = "DeprecationWarning" [warning] Exception, public;
    encoding_warning = "EncodingWarning" [warning] Exception, public;
    future_warning = "FutureWarning" [warning] Exception, public;
    import_warning = "ImportWarning" [warning] Exception, public;
    pending_deprecation_warning = "PendingDeprecationWarning" [warning] Exception, public;
    resource_warning = "ResourceWarning" [warning] Exception, public;
    runtime_warning = "RuntimeWarning" [warning] Exception, public;
    syntax_warning = "SyntaxWarning" [warning] Exception, public;
    unicode_warning = "UnicodeWarning" [warning] Exception, public;
    user_warning = "UserWarning" [warning] Exception, public;
}

macro_rules! define_names {
    ($($f:ident = $s:literal,)*) => {
        /// Interned names the runtime looks up often (so lookups never re-intern).
        pub struct Names { $(pub $f: Value,)* }
        impl Default for Names {
            fn default() -> Self { Names { $($f: Value::UNBOUND,)* } }
        }
        fn intern_names(cx: &mut Ctx) {
            $( cx.rt.names.$f = cx.intern($s); )*
        }
    };
}

define_names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__", call = "__call__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__", delattr = "__delattr__",
    get = "__get__", set = "__set__", delete = "__delete__", set_name = "__set_name__",
    eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", bool_ = "__bool__", len = "__len__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__", contains = "__contains__",
    missing = "__missing__", reversed = "__reversed__", index = "__index__", format = "__format__",
    int_ = "__int__", float_ = "__float__", neg = "__neg__", pos = "__pos__", invert = "__invert__",
    abs = "__abs__", enter = "__enter__", exit = "__exit__", name = "__name__", qualname = "__qualname__",
    module = "__module__", doc = "__doc__", dict = "__dict__", class = "__class__", mro = "__mro__",
    bases = "__bases__", base = "__base__", self_ = "__self__", func = "__func__", slots = "__slots__",
    args = "args", cause = "__cause__", context = "__context__", traceback = "__traceback__",
    suppress_context = "__suppress_context__", init_subclass = "__init_subclass__",
    class_getitem = "__class_getitem__", builtins = "__builtins__", main = "__main__",
    file = "__file__", annotations = "__annotations__", defaults = "__defaults__", code = "__code__",
    kwdefaults = "__kwdefaults__", objclass = "__objclass__", wrapped = "__wrapped__", value = "value", fget = "fget",
    fset = "fset", fdel = "fdel", start = "start", stop = "stop", step = "step", real = "real",
    imag = "imag", numerator = "numerator", denominator = "denominator", empty = "",
    mro_method = "mro", closure = "__closure__", globals = "__globals__", code_name = "co_name",
    msg = "msg", filename = "filename", lineno = "lineno", errno = "errno", strerror = "strerror",
    name_attr = "name", path = "path", obj = "obj", self_name = "self", cls_name = "cls",
    exit_code = "code", metaclass = "metaclass", setattr_self = "__setattr__",
    abstractmethods = "__abstractmethods__", isabstractmethod = "__isabstractmethod__",
}

/// Python type of any value.
#[inline]
pub fn type_of(cx: &Ctx, v: Value) -> *mut ClassObj {
    if v.is_int() {
        return cx.rt.types.int;
    }
    if v.is_float() {
        return cx.rt.types.float;
    }
    let h = v.header();
    // (A tuple has no class word: see `ObjHeader`.)
    if h.kind == Kind::Tuple {
        return cx.rt.types.tuple;
    }
    if !h.class.is_null() {
        return h.class;
    }
    type_of_static(cx, h.kind)
}

#[cold]
fn type_of_static(cx: &Ctx, k: Kind) -> *mut ClassObj {
    let t = &cx.rt.types;
    match k {
        Kind::None => t.none_type,
        Kind::Bool => t.bool,
        Kind::Ellipsis => t.ellipsis,
        Kind::NotImplemented => t.not_implemented,
        Kind::Str => t.str,
        Kind::Tuple => t.tuple,
        _ => t.object,
    }
}

/// A class object with no name yet (names are set once `str` exists).
fn raw_class(cx: &mut Ctx, base: *mut ClassObj, layout: Kind) -> *mut ClassObj {
    let mut mro = Vec::new();
    let mut bases = Vec::new();
    if !base.is_null() {
        bases.push(base);
        mro.extend_from_slice(&cls_ref(base).mro);
    }
    let builtin_base = match layout {
        Kind::Instance | Kind::Exception | Kind::Class | Kind::Iter => std::ptr::null_mut(),
        _ => std::ptr::null_mut::<ClassObj>(),
    };
    let dict = alloc::raw_dict(cx);
    let cls = ClassObj {
        h: ObjHeader::new(cx.rt.types.type_, Kind::Class),
        name: Value::UNBOUND,
        qualname: Value::UNBOUND,
        bases,
        mro,
        dict,
        layout,
        version: ops::next_version(),
        flags: CF_BUILTIN,
        builtin_base,
    };
    let p = cx.heap.alloc(cls);
    let c = cls_ref(p);
    c.mro.insert(0, p);
    if matches!(
        layout,
        Kind::BigInt | Kind::Float | Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Bytes
    ) {
        c.builtin_base = p;
    }
    p
}

fn set_class_name(cx: &mut Ctx, cls: *mut ClassObj, name: &str) {
    let n = cx.intern(name);
    let c = cls_ref(cls);
    c.name = n;
    c.qualname = n;
    c.h.class = cx.rt.types.type_;
    // SAFETY: the class dict is live; its class is patched now that `dict` exists.
    unsafe { (*c.dict).h.class = cx.rt.types.dict };
}

/// Store into a dict by a str key (interned). Never fails for str keys.
pub fn dict_set_str(cx: &mut Ctx, d: *mut DictObj, key: &str, v: Value) {
    let k = cx.intern(key);
    dict_set_raw(cx, d, k, v);
}

/// Store with a str key (no user `__eq__` can run).
pub fn dict_set_raw(cx: &mut Ctx, d: *mut DictObj, key: Value, v: Value) {
    // SAFETY: `d` is a live dict object.
    let t = unsafe { &mut (*d).t };
    let _ = t.set(cx, key, v);
}

/// Add a native method to a (builtin) class dict.
/// Interned-name table capacity reserved at startup.
const STARTUP_INTERNED: usize = 2048;

pub fn def_method(cx: &mut Ctx, cls: *mut ClassObj, name: &'static str, f: NativeFn) {
    let n = cx.new_native(name, f);
    let d = cls_ref(cls).dict;
    dict_set_str(cx, d, name, n);
    cls_ref(cls).version = ops::next_version();
}

/// Create the builtin classes, builtins dict and module registry; then let the
/// builtins and modules engineers install their functions.
pub fn init(cx: &mut Ctx) {
    // Interned strings need `types.str`; classes need names: create the
    // builtins dict lazily after the classes exist. The startup set of names
    // (~1.5k) fits the reservation: no rehash while types are built.
    cx.rt.interned.reserve(STARTUP_INTERNED);
    create_types_and_builtins(cx);
    intern_names(cx);
    cx.rt.empty_tuple = cx.new_tuple_from(&[]);
    for cls in [cx.rt.types.bool, cx.rt.types.none_type, cx.rt.types.ellipsis, cx.rt.types.not_implemented] {
        cls_ref(cls).flags |= CF_FINAL;
    }
    let b = cx.rt.builtins;
    let aliases = [("EnvironmentError", cx.rt.types.os_error), ("IOError", cx.rt.types.os_error)];
    for (n, c) in aliases {
        dict_set_str(cx, b, n, Value::from_ptr(c));
    }
    dict_set_str(cx, b, "None", Value::none());
    dict_set_str(cx, b, "True", Value::true_());
    dict_set_str(cx, b, "False", Value::false_());
    dict_set_str(cx, b, "Ellipsis", Value::ellipsis());
    dict_set_str(cx, b, "NotImplemented", Value::not_implemented());
    class::install_natives(cx);
    iter::install(cx);
    file::install(cx);
    shim::install_builtins(cx);
    shim::install_modules(cx);
    // Builtin class dicts may have been filled directly: invalidate lookup caches.
    for c in cx.rt.types.all() {
        cls_ref(c).version = ops::next_version();
    }
}

fn create_types_and_builtins(cx: &mut Ctx) {
    // The builtins dict is created before the classes: its header class is
    // patched once `dict` exists.
    cx.rt.builtins = alloc::raw_dict(cx);
    cx.rt.modules = alloc::raw_dict(cx);
    create_types(cx);
    let d = cx.rt.types.dict;
    // SAFETY: both dicts were just allocated and are live.
    unsafe {
        (*cx.rt.builtins).h.class = d;
        (*cx.rt.modules).h.class = d;
    }
}
