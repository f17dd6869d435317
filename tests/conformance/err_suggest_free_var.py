# expect-error
# NameError suggestions come from co_varnames, globals, builtins: a free variable ('count') is not offered
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return conut
    return inc

print("calling")
make_counter()()
