# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: dunder add
class V:
    def __add__(self, o): return o.z
v = V() + V()
