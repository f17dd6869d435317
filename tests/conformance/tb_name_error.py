# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: name error
print(undefined_name)
