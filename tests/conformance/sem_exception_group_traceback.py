# the exception-group traceback box as CPython 3.11 prints it (through traceback.format_exception): nesting, chained contexts inside members, notes, long groups
import traceback

def out(e):
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "FILE"), end="")
    print("-----")

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("boom")
    except* TypeError:
        raise

try:
    f()
except Exception as e:
    out(e)

def g(n):
    raise ValueError(n)

errors = []
for i in range(3):
    try:
        g(i)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", errors[:2])
inner.add_note("inner note")
try:
    raise ExceptionGroup("outer", [inner, errors[2], OSError("plain")])
except ExceptionGroup as e:
    e.add_note("first note\nsecond line")
    out(e)

big = ExceptionGroup("big", [ValueError(i) for i in range(18)])
out(big)

deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
out(deep)

try:
    try:
        raise ExceptionGroup("ctx", [KeyError("k")])
    except ExceptionGroup:
        raise ExceptionGroup("new", [ZeroDivisionError("z")])
except ExceptionGroup as e:
    out(e)

# a re-raised match with a note added goes back as the original group
def h():
    try:
        raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
    except* ValueError as e:
        e.add_note("handled?")
        raise
try:
    h()
except ExceptionGroup as e:
    out(e)
