//! Compiler: AST -> register bytecode (`Op`) in a `CodeObj`.
pub mod code;
pub use code::*;
