# %-formatting and __format__ argument errors: messages as CPython (keyed fields consume the mapping, '*' arguments, mapping-like arguments).
cases = [
    "'%(x)s %s' % {'x': 1}", "'%s %(x)s' % {'x': 1}", "'%(x)s %*d' % {'x': 1}", "'%(x)*d' % {'x': 1}",
    "'%(x)s %(y)s' % {'x': 1, 'y': 2}", "'%(x)s' % 5", "'%(x)s' % (1,)", "'%s %s' % {'x': 1}", "'%s' % {'x': 1}",
    "'%s %s' % ({'x': 1},)", "'%(x)s' % []", "'' % []", "'' % range(3)", "'' % b'x'", "'%(x)s' % b'abc'",
    "'' % 'x'", "'' % 5", "'' % {1}", "'%s' % [1]", "'%s %s' % [1]", "'%(x)s' % 'abc'", "'' % {}",
    "b'' % []", "b'' % 'x'", "b'' % b'x'", "b'%(x)s' % {'x': b'1'}",
    "'%d' % '1'", "'%x' % 1.5", "'%c' % 'ab'", "'%c' % 2**70", "'%z' % 1", "'%' % ()", "'%(x' % {'x': 1}",
    "'%s' % ()", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % None", "'%.*f' % (2, 1.0, 3)",
    "(3).__format__(5)", "(3.0).__format__(5)", "True.__format__(5)", "(3).__format__()", "(3).__format__('d', 1)",
    "(3.5).__format__()", "True.__format__('x', 2)",
    "object().__format__('x')", "format(object(), 'x')", "'{:x}'.format(object())", "'{:d}'.format('a')",
    "'{:s}'.format(1)", "'{:=}'.format('a')", "'{:,s}'.format('a')", "format(1, 'q')", "format(1.0, 'd')",
    "format('a', 'd')", "format(1, '.2')", "format(1, 'c')", "format(-1, 'c')", "format(2**70, 'c')",
    "format(True, 'x')", "format(1, '\\x00')", "format(1.5, ',_')", "format(1.5, '_,')", "format(1, 'z')",
    "format(1.5, '#')", "format('a', 'z')", "format(1, '=5s')", "format(2**2000, 'e')",
]
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '!!', type(e).__name__, str(e)[:100])
