# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: decorator class
def deco(c):
    raise TypeError("cls")
@deco
class A:
    pass
