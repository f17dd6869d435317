//! Attributes and items. Attribute ops go through the runtime protocols (inline
//! caches come later); items have list/tuple fast paths for small-int indices.
use super::prelude::*;

op!(load_attr, |ip, fp, cx| {
    let i = &*ip;
    let r = runtime::get_attr(cx, reg(fp, i.b), aux_val(ip, 0));
    store_result(ip, fp, cx, r)
});

op!(store_attr, |ip, fp, cx| {
    let i = &*ip;
    match runtime::set_attr(cx, reg(fp, i.a), aux_val(ip, 0), reg(fp, i.b)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});

op!(del_attr, |ip, fp, cx| {
    let i = &*ip;
    match runtime::del_attr(cx, reg(fp, i.a), aux_val(ip, 0)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});

op!(
    /// a := method (or attribute), a+1 := self (or UNBOUND).
    load_method,
    |ip, fp, cx| {
        let i = &*ip;
        match runtime::load_method(cx, reg(fp, i.b), aux_val(ip, 0)) {
            Ok((f, s)) => {
                set_reg(fp, i.a, f);
                set_reg(fp, i.a + 1, s);
                next(ip, fp)
            }
            Err(_) => throw(ip, cx),
        }
    }
);

/// Normalise a small-int index against `len`.
#[inline(always)]
fn index(k: Value, len: usize) -> Option<usize> {
    if !k.is_int() {
        return None;
    }
    let i = k.as_small();
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

op!(get_item, |ip, fp, cx| {
    let i = &*ip;
    let o = reg(fp, i.b);
    let k = reg(fp, i.c);
    if o.is_kind(Kind::List) {
        let l = &o.obj::<ListObj>().items;
        if let Some(j) = index(k, l.len()) {
            set_reg(fp, i.a, *l.get_unchecked(j));
            return next(ip, fp);
        }
    } else if o.is_kind(Kind::Tuple) {
        let t = &o.obj::<TupleObj>().items;
        if let Some(j) = index(k, t.len()) {
            set_reg(fp, i.a, *t.get_unchecked(j));
            return next(ip, fp);
        }
    }
    get_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
unsafe fn get_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = runtime::get_item(cx, reg(fp, i.b), reg(fp, i.c));
    store_result(ip, fp, cx, r)
}

op!(set_item, |ip, fp, cx| {
    let i = &*ip;
    let o = reg(fp, i.a);
    let k = reg(fp, i.b);
    if o.is_kind(Kind::List) {
        let l = &mut o.obj::<ListObj>().items;
        if let Some(j) = index(k, l.len()) {
            *l.get_unchecked_mut(j) = reg(fp, i.c);
            return next(ip, fp);
        }
    }
    set_item_slow(ip, fp, cx)
});

#[cold]
#[inline(never)]
unsafe fn set_item_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    match runtime::set_item(cx, reg(fp, i.a), reg(fp, i.b), reg(fp, i.c)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(del_item, |ip, fp, cx| {
    let i = &*ip;
    match runtime::del_item(cx, reg(fp, i.a), reg(fp, i.b)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});
