# Typed loop bodies (jit/typed.rs): registers kept unboxed with types checked
# at loop entry; every guard failure must continue exactly as CPython.
import sys


def add_overflow(n):
    total = (1 << 61) - 3000000
    i = 0
    while i < n:
        total = total + i          # leaves the 62-bit range mid-loop
        i = i + 1
    return total, i


def mul_overflow(n):
    x = 3
    m = 1
    i = 0
    while i < n:
        if i == 2000:
            m = 3
        x = x * m                  # overflows into a big int at i == 2036
        i = i + 1
    return x


def floordiv_edges(n):
    acc = 0
    i = -n
    while i < n:
        acc = acc + (i * 7) // 3 + (i * 7) % 3 + i // -4 + i % -4
        i = i + 1
    return acc


def min_div():
    lo = -(1 << 61)
    i = 0
    out = 0
    while i < 3:
        out = lo // -1             # 2**61 does not fit a small int
        i = i + 1
    return out


def zero_div_traceback(n):
    total = 0
    i = 0
    try:
        while i < n:
            total = total + i
            total = total + 1000 // (i - 700)
            i = i + 1
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e, total, i)
    try:
        j = 0
        while j < n:
            total = total + j
            total = total % (j - 900)
            j = j + 1
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("line", tb.tb_lineno, total, j)


def float_growth(n):
    x = 1.5
    y = 0.0
    i = 0
    while i < n:
        x = x * 1.0e10             # crosses the non-self-tagging band 2**257..2**769
        y = y + x / 3.0
        i = i + 1
    return x, y


def float_then_heap(x):
    # x may enter as a boxed float (type check at entry fails: generic body)
    i = 0
    while i < 50:
        x = x * 0.5 + 1.0
        i = i + 1
    return x


def float_div_zero(n):
    x = 10.0
    i = 0
    try:
        while i < n:
            x = x - 1.0
            x = x + 1.0 / x
            i = i + 1
    except ZeroDivisionError as e:
        print("float zero", i, e)
    d = 5.0
    k = 0
    while k < 40:
        d = d - 0.25
        k = k + 1
    try:
        k = 0
        while k < 40:
            q = 1.0 / (d + k * 0.0)
            k = k + 1
    except ZeroDivisionError as e:
        print("neg zero", k, e)
    return x


def mixed(n):
    acc = 0.0
    i = 0
    while i < n:
        acc = acc + i / 7 - i * 0.5 + (i + 0.25)
        i = i + 1
    big = 0.0
    j = (1 << 60)
    while j < (1 << 60) + 100:
        big = big + j              # int -> float conversion of big values
        big = big - 1.5 * j
        j = j + 1
    return acc, big


def compares(n):
    nan = float("nan")
    c = 0
    f = 0.0
    i = 0
    while i < n:
        if f < nan or f >= nan or f == nan:
            c = c + 100
        if f != nan:
            c = c + 1
        b = i < 5
        if b:
            c = c + 10
        f = f + 0.5
        i = i + 1
    return c


def for_ranges(n):
    t = 0
    for i in range(n):
        t = t + i
    for i in range(n, 0, -3):
        t = t - i
    for i in range((1 << 61) - 4, (1 << 61) + 4):
        t = t + i % 10             # cursor leaves the small ints
    r = range(5, n, 7)
    for i in r:
        t = t + i
    for i in range(0):
        t = t + 1000
    return t, i


def type_changes_between_entries():
    def body(x, n):
        i = 0
        while i < n:
            x = x + 1
            i = i + 1
        return x
    out = []
    for v in [0, 10, 2.5, 1 << 62, (1 << 61) - 600, True, -7, 3.0e300]:
        out.append(body(v, 1500))
    return out


def nested(n):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < 30:
            s = s + j * i
            j = j + 1
        i = i + 1
        if i == n // 2:
            s = s + 0.5            # outer loop's s becomes a float
    return s


class Acc:
    def __init__(self):
        self.v = 0

    def run(self, n):
        t = 0
        i = 0
        while i < n:
            t = t + i * i
            i = i + 1
        self.v = t
        return self


def gen(n):
    i = 0
    t = 0
    while i < n:
        t = t + i
        i = i + 1
        if i % 500 == 0:
            yield t


def gen_inner(n):
    for k in range(3):
        t = k
        i = 0
        while i < n:
            t = t + i * k
            i = i + 1
        yield t


def temp_live(n):
    # Overflow in the middle of an expression: the generic body continues
    # with the temporaries computed before it in the typed body.
    s = 0
    i = 0
    big = 1 << 40
    while i < n:
        s = s + (i * 3 + i * big * (i // 1500 * 100000 + 1)) % 1000003
        i = i + 1
    return s


def const_edges(n):
    # Additions and subtractions of hoisted constants crossing the small-int
    # range in both directions, including the most negative small int.
    x = (1 << 61) - 4 * 1500
    y = -(1 << 61) + 3 * 1700
    z = -2500
    out = []
    i = 0
    while i < n:
        x = x + 4
        y = y - 3
        w = z - (-2305843009213693952)
        z = z + 1
        i = i + 1
    out.append((x, y, w, z))
    return out


def bool_truth(n):
    flag = True
    c = 0
    i = 0
    while i < n:
        if flag:
            c = c + 1
        flag = i < 100
        i = i + 1
    return c


print(add_overflow(5000))
print(mul_overflow(2100))
print(floordiv_edges(3000))
print(min_div())
zero_div_traceback(2000)
print(float_growth(60))
print(float_then_heap(1.0), float_then_heap(2.0 ** 300), float_then_heap(2.0 ** 300))
print(float_div_zero(3000))
print(mixed(3000))
print(compares(3000))
print(for_ranges(3000))
print(type_changes_between_entries())
print(nested(200))
print(Acc().run(3000).v)
print(list(gen(3000)))
print(bool_truth(3000))
print(const_edges(3000))
print(temp_live(3000))
print(list(gen_inner(3000)))
