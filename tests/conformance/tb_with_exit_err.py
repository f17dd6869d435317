# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: with exit err
class C:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit")
with C():
    x = 1
