# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: print end err
print(1, end=5)
