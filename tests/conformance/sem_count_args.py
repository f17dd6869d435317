# list.count / tuple.count argument errors name the type (progen seeds 500000-509999)
for f in (lambda: [1].count(), lambda: (1, 2).count(), lambda: (1, 2).count(1, 2), lambda: [1].count(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
print([1, 1].count(1), (1, 1, 2).count(1), [].count(None), ((1,), (1,)).count((1,)))
