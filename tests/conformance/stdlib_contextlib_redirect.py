import sys
import contextlib, io

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.suppress(KeyError):
    {}["x"]
@contextlib.contextmanager
def tag(n):
    print("<%s>" % n); yield n; print("</%s>" % n)
with tag("a") as t, tag("b"):
    print("body", t)
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("c"))
with contextlib.nullcontext(5) as v: print(v)
@tag("deco")
def f(): print("in f")
f()
import os
with contextlib.chdir("/tmp"):
    print(os.getcwd())
print(os.getcwd() != "/tmp")
class C(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with C() as c:
    raise ValueError
print(isinstance(c, C), issubclass(io.StringIO, contextlib.AbstractContextManager))
with contextlib.closing(io.StringIO("x")) as s: print(s.read())
print(s.closed)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
    sys.stderr.write("direct\n")
print(repr(err.getvalue()))
out = io.StringIO()
with contextlib.redirect_stdout(out) as o:
    with contextlib.redirect_stdout(io.StringIO()):
        print("inner")
    print("outer", o is out)
print(repr(out.getvalue()), sys.stdout is sys.__stdout__)
class Bad(contextlib.AbstractContextManager):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
print(contextlib.AbstractContextManager[int])
class NoEnter:
    def __exit__(self, *a): pass
print(issubclass(NoEnter, contextlib.AbstractContextManager), isinstance(open(__file__), contextlib.AbstractContextManager))
