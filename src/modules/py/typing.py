"""Typing support at run time: the names programs import for annotations
(List, Dict, Optional, Union, Callable, TypeVar, Generic, Protocol, ...),
subscriptable and printable like CPython's, without static checking."""

TYPE_CHECKING = False


class _Alias:
    def __init__(self, name, origin=None, args=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__ if self.__origin__ is not None else self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None and callable(self.__origin__) and not isinstance(self.__origin__, _Alias):
            return self.__origin__(*args, **kwargs)
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __eq__(self, other):
        return (isinstance(other, _Alias) and self._name == other._name and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # PEP 560 (CPython's _BaseGenericAlias.__mro_entries__): `class C(List[int])`
        # subclasses the origin, and Generic unless a later base brings it.
        origin = self.__origin__
        if not isinstance(origin, type):
            raise TypeError("Cannot subclass %r" % (self,))
        res = []
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _Alias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in res and not issubclass(origin, Generic):
                res.append(Generic)
        return tuple(res)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Origin(_Alias):
    """An alias of a builtin container: typing.List -> list."""

    def __init__(self, name, origin):
        _Alias.__init__(self, name, origin, None)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__, params)


Any = _Alias('Any')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
Self = _Alias('Self')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
Annotated = _Alias('Annotated')
TypeAlias = _Alias('TypeAlias')
Union = _Alias('Union')
Optional = _Alias('Optional')
Concatenate = _Alias('Concatenate')
TypeGuard = _Alias('TypeGuard')
LiteralString = _Alias('LiteralString')

List = _Origin('List', list)
Dict = _Origin('Dict', dict)
Set = _Origin('Set', set)
FrozenSet = _Origin('FrozenSet', frozenset)
Tuple = _Origin('Tuple', tuple)
Type = _Origin('Type', type)
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
MutableSequence = _Alias('MutableSequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
AbstractSet = _Alias('AbstractSet')
MutableSet = _Alias('MutableSet')
Collection = _Alias('Collection')
Container = _Alias('Container')
Hashable = _Alias('Hashable')
Sized = _Alias('Sized')
Reversible = _Alias('Reversible')
Awaitable = _Alias('Awaitable')
Coroutine = _Alias('Coroutine')
AsyncIterable = _Alias('AsyncIterable')
AsyncIterator = _Alias('AsyncIterator')
AsyncGenerator = _Alias('AsyncGenerator')
ContextManager = _Alias('ContextManager')
SupportsInt = _Alias('SupportsInt')
SupportsFloat = _Alias('SupportsFloat')
SupportsAbs = _Alias('SupportsAbs')
SupportsIndex = _Alias('SupportsIndex')
Deque = _Alias('Deque')
DefaultDict = _Alias('DefaultDict')
OrderedDict = _Alias('OrderedDict')
Counter = _Alias('Counter')
ChainMap = _Alias('ChainMap')
Text = str
AnyStr = _Alias('AnyStr')


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class _GenericAlias(_Alias):
    """`C[int]` of a user class C(Generic[T]) (and `Generic[T]` itself):
    prints as `module.C[int]`, calls C, subclasses as C."""

    def __init__(self, origin, params):
        _Alias.__init__(self, None, origin, params)

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__), ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        raise TypeError("%r is not a generic class" % (self,))

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base class for protocol classes."""


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    args = getattr(tp, '__args__', None)
    return tuple(args) if args else ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    """`class P(NamedTuple): x: int; y: int = 0` makes a collections.namedtuple
    from the annotations (defaults from the class body; other attributes and
    methods are copied onto it)."""

    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (f, "s" if len(defaults) > 1 else "", ", ".join(fields[:len(defaults)])))
        nt = namedtuple(typename, fields, defaults=defaults, module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__doc__') or key in types:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__',
                       '__slots__', '__getnewargs__', '__getstate__'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nt, key, val)
        if '__doc__' in ns:
            nt.__doc__ = ns['__doc__']
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: `NamedTuple('P', [('x', int)])` or as a base class."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = namedtuple(typename, [f for f, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def reveal_type(obj):
    return obj
