# types: the type names match our objects, MethodType/ModuleType constructors, SimpleNamespace
import types
import sys

def f(x):
    return x * 2

class C:
    def m(self):
        return 1

def gen():
    yield 1

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType is types.LambdaType, types.FunctionType.__name__)
print(isinstance(C().m, types.MethodType), isinstance(f, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(gen(), types.GeneratorType))
print(isinstance(f.__code__, types.CodeType), isinstance(None, types.NoneType))
print(types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented))
print(isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType))
print(isinstance(str.join, types.MethodDescriptorType))
print(isinstance(list[int], types.GenericAlias))
print(types.NoneType(), types.EllipsisType())

# MethodType binds a function to an object
bm = types.MethodType(f, 21)
print(bm(), bm.__self__, bm.__func__ is f)
class Box:
    pass
b = Box()
b.double = types.MethodType(lambda self: self.__class__.__name__, b)
print(b.double())
for args in [(1, 2), (f, None), (f,), (f, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

# ModuleType builds an empty module
m = types.ModuleType("mymod", "my doc")
print(m, m.__name__, m.__doc__, m.__package__, m.__spec__)
m.x = 5
print(m.x, sorted(k for k in m.__dict__ if not k.startswith("__")))
m2 = types.ModuleType(name="other")
print(m2.__name__, m2.__doc__)
for a, k in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("x",), {"foo": 1})]:
    try:
        types.ModuleType(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
