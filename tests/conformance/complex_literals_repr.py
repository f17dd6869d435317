# complex: imaginary literals, repr/str rules (signed zeros, nan/inf, exponents), real/imag/conjugate, bool, hash, ==
print(1j, 2.5j, 1e3j, 0j, 0J, 1_0j, .5j, 1.j, -1j, 1+2j, 1-2j, 3.25e-5j)
vals = [0j, 1j, -1j, 1+2j, -1.5-0.25j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1e16, 0), complex(1e-7, 1e22), complex(float('nan'), float('inf')),
        complex(float('-inf'), float('nan')), complex(-float('nan'), 1), complex(123456789.125, -0.1),
        complex(5e-324, 1.7976931348623157e308), complex(0.1 + 0.2, 1 / 3)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z))
print([1j, 2+0j], (1j,), {1j: 2j})
# equality with int/float/bool/complex and hashes
print(1j == 1j, 1j != 1j, complex(1, 0) == 1, 1 == complex(1, 0), complex(1, 0) == 1.0, 1.0 == complex(1, 0))
print(complex(1, 0) == True, complex(0, 0) == False, complex(1, 1) == 1, complex(2**53 + 1, 0) == 2**53 + 1)
print(complex(1, 0) != 1, 1j == 'a', 1j == None, 1j in [0, 1j], 2 in [2 + 0j])
for z in [1j, complex(3, 0), complex(-1, 0), complex(1.5, 2.5), complex(0, -0.0), complex(1e300, -1e300), complex(float('inf'), 0)]:
    print(hash(z))
print(hash(complex(3, 0)) == hash(3), hash(complex(2.5, 0)) == hash(2.5))
d = {1: 'int', 2.5: 'float'}
print(d[complex(1, 0)], d[complex(2.5, 0)], {1j: 1, 1j * 1: 2})
print(isinstance(1j, complex), type(1j), complex, type(1j).__name__, complex.__name__)
print(1j.real.__class__, (1j).imag.__class__)
for op in ['<', '<=', '>', '>=']:
    for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j)]:
        try:
            eval('a ' + op + ' b')
        except TypeError as e:
            print(e)
