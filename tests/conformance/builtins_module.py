import builtins
print(builtins.len([1, 2]), builtins.__name__)
orig = builtins.len
def mylen(x):
    return 42
def f(x):
    return len(x)
print(f([1]))
builtins.len = mylen
print(f([1]), len("ab"))
builtins.len = orig
print(f([1]))
builtins.myglobal = 7
print(myglobal)
import builtins as b2
print(b2 is builtins, hasattr(builtins, "print"), builtins.int is int)
try:
    builtins.nope
except AttributeError as e:
    print(e)
def g(n):
    t = 0
    for i in range(n):
        t += len("abc")
        if i == 500:
            builtins.len = lambda x: 100
    return t
print(g(1000))
del builtins.len
try:
    print(len("x"))
except NameError as e:
    print(e)
