# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml attr chain
class A: pass
a = A()
r = (a
     .b
     .c)
