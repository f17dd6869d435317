//! Source bytes -> lexer, parser, compiler: a module or a SyntaxError, never a
//! panic, hang or crash.
#![no_main]
use libfuzzer_sys::fuzz_target;
include!("../harness.rs");

fuzz_target!(|data: &[u8]| {
    tauraro_fuzz_common::compile(data);
});
