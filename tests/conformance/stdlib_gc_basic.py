import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
class Node:
    def __init__(self): self.other = None
for i in range(1000):
    a, b = Node(), Node(); a.other = b; b.other = a
n = gc.collect()
print(type(n).__name__, n >= 0)
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
try: gc.collect(3)
except ValueError as e: print(e)
print(gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked([]))
print(gc.garbage, len(gc.get_stats()), sorted(gc.get_stats()[0]))
x = [list(range(10)) for _ in range(10000)]
del x
gc.collect()
print('ok')
