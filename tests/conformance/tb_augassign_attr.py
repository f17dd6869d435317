# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: augassign attr
class A: pass
a = A()
a.n += 1
