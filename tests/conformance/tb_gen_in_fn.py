# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: gen in fn
def gen():
    for i in range(3):
        yield 10 // (1 - i)
for v in gen():
    print(v)
