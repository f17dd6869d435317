# Calling builtin classes positionally (the call handler's direct __new__ path) and
# through attributes, keywords, subclasses and errors.
import builtins

x = (3, 1, 2)
print(list(x), tuple([1, 2]), sorted(set(x)), set(), list(), tuple(), frozenset(x) == {1, 2, 3})
print(list(enumerate(x)), list(enumerate(x, 5)), dict([(1, 2)]), dict(), int(), int("12"), int("ff", 16))
print(float("1.5"), str(12), str(), bool(0), bool([1]), bytes(3), complex(1, 2), range(3), slice(1, 2))
print(type(5), type("s"), object().__class__, type(None)(), type(...)(), type(NotImplemented)())
print(builtins.list(x), builtins.tuple(x), builtins.enumerate(x).__next__(), builtins.set(x) == set(x))
print(list(reversed(x)), list(zip(x, x)), list(map(str, x)), list(filter(None, [0, 1])))
print(sorted(x, reverse=True), int("10", base=2), dict(a=1), str(b"ab", "ascii"))
e = ValueError("bad", 1)
print(repr(e), e.args, KeyError(3), Exception())
print(list(range(3).__iter__()), type("T", (), {"a": 1})().a)


class L(list):
    pass


class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)


print(L(x), type(L(x)).__name__, T(1, 2), type(T()).__name__, L(), isinstance(L(), list))
for bad in [lambda: list(1), lambda: tuple(1, 2), lambda: set(5),
            lambda: object(1), lambda: int("z"), lambda: list(x, x), lambda: type(1, 2),
            lambda: bool(1, 2), lambda: enumerate(x, "a")]:
    try:
        print(bad())
    except Exception as err:
        print(type(err).__name__, err)
try:
    type(len)()
except TypeError as err:
    print("TypeError", err)
n = 0
for i in range(1000):
    n += len(list(x)) + len(tuple(x)) + len(set()) + sum(1 for _ in enumerate(x))
print(n)
