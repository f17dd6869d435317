# copy.copy / copy.deepcopy: containers, shared references, cycles, user classes, __copy__/__deepcopy__.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
u = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(u) is u)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []

    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.kids)


n = Node(1, [Node(2), Node(3)])
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
n.kids.append(Node(4))
print(n2, n3, n2.kids is n.kids, type(n3).__name__)


class Custom:
    def __init__(self, x):
        self.x = x

    def __copy__(self):
        return Custom(self.x + 100)

    def __deepcopy__(self, memo):
        return Custom(self.x + 1000)


print(copy.copy(Custom(1)).x, copy.deepcopy(Custom(1)).x, copy.deepcopy([Custom(2)])[0].x)
print(copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.copy('str'), copy.deepcopy(3.5))
