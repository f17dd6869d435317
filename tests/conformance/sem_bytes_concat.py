# bytes + non-bytes: CPython's "can't concat X to bytes" unless the right operand's __radd__ answers
class B(bytes): pass
class R:
    def __radd__(self, o): return 'radd'
for f in [lambda: b'a' + 'b', lambda: b'a' + 1, lambda: B(b'x') + 2, lambda: b'a' + R(), lambda: b'a' + b'b', lambda: 'a' + b'b']:
    try: print(f())
    except TypeError as e: print(e)
