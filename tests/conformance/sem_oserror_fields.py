import errno
for args in [(2, "No such file"), (2, "x", "f"), (2, "x", "f", None, "g"), (13, "denied"), (17, "exists", "d"), (99999, "odd"), ("a",), (), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, getattr(e, "filename2", "NA"))
class MyOS(OSError): pass
e = MyOS(2, "x")
print(type(e).__name__, str(e))
print(type(FileNotFoundError(13, "y")).__name__, repr(FileNotFoundError(2, "z", "p")))
try:
    raise OSError(errno.EPIPE, "pipe")
except BrokenPipeError as b:
    print("caught", type(b).__name__, b)
print(IOError is OSError, EnvironmentError is OSError, OSError(2, "x").__class__.__mro__[1].__name__)
e = OSError(2, "x", "f")
e.filename = "new"; e.errno = 5
print(e, e.args)
print(repr(OSError(2, "x", "f")), repr(PermissionError(1, "p", "a", None, "b")))
e = OSError(None, "x"); print(str(e), e.args)
e = OSError(2, "x"); e.filename = None; print(str(e))
e = OSError(2, "x", None); print(str(e), e.args, e.filename)
try:
    open("/nonexistent/zz")
except OSError as e:
    print(type(e).__name__, e.args, e.filename, e.errno, e)
import os
try:
    os.rename("/nonexistent/a", "/nonexistent/b")
except OSError as e:
    print(type(e).__name__, e, e.filename2)
