# sorted() is list(iterable) then list.sort(): argument errors name sort(),
# reverse= must be an int, and a list subclass's own __iter__ is used.
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: sorted([2, 1], reverse=None))
attempt(lambda: sorted([2, 1], reverse="x"))
attempt(lambda: sorted([2, 1], reverse=1.0))
attempt(lambda: sorted([2, 1], reverse=10**30))
attempt(lambda: sorted([2, 1], reverse=-1))
attempt(lambda: sorted([2, 1], cmp=None))
attempt(lambda: sorted([], default=1))
attempt(lambda: sorted([2, 1], key=3))
attempt(lambda: sorted(5, reverse=None))
attempt(lambda: sorted())
attempt(lambda: sorted([1], [2]))


class L(list):
    def __iter__(self):
        return iter([9, 8, 7])


print(sorted(L([3, 1])), sorted(L([3, 1]), reverse=True))
