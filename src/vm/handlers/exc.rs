//! Exceptions (raise, handled-exception stack, except matching) and the
//! module ops (import, REPL echo).
use super::prelude::*;
use crate::compile::NO_REG;
use crate::vm::frame::{exc_obj, throw_explicit};

/// An exception instance from a `raise` operand (classes are instantiated).
fn make_exc(cx: &mut Ctx, v: Value, what: &str) -> PyResult<Value> {
    let base = cx.rt.types.base_exception;
    if let Some(c) = runtime::class_of_value(v) {
        if runtime::issubclass(c, base) {
            let e = runtime::call(cx, v, &[], &[])?;
            if runtime::isinstance(cx, e, base) {
                return Ok(e);
            }
            let msg = format!(
                "calling {} should have returned an instance of BaseException, not {}",
                runtime::class_name(c),
                runtime::type_name(cx, e)
            );
            return Err(cx.type_error(msg));
        }
    } else if runtime::isinstance(cx, v, base) {
        return Ok(v);
    }
    Err(cx.type_error(what.to_string()))
}

op!(
    /// raise a [from b]; both NO_REG = bare raise.
    raise,
    |ip, fp, cx| { raise_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn raise_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    if i.a == NO_REG {
        return match cx.vm.handled.last() {
            Some(&e) => {
                cx.exc = e;
                rethrow(ip, cx)
            }
            None => {
                cx.runtime_error("No active exception to reraise");
                throw(ip, cx)
            }
        };
    }
    let exc = match make_exc(cx, reg(fp, i.a), "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(_) => return throw(ip, cx),
    };
    if i.b != NO_REG {
        let c = reg(fp, i.b);
        let cause = if c.is_none() {
            Value::none()
        } else {
            match make_exc(cx, c, "exception causes must derive from BaseException") {
                Ok(e) => e,
                Err(_) => return throw(ip, cx),
            }
        };
        if let Some(e) = exc_obj(exc) {
            e.cause = cause;
            e.suppress_context = true;
        }
    }
    cx.exc = exc;
    throw_explicit(ip, cx)
}

op!(reraise, |ip, fp, cx| {
    cx.exc = reg(fp, (*ip).a);
    rethrow(ip, cx)
});

op!(push_exc_info, |ip, fp, cx| {
    cx.vm.handled.push(reg(fp, (*ip).a));
    next(ip, fp)
});

op!(pop_except, |ip, fp, cx| {
    cx.vm.handled.pop();
    next(ip, fp)
});

op!(exc_match, |ip, fp, cx| {
    let i = &*ip;
    match runtime::exc_matches(cx, reg(fp, i.b), reg(fp, i.c)) {
        Ok(t) => {
            set_reg(fp, i.a, Value::bool(t));
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
});

op!(
    /// a := import aux0 (fromlist aux1, level b).
    import_name,
    |ip, fp, cx| {
        let i = &*ip;
        let r = crate::vm::import::import_name(cx, aux_val(ip, 0), aux_val(ip, 1), i.b as usize);
        store_result(ip, fp, cx, r)
    }
);

op!(import_from, |ip, fp, cx| {
    let i = &*ip;
    let r = crate::vm::import::import_from(cx, reg(fp, i.b), aux_val(ip, 0));
    store_result(ip, fp, cx, r)
});

op!(import_star, |ip, fp, cx| {
    let i = &*ip;
    match crate::vm::import::import_star(cx, reg(fp, i.a), fp) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});

op!(print_expr, |ip, fp, cx| { print_expr_impl(ip, fp, cx) });

#[inline(never)]
unsafe fn print_expr_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let v = reg(fp, (*ip).a);
    if v.is_none() {
        return next(ip, fp);
    }
    match runtime::repr_string(cx, v) {
        Ok(s) => {
            cx.rt.stdout.write_str(&s);
            cx.rt.stdout.write_str("\n");
            let b = cx.intern("_");
            (*cx.rt.builtins).t.set_str(b, v);
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}
