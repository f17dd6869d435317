# Float-first twins of + - * (fused.rs quicken_floats, --no-jit): installed
# when a hot loop computes on floats; later ints, mixed, big ints, boxed
# floats, strs, lists and user classes must still give the generic results.


def mixed(vals, w):
    acc = 0.0
    out = []
    for v in vals:
        t = v * w
        acc = acc + t
        acc += v
        acc -= 0.25
        u = v - w
        out.append((t, u))
    return acc, out[-6:]


floats = [i * 0.5 for i in range(3000)]
print(mixed(floats, 1.5))
print(mixed(floats + [1, 2, 3, 2 ** 62, -(2 ** 61)], 2.0))
print(mixed(floats + [1e200, -1e300, 1e-300], 1e100))
print(mixed(floats + [float("inf"), float("nan")], 3.0))
print(mixed(floats + [True, 7], 2.5))
try:
    mixed(floats + ["s"], 1.0)
except TypeError as e:
    print("TypeError", e)


def chain(n, x, y):
    a = b = c = 0.0
    for i in range(n):
        a = x * y + a
        b = x * y - b
        c = a + b * y
        d = a - b - c
        e = x * y * 0.5
    return a, b, c, d, e


print(chain(3000, 0.5, 0.25))
print(chain(3000, 3, 5))
print(chain(50, 2 ** 40, 2 ** 30))
print(chain(5, "no", 3) if False else "skip")
try:
    chain(2, "ab", 3)
except TypeError as e:
    print("TypeError", e)


def switch(n):
    x = 0.5
    s = 0.0
    for i in range(n):
        if i == n // 2:
            x = 3
        s = s + x * 2
        s = s - x
    return s


print(switch(4000))


def strs(n):
    a, b = 1.5, 2.5
    r = None
    for i in range(n):
        r = a + b
        r = r * 2
        if i == n - 2:
            a, b = "x", "y"
    return r


print(strs(3000))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __mul__(self, o):
        return V(self.v * o)

    def __repr__(self):
        return "V(%r)" % self.v


def objs(n, start):
    x = start
    for i in range(n):
        x = x * 1.0 + 0.5
    return x


print(objs(3000, 0.0))
print(objs(3, V(1)))


def grow(n):
    x = 1.0
    for i in range(n):
        x = x * 3.0 + 1.0
    return x


print(grow(3000), grow(700), grow(200))


def wl(n):
    i = 0.0
    t = 0.0
    while i < n:
        t = t + i * 0.5
        i = i + 1.0
    return t, i


print(wl(3000), wl(3000.5))
