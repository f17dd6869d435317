# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: property err
class A:
    @property
    def p(self):
        return self._p
print(A().p)
