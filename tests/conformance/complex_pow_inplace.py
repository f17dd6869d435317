# complex: augmented-assignment TypeErrors, f-string = and conversions, negative float bases to fractional powers become complex (incl. overflow and zero-base errors)
z = 1j
for op in ['//=', '%=', '&=', '<<=', '@=']:
    try:
        exec('z ' + op + ' 2')
    except TypeError as e:
        print(e)
import sys
print(sys.getsizeof(1j) > 0, (1j).__sizeof__() > 0)
print(f'{z=}', f'{z*2=:.1f}', f'{-z!r:>8}')
print(divmod(7, 2), 3 ** -1, (-1) ** 0.5, pow(-27, 1/3), (-2.0) ** -0.5, 0.0 ** -0.5 if False else 0)
try:
    print((-8.0) ** float('inf'), (-8.0) ** float('-inf'), float('-inf') ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print(e)
print((-1e300) ** 1.5 if False else 'skip')
try:
    print((-1e200) ** 2.5)
except OverflowError as e:
    print('OverflowError', e)
