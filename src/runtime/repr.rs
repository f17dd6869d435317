//! `repr()` / `str()` / `format()` of every value, exactly as CPython prints them.
use super::*;
use crate::builtins::spec::{self, IntRef};
use std::fmt::Write;

/// CPython 3.11's default limit on int -> decimal string conversion.
pub const INT_MAX_STR_DIGITS: usize = 4300;

pub fn repr(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if may_override(v) {
        let cls = type_of(cx, v);
        let n = cx.rt.names.repr;
        if let Some(f) = ops::user_lookup(cls, n) {
            return call_user_repr(cx, f, v);
        }
    }
    let s = repr_string(cx, v)?;
    Ok(cx.new_string(s))
}

/// The builtin class whose dict holds the native `f` (`int.__add__`,
/// `list.append`); None for a plain builtin function. Repr only: it scans
/// the builtin classes.
#[cold]
fn builtin_owner(cx: &mut Ctx, f: Value) -> Option<*mut ClassObj> {
    let name = cx.intern(f.obj::<NativeObj>().name);
    let mut classes = cx.rt.types.all();
    classes.push(cx.heap.complex_class);
    classes.into_iter().filter(|c| !c.is_null()).find(|&c| {
        // SAFETY: builtin class dicts are live for the whole run.
        match unsafe { (*cls_ref(c).dict).t.get_str(name) } {
            Some(m) if m.is_kind(Kind::StaticMethod) => m.obj::<WrapperObj>().f == f,
            m => m == Some(f),
        }
    })
}

/// The repr of the builtin method `name` of class `owner`, unbound or bound
/// to `self_`: CPython's descriptor kinds (`T.__new__` is bound to the type).
fn builtin_method_repr(cx: &mut Ctx, owner: *mut ClassObj, name: &str, self_: Option<Value>) -> String {
    if name == "__new__" {
        return format!("<built-in method __new__ of type object at {:#x}>", owner as usize);
    }
    let slot = is_slot_wrapper(owner, name);
    match self_ {
        None if slot => format!("<slot wrapper '{name}' of '{}' objects>", class_name(owner)),
        None => format!("<method '{name}' of '{}' objects>", class_name(owner)),
        Some(o) => {
            let tn = type_name(cx, o);
            if slot {
                format!("<method-wrapper '{name}' of {tn} object at {:#x}>", o.raw())
            } else {
                format!("<built-in method {name} of {tn} object at {:#x}>", o.raw())
            }
        }
    }
}

/// Give the natives in builtin class dicts CPython's descriptor types: slot
/// wrappers are `wrapper_descriptor`s, other methods `method_descriptor`s
/// (`T.__new__` stays a builtin function). Run once, after all are installed.
pub fn classify_builtin_methods(cx: &mut Ctx) {
    let t = cx.rt.types;
    let mut classes = t.all();
    classes.push(cx.heap.complex_class);
    for c in classes.into_iter().filter(|c| !c.is_null()) {
        // SAFETY: builtin class dicts are live; only the natives they hold change.
        for (k, v) in unsafe { (*cls_ref(c).dict).t.iter() } {
            let Some(n) = v.downcast::<NativeObj>(Kind::Native) else { continue };
            let name = str_of(k).unwrap_or("");
            if n.h.class != t.builtin_function || name == "__new__" {
                continue;
            }
            let slot = name.starts_with("__") && is_slot_wrapper(c, name);
            n.h.class = if slot { t.wrapper_descriptor } else { t.method_descriptor };
        }
    }
}

