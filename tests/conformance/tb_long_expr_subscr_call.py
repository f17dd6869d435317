# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: long expr subscr call
def g(): return {}
v = g()["a"]
