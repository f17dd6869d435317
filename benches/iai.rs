//! Instruction counts of the release `tauraro` binary with iai-callgrind 0.16
//! binary benchmarks (`cargo bench --bench iai`; needs valgrind and
//! `cargo install iai-callgrind-runner --version 0.16.1`).
//!
//! Groups:
//! * `startup` — an empty program (`benches/startup.py`).
//! * `programs` — every `tests/bench/*.py` (falling back to
//!   `../shared/corpus/bench`) at its `# small:` size (line 2 of the file).
//! * `micro` — `benches/micro/*.py`, one op family each, at N and 2N
//!   (N = the file's `# small:`). Instructions per iteration =
//!   (Ir at 2N − Ir at N) / N cancels startup; `benches/iai-per-iter.sh`
//!   prints it from the files this run leaves in `target/iai`.
//!
//! The same benchmarks, counted with plain callgrind and compared with the
//! committed baseline, are the CI gate: `benches/gate.sh` (see
//! `benches/README.md`). Programs run from their own directory with a
//! relative file name and a cleared environment, as in the gate, so the
//! counts agree.
use iai_callgrind::{
    binary_benchmark, binary_benchmark_attribute, binary_benchmark_group, main, Bench,
    BinaryBenchmark, BinaryBenchmarkConfig, BinaryBenchmarkGroup, Command,
};
use std::path::{Path, PathBuf};

const BIN: &str = env!("CARGO_BIN_EXE_tauraro");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `tauraro run FILE [N]` from `dir`, with the gate's environment.
fn tauraro(dir: &Path, file: &str, n: Option<u64>) -> Command {
    let mut c = Command::new(BIN);
    c.arg("run").arg(file).current_dir(dir).env("TAURARO_HASH_SEED", "0");
    if let Some(n) = n {
        c.arg(n.to_string());
    }
    c.build()
}

/// The `N` of a `# small: N` line 2.
fn small_size(py: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(py).ok()?;
    text.lines().nth(1)?.strip_prefix("# small:")?.trim().parse().ok()
}

/// `*.py` files in `dir` that have a small size, sorted by name: (stem, N).
fn programs_in(dir: &Path) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_owned(), small_size(&p)?)))
        .collect();
    v.sort();
    v
}

/// Where the benchmark programs are: `tests/bench`, else the shared corpus.
fn bench_dir() -> PathBuf {
    let own = Path::new(ROOT).join("tests/bench");
    if !programs_in(&own).is_empty() {
        return own;
    }
    Path::new(ROOT).join("../shared/corpus/bench")
}

#[binary_benchmark]
#[bench::empty()]
fn startup() -> Command {
    tauraro(&Path::new(ROOT).join("benches"), "startup.py", None)
}

fn programs(group: &mut BinaryBenchmarkGroup) {
    let dir = bench_dir();
    for (name, n) in programs_in(&dir) {
        let mut b = BinaryBenchmark::new(format!("bench_{name}"));
        b.bench(Bench::new(format!("small_{n}")).command(tauraro(&dir, &format!("{name}.py"), Some(n))));
        group.binary_benchmark(b);
    }
}

fn micro(group: &mut BinaryBenchmarkGroup) {
    let dir = Path::new(ROOT).join("benches/micro");
    for (name, n) in programs_in(&dir) {
        let file = format!("{name}.py");
        let mut b = BinaryBenchmark::new(format!("micro_{name}"));
        for size in [n, 2 * n] {
            b.bench(Bench::new(format!("n_{size}")).command(tauraro(&dir, &file, Some(size))));
        }
        group.binary_benchmark(b);
    }
}

binary_benchmark_group!(
    name = startup_group;
    benchmarks = |group: &mut BinaryBenchmarkGroup| {
        group.binary_benchmark(binary_benchmark_attribute!(startup));
    }
);

binary_benchmark_group!(
    name = programs_group;
    benchmarks = |group: &mut BinaryBenchmarkGroup| programs(group)
);

binary_benchmark_group!(
    name = micro_group;
    benchmarks = |group: &mut BinaryBenchmarkGroup| micro(group)
);

main!(
    config = BinaryBenchmarkConfig::default().env_clear(true);
    binary_benchmark_groups = startup_group, programs_group, micro_group
);