/// CPython's type slots (typeobject.c `slotdefs`): a builtin class's method
/// of that name is a `wrapper_descriptor` ("slot wrapper"), except where the
/// class defines a method of the same name too (`dict.__getitem__`).
fn is_slot_wrapper(owner: *mut ClassObj, name: &str) -> bool {
    // A `match` (a decision tree on length and bytes), not a list scan:
    // classify_builtin_methods asks this for every builtin method at startup.
    let slot = matches!(
        name,
        "__getattribute__" | "__getattr__" | "__setattr__" | "__delattr__" | "__repr__" | "__hash__" | "__call__"
            | "__str__" | "__lt__" | "__le__" | "__eq__" | "__ne__" | "__gt__" | "__ge__" | "__iter__" | "__next__"
            | "__get__" | "__set__" | "__delete__" | "__init__" | "__del__" | "__await__" | "__aiter__" | "__anext__"
            | "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__mod__" | "__rmod__"
            | "__divmod__" | "__rdivmod__" | "__pow__" | "__rpow__" | "__neg__" | "__pos__" | "__abs__" | "__bool__"
            | "__invert__" | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__" | "__rand__"
            | "__xor__" | "__rxor__" | "__or__" | "__ror__" | "__int__" | "__float__" | "__iadd__" | "__isub__"
            | "__imul__" | "__imod__" | "__ipow__" | "__ilshift__" | "__irshift__" | "__iand__" | "__ixor__"
            | "__ior__" | "__floordiv__" | "__rfloordiv__" | "__truediv__" | "__rtruediv__" | "__ifloordiv__"
            | "__itruediv__" | "__index__" | "__matmul__" | "__rmatmul__" | "__imatmul__" | "__len__"
            | "__getitem__" | "__setitem__" | "__delitem__" | "__contains__"
    );
    // Methods that the class defines itself besides the slot.
    const METHODS: &[(&str, &str)] = &[
        ("list", "__getitem__"),
        ("dict", "__getitem__"),
        ("dict", "__contains__"),
        ("set", "__contains__"),
        ("frozenset", "__contains__"),
    ];
    slot && !METHODS.contains(&(class_name(owner), name))
}

/// `v` is a value whose class may be a user class defining `__repr__` /
/// `__str__`: an instance, an exception, or a class (its metaclass's).
#[inline]
fn may_override(v: Value) -> bool {
    v.is_kind(Kind::Instance) || v.is_kind(Kind::Exception) || v.is_kind(Kind::Class)
}

/// A user `__repr__` called by `repr()`. CPython 3.11 charges
/// `PyObject_Repr` and the call of the Python method to the recursion limit
/// besides the method's frame, so a `__repr__` recursing through `repr()` stops
/// after limit/3 levels, "while calling a Python object".
fn call_user_repr(cx: &mut Ctx, f: Value, v: Value) -> PyResult<Value> {
    if cx.vm.frames.len() + 2 * cx.vm.native_repr_depth as usize >= cx.rt.recursion_limit {
        return Err(cx.recursion_error("maximum recursion depth exceeded while calling a Python object"));
    }
    cx.vm.native_repr_depth += 1;
    let r = ops::call_dunder(cx, f, v, &[]);
    cx.vm.native_repr_depth -= 1;
    check_str_result(cx, r?, "__repr__")
}

pub fn to_str(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if v.is_kind(Kind::Str) {
        return Ok(v);
    }
    if may_override(v) {
        let cls = type_of(cx, v);
        let n = cx.rt.names.str;
        if let Some(f) = ops::user_lookup(cls, n) {
            let r = ops::call_dunder(cx, f, v, &[])?;
            return check_str_result(cx, r, "__str__");
        }
        let n = cx.rt.names.repr;
        if let Some(f) = ops::user_lookup(cls, n) {
            let r = ops::call_dunder(cx, f, v, &[])?;
            return check_str_result(cx, r, "__repr__");
        }
        let s = if v.is_kind(Kind::Exception) {
            exception_str(cx, v)?
        } else {
            let p = unwrap_payload(v);
            if p != v {
                return to_str(cx, p);
            }
            repr_string(cx, v)?
        };
        return Ok(cx.new_string(s));
    }
    let s = str_string(cx, v)?;
    Ok(cx.new_string(s))
}

fn check_str_result(cx: &mut Ctx, r: Value, what: &str) -> PyResult<Value> {
    if str_of(r).is_some() {
        return Ok(r);
    }
    let n = type_name(cx, r);
    Err(cx.type_error(format!("{what} returned non-string (type {n})")))
}

pub fn str_string(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<StrObj>(Kind::Str) {
        return Ok(s.as_str().to_string());
    }
    if may_override(v) {
        let r = to_str(cx, v)?;
        return Ok(str_of(r).unwrap().to_string());
    }
    repr_string(cx, v)
}

