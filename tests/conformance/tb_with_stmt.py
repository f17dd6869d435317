# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: with stmt
class C:
    def __enter__(self): raise OSError("enter")
    def __exit__(self, *a): pass
with C() as c:
    pass
