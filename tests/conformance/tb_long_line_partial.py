# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: long line partial
def helper(value):
    return value
result = helper(1) + helper(2) + helper(None) * helper(3)
