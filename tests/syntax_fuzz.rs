//! Robustness: thousands of mutated / truncated versions of the corpus files
//! (deterministic PRNG) must parse to Ok or Err, never panic or hang.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tauraro::syntax;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
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
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (local, shared) in [("tests/conformance", "/work/shared/corpus/conformance"), ("tests/bench", "/work/shared/corpus/bench")] {
        let l = root.join(local);
        if l.is_dir() {
            dirs.push(l);
        } else {
            dirs.push(PathBuf::from(shared));
        }
    }
    let mut out = Vec::new();
    for d in dirs {
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
    if out.is_empty() {
        out.push("def f(a, *b, c=1, **d):\n    return [x for x in b if x] + f'{a!r:>{c}}'\n".to_string());
    }
    out
}

const SNIPPETS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "\n", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "}", "{x!r:", "\t", "    ",
    "\r", "\r\n", "\x0c", "\0", "#", "=", ":=", "*", "**", "lambda", "yield", "await", "async", "def", "class", "if", "else", "elif",
    "for", "in", "not", "is", "match", "case", "_", "try", "except", "finally", "with", "as", "from", "import", ".", "...", "@", "->",
    "0x", "1e", "1_", "0o8", "1j", "é", "€", "\u{a0}", "\u{200b}", "\u{feff}", "𝔘", "\\N{", "\\x", "\\u12", "b'\\xff'", "rb'", "u'",
    "global", "nonlocal", "del", "return", "break", "continue", "pass", "raise", "assert", "!", "$", "?", "`", "<>", "\n    ", "\n\t",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s = src.to_string();
    let n = 1 + rng.below(4);
    for _ in 0..n {
        let len = s.len();
        let mut at = rng.below(len + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(6) {
            0 => {
                s.truncate(at);
            }
            1 => {
                let mut end = (at + 1 + rng.below(40)).min(len);
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                s.replace_range(at..end, "");
            }
            2 | 3 => {
                let snip = SNIPPETS[rng.below(SNIPPETS.len())];
                s.insert_str(at, snip);
            }
            4 => {
                // duplicate a line
                let lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    let i = rng.below(lines.len());
                    let l = lines[i].to_string();
                    s.insert_str(at, &(l + "\n"));
                }
            }
            _ => {
                // swap two chars
                let b = at;
                let mut e = (at + 1 + rng.below(8)).min(len);
                while !s.is_char_boundary(e) {
                    e += 1;
                }
                if b < e {
                    let piece: String = s[b..e].chars().rev().collect();
                    s.replace_range(b..e, &piece);
                }
            }
        }
    }
    s
}

#[test]
fn mutated_sources_never_panic() {
    let files = corpus();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let total = 4000;
    let start = Instant::now();
    let mut errors = 0;
    for i in 0..total {
        let base = &files[i % files.len()];
        let src = mutate(&mut rng, base);
        let t0 = Instant::now();
        let r = std::panic::catch_unwind(|| {
            let m = syntax::parse_module(&src, "fuzz.py");
            if let Err(e) = &m {
                let _ = e.render();
            } else if let Ok(m) = &m {
                let _ = syntax::dump(m);
            }
            m.is_ok()
        });
        match r {
            Ok(ok) => {
                if !ok {
                    errors += 1;
                }
            }
            Err(_) => panic!("parser panicked on mutation #{} of file #{}:\n{:?}", i, i % files.len(), src),
        }
        assert!(t0.elapsed() < Duration::from_secs(5), "parse took too long on:\n{:?}", src);
    }
    eprintln!("{} mutations, {} syntax errors, {:?}", total, errors, start.elapsed());
}

#[test]
fn truncations_never_panic() {
    let files = corpus();
    let mut rng = Rng(12345);
    for f in files.iter().take(60) {
        for _ in 0..20 {
            let mut at = rng.below(f.len() + 1);
            while !f.is_char_boundary(at) {
                at -= 1;
            }
            let s = &f[..at];
            let r = std::panic::catch_unwind(|| syntax::parse_module(s, "t.py").map(|_| ()).map_err(|e| e.render()));
            assert!(r.is_ok(), "panic on truncation:\n{:?}", s);
        }
    }
}

#[test]
fn pathological_inputs() {
    let cases: Vec<String> = vec![
        "(".repeat(500),
        "[".repeat(300) + &"]".repeat(300),
        "-".repeat(100_000) + "1",
        "not ".repeat(50_000) + "x",
        "x = ".to_string() + &"1 if 2 else ".repeat(20_000) + "3",
        "lambda: ".repeat(20_000) + "1",
        "a**".repeat(50_000) + "b",
        "f(".repeat(150) + &")".repeat(150),
        "if x:\n".to_string() + &(1..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>(),
        "x = '".to_string() + &"a".repeat(100_000),
        "\"\"\"".to_string() + &"\n".repeat(10_000),
        "\0\0\0".to_string(),
        "\u{feff}\u{feff}x = 1\n".to_string(),
        "f'{".repeat(100),
        "x = (yield)\n".repeat(1000),
        "@".repeat(1000),
        "\\\n".repeat(1000),
        "\t \t \x0c".repeat(100) + "x\n",
    ];
    for c in &cases {
        let r = std::panic::catch_unwind(|| syntax::parse_module(c, "t.py").map(|m| syntax::dump(&m)).map_err(|e| e.render()));
        assert!(r.is_ok(), "panic on pathological input starting {:?}", &c[..c.len().min(60)]);
    }
}
