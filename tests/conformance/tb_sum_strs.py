# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: sum strs
print(sum(["a", "b"]))
