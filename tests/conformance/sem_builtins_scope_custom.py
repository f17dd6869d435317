# A globals dict whose __builtins__ is a custom dict (or the builtins
# module) is where eval/exec code and functions defined there look builtins
# up: hits, misses (NameError), shadowing by globals, class bodies, loops.
import builtins

print(eval("len", {"__builtins__": {"len": 5}}))
try:
    eval("len([1])", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len([1, 2])", {"__builtins__": builtins}))
print(eval("abs(-3)", {"__builtins__": {"abs": lambda x: "my abs %d" % x}}))
print(eval("len", {"__builtins__": {"len": 5}, "len": "global len"}))

g = {"__builtins__": {"range": lambda n: [n, n], "str": str}}
exec(
    """
def f(n):
    out = []
    for i in range(n):
        out.append(str(i))
    return out

def g2():
    return len
""",
    g,
)
for k in range(3):
    print(g["f"](k))
try:
    g["g2"]()
except NameError as e:
    print("NameError:", e)
g["__builtins__"]["len"] = "late len"
print(g["g2"]())

ns = {"__builtins__": {"__build_class__": builtins.__build_class__, "__name__": "m", "print": print, "max": min}}
exec(
    """
class C:
    top = max(3, 9)
print("class body", C.top)
""",
    ns,
)

# ordinary code keeps the real builtins, before and after
total = 0
for i in range(2000):
    total += len("ab") + abs(-1)
print(total, eval("len('abc')"), eval("len('abcd')", {}))
