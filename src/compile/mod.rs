//! Compiler: AST -> register bytecode (`Op`) in a `CodeObj`.
//!
//! * `scope`  — symbol tables: local / cell / free / global per scope.
//! * `gen`    — code generation (registers, labels, exception table, definite assignment).
//! * `fold`   — constant folding of literal expressions.
//! * `unit`   — the compiler's pre-heap code object and its materialisation.
//! * `dis`    — the disassembler (`tauraro dis`).
pub mod code;
pub mod dis;
pub mod fold;
pub mod gen;
pub mod scope;
pub mod unit;
pub mod verify;
pub mod warn;
#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) use gen::target_mut as gen_target;

pub use code::*;
pub use dis::{disassemble, disassemble_unit};

use crate::syntax::ast::{Module, Span};
use crate::syntax::SyntaxError;
use crate::value::Value;
use crate::Ctx;

/// A compile-time error before it gets a file name and source line.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

impl CompileError {
    fn into_syntax(self, filename: &str, source: &str) -> SyntaxError {
        SyntaxError::at_span(self.msg, filename, source, self.span)
    }
}

/// Compile a module to a `Unit` (no runtime values; used by tests and by `compile_module`).
pub fn compile_unit(m: &Module, interactive: bool) -> Result<unit::Unit, CompileError> {
    compile_unit_src(m, "", interactive)
}

/// As `compile_unit`, with the source text (used for `from __future__ import annotations`).
pub fn compile_unit_src(m: &Module, source: &str, interactive: bool) -> Result<unit::Unit, CompileError> {
    compile_unit_warn(m, source, interactive).map(|(u, _)| u)
}

/// As `compile_unit_src`, with the SyntaxWarnings raised on the way: (line, message).
pub fn compile_unit_warn(m: &Module, source: &str, interactive: bool) -> Result<(unit::Unit, Vec<(u32, String)>), CompileError> {
    let st = scope::build(m)?;
    let mut g = gen::Gen::new(&st, interactive).with_source(source);
    let u = g.module(m)?;
    Ok((u, g.warnings))
}

/// Compile a parsed module into a code object (a `CodeObj` value).
pub fn compile_module(cx: &mut Ctx, m: &Module, filename: &str, source: &str) -> Result<Value, SyntaxError> {
    compile(cx, m, filename, source, false)
}

/// As `compile_module`, but expression statements print their value (`PrintExpr`): the REPL.
pub fn compile_interactive(cx: &mut Ctx, m: &Module, filename: &str, source: &str) -> Result<Value, SyntaxError> {
    compile(cx, m, filename, source, true)
}

fn compile(cx: &mut Ctx, m: &Module, filename: &str, source: &str, interactive: bool) -> Result<Value, SyntaxError> {
    let (u, warnings) = compile_unit_warn(m, source, interactive).map_err(|e| e.into_syntax(filename, source))?;
    if !m.warnings.is_empty() || !warnings.is_empty() {
        let all = m.warnings.iter().map(|&(line, msg)| (line, msg)).chain(warnings.iter().map(|(line, msg)| (*line, msg.as_str())));
        let text: String = all.map(|(line, msg)| warn::format(filename, line, msg)).collect();
        cx.rt.stderr.write_str(&text);
        cx.rt.stderr.flush();
    }
    let f = cx.intern(filename);
    Ok(unit::materialise(cx, u, f))
}
