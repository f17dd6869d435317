//! Builtin functions: print, len, repr, abs, min/max, sum, sorted, any/all,
//! isinstance, getattr..., chr/ord, hex/oct/bin, divmod, pow, round, hash, id,
//! callable, input, format, vars, dir, ascii.
use super::util::*;
use crate::compile::{BinOp, CmpOp};
use crate::heap::*;
use crate::runtime::num::{self, Num};
use crate::runtime::{self, str_of};
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

pub fn install(cx: &mut Ctx) {
    // The builtins namespace names itself (seen by code exec'd with bare globals).
    let name = cx.intern("builtins");
    runtime::types::dict_set_str(cx, cx.rt.builtins, "__name__", name);
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", super::lists::sort::sorted),
        ("any", any),
        ("all", all),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("next", next),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("hash", hash),
        ("id", id),
        ("callable", callable),
        ("input", input),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
    ];
    let b = cx.rt.builtins;
    for &(name, f) in fns {
        let v = cx.new_builtin_function(name, f);
        runtime::types::dict_set_str(cx, b, name, v);
    }
}

// ---------------------------------------------------------------- print

fn print(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (mut sep, mut end, mut file, mut flush) = (" ", "\n", Value::UNBOUND, false);
    for &(k, v) in kw {
        match str_of(k).unwrap_or("") {
            "sep" => sep = sep_arg(cx, v, "sep", " ")?,
            "end" => end = sep_arg(cx, v, "end", "\n")?,
            "file" => file = v,
            "flush" => flush = runtime::truthy(cx, v)?,
            other => return Err(cx.type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    if given(file) {
        return print_to_file(cx, args, sep, end, file, flush);
    }
    if let Some(f) = redirected_stdout(cx) {
        return print_to_file(cx, args, sep, end, f, flush);
    }
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            cx.rt.stdout.write_str(sep);
        }
        write_str_of(cx, a)?;
    }
    cx.rt.stdout.write_str(end);
    if flush {
        cx.rt.stdout.flush();
    }
    Ok(Value::none())
}

/// `sys.stdout` when a program replaced it (e.g. `contextlib.redirect_stdout`).
fn redirected_stdout(cx: &mut Ctx) -> Option<Value> {
    let key = cx.intern("sys");
    // SAFETY: sys.modules is live for the whole run.
    let sys = unsafe { (*cx.rt.modules).t.get_str(key) }?;
    let d = sys.downcast::<ModuleObj>(Kind::Module)?.dict;
    let (k1, k2) = (cx.intern("stdout"), cx.intern("__stdout__"));
    // SAFETY: module dicts are live.
    let t = unsafe { &(*d).t };
    let cur = t.get_str(k1)?;
    if Some(cur) == t.get_str(k2) || cur.is_none() {
        return None;
    }
    Some(cur)
}

fn sep_arg(cx: &mut Ctx, v: Value, what: &str, dflt: &'static str) -> PyResult<&'static str> {
    if v.is_none() {
        return Ok(dflt);
    }
    match str_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("{what} must be None or a string, not {t}")))
        }
    }
}

/// Write `str(v)` to stdout (no temporary for str / int / float).
#[inline]
fn write_str_of(cx: &mut Ctx, v: Value) -> PyResult<()> {
    if v.is_int() {
        let mut buf = itoa_buf(v.as_small());
        cx.rt.stdout.write_bytes(buf.as_bytes_mut());
        return Ok(());
    }
    if v.is_kind(Kind::Str) {
        let s = str_of(v).unwrap();
        cx.rt.stdout.write_str(s);
        return Ok(());
    }
    if v.is_float() {
        let s = super::spec::float_repr(v.as_float());
        cx.rt.stdout.write_str(&s);
        return Ok(());
    }
    let s = runtime::str_string(cx, v)?;
    cx.rt.stdout.write_str(&s);
    Ok(())
}

