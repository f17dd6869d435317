# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: long line
def a(x): return x
result = a(1) + a(2) + a(3) + a(4) + a(5) + a(6) + a(7) + a(8) + a(9) + a(None) + a(10) + a(11) + a(12)
