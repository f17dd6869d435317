def make_counter():
    n = 5
    def nxt():
        nonlocal n
        n += 1
        return n
    return nxt
print(list(iter(make_counter(), 2)))
