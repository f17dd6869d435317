# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml with
class C:
    def __enter__(self): raise OSError("e")
    def __exit__(self, *a): pass
with (C() as a,
      C() as b):
    pass
