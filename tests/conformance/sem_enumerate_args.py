# enumerate's argument errors and keyword forms, as CPython 3.11 reports them.
for call in ("enumerate()", "enumerate(start=1)", "enumerate([], 1, 2)", "enumerate(x=[])",
             "enumerate('ab', start='s')", "enumerate(1)"):
    try:
        print(list(eval(call)))
    except TypeError as e:
        print(call, "->", e)
print(list(enumerate(iterable="ab")), list(enumerate("ab", start=5)), list(enumerate(start=2, iterable="c")))
print(list(enumerate(iterable="xy", start=-1)), list(enumerate("z", 10**20)))
