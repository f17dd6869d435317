# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring conv
class A:
    def __repr__(self): raise RuntimeError("r")
s = f"{A()!r}"
