# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: keyerror dict
d = {"a": 1}
print(d["b"])
