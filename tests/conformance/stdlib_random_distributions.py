# random: seeded sequences of every distribution, sample/choices/shuffle, str/bytes seeds, state save/restore, errors.
import random

random.seed(2024)
print([round(random.gauss(0, 1), 12) for _ in range(3)])
print(random.normalvariate(10, 2), random.lognormvariate(0, 0.5), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 5), random.gammavariate(0.7, 2), random.gammavariate(3, 1))
print(random.vonmisesvariate(0, 4), random.paretovariate(3), random.weibullvariate(2, 1.5), random.uniform(-1, 1))
print(random.sample(range(100), 7), random.sample('abcdefgh', 3), random.sample(range(10 ** 9), 3))
print(random.choices(['r', 'g', 'b'], k=8), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=6))
print(random.choices('xyz', cum_weights=[1, 1, 10], k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 63, 64, 65, 127)])
print([random.randrange(-50, 50, 7) for _ in range(6)], random.randrange(10 ** 30))
random.seed('tauraro')
a = random.random()
random.seed(b'tauraro')
print(a == random.random(), a)
random.seed(3.75)
print(random.random())
random.seed(-12345678901234567890)
print(random.random(), random.randint(1, 10 ** 20))
st = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)])
r = random.Random(99)
print(r.random(), r.choice('hello'), r.randint(0, 1000), random.Random('seed').random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0),
            lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
