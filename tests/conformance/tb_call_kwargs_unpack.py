# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call kwargs unpack
def f(**k): pass
f(**5)
