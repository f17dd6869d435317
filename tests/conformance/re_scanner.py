# re: Pattern.scanner (match/search with the empty-match rule) and re.Scanner lexicons
import re

sc = re.compile(r'a*').scanner('baaac')
print([sc.search() for _ in range(5)])
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
sc = re.compile(r'\w+').scanner('ab cd ef', 3)
print(sc.search().span(), sc.search().span(), sc.search())

def num(scanner, token):
    return ('NUM', int(token))

lex = re.Scanner([
    (r'\d+', num),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[+*/-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(lex.scan('x = 12 + foo*3'))
print(lex.scan('a1 + 22 - b'))
s2 = re.Scanner([(r'(a)(b)', 'AB'), (r'c', 'C')])
print(s2.scan('abcabx'))
m = re.compile('b').scanner('abab', 1, 3).search(); print(m.pos, m.endpos, m)
