//! Building containers, f-string pieces, unpacking.
use super::prelude::*;

/// Registers `base .. base+n` as a slice.
#[inline(always)]
unsafe fn regs<'a>(fp: *mut Value, base: u16, n: u16) -> &'a [Value] {
    std::slice::from_raw_parts(fp.add(base as usize), n as usize)
}

op!(build_tuple, |ip, fp, cx| { build_tuple_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_tuple_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let t = cx.new_tuple_from(regs(fp, i.b, i.c));
    set_reg(fp, i.a, t);
    next(ip, fp)
}

op!(build_list, |ip, fp, cx| { build_list_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_list_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let l = cx.new_list(regs(fp, i.b, i.c).to_vec());
    set_reg(fp, i.a, l);
    next(ip, fp)
}

op!(build_set, |ip, fp, cx| { build_set_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_set_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let mut t = runtime::set::SetTable::new();
    for &v in regs(fp, i.b, i.c) {
        if t.add(cx, v).is_err() {
            return throw(ip, cx);
        }
    }
    if i.d != 0 {
        t = match t.as_folded_display(cx) {
            Ok(f) => f,
            Err(_) => return throw(ip, cx),
        };
    }
    let s = cx.new_set_from(t, false);
    set_reg(fp, i.a, s);
    next(ip, fp)
}

op!(build_dict, |ip, fp, cx| { build_dict_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_dict_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let d = cx.new_dict();
    let kv = regs(fp, i.b, i.c * 2);
    for p in kv.chunks(2) {
        if runtime::dict_obj(d).expect("dict").t.set(cx, p[0], p[1]).is_err() {
            return throw(ip, cx);
        }
    }
    set_reg(fp, i.a, d);
    next(ip, fp)
}

op!(build_slice, |ip, fp, cx| { build_slice_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_slice_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = regs(fp, i.b, 3);
    let s = cx.new_slice(r[0], r[1], r[2]);
    set_reg(fp, i.a, s);
    next(ip, fp)
}

op!(build_string, |ip, fp, cx| { build_string_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn build_string_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    // The parts are format_value results: strs (str_obj also takes a subclass's payload).
    let parts = regs(fp, i.b, i.c);
    let (mut len, mut nchars) = (0usize, 0usize);
    for &v in parts {
        if let Some(o) = runtime::str_obj(v) {
            len += o.len();
            nchars += o.nchars();
        }
    }
    if len > crate::heap::STR_MAX_LEN {
        let e = cx.memory_error("");
        return store_result(ip, fp, cx, Err(e));
    }
    // SAFETY: writes exactly `len` bytes, the parts' valid UTF-8 texts (`nchars`
    // code points) counted above; nothing runs in between.
    // Short parts are copied inline (`copy_bytes`), not by a memcpy call each.
    let v = cx.new_str_fill(len, nchars, |out| {
        let o = out.as_mut_ptr();
        let mut at = 0;
        for &v in parts {
            if let Some(s) = runtime::str_obj(v) {
                crate::heap::copy_bytes(s.as_str().as_ptr(), o.add(at), s.len());
                at += s.len();
            }
        }
    });
    set_reg(fp, i.a, v);
    next(ip, fp)
}

op!(
    /// a := format(conv(b), spec d) — c = conversion (0, 's', 'r', 'a').
    format_value,
    |ip, fp, cx| { format_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn format_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let v = reg(fp, i.b);
    // f"{i}" of a small int: formatted straight into the new str.
    if v.is_int() && matches!(i.c as u8, 0 | b's' | b'r') && i.d == crate::compile::NO_REG {
        let s = cx.int_to_str(v.as_small());
        set_reg(fp, i.a, s);
        return next(ip, fp);
    }
    let r = (|| -> PyResult<Value> {
        let v = match i.c as u8 {
            b's' => runtime::to_str(cx, v)?,
            b'r' => runtime::repr(cx, v)?,
            b'a' => {
                let s = runtime::repr_string(cx, v)?;
                cx.new_string(ascii_escape(&s))
            }
            _ => v,
        };
        let spec = if i.d == crate::compile::NO_REG { "" } else { runtime::str_of(reg(fp, i.d)).unwrap_or("") };
        if spec.is_empty() && v.is_kind(Kind::Str) {
            return Ok(v);
        }
        runtime::format_value(cx, v, spec)
    })();
    store_result(ip, fp, cx, r)
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        let c = ch as u32;
        if c < 0x80 {
            o.push(ch);
        } else if c < 0x100 {
            o.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            o.push_str(&format!("\\u{c:04x}"));
        } else {
            o.push_str(&format!("\\U{c:08x}"));
        }
    }
    o
}

op!(list_append, |ip, fp, cx| {
    let i = &*ip;
    let l = reg(fp, i.a);
    // An exact list with room: no call, so the handler saves no registers.
    if l.is_kind(Kind::List) {
        let items = &mut l.obj::<ListObj>().items;
        if items.len() < items.capacity() {
            let n = items.len();
            // SAFETY: n < capacity: the slot is allocated; the Value is Copy.
            items.as_mut_ptr().add(n).write(reg(fp, i.b));
            items.set_len(n + 1);
            return next(ip, fp);
        }
    }
    list_append_slow(ip, fp, cx)
});

/// A full list (growth counted by `list_push`) or a list subclass's payload.
#[cold]
#[inline(never)]
unsafe fn list_append_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    if let Some(l) = runtime::list_vec(reg(fp, i.a)) {
        cx.list_push(l, reg(fp, i.b));
    }
    next(ip, fp)
}

op!(list_extend, |ip, fp, cx| { list_extend_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn list_extend_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let src = reg(fp, i.b);
    match runtime::iter::collect(cx, src) {
        Ok(items) => {
            if let Some(l) = runtime::list_vec(reg(fp, i.a)) {
                l.extend_from_slice(&items);
            }
            next(ip, fp)
        }
        Err(_) => {
            if cx.exc_is(cx.rt.types.type_error) && !has_iter(cx, src) {
                let msg = format!("Value after * must be an iterable, not {}", runtime::type_name(cx, src));
                cx.type_error(msg);
            }
            throw(ip, cx)
        }
    }
}

/// Does `v`'s type define `__iter__` (or is it a builtin iterable)? Used to
/// tell "not iterable" from a TypeError raised while iterating.
fn has_iter(cx: &mut Ctx, v: Value) -> bool {
    let cls = runtime::type_of(cx, v);
    let n = cx.rt.names.iter;
    runtime::class_lookup(cls, n).is_some() || runtime::class_lookup(cls, cx.rt.names.getitem).is_some()
}

op!(set_add, |ip, fp, cx| { set_add_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn set_add_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let s = runtime::set_obj(reg(fp, i.a)).expect("set");
    match s.t.set(cx, reg(fp, i.b), Value::none()) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(set_update, |ip, fp, cx| { set_update_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn set_update_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let r = (|| -> PyResult<()> {
        let items = runtime::iter::collect(cx, reg(fp, i.b))?;
        for v in items {
            runtime::set_obj(reg(fp, i.a)).expect("set").t.set(cx, v, Value::none())?;
        }
        Ok(())
    })();
    match r {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(dict_set, |ip, fp, cx| { dict_set_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn dict_set_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let d = runtime::dict_obj(reg(fp, i.a)).expect("dict");
    match d.t.set(cx, reg(fp, i.b), reg(fp, i.c)) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

/// (key, value) pairs of a mapping (dict fast; else `keys()` + `__getitem__`).
pub fn mapping_items(cx: &mut Ctx, m: Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    if let Some(d) = runtime::dict_obj(m) {
        return Ok(Some(d.t.iter().collect()));
    }
    let keys_name = cx.intern("keys");
    let Some(keys) = runtime::get_attr_opt(cx, m, keys_name)? else { return Ok(None) };
    let ks = runtime::call(cx, keys, &[], &[])?;
    let ks = runtime::iter::collect(cx, ks)?;
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        let v = runtime::get_item(cx, m, k)?;
        out.push((k, v));
    }
    Ok(Some(out))
}

op!(dict_update, |ip, fp, cx| { dict_update_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn dict_update_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let src = reg(fp, i.b);
    let r = (|| -> PyResult<()> {
        let Some(items) = mapping_items(cx, src)? else {
            let msg = format!("'{}' object is not a mapping", runtime::type_name(cx, src));
            return Err(cx.type_error(msg));
        };
        for (k, v) in items {
            runtime::dict_obj(reg(fp, i.a)).expect("dict").t.set(cx, k, v)?;
        }
        Ok(())
    })();
    match r {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

/// Name of a callable for call error messages (`f()`).
pub fn callable_name(cx: &mut Ctx, f: Value) -> String {
    if let Some(fo) = f.downcast::<FunctionObj>(Kind::Function) {
        // CPython's _PyObject_FunctionStr: module-qualified unless builtins.
        let q = runtime::str_of(fo.qualname).unwrap_or("?");
        return match runtime::str_of(fo.module) {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
    }
    if let Some(m) = f.downcast::<BoundMethodObj>(Kind::BoundMethod) {
        return callable_name(cx, m.func);
    }
    if let Some(n) = f.downcast::<NativeObj>(Kind::Native) {
        return format!("{}()", n.name);
    }
    if let Some(c) = runtime::class_of_value(f) {
        return format!("{}()", runtime::class_name(c));
    }
    format!("{} object", runtime::type_name(cx, f))
}

op!(
    /// `f(**m)`: merge into the kwargs dict; duplicates and non-str keys are TypeErrors.
    dict_merge,
    |ip, fp, cx| { dict_merge_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn dict_merge_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let src = reg(fp, i.b);
    let r = (|| -> PyResult<()> {
        let Some(items) = mapping_items(cx, src)? else {
            let f = callable_name(cx, reg(fp, i.c));
            let msg = format!("{} argument after ** must be a mapping, not {}", f, runtime::type_name(cx, src));
            return Err(cx.type_error(msg));
        };
        for (k, v) in items {
            if runtime::str_of(k).is_none() {
                return Err(cx.type_error("keywords must be strings"));
            }
            let d = runtime::dict_obj(reg(fp, i.a)).expect("dict");
            if d.t.get_str(k).is_some() {
                let f = callable_name(cx, reg(fp, i.c));
                let msg = format!("{} got multiple values for keyword argument '{}'", f, runtime::str_of(k).unwrap_or("?"));
                return Err(cx.type_error(msg));
            }
            d.t.set(cx, k, v)?;
        }
        Ok(())
    })();
    match r {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(list_to_tuple, |ip, fp, cx| { list_to_tuple_impl(ip, fp, cx) });

/// Out of line: keeps the Vec/alloca out of the handler so its dispatch stays a tail jump.
#[inline(never)]
unsafe fn list_to_tuple_impl(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let t = cx.new_tuple_from(runtime::list_items(reg(fp, i.b)).unwrap_or_default());
    set_reg(fp, i.a, t);
    next(ip, fp)
}

op!(
    /// Unpack exactly c items of b into a.. (tuple/list fast path).
    unpack_seq,
    |ip, fp, cx| {
        let i = &*ip;
        let src = reg(fp, i.b);
        let items: Option<&[Value]> = if src.is_kind(Kind::Tuple) {
            Some(&src.obj::<TupleObj>().items())
        } else if src.is_kind(Kind::List) {
            Some(&src.obj::<ListObj>().items)
        } else {
            None
        };
        if let Some(items) = items {
            if items.len() == i.c as usize {
                // Element-wise (no memmove call for the usual 2-3 items).
                let dst = fp.add(i.a as usize);
                for (k, &v) in items.iter().enumerate() {
                    *dst.add(k) = v;
                }
                return next(ip, fp);
            }
        }
        unpack_slow(ip, fp, cx)
    }
);

#[cold]
#[inline(never)]
unsafe fn unpack_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let n = i.c as usize;
    match unpack_items(cx, reg(fp, i.b), n, None) {
        Ok(items) => {
            std::ptr::copy_nonoverlapping(items.as_ptr(), fp.add(i.a as usize), n);
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}

/// Items for unpacking into `n` targets (or at least `n` with a star target:
/// `star = Some(())`), with CPython's messages.
fn unpack_items(cx: &mut Ctx, src: Value, n: usize, star: Option<()>) -> PyResult<Vec<Value>> {
    let items = if let Some(s) = runtime::plain_seq_items(src) {
        s.to_vec()
    } else {
        let it = match runtime::get_iter(cx, src) {
            Ok(it) => it,
            Err(e) => {
                if cx.exc_is(cx.rt.types.type_error) {
                    let msg = format!("cannot unpack non-iterable {} object", runtime::type_name(cx, src));
                    return Err(cx.type_error(msg));
                }
                return Err(e);
            }
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = runtime::iter_next(cx, it)? {
            out.push(x);
            if star.is_none() && out.len() > n {
                break;
            }
        }
        out
    };
    if star.is_some() {
        if items.len() < n {
            return Err(cx.value_error(format!("not enough values to unpack (expected at least {}, got {})", n, items.len())));
        }
    } else if items.len() < n {
        return Err(cx.value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
    } else if items.len() > n {
        return Err(cx.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

op!(
    /// `a, *b, c = src`: c items before, a list, d items after, into a...
    unpack_ex,
    |ip, fp, cx| { unpack_ex_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn unpack_ex_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let (before, after) = (i.c as usize, i.d as usize);
    let items = match unpack_items(cx, reg(fp, i.b), before + after, Some(())) {
        Ok(v) => v,
        Err(_) => return throw(ip, cx),
    };
    let mid = items.len() - after;
    let list = cx.new_list(items[before..mid].to_vec());
    let base = fp.add(i.a as usize);
    for (k, &v) in items[..before].iter().enumerate() {
        *base.add(k) = v;
    }
    *base.add(before) = list;
    for (k, &v) in items[mid..].iter().enumerate() {
        *base.add(before + 1 + k) = v;
    }
    next(ip, fp)
}
