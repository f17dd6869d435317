# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: del attr
class A: pass
del A().x
