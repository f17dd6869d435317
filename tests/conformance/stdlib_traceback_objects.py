# Traceback objects: tb_frame (f_code, f_globals), tb_lineno, tb_next (which
# a program may cut), and the traceback module's functions over them.
import builtins
import linecache
import os
import traceback

_HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def print(*args, **kw):
    # The checkout's directory varies: paths are shown relative to it.
    builtins.print(*[str(a).replace(_HERE, "") for a in args], **kw)


def outer():
    inner()


def inner():
    raise ValueError("deep")


try:
    outer()
except ValueError as e:
    exc = e

tb = exc.__traceback__
while tb is not None:
    f = tb.tb_frame
    print(tb.tb_lineno, f.f_code.co_name, f.f_code.co_filename.endswith("stdlib_traceback_objects.py"),
          f.f_globals is globals(), f.f_globals["__name__"])
    tb = tb.tb_next

for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.name, fs.lineno, repr(fs.line), fs.filename.rsplit("/", 1)[-1], len(fs))
print(traceback.format_tb(exc.__traceback__, limit=1))
print("".join(traceback.format_list(traceback.extract_tb(exc.__traceback__, limit=-1))), end="")

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack))
print("".join(te.format()), end="")
print(list(te.format_exception_only()))

# Cut the chain after the second entry: the formatters see the cut chain.
second = exc.__traceback__.tb_next
second.tb_next = None
print(second.tb_next)
print("".join(traceback.format_exception(type(exc), exc, second)), end="")
try:
    second.tb_next = 5
except TypeError as e:
    print("TypeError:", e)
try:
    second.tb_next = exc.__traceback__
except ValueError as e:
    print("ValueError:", e)

# Chained exceptions through TracebackException.
try:
    try:
        [][1]
    except IndexError as e:
        raise KeyError("k") from e
except KeyError as e:
    print("".join(traceback.TracebackException.from_exception(e).format()), end="")
    print("".join(traceback.TracebackException.from_exception(e).format(chain=False)), end="")

# A StackSummary built from tuples.
print("".join(traceback.format_list([("spam.py", 3, "<module>", "spam.eggs()"), ("eggs.py", 42, "eggs", None)])), end="")
print(traceback.FrameSummary("f.py", 1, "g", line="x = 1") == ("f.py", 1, "g", "x = 1"))

# linecache reads source files.
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)))
print(repr(linecache.getline("/no/such/file.py", 1)))
print(len(linecache.getlines(__file__)) > 50)
