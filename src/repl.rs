//! Using tauraro the way a Python user uses `python3`: the interactive prompt
//! (REPL) and the command-line conventions `main.rs` leaves to this module.
//!
//! * `tauraro` with stdin a terminal: the REPL (rustyline editing, history in
//!   `~/.tauraro_history`, `>>> `/`... ` prompts, CPython's rules for when an
//!   entry is complete, echo of expression values, `_`).
//! * `tauraro` with stdin piped, or `tauraro - ARGS`: run stdin as `<stdin>`.
//! * `-V`/`--version`, `-h`/`--help`, `-i [FILE]`, and CPython's messages for a
//!   missing file or a directory given as the program.
//!
//! [`early_main`] is the one hook `main.rs` calls; it returns `None` for the
//! command lines `main.rs` runs itself (`FILE`, `run FILE`, `-c`, `dis`).
use crate::heap::{ExceptionObj, Kind, ModuleObj};
use crate::runtime;
use crate::syntax::lexer::{self, Kw, LexErrKind, Tok};
use crate::vm::{self, Ctx, RunError};
use crate::Value;
use std::io::{IsTerminal, Read};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const HELP: &str = "usage: tauraro [option] ... [-c cmd | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-V     : print the Tauraro version number and exit (also --version)
--no-jit, --jit-threshold N, --stats, --perf-map, --no-fuse : engine options
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Other commands:
tauraro run FILE [ARGS]  : the same as tauraro FILE [ARGS]
tauraro dis FILE         : print the bytecode and the linked handlers
";

/// What this module runs.
enum Mode {
    Repl,
    Stdin(Vec<String>),
    Inspect(String, Vec<String>),
}

/// The command lines `main.rs` does not handle; `Some(exit status)` when
/// handled (the process should exit with it), `None` to let `main.rs` go on.
pub fn early_main(argv: &[String]) -> Option<i32> {
    let mut i = 0;
    while i < argv.len() {
        match argv[i].as_str() {
            "--no-jit" | "--stats" | "--perf-map" | "--no-fuse" => i += 1,
            "-u" => {
                crate::runtime::output::set_unbuffered();
                i += 1
            }
            "--jit-threshold" => i += 2,
            _ => break,
        }
    }
    let rest = &argv[i.min(argv.len())..];
    let mode = match rest.first().map(|s| s.as_str()) {
        None if std::io::stdin().is_terminal() => Mode::Repl,
        None => Mode::Stdin(vec![String::new()]),
        Some("-") => Mode::Stdin(rest.to_vec()),
        Some("-V") | Some("--version") => {
            println!("Tauraro {VERSION}");
            return Some(0);
        }
        Some("-h") | Some("--help") | Some("-?") => {
            print!("{HELP}");
            return Some(0);
        }
        Some("-i") => match rest.get(1) {
            None => Mode::Repl,
            Some(f) => {
                if let Some(code) = check_file(f) {
                    return Some(code);
                }
                Mode::Inspect(f.clone(), rest[2..].to_vec())
            }
        },
        Some("run") => return rest.get(1).and_then(|f| check_file(f)),
        Some(f) if !f.starts_with('-') && f != "dis" => return check_file(f),
        Some(_) => return None,
    };
    Some(on_engine_thread(move |stack| run_mode(mode, stack)))
}

/// CPython's messages for a program file that cannot be run.
fn check_file(path: &str) -> Option<i32> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path.to_string());
            eprintln!("tauraro: can't find '__main__' module in '{abs}'");
            Some(1)
        }
        Ok(_) => None,
        Err(e) => {
            let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path.to_string());
            let errno = e.raw_os_error().unwrap_or(2);
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or("");
            eprintln!("tauraro: can't open file '{abs}': [Errno {errno}] {text}");
            Some(2)
        }
    }
}

/// Run `f` on a thread with the interpreter's large native stack (as main.rs does).
fn on_engine_thread(f: impl FnOnce(usize) -> i32 + Send + 'static) -> i32 {
    let stack = std::env::var("TAURARO_STACK_KB")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .map(|kb| kb << 10)
        .unwrap_or(512 << 20);
    let t = std::thread::Builder::new().name("tauraro".into()).stack_size(stack).spawn(move || f(stack));
    let Ok(h) = t else { return 101 };
    // SIGINT goes to the engine thread (its blocking reads return EINTR).
    vm::ctx::signals::block_in_this_thread();
    h.join().unwrap_or(101)
}

