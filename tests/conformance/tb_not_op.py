# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: not op
class A:
    def __bool__(self): raise ValueError("b")
r = not A()
