# pprint: short objects unchanged, long dicts/lists/tuples/sets/strings wrapped as CPython does; width/indent/compact/depth.
import pprint

data = {'name': 'tauraro', 'numbers': list(range(30)), 'nested': {'b': [1, 2, {'deep': (1, 2, 3)}], 'a': 'x' * 40},
        'words': 'the quick brown fox jumps over the lazy dog ' * 3, 'empty': [], 'one': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(data, depth=1)
print(pprint.pformat({'z': 1, 'a': 2}), pprint.pformat({'z': 1, 'a': 2}, sort_dicts=False))
pprint.pp({'z': [1] * 30, 'a': 2})
print(pprint.saferepr([1, {'b': 2, 'a': 1}]), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec))
pprint.pprint(('line one\nline two ' * 4,))
