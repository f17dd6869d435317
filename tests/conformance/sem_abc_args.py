# ABC subclasses: object.__new__'s checks (arguments without __init__, then the abstract methods), as CPython
import abc
class B(abc.ABC):
    @abc.abstractmethod
    def h(self): ...
class B2(B):
    def h(self):
        return 'h'
class B3(B):
    def __init__(self, x):
        self.x = x
    def h(self):
        return self.x
for f in (lambda: B(), lambda: B(1), lambda: B2(), lambda: B2(1), lambda: B3(5).h(), lambda: B3()):
    try:
        r = f()
        print(type(r).__name__ if not isinstance(r, (str, int)) else r)
    except TypeError as e:
        print(e)
print(isinstance(B2(), B), B.__abstractmethods__ == frozenset({'h'}), B2.__abstractmethods__ == frozenset())
