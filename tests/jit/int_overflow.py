# A small-int loop variable overflows into a big int mid-loop (62-bit range).
def grow(n):
    x = 1
    for i in range(n):
        x = x + x
    return x

def grow_while(n):
    x = 2 ** 60 - 5
    i = 0
    while i < n:
        x = x + 1
        i = i + 1
    return x

def shrink(n):
    x = -(2 ** 61) + 3
    for i in range(n):
        x = x - 1
    return x

print(grow(100))
print(grow_while(20))
print(shrink(10))
total = 0
for i in range(2 ** 61 - 3, 2 ** 61 + 3):
    total = total + i
print(total)
