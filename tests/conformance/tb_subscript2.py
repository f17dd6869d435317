# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: subscript2
d = {"a": {"b": 1}}
print(d["a"]["c"])
