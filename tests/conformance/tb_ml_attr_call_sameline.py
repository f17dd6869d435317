# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml attr call sameline
class A:
    def m(self): return 1 / 0
r = (A().m()
     + 1)
