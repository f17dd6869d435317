# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: aug attr type
class A:
    n = "s"
a = A()
a.n -= 1
