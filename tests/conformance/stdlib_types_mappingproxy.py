# types: MappingProxyType, a read-only view of a mapping (lookups, views, |, ==, str/repr, errors)
import types
d = {'a': 1, 'b': 2}
m = types.MappingProxyType(d)
print(m, repr(m), type(m).__name__, len(m), m['a'], m.get('z', 0), 'a' in m, list(m), list(m.keys()), list(m.values()), list(m.items()))
d['c'] = 3
print(m, m.copy(), m | {'z': 1}, {'y': 0} | m, m == d, m == {'a': 1}, str(m))
for f in [lambda: m.__setitem__('a', 1), lambda: types.MappingProxyType(1), lambda: types.MappingProxyType([1]), lambda: m['q'], lambda: hash(m), lambda: m.pop('a'), lambda: m.update({})]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
try:
    m['x'] = 1
except TypeError as e: print(e)
try:
    del m['a']
except TypeError: print('TypeError on del')
print(list(reversed(m)), dict(m), sorted(m, reverse=True))
import collections
print(types.MappingProxyType(collections.OrderedDict(x=1)))
import types; print(types.MappingProxyType, types.MappingProxyType.__name__)
