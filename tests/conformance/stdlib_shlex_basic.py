import shlex
for s in ['a b c', "a 'b c' d", 'a "b \\" c" d', 'echo $HOME; ls -l | wc', 'a\\ b c', "x='y z'", '# comment\nword', '']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # b', comments=True))
print(shlex.split('a "b', posix=True) if False else '')
try:
    shlex.split('a "b')
except ValueError as e:
    print('ValueError:', e)
try:
    shlex.split("a 'b")
except ValueError as e:
    print('ValueError:', e)
for s in ['', 'abc', 'a b', "it's", 'x$y', 'safe-_@%+=:,./', 'tab\there']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
lex = shlex.shlex('a=b, c="d e"; f(g)', posix=True)
print(list(lex))
lex = shlex.shlex('ls -la && echo "hi there" || cat <file>', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo bar 'baz qux'")
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one two')
lex.push_token('zero')
print(list(lex), lex.lineno)
print(shlex.split('a\nb\tc  d'))
