# pathlib: pure path operations (parts, name/suffix/stem, parents, joining, with_*, relative_to, match, ordering)
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import pathlib

for s in ['/usr/lib/python3.11/os.py', 'a/b.tar.gz', '.bashrc', '/', '//srv/x', '///x', '', '.', 'a//b/./c/', '..', 'foo.', 'x/..']:
    p = PurePosixPath(s)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
    print('  ', repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute())
p = PurePath('/a/b/c.txt')
print(type(p).__name__, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:])
print(p.parents, PurePath('x/y').parents[1], list(PurePath('rel/dir').parents))
print(p / 'd', p / '/abs', 'pre' / PurePath('post'), p.joinpath('e', 'f'), PurePath('a', 'b', '/c', 'd'))
print(PurePath(PurePath('a'), 'b', PurePosixPath('c')))
print(p.with_name('z.py'), p.with_stem('q'), p.with_suffix('.md'), p.with_suffix(''), PurePath('a/b').with_suffix('.x'))
for bad in [lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: p.with_suffix('md'), lambda: p.with_suffix('.'),
            lambda: PurePath('/').with_name('x'), lambda: p.relative_to('/x'), lambda: PurePath('a').relative_to('/a'),
            lambda: p.relative_to(), lambda: PurePath(3), lambda: p.match(''), lambda: PurePath('a').as_uri()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.relative_to('/a'), p.relative_to('/'), p.relative_to('/a', 'b'), p.is_relative_to('/a'), p.is_relative_to('/b'))
print(p.match('*.txt'), p.match('b/*.txt'), p.match('/a/*/*.txt'), p.match('/b/*.txt'), p.match('c.*'), p.match('a/*.txt'))
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == 'a', PurePath('a') != PurePath('b'))
print(hash(PurePath('a/b')) == hash(PurePath('a/b/')), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(PurePath('a') < PurePath('b'), PurePath('a/b') >= PurePath('a'), p.as_posix(), p.__bytes__(), p.as_uri())
print(PurePath('/tmp/a b%c').as_uri())
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError', e)
print(PurePath('/a') in {PurePath('/a'): 1}, str(PurePath('x')).upper(), PurePath('a').is_reserved())
print(isinstance(Path('x'), PurePath), isinstance(Path('x'), PosixPath), type(Path('x')).__name__, Path('a', 'b'))
print(PurePath('/a/b') in PurePath('/a/b/c').parents, PurePath('/q') in PurePath('/a/b').parents)
try:
    pathlib.WindowsPath('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
import os
print(os.fspath(PurePath('a/b')), os.path.join(PurePath('/x'), 'y'))
import collections.abc
ps = PurePath('/a/b/c').parents
print(isinstance(ps, collections.abc.Sequence), ps.index(PurePath('/a')), ps.count(PurePath('/')), list(reversed(ps)))
