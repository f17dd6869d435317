# collections.defaultdict (list/int/lambda factories, __missing__, repr) and OrderedDict (move_to_end, popitem).
from collections import defaultdict, OrderedDict

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd)
print(dict(dd), dd['new'], len(dd), 'zz' in dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(nested['x']['y'], dict(nested['x']))
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
print(dd.default_factory is list, defaultdict(int, {'q': 1}))
od = OrderedDict()
od['one'] = 1
od['two'] = 2
od['three'] = 3
print(od)
od.move_to_end('one')
print(list(od))
od.move_to_end('three', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
