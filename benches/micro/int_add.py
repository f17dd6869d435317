# int_add: `total = total + i` in a for-range loop (DESIGN §8 reference loop)
# small: 50000
import sys


def run(n):
    total = 0
    for i in range(n):
        total = total + i
    return total


print(run(int(sys.argv[1])))
