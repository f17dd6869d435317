class V:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return V(self.v * (o.v if isinstance(o, V) else o))
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __sub__(self, o):
        if isinstance(o, float): return NotImplemented
        return V(self.v - (o.v if isinstance(o, V) else o))
    def __repr__(self): return "V(%r)" % (self.v,)

def tail(n):
    x = V(1)
    a = V(2)
    for i in range(n):
        x = x * a + 3
    return x

def tail2(n):
    x = V(1); t = V(0); i = 0
    while i < n:
        t = t + x
        i = i + 1
    return t

def chain(n):
    x = V(1)
    for i in range(n):
        y = x * 2 + x * 3 - 1
        x = V(y.v % 1000)
    return x

def mixed(n):
    x = 1
    for i in range(n):
        x = x * 2 + 1
        if i == n // 2:
            x = V(x % 100)
    return x

def notimpl(n):
    x = V(5)
    try:
        for i in range(n):
            x = x - 1
            if i == 50:
                x = x - 1.5
    except TypeError as e:
        print("TE", e)
    return x

def deep(v, n):
    class R:
        def __add__(self, o):
            return deep(self, n - 1) if n else 0
    return R() + 1 if n else 0

print(tail(20))
print(tail2(300))
print(chain(300))
print(mixed(300))
print(notimpl(100))
try:
    deep(None, 100000)
except RecursionError as e:
    print("RE", str(e)[:30])
for f in (1.5, 2.0):
    print(V(f) * V(f) + f)
