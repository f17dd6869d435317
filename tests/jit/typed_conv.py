# Typed loop bodies with the builtin conversions int() and float() inline
# (jit/typed.rs Tpl::Conv): results, failures mid-loop and rebinding.
import builtins


def mixed(n):
    total = 0
    acc = 0.0
    i = 0
    while i < n:
        x = float(i) * 0.5 + i
        k = int(x) % 13
        acc = acc + x / (k + 1) - i * 0.25
        total = total + (k * i) % 1000
        i = i + 1
    return total, acc


def grows(n):
    # int() of floats leaving the small ints, then of infinity.
    x = 1.0
    out = []
    i = 0
    try:
        while i < n:
            x = x * 1.5
            k = int(x)
            out.append(k) if i % 400 == 0 else None
            i = i + 1
    except OverflowError as e:
        print("overflow", i, e)
    print(len(out), out[-1] % 1000003)
    y = 3.75
    s = 0
    j = 0
    while j < n:
        s = s + int(y) + int(-y)
        y = y + 1.0e12
        j = j + 1
    return s


def truncs(n):
    s = 0
    i = -n
    while i < n:
        f = i / 7
        s = s + int(f) * 3 + int(float(i)) - int(-f)
        i = i + 1
    return s


def nan_mid(n):
    v = 0.0
    i = 0
    try:
        while i < n:
            v = v + 1.0
            if i == 1500:
                v = v * float("inf") * 0.0
            t = int(v)
            i = i + 1
    except ValueError as e:
        print("nan", i, e)
    return i


def rebound(n):
    t = 0.0
    i = 0
    while i < n:
        t = t + float(i)
        i = i + 1
    return t


print(mixed(3000))
print(grows(2000))
print(truncs(3000))
print(nan_mid(3000))
print(rebound(2000))
builtins.float = lambda v: 1.5
print(rebound(2000))
float = lambda v: 2.5
print(rebound(2000))
del float
print(rebound(2000))
