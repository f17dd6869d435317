# File objects: seek/tell/truncate, reads and writes mixed on one file,
# readline/readlines limits, fds, modes and their errors.
import io
import os

P = "_io_file_seek.tmp"


def show(label, f):
    print(label, f.tell())


with open(P, "w") as f:
    print(f.write("hello\nworld\nthird line\n"), f.tell())
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))

with open(P) as f:
    print(repr(f.readline()), f.tell())
    p = f.tell()
    print(repr(f.read()), f.tell())
    print(f.seek(p), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.readline(2)), repr(f.readline(100)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1))
    for args in [(3, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    f.seek(0)
    print(f.readlines(8))
    print(f.readlines())

# Read, then write in the middle: the write lands after what was read.
with open(P, "r+") as f:
    print(repr(f.readline()))
    f.write("WORLD\n")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(6), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(P, "w+") as f:
    f.write("abcdef")
    print(repr(f.read()), f.tell())
    f.seek(2)
    print(repr(f.read(2)))
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))

with open(P, "a+") as f:
    print(f.tell())
    f.write("gh")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(P, "a") as f:
    print(f.tell(), f.write("ij"), f.tell())

with open(P, "rb+") as f:
    print(f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(1), f.seek(2, 1), f.read(2))
    f.seek(0)
    f.write(b"__")
    print(f.seek(-1, 1), f.read(3))
    try:
        f.seek(-100)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read(), f.readline(), f.readlines())
    print(f.readable(), f.writable(), f.seekable())

with open(P, "rb") as f:
    print(f.readline(2), f.readline(), f.read(0))
    try:
        f.seek("x")
    except TypeError as e:
        print("TypeError:", e)

# Descriptors: open(fd), closefd, fileno.
with open(P, "rb") as g:
    fd2 = g.fileno()
    print(type(fd2).__name__, fd2 > 2)
    h = open(fd2, "rb", closefd=False)
    print(h.name == fd2, h.read())
    h.close()
    print(h.closed, g.closed)
    g.seek(0)
    print(g.read(2))
try:
    open(P, closefd=False)
except ValueError as e:
    print("ValueError:", e)
for m in ["rw", "rr", "tb", "", "z", "r++"]:
    try:
        open(P, m)
    except ValueError as e:
        print("ValueError:", e)

f = open(P)
f.close()
for meth in ("tell", "read", "seek"):
    try:
        getattr(f, meth)(0) if meth == "seek" else getattr(f, meth)()
    except ValueError as e:
        print(meth, "ValueError:", e)
print(f.closed)
pass

for m in ("w", "r", "r+", "wb", "rb", "r+b", "a+b"):
    f = open(P, m)
    print(m, repr(f).replace(repr(P), "P"))
    f.close()
print(repr(f).replace(repr(P), "P"), f.closed)
with open(P, "w") as f:
    f.write("unclosed\n")
with open(P) as f2:
    print(repr(f2.read()))
os.remove(P)
