# bytearray/memoryview: __index__ that resizes, huge sizes, strided views, descriptors, GC churn, binary file write
import os
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except Exception as e:
        print(type(e).__name__ + ':', e)
ba = bytearray(b'hello world')
class Evil:
    def __index__(self):
        ba.clear()
        return 3
t(lambda: ba.find(b'o', Evil()))
ba[:] = b'hello world'
t(lambda: ba.split(b' ', Evil()))
ba[:] = b'hello world'
t(lambda: ba.zfill(Evil()))
ba[:] = b'hello world'
t(lambda: ba.__setitem__(slice(Evil(), None), b'XY'))
print(ba)
ba[:] = b'hello world'
t(lambda: ba.__getitem__(slice(Evil(), None)))
ba[:] = b'hello world'
t(lambda: bytearray(2**40))
t(lambda: bytes(2**40))
t(lambda: bytes(-5))
t(lambda: bytes(10**19))
t(lambda: bytearray(b'abc')[::10**20])
t(lambda: bytearray(b'abc')[-10**20:10**20])
t(lambda: bytearray(b'abcdef').__delitem__(slice(None, None, -2)))
x = bytearray(b'abcdef'); del x[::-2]; print(x)
x = bytearray(b'abcdef'); x[::-2] = b'XYZ'; print(x)
m = memoryview(bytearray(b'abcdef'))
print(m[::-2].tobytes(), m[::-2][::-1].tobytes(), m[5:0:-2][1:].tolist())
m[::-2] = b'123'; print(m.obj)
t(lambda: memoryview(b'abc')[::-1].hex())
t(lambda: bytes(memoryview(b'abcdef')[::2]))
t(lambda: bytearray(memoryview(b'abcdef')[::-2]))
t(lambda: b'x'.join([memoryview(b'abc')[::2]]))
t(lambda: bytearray.__new__(int))

t(lambda: bytearray.append(b'x', 1))
t(lambda: memoryview.tobytes(b'x'))
t(lambda: bytearray.fromhex('zz'))
t(lambda: bytearray(b'x').hex(10))
t(lambda: sorted([bytearray(b'b'), b'a', bytearray(b'c')]))

for i in range(2000):
    v = memoryview(bytearray(b'x' * 100))[10:20]
    w = v[::2]
    it = iter(w)
print(bytes(w), next(it))
big = bytearray()
for i in range(100000):
    big.append(i & 255)
print(len(big), big[-1], sum(big[:1000]))
with open('bytearray_hostile.tmp', 'wb') as f:
    print(f.write(bytearray(b'abc')), f.write(memoryview(b'defg')[1:]))
with open('bytearray_hostile.tmp', 'rb') as f:
    d = f.read()
print(d, bytearray(d))
os.remove('bytearray_hostile.tmp')
for f in (lambda: bytearray.__len__(5), lambda: memoryview.__len__(5), lambda: memoryview.tobytes(5),
          lambda: bytearray.__getitem__(b'x', 0), lambda: bytearray.__init__(5), lambda: bytearray.pop(b'')):
    t(f)
