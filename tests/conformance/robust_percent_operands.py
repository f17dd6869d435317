# bytes % and str % with bytes/list/dict/tuple/range operands (mapping or not), format()'s spec type error
for args in (b'', b'x', [], {}, (), range(0)):
    for fmt in (b'', b'abc', b'%s', b'%(a)s', b'%%'):
        try:
            print(fmt, type(args).__name__, repr(fmt % args))
        except Exception as e:
            print(fmt, type(args).__name__, type(e).__name__, e)
for args in (b'', b'x', [], {}, (), range(0)):
    for fmt in ('', 'abc', '%s', '%(a)s', '%%'):
        try:
            print(fmt, type(args).__name__, repr(fmt % args))
        except Exception as e:
            print(fmt, type(args).__name__, type(e).__name__, e)
for spec in (None, 5, b'x', 'd'):
    try:
        print(repr(format(1, spec)))
    except TypeError as e:
        print("TE", e)
