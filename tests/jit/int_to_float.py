# An int variable becomes a float (and back) mid-loop.
def f(n):
    x = 0
    for i in range(n):
        if i == 500:
            x = x + 0.5
        x = x + i
    return x

def g(n):
    x = 1
    i = 0
    while i < n:
        x = x + 1
        if i == 700:
            x = 2.25
        if i == 900:
            x = 10
        i = i + 1
    return x

print(f(1000), g(1000))
t = 0
for i in range(3000):
    t = t + (1.5 if i % 1000 == 999 else 1)
    t = t - 0
print(t)
