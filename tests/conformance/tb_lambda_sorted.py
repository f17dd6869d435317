# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: lambda sorted
print(sorted([1, "a"], key=lambda v: v + 1))
