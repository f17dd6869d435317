# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: class body
class A:
    x = 1 / 0
