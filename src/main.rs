//! The `tauraro` command line (DESIGN §6).
//!
//! ```text
//! tauraro run FILE [ARGS...]    run a program (sys.argv = [FILE, ARGS...])
//! tauraro FILE [ARGS...]        the same
//! tauraro -c CODE [ARGS...]     run a string (sys.argv = ['-c', ARGS...])
//! tauraro -m MODULE [ARGS...]   run a module as __main__ (MODULE.py or
//!                               MODULE/__main__.py in the current directory,
//!                               else a bundled module or package __main__)
//! tauraro dis FILE              print the bytecode and the linked handlers
//!   --no-jit  --jit-threshold N  --stats  --perf-map  --no-fuse   (before the command/file)
//! ```
//! `--no-fuse` links every op to its own handler, without superinstructions
//! (a measure of the unfused instruction set, and a differential check).
//!
//! The interpreter runs on a thread with a large native stack (512 MiB, or
//! `TAURARO_STACK_KB`): Python calls never recurse natively, but native ->
//! Python re-entry (e.g. `__init__`, `sorted(key=...)`) does.
use mimalloc::MiMalloc;
use tauraro::compile::CodeObj;
use tauraro::heap::Kind;
use tauraro::vm::{self, Ctx, RunError};
use tauraro::{runtime, Value};

#[global_allocator]
static GLOBAL: Mi8 = Mi8;

/// mimalloc as the global allocator, asked for 8-byte alignment by plain
/// `mi_malloc`: mimalloc is built with `MI_MAX_ALIGN_SIZE=8`
/// (.cargo/config.toml), so its small bins are 8 bytes apart (a 24-byte pair
/// tuple gets a 24-byte block, not 32). The `mimalloc` crate's `MiMalloc`
/// always takes the aligned entry points, whose slow path over-allocates into
/// the next bin; it keeps the rare alignments above 8.
struct Mi8;

extern "C" {
    fn mi_malloc(size: usize) -> *mut u8;
    fn mi_zalloc(size: usize) -> *mut u8;
    fn mi_realloc(p: *mut u8, size: usize) -> *mut u8;
    fn mi_free(p: *mut u8);
}

// SAFETY: every block comes from mimalloc (mi_malloc/mi_zalloc/mi_realloc return
// blocks aligned to MI_MAX_ALIGN_SIZE = 8, and MiMalloc's aligned calls serve
// larger alignments), and mi_free frees any mimalloc block whatever its alignment.
unsafe impl std::alloc::GlobalAlloc for Mi8 {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        if l.align() <= 8 { mi_malloc(l.size()) } else { MiMalloc.alloc(l) }
    }
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        if l.align() <= 8 { mi_zalloc(l.size()) } else { MiMalloc.alloc_zeroed(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, _l: std::alloc::Layout) {
        mi_free(p)
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, n: usize) -> *mut u8 {
        if l.align() <= 8 { mi_realloc(p, n) } else { MiMalloc.realloc(p, l, n) }
    }
}

/// The link order of this executable's functions, which .cargo/rustc-bin.sh
/// hands to the linker. Read here (and nowhere else) only so that cargo
/// relinks the executable when the file changes.
const _SYMBOL_ORDER: &str = include_str!("../perf/symbol-order.txt");

#[derive(Default, Clone)]
struct Opts {
    no_jit: bool,
    jit_threshold: Option<u32>,
    stats: bool,
    perf_map: bool,
    no_fuse: bool,
}

enum Cmd {
    Run { file: String, args: Vec<String> },
    Code { code: String, args: Vec<String> },
    Module { name: String, args: Vec<String> },
    Dis { file: String },
}

/// `run`'s result for an uncaught KeyboardInterrupt: after the Ctx is gone
/// (files flushed), `main` re-raises SIGINT like CPython (status 130).
const EXIT_SIGINT: i32 = i32::MIN;

const USAGE: &str = "usage: tauraro [-u] [--no-jit] [--jit-threshold N] [--stats] [--perf-map] [--no-fuse] (run FILE | FILE | -c CODE | -m MODULE | dis FILE) [ARGS...]";

