# reprs of builtin methods: slot wrappers, method descriptors, method-wrappers, bound builtin methods, __new__
def shape(v):
    return repr(v).split(' at 0x')[0]

print(repr(int.__add__), repr(str.__len__), repr(object.__init__), repr(int.__repr__))
print(repr(list.append), repr(str.join), repr(int.bit_length), repr(dict.get))
print(repr(dict.__getitem__), repr(list.__getitem__), repr(dict.__contains__), repr(set.__contains__))
print(repr(tuple.__getitem__), repr(str.__contains__), repr(float.__add__), repr(complex.__add__))
print(repr(object.__eq__), repr(object.__format__), repr(object.__reduce_ex__), repr(int.__index__))
print(shape((1).__add__), shape("a".__len__), shape([].__len__), shape(object().__str__))
print(shape([].append), shape((1).bit_length), shape({}.get), shape("".join))
print(shape(int.__new__), shape(object.__new__), shape(object().__new__))
print(shape(len), shape(print), shape(dict.fromkeys), shape(int.from_bytes))

class A:
    def f(self):
        pass

print(repr(A.__str__), repr(A.__init__), repr(A.__eq__), shape(A().__str__), shape(A().__hash__))
print(shape(A().f), repr(A.f).split(' at 0x')[0])
import math
print(repr(math.sqrt), repr(math.floor))
