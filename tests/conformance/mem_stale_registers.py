# registers above the top frame hold stale objects after deep calls return; collections must not read them
def deep(n, acc):
    a = [n, str(n)]
    b = (n, a, {n: a})
    if n:
        return deep(n - 1, acc + len(b))
    return acc


def churn(k):
    out = 0
    for i in range(k):
        t = (i, str(i), [i] * 3)
        out += len(t[1]) + t[2][0]
    return out


total = 0
for rnd in range(4):
    total += deep(300 + rnd * 50, 0)
    # shallower frames, many collections: the stale registers of deep()'s
    # frames are now garbage and freed
    total += churn(3000)
    total += churn(100) + deep(3, 0)
print(total)


class Node:
    __slots__ = ("next", "val")

    def __init__(self, nxt, val):
        self.next = nxt
        self.val = val


def build(n):
    head = None
    for i in range(n):
        head = Node(head, (i, i * 2))
    return head


def walk(h):
    s = 0
    while h is not None:
        s += h.val[1]
        h = h.next
    return s


for r in range(4):
    print(walk(build(2000 + r)), deep(200, r))
