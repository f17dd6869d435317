# Argument errors of str methods: counts, keywords, types, slice bounds (CPython 3.11 messages).
for expr in ["'a'.find(1,2,3,4)", "'a'.find()", "'a'.startswith('a',1,2,3)", "'a'.count(x=1)", "'a'.center(1,2,3)", "'a'.center()", "'a'.strip(1,2)", "'a'.replace('a')", "'a'.replace('a','b',1,2)", "'a'.maketrans()", "str.maketrans(x=1)", "'a'.maketrans(1,2,3,4)", "'a'.split(1,2,3)", "'a'.split(x=1)", "'a'.encode(1,2,3)", "'a'.join()", "'a'.translate(1,2)", "'a'.partition()","'a'.removeprefix()", "'a'.splitlines(True, 1)", "'a'.find('a','x')", "'a'.find('a',None,'x')", "'a'.startswith('a','x')", "'a'.count('a',1.0)", "'a'.index('a', 2**70)", "'abc'.find('b', -2**70, 2**70)", "'a'.encode(errors=1)", "'a'.encode(encoding=None)", "'a'.encode('utf-8', None)", "'a'.split(None, None)", "'a'.split('a', 1.0)","'a'.split(maxsplit=2**70)", "'a'.rsplit('', 1)", "'a'.splitlines(1.5)", "'a'.splitlines(None)", "'a'.expandtabs(1.5)", "'a'.zfill(1.5)", "'a'.center(2, 1)", "'a'.center(2, 'ab')", "'a'.center(1.5)", "'a'.startswith(1)", "'a'.startswith((1,))", "'a'.endswith(['a'])", "'a'.strip(1)", "'a'.lstrip(b'a')", "'a'.partition(1)", "'a'.removesuffix(1)", "'a'.count(1)", "'a'.join([1])", "'a'.join(5)", "'a'.join(None)", "'a'.translate(5)", "str.maketrans('ab','c')", "str.maketrans(1)", "str.maketrans('a',1)", "str.maketrans('a','b',1)", "str.maketrans({'ab':1})", "str.maketrans({1.5:1})", "'a'.format_map(1)", "'{x}'.format_map(1)", "'a'.replace(1,'a')","'a'.replace('a','b','c')", "'a'.__contains__(1)", "'a'.__getitem__('x')", "'a'.__mod__(1)", "'a'.__lt__(1)", "'a'.__eq__(1)", "str.upper(1)", "str.center(1, 2)", "str.join(1, [])", "str.find(None, 'a')", "str.maketrans('a', 'b', 'c', 'd')", "'a'.isdigit(x=1)"]:
    try:
        r = eval(expr); print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

# a table: every public str method x argument shapes (keywords only for the
# Argument Clinic methods: the old-style ones word the error by call form)
varargs = {'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'format', 'format_map'}
argsets = [(), (1,), ('x',), ('a', 'x'), ('a', 1), (1, 'a'), (None,), ('a', None), ('a', 'b', 'c'), ('a', 0, 'x'),
           ('a', 1, 2, 3), (5,), ([1],), (['a', 'b'],), ('',), ('a', -1), ('a', 2.0), (2.0,), (b'a',), (('a', 'b'),), ({'a': 1},)]
kwsets = [{}, {'x': 1}, {'sep': 1}, {'maxsplit': 'a'}, {'errors': 1}, {'encoding': 1}, {'keepends': 'x'}, {'tabsize': 'x'},
          {'sep': ''}, {'maxsplit': 1, 'sep': 'b'}]
for m in [m for m in dir(str) if not m.startswith('_') and m != 'format_map']:
    for a in argsets:
        for kw in kwsets:
            if kw and (m in varargs or a not in [(), ('a',), ('x',)]):
                continue
            try:
                out = repr(getattr('abca\tb', m)(*a, **kw))
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(m, a, kw, out)