/// CPython's OSError.__str__: `[Errno N] msg`, `: 'file'`, ` -> 'file2'`
/// from the fields `exc::os_error_fields` set; None: the plain exception str.
fn os_error_str(cx: &mut Ctx, v: Value) -> PyResult<Option<String>> {
    let d = attr::attrs_dict(cx, v);
    if d.is_null() {
        return Ok(None);
    }
    let field = |cx: &mut Ctx, name: &str| {
        let k = cx.intern(name);
        // SAFETY: an exception's dict is live.
        unsafe { (*d).t.get_str(k) }
    };
    let (no, msg) = (field(cx, "errno"), field(cx, "strerror"));
    let (file, file2) = (field(cx, "filename"), field(cx, "filename2"));
    let Some((no, msg)) = no.zip(msg) else { return Ok(None) };
    let mut s = format!("[Errno {}] {}", str_string(cx, no)?, str_string(cx, msg)?);
    if let Some(f) = file {
        s.push_str(&format!(": {}", repr_string(cx, f)?));
        if let Some(f2) = file2 {
            s.push_str(&format!(" -> {}", repr_string(cx, f2)?));
        }
    }
    Ok(Some(s))
}

/// `str(exc)`: '' / str(arg) / repr(args); KeyError with one arg uses repr.
pub fn exception_str(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if let Some(s) = crate::builtins::excgroup::group_str(cx, v)? {
        return Ok(s);
    }
    let e = v.obj::<ExceptionObj>();
    let args = tuple_items(e.args).unwrap_or(&[]);
    if isinstance(cx, v, cx.rt.types.os_error) {
        if let Some(s) = os_error_str(cx, v)? {
            return Ok(s);
        }
    }
    if args.len() == 2 && isinstance(cx, v, cx.rt.types.syntax_error) {
        if let (Some(m), Some(d)) = (str_of(args[0]), tuple_items(args[1])) {
            // CPython prints the file's basename here.
            let file = d.first().and_then(|&f| str_of(f)).map(|f| f.rsplit('/').next().unwrap_or(f));
            let line = d.get(1).and_then(|&l| int_of(l));
            return Ok(match (file, line) {
                (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
                (Some(f), None) => format!("{m} ({f})"),
                (None, Some(l)) => format!("{m} (line {l})"),
                _ => m.to_string(),
            });
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if isinstance(cx, v, cx.rt.types.key_error) {
                repr_string(cx, args[0])
            } else {
                str_string(cx, args[0])
            }
        }
        _ => repr_string(cx, e.args),
    }
}

/// Decimal text of an int (small or big), honouring the 4300-digit limit.
pub fn int_to_string(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if let Some(i) = int_of(v) {
        return Ok(i.to_string());
    }
    let b = bigint_ref(v).unwrap();
    if b.bits() > 14000 {
        // Cheap lower bound on the digit count before converting.
        let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
        if digits > INT_MAX_STR_DIGITS {
            return Err(cx.value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    let s = b.to_string();
    let nd = s.len() - (s.starts_with('-') as usize);
    if nd > INT_MAX_STR_DIGITS {
        return Err(cx.value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

pub fn repr_string(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if v.is_int() {
        return Ok(v.as_small().to_string());
    }
    if v.is_float() {
        return Ok(crate::builtins::format::float_repr(v.as_float()));
    }
    match v.header().kind {
        Kind::None => Ok("None".into()),
        Kind::Bool => Ok(if v.header().aux != 0 { "True" } else { "False" }.into()),
        Kind::Ellipsis => Ok("Ellipsis".into()),
        Kind::NotImplemented => Ok("NotImplemented".into()),
        Kind::Str => Ok(str_repr(&v.obj::<StrObj>().as_str())),
        Kind::BigInt => int_to_string(cx, v),
        Kind::Float => Ok(crate::builtins::format::float_repr(v.obj::<FloatObj>().v)),
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet => container_repr(cx, v),
        Kind::Range => {
            let r = v.obj::<RangeObj>();
            if r.step == 1 {
                Ok(format!("range({}, {})", r.start, r.stop))
            } else {
                Ok(format!("range({}, {}, {})", r.start, r.stop, r.step))
            }
        }
        Kind::Slice => {
            let s = v.obj::<SliceObj>();
            let (a, b, c) = (s.start, s.stop, s.step);
            Ok(format!("slice({}, {}, {})", repr_string(cx, a)?, repr_string(cx, b)?, repr_string(cx, c)?))
        }
        Kind::Bytes => Ok(bytes_repr(&v.obj::<BytesObj>().b)),
        Kind::Function => {
            let f = v.obj::<FunctionObj>();
            Ok(format!("<function {} at {:#x}>", str_of(f.qualname).unwrap_or("?"), v.raw()))
        }
        Kind::Native => {
            let n = v.obj::<NativeObj>();
            if n.bound.is_unbound() {
                if let Some(owner) = builtin_owner(cx, v) {
                    return Ok(builtin_method_repr(cx, owner, n.name, None));
                }
            }
            if n.bound.is_unbound() || n.bound.is_kind(Kind::Module) {
                Ok(format!("<built-in function {}>", n.name))
            } else {
                let tn = type_name(cx, n.bound);
                Ok(format!("<built-in method {} of {} object at {:#x}>", n.name, tn, n.bound.raw()))
            }
        }
        Kind::BoundMethod => {
            let b = v.obj::<BoundMethodObj>();
            let (func, self_) = (b.func, b.self_);
            if func.is_kind(Kind::Native) {
                let name = func.obj::<NativeObj>().name;
                if let Some(owner) = builtin_owner(cx, func) {
                    return Ok(builtin_method_repr(cx, owner, name, Some(self_)));
                }
                let tn = type_name(cx, self_);
                return Ok(format!("<built-in method {name} of {tn} object at {:#x}>", self_.raw()));
            }
            let qn = match func.kind() {
                Some(Kind::Function) => str_of(func.obj::<FunctionObj>().qualname).unwrap_or("?").to_string(),
                _ => "?".to_string(),
            };
            let sr = repr(cx, self_)?;
            Ok(format!("<bound method {qn} of {}>", str_of(sr).unwrap()))
        }
        Kind::Class => Ok(user_repr(cx, v)?.unwrap_or_else(|| class_repr(v.as_ptr()))),
        Kind::Instance => instance_repr(cx, v),
        Kind::Exception => exception_repr(cx, v),
        Kind::Module => {
            let m = v.obj::<ModuleObj>();
            let name = str_of(m.name).unwrap_or("?").to_string();
            // SAFETY: module dicts are live.
            let file = unsafe { (*m.dict).t.get_str(cx.rt.names.file) };
            match file.and_then(str_of) {
                Some(f) => Ok(format!("<module '{name}' from '{f}'>")),
                // A module made by `types.ModuleType(name)` has no loader: plain.
                None if name != "builtins" && !cx.rt.builtin_modules.iter().any(|&(n, _)| n == name) => Ok(format!("<module '{name}'>")),
                None => Ok(format!("<module '{name}' (built-in)>")),
            }
        }
        Kind::Cell => Ok(format!("<cell at {:#x}>", v.raw())),
        Kind::Code => {
            let c = v.obj::<crate::compile::CodeObj>();
            Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                str_of(c.name).unwrap_or("?"),
                v.raw(),
                str_of(c.filename).unwrap_or("?"),
                c.firstlineno
            ))
        }
        Kind::Iter => iter::iter_repr(cx, v),
        Kind::Generator => Ok(format!("<generator object {} at {:#x}>", gen_name(v), v.raw())),
        Kind::File => Ok(file::file_repr(v)),
        Kind::Super => {
            let s = v.obj::<SuperObj>();
            let (c, o) = (s.cls, s.obj);
            let on = type_name(cx, o);
            Ok(format!("<super: <class '{}'>, <{on} object>>", class_name(c)))
        }
        _ => {
            if let Some(c) = crate::heap::complex::complex_of(v) {
                return Ok(crate::builtins::complex::repr(c));
            }
            let tn = type_name(cx, v);
            Ok(format!("<{tn} object at {:#x}>", v.raw()))
        }
    }
}

/// A generator's `__qualname__` (its function's, as CPython's repr shows it).
fn gen_name(v: Value) -> String {
    let g = v.obj::<crate::vm::gen::GenObj>();
    str_of(g.qualname).map_or_else(|| "<genexpr>".to_string(), |s| s.to_string())
}

/// `<class 'mod.Name'>` (builtins omit the module).
pub fn class_repr(cls: *mut ClassObj) -> String {
    let c = cls_ref(cls);
    // SAFETY: class dicts are live.
    let m = unsafe { (*c.dict).t.get_by_text("__module__") };
    let qn = str_of(c.qualname).unwrap_or("?");
    match m.and_then(str_of) {
        Some("builtins") | None => format!("<class '{qn}'>"),
        Some(m) => format!("<class '{m}.{qn}'>"),
    }
}

/// `mod.Qualname` of a class (as in default reprs).
pub fn class_fullname(cls: *mut ClassObj) -> String {
    let c = cls_ref(cls);
    // SAFETY: class dicts are live.
    let m = unsafe { (*c.dict).t.get_by_text("__module__") };
    let qn = str_of(c.qualname).unwrap_or("?");
    match m.and_then(str_of) {
        Some("builtins") | None => qn.to_string(),
        Some(m) => format!("{m}.{qn}"),
    }
}

/// The user `__repr__` of `v`'s class (for a class: of its metaclass), if any.
fn user_repr(cx: &mut Ctx, v: Value) -> PyResult<Option<String>> {
    let cls = type_of(cx, v);
    let n = cx.rt.names.repr;
    let Some(f) = ops::user_lookup(cls, n) else { return Ok(None) };
    let r = ops::call_dunder(cx, f, v, &[])?;
    let r = check_str_result(cx, r, "__repr__")?;
    Ok(Some(str_of(r).unwrap().to_string()))
}

fn instance_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if let Some(s) = user_repr(cx, v)? {
        return Ok(s);
    }
    let cls = type_of(cx, v);
    let p = unwrap_payload(v);
    if p != v {
        return repr_string(cx, p);
    }
    if cls == cx.rt.types.generic_alias {
        return item::generic_alias_repr(cx, v);
    }
    if let Some(s) = crate::runtime::attr::descr_repr(cx, v) {
        return Ok(s);
    }
    Ok(format!("<{} object at {:#x}>", class_fullname(cls), v.raw()))
}

pub fn exception_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    let cls = type_of(cx, v);
    let n = cx.rt.names.repr;
    if let Some(f) = ops::user_lookup(cls, n) {
        let r = ops::call_dunder(cx, f, v, &[])?;
        let r = check_str_result(cx, r, "__repr__")?;
        return Ok(str_of(r).unwrap().to_string());
    }
    let name = class_name(cls);
    let args = v.obj::<ExceptionObj>().args;
    let items = tuple_items(args).unwrap_or(&[]);
    if items.len() == 1 {
        let a = repr_string(cx, items[0])?;
        return Ok(format!("{name}({a})"));
    }
    let a = repr_string(cx, args)?;
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    Ok(format!("{name}{a}"))
}

fn container_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if cx.rt.repr_stack.iter().any(|&x| x == v) {
        return Ok(match v.header().kind {
            Kind::List => "[...]",
            Kind::Dict => "{...}",
            Kind::Tuple => "(...)",
            _ => "...",
        }
        .to_string());
    }
    if cx.rt.repr_stack.len() > cx.rt.recursion_limit {
        return Err(cx.recursion_error("maximum recursion depth exceeded while getting the repr of an object"));
    }
    cx.rt.repr_stack.push(v);
    let r = container_repr_inner(cx, v);
    cx.rt.repr_stack.pop();
    r
}

fn container_repr_inner(cx: &mut Ctx, v: Value) -> PyResult<String> {
    let mut out = String::new();
    match v.header().kind {
        Kind::List => {
            out.push('[');
            let mut i = 0;
            // Index each time: __repr__ of an item may mutate the list.
            while i < v.obj::<ListObj>().items.len() {
                if i > 0 {
                    out.push_str(", ");
                }
                let it = v.obj::<ListObj>().items[i];
                push_repr(cx, &mut out, it)?;
                i += 1;
            }
            out.push(']');
        }
        Kind::Tuple => {
            let items = &v.obj::<TupleObj>().items();
            out.push('(');
            for (i, &it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_repr(cx, &mut out, it)?;
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Kind::Dict => {
            out.push('{');
            let mut pos = 0;
            let mut first = true;
            while let Some((k, val)) = v.obj::<DictObj>().t.next_entry(&mut pos) {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                push_repr(cx, &mut out, k)?;
                out.push_str(": ");
                push_repr(cx, &mut out, val)?;
            }
            out.push('}');
        }
        k => {
            let t = &v.obj::<SetObj>().t;
            let frozen = k == Kind::FrozenSet;
            if t.is_empty() {
                return Ok(if frozen { "frozenset()" } else { "set()" }.into());
            }
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            let keys = t.keys();
            for (i, &it) in keys.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_repr(cx, &mut out, it)?;
            }
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
    }
    Ok(out)
}

#[inline]
fn push_repr(cx: &mut Ctx, out: &mut String, v: Value) -> PyResult<()> {
    if v.is_int() {
        let _ = write!(out, "{}", v.as_small());
        return Ok(());
    }
    if let Some(s) = v.downcast::<StrObj>(Kind::Str) {
        str_repr_into(out, &s.as_str());
        return Ok(());
    }
    if may_override(v) {
        let r = repr(cx, v)?;
        out.push_str(str_of(r).unwrap());
        return Ok(());
    }
    let s = repr_string(cx, v)?;
    out.push_str(&s);
    Ok(())
}

/// Python repr of a str: single quotes unless the text has ' and no ".
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    str_repr_into(&mut out, s);
    out
}

pub fn str_repr_into(out: &mut String, s: &str) {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x7f => out.push(c),
            c => {
                if is_printable(c) {
                    out.push(c)
                } else if (c as u32) < 0x100 {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                } else if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
        }
    }
    out.push(q);
}

/// Approximation of `str.isprintable` for non-ASCII characters.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if (0x80..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if (0xd800..0xe000).contains(&u) || (0xe000..0xf900).contains(&u) {
        return false;
    }
    if u == 0xa0 || u == 0x1680 || (0x2000..=0x200f).contains(&u) || (0x2028..=0x202f).contains(&u) {
        return false;
    }
    if (0x205f..=0x206f).contains(&u) || u == 0x3000 || u == 0xfeff || (0xfff0..=0xfffb).contains(&u) {
        return false;
    }
    if u >= 0xf0000 || (0xe0000..0xe1000).contains(&u) {
        return false;
    }
    !c.is_control()
}

