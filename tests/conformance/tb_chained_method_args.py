# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: chained method args
print("a b".split(1))
