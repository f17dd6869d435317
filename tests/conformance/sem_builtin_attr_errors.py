# messages for read-only attributes of builtin objects, slice() arity, dir() of slice/range/property, descriptor __get__, object(), str.__format__, bytes.maketrans/translate
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: setattr(1j, 'real', 2), lambda: setattr(1, 'real', 3), lambda: setattr(True, 'imag', 3),
          lambda: setattr(slice(1), 'start', 2), lambda: delattr(1j, 'real'), lambda: setattr(range(1), 'step', 1),
          lambda: setattr(property(), 'fget', 1), lambda: setattr(2.0, 'imag', 1), lambda: delattr(1, 'real'),
          lambda: setattr(1, 'bit_length', 1), lambda: setattr(1, 'nope', 1), lambda: delattr('s', 'nope'),
          lambda: slice(1, 2).ster]:
    attempt(f)
for f in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 3), lambda: object(1), lambda: object(a=1)]:
    attempt(f)
print([n for n in dir(slice(1)) if not n.startswith('_')], [n for n in dir(range(1)) if not n.startswith('_')])
print([n for n in dir(property()) if not n.startswith('_')])
print(slice(1, 5, 2).start, range(2, 9, 3).step, property(len).fget is len)

def f(self):
    return ('f', self)
class C:
    pass
print(f.__get__(5)(), f.__get__(None, C) is f, staticmethod(f).__get__(None, C) is f)
print(classmethod(f).__get__(None, C)()[1] is C, classmethod(f).__get__(C())()[1] is C)
attempt(lambda: classmethod(f).__get__(None))
print(str.__format__('ab', '>5') + '|', str.__format__('xyz', '') + '|', int.__format__(7, '03'))
class S(str):
    pass
print(format(S('q'), '^5') + '|', f"{S('w'):*<3}")
attempt(lambda: str.__format__('a'))

t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], t[:3])
print(b'abcabc'.translate(t), b'hello'.translate(None, b'l'), b'hello'.translate(t, delete=b'h'))
attempt(lambda: bytes.maketrans(b'ab', b'x'))
attempt(lambda: bytes.maketrans('a', 'b'))
attempt(lambda: b'x'.translate(b'short'))
attempt(lambda: b'x'.translate())
