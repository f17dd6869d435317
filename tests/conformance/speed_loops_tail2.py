# Two-op loop tails (fused.rs fuse_tail2!): `x = x * a + b` ending a for
# loop and `t = t + i; i = i + 1` ending a while loop, with every operand
# kind their fast paths do not take.


def madd(n, x, a, b):
    for i in range(n):
        x = x * a + b
    return x


print(madd(1000, 0.0, 0.5, 1.0), madd(1000, 1, 1, 1), madd(100, 1, 3, 1))
print(madd(100, 1, 2, 0.5), madd(10, "a", 2, "b")[:12], madd(5, [1], 2, [0]))
print(madd(3, 2.0, 2 ** 70, 1), madd(0, 5, 5, 5))
try:
    madd(3, 1.0, 2.0, "x")
except TypeError as e:
    print("TypeError", e)


def madd_list(xs, a, b):
    x = 0
    for v in xs:
        x = v * a + b
    return x


print(madd_list([1, 2.5, 3], 2, 1), madd_list("abc", 3, "!"))


def wsum(n, step):
    t = 0
    i = 0
    while i < n:
        t = t + i
        i = i + step
    return t, i


print(wsum(1000, 1), wsum(1000, 0.5), wsum(10.5, 1), wsum(2 ** 70, 2 ** 68))
try:
    wsum(5, "s")
except TypeError as e:
    print("TypeError", e)


def wstr(n):
    t = ""
    i = 0
    while i < n:
        t = t + "ab"
        i = i + 1
    return len(t), t[:6]


print(wstr(500))


def wbig(n):
    t = 2 ** 61 - 10
    i = 0
    while i < n:
        t = t + 1
        i = i + 1
    return t, i


print(wbig(100))
