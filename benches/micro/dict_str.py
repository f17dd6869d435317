# dict_str: `d["k"] = i; r = d["j"]` (dict store + load with str keys)
# small: 50000
import sys


def run(n):
    d = {"j": 1, "k": 0, "x": 2}
    r = 0
    for i in range(n):
        d["k"] = i
        r = d["j"]
    return r + d["k"]


print(run(int(sys.argv[1])))
