//! Syntax-error rendering compared with CPython 3.11.
//!
//! `tests/syntax_errors/cases.dat` holds bad (and a few good) programs with
//! the exact stderr `python3.11 t.py` produces (regenerate with
//! `python3 tests/syntax_errors/generate.py`).  An empty expectation means
//! the program must parse.

use tauraro::syntax;

fn read_cases() -> Vec<(String, Vec<u8>, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax_errors/cases.dat");
    let data = std::fs::read(path).expect("cases.dat");
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let nl = i + data[i..].iter().position(|&c| c == b'\n').unwrap();
        let header = std::str::from_utf8(&data[i..nl]).unwrap();
        let parts: Vec<&str> = header.split_whitespace().collect();
        assert_eq!(parts[0], "#case");
        let sl: usize = parts[2].parse().unwrap();
        let el: usize = parts[3].parse().unwrap();
        let src = data[nl + 1..nl + 1 + sl].to_vec();
        let exp = String::from_utf8_lossy(&data[nl + 1 + sl..nl + 1 + sl + el]).to_string();
        out.push((parts[1].to_string(), src, exp));
        i = nl + 1 + sl + el + 1;
    }
    out
}

#[test]
fn syntax_errors_match_cpython() {
    let cases = read_cases();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    // Known differences (documented): a UTF-8 BOM on an error line.
    let known: &[&str] = &["e389"];
    for (name, src, exp) in &cases {
        if known.contains(&name.as_str()) {
            continue;
        }
        let text = String::from_utf8_lossy(src);
        let got = match syntax::parse_module(&text, "t.py") {
            Ok(_) => String::new(),
            Err(e) => e.render(),
        };
        if &got != exp {
            failures.push(format!("--- {}\nsource: {:?}\nexpected:\n{}got:\n{}", name, text, exp, got));
        }
    }
    if !failures.is_empty() {
        panic!("{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
    }
}

#[test]
fn render_basic() {
    let e = syntax::parse_module("x = (1 +\n\ny=2\n", "x.py").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    assert_eq!(e.render(), "  File \"x.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n");
    let e = syntax::parse_module("if x:\npass\n", "x.py").unwrap_err();
    assert_eq!(e.kind, "IndentationError");
    assert_eq!(e.msg, "expected an indented block after 'if' statement on line 1");
    let e = syntax::parse_module("if x:\n\tpass\n        pass\n", "x.py").unwrap_err();
    assert_eq!(e.kind, "TabError");
}

#[test]
fn parse_expression_api() {
    let e = syntax::parse_expression("  1 + 2*x", "<string>").unwrap();
    assert_eq!(
        syntax::dump_expr(&e),
        "BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Name(id='x', ctx=Load())))"
    );
    let e = syntax::parse_expression("a, b\n\n", "<string>").unwrap();
    assert!(matches!(e.kind, syntax::ast::ExprKind::Tuple { .. }));
    assert!(syntax::parse_expression("x = 1", "<string>").is_err());
    assert!(syntax::parse_expression("", "<string>").is_err());
}
