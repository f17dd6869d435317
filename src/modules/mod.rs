//! Builtin modules (math, sys, time, random, os, collections, ...).
//!
//! Entry point: [`install`], called by `runtime::init`; it registers every
//! builtin module's init function in `cx.rt.builtin_modules`. An init function
//! builds the module object on first import (`runtime::import_builtin`).
//!
//! Native modules (`math`, `cmath`, `sys`, `time`, `_random`, `_os`, `_traceback`, `_warnings`,
//! `binascii`, `_hashlib`) are Rust; the rest
//! are bundled Python sources (`py/*.py`, embedded with `include_str!` and
//! compiled at first import), written to CPython 3.11's semantics and checked
//! against CPython. `random` and `os` are Python layers over the native cores
//! `_random` and `_os`, the same split as CPython's.

pub mod binascii;
pub mod atexit;
pub mod cmath;
pub mod csv_;
pub mod fmath;
pub mod gc;
pub mod hashlib;
pub mod math;
pub mod mt;
pub mod os;
pub mod random;
pub mod re;
pub mod signal;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod types;
pub mod warnings;
pub mod zlib;

use crate::heap::*;
use crate::vm::Ctx;
use crate::{PyResult, Value};

/// Module initialiser: builds and returns the module object.
pub type InitFn = fn(&mut Ctx) -> PyResult<Value>;