/// Decimal digits of an i64 in a stack buffer.
struct ItoaBuf {
    buf: [u8; 24],
    start: usize,
}
impl ItoaBuf {
    fn as_bytes_mut(&mut self) -> &[u8] {
        &self.buf[self.start..]
    }
}
#[inline]
fn itoa_buf(i: i64) -> ItoaBuf {
    let mut b = ItoaBuf { buf: [0; 24], start: 24 };
    let mut n = i.unsigned_abs();
    loop {
        b.start -= 1;
        b.buf[b.start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        b.start -= 1;
        b.buf[b.start] = b'-';
    }
    b
}

/// print() to a file object: one `write` call per piece, like CPython.
#[cold]
fn print_to_file(cx: &mut Ctx, args: &[Value], sep: &str, end: &str, file: Value, flush: bool) -> PyResult<Value> {
    let write = cx.intern("write");
    let w = runtime::get_attr(cx, file, write)?;
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            let sv = cx.new_str(sep);
            runtime::call(cx, w, &[sv], &[])?;
        }
        let s = runtime::to_str(cx, a)?;
        runtime::call(cx, w, &[s], &[])?;
    }
    let ev = cx.new_str(end);
    runtime::call(cx, w, &[ev], &[])?;
    if flush {
        let fl = cx.intern("flush");
        if let Some(f) = runtime::get_attr_opt(cx, file, fl)? {
            runtime::call(cx, f, &[], &[])?;
        }
    }
    Ok(Value::none())
}

// ---------------------------------------------------------------- basics

fn len(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "len", kw)?;
    nargs(cx, "len", args, 1, 1)?;
    let n = runtime::len(cx, args[0])?;
    Ok(cx.new_int(n as i64))
}

fn repr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "repr", kw)?;
    nargs(cx, "repr", args, 1, 1)?;
    runtime::repr(cx, args[0])
}

/// `ascii()` escaping of a repr: non-ASCII as \x, \u, \U escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

fn ascii(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "ascii", kw)?;
    nargs(cx, "ascii", args, 1, 1)?;
    let r = runtime::repr_string(cx, args[0])?;
    Ok(cx.new_string(ascii_escape(&r)))
}

fn abs(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "abs", kw)?;
    nargs(cx, "abs", args, 1, 1)?;
    let v = args[0];
    if v.is_int() {
        return Ok(cx.new_int(v.as_small().abs()));
    }
    if v.is_float() {
        return Ok(cx.new_float(v.as_float().abs()));
    }
    if !v.is_kind(Kind::Instance) {
        match num::num_of(v) {
            Some(Num::I(i)) => return Ok(cx.new_int(i.abs())),
            Some(Num::B(b)) => return Ok(cx.new_bigint(b.abs())),
            Some(Num::F(f)) => return Ok(cx.new_float(f.abs())),
            None => {}
        }
    }
    let n = cx.rt.names.abs;
    if let Some(f) = runtime::class_lookup(runtime::type_of(cx, v), n) {
        return runtime::call_dunder(cx, f, v, &[]);
    }
    let t = tname(cx, v);
    Err(cx.type_error(format!("bad operand type for abs(): '{t}'")))
}

