# list slice assignment: the slice is resolved before the value is iterated (step 0, bad indices first), extended-slice message, a value that grows the list
l = [1, 2, 3, 4]
for k in (slice(None, None, 2), slice(0, 1), slice(0, 9, 0), slice("a", 2), slice(None, None, -1)):
    for v in (1, None, [9], (9, 9)):
        try:
            l[k] = v
            print(l)
        except Exception as e:
            print(type(e).__name__, e)
def g():
    l.append(5)
    yield 7
l[1:2] = g(); print(l)
l[::2] = (x for x in "abc"); print(l)
