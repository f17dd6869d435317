#!/usr/bin/env python3
"""Regenerate the expected CPython 3.11 output of the syntax-error cases.

cases.dat holds one record per case:
    #case NAME SRC_LEN EXP_LEN\n<SRC bytes><EXP bytes>\n
EXP is what `python3.11 t.py` writes to stderr for a file whose content is
SRC (warnings stripped; empty if the file compiles, even if it then fails at
run time).  cases_str.txt holds, per case, the SyntaxError attributes of
`compile(SRC, 't.py', 'exec')` (string input).  Usage:
    python3 generate.py                 # re-run python3.11 on every case
    python3 generate.py add DIR         # append DIR/*.py as new cases
"""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DAT = os.path.join(HERE, "cases.dat")


def read_cases():
    data = open(DAT, "rb").read() if os.path.exists(DAT) else b""
    cases, i = [], 0
    while i < len(data):
        nl = data.index(b"\n", i)
        _, name, sl, el = data[i:nl].decode().split()
        sl, el = int(sl), int(el)
        src = data[nl + 1 : nl + 1 + sl]
        exp = data[nl + 1 + sl : nl + 1 + sl + el]
        cases.append((name, src, exp))
        i = nl + 1 + sl + el + 1
    return cases


def write_cases(cases):
    with open(DAT, "wb") as f:
        for name, src, exp in cases:
            f.write(b"#case %s %d %d\n" % (name.encode(), len(src), len(exp)))
            f.write(src)
            f.write(exp)
            f.write(b"\n")


def expected(src):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "t.py")
        open(p, "wb").write(src)
        r = subprocess.run(["python3.11", p], capture_output=True, cwd=d, timeout=120,
                           stdin=subprocess.DEVNULL)
        err = r.stderr.decode("utf-8", "replace")
        if "Traceback (most recent call last)" in err:
            err = ""
        err = re.sub(r"(?m)^%s:\d+: \w*Warning: .*\n  .*\n" % re.escape(p), "", err)
        err = err.replace('File "%s"' % p, 'File "t.py"')
        return err.encode()


STR_DAT = os.path.join(HERE, "cases_str.txt")

STR_PROBE = r"""
import sys
src = sys.stdin.buffer.read().decode('utf-8', 'replace')
def h(s): return (s or '').encode('utf-8', 'surrogatepass').hex() or '-'
try:
    compile(src, 't.py', 'exec')
    print('OK')
except SyntaxError as e:
    n = lambda v: 0 if v is None or v < 0 else v
    print(type(e).__name__, n(e.lineno), n(e.offset), n(e.end_lineno), n(e.end_offset), h(e.msg), h((e.text or '').rstrip('\n')))
except Exception as e:
    print(type(e).__name__, 0, 0, 0, 0, '-', '-')
"""


def expected_str(src):
    r = subprocess.run(["python3.11", "-c", STR_PROBE], input=src, capture_output=True, timeout=120)
    return r.stdout.decode().strip()


def main():
    cases = read_cases()
    if len(sys.argv) > 2 and sys.argv[1] == "add":
        names = {c[0] for c in cases}
        for fn in sorted(os.listdir(sys.argv[2])):
            if fn.endswith(".py") and fn[:-3] not in names:
                cases.append((fn[:-3], open(os.path.join(sys.argv[2], fn), "rb").read(), b""))
    cases = [(n, s, expected(s)) for n, s, _ in cases]
    write_cases(cases)
    with open(STR_DAT, "w") as f:
        f.write("# name kind lineno offset end_lineno end_offset msg_hex text_hex  (compile(src, 't.py', 'exec'))\n")
        for n, s, _ in cases:
            f.write("%s %s\n" % (n, expected_str(s)))
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
