# complex(): numbers, strings (all accepted forms, underscores, parens, spaces), complex parts, __complex__/__float__/__index__, subclasses, errors
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.0), complex(-0.0), complex(0, -0.0))
print(complex(real=1, imag=2), complex(imag=3), complex(real=-1), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(1j))
for s in ['1+2j', '(1-2j)', ' ( 1.5e3-2.5E-1J ) ', 'j', '-j', '+J', '1+j', '1-j', '-1.5', '2j', 'inf', '-infj', 'nan+nanj',
          'infinity-INFINITYj', '1_000+2_0j', '  3  ', '\t1e5j\n', '.5-.5j', '1.+2.j', '0x1', '1e', '1+', '(1+2j', '1+2j)', '',
          ' ', '()', '1 + 2j', '1+2jj', 'j1', '1__0', '_1', '1_', '1_j', '1e1_0', '١٢+٣j', '1\u30002j', 'abc', '1+2i', '+-1j', '- 1j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
z = 1 + 2j
print(complex(z) is z)

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class C:
    def __complex__(self):
        return 3 - 4j

class Bad:
    def __complex__(self):
        return 5

class MyComplex(complex):
    def __repr__(self):
        return 'MyComplex(%r)' % complex(self)

print(complex(F()), complex(F(), F()), complex(I()), complex(1, I()), complex(C()), complex(C(), 1))
m = MyComplex(1, 2)
print(m, type(m).__name__, isinstance(m, complex), m + 1, m * m, m.real, m.imag, m.conjugate(), complex(m), type(complex(m)).__name__)
print(m == 1 + 2j, hash(m) == hash(1 + 2j), abs(MyComplex(3, 4)), -m, bool(MyComplex()), MyComplex('1+1j'), format(m, '.1f'))
print(complex.__new__(MyComplex, 5), complex.__add__(1j, 2), complex.__add__(1j, 'a'), complex.__rsub__(1j, 2), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j))
print((2 + 3j).__getnewargs__(), (1j).__complex__(), complex.conjugate(3 - 1j), complex.real.__get__(2j), (1 + 1j).__abs__())
for args in [('1', 2), (1, '2'), (None,), (1, None), ([],), (1, []), (b'1',), (Bad(),), (1, 2, 3), ('1', '2')]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: complex(x=1), lambda: complex(1, real=2), lambda: complex(10 ** 400), lambda: complex(1, 10 ** 400),
          lambda: complex.__add__(1, 1j), lambda: complex.conjugate(1), lambda: complex.__pow__(1j, 2, 3), lambda: (1j).real.foo,
          lambda: complex.__format__(1j), lambda: complex.__format__(1j, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
