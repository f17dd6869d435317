# `r = f(x)` with a global (or builtin) callee and a local argument: the
# callee's load and the argument's move run as one superinstruction; every
# way the global load can miss must behave as the plain ops do.


def f(x):
    return x + 1


def g(x):
    return x * 10


def run(xs):
    out = []
    for x in xs:
        out.append(f(x))
    return out


print(run(range(5)))
f_saved = f
f = g
print(run(range(5)))
f = f_saved


def lens(items):
    t = 0
    for s in items:
        t = t + len(s)
    return t


print(lens(["ab", "cde", ""]))
# a global that shadows the builtin, added after the site cached the builtin
len = lambda s: 100
print(lens(["ab", "cde", ""]))
del len
print(lens(["ab", "cde", ""]))


def missing(n):
    return undefined_function(n)


for i in range(3):
    try:
        missing(i)
    except NameError as e:
        print("NameError", e)
undefined_function = abs
print(missing(-4))
del undefined_function
try:
    missing(5)
except NameError as e:
    print("NameError", e)


def two(a, b):
    return f(a) + g(b)


print([two(i, i) for i in range(4)])
