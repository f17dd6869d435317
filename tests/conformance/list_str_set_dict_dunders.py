# Dunders of builtin sequences, sets and dicts as CPython 3.11 has them:
# which exist (dir), what direct calls return (sq_concat/sq_repeat raise
# TypeError, set/dict slots return NotImplemented), descriptor errors, and
# the operators still reaching a user __radd__/__rmul__/__ror__.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for tp in (list, tuple, set, frozenset, dict, str, bytes):
    print(tp.__name__, [n for n in sorted(dir(tp)) if n.startswith("__") and n[2] in "airlmox"])

t(lambda: "a".__add__(1))
t(lambda: "a".__add__("b"))
t(lambda: "a".__mul__("x"))
t(lambda: "ab".__mul__(2))
t(lambda: "ab".__rmul__(3))
t(lambda: "a".__mul__(1.5))
t(lambda: "%s!".__mod__("x"))
t(lambda: "a".__rmod__(1))
t(lambda: "x".__rmod__("<%s>"))
t(lambda: [1].__add__((2,)))
t(lambda: [1].__add__([2]))
t(lambda: (1,).__add__([2]))
t(lambda: (1,).__rmul__(2))
t(lambda: b"a".__add__(1))
t(lambda: b"a".__add__(b"b"))
t(lambda: b"a".__rmul__(2))
t(lambda: str.__len__(1))
t(lambda: str.__len__("abc"))
t(lambda: list.__len__("abc"))
t(lambda: dict.__len__({1: 2}))
t(lambda: str.__add__(1, "a"))
t(lambda: list.__mul__((1,), 2))
t(lambda: hasattr([], "__mod__"))
t(lambda: hasattr((), "__mod__"))

lst = [1]
r = lst.__iadd__((2, 3))
print(lst, r is lst)
print(lst.__imul__(2), lst)
t(lambda: [].__iadd__(5))
t(lambda: [].__imul__("x"))
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({4}), s)
t(lambda: {1}.__ior__([1]))
t(lambda: {1, 2}.__rsub__({2, 3}))
t(lambda: frozenset({1}).__ror__({2}))
t(lambda: {1}.__rand__(1))
t(lambda: frozenset.__ror__({1}, {2}))
t(lambda: set.__ior__(frozenset(), {2}))
d = {1: 2}
print(d.__or__({3: 4}), d.__ror__({5: 6}), d.__ior__([(7, 8)]), d)
t(lambda: d.__or__(1))
t(lambda: d.__ior__(1))


class R:
    def __radd__(self, o):
        return "radd(%r)" % (o,)

    def __rmul__(self, o):
        return "rmul(%r)" % (o,)

    def __ror__(self, o):
        return "ror(%r)" % (o,)


class T(str):
    pass


class L(list):
    def __iadd__(self, o):
        print("L.__iadd__")
        return super().__iadd__(o)


print("a" + R(), T("b") + R(), [1] + R(), "ab" * R(), {1} | R(), {1: 2} | R())
x = L([1])
x += [2]
print(x, type(x).__name__, T("ab").__len__(), L([1, 2]).__len__())
t(lambda: "a".__add__(R()))


class I:
    def __index__(self):
        return 2


class Bad:
    def __index__(self):
        return "2"


t(lambda: "ab".__mul__(I()))
t(lambda: [1].__rmul__(I()))
t(lambda: (1,).__mul__(Bad()))
lst = [3]
t(lambda: lst.__imul__(I()))