fn parse_args(argv: &[String]) -> Result<(Opts, Cmd), String> {
    let mut o = Opts::default();
    let mut i = 0;
    while i < argv.len() {
        let a = argv[i].as_str();
        match a {
            "--no-jit" => o.no_jit = true,
            "--stats" => o.stats = true,
            "--perf-map" => o.perf_map = true,
            "--no-fuse" => o.no_fuse = true,
            "-u" => runtime::output::set_unbuffered(),
            "--jit-threshold" => {
                i += 1;
                let n = argv.get(i).ok_or("--jit-threshold needs a value")?;
                o.jit_threshold = Some(n.parse().map_err(|_| format!("bad --jit-threshold: {n}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            "-c" => {
                let code = argv.get(i + 1).ok_or("-c needs an argument")?.clone();
                return Ok((o, Cmd::Code { code, args: argv[i + 2..].to_vec() }));
            }
            "-m" => {
                let name = argv.get(i + 1).ok_or_else(|| format!("Argument expected for the -m option\n{USAGE}"))?.clone();
                return Ok((o, Cmd::Module { name, args: argv[i + 2..].to_vec() }));
            }
            "run" => {
                let file = argv.get(i + 1).ok_or("run needs a FILE")?.clone();
                return Ok((o, Cmd::Run { file, args: argv[i + 2..].to_vec() }));
            }
            "dis" => {
                let file = argv.get(i + 1).ok_or("dis needs a FILE")?.clone();
                return Ok((o, Cmd::Dis { file }));
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
            _ => return Ok((o, Cmd::Run { file: a.to_string(), args: argv[i + 1..].to_vec() })),
        }
        i += 1;
    }
    Err(USAGE.to_string())
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    // REPL, stdin programs, -V/-h/-i and unrunnable-file messages (src/repl.rs).
    if let Some(code) = tauraro::repl::early_main(&argv) {
        std::process::exit(code);
    }
    let (opts, cmd) = match parse_args(&argv) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    let stack = std::env::var("TAURARO_STACK_KB")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .map(|kb| kb << 10)
        .unwrap_or(512 << 20);
    let t = std::thread::Builder::new()
        .name("tauraro".into())
        .stack_size(stack)
        .spawn(move || run(opts, cmd, stack))
        .expect("spawn interpreter thread");
    vm::ctx::signals::block_in_this_thread();
    let code = t.join().unwrap_or(101);
    if code == EXIT_SIGINT {
        vm::ctx::signals::exit_by_sigint();
    }
    std::process::exit(code);
}

fn read_file(path: &str) -> Result<String, i32> {
    match std::fs::read(path) {
        Ok(b) => decode_source(&b).map_err(|msg| {
            let abs = absolute(path);
            eprintln!("SyntaxError: {}", msg.replace("{file}", &abs));
            1
        }),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!("tauraro: can't open file '{path}': [Errno {errno}] {}", strip_os_suffix(&e.to_string()));
            Err(2)
        }
    }
}

/// Source bytes to text as CPython's tokenizer decodes them: UTF-8 unless a
/// `coding:` cookie on line 1 or 2 names Latin-1. The error text has `{file}`
/// where the file name goes.
fn decode_source(b: &[u8]) -> Result<String, String> {
    let bom = b.starts_with(b"\xef\xbb\xbf");
    if let Some(enc) = coding_cookie(b) {
        if matches!(enc.as_str(), "latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "iso-latin-1") {
            if bom {
                return Err("encoding problem: iso-8859-1 with BOM".to_string());
            }
            return Ok(b.iter().map(|&c| c as char).collect());
        }
    }
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = b[..at].iter().filter(|&&c| c == b'\n').count() + 1;
            Err(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {{file}} on line {line}, but no encoding declared; \
                 see https://peps.python.org/pep-0263/ for details",
                b[at]
            ))
        }
    }
}

/// The encoding named by a PEP 263 cookie on the first two lines, normalised
/// (lower case, `_` -> `-`).
fn coding_cookie(b: &[u8]) -> Option<String> {
    for line in b.split(|&c| c == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let l = line.trim_start_matches([' ', '\t', '\x0c', '\u{feff}']);
        if !l.starts_with('#') {
            continue;
        }
        let Some(i) = l.find("coding") else { continue };
        let rest = &l[i + 6..];
        let Some(rest) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('=')) else { continue };
        let name: String = rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        return Some(name.to_lowercase().replace('_', "-"));
    }
    None
}

