# Which builtin classes are generic (PEP 585) and which are not subscriptable.
for c in (list, dict, tuple, set, frozenset, type, enumerate):
    print(c[int], c[int, str].__args__)
for c in (int, str, range, bytes, object, slice, zip, map, filter, float, bool, complex, property):
    try:
        c[int]
    except TypeError as e:
        print(e)
class E(ExceptionGroup):
    pass
print(E[int])
class EG(BaseExceptionGroup):
    pass
print(repr(EG("a", [ValueError(1)])), type(EG("a", [ValueError(1)])).__name__)
class EG2(ExceptionGroup):
    pass
try:
    EG2("a", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def __init__(self, *a):
        super().__init__("zz")
m = MyEG("msg", [ValueError(2)])
print(m.args, m.message, str(m), m.exceptions)
e = ValueError("v")
e.add_note("note 1")
print(e.__notes__)
