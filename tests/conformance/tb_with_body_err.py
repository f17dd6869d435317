# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: with body err
class C:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with C() as c:
    c.missing
