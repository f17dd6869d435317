# array: typecodes, construction, sequence protocol, methods, buffers, errors.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

# every typecode: itemsize, repr, round trip through bytes
for tc in array.typecodes:
    init = "héllo" if tc == "u" else [1, 2, 3]
    a = A(tc, init)
    b = A(tc, a.tobytes())
    print(tc, a.itemsize, a.typecode, repr(a), len(a), a == b, a.tolist())

# overflow messages per typecode
for tc in "bBhHiIlLqQ":
    for v in (2**70, -2**70, 2**64, 2**32, -1, 256, 128, -129, 65536, -32769, 2**31, -2**31 - 1):
        try:
            A(tc, [v])
        except (OverflowError, TypeError) as e:
            print(tc, v, type(e).__name__, e)
for tc in "bid":
    for v in (1.5, "a", None):
        err(lambda: A(tc, [v]))
err(lambda: A("u", ["ab"]))
err(lambda: A("u", [1]))
print(A("f", [0.1, 2**200, -1e300]))
print(A("d", [0.1, 1, True, 2**60]))
print(A("b", [True, False]))

# constructor errors
err(lambda: A("x"))
err(lambda: A(1))
err(lambda: A("ii"))
err(lambda: A("i", "abc"))
err(lambda: A("i", A("u", "a")))
err(lambda: A("i", [1], x=1))
err(lambda: A("i", 5))
print(A("i", (x * x for x in range(5))), A("h", range(3)), A("B", b"\x01\x02"), A("u"), A("d", A("i", [1, 2])))

# indexing and slicing
a = A("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[100:])
err(lambda: a[10])
err(lambda: a["x"])
a[0] = 100
a[-1] = -9
print(a)
def setbad(): a[20] = 1
err(setbad)
def setbig(): a[0] = 2**40
err(setbig)
a[1:3] = A("i", [7, 7, 7, 7])
print(a)
a[::2] = A("i", [0] * len(a[::2]))
print(a)
def setlist(): a[1:2] = [1]
err(setlist)
def setkind(): a[1:2] = A("h", [1])
err(setkind)
def setext(): a[::2] = A("i", [1])
err(setext)
del a[0]
del a[1:3]
del a[::2]
print(a)
def delbad(): del a[50]
err(delbad)
a[len(a):] = A("i", [5, 6])
print(a, 5 in a, 99 in a, "x" in a)

# methods
b = A("h")
b.append(3); b.extend([1, 4, 1, 5]); b.extend(A("h", [9])); b.insert(0, -1); b.insert(100, 2); b.insert(-100, 8)
print(b, b.count(1), b.index(1), b.index(1, 3), b.pop(), b.pop(0), b.pop(-2))
err(lambda: b.index(42))
err(lambda: b.remove(42))
err(lambda: A("i").pop())
err(lambda: b.pop(50))
err(lambda: b.extend(A("i", [1])))
err(lambda: b.extend(5))
err(lambda: b.append("s"))
b.remove(1)
b.reverse()
print(b)
c = A("i", [1, 256, -2])
c.byteswap()
print(c)
c.byteswap()
print(c, c.buffer_info()[1], type(c.buffer_info()[0]).__name__)
d = A("d", [1.5, -2.25])
d.byteswap(); d.byteswap(); print(d)
e = A("H")
e.frombytes(b"\x01\x00\x02\x00")
print(e)
err(lambda: e.frombytes(b"\x01"))
err(lambda: e.frombytes("ab"))
e.fromlist([7, 8])
print(e, e.tolist())
err(lambda: e.fromlist((1, 2)))
err(lambda: e.fromlist([1, -1]))
print(e)
u = A("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode(), u[1], u.tobytes() == "abcd".encode("utf-32-le"))
err(lambda: e.tounicode())
err(lambda: e.fromunicode("x"))
err(lambda: u.fromunicode(5))
u[0] = "z"
print(u)

# operators
x, y = A("i", [1, 2]), A("i", [3])
print(x + y, x * 2, 3 * y, x * -1, x * 0)
err(lambda: x + A("d", [1.0]))
err(lambda: x + [1])
x += y
print(x)
def iaddlist():
    global x
    x += [9]
err(iaddlist)
x *= 2
print(x)
def iaddbad():
    global x
    x += A("b", [1])
err(iaddbad)
print(A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1, 2]) < A("i", [1, 3]), A("i", [1]) < A("i", [1, 0]),
      A("i") == A("i"), A("b", [1]) != A("b", [1]), A("i", [1]) == [1], A("i", [2]) >= A("i", [1, 5]))
# (CPython names the type 'array.array' in these two messages)
for f in (lambda: A("i") < [1], lambda: hash(A("i"))):
    try:
        f()
    except TypeError as e:
        print("TypeError", str(e).replace("array.array", "array"))
print(list(A("b", [3, 4])), list(reversed(A("b", [3, 4]))), sorted(A("i", [3, 1, 2])), sum(A("d", [0.5, 0.25])))
it = iter(A("i", [1, 2]))
print(next(it), next(it), next(it, "end"), type(it).__name__)

# buffers
a = A("i", [1, 2, 3])
print(bytes(a) == a.tobytes(), len(bytes(a)), bytearray(A("B", [65, 66])), b"".join([A("B", [67])]))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m[1], m.tolist(), m.readonly)
m[0] = 42
print(a)
err(lambda: a.append(4))
m.release()
a.append(4)
print(a, memoryview(A("d", [1.5])).tolist(), memoryview(A("B", b"ab")).tobytes())

# copies, subclass
import copy
a = A("l", [1, 2])
b = copy.copy(a); c = copy.deepcopy(a); b.append(3)
print(a, b, c)
class MyArr(A):
    def total(self):
        return sum(self)
m = MyArr("i", [1, 2, 3])
m.tag = "t"
print(m, m.total(), m.tag, isinstance(m, A), type(m[0:2]).__name__, m + A("i", [4]))
print(A("q", [2**63 - 1, -2**63]), A("Q", [2**64 - 1]), A("L", [2**64 - 1]), A("I", [2**32 - 1]))

# files and other buffer consumers
import io, os, struct, tempfile
a = A("h", [1, -2, 3])
f = io.BytesIO()
a.tofile(f)
print(f.getvalue(), struct.unpack("3h", a), a.tobytes().hex())
f.seek(0)
b = A("h")
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, b)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "arr.bin")
    with open(p, "wb") as fh:
        fh.write(A("d", [0.5, 1.5]))
    with open(p, "rb") as fh:
        c = A("d")
        c.fromfile(fh, 2)
    print(c, os.path.getsize(p))
big = A("i", range(100000))
print(len(big), sum(big), big[99999], max(big[::1000]), big.count(5), big.index(77777))

# pickling (protocols 0-5), a subclass with attributes, 'u'
import pickle
a = A("i", [1, 2, 3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b, b == a, type(b) is A)
m = MyArr("d", [1.5])
m.x = 5
m2 = pickle.loads(pickle.dumps(m))
print(type(m2).__name__, m2, m2.x, a.__reduce_ex__(2))
print(pickle.loads(pickle.dumps(A("u", "hé"))), copy.deepcopy(A("f", [0.5])))
