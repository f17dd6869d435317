# bytearray: item/slice assignment and deletion, mutating methods, += and *=
b = bytearray(b'abcdef')
b[0] = 65; b[-1] = 70
print(b)
b[1:3] = b'XYZ'; print(b)
b[1:4] = b''; print(b)
b[2:2] = [48, 49]; print(b)
b[::2] = b'...'; print(b)
b[::-1] = bytearray(b'123456'); print(b)
b[4:1] = b'<>'; print(b)
b[::2] = b''; print(b)
b[:] = b; print(b)
b[1:] = memoryview(b'mv'); print(b)
b[len(b):] = range(3); print(b)
del b[0]; print(b)
del b[-1]; print(b)
del b[::2]; print(b)
del b[:]; print(b, len(b))
b = bytearray(b'hello')
b.append(33); b.extend(b' ok'); b.extend([1, 2]); b.extend(x for x in (3,)); b.extend(bytearray(b'!'))
print(b)
b.insert(0, 62); b.insert(-1, 60); b.insert(100, 95); b.insert(-100, 94); print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(108); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c)
x = bytearray(b'ab'); y = x
x += b'cd'; x += bytearray(b'e'); x += memoryview(b'f')
print(x, y, x is y)
x *= 2; print(x, y is x)
x *= 0; print(x, y)
b = bytearray(b'xyz')
b.extend(b); print(b)
try:
    b += b
except BufferError as e:
    print('BufferError:', e)
b[1:3] = b; print(b)
b = bytearray(b'abc')
b.__init__(b'new'); print(b)
b.__init__(); print(b)
b = bytearray(b'0123456789')
for i, v in enumerate(b):
    if i < 3:
        b.append(v)
print(b)
it = iter(b); next(it); b.clear(); print(list(it))
b = bytearray(b'ab')
b[0] += 1; b[1] |= 0x20; print(b)
class Idx:
    def __index__(self):
        return 1
b[Idx()] = 90; print(b, b[Idx()], b.pop(Idx()), b)
b = bytearray(b'mutable')
b[True] = 85; print(b)
