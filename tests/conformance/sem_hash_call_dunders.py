# Mutable builtin containers have __hash__ = None (so collections.abc.Hashable
# and __subclasshook__-style checks see them as unhashable), subclass instances
# are reported under their own name, and functions, builtins and bound methods
# have __call__.
print(list.__hash__, dict.__hash__, set.__hash__, "__hash__" in list.__dict__)
print(tuple.__hash__ is not None, frozenset.__hash__ is not None, object.__hash__ is not None)


class L(list):
    pass


class D(dict):
    pass


class H(list):
    def __hash__(self):
        return 5


for make in (L, D):
    try:
        hash(make())
    except TypeError as e:
        print("TypeError:", e)
print(hash(H()))


class S(str):
    pass


print(hash(S("a")) == hash("a"))
print("__call__" in type(len).__dict__, "__call__" in type(lambda: 0).__dict__)
print(len.__call__([1, 2]), (lambda x: x + 1).__call__(1), max.__call__(3, 4, key=lambda v: -v))


class C:
    def m(self, k=1):
        return 7 * k


print(C().m.__call__(), C().m.__call__(k=2), "__call__" in type(C().m).__dict__)
print(type.__call__(C).m())
