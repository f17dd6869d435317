# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: getitem dunder
class V:
    def __getitem__(self, k): return 1 / 0
v = V()[1]
