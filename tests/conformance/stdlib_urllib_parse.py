# urllib.parse: splitting, joining, quoting, query strings, as scripts use them.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes, ParseResult, SplitResult)
import urllib.parse
import urllib

u = urlparse('https://user:pw@Example.COM:8080/path/to;params?q=1&r=a+b#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(urlsplit('http://[::1]:80/a?b#c'), urlsplit('http://[::1]:80/').hostname)
print(urlsplit('mailto:someone@example.com'), urlsplit('//host/p'), urlsplit('relative/path?x'))
print(urlsplit('file:///etc/passwd'), urlparse('http://h/p;a=b'))
print(urlunparse(('http', 'h.org', '/p', '', 'a=1', 'x')), urlunsplit(('ftp', 'f', '/d/', 'q', '')))
try:
    urlsplit('http://h:notaport/').port
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../g', '../..', '../../g',
            '../../../g', 'g;x', '', '.', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'))
print(quote('a b/c?d=é&€'), quote('a b/c', safe=''), quote_plus('a b&c=d/e'), quote(b'\x00\xff'))
print(unquote('a%20b%2Fc%C3%A9%zz'), unquote_plus('a+b%2B'), unquote('%E2%82%AC', encoding='utf-8'),
      unquote('%ff'), unquote('%ff', errors='strict') if False else '')
print(quote_from_bytes(b'abc def'), unquote_to_bytes('a%20%FF'))
print(urlencode({'q': 'hello world', 'n': 1, 'l': 'é'}), urlencode([('a', 1), ('a', 2)]),
      urlencode({'k': ['x', 'y']}, doseq=True), urlencode({'s': 'a/b'}, safe='/'), urlencode({'p': 'a b'}, quote_via=quote))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('c=&d', keep_blank_values=True))
print(parse_qsl('x=1;y=2', separator=';'), parse_qsl('q=a+b%26c'), parse_qsl('a=1&a=2&b'))
try:
    parse_qsl('a', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
r = u._replace(scheme='http', fragment='')
print(r.geturl(), isinstance(u, tuple), u[0], len(u), type(u).__name__, ParseResult._fields)
print(urlsplit(b'http://h/p?q'), urljoin(b'http://h/a/b', b'c'))
print(urllib.parse.__name__, urllib.__name__, urllib.parse.uses_relative[:4])
s = SplitResult('http', 'h', '/', 'a=1', '')
print(s.geturl(), s.encode(), urlparse('HTTP://H/').scheme)
