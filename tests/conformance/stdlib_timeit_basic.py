# timeit: timeit/repeat/Timer with number=, setup, callables, globals=, autorange; no timings printed
import timeit

counter = []
def work():
    counter.append(1)

t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(counter))
counter.clear()
r = timeit.repeat(work, repeat=3, number=5)
print(len(r), all(x >= 0 for x in r), len(counter))
print(timeit.timeit("x = sum(range(10))", number=100) >= 0)
print(timeit.timeit("y.append(1)", setup="y = []", number=10) >= 0)
ns = {"acc": []}
timeit.timeit("acc.append(n)", setup="n = 3", number=4, globals=ns)
print(ns["acc"])
timer = timeit.Timer("z += 1", setup="z = 0")
print(timer.timeit(number=1000) >= 0)
setup_calls = []
timeit.Timer(work, setup=lambda: setup_calls.append(1)).repeat(repeat=2, number=1)
print(setup_calls)
ticks = iter(range(0, 10**6, 1))
fake = lambda: next(ticks)
print(timeit.Timer("pass", timer=fake).timeit(number=3))
ticks2 = iter([0, 5, 0, 2, 0, 9])
print(timeit.Timer("pass", timer=lambda: next(ticks2)).repeat(repeat=3, number=1))
calls = []
n, total = timeit.Timer("pass").autorange(lambda number, time_taken: calls.append(number))
print(n >= 1, total >= 0.2 or n >= 1, calls[:3])
for bad in ["return 1", "yield 1", "x = ("]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError")
try:
    timeit.Timer(42)
except ValueError as e:
    print(e)
try:
    timeit.Timer("pass", setup=42)
except ValueError as e:
    print(e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.__all__)
