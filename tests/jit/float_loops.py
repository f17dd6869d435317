# Float accumulation, comparisons mixing ints and floats, bool results.
def f(n):
    x = 0.0
    y = 1.0
    c = 0
    for i in range(n):
        x = x + 0.1
        y = y - x
        if x < i:
            c = c + 1
    return x, y, c

def cmp_mix(n):
    c = 0
    i = 0
    while i < n:
        b = i < n / 2
        if b:
            c = c + 1
        e = i == 3.0
        if e:
            c = c + 100
        i = i + 1
    return c

print(f(3000))
print(cmp_mix(3000))
z = 1e300
for i in range(10):
    z = z + z
print(z)
