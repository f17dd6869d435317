# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: call in expr
def g(): raise ValueError("no")
print(1, g(), 2)
