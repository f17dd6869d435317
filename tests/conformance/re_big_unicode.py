# re: 100k-char subjects (no native recursion limits), non-ASCII subjects (char indices), word/number scans
import re

s = 'ab' * 50000
print(len(re.match(r'(?:ab)*', s).group()), re.match(r'(ab)*$', s).span(1))
print(re.match(r'(a|b)*c', s), re.search(r'(?:a|b)*?$', s).span())
print(len(re.findall(r'a', s)), len(re.sub('b', '', s)), len(re.split('a', s)))
print(re.match(r'.*', 'x' * 100000).end(), re.match(r'(.)*', 'x' * 100000).span(1))
print(re.search(r'x+y', 'x' * 5000 + 'y').span(), re.search(r'(x+x+)+z', 'x' * 20))
t = ('word%d 12.5 ' % 7) * 20000
print(len(re.findall(r'\w+', t)), len(re.findall(r'\d+(?:\.\d+)?', t)), sum(1 for _ in re.finditer(r'\s', t)))
print(re.search(r'(\w+)\s+\1', 'x ' * 10000 + 'dup dup').span())

u = 'naïve café — ünïcödé 𝄞 text'
print(re.findall(r'\w+', u), [m.span() for m in re.finditer(r'\w+', u)])
print(re.search('é', u), re.sub(r'[^\x00-\x7f]', '?', u), re.split(r'\s+', u))
print(re.search(r'(?i)ÜNÏ', u), re.match(r'.{3}', '𝄞𝄞𝄞𝄞').span(), re.findall(r'[à-ÿ]', u))
print(re.search(r'c\w+', u).span(), re.compile(r'\w+').search(u, 6).span(), re.compile('é').findall(u, 0, 10))
big = 'é' * 30000 + 'x'
print(re.search('x', big).span(), len(re.findall('é', big)), re.sub('é+', '-', big))
print(re.fullmatch(r'[\u0400-\u04ff ]+', 'Привет мир'), re.findall(r'\d', '٣4۵'))
for n in (100, 100000):
    try:
        print(n, bool(re.compile('(?:' * n + 'a' + ')' * n).match('a')), bool(re.compile('(' * n + 'a' + ')' * n).match('a')))
    except RecursionError:
        print(n, 'RecursionError')
