//! Registers, constants, globals, class-body names, cells.
use super::prelude::*;

op!(load_const, |ip, fp, cx| {
    set_reg(fp, (*ip).a, aux_val(ip, 0));
    next(ip, fp)
});

op!(move_, |ip, fp, cx| {
    move_fast(ip, fp);
    next(ip, fp)
});

/// `move_` for superinstructions (fused.rs): always succeeds.
#[inline(always)]
pub(crate) unsafe fn move_fast(ip: *const Inst, fp: *mut Value) -> bool {
    set_reg(fp, (*ip).a, reg(fp, (*ip).b));
    true
}

/// Never taken (`move_fast` always succeeds); the fused-op slow-path slot.
#[cold]
#[inline(never)]
pub(crate) unsafe fn move_slow(ip: *const Inst, fp: *mut Value, _cx: &mut Ctx) -> Next {
    next(ip, fp)
}

op!(check_bound, |ip, fp, cx| {
    if reg(fp, (*ip).a).is_unbound() {
        return unbound_local(ip, cx);
    }
    next(ip, fp)
});

op!(del_local, |ip, fp, cx| {
    if reg(fp, (*ip).a).is_unbound() {
        return unbound_local(ip, cx);
    }
    set_reg(fp, (*ip).a, Value::UNBOUND);
    next(ip, fp)
});

#[cold]
#[inline(never)]
unsafe fn unbound_local(ip: *const Inst, cx: &mut Ctx) -> Next {
    let name = runtime::str_of(aux_val(ip, 0)).unwrap_or("?");
    cx.unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"));
    throw(ip, cx)
}

#[cold]
#[inline(never)]
unsafe fn name_error(ip: *const Inst, cx: &mut Ctx) -> Next {
    name_error_at(ip, cx, aux_val(ip, 0))
}

#[cold]
#[inline(never)]
unsafe fn name_error_at(ip: *const Inst, cx: &mut Ctx, namev: Value) -> Next {
    let name = runtime::str_of(namev).unwrap_or("?");
    let e = cx.name_error(format!("name '{name}' is not defined"));
    let _ = e;
    if let Some(ex) = crate::vm::frame::exc_obj(cx.exc) {
        // `name` attribute for "Did you mean" suggestions.
        if ex.dict.is_null() {
            let d = cx.new_dict();
            ex.dict = d.as_ptr();
        }
        let key = cx.rt.names.name_attr;
        // SAFETY: the dict was just checked / created.
        (*ex.dict).t.set_str(key, namev);
    }
    throw(ip, cx)
}

/// Look `name` up in globals, then the frame's builtins.
#[inline(always)]
unsafe fn global_lookup(cx: &mut Ctx, name: Value) -> Option<Value> {
    match (*cx.vm.globals).t.get_str(name) {
        Some(v) => Some(v),
        None => (*frame_builtins(cx)).t.get_str(name),
    }
}

/// The builtins namespace of the running code, as CPython's frames take it
/// from their globals: `globals["__builtins__"]` when it is a dict (or a
/// module: its dict), e.g. `eval(src, {"__builtins__": {...}})`; else (absent,
/// another kind of object) the interpreter's builtins dict. Slow paths only:
/// `load_global`'s cache records builtins hits of the interpreter's dict.
#[cold]
#[inline(never)]
unsafe fn frame_builtins(cx: &mut Ctx) -> *mut DictObj {
    if let Some(v) = (*cx.vm.globals).t.get_str(cx.rt.names.builtins) {
        if let Some(d) = v.downcast::<DictObj>(Kind::Dict) {
            return d as *mut DictObj;
        }
        if let Some(m) = v.downcast::<ModuleObj>(Kind::Module) {
            if !m.dict.is_null() {
                return m.dict;
            }
        }
    }
    cx.rt.builtins
}

