# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nested sub call
def f(): return {"a": [1]}
v = f()["a"][5]
