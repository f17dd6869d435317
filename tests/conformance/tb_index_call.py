# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: index call
def g(): return [1]
print(g()[3])
