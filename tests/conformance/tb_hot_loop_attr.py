# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: hot loop attr
class P:
    def __init__(self, v): self.v = v
ps = [P(i) for i in range(3000)] + [None]
def f():
    s = 0
    for p in ps:
        s += p.v
    return s
f()
