# expect-error
# a parameter captured by an inner function stays in co_varnames: it is offered
def make(count):
    def inc():
        return count
    print(inc())
    return conut

make(3)
