# memoryview: errors (read-only, sizes, released views, bad types, unsupported casts)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
m = memoryview(b'abc')
t(lambda: memoryview(5))
t(lambda: memoryview('abc'))
t(lambda: memoryview())
t(lambda: m.__setitem__(0, 1))
t(lambda: m.__delitem__(0))
t(lambda: m[3])
t(lambda: m[-4])
t(lambda: m['x'])
t(lambda: m[1.0])
t(lambda: m[::0])
t(lambda: m[10**20])
w = memoryview(bytearray(b'abc'))
t(lambda: w.__setitem__(0, 256))
t(lambda: w.__setitem__(0, -1))
t(lambda: w.__setitem__(0, 'a'))
t(lambda: w.__setitem__(0, 1.5))
t(lambda: w.__setitem__(slice(0, 2), b'xyz'))
t(lambda: w.__setitem__(slice(0, 2), 5))
t(lambda: w.__setitem__(3, 1))
t(lambda: w.__delitem__(0))
t(lambda: w.cast('c').__setitem__(0, b'xy'))
t(lambda: w.cast('c').__setitem__(0, 65))
t(lambda: w.cast('b').__setitem__(0, 200))
t(lambda: hash(w))
t(lambda: w.cast('x'))
t(lambda: w.cast(5))
t(lambda: w[::2].cast('B'))
t(lambda: m.tobytes('Z'))
t(lambda: m < m)
t(lambda: m + m)
r = memoryview(b'xyz')
r.release()
for f in (lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: r.tolist(), lambda: r.hex(),
          lambda: r.readonly, lambda: r.nbytes, lambda: r.format, lambda: r.obj, lambda: r.shape,
          lambda: r.cast('B'), lambda: bytes(r), lambda: list(r), lambda: memoryview(r), lambda: hash(r),
          lambda: r[0:1], lambda: r.toreadonly()):
    t(f)
def use_after_with():
    with memoryview(bytearray(b'q')) as v:
        pass
    return v[0]
t(use_after_with)
ba = bytearray(b'1234')
v1 = memoryview(ba)
v2 = v1[1:]
v1.release()
t(lambda: ba.append(1))
v2.release()
ba.append(53)
print(ba)
it = iter(memoryview(b'ab'))
print(next(it), next(it))
t(lambda: next(it))
