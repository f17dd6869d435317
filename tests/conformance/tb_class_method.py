# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: class method
class A:
    @classmethod
    def make(cls):
        return cls.nope
A.make()
