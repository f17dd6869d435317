# tempfile's mkstemp/mkdtemp/TemporaryDirectory, os descriptors, stat, scandir, walk,
# symlinks, and shutil's copy/copytree/move/rmtree (names are random: properties printed).
import tempfile, os, shutil, stat

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempprefix())
print(tempfile.gettempdir() == tempfile.tempdir or tempfile.tempdir is None)

fd, name = tempfile.mkstemp(suffix='.txt', prefix='u15_')
print(type(fd).__name__, os.path.basename(name).startswith('u15_'), name.endswith('.txt'), os.path.exists(name))
print(os.write(fd, b'hello\nworld\n'))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno, e)
with open(name) as f:
    print(f.read().split())
os.unlink(name)
print(os.path.exists(name))
try:
    os.unlink(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == name)

dd = tempfile.mkdtemp(prefix='u15d_')
print(os.path.isdir(dd), oct(stat.S_IMODE(os.stat(dd).st_mode)))
os.rmdir(dd)

with tempfile.TemporaryDirectory(prefix='u15t_') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('u15t_'))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f.txt'), 'w') as g:
        g.write('data')
    with open(os.path.join(td, 'top.txt'), 'w') as g:
        g.write('top')
    os.symlink(os.path.join(td, 'top.txt'), os.path.join(td, 'link'))
    with os.scandir(td) as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(td, e.name), e.is_dir(follow_symlinks=False))
    print(ents[0].stat().st_size if ents[0].is_file() else '-', repr(ents[1]))
    print(sorted(os.listdir(td)))
    for root, dirs, files in os.walk(td):
        print(os.path.relpath(root, td), sorted(dirs), sorted(files))
    print(os.path.islink(os.path.join(td, 'link')), os.readlink(os.path.join(td, 'link')) == os.path.join(td, 'top.txt'))
    print(os.lstat(os.path.join(td, 'link')).st_mode & 0o170000 == stat.S_IFLNK)
    # shutil
    src = os.path.join(td, 'top.txt')
    print(shutil.copyfile(src, os.path.join(td, 'copy.txt')) == os.path.join(td, 'copy.txt'))
    os.chmod(src, 0o640)
    r = shutil.copy(src, os.path.join(td, 'a'))
    print(os.path.relpath(r, td), oct(stat.S_IMODE(os.stat(r).st_mode)))
    os.utime(src, (1000000000, 1000000000))
    r = shutil.copy2(src, os.path.join(td, 'c2.txt'))
    print(os.stat(r).st_mtime == 1000000000, int(os.stat(r).st_mtime))
    r = shutil.copytree(os.path.join(td, 'a'), os.path.join(td, 'a2'))
    print(os.path.relpath(r, td), sorted(os.listdir(r)), sorted(os.listdir(os.path.join(r, 'b'))))
    try:
        shutil.copytree(os.path.join(td, 'a'), os.path.join(td, 'a2'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
    r = shutil.copytree(os.path.join(td, 'a'), os.path.join(td, 'a2'), dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.txt'))
    print(sorted(os.listdir(r)))
    r = shutil.move(os.path.join(td, 'copy.txt'), os.path.join(td, 'moved.txt'))
    print(os.path.relpath(r, td), os.path.exists(os.path.join(td, 'copy.txt')))
    r = shutil.move(os.path.join(td, 'a2'), os.path.join(td, 'a'))
    print(os.path.relpath(r, td), sorted(os.listdir(os.path.join(td, 'a'))))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print('SameFileError', str(e) == '%r and %r are the same file' % (src, src))
    try:
        shutil.copyfile(os.path.join(td, 'nope'), os.path.join(td, 'x'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, os.path.basename(e.filename))
    try:
        shutil.rmtree(os.path.join(td, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, os.path.basename(e.filename))
    try:
        shutil.rmtree(src)
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno, e.strerror, os.path.basename(e.filename))
    shutil.rmtree(os.path.join(td, 'nope'), ignore_errors=True)
    shutil.rmtree(os.path.join(td, 'a'))
    print(sorted(os.listdir(td)))
    print(shutil.which('sh') is not None, shutil.which('no-such-program-u15'))
print(os.path.exists(td))

td = tempfile.TemporaryDirectory()
print(repr(td).startswith('<TemporaryDirectory '))
open(os.path.join(td.name, 'f'), 'w').close()
td.cleanup()
print(os.path.exists(td.name))

try:
    os.open('/nonexistent-u15/x', os.O_RDONLY)
except FileNotFoundError as e:
    print(e)
fd = os.open(os.devnull, os.O_WRONLY)
print(os.write(fd, b'xyz'), os.isatty(fd))
os.close(fd)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