/// min/max: `op` is Lt for min, Gt for max.
fn minmax(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, op: CmpOp) -> PyResult<Value> {
    let (mut key, mut dflt) = (Value::UNBOUND, Value::UNBOUND);
    for &(k, v) in kw {
        match str_of(k).unwrap_or("") {
            "key" => key = v,
            "default" => dflt = v,
            other => return Err(cx.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    let items = match args.len() {
        0 => return Err(cx.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => collect(cx, args[0])?,
        _ => {
            if !dflt.is_unbound() {
                return Err(cx.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    if items.is_empty() {
        if !dflt.is_unbound() {
            return Ok(dflt);
        }
        return Err(cx.value_error(format!("{name}() arg is an empty sequence")));
    }
    let use_key = given(key);
    let mut best = items[0];
    let mut best_key = if use_key { runtime::call(cx, key, &[best], &[])? } else { best };
    for &it in &items[1..] {
        let k = if use_key { runtime::call(cx, key, &[it], &[])? } else { it };
        let better = if Value::both_int(k, best_key) {
            if op == CmpOp::Lt {
                Value::int_lt(k, best_key)
            } else {
                Value::int_lt(best_key, k)
            }
        } else if k.is_float() && best_key.is_float() {
            let (x, y) = (k.as_float(), best_key.as_float());
            if op == CmpOp::Lt {
                x < y
            } else {
                x > y
            }
        } else {
            runtime::compare_bool(cx, op, k, best_key)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    minmax(cx, args, kw, "min", CmpOp::Lt)
}
fn max(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    minmax(cx, args, kw, "max", CmpOp::Gt)
}

fn sum(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [it, start] = parse_args(cx, "sum", args, kw, ["iterable", "start"], 1)?;
    let start = if start.is_unbound() { Value::from_small(0) } else { start };
    if str_of(start).is_some() {
        return Err(cx.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.is_kind(Kind::Bytes) {
        return Err(cx.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let mut acc = start;
    // Fast paths on list/tuple items; generic fallback via binary_op.
    if let Some(items) = plain_seq_items(it) {
        let items = items.to_vec();
        return sum_items(cx, acc, &items);
    }
    let iter = runtime::get_iter(cx, it)?;
    let mut chunk = Vec::with_capacity(64);
    while let Some(x) = runtime::iter_next(cx, iter)? {
        chunk.push(x);
        if chunk.len() == 64 {
            acc = sum_items(cx, acc, &chunk)?;
            chunk.clear();
        }
    }
    sum_items(cx, acc, &chunk)
}

fn sum_items(cx: &mut Ctx, mut acc: Value, items: &[Value]) -> PyResult<Value> {
    let mut i = 0;
    while i < items.len() {
        let x = items[i];
        if Value::both_int(acc, x) {
            if let Some(r) = Value::int_add(acc, x) {
                acc = r;
                i += 1;
                continue;
            }
        }
        if acc.is_float() && x.is_float() {
            acc = cx.new_float(acc.as_float() + x.as_float());
            i += 1;
            continue;
        }
        acc = runtime::binary_op(cx, BinOp::Add, acc, x)?;
        i += 1;
    }
    Ok(acc)
}

fn any(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "any", kw)?;
    nargs(cx, "any", args, 1, 1)?;
    let it = runtime::get_iter(cx, args[0])?;
    while let Some(x) = runtime::iter_next(cx, it)? {
        if runtime::truthy(cx, x)? {
            return Ok(Value::true_());
        }
    }
    Ok(Value::false_())
}

fn all(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "all", kw)?;
    nargs(cx, "all", args, 1, 1)?;
    let it = runtime::get_iter(cx, args[0])?;
    while let Some(x) = runtime::iter_next(cx, it)? {
        if !runtime::truthy(cx, x)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

// ---------------------------------------------------------------- types & attributes

/// isinstance/issubclass against a class or (nested) tuple of classes, as
/// CPython's object_recursive_isinstance / object_issubclass: `test` gets each
/// class and, when its metaclass is not `type` and defines `hook`
/// (`__instancecheck__` / `__subclasscheck__`, e.g. abc.ABCMeta), that method.
fn check_classinfo(
    cx: &mut Ctx,
    info: Value,
    fname: &str,
    hook: &str,
    test: &mut dyn FnMut(&mut Ctx, *mut ClassObj, Option<Value>) -> PyResult<bool>,
) -> PyResult<bool> {
    if let Some(c) = runtime::class_of_value(info) {
        let f = if runtime::cls_ref(c).flags & runtime::types::CF_BUILTIN != 0 {
            None // (a builtin class's metaclass is `type`)
        } else {
            metaclass_hook(cx, info, hook)
        };
        return test(cx, c, f);
    }
    if let Some(items) = runtime::tuple_items(info) {
        for &it in items {
            if check_classinfo(cx, it, fname, hook, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(cx.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union")))
}

/// `hook` of the metaclass of the user class `cls`, unless that is `type`.
#[inline(never)]
fn metaclass_hook(cx: &mut Ctx, cls: Value, hook: &str) -> Option<Value> {
    let meta = runtime::type_of(cx, cls);
    if meta == cx.rt.types.type_ {
        return None;
    }
    let h = cx.intern(hook);
    runtime::user_lookup(meta, h)
}

/// The result of a metaclass hook `f(cls, arg)` as a bool.
fn call_hook(cx: &mut Ctx, f: Value, cls: *mut ClassObj, arg: Value) -> PyResult<bool> {
    let r = runtime::call_dunder(cx, f, Value::from_ptr(cls), &[arg])?;
    runtime::truthy(cx, r)
}

fn isinstance(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "isinstance", kw)?;
    nargs(cx, "isinstance", args, 2, 2)?;
    let v = args[0];
    if let Some(c) = runtime::class_of_value(args[1]).filter(|&c| runtime::cls_ref(c).flags & runtime::types::CF_BUILTIN != 0) {
        return Ok(Value::bool(runtime::isinstance(cx, v, c))); // the common case, without the hook machinery
    }
    let r = check_classinfo(cx, args[1], "isinstance", "__instancecheck__", &mut |cx, c, hook| match hook {
        Some(f) if runtime::type_of(cx, v) != c => call_hook(cx, f, c, v),
        _ => Ok(runtime::isinstance(cx, v, c)),
    })?;
    Ok(Value::bool(r))
}

fn issubclass(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "issubclass", kw)?;
    nargs(cx, "issubclass", args, 2, 2)?;
    let sub = args[0];
    let r = check_classinfo(cx, args[1], "issubclass", "__subclasscheck__", &mut |cx, c, hook| match hook {
        Some(f) => call_hook(cx, f, c, sub),
        None => match runtime::class_of_value(sub) {
            Some(s) => Ok(runtime::issubclass(s, c)),
            None => Err(cx.type_error("issubclass() arg 1 must be a class")),
        },
    })?;
    Ok(Value::bool(r))
}

fn attr_name(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<Value> {
    match str_of(v) {
        Some(s) => Ok(if v.header().flags & F_INTERNED != 0 { v } else { cx.intern(s) }),
        None => {
            let t = tname(cx, v);
            Err(cx.type_error(format!("{fname}attribute name must be string, not '{t}'")))
        }
    }
}

fn hasattr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "hasattr", kw)?;
    nargs(cx, "hasattr", args, 2, 2)?;
    let n = attr_name(cx, args[1], "")?;
    Ok(Value::bool(runtime::get_attr_opt(cx, args[0], n)?.is_some()))
}

fn getattr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "getattr", kw)?;
    nargs(cx, "getattr", args, 2, 3)?;
    let n = attr_name(cx, args[1], "")?;
    match args.get(2) {
        Some(&d) => Ok(runtime::get_attr_opt(cx, args[0], n)?.unwrap_or(d)),
        None => runtime::get_attr(cx, args[0], n),
    }
}

fn setattr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "setattr", kw)?;
    nargs(cx, "setattr", args, 3, 3)?;
    let n = attr_name(cx, args[1], "")?;
    runtime::set_attr(cx, args[0], n, args[2])?;
    Ok(Value::none())
}

fn delattr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "delattr", kw)?;
    nargs(cx, "delattr", args, 2, 2)?;
    let n = attr_name(cx, args[1], "")?;
    runtime::del_attr(cx, args[0], n)?;
    Ok(Value::none())
}

fn next(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "next", kw)?;
    nargs(cx, "next", args, 1, 2)?;
    match runtime::iter_next(cx, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(cx.stop_iteration(Value::UNBOUND)),
        },
    }
}

// ---------------------------------------------------------------- numbers & chars

fn chr(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "chr", kw)?;
    nargs(cx, "chr", args, 1, 1)?;
    if let Some(f) = runtime::float_of(args[0]) {
        let _ = f;
        return Err(cx.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = match to_index(cx, args[0]) {
        Ok(i) => i,
        Err(e) => {
            if cx.exc_is(cx.rt.types.overflow_error) {
                return Err(cx.overflow_error("Python int too large to convert to C int"));
            }
            return Err(e);
        }
    };
    if !(0..0x110000).contains(&i) {
        return Err(cx.value_error("chr() arg not in range(0x110000)"));
    }
    let c = char::from_u32(i as u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    Ok(cx.new_str(c.encode_utf8(&mut buf)))
}

fn ord(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "ord", kw)?;
    nargs(cx, "ord", args, 1, 1)?;
    if let Some(s) = str_of(args[0]) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::from_small(c as i64)),
            _ => {
                let n = s.chars().count();
                Err(cx.type_error(format!("ord() expected a character, but string of length {n} found")))
            }
        };
    }
    if let Some(b) = args[0].downcast::<BytesObj>(Kind::Bytes) {
        if b.b.len() == 1 {
            return Ok(Value::from_small(b.b[0] as i64));
        }
        let n = b.b.len();
        return Err(cx.type_error(format!("ord() expected a character, but string of length {n} found")));
    }
    let t = tname(cx, args[0]);
    Err(cx.type_error(format!("ord() expected string of length 1, but {t} found")))
}

/// An int argument (via `__index__`) as a BigInt.
fn index_big(cx: &mut Ctx, v: Value) -> PyResult<BigInt> {
    if let Some(b) = runtime::bigint_of(v) {
        return Ok(b);
    }
    let i = to_index(cx, v)?;
    Ok(BigInt::from(i))
}

fn radix_str(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)], name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    no_kw(cx, name, kw)?;
    nargs(cx, name, args, 1, 1)?;
    let s = if let Some(i) = runtime::int_of(args[0]) {
        let m = i.unsigned_abs();
        let d = match radix {
            16 => format!("{m:x}"),
            8 => format!("{m:o}"),
            _ => format!("{m:b}"),
        };
        format!("{}{prefix}{d}", if i < 0 { "-" } else { "" })
    } else {
        let b = index_big(cx, args[0])?;
        format!("{}{prefix}{}", if b.is_negative() { "-" } else { "" }, b.abs().to_str_radix(radix))
    };
    Ok(cx.new_string(s))
}

fn hex(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    radix_str(cx, args, kw, "hex", 16, "0x")
}
fn oct(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    radix_str(cx, args, kw, "oct", 8, "0o")
}
fn bin(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    radix_str(cx, args, kw, "bin", 2, "0b")
}

pub(super) fn divmod(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "divmod", kw)?;
    nargs(cx, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let na = if a.is_kind(Kind::Instance) { None } else { num::num_of(a) };
    let nb = if b.is_kind(Kind::Instance) { None } else { num::num_of(b) };
    if let (Some(x), Some(y)) = (na, nb) {
        if let (Num::I(i), Num::I(j)) = (x, y) {
            if j == 0 {
                return Err(cx.zero_division("integer division or modulo by zero"));
            }
            let (q, r) = (Integer::div_floor(&i, &j), Integer::mod_floor(&i, &j));
            let q = cx.new_int(q);
            return Ok(cx.new_tuple_from(&[q, Value::from_small(r)]));
        }
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            let fx = num::int_to_f64(cx, x)?;
            let fy = num::int_to_f64(cx, y)?;
            if fy == 0.0 {
                return Err(cx.zero_division("float divmod()"));
            }
            let (q, r) = num::float_divmod(fx, fy);
            let (q, r) = (cx.new_float(q), cx.new_float(r));
            return Ok(cx.new_tuple_from(&[q, r]));
        }
        let bx = runtime::bigint_of(a).unwrap();
        let by = runtime::bigint_of(b).unwrap();
        if by.is_zero() {
            return Err(cx.zero_division("integer division or modulo by zero"));
        }
        let (q, r) = bx.div_mod_floor(&by);
        let (q, r) = (cx.new_bigint(q), cx.new_bigint(r));
        return Ok(cx.new_tuple_from(&[q, r]));
    }
    // User types: __divmod__ / __rdivmod__.
    let (dm, rdm) = (cx.intern("__divmod__"), cx.intern("__rdivmod__"));
    if let Some(f) = runtime::class_lookup(runtime::type_of(cx, a), dm) {
        let r = runtime::call_dunder(cx, f, a, &[b])?;
        if r != Value::not_implemented() {
            return Ok(r);
        }
    }
    if let Some(f) = runtime::class_lookup(runtime::type_of(cx, b), rdm) {
        let r = runtime::call_dunder(cx, f, b, &[a])?;
        if r != Value::not_implemented() {
            return Ok(r);
        }
    }
    let (ta, tb) = (tname(cx, a), tname(cx, b));
    Err(cx.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")))
}

pub(super) fn pow(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [base, exp, m] = parse_args(cx, "pow", args, kw, ["base", "exp", "mod"], 2)?;
    if !given(m) {
        return runtime::binary_op(cx, BinOp::Pow, base, exp);
    }
    let (Some(b), Some(e), Some(md)) = (runtime::bigint_of(base), runtime::bigint_of(exp), runtime::bigint_of(m)) else {
        // CPython tries the operands' ternary slots in order: the first
        // non-int one answers (complex's refuses a modulus with ValueError).
        let first = [base, exp, m].into_iter().find(|&v| runtime::bigint_of(v).is_none());
        if first.is_some_and(|v| crate::builtins::complex::as_complex(v).is_some()) {
            return Err(cx.value_error("complex modulo"));
        }
        return Err(cx.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if md.is_zero() {
        return Err(cx.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = modpow(&b, &e, &md).ok_or_else(|| cx.value_error("base is not invertible for the given modulus"))?;
    Ok(cx.new_bigint(r))
}

/// `pow(b, e, m)` with Python semantics (negative e = modular inverse; result has m's sign).
pub fn modpow(b: &BigInt, e: &BigInt, m: &BigInt) -> Option<BigInt> {
    let am = m.abs();
    if am.is_one() {
        return Some(BigInt::zero());
    }
    let mut base = b.mod_floor(&am);
    let mut e = e.clone();
    if e.is_negative() {
        base = mod_inverse(&base, &am)?;
        e = -e;
    }
    let r = num::modpow_small(&base, &e, &am).unwrap_or_else(|| base.modpow(&e, &am));
    Some(if m.is_negative() && !r.is_zero() { r - am } else { r })
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

pub fn round(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [x, nd] = parse_args(cx, "round", args, kw, ["number", "ndigits"], 1)?;
    let n = if given(nd) { Some(to_index(cx, nd)?) } else { None };
    if !x.is_kind(Kind::Instance) {
        match num::num_of(x) {
            Some(Num::F(f)) => return round_float(cx, f, n),
            Some(Num::I(i)) => return round_int(cx, BigInt::from(i), n, x),
            Some(Num::B(b)) => return round_int(cx, b.clone(), n, x),
            None => {}
        }
    }
    let name = cx.intern("__round__");
    if let Some(f) = runtime::class_lookup(runtime::type_of(cx, x), name) {
        let a: &[Value] = if given(nd) { std::slice::from_ref(&nd) } else { &[] };
        return runtime::call_dunder(cx, f, x, a);
    }
    let t = tname(cx, x);
    Err(cx.type_error(format!("type {t} doesn't define __round__ method")))
}

fn round_int(cx: &mut Ctx, v: BigInt, n: Option<i64>, orig: Value) -> PyResult<Value> {
    let _ = orig;
    let n = match n {
        Some(n) if n < 0 => n,
        _ => return Ok(cx.new_bigint(v)),
    };
    // 10^k beyond |v| * 10 rounds to 0 (and must not be materialised).
    if (-n) as u64 > v.bits() / 3 + 2 {
        return Ok(Value::from_small(0));
    }
    let k = (-n) as u32;
    let p = BigInt::from(10u8).pow(k);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2u8;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1u8,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1u8,
        _ => q,
    };
    Ok(cx.new_bigint(q * p))
}

/// Round a float to an int (half-even), CPython's errors for inf/nan.
fn round_float(cx: &mut Ctx, f: f64, n: Option<i64>) -> PyResult<Value> {
    let Some(n) = n else {
        if f.is_nan() {
            return Err(cx.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(cx.overflow_error("cannot convert float infinity to integer"));
        }
        let r = round_half_even(f);
        if r.abs() < 4e18 {
            return Ok(cx.new_int(r as i64));
        }
        return Ok(cx.new_bigint(num::float_to_bigint(r)));
    };
    match round_float_digits(f, n) {
        Some(r) => Ok(cx.new_float(r)),
        None => Err(cx.overflow_error("rounded value too large to represent")),
    }
}

#[inline]
fn round_half_even(f: f64) -> f64 {
    f.round_ties_even()
}

/// `round(f, n)` exactly like CPython (correctly rounded half-even on the exact
/// binary value); None on overflow.
pub fn round_float_digits(f: f64, n: i64) -> Option<f64> {
    if !f.is_finite() || f == 0.0 {
        return Some(f);
    }
    if n > 323 {
        return Some(f);
    }
    if n < -308 {
        return Some(0.0 * f);
    }
    let r = if n >= 0 {
        let s = format!("{:.*}", n as usize, f);
        s.parse::<f64>().unwrap()
    } else {
        let k = (-n) as u32;
        let t = f.trunc();
        let frac = t != f;
        let m = num::float_to_bigint(t.abs());
        let p = BigInt::from(10u8).pow(k);
        let (q, r) = m.div_mod_floor(&p);
        let twice = &r * 2u8;
        let up = match twice.cmp(&p) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => frac || q.is_odd(),
            std::cmp::Ordering::Less => false,
        };
        let q = if up { q + 1u8 } else { q };
        let v: f64 = (q * p).to_string().parse().unwrap();
        if f < 0.0 {
            -v
        } else {
            v
        }
    };
    if r.is_infinite() {
        return None;
    }
    Some(if r == 0.0 { 0.0f64.copysign(f) } else { r })
}

fn hash(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "hash", kw)?;
    nargs(cx, "hash", args, 1, 1)?;
    let h = runtime::hash(cx, args[0])?;
    Ok(cx.new_int(h))
}

fn id(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "id", kw)?;
    nargs(cx, "id", args, 1, 1)?;
    let raw = args[0].raw();
    // Pointers are 8-aligned, ints/floats have tag bits: raw words never collide.
    Ok(cx.new_bigint(BigInt::from(raw)))
}

/// Is `v` callable?
pub fn is_callable(cx: &mut Ctx, v: Value) -> bool {
    match v.kind() {
        Some(Kind::Function | Kind::Native | Kind::BoundMethod | Kind::Class) => true,
        Some(Kind::Instance | Kind::Exception | Kind::Other) | None => {
            let n = cx.rt.names.call;
            runtime::class_lookup(runtime::type_of(cx, v), n).is_some()
        }
        Some(Kind::StaticMethod) => true,
        _ => {
            let n = cx.rt.names.call;
            runtime::class_lookup(runtime::type_of(cx, v), n).is_some()
        }
    }
}

fn callable(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "callable", kw)?;
    nargs(cx, "callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(cx, args[0])))
}

fn input(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "input", kw)?;
    nargs(cx, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = runtime::str_string(cx, p)?;
        cx.rt.stdout.write_str(&s);
    }
    cx.rt.stdout.flush();
    cx.rt.stderr.flush();
    let bytes = crate::vm::ctx::signals::read_line(cx)?;
    if bytes.is_empty() {
        let c = cx.rt.types.eof_error;
        return Err(cx.err(c, "EOF when reading a line"));
    }
    let mut line = String::from_utf8_lossy(&bytes).into_owned();
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(cx.new_string(line))
}

fn format(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "format", kw)?;
    nargs(cx, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => arg_str(cx, s, |t| format!("format() argument 2 must be str, not {}", clinic_tname(t)))?,
        None => "",
    };
    runtime::format_value(cx, args[0], spec)
}

fn vars(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "vars", kw)?;
    nargs(cx, "vars", args, 0, 1)?;
    if args.is_empty() {
        return locals(cx, args, kw);
    }
    let n = cx.rt.names.dict;
    match runtime::get_attr_opt(cx, args[0], n)? {
        Some(d) => Ok(d),
        None => Err(cx.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "dir", kw)?;
    nargs(cx, "dir", args, 0, 1)?;
    if args.is_empty() {
        let ns = locals(cx, args, kw)?;
        let keys = runtime::dict_obj(ns).map(|d| d.t.keys()).unwrap_or_default();
        let l = cx.new_list(keys);
        super::lists::sort_list_value(cx, l)?;
        return Ok(l);
    }
    let v = args[0];
    let name = cx.intern("__dir__");
    if v.is_kind(Kind::Instance) || v.is_kind(Kind::Class) {
        // A user class's __dir__ (for a class: its metaclass's).
        if let Some(f) = runtime::user_lookup(runtime::type_of(cx, v), name) {
            let r = runtime::call_dunder(cx, f, v, &[])?;
            let items = collect(cx, r)?;
            let l = cx.new_list(items);
            super::lists::sort_list_value(cx, l)?;
            return Ok(l);
        }
    }
    let mut names: Vec<Value> = Vec::new();
    let add_dict = |d: *mut DictObj, names: &mut Vec<Value>| {
        if !d.is_null() {
            // SAFETY: dict pointers from live objects.
            let t = unsafe { &(*d).t };
            names.extend(t.keys());
        }
    };
    match v.kind() {
        Some(Kind::Module) => add_dict(v.obj::<ModuleObj>().dict, &mut names),
        Some(Kind::Class) => {
            for &c in &runtime::cls_ref(v.as_ptr()).mro {
                add_dict(runtime::cls_ref(c).dict, &mut names);
            }
        }
        _ => {
            if let Some(d) = runtime::instance_dict(cx, v) {
                add_dict(d, &mut names);
            }
            let cls = runtime::type_of(cx, v);
            for &c in &runtime::cls_ref(cls).mro {
                add_dict(runtime::cls_ref(c).dict, &mut names);
            }
        }
    }
    let mut strs: Vec<&'static str> = names.iter().filter_map(|&n| str_of(n)).collect();
    strs.sort_unstable();
    strs.dedup();
    let items: Vec<Value> = strs.into_iter().map(|s| cx.intern(s)).collect();
    Ok(cx.new_list(items))
}

// ---------------------------------------------------------------- frames, iter, open, exit

/// Install the builtins that need the engine or the file layer.
pub fn install_more(cx: &mut Ctx) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("iter", iter),
        ("globals", globals),
        ("locals", locals),
        ("open", open),
        ("exit", exit),
        ("quit", exit),
    ];
    let b = cx.rt.builtins;
    for &(name, f) in fns {
        let v = cx.new_builtin_function(name, f);
        runtime::types::dict_set_str(cx, b, name, v);
    }
}

fn iter(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "iter", kw)?;
    nargs(cx, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !runtime::is_callable(cx, args[0]) {
            return Err(cx.type_error("iter(v, w): v must be callable"));
        }
        return Ok(runtime::iter::new_callable_iter(cx, args[0], args[1]));
    }
    runtime::get_iter(cx, args[0])
}

