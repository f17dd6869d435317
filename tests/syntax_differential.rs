//! Differential test against CPython 3.11: realistic single mistakes are
//! injected into the corpus files (deterministic PRNG), then every mutated
//! source is compiled by one `python3.11` process (`compile(src, 't.py',
//! 'exec')`) and the resulting SyntaxError attributes (type, line, offsets,
//! message) are compared with `syntax::parse_module_str`.  Skipped when
//! python3.11 is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;
use tauraro::syntax;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (local, shared) in [("tests/conformance", "/work/shared/corpus/conformance"), ("tests/bench", "/work/shared/corpus/bench")] {
        let l = root.join(local);
        let d = if l.is_dir() { l } else { PathBuf::from(shared) };
        if let Ok(rd) = std::fs::read_dir(&d) {
            let mut ps: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.extension().map_or(false, |x| x == "py")).collect();
            ps.sort();
            for p in ps {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
            }
        }
    }
    out
}

const KWS: &[&str] = &[
    "if", "else", "in", "def", "return", "and", "lambda", "for", "import", "pass", "not", "is", "yield", "await", "class", "with", "as",
    "from", "try", "except", "None", "True", "async", "del", "global", "while", "break",
];
const STRAY: &[&str] = &["$", "?", "`", "!", ";", ".", "@", "\\", ":", "=", "*", ",", "(", ")", "[", "]", "{", "}", "'", "\""];
const OPS: &[&str] = &["+", "=", ":=", "**", "->", "==", "<>", "is not", "not in", "+="];

/// Apply one realistic mistake to `src` (or None if not applicable).
fn mutate(rng: &mut Rng, src: &str) -> Option<String> {
    let mut lines: Vec<String> = src.split('\n').map(|s| s.to_string()).collect();
    let cand: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty() && !lines[i].trim().starts_with('#')).collect();
    if cand.is_empty() {
        return None;
    }
    let i = *rng.pick(&cand);
    let l = lines[i].clone();
    let char_positions = |s: &str, set: &str| -> Vec<usize> { s.char_indices().filter(|(_, c)| set.contains(*c)).map(|(j, _)| j).collect() };
    match rng.below(14) {
        0 => {
            let c: Vec<usize> = cand.iter().copied().filter(|&k| lines[k].trim_end().ends_with(':')).collect();
            if c.is_empty() {
                return None;
            }
            let k = *rng.pick(&c);
            let t = lines[k].trim_end();
            lines[k] = t[..t.len() - 1].to_string();
        }
        n @ 1..=4 => {
            let set = [")]}", "([{", "'\"", ","][n - 1];
            let pos: Vec<(usize, usize)> = cand.iter().flat_map(|&k| char_positions(&lines[k], set).into_iter().map(move |j| (k, j))).collect();
            if pos.is_empty() {
                return None;
            }
            let (k, j) = *rng.pick(&pos);
            lines[k].remove(j);
        }
        5 => lines[i] = format!("{}{}", rng.pick(&["  ", " ", "    ", "\t"]), l),
        6 => {
            if !l.starts_with(' ') {
                return None;
            }
            let n = *rng.pick(&[1usize, 2, 4]);
            let n = n.min(l.len() - l.trim_start_matches(' ').len());
            lines[i] = l[n..].to_string();
        }
        7 => {
            let pos: Vec<usize> = cand.iter().copied().filter(|&k| lines[k].contains("==")).collect();
            if pos.is_empty() {
                return None;
            }
            let k = *rng.pick(&pos);
            lines[k] = lines[k].replacen("==", "=", 1);
        }
        8 => {
            let ws = char_positions(&l, " ");
            if ws.is_empty() {
                return None;
            }
            let j = *rng.pick(&ws);
            lines[i] = format!("{} {}{}", &l[..j], rng.pick(KWS), &l[j..]);
        }
        9 => {
            let j = *rng.pick(&(0..=l.len()).filter(|&j| l.is_char_boundary(j)).collect::<Vec<_>>());
            lines[i] = format!("{}{}{}", &l[..j], rng.pick(STRAY), &l[j..]);
        }
        10 => {
            let ops = char_positions(&l, "+-*/%<>=");
            if ops.is_empty() {
                return None;
            }
            let j = *rng.pick(&ops);
            lines[i] = format!("{}{}{}", &l[..j], rng.pick(OPS), &l[j + 1..]);
        }
        11 => {
            let k = *rng.pick(&cand);
            lines.swap(i, k);
        }
        12 => {
            if i + 1 < lines.len() {
                let next = lines.remove(i + 1);
                lines[i] = format!("{} {}", l, next.trim());
            }
        }
        _ => {
            let j = *rng.pick(&(0..=l.len()).filter(|&j| l.is_char_boundary(j)).collect::<Vec<_>>());
            lines[i] = l[..j].to_string();
            lines.truncate(i + 1);
        }
    }
    Some(lines.join("\n"))
}

