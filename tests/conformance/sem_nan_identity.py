x = float('nan')
print(x is x, x == x, [x] == [x], x in [x], (x,) == (x,), x in (x,), {x: 1}.get(x), x in {x}, [x].count(x), [x].index(x))
d = {x: 1}
print(len(d), x in d, d[x] if x in d else 'missing')
import math
y = math.nan
print(y is y, [y] == [y], y in [y])
