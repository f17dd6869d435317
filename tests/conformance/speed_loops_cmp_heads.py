# While-loop heads compared with <=, >=, ==, != (control.rs loop_nc_le/ge/
# eq/ne: the back-edge runs the head's small-int compare inline) and the
# heads' other operand types (floats, big ints, strs, objects with __eq__).


def le(i, n):
    c = 0
    while i <= n:
        c = c + 1
        i = i + 1
    return c, i


def ge(i, n):
    c = 0
    while i >= n:
        c = c + 1
        i = i - 1
    return c, i


def ne(i, n):
    c = 0
    while i != n:
        c = c + 1
        i = i + 1
    return c, i


def eq(x, n):
    c = 0
    while x == 7:
        c = c + 1
        if c == n:
            x = 8
    return c, x


print(le(0, 20000), le(0.5, 20000), le(2 ** 65, 2 ** 65 + 3000), le(5, 1))
print(ge(20000, 0), ge(20000.5, 0), ge(-(2 ** 65), -(2 ** 65) - 3000), ge(1, 5))
print(ne(0, 20000), ne(0.0, 20000), ne(2 ** 64, 2 ** 64 + 3000), ne(3, 3))
print(eq(7, 20000), eq(7.0, 20000), eq(6, 5))


class E:
    def __init__(self):
        self.n = 0

    def __eq__(self, o):
        self.n += 1
        return self.n < 3000

    def __ne__(self, o):
        self.n += 1
        return self.n < 3000


e = E()
c = 0
while e == 7:
    c = c + 1
print(c, e.n)
e = E()
c = 0
while e != 7:
    c = c + 1
print(c, e.n)
s = ""
while s != "x" * 3000:
    s = s + "x"
print(len(s))
k = 5
flips = 0
while k != 0:
    flips = flips + 1
    k = (k * 7 + 3) % 11 if flips < 20000 else 0
print(flips)
