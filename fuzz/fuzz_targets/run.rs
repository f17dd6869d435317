//! Whole-program execution under a safepoint budget (`Ctx::set_budget`): every
//! program ends in a result or a Python exception, never a panic or crash.
#![no_main]
use libfuzzer_sys::fuzz_target;
include!("../harness.rs");

fuzz_target!(|data: &[u8]| {
    tauraro_fuzz_common::run(data);
});