fn new_ctx(argv: Vec<String>, stack: usize, dir: std::path::PathBuf) -> Ctx {
    let mut cx = Ctx::new(argv);
    cx.vm.set_native_stack(stack);
    cx.vm.main_dir = Some(dir);
    cx
}

fn run_mode(mode: Mode, stack: usize) -> i32 {
    let here = std::path::PathBuf::from(".");
    match mode {
        Mode::Repl => {
            let mut cx = new_ctx(vec![String::new()], stack, here);
            let _sigint = vm::ctx::signals::install(&mut cx);
            install_site(&mut cx);
            match main_module(&mut cx) {
                Some(m) => interact(&mut cx, m, true),
                None => 1,
            }
        }
        Mode::Stdin(argv) => {
            let mut src = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut src) {
                eprintln!("tauraro: can't read <stdin>: {e}");
                return 1;
            }
            let mut cx = new_ctx(argv, stack, here);
            let _sigint = vm::ctx::signals::install(&mut cx);
            let src = String::from_utf8_lossy(&src);
            let code = run_program(&mut cx, &src, "<stdin>", false);
            cx.rt.stdout.flush();
            code.unwrap_or_else(|c| c)
        }
        Mode::Inspect(file, args) => {
            let src = match std::fs::read(&file) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(_) => return check_file(&file).unwrap_or(2),
            };
            let abs = std::path::absolute(&file).unwrap_or_else(|_| file.clone().into());
            let dir = abs.parent().map(|p| p.to_path_buf()).unwrap_or(here);
            let mut argv = vec![file];
            argv.extend(args);
            let mut cx = new_ctx(argv, stack, dir);
            let _sigint = vm::ctx::signals::install(&mut cx);
            // Under -i even SystemExit prints its traceback and the prompt follows (CPython).
            let _ = run_program(&mut cx, &src, &abs.to_string_lossy(), true);
            install_site(&mut cx);
            match sys_main(&mut cx) {
                Some(m) => interact(&mut cx, m, false),
                None => 1,
            }
        }
    }
}

/// Run a whole program as `__main__`: Ok(status) when it ran or failed with a
/// printed traceback, Err(status) when it raised SystemExit.
fn run_program(cx: &mut Ctx, src: &str, filename: &str, inspect: bool) -> Result<i32, i32> {
    match vm::run_source(cx, src, filename, "__main__") {
        Ok(_) => Ok(0),
        Err(RunError::Syntax(e)) => {
            cx.rt.stdout.flush();
            cx.rt.stderr.write_str(&e.render());
            cx.rt.stderr.flush();
            Ok(1)
        }
        Err(RunError::Exc) => report_exception(cx, inspect),
    }
}

/// Print the pending exception `cx.exc` like CPython's top level and clear it.
/// Ok(1) after a traceback, Err(status) for SystemExit (unless `inspect`:
/// `-i` prints SystemExit's traceback too).
pub fn report_exception(cx: &mut Ctx, inspect: bool) -> Result<i32, i32> {
    vm::flush_traceback(cx);
    let exc = cx.exc;
    cx.exc = Value::UNBOUND;
    cx.rt.stdout.flush();
    if !inspect && runtime::isinstance(cx, exc, cx.rt.types.system_exit) {
        return Err(system_exit_code(cx, exc));
    }
    let text = runtime::print_exception(cx, exc);
    cx.rt.stderr.write_str(&text);
    cx.rt.stderr.flush();
    Ok(1)
}

