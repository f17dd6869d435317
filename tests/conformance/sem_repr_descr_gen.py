class P:
    __slots__ = ('x', '__y')
print(P.x, int.real, P._P__y, float.imag)
def gen(): yield 1
class K:
    def m(self): yield 2
g = gen(); print(repr(g).split(' at ')[0]); print(repr(K().m()).split(' at ')[0]); print(repr((i for i in [])).split(' at ')[0])
def outer():
    def inner(): yield 1
    return inner()
print(repr(outer()).split(' at ')[0])
