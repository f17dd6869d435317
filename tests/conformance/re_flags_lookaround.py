# re: flags (I, M, S, X, A, inline and scoped), lookarounds, backrefs, atomic/possessive, conditionals
import re

print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n', re.M))
print(re.findall(r'^\w+', 'one\ntwo'), re.findall(r'(?m)^t\w*', 'one\ntwo\nthree'))
print(re.match(r'a.c', 'a\nc'), re.match(r'a.c', 'a\nc', re.S), re.match(r'(?s)a.c', 'a\nc'))
print(re.findall(r'[a-c]+', 'xAbCy', re.I), re.findall(r'(?i)k', 'Kk\u212a'), re.match(r'(?i)straße', 'STRASSE'))
print(re.match(r'(?i:ab)c', 'ABc'), re.match(r'(?i:ab)c', 'ABC'), re.match(r'a(?-i:b)', 'AB', re.I), re.match(r'a(?-i:b)', 'Ab', re.I))
print(re.findall(r'\w+', 'café naïve 42', re.A), re.findall(r'\w+', 'café naïve 42'))
print(re.findall(r'\d', '1\u0663x'), re.findall(r'\d', '1\u0663x', re.A), re.findall(r'(?a)\s', 'a\u00a0b c'))
print(re.findall(r'\s', 'a\u00a0b\x1cc d'), re.findall(r'[\W]', 'a-b_c!'), re.findall(r'[^\d\s]+', '12 ab3 c'))
pat = re.compile(r"""
    (?P<int>\d+)     # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
    \ unit           # an escaped space
""", re.X)
print(pat.match('3.14 unit').groupdict(), pat.match('42 unit').groupdict())
print(re.match(r'(?x) a b # comment', 'ab'), re.match(r'(?x)[ ]a', ' a'))
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'\Bcat', 'cat concat'))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', '$10 and 20 and $30'), re.findall(r'(?<!\$)\b\d+', '$10 and 20'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=a|b)c', 'bc'), re.match(r'(?=(a+))a*b\1', 'aaab'))
print(re.match(r'(?=(a+))', 'aaa').groups(), re.match(r'(?!(a)b)', 'ac').groups())
print(re.findall(r'(\w)\1', 'aabbcdde'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.match(r'(a)|\1', 'x'), re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.match(r'(?P<x>a)?(?(x)b|c)d', 'abd'), re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a*+a', 'aaa'), re.match(r'a++b', 'aab'))
print(re.match(r'(?:ab|a)*+c', 'ababc'), re.match(r'(?:a|ab)++c', 'abc'), re.match(r'x?+x', 'x'), re.match(r'a{1,2}+a', 'aaa'))
print(re.match(r'(?#comment)ab', 'ab'), re.match(r'a(?i)', 'a') if False else None)
print(re.match(r'[]a]+', ']a]'), re.match(r'[^]]+', 'ab]'), re.match(r'[a-]+', 'a-a'), re.match(r'[\]\-]+', ']-'))
print(re.match(r'[\d-]+', '1-2'), re.match(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), re.match(r'[\x41-\x43]+', 'ABCD'))
print(re.match(r'\t\n\\\.', '\t\n\\.'), re.match(r'[\b]', '\b'), re.match('\\.\\*', '.*'))
print(re.match(r'(?u)\w', 'é'), re.match(r'[[:alpha:]]', ':]'), re.match(r'a|b|', 'c'))
print(re.fullmatch(r'(?:\d{3}-){2}\d{4}', '555-123-4567'), re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'j.doe+x@mail.example.com'))
print(re.match(r'(a+|b+)*c', 'aabbac').groups(), re.match(r'(a|b)*?c', 'abc').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a)(?:x|(b))*', 'axbx').groups())