/// The exit status for SystemExit (a non-int argument is printed to stderr).
fn system_exit_code(cx: &mut Ctx, exc: Value) -> i32 {
    let Some(args) = exc.downcast::<ExceptionObj>(Kind::Exception).map(|e| e.args) else { return 0 };
    let arg = match runtime::tuple_items(args) {
        Some([]) | None => return 0,
        Some([a]) => *a,
        Some(_) => args,
    };
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

/// A fresh `__main__` module set up as `run_source` sets one up.
fn main_module(cx: &mut Ctx) -> Option<Value> {
    let m = vm::run_source(cx, "", "<stdin>", "__main__").ok()?;
    if let Some(mo) = m.downcast::<ModuleObj>(Kind::Module) {
        // The interactive __main__ has no __file__ (CPython).
        let k = cx.intern("__file__");
        // SAFETY: module dicts are live.
        unsafe { (*mo.dict).t.remove_str(k) };
    }
    Some(m)
}

/// What CPython's `site` puts in builtins for interactive use.
const SITE: &str = r#"
class _Printer:
    def __init__(self, text):
        self._text = text
    def __repr__(self):
        return self._text
    def __call__(self):
        print(self._text)
class _Helper:
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."
    def __call__(self, *args):
        if not args:
            print("Tauraro has no interactive help utility; see https://docs.python.org/3.11/")
            return
        doc = getattr(args[0], '__doc__', None)
        print(doc if doc else repr(args[0]))
class _Quitter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name
    def __call__(self, code=None):
        raise SystemExit(code)
help = _Helper()
copyright = _Printer("Copyright (c) Tauraro contributors.\nThe Python language: Copyright (c) 2001-2023 Python Software Foundation.")
credits = _Printer("Thanks to the CPython developers: CPython 3.11 is Tauraro's reference for behaviour and output.")
license = _Printer("Tauraro is distributed under the MIT license.")
exit = _Quitter('exit')
quit = _Quitter('quit')
"#;

/// Run [`SITE`] in a scratch module and copy its objects into builtins.
fn install_site(cx: &mut Ctx) {
    let Ok(m) = vm::run_source(cx, SITE, "<site>", "_tauraro_site") else {
        cx.exc = Value::UNBOUND;
        return;
    };
    let key = cx.intern("_tauraro_site");
    // SAFETY: sys.modules and the builtins dict are live for the whole run.
    unsafe { (*cx.rt.modules).t.remove_str(key) };
    let Some(mo) = m.downcast::<ModuleObj>(Kind::Module) else { return };
    for name in ["help", "copyright", "credits", "license", "exit", "quit"] {
        let k = cx.intern(name);
        // SAFETY: module dicts are live; the module's objects stay reachable from builtins.
        if let Some(v) = unsafe { (*mo.dict).t.get_str(k) } {
            unsafe { (*cx.rt.builtins).t.set_str(k, v) };
        }
    }
}

/// `sys.modules['__main__']` (after `-i FILE`).
fn sys_main(cx: &mut Ctx) -> Option<Value> {
    let k = cx.intern("__main__");
    // SAFETY: sys.modules is live for the whole run.
    unsafe { (*cx.rt.modules).t.get_str(k) }
}

// ---------------------------------------------------------------------------
// The interactive loop.

/// Keep the lines typed so far; run them when the entry is complete.
/// The banner shows only when the REPL is the whole session (not after `-i FILE`).
fn interact(cx: &mut Ctx, module: Value, banner: bool) -> i32 {
    use rustyline::error::ReadlineError;
    if banner {
        eprintln!("Tauraro {VERSION} (Python 3.11 compatible)");
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let mut ed = match editor() {
        Some(e) => e,
        None => return 1,
    };
    let hist = history_path();
    load_history(&mut ed, hist.as_deref());
    let mut buf = String::new();
    loop {
        cx.rt.stdout.flush();
        cx.rt.stderr.flush();
        if let Some(h) = ed.helper_mut() {
            h.names = completion_names(cx, module);
        }
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match ed.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = ed.add_history_entry(line.as_str());
                    append_history(hist.as_deref(), &line);
                }
                buf.push_str(&line);
                buf.push('\n');
                match entry_state(&buf) {
                    Entry::More => continue,
                    Entry::Empty => buf.clear(),
                    Entry::Run => {
                        let src = std::mem::take(&mut buf);
                        // A Ctrl-C typed at the prompt was handled there.
                        vm::ctx::signals::take();
                        if let Err(code) = run_entry(cx, module, &src) {
                            return code;
                        }
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                buf.clear();
                cx.rt.stderr.write_str("KeyboardInterrupt\n");
            }
            Err(ReadlineError::Eof) => {
                cx.rt.stdout.flush();
                return 0;
            }
            Err(e) => {
                eprintln!("tauraro: {e}");
                return 1;
            }
        }
    }
}

/// Compile one complete entry in interactive mode and run it in `module`.
/// Err(status) when it raised SystemExit.
fn run_entry(cx: &mut Ctx, module: Value, src: &str) -> Result<(), i32> {
    let file = "<stdin>";
    let code =
        crate::syntax::parse_module(src, file).and_then(|ast| crate::compile::compile_interactive(cx, &ast, file, src));
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            cx.rt.stderr.write_str(&e.render());
            cx.rt.stderr.flush();
            return Ok(());
        }
    };
    if vm::entry::run_code(cx, code, module).is_err() {
        report_exception(cx, false)?;
    }
    cx.rt.stdout.flush();
    Ok(())
}

