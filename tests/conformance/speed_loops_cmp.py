# Compare+branch and arithmetic-chain superinstructions; globals/builtins rebinding.

class Weird:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return self.v == 1
    def __lt__(self, o):
        return "truthy"
    def __gt__(self, o):
        return 0

def pick(xs):
    out = []
    for a, b in xs:
        if a == b or a < b:
            out.append("x")
        if a != b and b > a:
            out.append("y")
        if not (a == b):
            out.append("z")
    return out

print(pick([(1, 1), (1, 2), (2, 1), (1.5, 1.5), (float("nan"), float("nan")), ("a", "a"), ("a", "b")]))
print(pick([(True, 1), (0, False), (2**70, 2**70), (2**70, 2**71)]))
print(pick([(Weird(1), 0), (Weird(2), 0)]))

def chains(a, b, c):
    return (a * b + c, a * b - c, a * b * c, a + b + c, a + b - c, (a + b) * c, a - b - c, a - b + c, (a - b) * c)

print(chains(2, 3, 4))
print(chains(2.5, 3.0, 4.0))
print(chains(2**40, 2**40, 2**40))
print(chains(2**61 - 1, 2, 1))
print(chains(True, 2, 1.5))
print(chains("ab", 2, "c")[:2] if False else chains(1, 2, 3)[0])
try:
    chains("ab", 2, 3)
except TypeError as e:
    print("TypeError", e)

def acc(xs):
    t = 0
    u = 0.0
    for x in xs:
        t += x * x
        u -= x * 0.5
    return t, u
print(acc(range(10)), acc([1.5, 2.5]), acc([2**40] * 3))

def fib(n):
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i = i + 1
    return a
print(fib(10), fib(100))

def countdown(n):
    k = 0
    while n > 0:
        n = n - 1
        k += 1
    while n > -5:
        n -= 2
    return n, k
print(countdown(10), countdown(2.5), countdown(0))

# globals rebound and builtins shadowed / unshadowed while a loop runs
G = 1
def use_g(n):
    t = 0
    for i in range(n):
        t = t + G
    return t
print(use_g(5))
G = 10
print(use_g(5))
del G
try:
    use_g(1)
except NameError as e:
    print("NameError", e)
G = 2.5
print(use_g(2))

def use_len(xs):
    return [len(x) for x in xs]
print(use_len(["ab", [1]]))
def len(x):
    return -1
print(use_len(["ab", [1]]))
del len
print(use_len(["ab", [1]]))
def abses(n):
    t = 0
    for i in range(n):
        t = t + abs(-i)
    return t
print(abses(4))
abs = lambda v: 100
print(abses(4))
globals()["abs"] = lambda v: 7
print(abses(4))
del abs
print(abses(4))
