//! Every `tests/bench/*.py` run at its `# small: N` size (line 2) must print
//! `NAME.small.out` exactly. Env as in `conformance.rs`; known failures in
//! `tests/known_failures/bench.txt`.
mod common;

use std::time::Duration;

fn small_size(src: &str) -> Option<String> {
    src.lines().nth(1)?.trim().strip_prefix("# small:").map(|s| s.trim().to_string())
}

#[test]
fn bench_small_outputs() {
    let dir = common::root().join("tests/bench");
    let names = common::list_py(&dir, |_| true);
    let xfail = common::name_list(&common::root().join("tests/known_failures/bench.txt"));
    common::run_suite("bench", &dir, &names, &xfail, |n| {
        let src = std::fs::read_to_string(dir.join(n)).unwrap_or_default();
        match small_size(&src) {
            Some(size) => common::judge(&dir, n, &[size], ".small.out", Duration::from_secs(60)),
            None => Some("line 2 is not `# small: N`".into()),
        }
    });
}
