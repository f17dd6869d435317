//! Builtin iterator states.
use crate::heap::{Heap, Trace};
use crate::value::Value;

pub enum IterState {
    Seq { seq: Value, idx: usize },
}
impl Trace for IterState {
    fn trace(&self, m: &mut Heap) {
        match self {
            IterState::Seq { seq, .. } => m.mark(*seq),
        }
    }
}
