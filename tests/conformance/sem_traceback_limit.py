# traceback module: format_exception's items (one per header, frame, chain message, final line), limit (first n, last -n, 0), chain=False, format_exception_only of SyntaxError and notes, no "Did you mean" in the module's text
import traceback

def clean(items):
    return [s.replace(__file__, "FILE") for s in items]

def a(n):
    if n == 0:
        return undefined_nam
    return a(n - 1)
undefined_name = 1
try:
    a(3)
except NameError as e:
    print(clean(traceback.format_exception(e)))
    print(clean(traceback.format_exception(e, limit=2)))
    print(clean(traceback.format_exception(e, limit=-1)))
    print(clean(traceback.format_exception(e, limit=0)))
    print(traceback.format_exc(limit=1).replace(__file__, "FILE"))
    print(traceback.format_exception_only(e))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(clean(traceback.format_exception(e, limit=1)))
    print(clean(traceback.format_exception(e, chain=False)))
    e.add_note("n1\nn2")
    e.add_note("n3")
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exception(e, chain=False)))
try:
    compile("x = (", "f.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exception(e)))
def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0
try:
    rec(0)
except ZeroDivisionError as e:
    print(clean(traceback.format_exception(e)))
    print(clean(traceback.format_exception(e, limit=5)))
    print(clean(traceback.format_exception(e, limit=-2)))
