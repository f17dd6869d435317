# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: trailing ws
x = None
y = x.q   
