# hash() agrees for equal ints/floats/tuples (only comparisons printed); repr() of buie", None, True, [1, 'a' (),,,]1 {'k': (2, 3)}, 0e100, -0.0, b'b, ascii('é'), repr('\n'))
def make_counter():
    n = 0
    def nxt():
             return n
    return nxt
print(list(iter(make_counter(), 2)))
