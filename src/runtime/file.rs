//! File objects (`open`).
use crate::heap::{Heap, ObjHeader, Trace};

#[repr(C)]
pub struct FileObj {
    pub h: ObjHeader,
}
impl Trace for FileObj {
    fn trace(&self, _m: &mut Heap) {}
}
