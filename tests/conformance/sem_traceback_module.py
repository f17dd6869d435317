# traceback module: format_exc/print_exc/format_exception(chain)/print_exception/format_exception_only, as the interpreter prints
import traceback, sys, io
def out(text):
    # the file's path depends on where the repository is checked out
    print(text.replace(__file__, 'FILE'), end='')
def printed(fn, *args):
    buf = io.StringIO()
    fn(*args, file=buf)
    out(buf.getvalue())
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    out(text)
    printed(traceback.print_exc)
    print(traceback.format_exception_only(sys.exception()))
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as v:
    out(''.join(traceback.format_exception(v)))
    out(''.join(traceback.format_exception(v, chain=False)))
    printed(traceback.print_exception, type(v), v, v.__traceback__)
print(repr(traceback.format_exc()))
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(traceback.format_exception_only(E, e))
