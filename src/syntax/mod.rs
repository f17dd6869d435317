//! Front end: lexer, parser and AST (CPython 3.11 compatible).
pub mod ast;
