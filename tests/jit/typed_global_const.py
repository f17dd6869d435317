# Globals read as constants by typed loop bodies (int and float globals):
# the global is rebound between entries, changes type, becomes a big int,
# a str, or is deleted; each entry must see the current value.
LIMIT = 50
SCALE = 0.5


def count(n):
    total = 0
    for k in range(n):
        it = 0
        while it < LIMIT:
            it = it + 1
        total = total + it
    return total


def scaled(n):
    s = 0.0
    i = 0
    while i < n:
        s = s + i * SCALE
        i = i + 1
    return s


print(count(300))
LIMIT = 7
print(count(300))
LIMIT = 2.5
print(count(300))
LIMIT = 2 ** 70 // 2 ** 68
print(count(300))
print(scaled(2000))
SCALE = 3
print(scaled(2000))
SCALE = 2 ** 64
print(scaled(2000))
SCALE = 0.25
print(scaled(2000))


def mixed(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < LIMIT:
            acc = (acc * 31 + j) % 1000000007
            j = j + 1
        if i == 150:
            globals()["LIMIT"] = 9
    return acc


LIMIT = 40
print(mixed(300))
LIMIT = "x"
try:
    print(count(10))
except TypeError as e:
    print("TypeError", e)
del LIMIT
try:
    print(count(10))
except NameError as e:
    print("NameError", e)
