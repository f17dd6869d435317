//! Calling any callable: natives, Python functions (through the VM), bound
//! methods, classes, instances with `__call__`.
use super::*;

/// Call `f(*args, **kw)`.
pub fn call(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match f.kind() {
        Some(Kind::Function) => shim::call_function(cx, f, args, kw),
        Some(Kind::Native) => {
            let n = f.obj::<NativeObj>();
            if n.bound.is_unbound() {
                (n.f)(cx, args, kw)
            } else {
                let (nf, b) = (n.f, n.bound);
                with_self(b, args, |all| nf(cx, all, kw))
            }
        }
        Some(Kind::BoundMethod) => {
            let b = f.obj::<BoundMethodObj>();
            let (func, s) = (b.func, b.self_);
            with_self(s, args, |all| call(cx, func, all, kw))
        }
        Some(Kind::Class) => class::call_class(cx, f.as_ptr(), args, kw),
        Some(Kind::StaticMethod) => {
            let inner = f.obj::<WrapperObj>().f;
            call(cx, inner, args, kw)
        }
        _ => call_object(cx, f, args, kw),
    }
}

/// Run `k` with `self_` prepended to `args` (no allocation for short lists).
#[inline]
pub fn with_self<R>(self_: Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    if args.len() < 8 {
        let mut buf = [Value::UNBOUND; 8];
        buf[0] = self_;
        buf[1..=args.len()].copy_from_slice(args);
        k(&buf[..=args.len()])
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self_);
        v.extend_from_slice(args);
        k(&v)
    }
}

#[cold]
fn call_object(cx: &mut Ctx, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if f.is_kind(Kind::Instance) || f.is_kind(Kind::Exception) {
        let cls = type_of(cx, f);
        let n = cx.rt.names.call;
        if let Some(m) = ops::class_lookup(cls, n) {
            return call_type_method(cx, m, f, cls, args, kw);
        }
    }
    let tn = type_name(cx, f);
    Err(cx.type_error(format!("'{tn}' object is not callable")))
}

/// Call `m`, found on `cls` (the type of `self_`), as a method of `self_`:
/// functions and natives get `self_` prepended, other descriptors are bound first.
pub fn call_type_method(
    cx: &mut Ctx,
    m: Value,
    self_: Value,
    cls: *mut ClassObj,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if attr::is_method(m) {
        return with_self(self_, args, |all| call(cx, m, all, kw));
    }
    let b = attr::descr_get(cx, m, self_, cls)?;
    call(cx, b, args, kw)
}

/// callable(v).
pub fn is_callable(cx: &Ctx, v: Value) -> bool {
    match v.kind() {
        Some(Kind::Function | Kind::Native | Kind::BoundMethod | Kind::Class | Kind::StaticMethod) => true,
        Some(Kind::Instance | Kind::Exception) => ops::class_lookup(type_of(cx, v), cx.rt.names.call).is_some(),
        _ => false,
    }
}

/// Call a method by name: `v.name(*args)`.
pub fn call_method(cx: &mut Ctx, v: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = cx.intern(name);
    let (f, s) = attr::load_method(cx, v, n)?;
    if s.is_unbound() {
        call(cx, f, args, &[])
    } else {
        with_self(s, args, |all| call(cx, f, all, &[]))
    }
}
