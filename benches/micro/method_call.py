# method_call: `o.m(i)` on an instance of a user class (method lookup + call + return)
# small: 50000
import sys


class C:
    def m(self, x):
        return x


def run(n):
    o = C()
    r = 0
    for i in range(n):
        r = o.m(i)
    return r


print(run(int(sys.argv[1])))
