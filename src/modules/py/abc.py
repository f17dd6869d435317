"""Abstract Base Classes: ABC, ABCMeta, abstractmethod (instantiating a class
with abstract methods raises CPython 3.11's TypeError)."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except AttributeError:
            continue
        if getattr(value, '__isabstractmethod__', False):
            names.append(name)
    return sorted(names)


def _check_instantiable(cls):
    abstract = _abstract_names(cls)
    if abstract:
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(abstract) > 1 else '', ', '.join(abstract)))


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def register(cls, subclass):
        return subclass


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    def __new__(cls, *args, **kwargs):
        _check_instantiable(cls)
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
