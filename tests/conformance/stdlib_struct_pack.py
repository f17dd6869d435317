# struct: pack/unpack of every code in every byte order, calcsize with native alignment, half floats, Struct, iter_unpack, unpack_from
import struct

vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767, -2], 'H': [65535, 300],
        'i': [-2**31, 2**31 - 1], 'I': [2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1],
        'q': [-2**63, 2**63 - 1], 'Q': [2**64 - 1], '?': [True, 3, ''],
        'e': [-0.0, 1.5, 65504.0, 1e-7, 6e-5, 0.1, 2.0**-24, float('-inf')],
        'f': [0.1, 1e38, 1e-45, float('inf')], 'd': [0.1, -2.5e-300],
        'c': [b'a'], 's': [b'hello'], 'p': [b'hi']}
for order in ['', '<', '>', '=', '!']:
    for c, vs in vals.items():
        for v in vs:
            f = order + c
            b = struct.pack(f, v)
            print(f, repr(v), b, struct.unpack(f, b))
for c in 'nNP':
    print(c, struct.pack(c, 2**63 - 1), struct.unpack(c, struct.pack(c, 5)))
print(struct.pack('P', -1), struct.unpack('P', struct.pack('P', -1)))
for f in ['bi', 'ic', 'c0i', 'hq', '@?d', 'xxh', '3s2p', 'bhilqfde', '<bhilqfde', '>bhilqfde',
          '!bhilqfde', '2i3h5e', ' 2i  h', '10s', '0p', '4x', b'<i']:
    print(f, struct.calcsize(f))
print(struct.pack('bi', 1, 2), struct.pack('>bi', 1, 2), struct.pack('<3h', 1, 2, 3))
print(struct.unpack('3s2p', b'abc\x05z'), struct.unpack('4p', b'\x09abc'))
print(struct.pack('5p', b'abc'), struct.pack('1p', b'abc'), struct.pack('0s', b'abc'), struct.pack('2s', b''))
print(struct.pack('<2xh2x', 7), struct.pack('>3c', b'x', b'y', b'z'))
nan = struct.unpack('<e', struct.pack('<e', float('nan')))[0]
print(nan != nan, struct.pack('>e', 65519.99), struct.pack('<e', 2.0**-25), struct.pack('<e', 3 * 2.0**-26))
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('i', Idx()), struct.pack('d', Flt()), struct.pack('f', 3), struct.pack('?', []))
ok = 0
for x in range(0, 65536, 13):
    b = x.to_bytes(2, 'little')
    h = struct.unpack('<e', b)[0]
    if struct.pack('<e', h) == b or h != h:
        ok += 1
print("half round trips", ok)

s = struct.Struct('<hd')
print(s.format, s.size, s.pack(-3, 0.5), s.unpack(s.pack(-3, 0.5)))
print(struct.Struct(b'>I').format, struct.Struct('>I').unpack(b'\x00\x00\x01\x00'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')))
it = s.iter_unpack(s.pack(1, 1.0) * 2)
print(next(it), list(it))
buf = b'\x00\x00\x01\x00\x00\x00\x02\x00'
print(struct.unpack_from('<i', buf, 2), struct.unpack_from('<h', buf, offset=-2), struct.unpack_from('<hh', buf))
print(s.unpack_from(b'xx' + s.pack(9, 2.0), 2), struct.unpack_from('<h', buffer=buf))
print(struct.pack('@bq', 1, 2), len(struct.pack('bq', 1, 2)), len(struct.pack('=bq', 1, 2)))
