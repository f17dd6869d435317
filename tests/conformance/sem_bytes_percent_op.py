class M:
    def __getitem__(self, k): return 7
class T(tuple): pass
class D(dict): pass
cases = [(b'%d', 5), (b'%i|%u', (1, 2)), (b'%5.2f', 3.14159), (b'%-6x|', 255), (b'%(a)d', {b'a': 3}), (b'%(a)s', D({b'a': b'q'})),
         (b'%(k)d', M()), (b'%s', b'xy'), (b'%r', 'z'), (b'%c%c', (65, b'B')), (b'%5s|', b'ab'), (b'%*d', (4, 2)),
         (b'%d', 'a'), (b'%f', 'a'), (b'%d %d', (1,)), (b'%d', (1, 2)), (b'%s', T((b'a',))), (b'x', M()), (b'x', {}), (b'x', 'str'),
         (b'%y', 1), (b'%c', 300), (b'%e|%G', (1e10, 2.5e-7)), (b'%%%d', 3), (b'%s', 'str'), (b'%(a', {}), (b'%(a)s', (1,))]
for f, a in cases:
    try: print(f % a)
    except Exception as e: print(type(e).__name__, e)
class B(bytes):
    def __rmod__(self, o): return 'rmod'
class R:
    def __rmod__(self, o): return 'R.rmod'
print(b'%s' % B(b'q'), B(b'%d') % 4)
try: print(b'x' % R())
except TypeError as e: print(e)
for a, b in [(5, b'a'), (b'a', 1.5j if False else 2.5), ('%s', b'b')]:
    try: print(a % b)
    except Exception as e: print(type(e).__name__, e)
x = b'%d-'
x %= 9
print(x)
