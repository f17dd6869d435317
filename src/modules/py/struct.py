"""Functions to convert between Python values and C structs.

CPython 3.11's struct over the native `_struct` core (src/modules/struct_.rs);
`Struct` is a Python class here (CPython's is C).
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]

import _struct
from _struct import error, calcsize, pack, pack_into, unpack, unpack_from


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return iter(_struct.iter_unpack(format, buffer))


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
