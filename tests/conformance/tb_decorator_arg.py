# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: decorator arg
def deco(n):
    return n.bad
@deco(5)
def f(): pass
