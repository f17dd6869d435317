# open() takes os.PathLike objects (pathlib.Path); bytes(x) calls x.__bytes__ (its
# result as returned for exact bytes), and a non-iterable source is "cannot convert".
import pathlib, os
p = pathlib.Path("_tmp_builtin_fspath_bytes.txt")
with open(p, "w") as f:
    f.write("hello")
with open(p) as f:
    print(f.read())
os.remove(p)
class P:
    def __fspath__(self): return 3
for bad in (P(), 3.5):
    try:
        open(bad)
    except TypeError as e:
        print(e)
import pathlib
class A:
    def __bytes__(self): return b"x"
class B:
    def __bytes__(self): return "no"
class MyB(bytes): pass
class C(MyB):
    pass
class D:
    def __bytes__(self): return MyB(b"sub")
print(bytes(A()), bytes(pathlib.PurePath("a/b")), bytes(D()), type(bytes(D())))
try:
    bytes(B())
except TypeError as e:
    print(e)
print(bytearray(b"q"), MyB(A()))
try:
    bytearray(A())
except TypeError as e:
    print(e)
for s in ["bytes(3.5)", "bytearray(3.5)", "bytes(object())"]:
    try:
        eval(s)
    except TypeError as e:
        print(e)


class It:
    def __iter__(self):
        print("iter")
        return iter([65, 66])


print(bytes(It()), bytearray(It()))


class BadIter:
    def __iter__(self):
        raise ValueError("x")


try:
    bytes(BadIter())
except ValueError as e:
    print("ValueError", e)
