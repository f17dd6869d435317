"""Count the bytecode instructions CPython executes for a program.

usage: python3.11 benches/cpython-ops.py PROGRAM.py ARG

Runs PROGRAM.py ARG under opcode tracing (sys.settrace with f_trace_opcodes)
and prints how many instructions CPython dispatched; the program's own output
is discarded. benches/ops-per-iter.sh uses it to express the micro-benchmarks'
cost per op in CPython's units of work.
"""
import contextlib
import io
import runpy
import sys

count = 0


def trace(frame, event, arg):
    global count
    frame.f_trace_opcodes = True
    if event == "opcode":
        count += 1
    return trace


prog, arg = sys.argv[1], sys.argv[2]
sys.argv = [prog, arg]
with contextlib.redirect_stdout(io.StringIO()):
    sys.settrace(trace)
    try:
        runpy.run_path(prog, run_name="__main__")
    finally:
        sys.settrace(None)
print(count)
