# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: super call
class A:
    def m(self): raise KeyError("m")
class B(A):
    def m(self):
        return super().m()
B().m()