flow_op!(
    /// a := global aux0, through an inline cache in aux1..aux3:
    /// * aux1 = globals entry index: valid while that entry still holds this
    ///   key (dict keys are unique, interned). Any index is a sound guess, so
    ///   the unfilled cache (0) needs no marker: a miss takes the slow path;
    /// * aux1 = [`BUILTIN`] | builtins entry index, aux2 = the globals'
    ///   `keys_version`, aux3 = the globals dict: the name was absent from
    ///   those globals at that version (no key added or removed since), and
    ///   the builtins entry still holds this key.
    load_global,
    |ip, fp, cx| {
        let slot = crate::vm::dispatch::aux(ip);
        let name = payload64(slot);
        let w = payload64(slot.add(1));
        let g = cx.vm.globals;
        let es = &(*g).t.entries;
        let k = w as usize;
        if k < es.len() {
            let e = es.get_unchecked(k);
            if e.key.raw() == name {
                set_reg(fp, (*ip).a, e.value);
                return Flow::Go(next(ip, fp));
            }
        } else if (w as i64) < 0 {
            return load_builtin(ip, fp, cx, slot, w);
        }
        Flow::Via(ip, super::load_global_slow_h::h, super::load_global_slow)
    }
);

/// `load_global`'s builtins case (aux1 has [`BUILTIN`]).
#[inline(always)]
unsafe fn load_builtin(ip: *const Inst, fp: *mut Value, cx: &mut Ctx, slot: *const Inst, w: u64) -> Flow {
    let g = cx.vm.globals;
    if payload64(slot.add(2)) == (*g).t.keys_version && payload64(slot.add(3)) == g as u64 {
        let bs = &(*cx.rt.builtins).t.entries;
        let k = (w & !BUILTIN) as usize;
        if k < bs.len() && bs.get_unchecked(k).key.raw() == payload64(slot) {
            set_reg(fp, (*ip).a, bs.get_unchecked(k).value);
            return Flow::Go(next(ip, fp));
        }
    }
    Flow::Via(ip, load_global_slow_h::h, load_global_slow)
}

/// The payload of aux slot `p` (`Inst::payload`) as one 8-byte load.
#[inline(always)]
pub(crate) unsafe fn payload64(p: *const Inst) -> u64 {
    #[cfg(target_endian = "big")]
    compile_error!("payload64 reads a..d as one little-endian u64");
    // SAFETY: `Inst` is repr(C) { h: 8 bytes, a, b, c, d: u16 }: bytes 8..16
    // of the (16-aligned) slot are a..d, in payload order on little-endian.
    *((p as *const u8).add(8) as *const u64)
}

/// `load_global`'s aux1 marker of a builtins entry index.
const BUILTIN: u64 = 1 << 63;

#[cold]
#[inline(never)]
unsafe fn load_global_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    crate::vm::icstats::miss(cx, crate::vm::icstats::Cache::Global);
    let slot = crate::vm::dispatch::aux(ip);
    // SAFETY (all `set_payload`s): aux slots live in the code's instruction
    // vector, reached through a pointer derived from `as_mut_ptr` (link.rs).
    let cache = |k: usize, v: u64| crate::vm::dispatch::set_payload(slot.add(k) as *mut Inst, v);
    let name = Value::from_raw((*slot).payload());
    let t = &(*cx.vm.globals).t;
    if let Some(v) = t.get_str(name) {
        if let Some(i) = t.entries.iter().position(|e| e.key == name) {
            cache(1, i as u64);
        }
        set_reg(fp, (*ip).a, v);
        return next(ip, fp);
    }
    let bd = frame_builtins(cx);
    let b = &(*bd).t;
    match b.get_str(name) {
        Some(v) => {
            // Only the interpreter's builtins are cached (load_builtin reads them).
            let pos = if bd == cx.rt.builtins { b.entries.iter().position(|e| e.key == name) } else { None };
            if let Some(i) = pos {
                cache(1, BUILTIN | i as u64);
                cache(2, t.keys_version);
                cache(3, cx.vm.globals as u64);
            }
            set_reg(fp, (*ip).a, v);
            next(ip, fp)
        }
        None => name_error_at(ip, cx, name),
    }
}

op!(store_global, |ip, fp, cx| {
    (*cx.vm.globals).t.set_str(aux_val(ip, 0), reg(fp, (*ip).a));
    next(ip, fp)
});

op!(del_global, |ip, fp, cx| {
    match (*cx.vm.globals).t.remove_str(aux_val(ip, 0)) {
        Some(_) => next(ip, fp),
        None => name_error(ip, cx),
    }
});

