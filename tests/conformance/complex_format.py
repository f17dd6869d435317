# complex: format()/f-strings/str.format with every presentation type, width/fill/align, sign, grouping, and CPython's errors
vals = [1 + 2j, 1j, -1j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1234567.891 - 0.000123j, complex(float('nan'), float('-inf')), 2.5e20 + 3e-7j]
specs = ['', 'g', '.2f', '.3', '.0e', 'E', 'F', 'G', '+', ' ', '-', '+.1f', ' .2g', '>20', '<20', '^20', '*^24', '20.3f', ',', '_.2f', ',.1f',
         '#', '#g', '#.0f', 'z.1f', '.10g', 'n', '.1', '15']
for z in vals:
    for s in specs:
        print(repr(s), repr(format(z, s)))
print(f'{1+2j}|{1j:>8}|{-1j:<8}|{2+0j:^10}|{3.14159+2.71828j:.3f}', '{0:.1f} {0!r:>12} {1}'.format(1.25 + 2.5j, 3j))
print('%s %r' % (1 + 2j, -1j), str(1j), '{}'.format(complex(1, -0.0)))
for s in ['d', 'x', '%', 'b', 's', 'c', '010', '0>10', '=10', '=+10', '010.2f', 'abc', '.2.3']:
    try:
        print(format(1 + 2j, s))
    except ValueError as e:
        print(s, 'ValueError', e)
