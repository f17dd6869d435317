//! `BaseExceptionGroup` / `ExceptionGroup` (CPython 3.11 Objects/exceptions.c)
//! and the two helpers the compiler calls for `except*` (ceval's
//! CHECK_EG_MATCH and PREP_RERAISE_STAR).
//!
//! A group keeps its `message` and `exceptions` (a tuple) as attributes of
//! the exception object: `__init__` may give `args` anything, as in CPython.
use crate::compile::unit::Intrinsic;
use crate::heap::{ExceptionObj, Kind, NativeFn};
use crate::runtime::{self, args, class_of_value, cls_ref, isinstance, issubclass, tuple_items, types::def_method};
use crate::value::Value;
use crate::vm::Ctx;
use crate::PyResult;

pub fn install(cx: &mut Ctx) {
    let t = cx.rt.types;
    // ExceptionGroup(BaseExceptionGroup, Exception): the MRO CPython has.
    let bases = vec![t.base_exception_group, t.exception];
    let mro = runtime::class::c3_mro(t.exception_group, &bases).expect("ExceptionGroup MRO is consistent");
    let eg = cls_ref(t.exception_group);
    eg.bases = bases;
    eg.mro = mro;
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", eg_new),
        ("__init__", eg_init),
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    for &(name, f) in methods {
        def_method(cx, t.base_exception_group, name, f);
    }
    // Calling a builtin class runs the `__new__` of its own dict.
    def_method(cx, t.exception_group, "__new__", eg_new);
    super::util::def_classmethod(cx, t.base_exception_group, "__class_getitem__", eg_class_getitem);
    let doc = cx.new_str("A combination of multiple unrelated exceptions.");
    runtime::dict_set_str(cx, cls_ref(t.base_exception_group).dict, "__doc__", doc);
    def_method(cx, t.base_exception, "add_note", add_note);
}

/// The native that `Const::Intrinsic(i)` loads.
pub fn intrinsic(cx: &mut Ctx, i: Intrinsic) -> Value {
    match i {
        Intrinsic::ExceptStarMatch => cx.new_native("except_star_match", except_star_match),
        Intrinsic::PrepReraiseStar => cx.new_native("prep_reraise_star", prep_reraise_star),
    }
}

fn is_group(cx: &Ctx, v: Value) -> bool {
    isinstance(cx, v, cx.rt.types.base_exception_group)
}

/// The members of an exception group (None for other values), for tracebacks.
pub fn members(cx: &mut Ctx, v: Value) -> Option<Vec<Value>> {
    if !is_group(cx, v) {
        return None;
    }
    let r = group_excs(cx, v);
    if r.is_err() {
        cx.exc = Value::UNBOUND;
    }
    r.ok()
}

