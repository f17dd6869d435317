# struct: pack_into/unpack_from/iter_unpack over bytearray and memoryview, with CPython's errors
import struct

buf = bytearray(12)
struct.pack_into('<hi', buf, 2, -2, 70000)
print(buf, struct.unpack_from('<hi', buf, 2))
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf.hex(), struct.unpack('<3i', buf))
m = memoryview(buf)
struct.pack_into('2s', m, 0, b'xy')
print(bytes(m[:4]), struct.unpack_from('<2s', m), struct.unpack('<12s', m))
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')), list(struct.iter_unpack('<H', m[:6])))
s = struct.Struct('<bb')
s.pack_into(buf, 10, 1, -1)
print(buf[10:], s.unpack_from(buf, offset=10))
for args in [('i', bytearray(2), 0, 1), ('i', bytearray(8), 6, 1), ('i', b'abcdefgh', 0, 1),
             ('i', bytearray(8), -9, 1), ('ii', bytearray(8), 0, 1), ('i', bytearray(8)), ('i',),
             ('i', bytearray(8), 0, 'x'), ('i', bytearray(8), 'a', 1), ('i', memoryview(b'abcd'), 0, 1)]:
    try:
        struct.pack_into(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [('i', bytearray(2)), ('i', memoryview(b'abcdef'), 4), ('i', [1, 2, 3, 4])]:
    try:
        struct.unpack_from(*args)
    except Exception as e:
        print(type(e).__name__, e)
