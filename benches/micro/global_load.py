# global_load: `r = G` of a module global inside a function
# small: 50000
import sys

G = 7


def run(n):
    r = 0
    for i in range(n):
        r = G
    return r


print(run(int(sys.argv[1])))
