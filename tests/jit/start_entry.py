# Functions whose code up to a compiled loop's head is only load_const
# (`a = 0; b = 1; i = 0` before `while`): a call enters the compiled code at
# the code's first instruction, which stores the constants itself. Arguments
# of other types at that entry, big-int and float constants in the prologue,
# recursion into the function while its loop runs, generators, exceptions
# raised in the loop (tracebacks, handlers outside), functions that are
# called before and after their loop is compiled.


def fib(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a


def big_prologue(n):
    # A big-int constant: the typed entry check fails, the generic body runs.
    a = 10**30
    i = 0
    while i < n:
        a = a + i
        i = i + 1
    return a


def float_prologue(n):
    x = 0.5
    i = 0
    while i < n:
        x = x * 1.5 + i
        i = i + 1
    return x


def rec(n, depth):
    # Calls itself from inside its loop: the nested call enters at the
    # code's start while the loop's code is running.
    s = 0
    i = 0
    while i < n:
        if depth > 0:
            s = s + rec(n - 1, depth - 1)
        s = s + i
        i = i + 1
    return s


def gen(n):
    k = 0
    i = 0
    while i < n:
        k = k + i
        i = i + 1
        yield k


def raises(n, k):
    s = 0
    i = 0
    while i < n:
        s = s + 10 // (k - i)
        i = i + 1
    return s


def unbound_after(n):
    i = 0
    while i < n:
        t = i
        i = i + 1
    return t


def countdown(n):
    c = 0
    while n > 0:
        n = n - 1
        c = c + 2
    return c


for r in range(60):
    print(r, fib(r % 25), fib(r % 7 + 0.0) if r % 10 == 0 else "", big_prologue(r % 5), float_prologue(r % 6))
print(fib(90), fib(True), fib(-3))
try:
    fib("3")
except TypeError as e:
    print("TypeError", e)
for d in range(4):
    print(rec(4, d))
print([list(gen(j)) for j in range(6)])
for k in range(8):
    try:
        print(raises(6, k))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, k)
for n in range(4):
    try:
        print(unbound_after(n))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
print(sum(countdown(j) for j in range(200)))
try:
    raises(9, 4)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
