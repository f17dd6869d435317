# memoryview.cast: multi-byte native formats (ints, floats, bool), structure rules and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
buf = bytearray(16)
m = memoryview(buf).cast('I')
print(len(m), m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.tolist(), m[::2].strides, m.contiguous)
m[0] = 2**32 - 1
m[-1] = 258
print(m.tolist(), buf, m.cast('B').tolist()[:5], list(m), m[1:3].tolist(), m[::-1].tolist())
for v in (2**32, -1, 1.5, 'x', 10**30):
    t(lambda: m.__setitem__(1, v))
q = memoryview(buf).cast('q')
q[0] = -2
print(q.tolist(), memoryview(buf).cast('Q')[0], memoryview(buf).cast('h').tolist()[:4], memoryview(buf).cast('H')[0])
d = memoryview(bytearray(16)).cast('d')
d[0] = 1; d[1] = -2.5
print(d.tolist(), d.format, d[1], d.cast('B')[7])
f = memoryview(bytearray(8)).cast('f')
f[0] = 0.1
print(f.tolist(), f[1])
t(lambda: f.__setitem__(0, 'x'))
t(lambda: f.__setitem__(0, 1e300))
b = memoryview(bytearray(3)).cast('?')
b[0] = 5; b[1] = []; b[2] = 'x'
print(b.tolist(), b.obj)
print(memoryview(bytearray(8)).cast('@i').format, memoryview(bytearray(16)).cast('l').tolist(), memoryview(bytearray(8)).cast('n').itemsize)
i4 = memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('i')
print(i4 == [1, 2], i4 == memoryview(b'\x01\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00').cast('q'))
print(i4 == memoryview(b'\x00\x00\x80?\x00\x00\x00@').cast('f'), i4 == b'\x01\x00\x00\x00\x02\x00\x00\x00', i4.tobytes(), i4.hex(' ', 4))
t(lambda: m.cast('H'))
t(lambda: memoryview(b'abc').cast('I'))
t(lambda: hash(i4))
t(lambda: memoryview(b'ab').cast('e'))
t(lambda: memoryview(b'ab').cast('>H'))
t(lambda: memoryview(b'abcd').cast('B', [4]).tolist())
t(lambda: memoryview(b'abcd').cast('B', [3]))
t(lambda: memoryview(b'abcd').cast('H').cast('B').tolist())
w = memoryview(bytearray(8)).cast('I')
t(lambda: w.__setitem__(slice(0, 1), b'abcd'))
w[0:1] = memoryview(bytearray(b'abcd')).cast('I')
print(w.obj, w[0])
c = memoryview(bytearray(b'ab')).cast('c')
t(lambda: c.__setitem__(slice(0, 1), b'x'))
print(bytes(m), bytearray(m)[:4], memoryview(b'xy').cast('c').tolist(), b'%s' % memoryview(b'mv'))
print(bytearray.__doc__.splitlines()[-1], len(bytearray.__doc__), memoryview.__doc__)
