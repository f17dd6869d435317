# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: genexp
xs = [1, 0]
print(sum(1 / x for x in xs))
