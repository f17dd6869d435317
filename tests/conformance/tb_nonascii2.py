# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii2
é = 1
print(é.real, é.foo)
