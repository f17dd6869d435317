# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml method args
class A:
    def m(self, a, b): return a + b
r = A().m(
    1,
    "x",
)