/// Whether the lines typed so far form an entry to run.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    /// Nothing but blanks and comments.
    Empty,
    /// Run it (it may still be a syntax error: the compiler reports that).
    Run,
    /// Show `... ` and read another line.
    More,
}

/// CPython's interactive rules: open brackets, an unterminated triple-quoted
/// string or a trailing backslash continue; a compound statement continues
/// until an empty line; anything else runs at once. A compound statement whose
/// text so far is already a syntax error (not just an unfinished one) runs now,
/// so the error shows at once, as in CPython.
pub fn entry_state(src: &str) -> Entry {
    let lr = lexer::tokenize(src);
    if let Some(e) = &lr.error {
        let unfinished = e.kind == LexErrKind::Eof || e.msg.starts_with("unterminated triple-quoted");
        return if unfinished { Entry::More } else { Entry::Run };
    }
    let mut toks = lr.tokens.iter().filter(|t| !matches!(t.tok, Tok::Indent | Tok::Dedent | Tok::EndMarker));
    let Some(first) = toks.clone().find(|t| t.tok != Tok::Newline) else { return Entry::Empty };
    let first_line_end = toks.position(|t| t.tok == Tok::Newline && t.lo > first.lo);
    let colon_ends_first = first_line_end
        .and_then(|n| lr.tokens.iter().filter(|t| !matches!(t.tok, Tok::Indent | Tok::Dedent)).nth(n.saturating_sub(1)))
        .is_some_and(|t| t.tok == Tok::Op(lexer::Op::Colon));
    let compound = matches!(
        first.tok,
        Tok::Kw(Kw::If | Kw::While | Kw::For | Kw::Def | Kw::Class | Kw::With | Kw::Try | Kw::Async)
            | Tok::Op(lexer::Op::At)
    ) || colon_ends_first;
    if !compound {
        return Entry::Run;
    }
    let body = src.strip_suffix('\n').unwrap_or(src);
    let last = body.rsplit('\n').next().unwrap_or("");
    if body.contains('\n') && last.trim().is_empty() {
        return Entry::Run;
    }
    if definite_error(src) {
        return Entry::Run;
    }
    Entry::More
}

/// The text of an unfinished compound statement is already wrong: the parser
/// fails before the end of the input, not because the input stops.
fn definite_error(src: &str) -> bool {
    let Err(e) = crate::syntax::parse_module_unchecked(src, "<stdin>") else { return false };
    let lines = src.lines().count() as u32;
    let last_len = src.lines().last().map_or(0, |l| l.chars().count()) as u32;
    // "invalid syntax" at the end of the last line: the parser met the end of input (`@dec`).
    let at_end = e.lineno == lines && e.msg == "invalid syntax" && (e.offset == 0 || e.offset > last_len);
    !(e.lineno > lines
        || at_end
        || e.msg.starts_with("expected an indented block")
        || e.msg.starts_with("expected 'except' or 'finally' block")
        || e.msg.contains("was never closed")
        || e.msg.contains("unexpected EOF"))
}

