# call: `f(i)` of a one-line module-level function (global load + call + return)
# small: 50000
import sys


def f(x):
    return x


def run(n):
    r = 0
    for i in range(n):
        r = f(i)
    return r


print(run(int(sys.argv[1])))
