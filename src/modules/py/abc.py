"""Abstract Base Classes: ABC, ABCMeta, abstractmethod (a class whose
__abstractmethods__ is non-empty cannot be instantiated: object.__new__
refuses, as in CPython)."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _compute_abstracts(cls):
    names = set()
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except AttributeError:
            continue
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    return frozenset(names)


# Bumped by every register(): negative caches older than it are stale.
_abc_invalidation_counter = [0]


class _AbcData:
    """Per-ABC state: registered virtual subclasses and the issubclass caches."""

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _abc_invalidation_counter[0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Classes (also builtin ones) registered with register() count as virtual
    subclasses for isinstance() and issubclass(), as does anything a class's
    __subclasshook__ accepts."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _abc_invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _abc_invalidation_counter[0]:
            impl.negative_cache = set()
            impl.negative_version = _abc_invalidation_counter[0]
        elif subclass in impl.negative_cache:
            return False
        ok = cls._abc_subclass(subclass)
        (impl.cache if ok else impl.negative_cache).add(subclass)
        return ok

    def _abc_subclass(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()


def get_cache_token():
    return 0
