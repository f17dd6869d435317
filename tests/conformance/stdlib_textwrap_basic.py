# textwrap: wrap/fill (hyphens, long words, indents, max_lines), shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known, often-quoted pangram "
        "uses every letter; supercalifragilisticexpialidocious words get broken too.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 24))
print(textwrap.fill(text, 20, break_on_hyphens=False))
print(textwrap.fill(text, 25, initial_indent='- ', subsequent_indent='  '))
print(textwrap.wrap(text, 18, max_lines=3))
print(textwrap.wrap('short', 10), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('abcdefghijklmnop', 5, break_long_words=False))
print(textwrap.fill('One.  Two! three? Four.', 12, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!   This is a longer sentence.', width=20))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello world', 10, placeholder='...'))
block = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n  \n   y')))
print(textwrap.indent('line one\n\nline three\n', '> '))
print(textwrap.indent('a\nb\n', '+', lambda line: True), end='')
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
