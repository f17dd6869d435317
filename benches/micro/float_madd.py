# float_madd: `x = x * 0.5 + 1.0` (float multiply + add; stays near 2.0, so no boxing)
# small: 50000
import sys


def run(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + 1.0
    return x


print(run(int(sys.argv[1])))
