# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: progen like8
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.w
print(sorted([K(1), K(2)]))
