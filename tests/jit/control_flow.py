# Nested loops, break/continue/return inside loops, while with complex conditions.
def nested(n):
    t = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            t = t + i * j
    return t

def find(n):
    i = 0
    while True:
        i = i + 1
        if i * i > n:
            return i

def complex_cond(n):
    a, b, c = 0, n, 0
    while a < b and (c < 10000 or a % 7 != 0) and not (a == 1234):
        a = a + 1
        b = b - 1 if a % 2 else b
        c = c + 3
    return a, b, c

def early(xs):
    for x in xs:
        if x < 0:
            return x
    else:
        return None

def while_else(n):
    i = 0
    while i < n:
        i = i + 1
    else:
        i = i * 10
    return i

print(nested(120))
print(find(10 ** 6))
print(complex_cond(5000))
print(early(list(range(5000)) + [-1]))
print(early(range(3000)))
print(while_else(2000))
c = 0
for i in range(50):
    for j in range(50):
        for k in range(50):
            c = c + 1
print(c)
