# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: recursion method
class A:
    def f(self): return self.f()
A().f()
