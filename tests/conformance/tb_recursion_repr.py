# expect-error
# A __repr__ recursing through repr(): CPython 3.11 charges the native repr and
# the method call to the recursion limit too (333 levels, not 1000), message
# "while calling a Python object"; the traceback folds the repeated lines.
class R:
    def __repr__(self):
        return repr(self)


class L:
    def __repr__(self):
        return repr([self])


try:
    repr(L())
except RecursionError as e:
    print(type(e).__name__, e)
print(repr(R()))
