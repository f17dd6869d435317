# list_index: `a[3] = i; r = a[5]` (list item store + load, small-int index)
# small: 50000
import sys


def run(n):
    a = [0, 1, 2, 3, 4, 5, 6, 7]
    r = 0
    for i in range(n):
        a[3] = i
        r = a[5]
    return r + a[3]


print(run(int(sys.argv[1])))