// ---------------------------------------------------------------------------
// Line editing: rustyline with Tab completion of names (and Tab indents at the
// start of a line, as CPython's rlcompleter does).

#[derive(Default)]
struct Helper {
    names: Vec<String>,
}

impl rustyline::completion::Completer for Helper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &before[start..];
        if word.is_empty() || before[..start].ends_with('.') {
            return Ok((pos, Vec::new()));
        }
        let mut out: Vec<String> = self.names.iter().filter(|n| n.starts_with(word)).cloned().collect();
        out.sort();
        out.dedup();
        Ok((start, out))
    }
}
impl rustyline::hint::Hinter for Helper {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Helper {}
impl rustyline::validate::Validator for Helper {}
impl rustyline::Helper for Helper {}

type Editor = rustyline::Editor<Helper, rustyline::history::MemHistory>;

fn editor() -> Option<Editor> {
    let config =
        rustyline::Config::builder().auto_add_history(false).completion_type(rustyline::CompletionType::List).build();
    let mut ed = match Editor::with_history(config, rustyline::history::MemHistory::new()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("tauraro: cannot start the line editor: {e}");
            return None;
        }
    };
    ed.set_helper(Some(Helper::default()));
    Some(ed)
}

/// Globals, builtins and keywords: what Tab completes.
fn completion_names(cx: &mut Ctx, module: Value) -> Vec<String> {
    let mut out: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
    if let Some(m) = module.downcast::<ModuleObj>(Kind::Module) {
        out.extend(dict_names(m.dict));
    }
    out.extend(dict_names(cx.rt.builtins));
    out
}

fn dict_names(d: *mut crate::heap::DictObj) -> Vec<String> {
    if d.is_null() {
        return Vec::new();
    }
    // SAFETY: module and builtins dicts are live while the REPL runs.
    let t = unsafe { &(*d).t };
    t.keys().into_iter().filter_map(|k| runtime::str_of(k).map(|s| s.to_string())).collect()
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("TAURARO_HISTFILE") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".tauraro_history"))
}

fn load_history(ed: &mut Editor, path: Option<&std::path::Path>) {
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else { return };
    let lines: Vec<&str> = text.lines().collect();
    for l in &lines[lines.len().saturating_sub(1000)..] {
        let _ = ed.add_history_entry(*l);
    }
}

fn append_history(path: Option<&std::path::Path>, line: &str) {
    use std::io::Write;
    let Some(p) = path else { return };
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(p) {
        let _ = writeln!(f, "{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_rules() {
        assert_eq!(entry_state("1+1\n"), Entry::Run);
        assert_eq!(entry_state("\n"), Entry::Empty);
        assert_eq!(entry_state("# hi\n"), Entry::Empty);
        assert_eq!(entry_state("(1,\n"), Entry::More);
        assert_eq!(entry_state("x = 1 + \\\n"), Entry::More);
        assert_eq!(entry_state("s = '''a\n"), Entry::More);
        assert_eq!(entry_state("def f():\n"), Entry::More);
        assert_eq!(entry_state("def f():\n    return 1\n"), Entry::More);
        assert_eq!(entry_state("def f():\n    return 1\n\n"), Entry::Run);
        assert_eq!(entry_state("if 1: print(1)\n"), Entry::More);
        assert_eq!(entry_state("@dec\n"), Entry::More);
        assert_eq!(entry_state("match x:\n"), Entry::More);
        assert_eq!(entry_state("try:\n    pass\n"), Entry::More);
        assert_eq!(entry_state("for x in:\n"), Entry::Run);
        assert_eq!(entry_state("1 +\n"), Entry::Run);
        assert_eq!(entry_state("x = {1:\n"), Entry::More);
        assert_eq!(entry_state("@dec\ndef f(): pass\n"), Entry::More);
        assert_eq!(entry_state("@dec\ndef f(): pass\n   \n"), Entry::Run);
        assert_eq!(entry_state("if x:\n  pass\nelse\n"), Entry::Run);
        assert_eq!(entry_state("if x:\n  pass\nelse:\n"), Entry::More);
        assert_eq!(entry_state("class A:\n  '''doc\n\n"), Entry::More);
    }
}
