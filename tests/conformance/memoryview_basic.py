# memoryview over bytes and bytearray: indexing, zero-copy slices, writes through, attributes, cast
b = bytes(range(97, 103))
m = memoryview(b)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), bytes(m), m.hex(), m.hex(':'))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj is b)
print(m.c_contiguous, m.contiguous, m.suboffsets)
s = m[1:5]
print(s.tobytes(), s[0], len(s), s.obj is b, m[::2].tobytes(), m[::-1].tolist(), m[::2].contiguous)
print(m == b, m == bytearray(b), m == b'x', m[::2] == b'ace', m != b, m == m[:], m == 'abc')
print(list(m[2:]), [x for x in m[:2]], list(reversed(m[:3])), 99 in m, b'cd' in b, bytes(m[::-2]))
ba = bytearray(b'hello world')
w = memoryview(ba)
print(w.readonly, w.obj is ba, w.format)
w[0] = 72
w[6:11] = b'WORLD'
print(ba)
v = w[6:]
v[0] = 119
v[1:3] = bytearray(b'OO')
print(ba, v.tobytes())
e = w[::2]
e[:] = b'......'
print(ba, e.tobytes(), len(e))
w[-1:] = memoryview(b'!')
print(ba)
r = w.toreadonly()
print(r.readonly, r.tobytes() == ba, r[0])
c = w.cast('c')
print(c.format, c[0], c[1:3].tolist(), c.itemsize)
c[0] = b'J'
print(ba)
sb = memoryview(bytearray(b'\x01\xff\x80')).cast('b')
print(sb.format, sb.tolist(), sb[1], list(sb))
sb[1] = -2
print(sb.tolist(), sb.obj)
print(memoryview(b'abc').cast('B').tolist(), memoryview(b'ab').cast('@B').format)
print(bytearray(m[1:3]), b'-'.join([m[:1], w[:1]]), int.from_bytes(m[:2], 'big'))
print(b'xyz'.find(memoryview(b'y')), bytearray(b'xyz').startswith(memoryview(b'x')))
print(hash(memoryview(b'abc')) == hash(b'abc'), repr(m).startswith('<memory at 0x'))
mm = memoryview(m)
print(mm.tobytes(), mm.obj is b, mm == m)
with memoryview(b'ctx') as cm:
    print(cm.tobytes(), cm[1])
print(repr(cm).startswith('<released memory at 0x'), cm == cm, cm == memoryview(b'ctx'))
x = memoryview(b'abc')
x.release()
x.release()
print(isinstance(x, memoryview), type(m).__name__, type(iter(m)).__name__)
