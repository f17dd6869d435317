# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml fn call kw
def f(a, b):
    pass
f(
    a=1,
    c=2,
)
