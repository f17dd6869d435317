# types of builtin methods: wrapper_descriptor, method-wrapper, method_descriptor, builtin_function_or_method
def tn(x):
    return type(x).__name__
print(tn(int.__add__), tn((1).__add__), tn(list.append), tn([].append), tn(len))
print(tn(str.join), tn('a'.join), tn(dict.__getitem__), tn({}.__getitem__), tn(object.__init__))
print(tn(int.__new__), tn(object().__str__), tn(list.__len__), tn(dict.fromkeys), tn(bytes.maketrans))
print(int.__add__, list.append, dict.__getitem__, str.__len__)
print((1).__add__(2), list.append.__name__, [].append.__name__, int.__add__(1, 2), dict.fromkeys('ab'))
print(type(int.__add__) is type(str.__len__), type(list.append) is type(str.join), type([].append) is type(len))
print(callable(int.__add__), callable((1).__add__), callable(list.append))
class C:
    def m(self):
        pass
print(tn(C.m), tn(C().m), tn(C.__init__), tn(C().__init__), tn(C.__repr__), tn(C().__repr__))
import copy
print(copy.copy(len) is len, copy.deepcopy([list.append])[0] is list.append)
