# keyword, token, tokenize (generate_tokens / tokenize / untokenize / detect_encoding), graphlib.
import keyword, token, tokenize, io, graphlib
from graphlib import TopologicalSorter, CycleError

print(len(keyword.kwlist), keyword.kwlist[:6], keyword.softkwlist, keyword.iskeyword('while'),
      keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('True'))
print(token.NAME, token.OP, token.tok_name[token.NUMBER], token.EXACT_TOKEN_TYPES['**='], token.ISTERMINAL(token.NAME),
      token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.N_TOKENS)

src = '''def f(a, b=2):
    """doc"""
    return a ** b  # power
x = f(3) + 0x1F - 1.5e3j
if x:
    s = f"{x!r:>10}" 'tail'
    y = [i for i in range(3)]\\
        + [4]
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end, tok.exact_type == tok.type)
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(toks[0].type == tokenize.ENCODING, toks[0].string, len(toks))
print(tokenize.untokenize(toks).decode() == src)
print(tokenize.untokenize([(t.type, t.string) for t in toks])[:40])
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n    a\n  b\n').readline))
except IndentationError as e:
    print('IndentationError', e.msg)

ts = TopologicalSorter({'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))
try:
    list(TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))
ts = TopologicalSorter({1: [2]})
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print('ValueError', e)
try:
    ts.add(3)
except ValueError as e:
    print('ValueError', e)
try:
    TopologicalSorter().done(1)
except ValueError as e:
    print('ValueError', e)