pub fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(q);
    out
}

// ---------------------------------------------------------------- format()

/// `format(v, spec)`.
pub fn format_value(cx: &mut Ctx, v: Value, spec: &str) -> PyResult<Value> {
    if v.is_kind(Kind::Instance) || v.is_kind(Kind::Exception) {
        let cls = type_of(cx, v);
        let n = cx.rt.names.format;
        if let Some(f) = ops::user_lookup(cls, n) {
            let s = cx.new_str(spec);
            let r = ops::call_dunder(cx, f, v, &[s])?;
            if str_of(r).is_none() {
                let tn = type_name(cx, r);
                return Err(cx.type_error(format!("__format__ must return a str, not {tn}")));
            }
            return Ok(r);
        }
        let p = unwrap_payload(v);
        if p != v && !spec.is_empty() {
            return format_value(cx, p, spec);
        }
        if spec.is_empty() {
            return to_str(cx, v);
        }
        let n = class_name(cls);
        return Err(cx.type_error(format!("unsupported format string passed to {n}.__format__")));
    }
    if spec.is_empty() {
        return to_str(cx, v);
    }
    let r = if v.is_kind(Kind::Bool) {
        // bool formats as int with a spec.
        let i = v.header().aux as i64;
        spec::format_int(IntRef::Small(i), spec, "bool")
    } else if let Some(i) = int_of(v) {
        spec::format_int(IntRef::Small(i), spec, "int")
    } else if let Some(b) = bigint_ref(v) {
        spec::format_int(IntRef::Big(b), spec, "int")
    } else if let Some(f) = float_of(v) {
        spec::format_float(f, spec)
    } else if let Some(s) = str_of(v) {
        spec::format_str(s, spec)
    } else if let Some(c) = crate::heap::complex::complex_of(v) {
        crate::builtins::complex::format(c, spec)
    } else {
        let n = type_name(cx, v);
        return Err(cx.type_error(format!("unsupported format string passed to {n}.__format__")));
    };
    match r {
        Ok(s) => Ok(cx.new_string(s)),
        Err(e) => Err(crate::builtins::format::raise_fmt(cx, e)),
    }
}
