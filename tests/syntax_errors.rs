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

fn unhex(s: &str) -> String {
    if s == "-" {
        return String::new();
    }
    let b: Vec<u8> = (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect();
    String::from_utf8_lossy(&b).to_string()
}

/// String input (`compile(src, 't.py', 'exec')`): compare the SyntaxError
/// attributes CPython reports.
#[test]
fn string_input_errors_match_cpython() {
    let cases = read_cases();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax_errors/cases_str.txt");
    let data = std::fs::read_to_string(path).expect("cases_str.txt");
    let mut expected = std::collections::HashMap::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut it = line.splitn(2, ' ');
        let name = it.next().unwrap().to_string();
        expected.insert(name, it.next().unwrap_or("").to_string());
    }
    // Known differences: BOM handling; for string input CPython's `text`
    // spans all physical lines of a backslash-continued line.
    let known: &[&str] = &["e389", "e242"];
    let mut failures = Vec::new();
    for (name, src, _) in &cases {
        if known.contains(&name.as_str()) {
            continue;
        }
        let exp = match expected.get(name) {
            Some(e) => e,
            None => continue,
        };
        let text = String::from_utf8_lossy(src);
        let got = match syntax::parse_module_str(&text, "t.py") {
            Ok(_) => "OK".to_string(),
            Err(e) => {
                let f = exp.split(' ').collect::<Vec<_>>();
                // compare with the same field layout
                let got_text = e.text.trim_end_matches('\n').to_string();
                let exp_text = if f.len() > 6 { unhex(f[6]) } else { String::new() };
                let exp_msg = if f.len() > 5 { unhex(f[5]) } else { String::new() };
                let mut s = format!("{} {} {} {} {}", e.kind, e.lineno, e.offset, e.end_lineno, e.end_offset);
                if exp_msg != e.msg {
                    s.push_str(&format!(" msg={:?}", e.msg));
                }
                if exp_text != got_text {
                    s.push_str(&format!(" text={:?}", got_text));
                }
                s
            }
        };
        let exp_cmp = {
            let f: Vec<&str> = exp.split(' ').collect();
            if f[0] == "OK" || f[0] == "MemoryError" {
                f[0].to_string()
            } else {
                f[..5.min(f.len())].join(" ")
            }
        };
        let got_cmp = if got.starts_with("MemoryError") { "MemoryError".to_string() } else { got.clone() };
        if got_cmp != exp_cmp {
            failures.push(format!("{}: {:?}\n  expected {}\n  got      {}", name, text, exp, got));
        }
    }
    if !failures.is_empty() {
        panic!("{} string-input cases differ:\n{}", failures.len(), failures.join("\n"));
    }
}