/// Bundled Python sources: (module name, source).
const PY_SOURCES: &[(&str, &str)] = &[
    ("random", include_str!("py/random.py")),
    ("collections", include_str!("py/collections.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("functools", include_str!("py/functools.py")),
    ("operator", include_str!("py/operator.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("copy", include_str!("py/copy.py")),
    ("json", include_str!("py/json.py")),
    ("string", include_str!("py/string.py")),
    ("html", include_str!("py/html/__init__.py")),
    ("html.entities", include_str!("py/html/entities.py")),
    ("html.parser", include_str!("py/html/parser.py")),
    ("_markupbase", include_str!("py/_markupbase.py")),
    ("platform", include_str!("py/platform.py")),
    ("codecs", include_str!("py/codecs.py")),
    ("_string", include_str!("py/_string.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("abc", include_str!("py/abc.py")),
    ("typing", include_str!("py/typing.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("io", include_str!("py/io.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("logging", include_str!("py/logging.py")),
    ("logging.handlers", include_str!("py/logging_handlers.py")),
    ("getopt", include_str!("py/getopt.py")),
    ("timeit", include_str!("py/timeit.py")),
    ("calendar", include_str!("py/calendar.py")),
    ("difflib", include_str!("py/difflib.py")),
    ("glob", include_str!("py/glob.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("numbers", include_str!("py/numbers.py")),
    ("enum", include_str!("py/enum.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("linecache", include_str!("py/linecache.py")),
    ("unittest", include_str!("py/unittest/__init__.py")),
    ("unittest.__main__", include_str!("py/unittest/__main__.py")),
    ("unittest.case", include_str!("py/unittest/case.py")),
    ("unittest.suite", include_str!("py/unittest/suite.py")),
    ("unittest.loader", include_str!("py/unittest/loader.py")),
    ("unittest.result", include_str!("py/unittest/result.py")),
    ("unittest.runner", include_str!("py/unittest/runner.py")),
    ("unittest.main", include_str!("py/unittest/main.py")),
    ("unittest.util", include_str!("py/unittest/util.py")),
    ("unittest.signals", include_str!("py/unittest/signals.py")),
    ("unittest._log", include_str!("py/unittest/_log.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("re", include_str!("py/re.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("_collections_abc", include_str!("py/_collections_abc.py")),
    ("collections.abc", "from _collections_abc import *\nfrom _collections_abc import __all__, _CallableGenericAlias\n"),
    ("types", include_str!("py/types.py")),
    ("struct", include_str!("py/struct.py")),
    ("fnmatch", include_str!("py/fnmatch.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    ("shutil", include_str!("py/shutil.py")),
    ("gettext", include_str!("py/gettext.py")),
    ("argparse", include_str!("py/argparse.py")),
    ("base64", include_str!("py/base64.py")),
    ("hashlib", include_str!("py/hashlib.py")),
    ("hmac", include_str!("py/hmac.py")),
    ("secrets", include_str!("py/secrets.py")),
    ("uuid", include_str!("py/uuid.py")),
    ("zlib", include_str!("py/zlib.py")),
    ("_csv", include_str!("py/_csv.py")),
    ("csv", include_str!("py/csv.py")),
    ("stat", include_str!("py/stat.py")),
    ("errno", include_str!("py/errno.py")),
    ("tempfile", include_str!("py/tempfile.py")),
    ("shlex", include_str!("py/shlex.py")),
    ("signal", include_str!("py/signal.py")),
    ("weakref", include_str!("py/weakref.py")),
    ("atexit", include_str!("py/atexit.py")),
    ("decimal", include_str!("py/decimal.py")),
    ("contextvars", include_str!("py/contextvars.py")),
    ("_contextvars", include_str!("py/_contextvars.py")),
    ("pickle", include_str!("py/pickle.py")),
    ("copyreg", include_str!("py/copyreg.py")),
    ("_compat_pickle", include_str!("py/_compat_pickle.py")),
    ("urllib", include_str!("py/urllib/__init__.py")),
    ("urllib.parse", include_str!("py/urllib/parse.py")),
    ("ipaddress", include_str!("py/ipaddress.py")),
    ("reprlib", include_str!("py/reprlib.py")),
    ("_thread", include_str!("py/_thread.py")),
    ("keyword", include_str!("py/keyword.py")),
    ("token", include_str!("py/token.py")),
    ("tokenize", include_str!("py/tokenize.py")),
    ("graphlib", include_str!("py/graphlib.py")),
];

macro_rules! py_inits {
    ($($name:literal => $f:ident),* $(,)?) => {
        $( fn $f(cx: &mut Ctx) -> PyResult<Value> { load_py(cx, $name) } )*
        const PY_INITS: &[(&str, InitFn)] = &[ $( ($name, $f) ),* ];
    };
}

py_inits! {
    "random" => init_random,
    "collections" => init_collections,
    "itertools" => init_itertools,
    "functools" => init_functools,
    "operator" => init_operator,
    "heapq" => init_heapq,
    "bisect" => init_bisect,
    "copy" => init_copy,
    "json" => init_json,
    "string" => init_string,
    "html" => init_html,
    "html.entities" => init_html_entities,
    "html.parser" => init_html_parser,
    "_markupbase" => init_markupbase,
    "platform" => init_platform,
    "codecs" => init_codecs,
    "_string" => init_private_string,
    "os" => init_os,
    "posixpath" => init_posixpath,
    "abc" => init_abc,
    "typing" => init_typing,
    "contextlib" => init_contextlib,
    "dataclasses" => init_dataclasses,
    "textwrap" => init_textwrap,
    "statistics" => init_statistics,
    "io" => init_io,
    "pprint" => init_pprint,
    "fractions" => init_fractions,
    "numbers" => init_numbers,
    "enum" => init_enum,
    "logging" => init_logging,
    "logging.handlers" => init_logging_handlers,
    "getopt" => init_getopt,
    "timeit" => init_timeit,
    "calendar" => init_calendar,
    "difflib" => init_difflib,
    "glob" => init_glob,
    "traceback" => init_traceback,
    "linecache" => init_linecache,
    "unittest" => init_unittest,
    "unittest.case" => init_unittest_case,
    "unittest.suite" => init_unittest_suite,
    "unittest.loader" => init_unittest_loader,
    "unittest.result" => init_unittest_result,
    "unittest.runner" => init_unittest_runner,
    "unittest.main" => init_unittest_main,
    "unittest.util" => init_unittest_util,
    "unittest.signals" => init_unittest_signals,
    "unittest._log" => init_unittest_log,
    "datetime" => init_datetime,
    "re" => init_re,
    "warnings" => init_warnings,
    "types" => init_types,
    "struct" => init_struct,
    "fnmatch" => init_fnmatch,
    "pathlib" => init_pathlib,
    "shutil" => init_shutil,
    "gettext" => init_gettext,
    "argparse" => init_argparse,
    "base64" => init_base64,
    "hashlib" => init_hashlib,
    "hmac" => init_hmac,
    "secrets" => init_secrets,
    "uuid" => init_uuid,
    "zlib" => init_zlib,
    "_csv" => init_csv_impl,
    "csv" => init_csv,
    "stat" => init_stat,
    "errno" => init_errno,
    "tempfile" => init_tempfile,
    "shlex" => init_shlex,
    "atexit" => init_atexit,
    "decimal" => init_decimal,
    "contextvars" => init_contextvars,
    "_contextvars" => init_private_contextvars,
    "pickle" => init_pickle,
    "copyreg" => init_copyreg,
    "_compat_pickle" => init_compat_pickle,
    "urllib" => init_urllib,
    "urllib.parse" => init_urllib_parse,
    "ipaddress" => init_ipaddress,
    "reprlib" => init_reprlib,
    "_thread" => init_private_thread,
    "keyword" => init_keyword,
    "token" => init_token,
    "tokenize" => init_tokenize,
    "graphlib" => init_graphlib,
    "_collections_abc" => init_collections_abc_impl,
    "collections.abc" => init_collections_abc,
    "signal" => init_signal,
    "weakref" => init_weakref,
}

/// The native modules, by import name (the bundled Python ones are `PY_INITS`).
const NATIVE_INITS: &[(&str, InitFn)] = &[
    ("math", math::init),
    ("cmath", cmath::init),
    ("sys", sys::init),
    ("time", time::init),
    ("_random", random::init),
    ("_os", os::init),
    ("_traceback", traceback::init),
    ("_warnings", warnings::init),
    ("_sre", re::init),
    ("_struct", struct_::init),
    ("_codecs", crate::builtins::codecs::init_module),
    ("gc", gc::init),
    ("_csvline", csv_::init),
    ("binascii", binascii::init),
    ("_hashlib", hashlib::init),
    ("_zlib", zlib::init),
    ("os.path", os::init_path),
    ("array", crate::builtins::array::init_module),
    ("_signal", signal::init),
    ("_weakref", crate::builtins::weakref::init_module),
];

/// Every builtin module, by import name.
pub fn table() -> impl Iterator<Item = (&'static str, InitFn)> {
    NATIVE_INITS.iter().chain(PY_INITS).copied()
}

/// Register the builtin modules (`cx.rt.builtin_modules`).
pub fn install(cx: &mut Ctx) {
    cx.rt.builtin_modules.reserve_exact(NATIVE_INITS.len() + PY_INITS.len());
    cx.rt.builtin_modules.extend(table());
    types::install(cx);
}

/// Bundled packages: their submodules are the bundled `NAME.sub` modules.
const PY_PACKAGES: &[&str] = &["unittest", "logging", "collections", "html", "urllib"];

/// Compile and run a bundled Python module. It is in `sys.modules` while its
/// body runs (so circular imports see it) and removed again if the body fails.
/// A package gets an empty `__path__` (its submodules are bundled too) and is
/// its own `__package__`; a submodule's is its package, as CPython's import
/// sets them (relative imports resolve against `__package__`).
/// The source of bundled Python module `name` (`tauraro -m NAME`).
pub fn bundled_source(name: &str) -> Option<&'static str> {
    PY_SOURCES.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}

/// Is bundled module `name` a package (`-m` runs its `__main__`)?
pub fn is_bundled_package(name: &str) -> bool {
    PY_PACKAGES.contains(&name)
}

fn load_py(cx: &mut Ctx, name: &str) -> PyResult<Value> {
    let src = PY_SOURCES.iter().find(|(n, _)| *n == name).map(|&(_, s)| s).expect("bundled module source");
    let filename = format!("<frozen {name}>");
    let code = crate::vm::import::compile_source(cx, src, &filename)?;
    let module = cx.new_module(name);
    set_str(cx, module, "__file__", &filename);
    if PY_PACKAGES.contains(&name) {
        set_str(cx, module, "__package__", name);
        let path = cx.new_list(Vec::new());
        set(cx, module, "__path__", path);
    } else {
        set_str(cx, module, "__package__", name.rsplit_once('.').map_or("", |(p, _)| p));
    }
    let key = cx.intern(name);
    // SAFETY: sys.modules is created by runtime::init and lives for the whole run.
    unsafe { (*cx.rt.modules).t.set_str(key, module) };
    if let Err(e) = crate::vm::run_code(cx, code, module) {
        // SAFETY: as above.
        unsafe { (*cx.rt.modules).t.remove_str(key) };
        return Err(e);
    }
    Ok(module)
}

// ---------------------------------------------------------------- helpers

/// Set attribute `name` of module `m` to `v`.
pub(crate) fn set(cx: &mut Ctx, m: Value, name: &str, v: Value) {
    let k = cx.intern(name);
    let d = m.obj::<ModuleObj>().dict;
    // SAFETY: `m` is a module object (built by our init functions); its dict is live.
    unsafe { (*d).t.set_str(k, v) };
}

pub(crate) fn set_str(cx: &mut Ctx, m: Value, name: &str, s: &str) {
    let v = cx.new_str(s);
    set(cx, m, name, v);
}

pub(crate) fn set_int(cx: &mut Ctx, m: Value, name: &str, i: i64) {
    let v = cx.new_int(i);
    set(cx, m, name, v);
}

pub(crate) fn set_float(cx: &mut Ctx, m: Value, name: &str, f: f64) {
    let v = cx.new_float(f);
    set(cx, m, name, v);
}

/// Define native functions in module `m`.
pub(crate) fn defs(cx: &mut Ctx, m: Value, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        let v = cx.new_builtin_function(name, f);
        set(cx, m, name, v);
    }
}

/// A module value with natives and the given name.
pub(crate) fn new_module(cx: &mut Ctx, name: &str, fns: &[(&'static str, NativeFn)]) -> Value {
    let m = cx.new_module(name);
    defs(cx, m, fns);
    m
}

/// Exactly `n` positional arguments, no keywords (`name() takes exactly one argument (2 given)` style).
pub(crate) fn arity(cx: &mut Ctx, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(cx.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(arity_error(cx, name, n, min, max))
}

#[cold]
#[inline(never)]
fn arity_error(cx: &mut Ctx, name: &str, n: usize, min: usize, max: usize) -> crate::Exc {
    let short = name.rsplit('.').next().unwrap_or(name);
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == 1 && max == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!("{short} expected {min} arguments, got {n}")
    } else if n < min {
        format!("{short} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{short} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    cx.type_error(msg)
}

/// A new exception class `module.name` deriving from `base`, stored as attribute `name` of `m`.
pub(crate) fn exc_class(cx: &mut Ctx, m: Value, module: &str, name: &str, base: *mut ClassObj) -> PyResult<Value> {
    let cname = cx.new_str(name);
    let ns = cx.new_dict();
    let (key, modname) = (cx.intern("__module__"), cx.new_str(module));
    crate::runtime::set_item(cx, ns, key, modname)?;
    let cls = crate::runtime::class::new_class(cx, cname, &[Value::from_ptr(base)], ns)?;
    set(cx, m, name, cls);
    Ok(cls)
}

/// Raise `module.name(msg)`: the class `exc_class` stored in the module, looked
/// up through sys.modules (RuntimeError if the module or class is gone).
#[cold]
#[inline(never)]
pub(crate) fn raise_in(cx: &mut Ctx, module: &str, name: &str, msg: impl Into<String>) -> crate::Exc {
    let key = cx.intern(module);
    // SAFETY: sys.modules is created by runtime::init and lives for the whole run.
    let m = unsafe { (*cx.rt.modules).t.get_str(key) };
    let cls = m.filter(|m| m.is_kind(Kind::Module)).and_then(|m| {
        let k = cx.intern(name);
        // SAFETY: `m` is a module object (kind checked); its dict is live.
        unsafe { (*m.obj::<ModuleObj>().dict).t.get_str(k) }
    });
    match cls.and_then(crate::runtime::class_of_value) {
        Some(c) => cx.err(c, msg),
        None => cx.runtime_error(msg),
    }
}

/// A bytes-like argument (bytes, bytearray, contiguous memoryview), or
/// "a bytes-like object is required, not 'T'". Valid until Python code runs.
pub(crate) fn buffer_arg(cx: &mut Ctx, v: Value) -> PyResult<&'static [u8]> {
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = crate::runtime::type_name(cx, v);
            Err(cx.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}
