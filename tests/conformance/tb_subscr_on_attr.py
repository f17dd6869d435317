# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: subscr on attr
class A: v = []
A.v[3]
