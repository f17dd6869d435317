// The fuzz harness, shared (by `include!` / `#[path]`) between the fuzz
// targets in fuzz/fuzz_targets/ and the regression test tests/fuzz_regressions.rs.
// Inputs must end in a module, a SyntaxError or a Python exception: a panic,
// crash, hang or abort is a bug.
#[allow(dead_code)]
pub mod tauraro_fuzz_common {
    use tauraro::runtime::output::Output;
    use tauraro::vm::{self, Ctx};

    /// Safepoints (back-edges + calls) a fuzzed program may pass.
    pub const BUDGET: u64 = 20_000;

    fn source(data: &[u8]) -> String {
        String::from_utf8_lossy(data).into_owned()
    }

    /// A fresh interpreter that cannot touch the machine: output discarded,
    /// no `os`/`time` modules, no `open`/`__import__`/`exec`/`eval`/`compile`,
    /// `.py` imports from a directory that does not exist.
    pub fn sandbox() -> Box<Ctx> {
        let mut cx = Box::new(Ctx::new(vec!["fuzz".to_string()]));
        cx.rt.stdout = Output::sink();
        cx.rt.stderr = Output::sink();
        cx.rt.builtin_modules.retain(|(n, _)| !matches!(*n, "os" | "time"));
        for name in ["open", "__import__", "exec", "eval", "compile", "input", "breakpoint", "help"] {
            let k = cx.intern(name);
            // SAFETY: the builtins dict is live for the Ctx's lifetime.
            unsafe { (*cx.rt.builtins).t.remove_str(k) };
        }
        cx.vm.main_dir = Some(std::path::PathBuf::from("/nonexistent/tauraro-fuzz"));
        // The native stack the engine may use (RecursionError before its end;
        // the JIT compiles only with 2 MiB to spare): 8 MiB, the main thread's
        // usual rlimit; the regression test's threads have more.
        cx.vm.set_native_stack(8 << 20);
        cx
    }

    /// Target (a): lexer, parser and compiler only.
    pub fn compile(data: &[u8]) {
        let src = source(data);
        let Ok(ast) = tauraro::syntax::parse_module(&src, "<fuzz>") else { return };
        let mut cx = sandbox();
        let _ = tauraro::compile::compile_module(&mut cx, &ast, "<fuzz>", &src);
    }

    /// Target (b): the whole program under a safepoint budget; a raised
    /// exception is formatted as at the top level (str/repr of it runs).
    pub fn run(data: &[u8]) {
        let src = source(data);
        let mut cx = sandbox();
        cx.set_budget(BUDGET);
        if let Err(vm::RunError::Exc) = vm::run_source(&mut cx, &src, "<fuzz>", "__main__") {
            vm::flush_traceback(&mut cx);
            let e = cx.exc;
            let _ = tauraro::runtime::print_exception(&mut cx, e);
        }
    }
}
