# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: raise in method
class A:
    def check(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        return v
A().check(-1)
