//! The interpreter context: everything one running program owns.
use crate::heap::Heap;
use crate::value::Value;

pub struct Ctx {
    pub heap: Heap,
    /// The exception being raised (valid while an `Err(Exc)` propagates).
    pub exc: Value,
    /// Builtin types, interned strings, modules (owned by `runtime`).
    pub rt: crate::runtime::Runtime,
    /// Engine state: register stack, frames, handled-exception stack (owned by `vm`).
    pub vm: VmState,
}

/// Engine state (the VM engineer fills this in).
#[derive(Default)]
pub struct VmState {}
