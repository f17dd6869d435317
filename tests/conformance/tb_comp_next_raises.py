# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: comp next raises
class It:
    def __iter__(self): return self
    def __next__(self): raise TypeError("nx")
r = [x for x in It()]
