# Module reprs: a module made by types.ModuleType has no loader (plain repr);
# builtin modules say (built-in); a module with __file__ says where from.
import types, sys, math, builtins

print(types.ModuleType("x"), sys, math, builtins)
m = types.ModuleType("y", "doc")
print(m, m.__doc__)
m.__file__ = "/a/b.py"
print(m)
