g = {}
exec("x = 1", g)
print(sorted(g), type(g['__builtins__']).__name__)
print(eval("__name__", {}))
print(eval("len('abc')", {'__builtins__': __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else __builtins__}))
d = {'a': 1}; l = {}
exec('y = a + 1', d, l); print(sorted(l), sorted(d))
l = {'z': 2}; exec('z = 3', {}, l); print(l)
def f():
    return eval("q + 1", {'q': 41})
print(f())
try:
    eval("(1 +\n 1/0)")
except ZeroDivisionError as e:
    print(e)
print(__name__)
