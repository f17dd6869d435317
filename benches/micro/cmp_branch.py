# cmp_branch: `if i < h: ... else: ...` (int compare + conditional branch, one move per arm)
# small: 50000
import sys


def run(n):
    h = n // 2
    lo = 0
    hi = 0
    for i in range(n):
        if i < h:
            lo = i
        else:
            hi = i
    return lo + hi


print(run(int(sys.argv[1])))
