# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: init err
class A:
    def __init__(self, x):
        self.x = x / 0
A(1)
