//! Python dict/set table: compact, insertion-ordered, Python hash/eq.
use crate::heap::{Heap, Trace};
use crate::value::Value;

#[derive(Default)]
pub struct DictTable {
    /// (hash, key, value); key UNBOUND = deleted slot.
    pub entries: Vec<(i64, Value, Value)>,
    pub indices: Vec<u32>,
    pub len: usize,
}
impl Trace for DictTable {
    fn trace(&self, m: &mut Heap) {
        for &(_, k, v) in &self.entries {
            m.mark(k);
            m.mark(v);
        }
    }
}
