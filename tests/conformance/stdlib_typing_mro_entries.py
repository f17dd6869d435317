# PEP 560: typing aliases as bases (__mro_entries__, __orig_bases__), user generics
# subscripted (C[int] prints, calls and subclasses as CPython 3.11's).
from typing import Generic, TypeVar, List, Dict, Tuple, Optional, Protocol
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Box(Generic[T]):
    def __init__(self, v): self.v = v
class Pair(Generic[K, V]): pass
print(Box[int], Pair[str, int], Generic[T])
b = Box[int](5)
print(b.v, b.__orig_class__, type(b).__name__)
class IntBox(Box[int]): pass
print(IntBox.__mro__, IntBox.__orig_bases__, IntBox(2).v)
class Both(Box[T], Pair[T, int]): pass
print([c.__name__ for c in Both.__mro__])
class P(Protocol[T]):
    def get(self) -> T: ...
print([c.__name__ for c in P.__mro__])
class D(Dict[str, int]): pass
print([c.__name__ for c in D.__mro__], D(a=1))
class TT(Tuple[int, int]): pass
print([c.__name__ for c in TT.__mro__])
print(Box[int] == Box[int], Box[int] == Box[str])
try:
    type("X", (List[int],), {})
except TypeError as e:
    print("TypeError:", e)
class L2(List): pass
print([c.__name__ for c in L2.__mro__])
