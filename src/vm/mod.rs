//! The engine: link (Op -> Inst), handlers with tail-call dispatch, frames, calls,
//! exceptions, generators. (Skeleton: the VM engineer owns this module.)
pub mod ctx;
pub use ctx::*;

use crate::heap::{Heap, ObjHeader, Trace};

/// Pre-decoded instruction: handler pointer + operands (DESIGN §2).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Inst {
    pub h: usize,
    pub a: u16,
    pub b: u16,
    pub c: u16,
    pub d: u16,
}

/// Per-code engine data (hot counters, JIT state).
#[derive(Default)]
pub struct CodeEngineData {}

/// A suspended generator.
#[repr(C)]
pub struct GenObj {
    pub h: ObjHeader,
}
impl Trace for GenObj {
    fn trace(&self, _m: &mut Heap) {}
}