/// "No such file or directory (os error 2)" -> "No such file or directory".
fn strip_os_suffix(s: &str) -> &str {
    s.split(" (os error").next().unwrap_or(s)
}

/// `path` made absolute: code objects and tracebacks name scripts so, as CPython's.
fn absolute(path: &str) -> String {
    std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path.to_string())
}

/// `-m NAME`: (source, file name, sys.argv[0]) of the module to run as
/// __main__, found as CPython's runpy would in our world: NAME.py or the
/// package NAME/__main__.py under the current directory (sys.path[0]), else a
/// bundled module, or a bundled package's `__main__`. Err: the exit status,
/// the message already printed.
fn module_source(name: &str) -> Result<(String, String, String), i32> {
    let rel = name.replace('.', "/");
    for path in [format!("{rel}.py"), format!("{rel}/__main__.py")] {
        if std::path::Path::new(&path).is_file() {
            let src = read_file(&path)?;
            let abs = absolute(&path);
            return Ok((src, abs.clone(), abs));
        }
    }
    let target = if tauraro::modules::is_bundled_package(name) { format!("{name}.__main__") } else { name.to_string() };
    if let Some(src) = tauraro::modules::bundled_source(&target) {
        return Ok((src.to_string(), format!("<frozen {target}>"), format!("tauraro -m {name}")));
    }
    if target != name {
        eprintln!("tauraro: No module named {target}; '{name}' is a package and cannot be directly executed");
    } else {
        eprintln!("tauraro: No module named {name}");
    }
    Err(1)
}

