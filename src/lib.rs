//! Tauraro: a Python 3 interpreter with threaded-code dispatch, 64-bit tagged
//! values and a template JIT. See DESIGN notes in each module:
//! `value` (encoding), `heap` (objects, GC), `syntax` (front end),
//! `compile` (AST -> Op bytecode), `vm` (link, handlers, frames, calls),
//! `runtime` (object protocols, builtin types), `builtins` (builtin functions),
//! `modules` (math, sys, time, random, ...).

pub mod builtins;
pub mod compile;
pub mod fxhash;
pub mod heap;
pub mod jit;
pub mod modules;
pub mod runtime;
pub mod repl;
pub mod suggest;
pub mod syntax;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::Ctx;

/// An exception is being raised: the exception object is in `Ctx::exc`.
/// Zero-sized so `PyResult<Value>` stays two words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exc;

pub type PyResult<T> = Result<T, Exc>;
