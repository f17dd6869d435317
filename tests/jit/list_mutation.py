# A list mutated while it is iterated; a range variable rebound in the body.
def m():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        if len(xs) < 2000:
            xs.append(x + 1)
        out.append(x)
    return len(out), sum(out)

def shrink():
    xs = list(range(3000))
    n = 0
    for x in xs:
        if xs:
            xs.pop()
        n = n + 1
    return n

def rebinding():
    s = 0
    for i in range(1500):
        i = i * 2
        s = s + i
    return s

print(m())
print(shrink())
print(rebinding())