// Class bodies: the namespace (a dict, or any mapping) is register 0.
op!(load_name, |ip, fp, cx| { load_name_slow(ip, fp, cx) });

#[cold]
#[inline(never)]
unsafe fn load_name_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let name = aux_val(ip, 0);
    let ns = reg(fp, 0);
    if let Some(d) = ns.downcast::<DictObj>(Kind::Dict) {
        if let Some(v) = d.t.get_str(name) {
            set_reg(fp, (*ip).a, v);
            return next(ip, fp);
        }
    } else if !ns.is_unbound() {
        match runtime::get_item(cx, ns, name) {
            Ok(v) => {
                set_reg(fp, (*ip).a, v);
                return next(ip, fp);
            }
            Err(_) => {
                if !cx.exc_is(cx.rt.types.key_error) {
                    return throw(ip, cx);
                }
                cx.exc = Value::UNBOUND;
            }
        }
    }
    match global_lookup(cx, name) {
        Some(v) => {
            set_reg(fp, (*ip).a, v);
            next(ip, fp)
        }
        None => name_error(ip, cx),
    }
}

op!(store_name, |ip, fp, cx| { store_name_slow(ip, fp, cx) });

#[cold]
#[inline(never)]
unsafe fn store_name_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let name = aux_val(ip, 0);
    let ns = reg(fp, 0);
    let v = reg(fp, (*ip).a);
    if let Some(d) = ns.downcast::<DictObj>(Kind::Dict) {
        d.t.set_str(name, v);
        return next(ip, fp);
    }
    match runtime::set_item(cx, ns, name, v) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
}

op!(del_name, |ip, fp, cx| {
    let ns = reg(fp, 0);
    let name = aux_val(ip, 0);
    if let Some(d) = ns.downcast::<DictObj>(Kind::Dict) {
        if d.t.remove_str(name).is_some() {
            return next(ip, fp);
        }
        return name_error(ip, cx);
    }
    match runtime::del_item(cx, ns, name) {
        Ok(()) => next(ip, fp),
        Err(_) => throw(ip, cx),
    }
});

op!(make_cell, |ip, fp, cx| {
    let v = reg(fp, (*ip).a);
    let c = cx.new_cell(v);
    set_reg(fp, (*ip).a, c);
    next(ip, fp)
});

flow_op!(load_cell, |ip, fp, cx| {
    let c = reg(fp, (*ip).b).obj::<CellObj>();
    if c.v.is_unbound() {
        return Flow::Via(ip, super::unbound_cell_h::h, super::unbound_cell_at);
    }
    set_reg(fp, (*ip).a, c.v);
    Flow::Go(next(ip, fp))
});

#[cold]
#[inline(never)]
unsafe fn unbound_cell_at(ip: *const Inst, _fp: *mut Value, cx: &mut Ctx) -> Next {
    unbound_cell(ip, cx)
}
cold_handler! {
    unbound_cell_h = unbound_cell_at;
    load_global_slow_h = load_global_slow;
}

op!(store_cell, |ip, fp, cx| {
    reg(fp, (*ip).a).obj::<CellObj>().v = reg(fp, (*ip).b);
    next(ip, fp)
});

op!(del_cell, |ip, fp, cx| {
    let c = reg(fp, (*ip).a).obj::<CellObj>();
    if c.v.is_unbound() {
        return unbound_cell(ip, cx);
    }
    c.v = Value::UNBOUND;
    next(ip, fp)
});

/// Empty cell: UnboundLocalError for the code's own cell variables, NameError for free ones.
#[cold]
#[inline(never)]
unsafe fn unbound_cell(ip: *const Inst, cx: &mut Ctx) -> Next {
    let name = aux_val(ip, 0);
    let code = &*cx.vm.frames.last().expect("frame").code();
    let s = runtime::str_of(name).unwrap_or("?");
    if code.cellvars.iter().any(|&(n, _)| n == name) {
        cx.unbound_local_error(format!("cannot access local variable '{s}' where it is not associated with a value"));
    } else {
        cx.name_error(format!("cannot access free variable '{s}' where it is not associated with a value in enclosing scope"));
    }
    throw(ip, cx)
}
