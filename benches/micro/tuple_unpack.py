# tuple_unpack: `a, b = t` of a 2-tuple held in a local
# small: 50000
import sys


def run(n):
    t = (n, 2)
    a = 0
    b = 0
    for i in range(n):
        a, b = t
    return a + b


print(run(int(sys.argv[1])))
