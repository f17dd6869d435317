# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like5
def h(s):
    return s[1:] + s[0] + s[99]
print(h("abc") if False else 1)
h("abc")
