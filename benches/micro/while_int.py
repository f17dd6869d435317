# while_int: `while i < n: i = i + 1` (int compare + branch + int add + back-edge)
# small: 50000
import sys


def run(n):
    i = 0
    while i < n:
        i = i + 1
    return i


print(run(int(sys.argv[1])))
