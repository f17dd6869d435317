# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: lambda in map
print(list(map(lambda x: 1 / x, [1, 0])))
