import sys
print(list(enumerate("ab", 2**70)))
print(list(enumerate("abc", 2**63 - 2)))
print(list(enumerate("abc", -2**63 - 1)))
print(list(enumerate("abc", sys.maxsize)))
print(list(enumerate("ab", start=True)))
class I(int): pass
print(list(enumerate("ab", I(5))), list(enumerate("ab", I(2**80))))
e = enumerate([1, 2], 2**61 - 1)
print(next(e), next(e))
try:
    enumerate("ab", 1.5)
except TypeError as ex:
    print(ex)
for i, c in enumerate("xyz", 2**64):
    print(i, c)
