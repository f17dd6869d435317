# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: decorator
def deco(f):
    raise TypeError("deco")
@deco
def g():
    pass
