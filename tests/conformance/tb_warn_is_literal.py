# Compile-time SyntaxWarnings (CPython 3.11 check_compare): printed on stderr
# before the program runs, one per comparison, with the stripped source line.
x = 3
if x is 1 or x is 1:
    pass
print(x is not -1, x is (1, 2), x is (), x is None, 1 is x is 2, x is ..., x is b"", x is f"a", x is 1.5j)
print(x is True, x is not None, x is (x, 1), x is -x, x is "a" * 2)
def f(y):
        return y is 'str' and y is not 2.5
print(f("s"), [x is 0 for _ in (1,)])
exec("y = 3\ny is 2\nprint(y is not 'a')")
print(compile("z is 4", "named.py", "exec") is not None)
