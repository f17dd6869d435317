# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml lambda
f = (lambda x:
     x.q)
f(1)
