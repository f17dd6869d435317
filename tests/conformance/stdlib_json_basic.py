# json.dumps (indent, sort_keys, separators, default, ensure_ascii, special floats) and json.loads (+ errors).
import json

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None, 'pi': 3.14159, 'n': {'x': [1, 2.5, -3e-7]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, [2, [3, {}]], []], indent=4))
print(json.dumps(data['n'], separators=(',', ':')), json.dumps({'a': 1}, indent='\t'))
print(json.dumps('héllo "q" \\ \n\t\x01 \u20ac \U0001f600'), json.dumps('héllo €', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'null'}), json.dumps((1, 2)))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 10**30, -0.0, 1.0]))
print(json.dumps({'s': {1, 2}} if False else {'x': 'y'}, default=str), json.dumps({1, 2} and [3], default=list))
print(json.dumps([range(3)], default=lambda o: [o.start, o.stop]))
for bad in [{(1, 2): 3}, [object()] and [set()], float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError:', e)
text = '{"a": [1, 2.0, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00", "big": 123456789012345678901234567890}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__)
print(json.loads(' [ ] '), json.loads('{}'), json.loads('"x"'), json.loads('-0'), json.loads('NaN') != 0, json.loads('1E5'))
print(json.loads(json.dumps(data)) == data, json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('{"k": 1}', object_pairs_hook=list))
for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '"abc', '[1] x', 'tru', '"\\x"', '"a\nb"', '01', '{"a": [1, }', '\n\n  [1 2]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, '|', e.pos, e.lineno, e.colno, isinstance(e, ValueError))
