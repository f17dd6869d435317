# Generators (send/throw/close/yield from), iterator protocol, closures and
# scopes, comprehensions, slice assignment, reprs, literals, big ints, match,
# walrus, f-string =, unpacking, decorators, keyword-only/positional-only.
def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("gen finally")
g = gen(); print(next(g)); print(g.send("s")); g.close(); print("closed")
g = gen(); next(g)
try: g.throw(ValueError("t"))
except ValueError as e: print("thrown", e)
def deleg():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield "a"
    return "ret"
print(list(deleg()))
g = (x * x for x in range(3)); print(list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), tuple(It()), set(It()))
print(dict(zip(It(), "abc")), list(enumerate(It(), 1)), list(map(str, It())))
def g2():
    yield 1
    raise StopIteration
try: print(list(g2()))
except RuntimeError as e: print("RE", e)
x = 10
def outer():
    x = 20
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f(), x)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
class A:
    y = 5
    z = [y * i for i in range(3)] if False else None
    def m(self): return y if False else A.y
print(A().m())
try:
    class B:
        y = 5
        z = [y for _ in range(2)]
except NameError as e: print("NE", e)
print([(a, b) for a in range(3) for b in range(a)])
print({k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)})
a = [1, 2, 3]; a[1:2] = [7, 8, 9]; print(a)
a[::2] = "xyz"[:len(a[::2])] if False else [0] * len(a[::2]); print(a)
try: a[::2] = [1]
except ValueError as e: print("VE", e)
del a[::2]; print(a)
b = list(range(10)); b[2:8:3] = ["a", "b"]; print(b)
print(b[-100:100], b[100:], b[::-100])
s = "hello"; print(s[::-1], s[-2:], s[1:4:2], s[10:20], s[-10:-8])
t = (1, 2, 3); print(t[::-1], t * 2, t + (4,), t.index(2), 2 in t)
print(repr([1, [2, (3, {4: "5"})], "x", 2.0, None, True]), str({1: [2]}), repr(set()), repr(frozenset({1})), repr(()), repr((1,)))
l = [1]; l.append(l); print(l)
d = {}; d[1] = d; print(d)
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1E-3, 1_0.5_0, 0.0, -0.0, 00, 1j if False else 0)
print(10 ** 20, -10 ** 20, (-10) ** 21, 2 ** -2, (-2) ** -1, 7 // -2, -7 // 2, 7 % -2, (-7) % 2, divmod(-7, -2))
print(int("123456789" * 3) * int("987654321" * 3), (10 ** 50) // 3, -(10 ** 50) // 3, (10**50) % -7, pow(3, 200, 10**9 + 7))
print(2**64 >> 3, -2**64 >> 3, (-1) >> 100, 1 << 100, ~(2**70), (2**70) & -(2**65), (2**70) | 1, (2**70) ^ (2**69))
print(float(2**1023 * 2 - 1) if False else 1, 10**308 * 10.0 if False else 2, int(1e308), round(1e308), 12345678901234567890 / 10)
def m(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case str() as s if len(s) > 2:
            return "long str " + s
        case (a, b):
            return f"pair {a} {b}"
        case int(n) if n < 0:
            return "neg"
        case float():
            return "float"
        case _:
            return "other"
for v in [0, 1, [1, 2, 3, 4], (5, 6), {"k": 1, "z": 2}, "abcd", "ab", -5, 2.5, None, [1]]:
    print(v, m(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(x, 0): return f"x-axis {x}"
        case Pt(x=0, y=y): return f"y-axis {y}"
        case Pt(): return "else"
print(where(Pt(0, 0)), where(Pt(3, 0)), where(Pt(0, 4)), where(Pt(1, 1)))
if (n := len("hello")) > 3: print("walrus", n)
x = 5; print(f"{x=}", f"{x + 1 = }", f"{x!r:>4}", f"{'a'!r}", f"{{}}", f"{x:{x}}", f"{3.14159:.{x - 3}f}")
print(*[1, 2], *"ab", sep="-")
a, *b = "xyz"; print(a, b)
first, *_, last = range(10); print(first, last)
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *"ab"], (*[1], 2))
def deco(f):
    def w(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return w
@deco
def add(a, b=2, *, c=3): return a + b + c
print(add(1, c=10), add.__name__)
import functools
def deco2(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco2
def named(): "doc"; return 1
print(named.__name__, named.__doc__, named())
def kw(a, /, b, *, c): return (a, b, c)
print(kw(1, 2, c=3), kw(1, b=2, c=3))
lam = lambda *a, **k: (a, k); print(lam(1, x=2))
print((lambda: (yield))) if False else print("no")
def defaults(a, l=[]): l.append(a); return l
print(defaults(1), defaults(2))
print(type(None).__name__, type(...).__name__, ... is Ellipsis, NotImplemented)
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: 'a', 1: 'b'})
g = 0
def setg():
    global g
    g += 1
setg(); setg(); print(g)
try:
    def bad():
        print(undefined_local)
        undefined_local = 1
    bad()
except UnboundLocalError as e: print("ULE", e)
print(chr(65), ord("€"), "€".encode(), b"\xe2\x82\xac".decode(), "a\tb".expandtabs(4), "%-5s|" % "ab", "ab".center(7, "*"))
print(sorted("hello world".split(), key=lambda w: (-len(w), w)), "-".join(reversed("abc")), "x".join([]))
print(str(123).zfill(6), "3".rjust(3, "0"), "Hello World".swapcase(), "  a  b  ".split(" "), "a,b,".split(","), "abc".partition("x"))
print(list("abc".encode()), bytes([104, 105]), b"hi".upper(), b"a b".split(), b"abc".find(b"c"), b"x" * 3, bytes(2), b"ab" + b"cd", b"abc"[::-1])
