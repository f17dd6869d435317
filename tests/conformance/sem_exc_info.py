import sys

def show():
    t = sys.exc_info()
    print(t[0], t[1], type(t[2]).__name__, t[2] is not None)
    if t[2] is not None:
        print(t[2].tb_next is None or type(t[2].tb_next).__name__)

print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError as e:
    show()
    print("%s" % e)
    print("%r" % e)
    print("%s" % (e,))
    print("[%s]" % KeyError("k"))
    try:
        raise KeyError("inner")
    except KeyError:
        show()
    show()
print(sys.exc_info())

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()
et, ev, tb = f()
print(et.__name__, ev, tb is not None, type(tb).__name__, tb.tb_lineno)
print(sys.exc_info() == (None, None, None))
print("%s" % [1, 2], "%s" % {'a': 1}, "%s" % None, "%d%%" % 5)