const PROBE: &str = r#"
import sys, os
d = sys.argv[1]
for f in sorted(os.listdir(d)):
    src = open(os.path.join(d, f), 'rb').read().decode('utf-8', 'replace')
    try:
        compile(src, 't.py', 'exec')
        r = 'OK'
    except SyntaxError as e:
        n = lambda v: 0 if v is None or v < 0 else v
        r = '%s %s %s %s %s %s' % (type(e).__name__, n(e.lineno), n(e.offset), n(e.end_lineno), n(e.end_offset), e.msg)
    except Exception as e:
        r = type(e).__name__
    print(f, r)
"#;

const SNIPPETS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "\n", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "{x!r:", "\t", "    ",
    "\r\n", "\x0c", "#", "=", ":=", "*", "**", "lambda", "yield", "await", "async", "def", "class", "if", "else", "elif", "for",
    "in", "not", "is", "match", "case", "_", "try", "except", "finally", "with", "as", "from", "import", ".", "...", "@", "->", "0x",
    "1e", "1_", "0o8", "1j", "\u{e9}", "\u{20ac}", "\u{a0}", "\u{200b}", "\\N{", "\\x", "\\u12", "b'\\xff'", "rb'", "u'",
    "global", "nonlocal", "del", "return", "break", "continue", "pass", "raise", "assert", "!", "$", "?", "`", "<>", "\n    ", "\n\t",
];

/// Character-level mutation: truncate, delete a range, or insert a snippet.
fn mutate_chars(rng: &mut Rng, src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(2) {
        let mut at = rng.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => s.truncate(at),
            1 => {
                let mut end = (at + 1 + rng.below(20)).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                s.replace_range(at..end, "");
            }
            _ => {
                let snip: &str = *rng.pick(SNIPPETS);
                s.insert_str(at, snip)
            }
        }
    }
    s
}

#[test]
fn mutations_match_cpython() {
    if Command::new("python3.11").arg("-c").arg("pass").output().map_or(true, |o| !o.status.success()) {
        eprintln!("python3.11 not available; skipping");
        return;
    }
    let files = corpus();
    if files.is_empty() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("tauraro_syntax_diff_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut rng = Rng(0xD1FF_5EED_1234_5678);
    let mut sources = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        for k in 0..5 {
            if let Some(m) = mutate(&mut rng, f) {
                let name = format!("m{:04}_{}.py", fi, k);
                std::fs::write(dir.join(&name), &m).unwrap();
                sources.push((name, m));
            }
        }
        for k in 0..3 {
            let m = mutate_chars(&mut rng, f);
            let name = format!("c{:04}_{}.py", fi, k);
            std::fs::write(dir.join(&name), &m).unwrap();
            sources.push((name, m));
        }
    }
    let out = Command::new("python3.11").arg("-W").arg("ignore").arg("-c").arg(PROBE).arg(&dir).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    let expected: std::collections::HashMap<&str, &str> = text.lines().filter_map(|l| l.split_once(' ')).collect();
    let mut bad = Vec::new();
    let mut errors = 0;
    for (name, src) in &sources {
        let exp = match expected.get(name.as_str()) {
            Some(e) => *e,
            None => continue,
        };
        let got = match syntax::parse_module_str(src, "t.py") {
            Ok(_) => "OK".to_string(),
            Err(e) if e.kind == "MemoryError" => "MemoryError".to_string(),
            Err(e) => format!("{} {} {} {} {} {}", e.kind, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg),
        };
        if exp != "OK" {
            errors += 1;
        }
        if got != exp {
            let line: usize = exp.split(' ').nth(1).and_then(|l| l.parse().ok()).unwrap_or(1);
            let ctx: Vec<&str> = src.split('\n').skip(line.saturating_sub(2)).take(2).collect();
            bad.push(format!("{}\n  expected: {}\n  got:      {}\n  source:   {:?}", name, exp, got, ctx));
        }
    }
    eprintln!("{} mutated sources ({} syntax errors), {} differ", sources.len(), errors, bad.len());
    // Allow a tiny fraction of exotic differences, but report them.
    assert!(bad.len() * 200 <= sources.len(), "{} of {} differ:\n{}", bad.len(), sources.len(), bad.join("\n"));
    if !bad.is_empty() {
        eprintln!("differences:\n{}", bad.join("\n"));
    }
}
