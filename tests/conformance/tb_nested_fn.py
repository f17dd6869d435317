# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nested fn
def outer():
    def inner():
        return {}["x"]
    return inner()
outer()
