# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: index neg
x = [1]
print(x[-5])
