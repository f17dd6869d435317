# bytes: ASCII predicates, capitalize/swapcase/title, ljust/rjust/center, partition/rpartition, removeprefix/removesuffix.
samples = [b'', b'abc', b'ABC', b'Hello World', b'hello world 42', b'123', b' \t\n', b'a1', b'\xe9t\xc9', b'mIxEd cAsE-x_y', b"they're bill's", b'\x00\x7f']
for b in samples:
    print(b, b.isalnum(), b.isalpha(), b.isdigit(), b.isspace(), b.isascii(), b.islower(), b.isupper())
    print('  ', b.capitalize(), b.swapcase(), b.title())
    print('  ', b.ljust(8), b.rjust(8, b'*'), b.center(9, b'-'), b.center(2), b.partition(b'l'), b.rpartition(b'l'), b.removeprefix(b'he'), b.removesuffix(b'ld'))
for e in ["b'a'.center(5, 'x')", "b'a'.center(5, b'xy')", "b'a'.ljust('3')", "b'a'.partition(b'')", "b'a'.partition('a')", "b'a'.isalpha(1)", "b'a'.title(x=1)",
          "b'a'.removeprefix()", "b'a'.rjust()", "b'a'.ljust(10**12)", "b'abc'.center(6, bytearray(b'z')) if False else 0"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
class B(bytes): pass
print(B(b'ab').center(6), B(b'xYz').swapcase(), type(B(b'q').title()).__name__)
