# Empty `for` bodies (the back-edge loops on its own over a range): the loop variable after, every iterable kind
def last(it):
    x = "unset"
    for x in it:
        pass
    return x


def gen(n):
    for i in range(n):
        yield i * 2


print(last(range(3000)), last(range(5000, 0, -3)), last(range(0)), last(range(7, 3000, 7)))
print(last([1, 2, 3] * 1000), last(gen(3000)), last(enumerate("ab" * 1500)))
print(last({"a": 1, "b": 2}), last("xyz" * 1000), last(iter(range(2500))))
print(last(range(2**62, 2**62 + 3000)), last(range(-2**62, -2**62 - 3000, -1)))


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i):
            pass
        t += i
    return t, i


print(nested(100))
