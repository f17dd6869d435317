# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: aug local
def f():
    y += 1
f()
