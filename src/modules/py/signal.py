# signal: CPython 3.11's Lib/signal.py over the native _signal. The enums are
# built with the functional API (members sorted by value then name, as
# IntEnum._convert_ sorts them, so SIGABRT is canonical and SIGIOT an alias).
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _convert(name, predicate):
    members = sorted(((n, v) for n, v in _globals.items() if predicate(n)), key=lambda t: (t[1], t[0]))
    cls = _IntEnum(name, members, module=__name__)
    _globals.update(cls.__members__)
    return cls


Signals = _convert(
        'Signals',
        lambda name:
            name.isupper()
            and (name.startswith('SIG') and not name.startswith('SIG_'))
            or name.startswith('CTRL_'))

Handlers = _convert('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))

Sigmasks = _convert('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a numeric value to an IntEnum member.
    If it's not a known member, return the numeric value itself.
    """
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals, _convert
