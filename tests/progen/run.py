#!/usr/bin/env python3
"""Differential run of generated programs: python3.11 vs tauraro (--no-jit and
--jit-threshold 1). Exit status 1 and the failing seeds on any difference.

    tests/progen/run.py --bin target/release/tauraro --count 10000 --seed 0
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import generate  # noqa: E402


def run(cmd, path, timeout):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


def check(seed, args, tmp):
    src = generate(seed)
    path = os.path.join(tmp, f"prog_{seed}.py")
    with open(path, "w") as f:
        f.write(src)
    want = run([args.python], path, 30)
    if want[0] != 0:
        os.unlink(path)
        return seed, "invalid", f"python3.11 failed: {want[2].decode(errors='replace')[-400:]}"
    for flags in (["--no-jit"], ["--jit-threshold", "1"]):
        got = run([args.bin] + flags + ["run"], path, 30)
        if got != want:
            detail = f"{' '.join(flags)}: exit {got[0]} (want {want[0]})\n"
            detail += diff_text(want[1], got[1]) + (got[2].decode(errors="replace")[-800:])
            keep = os.path.join(args.keep, f"progen_{seed}.py")
            os.makedirs(args.keep, exist_ok=True)
            with open(keep, "w") as f:
                f.write(src)
            os.unlink(path)
            return seed, "diff", detail + f"\nprogram kept in {keep}"
    os.unlink(path)
    return seed, "ok", ""


def diff_text(a, b):
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"  stdout line {i + 1}:\n    python3.11: {x}\n    tauraro:    {y}\n"
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/tauraro")
    ap.add_argument("--python", default="python3.11")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0, help="first seed (seeds seed..seed+count-1)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "progen_failures"))
    ap.add_argument("--max-fail", type=int, default=20)
    ap.add_argument("--progress", type=int, default=0, help="print a count every N programs")
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    counts = {"ok": 0, "diff": 0, "invalid": 0}
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        seeds = range(args.seed, args.seed + args.count)
        for seed, status, detail in ex.map(lambda s: check(s, args, tmp), seeds):
            counts[status] += 1
            done = sum(counts.values())
            if args.progress and done % args.progress == 0:
                print(f"progress: {done} programs, {counts}", flush=True)
            if status != "ok":
                print(f"seed {seed}: {status}\n{detail}", flush=True)
            if counts["diff"] + counts["invalid"] >= args.max_fail:
                print("too many failures; stopping")
                break
    print(f"progen: {counts['ok']} ok, {counts['diff']} differ, {counts['invalid']} invalid "
          f"(seeds {args.seed}..{args.seed + args.count - 1})")
    return 0 if counts["diff"] == 0 and counts["invalid"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