fn globals(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "globals", kw)?;
    nargs(cx, "globals", args, 0, 0)?;
    let g = cx.vm.frames.last().map_or(std::ptr::null_mut(), |f| f.globals);
    let g = if g.is_null() { cx.vm.globals } else { g };
    if g.is_null() {
        return Ok(cx.new_dict());
    }
    Ok(Value::from_ptr(g))
}

fn locals(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "locals", kw)?;
    nargs(cx, "locals", args, 0, 0)?;
    let l = caller_locals(cx)?;
    if l.is_unbound() {
        return globals(cx, args, kw);
    }
    Ok(l)
}

/// A dict of the calling function's local variables, or UNBOUND at module level.
pub fn caller_locals(cx: &mut Ctx) -> PyResult<Value> {
    let Some(fr) = cx.vm.frames.last().copied() else {
        return Ok(Value::UNBOUND);
    };
    if fr.code().is_null() {
        return Ok(Value::UNBOUND);
    }
    // SAFETY: the running frame's code object is live.
    let code = unsafe { &*fr.code() };
    if str_of(code.name) == Some("<module>") {
        return Ok(Value::UNBOUND);
    }
    let d = cx.new_dict();
    let names: Vec<Value> = code.varnames.clone();
    for (i, &n) in names.iter().enumerate() {
        // SAFETY: registers 0..varnames.len() belong to the running frame.
        let mut v = unsafe { *fr.fp.add(i) };
        if v.is_kind(Kind::Cell) {
            v = v.obj::<CellObj>().v;
        }
        if !v.is_unbound() {
            runtime::dict_obj(d).unwrap().t.set_str(n, v);
        }
    }
    Ok(d)
}

