//! The `complex` object's payload.
//!
//! Layout: a `Kind::Other` object (`OtherObj`) whose payload is a [`Complex`]
//! and whose class is `complex` (`Heap::complex_class`) or, for a subclass
//! instance, the `InstanceObj` payload is such an object. A dedicated
//! `Kind::Complex` needs arms in `objects.rs`'s `trace_object`/`free_object`
//! and a field in `runtime::types::Types` (other owners' files): until then
//! every reader goes through [`complex_of`], the one place that knows the layout.
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

/// The value of a complex object (not of a subclass instance: unwrap its payload first).
#[inline]
pub fn complex_of(v: Value) -> Option<Complex> {
    let o = v.downcast::<OtherObj>(Kind::Other)?;
    o.payload.as_any().downcast_mut::<Complex>().copied()
}
