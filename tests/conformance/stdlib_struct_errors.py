# struct: CPython's error messages (range errors per byte order, bad formats, wrong counts, buffer sizes)
import struct
cases = [('b',200),('b',-129),('B',-1),('B',256),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('n',2**63),('N',-1),('P',-1),('e',1e6),('f',1e40),('c',b'ab'),('c',1),('s',1),('p',1),('b','x'),('f','x'),('b',1.5),('x',1),('?',[])]
for order in '@<>=':
  for c,v in cases:
    try: print(order+c, struct.pack(order+c, v))
    except Exception as e: print(order+c, type(e).__name__, e)
for f in ['3', 'z', '<n', '>P', 'ii ', ' i i', '2x3s', '0s', '-1i', '99999999999999999999i']:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
for a in [('ii',1),('ii',1,2,3),('i',)]:
    try: struct.pack(*a)
    except Exception as e: print(a, type(e).__name__, e)
try: struct.unpack('i', b'ab')
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'ab')
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'abcdef', 4)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'abcdef', -8)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'abcdef', 7)
except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('i', b'abcdef'))
except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('', b'abcdef'))
except Exception as e: print(type(e).__name__, e)
try: struct.Struct(1)
except Exception as e: print(type(e).__name__, e)
try: struct.pack(1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack('i', 'abcd')
except Exception as e: print(type(e).__name__, e)
try: struct.pack()
except Exception as e: print(type(e).__name__, e)
print(struct.error.__mro__, struct.error.__module__, issubclass(struct.error, Exception))
for f in ['\xe9', '<\x00i']:
    try: struct.calcsize(f)
    except Exception as e: print(type(e).__name__, e)
for off in [2**70, -2**62, 2**62]:
    try: struct.unpack_from('i', b'1234', off)
    except Exception as e: print(type(e).__name__, e)
for c, v in [('i', 2**100), ('>q', -2**100), ('P', 2**64), ('P', -2**63 - 1), ('e', 2**2000)]:
    try: struct.pack(c, v)
    except Exception as e: print(type(e).__name__, e)
