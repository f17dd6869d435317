# pathlib: filesystem methods in a temporary directory (mkdir, write/read, iterdir, glob/rglob, stat, rename, unlink, rmdir, touch, resolve)
import os
from pathlib import Path

base = Path('_tmp_stdlib_pathlib_fs')
base.mkdir()
try:
    print(base.exists(), base.is_dir(), base.is_file())
    try:
        base.mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename)
    base.mkdir(exist_ok=True)
    deep = base / 'x' / 'y' / 'z'
    try:
        deep.mkdir()
    except FileNotFoundError:
        print('FileNotFoundError without parents')
    deep.mkdir(parents=True)
    print(deep.is_dir(), sorted(p.name for p in (base / 'x').iterdir()))
    f = base / 'notes.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.stat().st_size, f.is_file())
    b = base / 'data.bin'
    print(b.write_bytes(b'\x00\x01\xff'), b.read_bytes())
    (deep / 'deep.txt').write_text('d')
    (base / 'x' / 'mid.py').write_text('m')
    t = base / 'touched'
    t.touch()
    t.touch()
    print(t.exists(), t.stat().st_size)
    try:
        t.touch(exist_ok=False)
    except FileExistsError:
        print('FileExistsError on touch')
    print(sorted(str(p) for p in base.iterdir()))
    print(sorted(str(p) for p in base.glob('*.txt')), sorted(str(p) for p in base.glob('*')))
    print(sorted(str(p) for p in base.glob('x/*/')), sorted(str(p) for p in base.glob('**/*.txt')))
    print(sorted(str(p) for p in base.rglob('*.py')), sorted(str(p) for p in base.rglob('deep*')))
    print(sorted(str(p) for p in base.glob('x/y')), list(base.glob('nothing*')), sorted(p.name for p in base.glob('*.[tb]*')))
    try:
        list(base.glob(''))
    except ValueError as e:
        print('ValueError', e)
    try:
        list(base.glob('/abs'))
    except NotImplementedError as e:
        print('NotImplementedError', e)
    g = f.rename(base / 'renamed.txt')
    print(g, f.exists(), g.read_text().split())
    h = g.replace(base / 'final.txt')
    print(h, h.exists())
    with h.open() as fh:
        print(fh.readline().strip())
    with h.open('a') as fh:
        fh.write('more\n')
    print(h.read_text().count('\n'))
    cwd = Path.cwd()
    print(cwd == Path(os.getcwd()), cwd.is_absolute(), base.absolute() == cwd / base)
    print(base.resolve() == cwd / base, (base / 'x' / '..' / 'final.txt').resolve() == cwd / base / 'final.txt')
    print(Path('~').expanduser() == Path.home(), Path('~/q').expanduser() == Path.home() / 'q', Path('a').expanduser())
    print(Path('nope').exists(), Path('nope').is_dir(), Path('nope').is_file())
    try:
        Path('nope').stat()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)
    try:
        Path('nope').unlink()
    except FileNotFoundError:
        print('unlink missing raises')
    Path('nope').unlink(missing_ok=True)
    try:
        base.rmdir()
    except OSError as e:
        print(type(e).__name__)
finally:
    for root, dirs, files in os.walk(str(base), topdown=False):
        for name in files:
            Path(root, name).unlink()
        for name in dirs:
            Path(root, name).rmdir()
    base.rmdir()
print(base.exists())
