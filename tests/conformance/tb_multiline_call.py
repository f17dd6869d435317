# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: multiline call
def f(a, b):
    return a + b
x = f(1,
      "s")
