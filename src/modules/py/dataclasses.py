"""Data classes (CPython 3.11's Lib/dataclasses.py semantics, without exec):
@dataclass with init/repr/eq/order/unsafe_hash/frozen/match_args/kw_only,
field(), fields(), asdict(), astuple(), replace(), is_dataclass(),
__post_init__, KW_ONLY. Fields come from the class's __annotations__."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', repr(self.type))


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    name = getattr(tp, '_name', None)
    return name == 'ClassVar'


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(tp, InitVar) or tp is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _names(names):
    if len(names) == 1:
        return "'%s'" % names[0]
    s = ', '.join(["'%s'" % n for n in names[:-1]])
    return s + (',' if len(names) > 2 else '') + " and '%s'" % names[-1]


def _too_many(qual, lo, hi, given):
    if lo == hi:
        return '%s() takes %d positional argument%s but %d were given' % (qual, hi, '' if hi == 1 else 's', given)
    return '%s() takes from %d to %d positional arguments but %d were given' % (qual, lo, hi, given)


def _make_init(cls, fields, std_fields, kw_fields, frozen, has_post_init):
    qual = cls.__qualname__ + '.__init__'
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_names = pos_names + kw_names
    n_required = len([f for f in std_fields if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > len(pos_names):
            raise TypeError(_too_many(qual, n_required + 1, len(pos_names) + 1, len(args) + 1))
        values = {}
        for name, value in zip(pos_names, args):
            values[name] = value
        for name, value in kwargs.items():
            if name not in all_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, name))
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, name))
            values[name] = value
        missing = [f.name for f in std_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's', _names(missing)))
        missing = [f.name for f in kw_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's', _names(missing)))
        init_vars = []
        for f in fields:
            if f._field_type is _FIELD_CLASSVAR:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            else:
                if f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
            if f._field_type is _FIELD_INITVAR:
                init_vars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)
    __init__.__qualname__ = qual
    return __init__


def _field_values(obj, flds):
    return tuple([getattr(obj, f.name) for f in flds])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    cls.__dataclass_fields__ = fields
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    if init:
        seen_default = False
        for f in std_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
        cls.__init__ = _make_init(cls, list(fields.values()), std_fields, kw_fields, frozen,
                                  hasattr(cls, '__post_init__'))
    repr_fields = [f for f in field_list if f.repr]
    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join(['%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields]))
        cls.__repr__ = __repr__
    cmp_fields = [f for f in field_list if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _field_values(self, cmp_fields) == _field_values(other, cmp_fields)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_field_values(self, cmp_fields), _field_values(other, cmp_fields))
                return NotImplemented
            return method
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, make(op))
    if frozen:
        field_names = [f.name for f in fields.values()]

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot assign to field %r' % (name,))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError('cannot delete field %r' % (name,))
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_field_values(self, hash_fields))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in std_fields])
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
