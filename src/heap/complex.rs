//! The `complex` object's payload.
//!
//! Layout: a `Kind::Other` object (`OtherObj`) whose payload is a [`Complex`]
//! and whose class is `complex` (`Heap::complex_class`) or, for a subclass
//! instance, the `InstanceObj` payload is such an object. A dedicated
//! `Kind::Complex` needs arms in `objects.rs`'s `trace_object`/`drop_object`
//! and a field in `runtime::types::Types` (other owners' files): until then
//! every reader goes through [`complex_of`], the one place that knows the layout
//! (a header tag, `COMPLEX_AUX`, tells complex objects from other payloads
//! without a dynamic downcast).
use super::{Heap, Kind, OtherObj, OtherPayload, Trace};
use crate::value::Value;

/// A complex number (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Trace for Complex {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for Complex {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// `ObjHeader::aux` of a complex object: marks the `OtherObj` whose payload is
/// a [`Complex`] (other `Kind::Other` objects keep aux 0).
pub const COMPLEX_AUX: u8 = 0xC0;

/// A complex object's header-and-payload (`new_object` is the only maker).
pub fn new_object(class: *mut super::ClassObj, c: Complex) -> OtherObj {
    let mut h = super::ObjHeader::new(class, Kind::Other);
    h.aux = COMPLEX_AUX;
    OtherObj { h, payload: Box::new(c) }
}

/// The value of a complex object (not of a subclass instance: unwrap its payload first).
#[inline]
pub fn complex_of(v: Value) -> Option<Complex> {
    let o = v.downcast::<OtherObj>(Kind::Other)?;
    if o.h.aux != COMPLEX_AUX {
        return None;
    }
    let p: *const dyn OtherPayload = &*o.payload;
    // SAFETY: only `new_object` sets COMPLEX_AUX on a Kind::Other header, and
    // it boxes a `Complex`: the payload's data pointer points at one.
    Some(unsafe { *(p as *const Complex) })
}
