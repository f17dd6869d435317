import sys
def g(n):
    if n == 0:
        raise ValueError('x')
    g(n - 1)
def f():
    g(2)
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[0].__name__)
try:
    raise KeyError(1)
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
print(ValueError().__traceback__)
try:
    eval("1/0")
except ZeroDivisionError as e:
    t = e.__traceback__; n = 0
    while t: n += 1; t = t.tb_next
    print(n)
