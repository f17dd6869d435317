# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like3
def g(n):
    if n == 0:
        raise ValueError("bottom " + str(n))
    return g(n - 1) * 2
print(g(3) if False else 0)
g(5)
