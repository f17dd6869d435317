//! Object protocols and builtin types. (Skeleton: the runtime engineer owns this module.)
pub mod dict;
pub mod file;
pub mod iter;

#[derive(Default)]
pub struct Runtime {}