fn open(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let [file, mode, _buffering, encoding, _errors, newline, closefd] = parse_args(
        cx,
        "open",
        args,
        kw,
        ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd"],
        1,
    )?;
    let mode = if given(mode) { arg_str(cx, mode, |t| format!("open() argument 'mode' must be str, not {t}"))? } else { "r" };
    let closefd = closefd.is_unbound() || runtime::truthy(cx, closefd)?;
    let raw = newline_raw(cx, newline)?;
    let path = match runtime::file::fspath_str(cx, file)? {
        Some(p) => p,
        None if runtime::int_of(file).is_some() => {
            check_encoding(cx, encoding)?;
            let f = runtime::file::open_fd(cx, runtime::int_of(file).unwrap(), mode, closefd)?;
            return Ok(with_newline(f, raw));
        }
        None => {
            let t = tname(cx, file);
            return Err(cx.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
        }
    };
    if !closefd {
        return Err(cx.value_error("Cannot use closefd=False with file name"));
    }
    check_encoding(cx, encoding)?;
    let f = runtime::file::open(cx, &path, mode)?;
    Ok(with_newline(f, raw))
}

/// open()'s `newline`: None (the default) reads '\r\n' as '\n'; '', '\n',
/// '\r' and '\r\n' read the text untranslated (true), as CPython does (lines
/// still end at '\n' only here); anything else is CPython's error.
fn newline_raw(cx: &mut Ctx, newline: Value) -> PyResult<bool> {
    if !given(newline) {
        return Ok(false);
    }
    let s = arg_str(cx, newline, |t| format!("open() argument 'newline' must be str or None, not {t}"))?;
    match s {
        "" | "\n" | "\r" | "\r\n" => Ok(true),
        _ => Err(cx.value_error(format!("illegal newline value: {s}"))),
    }
}

/// The file `open` made, reading untranslated if `raw` (`newline_raw`).
fn with_newline(f: Value, raw: bool) -> Value {
    if let Some(fo) = f.downcast::<runtime::file::FileObj>(Kind::File) {
        fo.newline_raw = raw;
    }
    f
}

/// open()'s `encoding`: the UTF-8 family and its ASCII subsets.
fn check_encoding(cx: &mut Ctx, encoding: Value) -> PyResult<()> {
    if given(encoding) {
        let e = arg_str(cx, encoding, |t| format!("open() argument 'encoding' must be str or None, not {t}"))?;
        let norm = e.to_ascii_lowercase().replace('_', "-");
        if !matches!(norm.as_str(), "utf-8" | "utf8" | "ascii" | "latin-1" | "latin1" | "locale") {
            let c = cx.rt.types.lookup_error;
            return Err(cx.err(c, format!("unknown encoding: {e}")));
        }
    }
    Ok(())
}

fn exit(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(cx, "exit", kw)?;
    nargs(cx, "exit", args, 0, 1)?;
    let c = cx.rt.types.system_exit;
    let e = runtime::new_exception(cx, c, args.to_vec());
    Err(cx.raise(e))
}
