for f in [lambda: b'abc'.find(300), lambda: b'abc'.find(1.5), lambda: b'abc'.find('b'), lambda: b'abc'.count(98), lambda: b'abc'.hex('::'), lambda: b'abcdef'.hex(':', 2), lambda: b'abcde'.hex(':', 2), lambda: b'abcde'.hex(':', -2), lambda: b'abcde'.hex(b'-', 3),
          lambda: b'abc'.hex(b'-'), lambda: b'abc'.hex(':'), lambda: b'abc'.hex(5), lambda: b'a b c'.split(maxsplit=1), lambda: b'  a b c  '.split(None, 1), lambda: b' a  b '.split(), lambda: b'a,b,c'.split(b',', -1), lambda: b'a,b,c'.split(sep=b',', maxsplit=1), lambda: b'a,b,c'.split(b',', 0),
          lambda: b' a b '.split(None, 0), lambda: b''.split(), lambda: b'abc'.hex(''), lambda: b''.hex(':'), lambda: b'x'.split(b''), lambda: b'a b'.split(1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: bytes(1.5), lambda: bytes(None), lambda: bytes([1, 'a']), lambda: bytes([300]), lambda: bytes(iter([1, 2])), lambda: bytes('a', 'nope'), lambda: bytes(3), lambda: bytes(x for x in b'hi')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
