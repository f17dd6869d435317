# attr: `o.a = i; r = o.a` on an instance of a user class (attribute store + load)
# small: 50000
import sys


class C:
    def __init__(self):
        self.a = 0
        self.b = 1


def run(n):
    o = C()
    r = 0
    for i in range(n):
        o.a = i
        r = o.a
    return r + o.b


print(run(int(sys.argv[1])))
