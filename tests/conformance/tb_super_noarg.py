# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: super noarg
class A:
    def f(self):
        return super().f()
A().f()
