//! Every corpus program compiles, and the bytecode passes the structural verifier.
use std::path::Path;

fn check_dir(dir: &Path) -> usize {
    let mut n = 0;
    let Ok(rd) = std::fs::read_dir(dir) else { return 0 };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.extension().map_or(true, |e| e != "py") {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        let name = p.display().to_string();
        let m = match tauraro::syntax::parse_module(&src, &name) {
            Ok(m) => m,
            Err(_) => continue, // parser tests own syntax errors
        };
        let u = tauraro::compile::compile_unit(&m, false).unwrap_or_else(|e| panic!("{}: {:?}", name, e));
        if let Err(e) = tauraro::compile::verify::verify(&u) {
            panic!("{}: {}\n{}", name, e, tauraro::compile::disassemble_unit(&u));
        }
        n += 1;
    }
    n
}

#[test]
fn corpus_compiles_and_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for d in ["tests/conformance", "tests/bench", "../shared/corpus/conformance", "../shared/corpus/bench", "examples", "src/modules/py"] {
        n += check_dir(&root.join(d));
    }
    assert!(n > 0, "no programs found");
}
