# expect-error
# `assert (test, "msg")` is always true: CPython 3.11 warns at compile time and
# runs on; a bad escape like "\d" is a DeprecationWarning, not shown by default.
x = 0
assert (x, "x must be set")
assert (x,)
s = "\d"
print(s, len(s))
def g():
    assert (x == 1, "never checked")
    return "g ran"
print(g())
assert x, "now it fails"
