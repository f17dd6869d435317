# traceback module: format_exc/print_exc/format_exception(chain)/print_exception/format_exception_only, as the interpreter prints
import traceback, sys
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end='')
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(sys.exception()))
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as v:
    print(''.join(traceback.format_exception(v)), end='')
    print(''.join(traceback.format_exception(v, chain=False)), end='')
    traceback.print_exception(type(v), v, v.__traceback__, file=sys.stdout)
print(repr(traceback.format_exc()))
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(traceback.format_exception_only(E, e))
