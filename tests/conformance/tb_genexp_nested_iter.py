# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: genexp nested iter
def f(): return (y for x in [1] for y in x)
list(f())
