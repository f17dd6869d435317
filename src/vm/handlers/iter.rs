//! Iteration: `GetIter` and `ForIter` with inline paths for list/tuple
//! iterators; generators resume directly; everything else via `runtime::iter_next`.
use super::prelude::*;
use crate::runtime::iter::IterState;

op!(get_iter, |ip, fp, cx| {
    let i = &*ip;
    let r = runtime::get_iter(cx, reg(fp, i.b));
    store_result(ip, fp, cx, r)
});

op!(
    /// b := next(a), or jump to the exit when exhausted.
    for_iter,
    |ip, fp, cx| {
        let i = &*ip;
        let it = reg(fp, i.a);
        if it.is_kind(Kind::Iter) {
            match &mut it.obj::<IterObj>().st {
                IterState::Range { cur, step, left } => {
                    if *left == 0 {
                        return Next::new(target(ip), fp);
                    }
                    if let Some(v) = Value::try_int(*cur) {
                        set_reg(fp, i.b, v);
                        *cur = cur.wrapping_add(*step);
                        *left -= 1;
                        return next(ip, fp);
                    }
                }
                IterState::Seq { seq, idx } => {
                    if seq.is_kind(Kind::List) {
                        let l = &seq.obj::<ListObj>().items;
                        if *idx < l.len() {
                            set_reg(fp, i.b, *l.get_unchecked(*idx));
                            *idx += 1;
                            return next(ip, fp);
                        }
                    }
                }
                _ => {}
            }
        }
        for_iter_slow(ip, fp, cx)
    }
);

#[cold]
#[inline(never)]
unsafe fn for_iter_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let it = reg(fp, i.a);
    let r = if it.is_kind(Kind::Generator) {
        match crate::vm::gen::resume(cx, it, Value::none(), None) {
            Ok(crate::vm::GenStep::Yield(v)) => Ok(Some(v)),
            Ok(crate::vm::GenStep::Return(_)) => Ok(None),
            Err(e) => Err(e),
        }
    } else {
        runtime::iter_next(cx, it)
    };
    match r {
        Ok(Some(v)) => {
            set_reg(fp, i.b, v);
            next(ip, fp)
        }
        Ok(None) => Next::new(target(ip), fp),
        Err(_) => throw(ip, cx),
    }
}
