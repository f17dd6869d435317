# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: with two items
class C:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with C() as a, 7 as b:
    pass
