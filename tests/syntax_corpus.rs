//! Parser oracle test: `syntax::dump(parse_module(src))` must equal CPython's
//! `ast.dump(ast.parse(src))` for every corpus file.  python3.11 is run once
//! for all files; the comparison is skipped if it is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;
use tauraro::syntax;

fn corpus_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = Vec::new();
    for (local, shared) in [("tests/conformance", "/work/shared/corpus/conformance"), ("tests/bench", "/work/shared/corpus/bench")] {
        let l = root.join(local);
        if has_py(&l) {
            dirs.push(l);
        } else if has_py(Path::new(shared)) {
            dirs.push(PathBuf::from(shared));
        }
    }
    let mut files = Vec::new();
    for d in dirs {
        collect(&d, &mut files);
    }
    files.sort();
    files
}

fn has_py(d: &Path) -> bool {
    std::fs::read_dir(d)
        .map(|rd| rd.flatten().any(|e| e.path().extension().map_or(false, |x| x == "py")))
        .unwrap_or(false)
}

fn collect(d: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(d) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                collect(&p, out);
            } else if p.extension().map_or(false, |x| x == "py") {
                out.push(p);
            }
        }
    }
}

const PY_DUMP: &str = r#"
import ast, sys
for f in sys.argv[1:]:
    try:
        print(ast.dump(ast.parse(open(f, 'rb').read())))
    except Exception as e:
        print('ERROR', type(e).__name__)
"#;

/// A conformance case whose expected stderr (`NAME.err`) is a SyntaxError
/// tests the error itself (3.12-only syntax, say), not the parser's coverage.
fn expects_syntax_error(f: &Path) -> bool {
    std::fs::read_to_string(f.with_extension("err")).map_or(false, |e| e.contains("\nSyntaxError: "))
}

#[test]
fn corpus_parses() {
    let files = corpus_files();
    for f in &files {
        if expects_syntax_error(f) {
            continue;
        }
        let src = std::fs::read_to_string(f).unwrap();
        if let Err(e) = syntax::parse_module(&src, &f.to_string_lossy()) {
            panic!("{}:\n{}", f.display(), e.render());
        }
    }
}

#[test]
fn corpus_ast_matches_cpython() {
    let files = corpus_files();
    if files.is_empty() {
        eprintln!("no corpus files found; skipping");
        return;
    }
    let out = match Command::new("python3.11").arg("-c").arg(PY_DUMP).args(&files).output() {
        Ok(o) if o.status.success() => o,
        _ => {
            eprintln!("python3.11 not available; skipping AST comparison");
            return;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let expected: Vec<&str> = text.lines().collect();
    assert_eq!(expected.len(), files.len());
    let mut bad = Vec::new();
    for (f, exp) in files.iter().zip(expected) {
        let src = std::fs::read_to_string(f).unwrap();
        let got = match syntax::parse_module(&src, "x.py") {
            Ok(m) => syntax::dump(&m),
            Err(_) => "ERROR SyntaxError".to_string(),
        };
        if got != exp {
            let i = got.bytes().zip(exp.bytes()).take_while(|(a, b)| a == b).count();
            let lo = i.saturating_sub(80);
            bad.push(format!(
                "{}\n  expected: ...{}\n  got:      ...{}",
                f.display(),
                &exp[lo.min(exp.len())..(i + 120).min(exp.len())],
                &got[lo.min(got.len())..(i + 120).min(got.len())]
            ));
        }
    }
    assert!(bad.is_empty(), "{} of {} files differ:\n{}", bad.len(), files.len(), bad.join("\n"));
}
