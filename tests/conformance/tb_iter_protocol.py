# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: iter protocol
class It:
    def __iter__(self): return self
    def __next__(self): raise TypeError("nx")
for x in It():
    pass
