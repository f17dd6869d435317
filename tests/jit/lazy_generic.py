# Typed loops are compiled first without their generic body: a failed entry
# check or guard returns to the interpreter at that instruction (registers
# written back) and the loop is compiled again with the generic body. Each
# path here: a guard failing at the first and at later entries, at each
# instruction of the body, entry checks failing at the head and at the
# code's start, exceptions and traceback lines after such an exit, and
# (generic code only) loops in generators and around recursive calls.


def acc(n, s, step):
    i = 0
    while i < n:
        s = s + step
        i = i + 1
    return s


def body(n, a, b, c):
    i = 0
    t = 0
    while i < n:
        t = t + a * 2
        t = t - b // 3
        t = t + c % 5
        i = i + 1
    return t


def start(n):
    s = 0
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s


def divide(n, d):
    s = 0
    i = 0
    while i < n:
        s = s + 1000 // (d - i)
        i = i + 1
    return s


def gen(n, x):
    i = 0
    while i < n:
        x = x + i
        yield x
        i = i + 1


def rec(n, depth, x):
    s = x
    i = 0
    while i < n:
        s = s + i
        if i == n // 2 and depth > 0:
            s = s + rec(n, depth - 1, 0.5 if depth == 2 else 2 ** 70)
        i = i + 1
    return s


print(acc(3000, 0, 1), acc(3000, 2 ** 61 - 1000, 1), acc(3000, 0, 1))
print(acc(3000, 0.5, 1), acc(3000, 0, 0.25), acc(3000, "", "ab")[-4:])
print(acc(3000, 2 ** 62, 1), acc(10, 0, 1), acc(3000, 0, 1))
for args in ((1, 2, 3), (2 ** 60, 2, 3), (1, 2.5, 3), (1, 2, 2 ** 70), (1, 2, 3)):
    print(body(3000, *args))
print(start(3000), start(3000))
for d in (5000, 1500, 40):
    try:
        print(divide(3000, d))
    except ZeroDivisionError as e:
        lines = []
        tb = e.__traceback__
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("ZeroDivisionError", e, lines)
print(sum(gen(3000, 0)), sum(gen(3000, 2 ** 61 - 5000)), sum(gen(3000, 0.5)))
print(rec(3000, 2, 0), rec(3000, 1, 0))
