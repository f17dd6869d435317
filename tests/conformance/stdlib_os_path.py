# os / os.path: path manipulation, files and directories created and removed in the test directory.
import os
import os.path

print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/abs', 'y'), os.path.join('a/', 'b'), os.path.join('', 'q'))
print(os.path.split('/usr/lib/file.py'), os.path.split('file'), os.path.split('/'), os.path.split('a//b'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.splitext('a.b/c'))
print(os.path.basename('/p/q/r.txt'), os.path.dirname('/p/q/r.txt'), os.path.dirname('r.txt'), os.path.basename('/p/q/'))
print(os.path.normpath('a//b/./c/../d/'), os.path.normpath('/../x'), os.path.normpath(''), os.path.normpath('//a'))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.relpath('/a/b/c', '/a/d'))
print(os.sep, os.linesep == '\n', os.name, os.curdir, os.pardir, os.pathsep)
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.isabs(os.getcwd()))
d = '_tmp_stdlib_os_path_dir'
os.mkdir(d)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
f = os.path.join(d, 'data.txt')
with open(f, 'w') as fh:
    fh.write('hello\n')
print(os.path.isfile(f), os.path.getsize(f), os.listdir(d), os.stat(f).st_size)
os.rename(f, os.path.join(d, 'moved.txt'))
print(sorted(os.listdir(d)))
os.makedirs(os.path.join(d, 'sub', 'deeper'))
os.makedirs(os.path.join(d, 'sub'), exist_ok=True)
print(sorted(os.listdir(d)), [(os.path.basename(p), sorted(ds), fs) for p, ds, fs in os.walk(d)])
try:
    os.mkdir(d)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.remove(os.path.join(d, 'nope.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
os.remove(os.path.join(d, 'moved.txt'))
os.rmdir(os.path.join(d, 'sub', 'deeper'))
os.rmdir(os.path.join(d, 'sub'))
os.rmdir(d)
print(os.path.exists(d), os.getenv('TAURARO_SURELY_UNSET_VAR'), os.getenv('TAURARO_SURELY_UNSET_VAR', 'dflt'), isinstance(os.environ, dict) or hasattr(os.environ, 'get'))
