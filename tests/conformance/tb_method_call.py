# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: method call
class A:
    def m(self, v):
        return v.upper()
A().m(3)
