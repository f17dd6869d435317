# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call on attr sub
class A: fs = [None]
A.fs[0]()
