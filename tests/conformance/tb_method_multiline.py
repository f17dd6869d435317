# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: method multiline
class A:
    def m(self):
        raise KeyError(1)
a = A()
r = (a
     .m())
