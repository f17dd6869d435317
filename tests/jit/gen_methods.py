# Loops in generators and methods, loops with calls and closures.
def gen(n):
    for i in range(n):
        if i % 100 == 0:
            yield i

def gen2(n):
    i = 0
    while i < n:
        i = i + 1
        yield i * 2

class Acc:
    def __init__(self):
        self.v = 0

    def run(self, n):
        s = 0
        for i in range(n):
            s = s + i
        self.v = s
        return self

    def spin(self, n):
        while self.v > n:
            self.v = self.v - 1
        return self.v

def outer(n):
    k = 3
    def add(x):
        return x + k
    s = 0
    for i in range(n):
        s = add(s)
    return s

def with_calls(n):
    out = []
    for i in range(n):
        out.append(abs(i - 500))
    return sum(out), len(out), max(out)

print(list(gen(2000)))
print(sum(gen2(3000)))
a = Acc().run(5000)
print(a.v, a.spin(12487000))
print(outer(3000))
print(with_calls(2000))
print(sorted((x % 7 for x in range(3000)), reverse=True)[:5])
