# complex: hot loops (JIT-compiled at default thresholds) with float ** fraction of a negative base and complex accumulators
def f(n):
    a = -8.0
    b = 1.0 / 3.0
    r = None
    for i in range(n):
        r = a ** b
        a = a - 0.0
    return r
print(f(3000))
def g(n):
    z = 0j
    for i in range(n):
        z = z + 1j * 0.5 - 0.25
        z = z * 1.0
    return z
print(g(3000))
def h(n):
    t = 0.0
    x = -2.0
    for i in range(n):
        t = t + x ** 0.5 * 0 if False else t + 1.0
        y = x ** 2.5
    return t, y
print(h(3000))
