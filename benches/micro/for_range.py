# for_range: empty `for i in range(n)` body (the loop itself: range iteration + back-edge)
# small: 50000
import sys


def run(n):
    for i in range(n):
        pass
    return n


print(run(int(sys.argv[1])))
