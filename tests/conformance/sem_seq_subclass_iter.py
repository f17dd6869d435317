class T(tuple):
    def __iter__(self):
        return iter(tuple.__iter__(self)) if False else iter([*tuple(super().__iter__()), "extra"])
t = T((1, 2))
a, b, c = t
print(a, b, c, list(t), [*t], len(t))
class L(list):
    def __iter__(self):
        yield "x"
l = L([1, 2])
(x,) = l
print(x, list(l), sorted(l), tuple(l), set(l), "".join(l), max(l))
def f(*a): return a
print(f(*t), f(*l), dict.fromkeys(l))
