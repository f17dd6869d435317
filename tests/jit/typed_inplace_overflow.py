# Typed loops whose `x = x + y` / `x = x - y` overflows a small int in the
# middle: the compiled code recomputes x from the wrapped sum before it
# continues generically, so the value that reaches the interpreter (and the
# big-int result) must be exact, for both signs and for y in a register.


def up(s, d, n):
    for i in range(n):
        s = s + d
    return s


def down(s, d, n):
    i = 0
    while i < n:
        s = s - d
        i = i + 1
    return s


def acc(s, n):
    t = 0
    for i in range(n):
        s = s + i
        t = t - i
    return s, t


big = 2 ** 61
for start, d in [(big - 50, 7), (-big + 50, -7), (big - 3, 1), (0, big // 3), (5, -(big // 4))]:
    print(up(start, d, 40), down(start, -d, 40), down(start, d, 40))
for k in range(300):
    r = up(big - 1000 + k, 97, 30)
    if k % 50 == 0:
        print("r", k, r)
print(acc(big - 200, 40))
print(acc(-big, 40))
tot = 0
for k in range(400):
    a, b = acc(big - 300 - k * 3, 25)
    tot = tot + a - b
print("tot", tot)
