# bytearray: the bytes methods, returning bytearray where CPython does
b = bytearray(b'  Hello, World  ')
for name in ('strip', 'lstrip', 'rstrip', 'upper', 'lower', 'swapcase', 'title', 'capitalize',
             'split', 'rsplit', 'splitlines', 'isalpha', 'isspace', 'isascii', 'islower', 'isupper',
             'istitle', 'isalnum', 'isdigit', 'hex', 'decode', 'expandtabs'):
    r = getattr(b, name)()
    print(name, r, type(r).__name__)
print(b.strip(b' H'), b.split(b','), b.split(maxsplit=1), b.rsplit(None, 1), b.partition(b','), b.rpartition(b'x'))
print(b.replace(b'l', b'L'), b.replace(b'', b'.'), b.count(b'l'), b.count(108), b.find(b'o'), b.rfind(b'o'), b.index(b'W'))
print(b.find(b'o', 8), b.find(b'o', -3), b.rindex(b'l'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b.center(20, b'*'), b.ljust(18), b.rjust(18, b'.'), bytearray(b'-5').zfill(4), bytearray(b'a\tb').expandtabs(3))
print(b.removeprefix(b'  '), b.removesuffix(b'x'), bytearray(b'a\nb\r\nc').splitlines(True))
t = bytearray.maketrans(b'lo', b'01')
print(type(t).__name__, b.translate(t), b.translate(None, b' l'), bytes(b).translate(t))
print(bytearray(b'%s=%d') % (b'x', 5), bytearray(b'%c%c') % (65, b'B'))
print(bytearray(b',').join([b'a', bytearray(b'b')]), bytearray().join([]))
print(bytearray(b'abc').hex(':', 1), bytearray(b'abc').hex(b'-', -2))
print(bytearray.fromhex(''), type(bytearray.fromhex('00')).__name__)
s = bytearray(b'x,y')
parts = s.split(b',')
parts[0][0] = 88
print(parts, s)
print(b'ab'.find(bytearray(b'b')), b'ab'.split(bytearray(b'a')), b'ab'.replace(bytearray(b'a'), memoryview(b'c')))
print(b'abc'.startswith(bytearray(b'ab')), b'a,b'.partition(bytearray(b',')), b'xy'.strip(bytearray(b'x')))
print(b'ab' + bytearray(b'c') == b'abc', bytearray(b'abc') in [b'abc'], b'abc' in {bytes(bytearray(b'abc'))})
print(bytearray(b'Abc').swapcase().upper().lower())
print(b'aaa'.replace(b'a', b'b', 2), b'aaa'.replace(b'', b'-', 2), b'aaa'.replace(b'a', b'b', -5), b'aaa'.replace(b'a', b'b', 0))
print(bytearray(b'abab').replace(b'b', b'', 1), b'aaa'.replace(b'', b'-'), b''.replace(b'', b'x', 1), b''.replace(b'', b'x', 0))
for a in [(b'a',), (b'a', b'b', 'x'), (b'a', b'b', 1, 2)]:
    try:
        b'a'.replace(*a)
    except TypeError as e:
        print(e)
try:
    bytearray(b'a').replace(b'a', b'b', count=1)
except TypeError as e:
    print(e)
