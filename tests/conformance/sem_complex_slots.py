# complex: slot wrappers and methods called directly: self checks, argument counts and keywords (CPython's wrap_binaryfunc/wrap_ternaryfunc/METH_NOARGS messages), NotImplemented, docs and names
for f in [lambda: complex.conjugate(), lambda: complex.__add__(), lambda: complex.__add__(1j), lambda: complex.__abs__(1j, 2), lambda: (1j).conjugate(2),
          lambda: complex.__repr__(2), lambda: complex.real.__get__(2), lambda: complex.__getnewargs__(1), lambda: complex.__complex__(1.5),
          lambda: complex.__bool__(0), lambda: complex.__neg__('a'), lambda: complex.__hash__(1j, 1), lambda: complex.__format__(1, ''),
          lambda: complex.__pow__(1j, 2, None), lambda: complex.__pow__(1j), lambda: complex.__rpow__(1j, 2, 3), lambda: complex.__eq__(1j, 1j, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(complex.__doc__[:40]), complex.real.__doc__, complex.conjugate.__name__, complex.__add__.__name__)
for f in [lambda: complex.__add__(1j, other=1), lambda: (1j).conjugate(x=1), lambda: (1j).__abs__(x=1), lambda: complex.__eq__(1j, o=1),
          lambda: complex.__add__(2, other=1), lambda: (1j).__format__('', x=1), lambda: (1j).__pow__(2, mod=None), lambda: complex.__add__(1j, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
