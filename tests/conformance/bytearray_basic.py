# bytearray: constructors, repr/str, len, indexing, slicing, comparisons, interop with bytes
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([104, 105]))
print(bytearray('héllo', 'utf-8'), bytearray('abc', 'ascii', 'strict'))
print(bytearray(range(5)), bytearray(memoryview(b'xyz')), bytearray(bytearray(b'q')))
b = bytearray(b'hello world')
print(len(b), b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:])
print(str(b), f"{b}", '%r|%s' % (b, b), repr(bytearray(b'a\x00\'"\n\xff')))
print(b == b'hello world', b'hello world' == b, b != b'x', b == bytearray(b'hello world'))
print(b < b'hello xorld', b'a' < bytearray(b'b'), bytearray(b'b') >= bytearray(b'b'), b > b'z')
print(b == 'hello world', bool(bytearray()), bool(b))
print(104 in b, b'lo w' in b, bytearray(b'wor') in b, 200 in b, b'' in b, memoryview(b'ell') in b)
print(b + b'!', b'>' + b, b + bytearray(b'?'), b + memoryview(b'.'), type(b'>' + b).__name__)
print(bytearray(b'ab') * 3, 2 * bytearray(b'xy'), bytearray(b'ab') * 0, bytearray(b'ab') * -2)
print(list(bytearray(b'abc')), sorted(bytearray(b'cab')), sum(bytearray(b'\x01\x02')), max(b))
print(bytes(b), type(bytes(b)).__name__, list(reversed(bytearray(b'abc'))))
print(isinstance(b, bytearray), isinstance(b, bytes), type(b), bytearray.__name__, bytearray.__module__)
print(type(iter(b)).__name__, [x for x in bytearray(b'hi')], dict.fromkeys(bytearray(b'aa')))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(bytearray(b'\xff'), 'little', signed=True))
print(b''.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'-'.join([bytearray(b'x'), bytearray(b'y')]))
print(bytearray(b'-').join([b'a', bytearray(b'b')]), bytearray.fromhex('de ad BE EF'))
print(bytearray(b'\x00\xff').hex(), bytearray(b'abc').hex(':'), bytearray(b'abcdef').hex('-', 2))
import copy
c = copy.copy(b)
c[0] = 72
print(c, b, c is b, copy.deepcopy(b) == b)
class B(bytearray):
    def first(self):
        return self[0]
x = B(b'sub')
print(x, repr(x), x.first(), len(x), x + b'!', type(x + b'!').__name__, isinstance(x, bytearray))
x.append(33)
print(x, type(x.upper()).__name__, B.fromhex('41'), type(B.fromhex('41')).__name__)
class C(bytearray):
    def __init__(self, n):
        super().__init__(b'c' * n)
print(C(3), len(C(4)))
print(bytearray(b'%d-%s-%r') % (5, b'x', b'y'), b'%s' % bytearray(b'in'))
print(bytearray(b'abc').decode(), bytearray(b'\xc3\xa9').decode('utf-8'), str(bytearray(b'hi'), 'ascii'))