/// The group's `exceptions` tuple (empty if the attribute was lost).
fn group_excs(cx: &mut Ctx, g: Value) -> PyResult<Vec<Value>> {
    let n = cx.intern("exceptions");
    let v = runtime::get_attr_opt(cx, g, n)?.unwrap_or(Value::none());
    Ok(tuple_items(v).map(|s| s.to_vec()).unwrap_or_default())
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = cx.rt.types;
    let Some(mut cls) = a.first().and_then(|&c| class_of_value(c)) else {
        return Err(cx.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    if a.len() != 3 {
        return Err(cx.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.len() - 1)));
    }
    let (msg, seq) = (a[1], a[2]);
    if runtime::str_of(msg).is_none() {
        let tn = runtime::type_name(cx, msg);
        return Err(cx.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}")));
    }
    let getitem = cx.rt.names.getitem;
    let st = runtime::type_of(cx, seq);
    if issubclass(st, t.dict) || runtime::ops::class_lookup(st, getitem).is_none() {
        return Err(cx.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = runtime::iter::collect(cx, seq)?;
    if excs.is_empty() {
        return Err(cx.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &e) in excs.iter().enumerate() {
        if !isinstance(cx, e, t.base_exception) {
            return Err(cx.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        nested_base |= !isinstance(cx, e, t.exception);
    }
    if cls == t.base_exception_group {
        if !nested_base {
            cls = t.exception_group;
        }
    } else if cls == t.exception_group {
        if nested_base {
            return Err(cx.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && issubclass(cls, t.exception) {
        let name = runtime::class_name(cls);
        return Err(cx.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    if !kw.is_empty() && (cls == t.base_exception_group || cls == t.exception_group) {
        // BaseExceptionGroup.__init__'s check (a builtin class's call runs no __init__).
        let name = runtime::class_name(cls);
        return Err(cx.type_error(format!("{name}() takes no keyword arguments")));
    }
    let args = cx.new_tuple(a[1..].to_vec());
    let g = cx.alloc_obj(ExceptionObj::new(cls, args));
    let excs = cx.new_tuple(excs);
    let (m, e) = (cx.intern("message"), cx.intern("exceptions"));
    runtime::set_attr(cx, g, m, msg)?;
    runtime::set_attr(cx, g, e, excs)?;
    Ok(g)
}

/// `BaseExceptionGroup.__init__`: BaseException's, without keywords.
fn eg_init(cx: &mut Ctx, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(e) = a.first().and_then(|&s| s.downcast::<ExceptionObj>(Kind::Exception)) else {
        return Err(cx.type_error("descriptor '__init__' requires a 'BaseExceptionGroup' object"));
    };
    if !kw.is_empty() {
        let name = runtime::class_name(runtime::type_of(cx, a[0]));
        return Err(cx.type_error(format!("{name}() takes no keyword arguments")));
    }
    e.args = cx.new_tuple(a[1..].to_vec());
    Ok(Value::none())
}

/// `str(group)`: "message (N sub-exceptions)".
fn eg_str(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__str__", a, &[], 1)?;
    let s = match group_str(cx, a[0])? {
        Some(s) => s,
        None => runtime::repr::exception_str(cx, a[0])?,
    };
    Ok(cx.new_string(s))
}

/// The text of `str(group)`; None if `v` is not a group.
pub fn group_str(cx: &mut Ctx, v: Value) -> PyResult<Option<String>> {
    if !is_group(cx, v) {
        return Ok(None);
    }
    let n = cx.intern("message");
    let msg = runtime::get_attr_opt(cx, v, n)?.unwrap_or(Value::none());
    let msg = runtime::str_string(cx, msg)?;
    let k = group_excs(cx, v)?.len();
    let s = if k > 1 { "s" } else { "" };
    Ok(Some(format!("{msg} ({k} sub-exception{s})")))
}

/// `group.derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn eg_derive(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "derive", a, &[], 2)?;
    let n = cx.intern("message");
    let msg = runtime::get_attr_opt(cx, a[0], n)?.unwrap_or(Value::none());
    let beg = Value::from_ptr(cx.rt.types.base_exception_group);
    runtime::call(cx, beg, &[msg, a[1]], &[])
}

fn eg_class_getitem(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "__class_getitem__", a, &[], 2)?;
    Ok(runtime::new_generic_alias(cx, a[0], a[1]))
}

/// What `split`/`subgroup` match leaves against.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable taking the exception.
    Predicate(Value),
    /// The leaves whose identity is in the list (PREP_RERAISE_STAR's projection).
    Ids(Vec<Value>),
}

fn matcher(cx: &mut Ctx, v: Value) -> PyResult<Matcher> {
    let base = cx.rt.types.base_exception;
    let is_exc_class = |v: Value| class_of_value(v).is_some_and(|c| issubclass(c, base));
    if class_of_value(v).is_none() && runtime::is_callable(cx, v) {
        return Ok(Matcher::Predicate(v));
    }
    if is_exc_class(v) || tuple_items(v).is_some_and(|items| items.iter().all(|&t| is_exc_class(t))) {
        return Ok(Matcher::Type(v));
    }
    Err(cx.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(cx: &mut Ctx, m: &Matcher, e: Value) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => runtime::exc_matches(cx, e, *t),
        Matcher::Predicate(f) => {
            let r = runtime::call(cx, *f, &[e], &[])?;
            runtime::truthy(cx, r)
        }
        Matcher::Ids(ids) => Ok(ids.iter().any(|&x| x.raw() == e.raw())),
    }
}

/// exceptiongroup_split_recursive: (match, rest), each None when empty; a
/// group is rebuilt with `derive` around the parts of its members.
fn split_rec(cx: &mut Ctx, e: Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
    let none = Value::none();
    if matches(cx, m, e)? {
        return Ok((e, none));
    }
    if !is_group(cx, e) {
        return Ok((none, if with_rest { e } else { none }));
    }
    let (mut ms, mut rs) = (Vec::new(), Vec::new());
    for x in group_excs(cx, e)? {
        let (a, b) = split_rec(cx, x, m, with_rest)?;
        if !a.is_none() {
            ms.push(a);
        }
        if !b.is_none() {
            rs.push(b);
        }
    }
    let a = subset(cx, e, ms)?;
    let b = if with_rest { subset(cx, e, rs)? } else { none };
    Ok((a, b))
}

/// exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, cause,
/// context and a copy of its notes; None for no exceptions.
fn subset(cx: &mut Ctx, orig: Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::none());
    }
    let l = cx.new_list(excs);
    let g = runtime::call_method(cx, orig, "derive", &[l])?;
    if !is_group(cx, g) {
        return Err(cx.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    crate::vm::flush_traceback(cx);
    let (Some(o), Some(n)) = (orig.downcast::<ExceptionObj>(Kind::Exception), g.downcast::<ExceptionObj>(Kind::Exception))
    else {
        return Ok(g);
    };
    n.traceback = o.traceback.clone();
    n.tb_head = o.tb_head;
    n.tb_len = o.tb_len;
    n.context = o.context;
    n.cause = o.cause;
    n.suppress_context = true; // PyException_SetCause's effect
    let key = cx.intern("__notes__");
    if let Some(notes) = runtime::get_attr_opt(cx, orig, key)? {
        let st = runtime::type_of(cx, notes);
        if runtime::ops::class_lookup(st, cx.rt.names.getitem).is_some() && !issubclass(st, cx.rt.types.dict) {
            let copy = runtime::iter::collect(cx, notes)?;
            let copy = cx.new_list(copy);
            runtime::set_attr(cx, g, key, copy)?;
        }
    }
    Ok(g)
}

fn split_args(cx: &mut Ctx, a: &[Value], name: &str) -> PyResult<Matcher> {
    args::check_exact(cx, name, a, &[], 2)?;
    matcher(cx, a[1])
}

/// `group.split(condition)` -> (match, rest).
fn eg_split(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = split_args(cx, a, "split")?;
    let (x, y) = split_rec(cx, a[0], &m, true)?;
    Ok(cx.new_tuple(vec![x, y]))
}

/// `group.subgroup(condition)` -> match.
fn eg_subgroup(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m = split_args(cx, a, "subgroup")?;
    Ok(split_rec(cx, a[0], &m, false)?.0)
}

/// `BaseException.add_note(note)`: appended to `__notes__` (created as a list).
fn add_note(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_exact(cx, "add_note", a, &[], 2)?;
    if runtime::str_of(a[1]).is_none() {
        let tn = runtime::type_name(cx, a[1]);
        return Err(cx.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = cx.intern("__notes__");
    let notes = match runtime::get_attr_opt(cx, a[0], key)? {
        Some(n) => n,
        None => {
            let l = cx.new_list(Vec::new());
            runtime::set_attr(cx, a[0], key, l)?;
            l
        }
    };
    let Some(v) = runtime::list_vec(notes) else {
        return Err(cx.type_error("Cannot add note: __notes__ is not a list"));
    };
    v.push(a[1]);
    Ok(Value::none())
}

/// CHECK_EG_MATCH: (match, rest) of the exception `exc` (None once all of it
/// was handled) against an `except*` clause's type `ty`. A bare exception that
/// matches is wrapped in `ExceptionGroup('', (exc,))`.
fn except_star_match(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (exc, ty) = (a[0], a[1]);
    check_star_type(cx, ty)?;
    let none = Value::none();
    let (m, rest) = if exc.is_none() {
        (none, none)
    } else if runtime::exc_matches(cx, exc, ty)? {
        if is_group(cx, exc) {
            (exc, none)
        } else {
            let items = cx.new_tuple(vec![exc]);
            let empty = cx.rt.names.empty;
            let beg = Value::from_ptr(cx.rt.types.base_exception_group);
            (runtime::call(cx, beg, &[empty, items], &[])?, none)
        }
    } else if is_group(cx, exc) {
        let pair = runtime::call_method(cx, exc, "split", &[ty])?;
        match tuple_items(pair) {
            Some(&[x, y]) => (x, y),
            _ => return Err(cx.type_error("X.split(...) must return a 2-tuple")),
        }
    } else {
        (none, exc)
    };
    Ok(cx.new_tuple(vec![m, rest]))
}

/// `except*` takes exception classes (or tuples of them), but no group class.
fn check_star_type(cx: &mut Ctx, ty: Value) -> PyResult<()> {
    let items = match tuple_items(ty) {
        Some(items) => items.to_vec(),
        None => vec![ty],
    };
    let t = cx.rt.types;
    for it in items {
        match class_of_value(it) {
            Some(c) if issubclass(c, t.base_exception_group) => {
                return Err(cx.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."))
            }
            Some(c) if issubclass(c, t.base_exception) => {}
            _ => return Err(cx.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
    Ok(())
}

/// PREP_RERAISE_STAR (`_PyExc_PrepReraiseStar`): `orig` was caught; `excs`
/// holds what the clauses raised, then the unmatched rest (None entries
/// skipped). Re-raised parts of `orig` (same traceback, cause, context and
/// notes) go back in orig's shape; new exceptions are grouped in front of it.
fn prep_reraise_star(cx: &mut Ctx, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (orig, excs) = (a[0], runtime::list_items(a[1]).map(|s| s.to_vec()).unwrap_or_default());
    if excs.is_empty() {
        return Ok(Value::none());
    }
    if !is_group(cx, orig) {
        // A bare exception: at most one clause ran.
        return Ok(excs[0]);
    }
    crate::vm::flush_traceback(cx);
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in reraised {
        leaf_ids(cx, e, &mut ids)?;
    }
    let projected = split_rec(cx, orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(projected);
    }
    if !projected.is_none() {
        raised.push(projected);
    }
    let l = cx.new_list(raised);
    let empty = cx.rt.names.empty;
    let beg = Value::from_ptr(cx.rt.types.base_exception_group);
    runtime::call(cx, beg, &[empty, l], &[])
}

/// is_same_exception_metadata: the parts of a split share these with the
/// original. (3.11 compares its `notes` field too, but `__notes__` lives in
/// the instance dict there, so notes never tell them apart.)
fn same_metadata(a: Value, b: Value) -> bool {
    let (Some(x), Some(y)) = (a.downcast::<ExceptionObj>(Kind::Exception), b.downcast::<ExceptionObj>(Kind::Exception)) else {
        return false;
    };
    x.traceback == y.traceback && x.cause.raw() == y.cause.raw() && x.context.raw() == y.context.raw()
}

/// The non-group exceptions inside `e` (e itself if it is not a group).
fn leaf_ids(cx: &mut Ctx, e: Value, out: &mut Vec<Value>) -> PyResult<()> {
    if !is_group(cx, e) {
        out.push(e);
        return Ok(());
    }
    for x in group_excs(cx, e)? {
        leaf_ids(cx, x, out)?;
    }
    Ok(())
}
