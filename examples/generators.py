# generators: yield, yield from, send, generator expressions, infinite streams


def count_up(start):
    while True:
        yield start
        start += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


def primes():
    found = []
    for n in count_up(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


print(list(take(10, primes())))
print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))
avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("average so far:", avg.send(v))
print(sum(x * x for x in range(100) if x % 3 == 0))
