# list/dict __reversed__, __class_getitem__ (also on subclasses), tuple.__getnewargs__, classmethod constructors.
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple.__class_getitem__((int, ...)), set.__class_getitem__(str), frozenset.__class_getitem__(int))
class L(list): pass
print(L[int], L[int].__origin__ is L, list[int].__args__, list[int]([1, 2]))
a = [1, 2, 3]
print(list(a.__reversed__()), type(a.__reversed__()).__name__, list(L([4, 5]).__reversed__()))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(d.__reversed__()), list(reversed(d)), type(d.__reversed__()).__name__ == type(reversed(d)).__name__)
print((1, 2).__getnewargs__(), ().__getnewargs__())
for e in ["list.__reversed__(())", "dict.__reversed__([])", "tuple.__getnewargs__([1])", "[].__reversed__(1)", "{}.__reversed__(1)", "(1,).__getnewargs__(1)"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print(int.from_bytes(b'\x01\x00', 'big'), float.fromhex('0x1p3'), dict.fromkeys('ab', 0))