fn run(opts: Opts, cmd: Cmd, stack: usize) -> i32 {
    // -m runs with the current directory first on sys.path, as CPython's runpy.
    let cwd_first = matches!(cmd, Cmd::Module { .. });
    let (source, filename, sys_argv, dis) = match cmd {
        Cmd::Run { file, args } => {
            let src = match read_file(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let mut a = vec![file.clone()];
            a.extend(args);
            (src, absolute(&file), a, false)
        }
        Cmd::Code { code, args } => {
            let mut a = vec!["-c".to_string()];
            a.extend(args);
            (code, "<string>".to_string(), a, false)
        }
        Cmd::Module { name, args } => match module_source(&name) {
            Ok((src, filename, argv0)) => {
                let mut a = vec![argv0];
                a.extend(args);
                (src, filename, a, false)
            }
            Err(c) => return c,
        },
        Cmd::Dis { file } => {
            let src = match read_file(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            (src, file.clone(), vec![file], true)
        }
    };
    if opts.stats {
        vm::dispatch::enable_stats();
    }
    if opts.no_fuse {
        vm::link::set_fusion(false);
    }
    let mut cx = Ctx::new(sys_argv);
    let _sigint = vm::ctx::signals::install(&mut cx);
    cx.vm.set_native_stack(stack);
    cx.vm.no_jit = opts.no_jit;
    cx.vm.stats = opts.stats;
    cx.vm.perf_map = opts.perf_map;
    if let Some(n) = opts.jit_threshold {
        cx.vm.jit_threshold = n;
    }
    let dir = if cwd_first {
        std::env::current_dir().unwrap_or_else(|_| ".".into())
    } else if filename == "<string>" {
        std::path::PathBuf::from(".")
    } else {
        std::path::Path::new(&filename).parent().map(|p| p.to_path_buf()).unwrap_or_default()
    };
    cx.vm.main_dir = Some(if dir.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { dir });
    if dis {
        return disassemble(&mut cx, &source, &filename);
    }
    let code = match vm::run_source(&mut cx, &source, &filename, "__main__") {
        Ok(_) => 0,
        Err(RunError::Syntax(e)) => {
            cx.rt.stdout.flush();
            cx.rt.stderr.write_str(&e.render());
            cx.rt.stderr.flush();
            1
        }
        Err(RunError::Exc) => uncaught(&mut cx),
    };
    // atexit's functions run first (after an uncaught exception's traceback), as in Py_Finalize.
    tauraro::modules::atexit::run(&mut cx);
    // Module teardown: suspended generators still alive run their finally/with exits.
    cx.finalize_generators();
    cx.rt.stdout.flush();
    if opts.stats {
        let mut report = vm::dispatch::stats_report(&cx);
        report.push_str(&vm::icstats::report(&cx));
        report.push_str(&tauraro::jit::stats_report(&cx));
        cx.rt.stderr.write_str(&report);
        cx.rt.stderr.flush();
    }
    if runtime::file::live_files() == 0 {
        // Nothing left whose freeing is visible outside the process: leave the
        // heap to the OS instead of freeing it object by object (~170k
        // instructions for an empty program, more for a big heap).
        cx.rt.stdout.flush();
        cx.rt.stderr.flush();
        std::mem::forget(cx);
    }
    code
}

/// Report an uncaught exception (SystemExit exits quietly with its code).
fn uncaught(cx: &mut Ctx) -> i32 {
    vm::flush_traceback(cx);
    let exc = cx.exc;
    cx.rt.stdout.flush();
    if runtime::isinstance(cx, exc, cx.rt.types.system_exit) {
        return system_exit_code(cx, exc);
    }
    let text = runtime::print_exception(cx, exc);
    cx.rt.stderr.write_str(&text);
    cx.rt.stderr.flush();
    if runtime::isinstance(cx, exc, cx.rt.types.keyboard_interrupt) {
        return EXIT_SIGINT;
    }
    1
}

fn system_exit_code(cx: &mut Ctx, exc: Value) -> i32 {
    let arg = exc
        .downcast::<tauraro::heap::ExceptionObj>(Kind::Exception)
        .and_then(|e| runtime::tuple_items(e.args))
        .and_then(|a| if a.len() == 1 { Some(a[0]) } else if a.is_empty() { None } else { Some(e_args_tuple(exc)) })
        .unwrap_or(Value::none());
    if arg.is_none() {
        return 0;
    }
    if let Some(i) = runtime::int_of(arg) {
        return i as i32;
    }
    let s = runtime::str_string(cx, arg).unwrap_or_default();
    cx.rt.stderr.write_str(&s);
    cx.rt.stderr.write_str("\n");
    cx.rt.stderr.flush();
    1
}

fn e_args_tuple(exc: Value) -> Value {
    exc.downcast::<tauraro::heap::ExceptionObj>(Kind::Exception).map(|e| e.args).unwrap_or(Value::none())
}

/// `tauraro dis FILE`: the Op listing, then the linked handlers of every code object.
fn disassemble(cx: &mut Ctx, source: &str, filename: &str) -> i32 {
    let code = match vm::import::compile_source(cx, source, filename) {
        Ok(c) => c,
        Err(_) => {
            vm::flush_traceback(cx);
            let text = runtime::print_exception(cx, cx.exc);
            cx.rt.stderr.write_str(&text);
            cx.rt.stderr.flush();
            return 1;
        }
    };
    let c = code.as_ptr::<CodeObj>();
    // SAFETY: compile_source returned a live code object.
    let listing = tauraro::compile::disassemble(unsafe { &*c });
    cx.rt.stdout.write_str(&listing);
    cx.rt.stdout.write_str("\n");
    let mut out = String::new();
    linked_listing(c, &mut out);
    cx.rt.stdout.write_str(&out);
    cx.rt.stdout.flush();
    0
}

fn linked_listing(c: *mut CodeObj, out: &mut String) {
    use std::fmt::Write;
    vm::link::ensure_linked(c);
    // SAFETY: linked, live code object.
    let code = unsafe { &*c };
    let name = runtime::str_of(code.qualname).unwrap_or("?");
    let _ = writeln!(out, "linked {name}:");
    for (i, inst) in code.insts.iter().enumerate().take(code.engine.ninsts) {
        let h = code.engine.names.get(i).copied().unwrap_or("?").replace(" ", "");
        let _ = writeln!(out, "  {i:4} {h:<28} a={} b={} c={} d={}", inst.a, inst.b, inst.c, inst.d);
    }
    for &k in &code.consts {
        if k.is_kind(Kind::Code) {
            linked_listing(k.as_ptr::<CodeObj>(), out);
        }
    }
}
