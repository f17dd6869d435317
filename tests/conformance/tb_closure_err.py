# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: closure err
def outer():
    x = None
    def inner():
        return x.attr
    return inner
outer()()
